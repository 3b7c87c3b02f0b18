/**
 * Chinese word splits of titles kept in the user's cache folder between runs:
 * loading the segmenter's dictionary (10–20 ms) costs more than laying out
 * the whole title. A split depends only on the ICU data Node carries, so the
 * file is named for its versions; a missing, unreadable or damaged file means
 * splitting as without one, and a cache that cannot be written is no error.
 */
import path from 'node:path';
import { cacheFolder, readCacheFile, writeCacheFile } from '../startup/cache-files';
import { chineseWords } from './chinese-words';
import { perProcess } from '../startup/process-state';

/** Enough for every title of a year's notices; the oldest splits go first. */
const MAX_ENTRIES = 500;
const PREFIX = 'words-';

export const wordCacheFile = (folder = cacheFolder()) => path.join(folder, `${PREFIX}icu${process.versions.icu}-unicode${process.versions.unicode}.json`);

/** Splits as stored: title → its words. Anything else in the file, or a split that does not spell its title, is ignored. */
function readSplits(file: string): Map<string, string[]> {
  const splits = new Map<string, string[]>();
  const bytes = readCacheFile(file);
  if (!bytes) return splits;
  try {
    const stored: unknown = JSON.parse(bytes.toString('utf8'));
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return splits;
    for (const [text, words] of Object.entries(stored)) {
      if (Array.isArray(words) && words.every((w) => typeof w === 'string') && words.join('') === text) splits.set(text, words);
    }
  } catch {
    // not ours, or cut short: split again
  }
  return splits;
}

export class ChineseWordCache {
  private splits: Map<string, string[]> | undefined;

  constructor(private readonly file: string) {}

  /** The words of `text`, as chineseWords splits it. */
  words(text: string): string[] {
    this.splits ??= readSplits(this.file);
    const known = this.splits.get(text);
    if (known) return known;
    const words = chineseWords(text);
    this.splits.set(text, words);
    while (this.splits.size > MAX_ENTRIES) this.splits.delete(this.splits.keys().next().value!);
    const name = path.basename(this.file);
    writeCacheFile(this.file, JSON.stringify(Object.fromEntries(this.splits)), (other) => other.startsWith(PREFIX) && other.endsWith('.json') && other !== name);
    return words;
  }
}

const shared = perProcess(() => new ChineseWordCache(wordCacheFile()));

/** chineseWords(text), from the user's cache folder when this title was split before. */
export function cachedChineseWords(text: string): string[] {
  return shared().words(text);
}
