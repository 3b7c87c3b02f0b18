import { MARKER_SHEET, writeMarker } from './form-marker';
import type { FormLayout } from './form-layout';
import { placeTable } from './place-table';
import { FILLER_ROW, ID_COLUMN, ROW_ROLE, TABLE_TOP_ROW, TITLE_ROW, fillerColumns, sheetColumn } from './sheet-layout';
import {
  FONT,
  ID_COLUMN_WIDTH,
  MIN_VALUE_WIDTH,
  PAGE_SETUP,
  TITLE_ROW_HEIGHT_PT,
  WIDTH_PER_COLUMN_UNIT,
  linesNeeded,
  rowHeight,
  rowHeightOfMm,
} from './sheet-style';
import { spacedTitle } from '../../style/spaced-title';
import { leastRowMm } from '../../style/writing-row';
import { Workbook, type Worksheet } from './sheet-model';
import { makeValueCell } from './value-cell';
import { workbookPackage } from './workbook-package';

/**
 * The form's title as a sheet name Excel opens: without []:*?/\, at most 31 UTF-16 units and never half a
 * character, no apostrophe first or last; not History (Excel keeps it for its change history) nor the
 * marker sheet's name, ignoring case.
 */
export function sheetName(title: string): string {
  let name = '';
  for (const ch of title.replace(/[[\]:*?/\\]/g, '')) {
    if (name.length + ch.length > 31) break;
    name += ch;
  }
  name = name.replace(/^'+|'+$/g, '');
  return name && !['history', MARKER_SHEET.toLowerCase()].includes(name.toLowerCase()) ? name : '统计表';
}

/**
 * The fill-in workbook of one statistics form: title, filler line, the form
 * table with typed value cells, printable on A4, labels protected.
 */
export function formWorkbook(layout: FormLayout): Uint8Array {
  const workbook = new Workbook({ title: layout.title, subject: layout.identity.campaign, creator: layout.identity.issuer, day: layout.date });
  const sheet = workbook.addWorksheet(sheetName(layout.title), { frozenRows: TABLE_TOP_ROW + layout.table.headerRows - 1 });
  const fill = fillerColumns(layout.grid.width);
  const lastColumn = Math.max(sheetColumn(layout.grid.width - 1), fill.after);

  setColumnWidths(sheet, layout);
  writeTitle(sheet, layout.title, lastColumn);
  writeFiller(sheet, layout, fill);
  placeTable(sheet, layout.grid, { row: TABLE_TOP_ROW, col: sheetColumn(0) }, ({ row }, cell) =>
    makeValueCell(cell, layout.items[row - layout.table.headerRows].type),
  );
  heightenWritingRows(sheet, layout);
  for (let r = 0; r < layout.table.headerRows; r++) sheet.getCell(TABLE_TOP_ROW + r, ID_COLUMN).value = ROW_ROLE.header;
  layout.items.forEach((item, i) => (sheet.getCell(TABLE_TOP_ROW + layout.table.headerRows + i, ID_COLUMN).value = item.id));

  const lastRow = TABLE_TOP_ROW + layout.grid.cover.length - 1;
  sheet.pageSetup = {
    ...PAGE_SETUP,
    printArea: { top: TITLE_ROW, left: sheetColumn(0), bottom: lastRow, right: lastColumn },
    printTitleRows: [TABLE_TOP_ROW, TABLE_TOP_ROW + layout.table.headerRows - 1],
  };
  sheet.protection = { formatColumns: true, formatRows: true };
  writeMarker(workbook, layout.identity);
  return workbookPackage(workbook);
}

/**
 * A row with a cell left blank to be written in by hand is as tall as the printed form's (leastRowMm, 12 mm), so that
 * the blank form printed from the workbook has room to write; a row whose labels wrap taller keeps its height.
 */
function heightenWritingRows(sheet: Worksheet, layout: FormLayout): void {
  layout.table.rows.forEach((cells, r) => {
    const row = sheet.getRow(TABLE_TOP_ROW + r);
    row.height = Math.max(row.height ?? 0, rowHeightOfMm(leastRowMm(cells)));
  });
}

function setColumnWidths(sheet: Worksheet, layout: FormLayout): void {
  sheet.getColumn(ID_COLUMN).width = ID_COLUMN_WIDTH;
  sheet.getColumn(ID_COLUMN).hidden = true;
  layout.table.columns.forEach((relative, i) => {
    const width = relative * WIDTH_PER_COLUMN_UNIT;
    sheet.getColumn(sheetColumn(i)).width = i === layout.valueColumn ? Math.max(width, MIN_VALUE_WIDTH) : width;
  });
}

/** The title row prints the title as the form's annex page does: one of two characters spaced out (回执 → 回　执). */
function writeTitle(sheet: Worksheet, title: string, lastColumn: number): void {
  sheet.getCell(TITLE_ROW, ID_COLUMN).value = ROW_ROLE.title;
  sheet.mergeCells(TITLE_ROW, sheetColumn(0), TITLE_ROW, lastColumn);
  const cell = sheet.getCell(TITLE_ROW, sheetColumn(0));
  cell.value = spacedTitle(title, 'title');
  cell.font = FONT.title;
  cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  sheet.getRow(TITLE_ROW).height = TITLE_ROW_HEIGHT_PT;
}

/** 填表单位：______（盖章）: the blank is an unlocked cell with a line under it. */
function writeFiller(sheet: Worksheet, layout: FormLayout, columns: ReturnType<typeof fillerColumns>): void {
  sheet.getCell(FILLER_ROW, ID_COLUMN).value = ROW_ROLE.filler;
  const [from, to] = columns.name;
  if (to > from) sheet.mergeCells(FILLER_ROW, from, FILLER_ROW, to);
  // A filler worded longer than its column (填报单位（盖章）：) wraps in it: text running over would be cut off by the
  // hidden column on the left, or hidden under the unit's name on the right.
  const text = (column: number, value: string, horizontal: 'left' | 'right') => {
    const cell = sheet.getCell(FILLER_ROW, column);
    cell.value = value;
    cell.font = FONT.body;
    cell.alignment = { vertical: 'bottom', horizontal, wrapText: true };
    return linesNeeded(value, sheet.getColumn(column).width ?? 0);
  };
  const lines = Math.max(text(columns.before, layout.filler.before, 'right'), text(columns.after, layout.filler.after, 'left'));
  const name = sheet.getCell(FILLER_ROW, from);
  name.font = FONT.body;
  name.alignment = { vertical: 'bottom', horizontal: 'center', shrinkToFit: true };
  name.protection = { locked: false };
  name.numFmt = '@';
  for (let c = from; c <= to; c++) sheet.getCell(FILLER_ROW, c).border = { bottom: { style: 'thin' } };
  sheet.getRow(FILLER_ROW).height = rowHeight(lines);
}
