/**
 * Tables the schema cannot judge: every row must fill the table's columns
 * (counting merged cells), a merge must end inside its rows, per-column
 * lists must have one entry per column, and the columns must fit at least a
 * landscape page.
 */
import { isImage, isTable } from '../compose/body';
import { cellShape, columnCount, composeTable } from '../compose/table';
import { rowWidths } from '../style/table-grid';
import { fitsLandscape, fitsPortrait } from '../style/table-orientation';
import type { Report } from './problem';
import type { DataPath, Position } from './source-map';
import type { BodyNode, NoticeSpec, TableRowSpec, TableSpec } from './types';

/** Every table in the notice's text, its annexes and forwarded notices, with its path. */
function* tables(spec: NoticeSpec, base: DataPath): Generator<[DataPath, TableSpec]> {
  function* walk(nodes: BodyNode[] | undefined, at: DataPath): Generator<[DataPath, TableSpec]> {
    for (const [i, n] of (nodes ?? []).entries()) {
      if (typeof n === 'string') continue;
      if (isTable(n)) yield [[...at, i, 'table'], n.table];
      else if (!isImage(n)) yield* walk(n.body, [...at, i, 'body']);
    }
  }
  yield* walk(spec.body, [...base, 'body']);
  for (const [i, a] of (spec.annexes ?? []).entries()) {
    if (a.kind === 'document') yield* walk(a.body, [...base, 'annexes', i, 'body']);
    if (a.kind === 'notice') yield* tables(a, [...base, 'annexes', i]);
  }
}

/** Row numbers counted from 1, runs joined: [2, 3, 4, 7] → 3–5, 8. */
function rowRanges(rows: number[]): string[] {
  const runs: [number, number][] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else runs.push([r, r]);
  }
  return runs.map(([a, b]) => (a === b ? `${a + 1}` : `${a + 1}–${b + 1}`));
}

export function checkTables(spec: NoticeSpec, report: Report, at: (p: DataPath) => Position): void {
  for (const [p, table] of tables(spec, [])) {
    const count = columnCount(table);
    /** Reports the rows of one part that do not fill the columns; whether there were none. */
    const part = (key: 'header' | 'rows', rows: TableRowSpec[] | undefined, name: string): boolean => {
      const shaped = (rows ?? []).map((row) => row.map(cellShape));
      let sound = true;
      const widths = rowWidths(shaped);
      const bad = widths.flatMap((width, r) => (width === count ? [] : [r]));
      if (bad.length) {
        sound = false;
        const [first] = bad;
        const width = widths[first];
        const hint = `每行的格数（colSpan 合并的列算多列，上方 rowSpan 占住的位置不再写）应与${table.widths ? ' widths 的列数' : '第一行'}相同`;
        // One problem for the lot: a 60-row table with one column too many is one slip, not 60.
        if (bad.length === 1) {
          report('error', at([...p, key, first]), 'table-row-width', `表格${name}第${first + 1}行占 ${width} 列，与表格的 ${count} 列不一致`,
            `table ${key} row ${first + 1} fills ${width} columns; the table has ${count}`, hint);
        } else {
          const rows = rowRanges(bad);
          report('error', at([...p, key, first]), 'table-row-width',
            `表格${name}有 ${bad.length} 行（第${rows.join('、')}行）的格数与表格的 ${count} 列不一致，第${first + 1}行占 ${width} 列`,
            `${bad.length} ${key === 'header' ? 'header' : 'table'} rows (${rows.join(', ')}) do not fill the table's ${count} columns; row ${first + 1} fills ${width}`, hint);
        }
      }
      shaped.forEach((row, r) =>
        row.forEach((cell, k) => {
          if (r + cell.rowSpan <= shaped.length) return;
          sound = false;
          report('error', at([...p, key, r, k, 'rowSpan']), 'table-span-past-end', `合并格向下跨 ${cell.rowSpan} 行，超出了${name || '表格'}的最后一行`,
            `rowSpan ${cell.rowSpan} runs past the last ${key === 'header' ? 'header ' : ''}row`,
            key === 'header' ? '表头的合并格只能在表头各行之内' : `这一格之下只有 ${shaped.length - r - 1} 行，最多写 rowSpan: ${shaped.length - r}（含本行）`);
        }),
      );
      return sound;
    };
    const shapeIsSound = [part('header', table.header, '表头'), part('rows', table.rows, '')].every(Boolean);
    const composed = shapeIsSound ? composeTable(table, (text) => text) : undefined;
    if (composed && table.orientation === 'portrait' && !fitsPortrait(composed) && fitsLandscape(composed)) {
      report('warning', at([...p, 'orientation']), 'table-portrait-narrow', `表格写了 orientation: portrait（竖排），竖排时最窄的一列放不下两个字`,
        `orientation: portrait keeps a table upright whose narrowest column cannot hold two characters there`,
        `删去 orientation 让表格自动横排，或${table.size === 'body' ? '去掉 size: body（改用小四号字）、' : ''}减少列数${table.widths ? '、加宽最窄的列（widths）' : ''}`);
    }
    if (composed && !fitsLandscape(composed)) {
      report('warning', at(p), 'table-too-wide', `表格有 ${count} 列，即使横排，最窄的一列也放不下两个字`,
        `${count} columns are too many even on a landscape page`,
        `${table.size === 'body' ? '去掉 size: body（改用小四号字）、' : ''}减少列数${table.widths ? '、加宽最窄的列（widths）' : ''}，或把表格拆成两张`);
    }
    if (table.align && table.align.length !== count) {
      report('error', at([...p, 'align']), 'table-align-count', `align 写了 ${table.align.length} 项，表格有 ${count} 列`,
        `align has ${table.align.length} entries for ${count} columns`, '为每一列写一项对齐方式，如 [center, left, center]');
    }
  }
}
