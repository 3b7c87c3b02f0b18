/**
 * The sfnt container (TrueType/OpenType files and .ttc collections): where
 * each table of one face lives. Reads only what it is asked for, so a font
 * folder can be scanned by reading a few kilobytes of every file.
 */
import { closeSync, openSync, readSync } from 'node:fs';

export interface TableRecord {
  offset: number;
  length: number;
}

/** Reads `length` bytes at `offset`; a Buffer over a whole file or a file descriptor. */
export type ByteSource = (offset: number, length: number) => Buffer;

const TTC_TAG = 0x74746366; // 'ttcf'

export function bufferSource(data: Buffer): ByteSource {
  return (offset, length) => data.subarray(offset, offset + length);
}

/** Number of faces in the file (1 unless it is a collection). */
export function faceCount(read: ByteSource): number {
  const head = read(0, 12);
  return head.readUInt32BE(0) === TTC_TAG ? head.readUInt32BE(8) : 1;
}

/** The table directory of face `index`. */
export function readTableDirectory(read: ByteSource, index = 0): Map<string, TableRecord> {
  let start = 0;
  if (read(0, 4).readUInt32BE(0) === TTC_TAG) start = read(12 + 4 * index, 4).readUInt32BE(0);
  const numTables = read(start + 4, 2).readUInt16BE(0);
  const dir = read(start + 12, numTables * 16);
  const tables = new Map<string, TableRecord>();
  for (let i = 0; i < numTables; i++) {
    const p = i * 16;
    tables.set(dir.toString('latin1', p, p + 4), { offset: dir.readUInt32BE(p + 8), length: dir.readUInt32BE(p + 12) });
  }
  return tables;
}

const FAMILY = 1;
const FULL_NAME = 4;
const POSTSCRIPT_NAME = 6;
const TYPOGRAPHIC_FAMILY = 16;
const WINDOWS = 3;
const MACINTOSH = 1;

export interface FaceNames {
  /** Family, full and typographic family names in every language the file carries. */
  names: string[];
  postscriptName?: string;
}

/** Names of a face from its `name` table (Windows UTF-16 and Mac Roman records). */
export function readFaceNames(read: ByteSource, tables: Map<string, TableRecord>): FaceNames {
  const rec = tables.get('name');
  if (!rec) return { names: [] };
  const table = read(rec.offset, rec.length);
  const count = table.readUInt16BE(2);
  const storage = table.readUInt16BE(4);
  const names = new Set<string>();
  let postscriptName: string | undefined;
  for (let i = 0; i < count; i++) {
    const p = 6 + i * 12;
    const platform = table.readUInt16BE(p);
    const encoding = table.readUInt16BE(p + 2);
    const nameId = table.readUInt16BE(p + 6);
    const length = table.readUInt16BE(p + 8);
    const offset = storage + table.readUInt16BE(p + 10);
    let text: string | undefined;
    if (platform === WINDOWS) text = Buffer.from(table.subarray(offset, offset + (length & ~1))).swap16().toString('utf16le');
    else if (platform === MACINTOSH && encoding === 0) text = table.toString('latin1', offset, offset + length);
    if (text === undefined) continue;
    if (nameId === POSTSCRIPT_NAME) postscriptName ??= text;
    else if (nameId === FAMILY || nameId === FULL_NAME || nameId === TYPOGRAPHIC_FAMILY) names.add(text);
  }
  return { names: [...names], postscriptName };
}

/** Reads ranges of an open file; bytes past its end read as zeros. */
export function fileSource(fd: number): ByteSource {
  return (offset, length) => {
    const buf = Buffer.allocUnsafe(length);
    const got = readSync(fd, buf, 0, length, offset);
    return got < length ? buf.fill(0, got) : buf;
  };
}

/** Runs `use` with a ByteSource over a file, reading only the ranges asked for. */
export function withFileSource<T>(file: string, use: (read: ByteSource) => T): T {
  const fd = openSync(file, 'r');
  try {
    return use(fileSource(fd));
  } finally {
    closeSync(fd);
  }
}
