import type { Align, TableBlock, TableCell } from '../document/model';
import type { TableCellSpec, TableRowSpec, TableSpec } from '../campaign/types';
import { placeCells } from '../style/table-grid';
import { contentColumnWidths, writtenColumnWidths } from '../style/table-widths';
import type { TextFn } from './body';

/** A cell as written: its text alone, or with its merge and alignment. */
export function cellShape(cell: TableCellSpec): { text: string; rowSpan: number; colSpan: number; align?: Align } {
  if (typeof cell === 'string') return { text: cell, rowSpan: 1, colSpan: 1 };
  return { text: cell.text, rowSpan: cell.rowSpan ?? 1, colSpan: cell.colSpan ?? 1, align: cell.align };
}

/** All rows of a table as written, header rows first. */
export const writtenRows = (spec: TableSpec): TableRowSpec[] => [...(spec.header ?? []), ...spec.rows];

/** Columns of a table: as many as its widths, or as its first row fills. */
export function columnCount(spec: TableSpec): number {
  return spec.widths?.length ?? writtenRows(spec)[0].reduce((n, c) => n + cellShape(c).colSpan, 0);
}

/**
 * A table written in the text: header cells in 黑体 centred, body cells
 * aligned by their column (centred unless the author says otherwise).
 */
export function composeTable(spec: TableSpec, text: TextFn): TableBlock {
  const headerRows = spec.header?.length ?? 0;
  const shaped = writtenRows(spec).map((row) => row.map(cellShape));
  const rows: TableCell[][] = shaped.map((row, r) => {
    const cells = row.map((c) => ({ text: text(c.text), rowSpan: c.rowSpan, colSpan: c.colSpan, align: c.align ?? 'center', ...(r < headerRows ? { header: true } : {}) }));
    // A body row written all empty (a 回执's ["", "", ""]) is there to be filled in by hand.
    return r >= headerRows && cells.every((c) => c.text.trim() === '') ? cells.map((c) => ({ ...c, blank: true })) : cells;
  });
  for (const { row, col, cell } of placeCells(shaped)) {
    if (row >= headerRows && !cell.align) rows[row][shaped[row].indexOf(cell)].align = spec.align?.[col] ?? 'center';
  }
  const fontSize = spec.size ?? 'small';
  const count = columnCount(spec);
  const columns = spec.widths ? writtenColumnWidths({ rows, fontSize }, spec.widths) : contentColumnWidths({ rows, fontSize }, count);
  return { type: 'table', columns, rows, headerRows, fontSize, ...(spec.orientation ? { orientation: spec.orientation } : {}) };
}
