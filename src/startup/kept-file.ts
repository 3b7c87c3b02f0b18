/**
 * A cache file of a header (JSON) and bytes, for work kept from one build
 * for the next (a font program, a picture's compressed pixels). Read only
 * whole: the file is the CRC-32 of the rest, the header's length, the header,
 * the bytes. Whether a header fits the work at hand is the caller's to judge.
 */
import { crc32 } from 'node:zlib';
import { cacheFolder, readCacheFile, writeCacheFile } from './cache-files';
import { bundleMarks } from './code-cache';

/** Where work is kept, and what made it: kept work is used only if the same made it. */
export interface KeptStore {
  folder: string;
  maker: string;
}

/**
 * The cache folder, for work made by the bundle running this code (every module of a bundle shares its file), the
 * bundles named beside it whose code also makes the work, and `library`; none outside a bundle (the tests' modules).
 */
export function bundleStore(alsoMadeBy: string[] = [], library?: string): KeptStore | undefined {
  const marks = bundleMarks(alsoMadeBy);
  return marks && { folder: cacheFolder(), maker: [...marks, ...(library ? [library] : [])].join(' ') };
}

const CRC = 4;
const LENGTH = 4;

export function readKeptFile<Header>(file: string): { header: Header; bytes: Buffer } | undefined {
  const stored = readCacheFile(file);
  if (!stored || stored.length < CRC + LENGTH || crc32(stored.subarray(CRC)) !== stored.readUInt32LE(0)) return undefined;
  const end = CRC + LENGTH + stored.readUInt32LE(CRC);
  try {
    const header = JSON.parse(stored.toString('utf8', CRC + LENGTH, end)) as Header | null;
    return header && typeof header === 'object' ? { header, bytes: stored.subarray(end) } : undefined;
  } catch {
    return undefined; // not a header this code wrote
  }
}

/**
 * The kept bytes cut in runs of the `lengths` a header lists, one after another; undefined when a length is not a
 * whole number of bytes or the runs overrun the bytes (not a file this code wrote).
 */
export function keptRuns(bytes: Buffer, lengths: unknown[]): Buffer[] | undefined {
  const runs: Buffer[] = [];
  let at = 0;
  for (const length of lengths) {
    if (!Number.isInteger(length) || (length as number) < 0 || at + (length as number) > bytes.length) return undefined;
    runs.push(bytes.subarray(at, (at += length as number)));
  }
  return runs;
}

/** `stale` names other files of the folder to delete once this one is written (see writeCacheFile). */
export function writeKeptFile(file: string, header: unknown, bytes: Uint8Array, stale?: (name: string) => boolean): void {
  const json = Buffer.from(JSON.stringify(header));
  const data = Buffer.alloc(CRC + LENGTH + json.length + bytes.length);
  data.writeUInt32LE(json.length, CRC);
  json.copy(data, CRC + LENGTH);
  data.set(bytes, CRC + LENGTH + json.length);
  data.writeUInt32LE(crc32(data.subarray(CRC)), 0);
  writeCacheFile(file, data, stale);
}
