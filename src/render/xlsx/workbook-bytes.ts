import type { Workbook } from 'exceljs';
import JSZip from 'jszip';

/**
 * A workbook's bytes, the same for the same content: its author is the
 * issuer, its document dates the campaign's day (YYYY-MM-DD), and the zip is
 * written again with that date on every entry (exceljs stamps entries with the
 * current time). Dates are UTC, so the bytes do not depend on the time zone.
 */
export async function workbookBytes(workbook: Workbook, { day, author }: { day: string; author: string }): Promise<Uint8Array> {
  const date = new Date(`${day}T00:00:00Z`);
  workbook.creator = author;
  workbook.lastModifiedBy = author;
  workbook.created = date;
  workbook.modified = date;
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  zip.forEach((_, entry) => {
    entry.date = date;
  });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
