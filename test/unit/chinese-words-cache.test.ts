/** Title word splits are kept between runs; a damaged or foreign cache is never trusted, and no cache folder is no error. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ChineseWordCache, wordCacheFile } from '../../src/compose/chinese-words-cache';
import { chineseWords } from '../../src/compose/chinese-words';
import { tempDir } from '../helpers/cli';

const TITLE = '福建省质量强省工作领导小组办公室关于开展2023年福建省“质量月”活动的通知';

test('a split is written to the cache folder, and a later run takes it from there instead of splitting again', () => {
  const folder = tempDir('gongwen-cache-');
  const file = wordCacheFile(folder);
  const words = new ChineseWordCache(file).words(TITLE);
  expect(words).toEqual(chineseWords(TITLE));
  expect(readdirSync(folder)).toEqual([path.basename(file)]);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ [TITLE]: words });

  // A stored split that still spells the title is what the next run uses: it did not split again.
  const stored = ['福建省质量强省工作领导小组办公室', '关于开展2023年福建省“质量月”活动的通知'];
  writeFileSync(file, JSON.stringify({ [TITLE]: stored }));
  expect(new ChineseWordCache(file).words(TITLE)).toEqual(stored);
});

test.each([
  ['a split that does not spell its title', JSON.stringify({ [TITLE]: ['福建省', '通知'] })],
  ['words that are not strings', JSON.stringify({ [TITLE]: [1, 2] })],
  ['a list instead of a map', JSON.stringify([TITLE])],
  ['a file cut short', JSON.stringify({ [TITLE]: chineseWords(TITLE) }).slice(0, 40)],
])('a cache holding %s is split again and rewritten', (_, content) => {
  const file = wordCacheFile(tempDir('gongwen-cache-'));
  writeFileSync(file, content);
  expect(new ChineseWordCache(file).words(TITLE)).toEqual(chineseWords(TITLE));
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ [TITLE]: chineseWords(TITLE) });
});

test('a cache folder that cannot be made only means splitting every time', () => {
  const blocker = path.join(tempDir(), 'a-file');
  writeFileSync(blocker, '');
  const cache = new ChineseWordCache(wordCacheFile(path.join(blocker, 'cache')));
  expect(cache.words(TITLE)).toEqual(chineseWords(TITLE));
  expect(cache.words('关于开展活动的通知')).toEqual(chineseWords('关于开展活动的通知'));
});

test('the cache of another ICU version is removed when this one is written', () => {
  const folder = tempDir('gongwen-cache-');
  const old = path.join(folder, 'words-icu1.0-unicode1.0.json');
  writeFileSync(old, '{}');
  new ChineseWordCache(wordCacheFile(folder)).words(TITLE);
  expect(readdirSync(folder)).toEqual([path.basename(wordCacheFile(folder))]);
});
