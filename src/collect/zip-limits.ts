/**
 * Size limits checked before a return is handed to the workbook parser: a
 * zip that inflates to gigabytes (a zip bomb, or a runaway export) must be
 * refused while it is still a few megabytes in memory.
 */
import { inflateRawSync } from 'node:zlib';

/** A filled-in form is tens of kilobytes; 200 000 filled rows are a few megabytes. */
export const MAX_RETURN_BYTES = 32 * 1024 * 1024;
/** What all parts of a return may inflate to together. */
export const MAX_UNZIPPED_BYTES = 160 * 1024 * 1024;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65535. */
const END_SEARCH = 22 + 0xffff;
const STORED = 0;
const DEFLATED = 8;

export type ZipVerdict = { ok: true } | { ok: false; reason: 'damaged' } | { ok: false; reason: 'tooLargeUnzipped'; bytes: number };

interface Entry {
  method: number;
  compressed: number;
  uncompressed: number;
  localHeader: number;
}

function endOfDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - END_SEARCH); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

/** The central directory's entries, or undefined when it is not where the end record says. */
function entries(zip: Buffer): Entry[] | undefined {
  const end = endOfDirectory(zip);
  if (end < 0) return undefined;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const list: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) return undefined;
    list.push({
      method: zip.readUInt16LE(at + 10),
      compressed: zip.readUInt32LE(at + 20),
      uncompressed: zip.readUInt32LE(at + 24),
      localHeader: zip.readUInt32LE(at + 42),
    });
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return list;
}

/** Whether the entry inflates to exactly the size the directory declares, never inflating more than that. */
function honest(zip: Buffer, e: Entry): boolean {
  const at = e.localHeader;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_HEADER) return false;
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  if (start + e.compressed > zip.length) return false;
  if (e.method === STORED) return e.compressed === e.uncompressed;
  if (e.method !== DEFLATED) return false;
  try {
    return inflateRawSync(zip.subarray(start, start + e.compressed), { maxOutputLength: Math.max(1, e.uncompressed) }).length === e.uncompressed;
  } catch {
    return false; // more output than declared, or broken data
  }
}

/**
 * Checks a zip's declared sizes against the limit, then that every part
 * inflates to no more than it declares (a lying header is how a bomb gets
 * past the first check). ZIP64 sizes are beyond the limit by definition.
 */
export function checkZipSizes(zip: Buffer): ZipVerdict {
  const list = entries(zip);
  if (!list) return { ok: false, reason: 'damaged' };
  const total = list.reduce((sum, e) => sum + e.uncompressed, 0);
  if (total > MAX_UNZIPPED_BYTES) return { ok: false, reason: 'tooLargeUnzipped', bytes: total };
  return list.every((e) => honest(zip, e)) ? { ok: true } : { ok: false, reason: 'damaged' };
}
