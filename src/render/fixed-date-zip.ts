/**
 * Office packages (DOCX, XLSX) made byte-identical for identical content
 * without decompressing anything: the packer's compressed entries are copied
 * as they are, every entry dated the document's day at 00:00 (the DOS date and
 * time fields are written from the ISO day itself, so no time zone shows
 * through), folder entries dropped, [Content_Types].xml first as Office writes
 * it, the rest in the packer's order.
 */
import { CENTRAL, CENTRAL_SIZE, dosDate, END, END_SIZE, LOCAL, LOCAL_SIZE } from './zip-format';

const CONTENT_TYPES = '[Content_Types].xml';
/** General purpose flag bit 3: sizes and CRC follow the data instead of the header. */
const DATA_DESCRIPTOR = 0x8;

interface Entry {
  name: string;
  /** The local header and the compressed data. */
  local: Uint8Array;
  /** The central directory record. */
  central: Uint8Array;
}

function endRecord(zip: DataView): number {
  for (let at = zip.byteLength - END_SIZE; at >= 0; at--) if (zip.getUint32(at, true) === END) return at;
  throw new Error('not a zip file: no end of central directory');
}

function entries(bytes: Uint8Array): Entry[] {
  const zip = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endRecord(zip);
  const found: Entry[] = [];
  let at = zip.getUint32(end + 16, true);
  for (let i = zip.getUint16(end + 10, true); i > 0; i--) {
    if (zip.getUint32(at, true) !== CENTRAL) throw new Error(`broken zip: no central directory record at ${at}`);
    const nameEnd = at + CENTRAL_SIZE + zip.getUint16(at + 28, true);
    const centralEnd = nameEnd + zip.getUint16(at + 30, true) + zip.getUint16(at + 32, true);
    const offset = zip.getUint32(at + 42, true);
    if (zip.getUint32(offset, true) !== LOCAL) throw new Error(`broken zip: no local header at ${offset}`);
    if (zip.getUint16(offset + 6, true) & DATA_DESCRIPTOR) throw new Error('zip entries with data descriptors are not supported');
    const localEnd = offset + LOCAL_SIZE + zip.getUint16(offset + 26, true) + zip.getUint16(offset + 28, true) + zip.getUint32(at + 20, true);
    found.push({
      name: Buffer.from(bytes.subarray(at + CENTRAL_SIZE, nameEnd)).toString('utf8'),
      local: bytes.subarray(offset, localEnd),
      central: bytes.subarray(at, centralEnd),
    });
    at = centralEnd;
  }
  return found;
}

export function fixedDateZip(packed: Uint8Array, isoDay: string): Uint8Array {
  const files = entries(packed).filter((e) => !e.name.endsWith('/'));
  const ordered = [...files.filter((e) => e.name === CONTENT_TYPES), ...files.filter((e) => e.name !== CONTENT_TYPES)];
  const localSize = ordered.reduce((n, e) => n + e.local.length, 0);
  const centralSize = ordered.reduce((n, e) => n + e.central.length, 0);
  const out = new Uint8Array(localSize + centralSize + END_SIZE);
  const view = new DataView(out.buffer);
  const date = dosDate(isoDay);
  let local = 0;
  let central = localSize;
  for (const e of ordered) {
    out.set(e.local, local);
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, date, true);
    out.set(e.central, central);
    view.setUint16(central + 12, 0, true);
    view.setUint16(central + 14, date, true);
    view.setUint32(central + 42, local, true);
    local += e.local.length;
    central += e.central.length;
  }
  view.setUint32(central, END, true);
  view.setUint16(central + 8, ordered.length, true);
  view.setUint16(central + 10, ordered.length, true);
  view.setUint32(central + 12, centralSize, true);
  view.setUint32(central + 16, localSize, true);
  return out;
}
