/** A statistics form's table in a redline: cell by cell where the rows keep their shape, whole rows or the whole table otherwise. */
import type { TableBlock, TableCell } from '../document/model';
import { align } from './align';
import { deleted, inserted, trackedText } from './tracked-text';

type Row = TableCell[];

const rowKey = (row: Row) => row.map((c) => (c.blank ? '' : c.text)).join('\u0001');
const shape = (row: Row) => row.map((c) => `${c.rowSpan}x${c.colSpan}`).join();
const markRow = (row: Row, mark: (s: string) => string): Row => row.map((c) => (c.blank ? c : { ...c, text: mark(c.text) }));

/** The whole table marked: every cell's text inserted, or deleted. */
export const markedTable = (t: TableBlock, mark: (s: string) => string): TableBlock => ({ ...t, rows: t.rows.map((r) => markRow(r, mark)) });

/**
 * OLD → NEW. Rows are matched by their text; an edited row of the same shape
 * is tracked cell by cell, any other as a deleted and an inserted row. Cells
 * spanning rows tie rows together, so in a table that has them a row added or
 * removed (or changed columns) deletes the old table and inserts the new one whole.
 */
export function redlineTable(old: TableBlock, neu: TableBlock): TableBlock[] {
  const replaced = [markedTable(old, deleted), markedTable(neu, inserted)];
  if (old.columns.length !== neu.columns.length) return replaced;
  const spans = [old, neu].some((t) => t.rows.some((r) => r.some((c) => c.rowSpan > 1)));
  const rows: Row[] = [];
  let headerRows = 0;
  let newRows = 0;
  for (const pair of align(old.rows, neu.rows, rowKey)) {
    const kept = pair.neu && pair.old && (pair.same || shape(pair.old) === shape(pair.neu));
    if (!kept && spans) return replaced;
    if (pair.neu && pair.old && kept) {
      const before = pair.old;
      rows.push(pair.same ? pair.neu : pair.neu.map((c, k) => (c.blank ? c : { ...c, text: trackedText(before[k].text, c.text) })));
    } else {
      if (pair.old) rows.push(markRow(pair.old, deleted));
      if (pair.neu) rows.push(markRow(pair.neu, inserted));
    }
    if (pair.neu && ++newRows <= neu.headerRows) headerRows = rows.length;
  }
  return [{ ...neu, rows, headerRows }];
}
