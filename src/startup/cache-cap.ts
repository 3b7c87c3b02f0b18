/**
 * The cache folder's overall size cap. Kept work piles up (a paragraph
 * settings file per notice title, a kept check per campaign path, unwrapped
 * WOFF fonts, font programs, pictures), so now and then the least recently
 * used files go until the folder holds at most three quarters of the cap
 * (GONGWEN_CACHE_MAX_MB, default 500 MB). Only as a run that wrote to the
 * folder ends (so it never takes away what the run itself still reads), and
 * at most once an hour across all processes (the folder's stamp file says
 * when it was last done): a run that only reads its caches, as `check` of an
 * unchanged file does, never lists the folder. Every reader takes a missing
 * file for a cache miss, so pruning while another process works costs it at
 * most the long way; nothing fails when the folder cannot be listed or a
 * file not removed.
 */
import { readdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { perProcess } from './process-state';

const DEFAULT_CAP_MB = 500;
const PERIOD_MS = 60 * 60 * 1000;
/** When pruning, down to this share of the cap, so that the next write does not find the folder over it again. */
const PRUNED_SHARE = 0.75;
/** Its time is when the folder was last pruned: a dot file, not a cache file. */
const STAMP = '.pruned';

/**
 * The files gongwen writes in the folder (a kind, a hyphen, the rest: see the writers of cache-files.ts) and the
 * temporaries of those writes: only these are counted and removed, whatever else shares a folder named by
 * GONGWEN_CACHE_DIR.
 */
export const isCacheFile = (name: string) => /^[a-z][a-z0-9]*-[^/\\]*\.(?:json|bin|v8|ttf)(?:\.\d+\.tmp)?$/.test(name);

/** GONGWEN_CACHE_MAX_MB in bytes when it is a positive number of megabytes, else the default. */
export function cacheCapBytes(env = process.env): number {
  const mb = Number(env.GONGWEN_CACHE_MAX_MB);
  return (env.GONGWEN_CACHE_MAX_MB && Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_CAP_MB) * 1024 * 1024;
}

/**
 * Removes the least recently used cache files of `folder` (by the later of their last read, as the file system
 * keeps it, and their last write) until they take at most `share` of `capBytes`, if they take more than
 * `capBytes`. Returns the bytes left.
 */
export function pruneCacheFolder(folder: string, capBytes: number, share = PRUNED_SHARE): number {
  const files: { name: string; size: number; used: number }[] = [];
  for (const name of readdirSync(folder)) {
    if (!isCacheFile(name)) continue;
    try {
      const s = statSync(path.join(folder, name));
      if (s.isFile()) files.push({ name, size: s.size, used: Math.max(s.atimeMs, s.mtimeMs) });
    } catch {
      // removed by another process meanwhile
    }
  }
  let total = files.reduce((sum, f) => sum + f.size, 0);
  if (total <= capBytes) return total;
  files.sort((a, b) => a.used - b.used || a.name.localeCompare(b.name));
  for (const f of files) {
    if (total <= capBytes * share) break;
    try {
      // unlink, not rmSync: that loads Node's folder remover (~1 ms, see write-atomic.ts)
      unlinkSync(path.join(folder, f.name));
      total -= f.size;
    } catch {
      // removed by another process meanwhile, or in use where that forbids removing it (Windows)
    }
  }
  return total;
}

/** Prunes `folder` if it has not been pruned for an hour. */
function pruneIfDue(folder: string): void {
  const stamp = path.join(folder, STAMP);
  try {
    if (Date.now() - statSync(stamp).mtimeMs < PERIOD_MS) return;
  } catch {
    // never pruned
  }
  try {
    // the stamp first, so that a process ending meanwhile leaves the pruning to this one
    writeFileSync(stamp, '');
    pruneCacheFolder(folder, cacheCapBytes());
  } catch {
    // a folder that cannot be listed or stamped is left as it is
  }
}

/** Folders this process wrote to: considered for pruning when it ends. */
const written = perProcess(() => new Set<string>());

/** Prunes the folders written to, where that is due. */
export function pruneWritten(): void {
  const folders = [...written()];
  written().clear();
  folders.forEach(pruneIfDue);
}

/**
 * After a write to `folder`: when the process ends, the folder is pruned if that is due. Writes made as it ends
 * (the code caches', code-cache.ts) come after this module's exit handler would have run, so that writer calls
 * `pruneWritten` itself.
 */
export function pruneWhenDone(folder: string): void {
  if (written().has(folder)) return;
  if (written().size === 0) process.once('exit', pruneWritten);
  written().add(folder);
}
