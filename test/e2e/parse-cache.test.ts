/**
 * A campaign's parse kept in the cache folder (src/campaign/parse-cache.ts):
 * the next check of the same text prints exactly what parsing it prints, an
 * edited file is parsed again, and a damaged entry is never used.
 */
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runBin, tempDir } from '../helpers/cli';

const ROOT = path.join(__dirname, '..', '..');

function setUp() {
  const dir = tempDir('gongwen-parse-cache-');
  const file = path.join(dir, '2023.yaml');
  copyFileSync(path.join(ROOT, 'campaigns', '2023.yaml'), file);
  const cache = path.join(dir, 'cache');
  const check = () => runBin(['check', '--strict', file], { env: { ...process.env, GONGWEN_CACHE_DIR: cache } });
  const entries = () => readdirSync(cache).filter((n) => n.startsWith('parse-check-'));
  return { file, cache, check, entries };
}

test('the first check keeps the parse; the next one uses it and prints the same', () => {
  const { cache, check, entries } = setUp();
  const first = check();
  expect(entries()).toHaveLength(1);
  const entry = path.join(cache, entries()[0]);
  const made = statSync(entry).mtimeMs;
  const again = check();
  expect(again).toEqual(first);
  expect(statSync(entry).mtimeMs).toBe(made); // read, not made again
  expect(first.stderr).toMatch(/0 个错误/);
});

test('an edited file is parsed again: a problem the edit brings in is reported at its line', () => {
  const { file, check, entries } = setUp();
  check();
  const before = entries();
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = lines.findIndex((l) => /^year: /.test(l));
  lines.splice(at + 1, 0, 'scpoe: 全省');
  writeFileSync(file, lines.join('\n'));
  const edited = check();
  expect(edited.code).toBe(2);
  expect(edited.stderr).toContain(`${file}:${at + 2}:1  错误  未知的键“scpoe”`);
  expect(entries()).toEqual(before); // one entry per file: the edited text's parse replaced the first
});

test('a warning YAML gives while parsing comes back from the cache at its place', () => {
  const { file, check } = setUp();
  const text = readFileSync(file, 'utf8').replace(/^(\s*phone: )(.*)$/m, '$1$2 #8'); // a # glued to a text: hash-in-text
  writeFileSync(file, text);
  const first = check();
  expect(first.stderr).toMatch(/警告 {2}“#8”被当作注释/);
  expect(check()).toEqual(first);
});

test('a damaged entry is not used: the file is parsed and the entry made again', () => {
  const { file, cache, check, entries } = setUp();
  const first = check();
  const entry = path.join(cache, entries()[0]);
  const good = readFileSync(entry);
  const damaged = Buffer.from(good);
  damaged[Math.floor(damaged.length / 4)] ^= 0x01;
  writeFileSync(entry, damaged);
  expect(check()).toEqual(first);
  expect(readFileSync(entry).equals(good)).toBe(true);

  // Intact, but not an entry this code reads.
  for (const other of ['null', '{}', JSON.stringify({ source: readFileSync(file, 'utf8') })]) {
    writeFileSync(entry, Buffer.concat([Buffer.from(other), Buffer.from(other)]));
    expect(check()).toEqual(first);
  }
});
