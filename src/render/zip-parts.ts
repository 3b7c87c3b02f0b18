/**
 * A zip package (XLSX) written from its parts, byte-identical for identical
 * parts: entries in the order given, each deflated by node:zlib and dated
 * the document's day at 00:00 (as fixed-date-zip.ts dates the packages of
 * other writers), no extra fields, no data descriptors.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { CENTRAL, CENTRAL_SIZE, dosDate, END, END_SIZE, LOCAL, LOCAL_SIZE } from './zip-format';

export interface Part {
  name: string;
  data: string;
}

/** Version 2.0: deflate. */
const VERSION = 20;
const DEFLATE = 8;

interface Entry {
  name: Buffer;
  crc: number;
  size: number;
  deflated: Buffer;
  offset: number;
}

export function zipParts(parts: Part[], isoDay: string): Uint8Array {
  const date = dosDate(isoDay);
  let offset = 0;
  const entries: Entry[] = parts.map(({ name, data }) => {
    const bytes = Buffer.from(data, 'utf8');
    const entry = { name: Buffer.from(name, 'utf8'), crc: crc32(bytes), size: bytes.length, deflated: deflateRawSync(bytes), offset };
    offset += LOCAL_SIZE + entry.name.length + entry.deflated.length;
    return entry;
  });
  const centralSize = entries.reduce((n, e) => n + CENTRAL_SIZE + e.name.length, 0);
  const out = Buffer.alloc(offset + centralSize + END_SIZE);
  // Fields shared by the local header (from its offset 4) and the central record (from its offset 6).
  const common = (at: number, e: Entry) => {
    out.writeUInt16LE(VERSION, at);
    out.writeUInt16LE(0, at + 2);
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
    e.deflated.copy(out, e.offset + LOCAL_SIZE + e.name.length);
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
