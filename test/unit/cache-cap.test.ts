/**
 * The cache folder's size cap (src/startup/cache-cap.ts): over it, the least
 * recently used cache files go until three quarters of it are left, the
 * newest kept, nothing but gongwen's own files touched; the cap is GONGWEN_CACHE_MAX_MB or 500 MB.
 */
import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cacheCapBytes, isCacheFile, pruneCacheFolder } from '../../src/startup/cache-cap';
import { tempDir } from '../helpers/cli';

const MB = 1024 * 1024;
const DAY = 24 * 60 * 60;

/** `count` cache files of one MB, the i-th last used i days after the first. */
function fill(folder: string, count: number): string[] {
  const names = Array.from({ length: count }, (_, i) => `check-check-${(0x10000000 + i).toString(16)}-0aa7add44ad9.json`);
  const start = Date.now() / 1000 - 100 * DAY;
  names.forEach((name, i) => {
    writeFileSync(path.join(folder, name), Buffer.alloc(MB, i));
    utimesSync(path.join(folder, name), start + i * DAY, start + i * DAY);
  });
  return names;
}
const bytesIn = (folder: string) => readdirSync(folder).filter(isCacheFile).reduce((sum, n) => sum + statSync(path.join(folder, n)).size, 0);

test('a folder over the cap is pruned to three quarters of it, the least recently used first, the newest kept', () => {
  const folder = tempDir('gongwen-cap-');
  const names = fill(folder, 20);
  const left = pruneCacheFolder(folder, 10 * MB);
  expect(left).toBe(bytesIn(folder));
  expect(left).toBeLessThanOrEqual(7.5 * MB);
  // the seven newest (7 MB ≤ 7.5 MB), and none older
  expect(readdirSync(folder).sort()).toEqual(names.slice(13).sort());
});

test('the later of a file’s last read and last write counts: a file read lately stays', () => {
  const folder = tempDir('gongwen-cap-');
  const names = fill(folder, 20);
  const now = Date.now() / 1000;
  utimesSync(path.join(folder, names[0]), now, statSync(path.join(folder, names[0])).mtimeMs / 1000);
  pruneCacheFolder(folder, 10 * MB);
  expect(existsSync(path.join(folder, names[0]))).toBe(true);
  expect(existsSync(path.join(folder, names[13]))).toBe(false);
});

test('under the cap nothing goes', () => {
  const folder = tempDir('gongwen-cap-');
  const names = fill(folder, 5);
  expect(pruneCacheFolder(folder, 10 * MB)).toBe(5 * MB);
  expect(readdirSync(folder).sort()).toEqual([...names].sort());
});

test('files and folders that are not gongwen’s cache files are neither counted nor removed', () => {
  const folder = tempDir('gongwen-cap-');
  fill(folder, 6);
  const foreign = ['notes.txt', 'README.md', 'report.json', '.pruned', 'Thesis-final.bin'];
  const old = Date.now() / 1000 - 1000 * DAY;
  for (const name of foreign) {
    writeFileSync(path.join(folder, name), Buffer.alloc(2 * MB));
    utimesSync(path.join(folder, name), old, old);
  }
  mkdirSync(path.join(folder, 'photos-2020.bin'));
  expect(pruneCacheFolder(folder, 4 * MB)).toBe(3 * MB);
  for (const name of [...foreign, 'photos-2020.bin']) expect(existsSync(path.join(folder, name))).toBe(true);
});

test('what gongwen writes is recognised as its own: every kind of cache file, and a write’s temporary', () => {
  for (const name of [
    'words-icu78.3-unicode17.0.json',
    'render-docx-544ab8331741ccad-v22.23.5-x64.v8',
    'subset-aefa5b40-bf7cac09.bin',
    'check-check-d67eb74e-0aa7add44ad9d76be4573e96f5df2e28db2e.json',
    'docx-parts-render-docx.bin',
    'fonts-fc7e90d6.json',
    'woff-b0a0dea-3f2a91c-1549639-1717000000000.446.ttf',
    'settings-1c14c77d.bin.4242.tmp',
  ])
    expect(isCacheFile(name)).toBe(true);
});

test('GONGWEN_CACHE_MAX_MB sets the cap in megabytes; anything but a positive number leaves 500 MB', () => {
  expect(cacheCapBytes({})).toBe(500 * MB);
  expect(cacheCapBytes({ GONGWEN_CACHE_MAX_MB: '50' })).toBe(50 * MB);
  expect(cacheCapBytes({ GONGWEN_CACHE_MAX_MB: '0.5' })).toBe(MB / 2);
  for (const bad of ['', '0', '-3', 'lots', '1e999']) expect(cacheCapBytes({ GONGWEN_CACHE_MAX_MB: bad })).toBe(500 * MB);
});
