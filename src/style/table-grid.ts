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
