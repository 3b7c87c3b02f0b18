import type { Workbook } from 'exceljs';
import JSZip from 'jszip';

/**
 * A workbook's bytes, the same for the same content: its document dates are
 * the given day, and the zip is written again with that date on every entry
 * (exceljs stamps entries with the current time).
 */
export async function workbookBytes(workbook: Workbook, day: string): Promise<Uint8Array> {
  const date = new Date(`${day}T00:00:00Z`);
  workbook.created = date;
  workbook.modified = date;
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  zip.forEach((_, entry) => {
    entry.date = date;
  });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
