/**
 * The user's cache folder, and files in it that are only ever a shortcut:
 * every read may find nothing, every write may fail (a read-only home, a
 * full disk, no folder) and the caller goes the long way instead.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pruneWhenDone } from './cache-cap';

/** GONGWEN_CACHE_DIR, else the platform's usual place for a user's caches. */
export function cacheFolder(env = process.env, platform = process.platform): string {
  if (env.GONGWEN_CACHE_DIR) return path.resolve(env.GONGWEN_CACHE_DIR);
  // os.homedir() is $HOME where that is set: node:os is loaded only where it is not, or on Windows.
  const home = (platform !== 'win32' && env.HOME) || (require('node:os') as typeof import('node:os')).homedir();
  switch (platform) {
    case 'win32':
      return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'gongwen', 'Cache');
    case 'darwin':
      return path.join(home, 'Library', 'Caches', 'gongwen');
    default:
      return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'gongwen');
  }
}

interface HeldWrite {
  data: Uint8Array | string;
  stale?: (name: string) => boolean;
}

/**
 * Writes held back (`holdCacheWrites`), the last for each file. Each bundle
 * has its own copy of this module (src/startup/bundle.ts): the held writes
 * are the process's, kept on the global object under a registered symbol.
 */
const HELD = Symbol.for('gongwen.heldCacheWrites');
const held = () => (globalThis as { [HELD]?: Map<string, HeldWrite> })[HELD];

/**
 * From now on, cache files are written to memory, read back from there, and
 * written to the folder only on `flush` or `release` (which also ends the
 * holding). `build --watch` holds them while it rebuilds: what a build keeps
 * is for the next process, and writing it at every save (the parse, the
 * DOCX's parts, the font programs: renames and folder listings) took about a
 * third of a warm rebuild.
 */
export function holdCacheWrites(): { flush(): void; release(): void } {
  const writes = held() ?? new Map<string, HeldWrite>();
  (globalThis as { [HELD]?: Map<string, HeldWrite> })[HELD] = writes;
  const flush = () => {
    const pending = [...writes];
    writes.clear();
    for (const [file, { data, stale }] of pending) writeNow(file, data, stale);
  };
  return {
    flush,
    release: () => {
      delete (globalThis as { [HELD]?: Map<string, HeldWrite> })[HELD];
      flush();
    },
  };
}

export function readCacheFile(file: string): Buffer | undefined {
  const pending = held()?.get(file);
  if (pending) return typeof pending.data === 'string' ? Buffer.from(pending.data) : Buffer.from(pending.data.buffer, pending.data.byteOffset, pending.data.byteLength);
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Writes whole or not at all (a temporary file renamed into place, so a
 * concurrent run reads the old file or the new one), and removes the files
 * `stale` picks among the folder's others; when the process ends, now and
 * then, the least recently used beyond the folder's size cap (cache-cap.ts).
 * False when it could not write, or holds the write back for now (`holdCacheWrites`).
 */
export function writeCacheFile(file: string, data: Uint8Array | string, stale?: (name: string) => boolean): boolean {
  const writes = held();
  if (!writes) return writeNow(file, data, stale);
  writes.set(file, { data, stale });
  return false;
}

function writeNow(file: string, data: Uint8Array | string, stale: (name: string) => boolean = () => false): boolean {
  const dir = path.dirname(file);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temporary, data);
    renameSync(temporary, file);
    for (const name of readdirSync(dir)) if (name !== path.basename(file) && stale(name)) rmSync(path.join(dir, name), { force: true });
    pruneWhenDone(dir);
    return true;
  } catch {
    removeQuietly(temporary);
    return false;
  }
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // nothing was written there
  }
}

/**
 * Cache contents written twice over, read only when the copies agree byte for byte: damage (a bad sector, a block
 * left unwritten) shows as a difference. A checksum would need node:zlib or node:crypto, whose loading (Node's
 * streams come with them) costs a `check` ~1.5 ms of its ~40; reading a second copy of a cache costs far less.
 */
export const doubled = (data: Uint8Array): Buffer => Buffer.concat([data, data]);

/** What `doubled` wrote, if the file holds it intact. */
export function readDoubled(file: string): Buffer | undefined {
  const stored = readCacheFile(file);
  if (!stored || stored.length === 0 || stored.length % 2 !== 0) return undefined;
  const data = stored.subarray(0, stored.length / 2);
  return data.equals(stored.subarray(data.length)) ? data : undefined;
}
