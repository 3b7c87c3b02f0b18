/**
 * The code cache of the CLI's bundles (src/startup/code-cache.ts), on a small
 * bundle of its own run in fresh processes: made by the first run, used by
 * the next, and never trusted when it does not belong to the source.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { markedBundle } from '../../src/startup/code-cache';
import { tempDir } from '../helpers/cli';

const CODE_CACHE = path.resolve(__dirname, '../../dist/src/startup/code-cache.js');

function setUp() {
  const dir = tempDir('gongwen-code-cache-');
  const bundles = path.join(dir, 'bundle');
  mkdirSync(bundles);
  const source = (word: string) =>
    `const words = ['${word}'];\nmodule.exports = (name) => words.map((w) => w + ' ' + name).join(',') + ' ' + require('./other.js');\n`;
  const write = (word: string) => writeFileSync(path.join(bundles, 'greet.js'), markedBundle(source(word)));
  write('hello');
  // Not marked as a bundle of ours: compiled as any module is.
  writeFileSync(path.join(bundles, 'other.js'), "module.exports = 'and more';\n");
  const runner = path.join(dir, 'run.js');
  writeFileSync(runner, `require(${JSON.stringify(CODE_CACHE)}).cacheBundles(process.argv[2], process.argv[3]);\nconsole.log(require(process.argv[2] + '/greet.js')('clerk'));\n`);
  const cache = path.join(dir, 'cache');
  const run = (folder = cache) => execFileSync(process.execPath, [runner, bundles, folder], { encoding: 'utf8' }).trim();
  // the cache files, not the folder's prune stamp (cache-cap.ts)
  const cacheFiles = () => readdirSync(cache).filter((n) => n !== '.pruned').sort();
  return { run, write, cache, cacheFiles };
}

test('the first run makes a cache for each marked bundle it loads, named by its source, and later runs use it as it is', () => {
  const { run, cache, cacheFiles } = setUp();
  expect(run()).toBe('hello clerk and more');
  expect(cacheFiles()).toHaveLength(1);
  const [greet] = cacheFiles();
  expect(greet).toMatch(new RegExp(`^greet-[0-9a-f]{16}-${process.version}-${process.arch}\\.v8$`));
  const stored = readFileSync(path.join(cache, greet));
  expect(holdsTwice(stored)).toBe(true);
  const made = statSync(path.join(cache, greet)).mtimeMs;

  expect(run()).toBe('hello clerk and more');
  expect(statSync(path.join(cache, greet)).mtimeMs).toBe(made);
});

test('a changed bundle (even of the same length) gets a new cache and the stale one is removed', () => {
  const { run, write, cacheFiles } = setUp();
  run();
  const [before] = cacheFiles();
  write('howdy'); // same length as 'hello': V8 alone would take the old cache for it
  expect(run()).toBe('howdy clerk and more');
  const [after] = cacheFiles();
  expect(after).not.toBe(before);
  expect(cacheFiles()).toHaveLength(1);
});

/** A cache file holds V8's data twice. */
const holdsTwice = (bytes: Buffer) => bytes.length > 0 && bytes.subarray(0, bytes.length / 2).equals(bytes.subarray(bytes.length / 2));

function flipped(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] ^= 0xff;
  return copy;
}

test('a damaged cache, or one V8 refuses, is compiled past and made again', () => {
  const { run, cache, cacheFiles } = setUp();
  run();
  const file = path.join(cache, cacheFiles()[0]);
  const good = readFileSync(file);

  // One byte of V8's data changed, in either copy; the last byte cut off.
  for (const damaged of [flipped(good, 40), flipped(good, good.length - 1), good.subarray(0, good.length - 1)]) {
    writeFileSync(file, damaged);
    expect(run()).toBe('hello clerk and more');
    const remade = readFileSync(file);
    expect(remade.equals(damaged)).toBe(false);
    expect(holdsTwice(remade)).toBe(true);
  }

  // Two copies that agree, nonsense to V8.
  const refused = Buffer.alloc(64, 7);
  writeFileSync(file, refused);
  expect(run()).toBe('hello clerk and more');
  const remade = readFileSync(file);
  expect(remade.equals(refused)).toBe(false);
  expect(holdsTwice(remade)).toBe(true);
});

test('a cache folder that cannot be made costs nothing but the cache', () => {
  const { run } = setUp();
  const blocker = path.join(tempDir(), 'a-file');
  writeFileSync(blocker, '');
  expect(run(path.join(blocker, 'cache'))).toBe('hello clerk and more');
});
