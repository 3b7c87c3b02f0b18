/**
 * What a campaign file's text gave, kept in the cache folder for the next run
 * that reads the same text: its parse (for fmt) or its whole check (load,
 * validate, lint: for check and build run again on a file not edited since).
 * Parsing the YAML, cold, is half of a `check` beyond Node's own start; the
 * validator and the lint rules are most of the rest. An entry is used only
 * when the text it was made from equals the file's text now, compared whole,
 * and it was made by the same code: its name carries the SHA-1 of the bundle
 * reading it and of each bundle whose code made it (see markedBundle). Its
 * file holds it twice (see cache-files.ts). Anything else, and a cache folder
 * that cannot be read or written, means doing the work as before.
 */
import path from 'node:path';
import { cacheFolder, doubled, readDoubled, writeCacheFile } from '../startup/cache-files';
import { bundleMarks } from '../startup/code-cache';
import { SourceMap, type SourceTable } from './source-map';

/** What an entry holds: a kind's value, and the source map of the text it came from. */
export interface Kept<T> {
  value: T;
  sourceMap: SourceMap;
}

/** One kind of entry: its name, the bundles (beside this one) whose code makes its value, and what a valid value is. */
export interface TextCache<T> {
  kind: string;
  madeBy: string[];
  isValue: (value: unknown) => value is T;
}

interface Entry {
  source: string;
  table: SourceTable;
  value: unknown;
}

/** FNV-1a of a campaign's absolute path: its entries' names (two paths that share one only take turns). */
function pathKey(file: string): string {
  let hash = 0x811c9dc5;
  for (const c of path.resolve(file)) hash = Math.imul(hash ^ c.codePointAt(0)!, 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The entry's file, or none when this code does not run from bundles (the tests' modules keep nothing). */
function entryFile(cache: TextCache<unknown>, file: string): { file: string; stale: (name: string) => boolean } | undefined {
  const marks = bundleMarks(cache.madeBy);
  if (!marks) return undefined;
  const prefix = `${cache.kind}-${path.basename(__filename, '.js')}-${pathKey(file)}-`;
  const name = `${prefix}${marks.map((sha) => sha.slice(0, 12)).join('')}.json`;
  return { file: path.join(cacheFolder(), name), stale: (other) => other.startsWith(prefix) && other !== name };
}

/** The value kept for `source` as `file`, if a run before kept one. */
export function keptFor<T>(cache: TextCache<T>, file: string, source: string): Kept<T> | undefined {
  const entry = lastKept(cache, file);
  return entry?.source === source ? entry : undefined;
}

/** The value kept for `file` by the run before, with the text it was made from, which may differ from the file's now. */
export function lastKept<T>(cache: TextCache<T>, file: string): (Kept<T> & { source: string }) | undefined {
  const where = entryFile(cache, file);
  const stored = where && readDoubled(where.file);
  if (!stored) return undefined;
  let entry: Partial<Entry> | null;
  try {
    entry = JSON.parse(stored.toString('utf8')) as Partial<Entry> | null;
  } catch {
    return undefined;
  }
  if (typeof entry?.source !== 'string' || !entry.table?.nodes || !Array.isArray(entry.table.lineStarts) || !cache.isValue(entry.value)) return undefined;
  return { source: entry.source, value: entry.value, sourceMap: new SourceMap(entry.table) };
}

/**
 * Keeps `value` for the next run that reads `source`, unless JSON cannot hold it exactly: a number coerced from
 * text may be -0 or not finite, which JSON writes as 0 or null.
 */
export function keep<T>(cache: TextCache<T>, file: string, source: string, table: SourceTable, value: T): void {
  const where = entryFile(cache, file);
  if (!where) return;
  let exact = true;
  const valueJson = JSON.stringify(value, (_, v: unknown) => {
    if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))) exact = false;
    return v;
  });
  if (!exact) return;
  const json = `{"source":${JSON.stringify(source)},"table":${JSON.stringify(table)},"value":${valueJson}}`;
  writeCacheFile(where.file, doubled(Buffer.from(json)), where.stale);
}
