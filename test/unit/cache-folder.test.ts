import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cacheFolder, holdCacheWrites, readCacheFile, writeCacheFile } from '../../src/startup/cache-files';

test('GONGWEN_CACHE_DIR names the cache folder, made absolute', () => {
  expect(cacheFolder({ GONGWEN_CACHE_DIR: 'rel/cache', HOME: '/home/clerk' }, 'linux')).toBe(path.resolve('rel/cache'));
});

test("the platform's usual place below the home folder, $HOME where it is set", () => {
  expect(cacheFolder({ HOME: '/home/clerk' }, 'linux')).toBe('/home/clerk/.cache/gongwen');
  expect(cacheFolder({ HOME: '/home/clerk', XDG_CACHE_HOME: '/var/cache/clerk' }, 'linux')).toBe('/var/cache/clerk/gongwen');
  expect(cacheFolder({ HOME: '/Users/clerk' }, 'darwin')).toBe('/Users/clerk/Library/Caches/gongwen');
  expect(cacheFolder({ LOCALAPPDATA: 'C:\\Users\\clerk\\AppData\\Local' }, 'win32')).toBe(path.join('C:\\Users\\clerk\\AppData\\Local', 'gongwen', 'Cache'));
});

test('without $HOME (or on Windows) the home folder is the one the system names', () => {
  expect(cacheFolder({}, 'linux')).toBe(path.join(os.homedir(), '.cache', 'gongwen'));
  expect(cacheFolder({ HOME: '' }, 'linux')).toBe(path.join(os.homedir(), '.cache', 'gongwen'));
  expect(cacheFolder({ HOME: '/not/used/on/windows' }, 'win32')).toBe(path.join(os.homedir(), 'AppData', 'Local', 'gongwen', 'Cache'));
});

test('held cache writes are read back from memory, written on flush (stale files removed then) and straight away once released', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'gongwen-held-'));
  const file = (name: string) => path.join(folder, name);
  writeFileSync(file('parse-old.json'), 'old');
  const writes = holdCacheWrites();
  try {
    expect(writeCacheFile(file('parse-new.json'), 'new', (name) => name.startsWith('parse-'))).toBe(false);
    expect(writeCacheFile(file('subset.bin'), Buffer.from([1, 2, 3]))).toBe(false);
    expect(readdirSync(folder)).toEqual(['parse-old.json']);
    expect(readCacheFile(file('parse-new.json'))?.toString()).toBe('new');
    expect([...readCacheFile(file('subset.bin'))!]).toEqual([1, 2, 3]);
    writeCacheFile(file('subset.bin'), Buffer.from([4])); // the last write of a file is the one written
    writes.flush();
    expect(readdirSync(folder).sort()).toEqual(['parse-new.json', 'subset.bin']);
    expect([...readFileSync(file('subset.bin'))]).toEqual([4]);
    writeCacheFile(file('later.json'), 'held again');
    expect(readdirSync(folder)).not.toContain('later.json');
  } finally {
    writes.release();
  }
  expect(readFileSync(file('later.json'), 'utf8')).toBe('held again');
  expect(writeCacheFile(file('after.json'), 'now')).toBe(true);
  expect(readFileSync(file('after.json'), 'utf8')).toBe('now');
});
