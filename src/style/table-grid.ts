/**
 * Where each cell of a table stands on the grid of rows and columns. A row
 * lists only the cells that start in it: a slot covered by a merge from a row
 * above is skipped, as in a Word table. The composer, lint, the PDF layout and
 * the text renderer all read a table through this one rule.
 */

export interface Spanned {
  rowSpan: number;
  colSpan: number;
}

export interface PlacedSlot<C> {
  row: number;
  col: number;
  cell: C;
}

/** Every cell with its row and first column, in reading order. */
export function placeCells<C extends Spanned>(rows: C[][]): PlacedSlot<C>[] {
  const covered = new Set<string>();
  const out: PlacedSlot<C>[] = [];
  rows.forEach((cells, row) => {
    let col = 0;
    for (const cell of cells) {
      while (covered.has(`${row},${col}`)) col++;
      out.push({ row, col, cell });
      for (let r = row; r < row + cell.rowSpan; r++) for (let c = col; c < col + cell.colSpan; c++) covered.add(`${r},${c}`);
      col += cell.colSpan;
    }
  });
  return out;
}

/** How many columns each row fills, counting slots merged into it from above. */
export function rowWidths<C extends Spanned>(rows: C[][]): number[] {
  const widths = rows.map(() => 0);
  for (const { row, cell } of placeCells(rows)) {
    for (let r = row; r < Math.min(row + cell.rowSpan, rows.length); r++) widths[r] += cell.colSpan;
  }
  return widths;
}

/** Rows [first, end) held together by vertical merges, in order: a page may break only between them. */
export function rowGroups<C extends Spanned>(rows: C[][]): [number, number][] {
  const ends = rows.map((_, r) => r + 1);
  for (const { row, cell } of placeCells(rows)) ends[row] = Math.max(ends[row], Math.min(row + cell.rowSpan, rows.length));
  const groups: [number, number][] = [];
  for (let r = 0; r < rows.length; ) {
    let end = ends[r];
    for (let k = r; k < end; k++) end = Math.max(end, ends[k]);
    groups.push([r, end]);
    r = end;
  }
  return groups;
}

/**
 * The group that keeps with the table's last one, so that the last row (a
 * 合计 row) never stands alone under a repeated header on a page of its own;
 * none when the table has fewer than two groups below its header.
 */
export function keptWithLast(groups: [number, number][], headerRows: number): [number, number] | undefined {
  const body = groups.filter(([first]) => first >= headerRows);
  return body.length >= 2 ? body[body.length - 2] : undefined;
}
