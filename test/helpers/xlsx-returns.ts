import ExcelJS, { type CellValue, type Worksheet } from 'exceljs';

/**
 * Filling in a form workbook the way a reporting unit would: the unit name
 * next to 填表单位, values in the 填报情况 column of each item's row. Rows are
 * found by the item ids in hidden column A.
 */
export interface Filling {
  unit?: string;
  /** Values by item id. */
  values?: Map<string, CellValue>;
  /** Anything else done to the sheet after filling in (runs last). */
  edit?: (sheet: Worksheet) => void;
}

export async function loadSheet(bytes: Uint8Array): Promise<{ workbook: ExcelJS.Workbook; sheet: Worksheet }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  return { workbook, sheet: workbook.worksheets[0] };
}

/** The first cell (row, column) whose own value is the text. */
export function findText(sheet: Worksheet, text: string): { row: number; col: number } {
  for (let row = 1; row <= sheet.rowCount; row++) {
    for (let col = 1; col <= sheet.columnCount; col++) {
      const cell = sheet.getCell(row, col);
      if (cell.value === text && (!cell.isMerged || cell.master === cell)) return { row, col };
    }
  }
  throw new Error(`no cell holds ${text}`);
}

export function rowOfItem(sheet: Worksheet, id: string): number {
  for (let row = 1; row <= sheet.rowCount; row++) if (sheet.getCell(row, 1).value === id) return row;
  throw new Error(`no row for item ${id}`);
}

export const valueColumnOf = (sheet: Worksheet) => findText(sheet, '填报情况').col;

export async function fillReturn(form: Uint8Array, filling: Filling): Promise<Buffer> {
  const { workbook, sheet } = await loadSheet(form);
  const filler = findText(sheet, '填表单位：');
  if (filling.unit !== undefined) sheet.getCell(filler.row, filler.col + 1).value = filling.unit;
  const valueColumn = valueColumnOf(sheet);
  for (const [id, value] of filling.values ?? []) sheet.getCell(rowOfItem(sheet, id), valueColumn).value = value;
  filling.edit?.(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Inserts empty rows before row `at` as Excel does: merged ranges below move
 * down, ranges across the insertion point grow (exceljs alone leaves them).
 */
export function insertRowsLikeExcel(sheet: Worksheet, at: number, count: number): void {
  const merges: string[] = [...((sheet.model as { merges?: string[] }).merges ?? [])];
  for (const range of merges) sheet.unMergeCells(range);
  sheet.spliceRows(at, 0, ...Array.from({ length: count }, () => []));
  for (const range of merges) {
    const [from, to] = range.split(':').map((a) => sheet.getCell(a));
    const top = Number(from.row);
    const bottom = Number(to.row);
    const shift = (row: number) => (row >= at ? row + count : row);
    sheet.mergeCells(shift(top), Number(from.col), top < at && bottom >= at ? bottom + count : shift(bottom), Number(to.col));
  }
}
