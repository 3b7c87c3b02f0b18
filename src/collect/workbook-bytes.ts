import type { Workbook } from 'exceljs';
import { fixedDateZip } from '../render/fixed-date-zip';
import { withExcelFontOrder } from './excel-font-order';

/**
 * A workbook's bytes, the same for the same content: its author is the
 * issuer, its document dates the campaign's day (YYYY-MM-DD), and every zip
 * entry dated that day too (exceljs stamps entries with the current time; see
 * fixed-date-zip.ts); its fonts' properties in the order Excel reads.
 */
export async function workbookBytes(workbook: Workbook, { day, author }: { day: string; author: string }): Promise<Uint8Array> {
  const date = new Date(`${day}T00:00:00Z`);
  workbook.creator = author;
  workbook.lastModifiedBy = author;
  workbook.created = date;
  workbook.modified = date;
  return fixedDateZip(withExcelFontOrder(new Uint8Array(await workbook.xlsx.writeBuffer())), day);
}
