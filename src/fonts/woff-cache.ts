/**
 * A WOFF face unwrapped once and kept in the user's cache folder as the plain
 * TrueType file it wraps: inflating LXGW WenKai's 12 MB (the free 楷体) took
 * a third of a small PDF build, on every build. A cached file is named by the
 * WOFF's path, size and modification time, so a changed or moved WOFF is
 * unwrapped again; one that cannot be opened (cut short) is unwrapped again
 * too, and a cache folder that cannot be written costs only the time.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { cacheFolder, writeCacheFile } from '../startup/cache-files';
import { TrueTypeFont } from './truetype';
import { sfntFromWoff } from './woff';

export function openWoff(file: string, index = 0, folder = cacheFolder()): TrueTypeFont {
  const { size, mtimeMs } = statSync(file);
  const family = `woff-${crc32(path.resolve(file)).toString(16)}-`;
  const unwrapped = path.join(folder, `${family}${size}-${mtimeMs}.ttf`);
  try {
    return TrueTypeFont.open(unwrapped, index);
  } catch {
    // not unwrapped yet, or not whole: unwrap it now
  }
  const sfnt = sfntFromWoff(readFileSync(file));
  // Read from the file once it is written, as every later run does: the face then has a file its subsets are kept for.
  const written = writeCacheFile(unwrapped, sfnt, (other) => other.startsWith(family));
  return written ? TrueTypeFont.open(unwrapped, index) : TrueTypeFont.fromBytes(sfnt, index);
}
