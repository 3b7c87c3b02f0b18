/**
 * Office packages (DOCX, XLSX) written again so that the same content gives
 * the same bytes: every entry dated the document's day at 00:00 UTC (jszip
 * writes DOS times in UTC, so no time zone shows through), [Content_Types].xml
 * first as Office writes it, the rest in the packer's order.
 */
import JSZip from 'jszip';

const CONTENT_TYPES = '[Content_Types].xml';

export type EntryEdit = (name: string, content: Uint8Array) => Uint8Array | string;

export async function fixedDateZip(packed: Uint8Array, isoDay: string, edit: EntryEdit = (_, content) => content): Promise<Uint8Array> {
  const input = await JSZip.loadAsync(packed);
  const output = new JSZip();
  const date = new Date(`${isoDay}T00:00:00Z`);
  const names = Object.keys(input.files).filter((n) => !input.files[n].dir);
  const ordered = [...names.filter((n) => n === CONTENT_TYPES), ...names.filter((n) => n !== CONTENT_TYPES)];
  for (const name of ordered) {
    output.file(name, edit(name, await input.files[name].async('uint8array')), { date, createFolders: false });
  }
  return output.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
