/**
 * A notice's paragraph settings kept in the cache folder (src/render/pdf/typeset/settings-file.ts): read back
 * as they were set, used only for the same paragraph in the same faces by the same code, and only whole; a
 * folder that cannot be written changes nothing but the speed.
 */
import { copyFileSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GlyphFinder, resolveFonts, TrueTypeFont } from '../../src/fonts';
import { TextSetter, type StyledText } from '../../src/render/pdf/set-text';
import * as breakLinesModule from '../../src/render/pdf/typeset/break-lines';
import { KeptSettings } from '../../src/render/pdf/typeset/settings-file';
import { readKeptFile } from '../../src/startup/kept-file';
import { tempDir } from '../helpers/cli';

const fonts = resolveFonts({ systemDirs: [], env: {} });
const BODY = { role: 'fangsong' as const, size: 16, bold: false, ink: 'black' as const, cell: 15.75 };
const shape = (i: number) => ({ indent: i === 0 ? 31.5 : 0, available: 441 - (i === 0 ? 31.5 : 0) });
const PARAGRAPHS: StyledText[][] = [
  [{ text: '各设区市市场监管局：为贯彻落实《产品质量法》，经研究，决定于2026年3月至6月开展检查（详见 https://www.samr.gov.cn/zljds/ ），请认真组织实施。', style: BODY }],
  [{ text: '一、', style: { ...BODY, role: 'heiti' } }, { text: '工作目标。通过检查，进一步提升全省产品质量水平，GB/T 19000 体系认证覆盖率达到 95.5%。', style: BODY }],
];

/** Sets every paragraph (and a title line of any length) with `settings`; how many were broken afresh. */
function setAll(settings: KeptSettings) {
  const breaker = jest.spyOn(breakLinesModule, 'breakLines');
  const setter = new TextSetter(new GlyphFinder(fonts), settings);
  const lines = [...PARAGRAPHS.map((texts) => setter.setParagraph(texts, shape, true)), [setter.setLine('关于开展质量提升行动的通知', BODY)]];
  const broken = breaker.mock.calls.length;
  breaker.mockRestore();
  settings.save();
  return { lines, broken };
}

test('kept settings are read back as they were set, and the file is written again only when something was set afresh', () => {
  const file = path.join(tempDir('gongwen-cache-'), 'settings.bin');
  const fresh = setAll(new KeptSettings(file, 'code 1'));
  expect(fresh.broken).toBe(3);
  const written = statSync(file).mtimeMs;
  const again = setAll(new KeptSettings(file, 'code 1'));
  expect(again.broken).toBe(0);
  expect(again.lines).toEqual(fresh.lines);
  expect(again.lines[2][0].available).toBe(Infinity);
  expect(statSync(file).mtimeMs).toBe(written);
});

test('another maker, a damaged file, a face file changed since: set afresh, the same settings as ever', () => {
  const file = path.join(tempDir('gongwen-cache-'), 'settings.bin');
  const fresh = setAll(new KeptSettings(file, 'code 1'));
  const newCode = setAll(new KeptSettings(file, 'code 2'));
  expect(newCode.broken).toBe(3);
  expect(newCode.lines).toEqual(fresh.lines);

  const bytes = readFileSync(file);
  bytes[bytes.length - 20] ^= 0x01;
  writeFileSync(file, bytes);
  const damaged = setAll(new KeptSettings(file, 'code 2'));
  expect(damaged.broken).toBe(3);
  expect(damaged.lines).toEqual(fresh.lines);

  // a face is named by its file as it is on disk: the same path touched is another face
  const face = path.join(tempDir('gongwen-face-'), 'song.ttf');
  copyFileSync(fonts.fangsong.file, face);
  const kept = new KeptSettings(file, 'code 2');
  const before = kept.faceTag(TrueTypeFont.open(face));
  utimesSync(face, new Date('2020-01-01'), new Date('2020-01-01'));
  expect(kept.faceTag(TrueTypeFont.open(face))).not.toBe(before);
  expect(kept.faceTag(TrueTypeFont.fromBytes(readFileSync(face)))).toBeUndefined(); // a face read from memory: nothing kept
});

test('a cache folder that cannot be made: every paragraph is set, each time', () => {
  const blocker = path.join(tempDir(), 'a-file');
  writeFileSync(blocker, '');
  const file = path.join(blocker, 'cache', 'settings.bin');
  const first = setAll(new KeptSettings(file, 'code 1'));
  const second = setAll(new KeptSettings(file, 'code 1'));
  expect([first.broken, second.broken]).toEqual([3, 3]);
  expect(second.lines).toEqual(first.lines);
});

test('after an edit, the settings not set afresh are written back as the bytes they were read from', () => {
  const file = path.join(tempDir('gongwen-cache-'), 'settings.bin');
  setAll(new KeptSettings(file, 'code 1'));
  const entries = () => {
    const { header, bytes } = readKeptFile<{ settings: [string, number][] }>(file)!;
    let at = 0;
    return new Map(header.settings.map(([key, length]) => [key, bytes.subarray(at, (at += length)).toString('utf8')]));
  };
  const before = entries();
  const settings = new KeptSettings(file, 'code 1');
  const setter = new TextSetter(new GlyphFinder(fonts), settings);
  const edited: StyledText[] = [{ text: `经研究，${PARAGRAPHS[0][0].text}`, style: BODY }];
  const lines = [setter.setParagraph(edited, shape, true), setter.setParagraph(PARAGRAPHS[1], shape, true)];
  settings.save();
  const after = entries();
  expect(after.size).toBe(2);
  const [kept] = [...before].filter(([key]) => after.has(key));
  expect(after.get(kept[0])).toBe(kept[1]);
  // what is read back is what was set
  const again = new TextSetter(new GlyphFinder(fonts), new KeptSettings(file, 'code 1'));
  expect([again.setParagraph(edited, shape, true), again.setParagraph(PARAGRAPHS[1], shape, true)]).toEqual(lines);
});
