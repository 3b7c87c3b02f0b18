/**
 * Make the package byte-identical for identical input: core.xml's created and
 * modified dates become the notice's date, every zip entry gets the same
 * fixed time, entries keep docx's order (with [Content_Types].xml first), and
 * the font table is replaced by ours (font-table.ts).
 */
import JSZip from 'jszip';
import { fontTableXml } from './font-table';

const CONTENT_TYPES = '[Content_Types].xml';
const CORE = 'docProps/core.xml';
const FONT_TABLE = 'word/fontTable.xml';

/** A local-time Date whose DOS fields are the given day at midnight, whatever the time zone. */
function dosDate(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(y, m - 1, d);
}

const fixCoreDates = (xml: string, isoDate: string) =>
  xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${isoDate}T00:00:00Z$3`);

export async function deterministicZip(packed: Uint8Array, isoDate: string): Promise<Uint8Array> {
  const input = await JSZip.loadAsync(packed);
  const output = new JSZip();
  const date = dosDate(isoDate);
  const names = Object.keys(input.files).filter((n) => !input.files[n].dir);
  const ordered = [CONTENT_TYPES, ...names.filter((n) => n !== CONTENT_TYPES)];
  for (const name of ordered) {
    let content: string | Uint8Array = await input.files[name].async('uint8array');
    if (name === CORE) content = fixCoreDates(Buffer.from(content).toString('utf8'), isoDate);
    if (name === FONT_TABLE) content = fontTableXml();
    output.file(name, content, { date, createFolders: false });
  }
  return output.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
