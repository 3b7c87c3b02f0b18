import type { Workbook } from 'exceljs';
import { CELL_BORDER, FONT, PAGE_SETUP } from '../render/xlsx/sheet-style';

/** A column's header and its width in digit widths. */
export type ListColumn = [header: string, width: number];

/** A plain bordered list: one header row, then one row per entry. */
export function addListSheet(workbook: Workbook, name: string, columns: ListColumn[], rows: (string | number)[][]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map(([, width]) => ({ width }));
  sheet.addRow(columns.map(([header]) => header)).eachCell((cell) => {
    cell.font = FONT.header;
    cell.alignment = { vertical: 'middle', horizontal: 'center' };
  });
  rows.forEach((values) => sheet.addRow(values));
  sheet.eachRow((row, n) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = CELL_BORDER;
      if (n > 1) {
        cell.font = FONT.body;
        cell.alignment = { vertical: 'top', wrapText: true };
      }
    }),
  );
  sheet.pageSetup = { ...PAGE_SETUP, printTitlesRow: '1:1' };
}
