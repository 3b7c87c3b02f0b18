/**
 * Make the package byte-identical for identical input: core.xml's created and
 * modified dates become the notice's date, every zip entry the same fixed
 * time (fixed-date-zip.ts), and the font table is replaced by ours
 * (font-table.ts).
 */
import { fixedDateZip } from '../fixed-date-zip';
import { fontTableXml } from './font-table';

const CORE = 'docProps/core.xml';
const FONT_TABLE = 'word/fontTable.xml';

const fixCoreDates = (xml: string, isoDate: string) =>
  xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${isoDate}T00:00:00Z$3`);

export function deterministicZip(packed: Uint8Array, isoDate: string): Uint8Array {
  return fixedDateZip(packed, isoDate, (name, content) => {
    if (name === CORE) return fixCoreDates(Buffer.from(content).toString('utf8'), isoDate);
    if (name === FONT_TABLE) return fontTableXml();
    return content;
  });
}
