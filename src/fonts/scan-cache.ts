/**
 * The faces found in a font folder, kept in the user's cache folder between
 * runs: reading the name table of every font file is the slow part of a scan
 * (a Windows font folder holds hundreds of files). A cache holds for exactly
 * the font files it was made from — the same paths, sizes and modification
 * times — so a font added, removed or replaced makes the folder scanned again.
 */
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { cacheFolder, readCacheFile, writeCacheFile } from '../startup/cache-files';
import type { InstalledFace } from './scan';

/** A font file as found on disk: a cache made from other stamps is stale. */
export interface FontFileStamp {
  file: string;
  size: number;
  mtimeMs: number;
}

interface Stored {
  dir: string;
  stamps: FontFileStamp[];
  faces: InstalledFace[];
}

const cacheFile = (dir: string, folder: string) => path.join(folder, `fonts-${crc32(dir).toString(16)}.json`);

const sameStamps = (a: FontFileStamp[], b: FontFileStamp[]) =>
  a.length === b.length && a.every((s, i) => s.file === b[i].file && s.size === b[i].size && s.mtimeMs === b[i].mtimeMs);

/** The faces cached for `dir`, if the cache was made from exactly these font files. */
export function cachedFaces(dir: string, stamps: FontFileStamp[], folder = cacheFolder()): InstalledFace[] | undefined {
  const bytes = readCacheFile(cacheFile(dir, folder));
  if (!bytes) return undefined;
  try {
    const stored = JSON.parse(bytes.toString('utf8')) as Stored;
    return stored.dir === dir && Array.isArray(stored.faces) && sameStamps(stored.stamps, stamps) ? stored.faces : undefined;
  } catch {
    return undefined; // not ours, or cut short: scan again
  }
}

export function keepFaces(dir: string, stamps: FontFileStamp[], faces: InstalledFace[], folder = cacheFolder()): void {
  const stored: Stored = { dir, stamps, faces };
  writeCacheFile(cacheFile(dir, folder), JSON.stringify(stored));
}
