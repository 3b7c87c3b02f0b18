/**
 * A campaign file's parse (its data, its source map, YAML's warnings) kept
 * in the cache folder for the next run that reads the same text: `check`
 * run again, `build` after `check`. Parsing the YAML, cold, is half of a
 * `check` beyond Node's own start (~11 of ~20 ms on Node 22). An entry is
 * used only when the text it was made from equals the file's text now,
 * compared whole, and it was made by the same bundle (whose SHA-1 is in its
 * name); its file holds it twice (see cache-files.ts). Anything else, and a
 * cache folder that cannot be read or written, means parsing as before.
 */
import path from 'node:path';
import { cacheFolder, doubled, readDoubled, writeCacheFile } from '../startup/cache-files';
import { bundleMarkOf } from '../startup/code-cache';
import type { LoadedFile, LoadResult } from './load';
import type { Problem } from './problem';
import { SourceMap, type SourceTable } from './source-map';

interface Entry {
  source: string;
  data: unknown;
  table: SourceTable;
  problems: Problem[];
}

/** FNV-1a of a campaign's absolute path: its entries' names (two paths that share one only take turns). */
function pathKey(file: string): string {
  let hash = 0x811c9dc5;
  for (const c of path.resolve(file)) hash = Math.imul(hash ^ c.codePointAt(0)!, 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The entry's file, or none when this code does not run from a bundle (the tests' modules keep nothing). */
function entryFile(file: string): { file: string; stale: (name: string) => boolean } | undefined {
  const sha = bundleMarkOf(__filename);
  if (!sha) return undefined;
  const prefix = `parse-${path.basename(__filename, '.js')}-${pathKey(file)}-`;
  const name = `${prefix}${sha.slice(0, 16)}.json`;
  return { file: path.join(cacheFolder(), name), stale: (other) => other.startsWith(prefix) && other !== name };
}

/** The parse of `source` as `file`, if a run before kept it. */
export function cachedParse(file: string, source: string): LoadResult | undefined {
  const where = entryFile(file);
  const stored = where && readDoubled(where.file);
  if (!stored) return undefined;
  let entry: Partial<Entry> | null;
  try {
    entry = JSON.parse(stored.toString('utf8')) as Partial<Entry> | null;
  } catch {
    return undefined;
  }
  if (entry?.source !== source || !Array.isArray(entry.problems) || !entry.table?.nodes || !Array.isArray(entry.table.lineStarts)) return undefined;
  const loaded = { file, source, data: entry.data, sourceMap: new SourceMap(entry.table) };
  return { ok: true, loaded, problems: entry.problems.map((p) => ({ ...p, file })) };
}

/** Keeps a parse for the next run, before anything changes its data (the validator coerces in place). */
export function keepParse(loaded: LoadedFile, problems: Problem[]): void {
  const where = entryFile(loaded.file);
  if (!where) return;
  const entry: Entry = { source: loaded.source, data: loaded.data, table: loaded.sourceMap.table, problems };
  writeCacheFile(where.file, doubled(Buffer.from(JSON.stringify(entry))), where.stale);
}
