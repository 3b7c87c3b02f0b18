import type { Alignment, Borders, CellValue, Font } from 'exceljs';
import type { Align } from '../../document/model';
import { CELL_BORDER, FONT, linesNeeded, rowHeight } from './sheet-style';
import type { PlacedCell, TableGrid } from './table-grid';

const HORIZONTAL: Record<Align, 'left' | 'center' | 'right'> = { left: 'left', center: 'center', right: 'right', justify: 'left' };

/** What placeTable sets on a cell: an exceljs Cell (collect's summary) or a SheetCell (the form, sheet-model.ts). */
interface TargetCell {
  value: CellValue;
  border: Partial<Borders> | undefined;
  alignment: Partial<Alignment> | undefined;
  font: Partial<Font> | undefined;
}

/** The sheet it is set on: an exceljs Worksheet or a sheet-model Worksheet. */
interface TargetSheet<C extends TargetCell> {
  getCell(row: number, col: number): C;
  mergeCells(top: number, left: number, bottom: number, right: number): void;
  getColumn(col: number): { width?: number };
  getRow(row: number): { height?: number };
}

/**
 * Writes a table onto a sheet with its top-left corner at (row, col), one-based:
 * spans become merged cells, every cell gets a border, rows grow to fit their
 * labels. Blank cells are handed to `fillBlank`, which gives them a value and type.
 */
export function placeTable<C extends TargetCell>(
  sheet: TargetSheet<C>,
  grid: TableGrid,
  at: { row: number; col: number },
  fillBlank: (placed: PlacedCell, cell: C) => void,
): void {
  grid.cover.forEach((cells, r) => cells.forEach((_, c) => (sheet.getCell(at.row + r, at.col + c).border = CELL_BORDER)));
  for (const placed of grid.placed) {
    const { cell, row, col } = placed;
    const top = at.row + row;
    const left = at.col + col;
    if (cell.rowSpan > 1 || cell.colSpan > 1) sheet.mergeCells(top, left, top + cell.rowSpan - 1, left + cell.colSpan - 1);
    const target = sheet.getCell(top, left);
    target.alignment = { vertical: 'middle', horizontal: HORIZONTAL[cell.align], wrapText: true };
    target.font = cell.header ? FONT.header : FONT.body;
    if (cell.blank) fillBlank(placed, target);
    else target.value = cell.text;
  }
  fitRowHeights(sheet, grid, at);
}

/** Spreadsheets do not grow rows for wrapped text on their own: estimate the lines each row needs. */
function fitRowHeights(sheet: TargetSheet<TargetCell>, grid: TableGrid, at: { row: number; col: number }): void {
  const lines = grid.cover.map(() => 1);
  for (const { cell, row, col } of grid.placed) {
    if (cell.rowSpan !== 1 || cell.blank) continue;
    let width = 0;
    for (let c = col; c < col + cell.colSpan; c++) width += sheet.getColumn(at.col + c).width ?? 0;
    lines[row] = Math.max(lines[row], linesNeeded(cell.text, width));
  }
  lines.forEach((n, r) => (sheet.getRow(at.row + r).height = rowHeight(n)));
}
