/** A font folder's faces are kept between runs, and a cache made from other font files is never used. */
import { copyFileSync, existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveFonts } from '../../src/fonts';
import { cachedFaces, keepFaces } from '../../src/fonts/scan-cache';
import { facesInFolder, fontFileStamps } from '../../src/fonts/scan';
import { tempDir } from '../helpers/cli';

const noto = resolveFonts({ systemDirs: [], env: {} });

/** A font folder holding a copy of the Noto Sans face, and an empty cache folder. */
function folders() {
  const fonts = tempDir('gongwen-fonts-');
  copyFileSync(noto.heiti.file, path.join(fonts, 'sans.ttf'));
  const cache = tempDir('gongwen-cache-');
  process.env.GONGWEN_CACHE_DIR = cache;
  return { fonts, cache };
}

afterEach(() => delete process.env.GONGWEN_CACHE_DIR);

test('a scan keeps the faces it read in the cache folder, and the next scan of the same files takes them from there', () => {
  const { fonts, cache } = folders();
  const faces = facesInFolder(fonts);
  expect(faces).toEqual([expect.objectContaining({ file: path.join(fonts, 'sans.ttf'), trueType: true })]);
  expect(faces[0].names).toContain('Noto Sans SC');
  expect(readdirSync(cache)).toHaveLength(1);
  expect(cachedFaces(fonts, fontFileStamps(fonts), cache)).toEqual(faces);

  // A cache saying otherwise about the same files is what the next scan returns: it did not read the fonts.
  const planted = [{ ...faces[0], names: ['黑体'] }];
  keepFaces(fonts, fontFileStamps(fonts), planted, cache);
  expect(facesInFolder(fonts)).toEqual(planted);
});

test('a font file changed, added or removed since the cache was made makes the folder scanned again', () => {
  const { fonts, cache } = folders();
  const planted = () => keepFaces(fonts, fontFileStamps(fonts), [{ file: 'x.ttf', index: 0, names: ['黑体'], trueType: true }], cache);
  const names = () => facesInFolder(fonts).flatMap((f) => f.names);

  planted();
  utimesSync(path.join(fonts, 'sans.ttf'), new Date('2020-01-01'), new Date('2020-01-01'));
  expect(names()).toContain('Noto Sans SC');
  expect(names()).not.toContain('黑体');

  planted();
  copyFileSync(noto.xiaobiaosong.file, path.join(fonts, 'serif-bold.ttf'));
  expect(names()).toEqual(expect.arrayContaining(['Noto Sans SC', 'Noto Serif SC']));

  planted();
  copyFileSync(path.join(fonts, 'serif-bold.ttf'), path.join(fonts, 'sans.ttf')); // replaced in place by another face
  expect(names()).not.toContain('Noto Sans SC');
});

test('an unreadable cache is scanned past, and a cache folder that cannot be made still gives the faces', () => {
  const { fonts, cache } = folders();
  facesInFolder(fonts);
  const [file] = readdirSync(cache);
  writeFileSync(path.join(cache, file), '{"dir": "cut sho');
  expect(facesInFolder(fonts).flatMap((f) => f.names)).toContain('Noto Sans SC');

  const blocker = path.join(tempDir(), 'a-file');
  writeFileSync(blocker, '');
  process.env.GONGWEN_CACHE_DIR = path.join(blocker, 'cache');
  expect(facesInFolder(fonts).flatMap((f) => f.names)).toContain('Noto Sans SC');
  expect(existsSync(path.join(blocker, 'cache'))).toBe(false);
});
