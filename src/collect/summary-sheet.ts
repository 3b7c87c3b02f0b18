import type { Cell, Workbook } from 'exceljs';
import type { TableBlock, TableCell } from '../document/model';
import { placeTable } from '../render/xlsx/place-table';
import { FONT, MIN_VALUE_WIDTH, PAGE_SETUP, TITLE_ROW_HEIGHT_PT, WIDTH_PER_COLUMN_UNIT, linesNeeded, rowHeight } from '../render/xlsx/sheet-style';
import { placeCells } from '../render/xlsx/table-grid';
import type { Collection } from './collect-returns';
import type { Total } from './totals';

const TABLE_TOP_ROW = 3;
const TOTAL_HEADER = '合计';
const NUMBER_FORMAT = { count: '0', amount: '0.00' } as const;
/** Printed, a landscape page takes the labels and this many unit columns. */
const UNIT_COLUMNS_PER_PAGE = 8;

/** The form's table with its one value column widened to one column per unit and a total. */
export function summaryTable(table: TableBlock, headers: string[]): TableBlock {
  const header = (text: string): TableCell => ({ text, rowSpan: 1, colSpan: 1, align: 'center', header: true });
  return {
    ...table,
    columns: [...table.columns.slice(0, -1), ...headers.map(() => table.columns.at(-1)!)],
    rows: table.rows.map((cells, r) => [
      ...cells.slice(0, -1),
      ...headers.map((h) => (r < table.headerRows ? header(h) : { ...cells.at(-1)! })),
    ]),
  };
}

const totalText = (total: Total) => (total.kind === 'yesno' ? `是 ${total.yes}，否 ${total.no}` : undefined);

/** The totals: the form's labels, then one column per reporting unit, then the total. */
export function addSummarySheet(workbook: Workbook, collection: Collection): void {
  const { layout, counted, totals } = collection;
  const sheet = workbook.addWorksheet('汇总', {
    views: [{ state: 'frozen', xSplit: layout.valueColumn, ySplit: TABLE_TOP_ROW + layout.table.headerRows - 1 }],
  });
  const table = summaryTable(layout.table, [...counted.map((r) => r.unit), TOTAL_HEADER]);
  const grid = placeCells(table);
  table.columns.forEach((relative, i) => {
    sheet.getColumn(i + 1).width = i < layout.valueColumn ? relative * WIDTH_PER_COLUMN_UNIT : MIN_VALUE_WIDTH;
  });

  sheet.mergeCells(1, 1, 1, grid.width);
  Object.assign(sheet.getCell(1, 1), {
    value: `${layout.title}（汇总）`,
    font: FONT.title,
    alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
  });
  sheet.getRow(1).height = TITLE_ROW_HEIGHT_PT;
  Object.assign(sheet.getCell(2, 1), { value: `报送单位 ${counted.length} 个`, font: FONT.body });

  const fill = (row: number, unitIndex: number, cell: Cell) => {
    const item = layout.items[row - layout.table.headerRows];
    const total = totals.get(item.id)!;
    const value = unitIndex < counted.length ? counted[unitIndex].values.get(item.id) : total.kind === 'sum' ? total.sum : totalText(total);
    cell.value = value ?? null;
    if (item.type === 'count' || item.type === 'amount') cell.numFmt = NUMBER_FORMAT[item.type];
    cell.alignment = item.type === 'text' ? { vertical: 'top', horizontal: 'left', wrapText: true } : { vertical: 'middle', horizontal: 'center' };
    if (unitIndex === counted.length) cell.font = FONT.header;
  };
  placeTable(sheet, grid, { row: TABLE_TOP_ROW, col: 1 }, ({ row, col }, cell) => fill(row, col - layout.valueColumn, cell));
  growRowsForText(sheet, collection);
  sheet.pageSetup = {
    ...PAGE_SETUP,
    orientation: 'landscape',
    fitToWidth: Math.ceil((counted.length + 1) / UNIT_COLUMNS_PER_PAGE),
    printTitlesRow: `${TABLE_TOP_ROW}:${TABLE_TOP_ROW + layout.table.headerRows - 1}`,
    printTitlesColumn: `A:${sheet.getColumn(layout.valueColumn).letter}`,
  };
}

/** Text answers wrap in their unit's column: give their rows the height of the longest. */
function growRowsForText(sheet: Workbook['worksheets'][number], { layout, counted }: Collection): void {
  layout.items.forEach((item, i) => {
    if (item.type !== 'text') return;
    const lines = Math.max(1, ...counted.map((r) => linesNeeded(String(r.values.get(item.id) ?? ''), MIN_VALUE_WIDTH)));
    const row = sheet.getRow(TABLE_TOP_ROW + layout.table.headerRows + i);
    row.height = Math.max(row.height ?? 0, rowHeight(lines));
  });
}
