import type { TableBlock, TableCell } from '../../document/model';

export interface PlacedCell {
  cell: TableCell;
  /** Zero-based row and column of the cell's top-left corner in the table. */
  row: number;
  col: number;
}

export interface TableGrid {
  width: number;
  placed: PlacedCell[];
  /** The cell covering each row and column: what a reader sees there. */
  cover: TableCell[][];
}

/** Where each cell of a table lands once row and column spans are taken into account. */
export function placeCells(table: TableBlock): TableGrid {
  const cover: TableCell[][] = table.rows.map(() => []);
  const placed: PlacedCell[] = [];
  table.rows.forEach((cells, row) => {
    let col = 0;
    for (const cell of cells) {
      while (cover[row][col]) col++;
      placed.push({ cell, row, col });
      for (let r = row; r < row + cell.rowSpan && r < cover.length; r++) {
        for (let c = col; c < col + cell.colSpan; c++) cover[r][c] = cell;
      }
      col += cell.colSpan;
    }
  });
  return { width: Math.max(...cover.map((r) => r.length)), placed, cover };
}
