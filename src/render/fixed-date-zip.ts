/**
 * Office packages (DOCX, XLSX) written again so that the same content gives
 * the same bytes: every entry dated the document's day at 00:00,
 * [Content_Types].xml first as Office writes it, the rest in the packer's
 * order. fflate writes DOS times from a Date's local fields, so the date is
 * built from local fields too: no time zone shows through.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';

const CONTENT_TYPES = '[Content_Types].xml';

export type EntryEdit = (name: string, content: Uint8Array) => Uint8Array | string;

export function fixedDateZip(packed: Uint8Array, isoDay: string, edit: EntryEdit = (_, content) => content): Uint8Array {
  const [y, m, d] = isoDay.split('-').map(Number);
  const mtime = new Date(y, m - 1, d);
  const files = unzipSync(packed);
  const names = Object.keys(files).filter((n) => !n.endsWith('/'));
  const ordered = [...names.filter((n) => n === CONTENT_TYPES), ...names.filter((n) => n !== CONTENT_TYPES)];
  const entries: Zippable = {};
  for (const name of ordered) {
    const content = edit(name, files[name]);
    entries[name] = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  }
  return zipSync(entries, { level: 6, mtime });
}
