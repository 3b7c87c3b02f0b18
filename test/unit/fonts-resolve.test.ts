/** Choosing faces: official faces by family name in the user's folders first, else the bundled Noto faces. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadFont, missingCharacters, resolveFonts, resolveFontsWithWarnings, TrueTypeFont } from '../../src/fonts';
import { damagedFontCopy, renamedFontCopy } from '../helpers/font-files';

const noto = resolveFonts({ systemDirs: [], env: {} });

test('the free 楷体 arrives as WOFF and opens as a whole TrueType face with the characters of level-2 headings', () => {
  const kai = loadFont(noto.kaiti.file);
  expect(noto.kaiti.file).toMatch(/\.woff$/);
  expect(missingCharacters(noto, 'kaiti', '（一）加强统筹协调，开展质量月活动')).toEqual([]);
  // a 楷体 sets its ideographs on the full em, as the grid needs
  expect(kai.advance(kai.glyphId('质'.codePointAt(0)!))).toBe(kai.unitsPerEm);
});

test('a clean machine gets the npm faces: Noto, with fangsong reported as a substitute, and LXGW WenKai for kaiti', () => {
  expect(noto.fangsong).toMatchObject({ source: 'bundled', face: 'Noto Serif SC Regular', substitute: true });
  expect(noto.kaiti).toMatchObject({ source: 'bundled', face: 'LXGW WenKai Regular', substitute: false });
  expect(noto.kaiti.reason).toContain('LXGW WenKai');
  expect(noto.heiti).toMatchObject({ source: 'bundled', face: 'Noto Sans SC Regular', substitute: false });
  expect(noto.xiaobiaosong).toMatchObject({ source: 'bundled', face: 'Noto Serif SC Bold' });
  for (const r of Object.values(noto)) expect(r.reason.length).toBeGreaterThan(0);
});

test('an official face in a folder named by option or GONGWEN_FONTS wins, found by its family name', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-fonts-'));
  renamedFontCopy(noto.heiti.file, path.join(dir, 'whatever.ttf'), '黑体');
  const byOption = resolveFonts({ fontDirs: [dir], systemDirs: [], env: {} });
  expect(byOption.heiti).toMatchObject({ source: 'folder', face: '黑体', file: path.join(dir, 'whatever.ttf') });
  expect(byOption.fangsong.source).toBe('bundled');
  const byEnv = resolveFonts({ systemDirs: [], env: { GONGWEN_FONTS: dir } });
  expect(byEnv.heiti.source).toBe('folder');
  const bySystem = resolveFonts({ systemDirs: [dir], env: {} });
  expect(bySystem.heiti.source).toBe('system');
});

test('lists the characters a face lacks', () => {
  expect(missingCharacters(noto, 'fangsong', '人名𰻝与𠀀，𰻝')).toEqual(['𰻝', '𠀀']);
  expect(missingCharacters(noto, 'heiti', '𰻝')).toEqual([]);
});

describe('font files and folders that cannot be used are named and passed over', () => {
  test('a damaged file claiming to be 仿宋_GB2312: a warning naming it, and the next file with that name is used', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-fonts-'));
    const broken = path.join(dir, 'a-broken.ttf');
    damagedFontCopy(noto.fangsong.file, broken, '仿宋_GB2312');
    renamedFontCopy(noto.fangsong.file, path.join(dir, 'b-good.ttf'), '仿宋_GB2312');
    const { fonts, warnings } = resolveFontsWithWarnings({ fontDirs: [dir], systemDirs: [], env: {} });
    expect(fonts.fangsong).toMatchObject({ source: 'folder', face: '仿宋_GB2312', file: path.join(dir, 'b-good.ttf') });
    expect(warnings).toEqual([
      {
        where: broken,
        message: '字体文件已损坏或无法读取（它自称“仿宋_GB2312”），已跳过，改用下一个候选字体',
        english: expect.stringMatching(/^damaged or unreadable font file \(table glyf runs past the end of the file \(\d+ > 1000000 bytes\)\); skipped, the next candidate is used$/),
        hint: '重新安装或复制这个字体文件，或把它移出字体文件夹',
      },
    ]);
  });

  test('with no other file of that name, the role falls back to the bundled face', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-fonts-'));
    damagedFontCopy(noto.heiti.file, path.join(dir, 'simhei.ttf'), '黑体');
    const { fonts, warnings } = resolveFontsWithWarnings({ systemDirs: [dir], env: {} });
    expect(fonts.heiti).toEqual(noto.heiti);
    expect(warnings.map((w) => w.where)).toEqual([path.join(dir, 'simhei.ttf')]);
  });

  test('a damaged font fails when opened, saying what is wrong', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-fonts-'));
    damagedFontCopy(noto.fangsong.file, path.join(dir, 'x.ttf'), 'x');
    expect(() => TrueTypeFont.open(path.join(dir, 'x.ttf'))).toThrow(/^table glyf runs past the end of the file/);
    writeFileSync(path.join(dir, 'tiny.ttf'), 'no');
    expect(() => TrueTypeFont.open(path.join(dir, 'tiny.ttf'))).toThrow('too short to be a font (2 bytes)');
  });

  test('GONGWEN_FONTS or --fonts naming a file or a missing folder is a warning, and the other folders still count', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-fonts-'));
    const file = path.join(dir, 'font.ttf');
    renamedFontCopy(noto.heiti.file, file, '黑体');
    const missing = path.join(dir, 'nowhere');
    const { fonts, warnings } = resolveFontsWithWarnings({ fontDirs: [missing, dir], systemDirs: [], env: { GONGWEN_FONTS: [file, missing].join(path.delimiter) } });
    expect(fonts.heiti).toMatchObject({ source: 'folder', file });
    expect(warnings).toEqual([
      { where: missing, message: '--fonts 中的字体文件夹不存在，已忽略', english: 'the font folder in --fonts does not exist; ignored', hint: '检查 --fonts 的路径是否写对' },
      { where: file, message: 'GONGWEN_FONTS 应写字体所在的文件夹，这是一个文件，已忽略', english: 'GONGWEN_FONTS names a file, not a folder; ignored', hint: 'GONGWEN_FONTS 写这个文件所在的文件夹' },
      { where: missing, message: 'GONGWEN_FONTS 中的字体文件夹不存在，已忽略', english: 'the font folder in GONGWEN_FONTS does not exist; ignored', hint: '检查 GONGWEN_FONTS 的路径是否写对' },
    ]);
  });
});
