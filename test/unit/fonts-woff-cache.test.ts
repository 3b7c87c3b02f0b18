/** A WOFF face is unwrapped once into the cache folder; a changed WOFF or a cut-short cache is unwrapped again. */
import { copyFileSync, readdirSync, readFileSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveFonts } from '../../src/fonts';
import { openWoff } from '../../src/fonts/woff-cache';
import { sfntFromWoff } from '../../src/fonts/woff';
import { tempDir } from '../helpers/cli';

const fonts = resolveFonts({ systemDirs: [], env: {} });

function setUp() {
  const woff = path.join(tempDir('gongwen-woff-'), 'kai.woff');
  copyFileSync(fonts.kaiti.file, woff);
  const cache = tempDir('gongwen-cache-');
  const cached = () => readdirSync(cache).map((f) => path.join(cache, f));
  return { woff, cache, cached };
}

test('the bundled 楷体 stand-in is a WOFF face', () => {
  expect(fonts.kaiti.file).toMatch(/\.woff$/);
});

test('the first open unwraps the WOFF into the cache folder; the next opens that file instead', () => {
  const { woff, cache, cached } = setUp();
  const first = openWoff(woff, 0, cache);
  expect(cached()).toHaveLength(1);
  expect(readFileSync(cached()[0]).equals(sfntFromWoff(readFileSync(woff)))).toBe(true);
  // Read from the unwrapped file, as later runs do: PDFs keep its subsets for that file (src/render/pdf/font-program.ts).
  expect(first.source?.file).toBe(cached()[0]);

  // Another face planted under the cached name is what the next open reads: the WOFF was not unwrapped again.
  copyFileSync(fonts.heiti.file, cached()[0]);
  const planted = openWoff(woff, 0, cache);
  expect(planted.numGlyphs).not.toBe(first.numGlyphs);
  expect(planted.postscriptName).not.toBe(first.postscriptName);
});

test('a WOFF changed since it was unwrapped is unwrapped again, and its old unwrapping removed', () => {
  const { woff, cache, cached } = setUp();
  const first = openWoff(woff, 0, cache);
  const [old] = cached();
  utimesSync(woff, new Date('2020-01-01'), new Date('2020-01-01'));
  expect(openWoff(woff, 0, cache).postscriptName).toBe(first.postscriptName);
  expect(cached()).toHaveLength(1);
  expect(cached()[0]).not.toBe(old);
});

test('a cut-short unwrapping is made again; a cache folder that cannot be made still gives the face', () => {
  const { woff, cache, cached } = setUp();
  const first = openWoff(woff, 0, cache);
  truncateSync(cached()[0], 1000);
  expect(openWoff(woff, 0, cache).numGlyphs).toBe(first.numGlyphs);
  expect(readFileSync(cached()[0]).equals(sfntFromWoff(readFileSync(woff)))).toBe(true);

  const blocker = path.join(tempDir(), 'a-file');
  writeFileSync(blocker, '');
  const unkept = openWoff(woff, 0, path.join(blocker, 'cache'));
  expect(unkept.numGlyphs).toBe(first.numGlyphs);
  expect(unkept.source).toBeUndefined(); // read from memory: no file its subsets could be kept for
});
