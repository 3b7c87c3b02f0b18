/**
 * A zip package (XLSX, DOCX) written from its parts, byte-identical for
 * identical parts: entries in the order given, each deflated by the DEFLATE
 * the caller gives and dated the document's day at 00:00 (as fixed-date-zip.ts
 * dates the packages of other writers), no extra fields, no data descriptors. A text given several times over (each section
 * of a DOCX has footer parts of its own) is compressed once. The DEFLATE is
 * given each part's CRC-32 as well, for finding parts kept from an earlier
 * package (kept-parts.ts).
 */
import { crc32 } from 'node:zlib';
import { CENTRAL, CENTRAL_SIZE, dosDate, END, END_SIZE, LOCAL, LOCAL_SIZE } from './zip-format';

export interface Part {
  name: string;
  data: string | Uint8Array;
}

/** Version 2.0: deflate. */
const VERSION = 20;
const DEFLATE = 8;
/** General purpose flag bit 11: the name is UTF-8. */
const UTF8_NAME = 0x800;

interface Compressed {
  crc: number;
  size: number;
  deflated: Uint8Array;
}

interface Entry extends Compressed {
  name: Buffer;
  flags: number;
  offset: number;
}

export type PartDeflate = (bytes: Uint8Array, crc: number) => Uint8Array;

export function zipParts(parts: Part[], isoDay: string, deflate: PartDeflate): Uint8Array {
  const date = dosDate(isoDay);
  const compressed = new Map<string, Compressed>();
  const compress = (bytes: Uint8Array): Compressed => {
    const crc = crc32(bytes);
    return { crc, size: bytes.length, deflated: deflate(bytes, crc) };
  };
  let offset = 0;
  const entries: Entry[] = parts.map(({ name, data }) => {
    let packed = typeof data === 'string' ? compressed.get(data) : undefined;
    if (!packed) {
      packed = compress(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      if (typeof data === 'string') compressed.set(data, packed);
    }
    const nameBytes = Buffer.from(name, 'utf8');
    const entry = { ...packed, name: nameBytes, flags: nameBytes.length === name.length ? 0 : UTF8_NAME, offset };
    offset += LOCAL_SIZE + entry.name.length + entry.deflated.length;
    return entry;
  });
  const centralSize = entries.reduce((n, e) => n + CENTRAL_SIZE + e.name.length, 0);
  const out = Buffer.alloc(offset + centralSize + END_SIZE);
  // Fields shared by the local header (from its offset 4) and the central record (from its offset 6).
  const common = (at: number, e: Entry) => {
    out.writeUInt16LE(VERSION, at);
    out.writeUInt16LE(e.flags, at + 2);
    out.writeUInt16LE(DEFLATE, at + 4);
    out.writeUInt16LE(0, at + 6);
    out.writeUInt16LE(date, at + 8);
    out.writeUInt32LE(e.crc, at + 10);
    out.writeUInt32LE(e.deflated.length, at + 14);
    out.writeUInt32LE(e.size, at + 18);
    out.writeUInt16LE(e.name.length, at + 22);
  };
  let central = offset;
  for (const e of entries) {
    out.writeUInt32LE(LOCAL, e.offset);
    common(e.offset + 4, e);
    e.name.copy(out, e.offset + LOCAL_SIZE);
    out.set(e.deflated, e.offset + LOCAL_SIZE + e.name.length);
    out.writeUInt32LE(CENTRAL, central);
    out.writeUInt16LE(VERSION, central + 4);
    common(central + 6, e);
    out.writeUInt32LE(e.offset, central + 42);
    e.name.copy(out, central + CENTRAL_SIZE);
    central += CENTRAL_SIZE + e.name.length;
  }
  out.writeUInt32LE(END, central);
  out.writeUInt16LE(entries.length, central + 8);
  out.writeUInt16LE(entries.length, central + 10);
  out.writeUInt32LE(centralSize, central + 12);
  out.writeUInt32LE(offset, central + 16);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}
