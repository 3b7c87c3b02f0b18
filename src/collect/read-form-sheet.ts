import type { Worksheet } from 'exceljs';
import type { FormLayout } from '../render/xlsx/form-layout';
import { FILLER_ROW, ID_COLUMN, ROW_ROLE, fillerColumns, sheetColumn } from '../render/xlsx/sheet-layout';
import { cellText, parseValue } from './cell-value';
import { returnProblem, type ReturnProblem } from './problem';

export interface SheetValues {
  unit?: string;
  /** Values by item id; a value with a problem is left out. */
  values: Map<string, number | string>;
  /** Where each counted value stands, by item id (A1 address). */
  cells: Map<string, string>;
  problems: ReturnProblem[];
}

const trimmed = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Reads a filled-in form sheet row by row, finding each item by the id in
 * its hidden column, so rows inserted or moved by hand do not shift values.
 */
export function readFormSheet(file: string, sheet: Worksheet, layout: FormLayout): SheetValues {
  const items = new Map(layout.items.map((item) => [item.id, item]));
  const valueColumn = sheetColumn(layout.valueColumn);
  const firstRow = new Map<string, number>();
  const values = new Map<string, number | string>();
  const cells = new Map<string, string>();
  const problems: ReturnProblem[] = [];
  const nameColumn = fillerColumns(layout.grid.width).name[0];
  let unit: string | undefined;
  let unitCell = sheet.getCell(FILLER_ROW, nameColumn).address;
  // Filled rows that are not items, one run of consecutive rows at a time: a pasted block is one problem, not thousands.
  let extra: { first: number; last: number; at: { file: string; cell: string; value?: string }; lastCell: string } | undefined;
  const reportExtra = () => {
    if (!extra) return;
    const { first, last, at, lastCell } = extra;
    problems.push(first === last ? returnProblem('extraRow', at, first) : returnProblem('extraRows', { file, cell: `${at.cell}:${lastCell}` }, first, last));
    extra = undefined;
  };

  sheet.eachRow((row, rowNumber) => {
    const role = trimmed(cellText(row.getCell(ID_COLUMN).value));
    if (role === ROW_ROLE.title || role === ROW_ROLE.header) return;
    if (role === ROW_ROLE.filler) {
      const cell = row.getCell(nameColumn);
      unitCell = cell.address;
      unit = trimmed(cellText(cell.value)) || undefined;
      return;
    }
    const valueCell = row.getCell(valueColumn);
    const shown = cellText(valueCell.value).trim();
    const at = { file, cell: valueCell.address, value: shown || undefined };
    const item = items.get(role);
    if (!item) {
      if (!shown) return;
      if (extra?.last !== rowNumber - 1) reportExtra();
      if (extra) Object.assign(extra, { last: rowNumber, lastCell: valueCell.address });
      else extra = { first: rowNumber, last: rowNumber, at, lastCell: valueCell.address };
      return;
    }
    const first = firstRow.get(item.id);
    if (first !== undefined) return void problems.push(returnProblem('duplicateRow', at, first));
    firstRow.set(item.id, rowNumber);
    for (let c = 0; c < layout.valueColumn; c++) {
      const label = row.getCell(sheetColumn(c));
      const found = trimmed(cellText(label.value));
      if (found && found !== trimmed(item.labels[c]) && found !== trimmed(item.formerLabels[c])) {
        return void problems.push(returnProblem('labelEdited', { ...at, cell: label.address }, found, item.labels[c]));
      }
    }
    const parsed = parseValue(valueCell.value, item.type);
    if ('bad' in parsed) problems.push(returnProblem(parsed.bad, at, parsed.shown));
    else if (parsed.value !== undefined) {
      values.set(item.id, parsed.value);
      cells.set(item.id, valueCell.address);
    }
  });

  reportExtra();
  for (const item of layout.items) {
    if (!firstRow.has(item.id)) problems.push(returnProblem('missingRow', { file }, item.labels.at(-1)!));
  }
  if (!unit) problems.push(returnProblem('missingUnit', { file, cell: unitCell }));
  return { unit, values, cells, problems: problems.map((p) => ({ ...p, unit })) };
}
