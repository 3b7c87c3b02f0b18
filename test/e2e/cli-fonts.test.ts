import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveFonts } from '../../src/fonts';
import { runBin, runCli, tempDir } from '../helpers/cli';
import { damagedFontCopy } from '../helpers/font-files';
import { readFonts } from '../helpers/pdf-poppler';

const CAMPAIGN = path.resolve(__dirname, '../../campaigns/2023.yaml');

test('gongwen fonts names, per role, the face, its file and why it was chosen', async () => {
  const r = await runCli(['fonts', CAMPAIGN]);
  expect(r.code).toBe(0);
  const text = r.out.join('\n');
  for (const role of ['小标宋', '仿宋', '黑体', '楷体', '宋体']) expect(text).toMatch(new RegExp(`^${role}（.*）：\\S`, 'm'));
  expect(text).toMatch(/\.ttf$/m);
  expect(text).toContain('所有字符都有字形');
});

test('a character no face can draw is an error at the place it is written, and nothing is written', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'campaign.yaml');
  const source = readFileSync(CAMPAIGN, 'utf8').replace('name: 林忠辉', 'name: 林忠\uE000辉');
  writeFileSync(file, source);
  const line = source.split('\n').findIndex((l) => l.includes('\uE000')) + 1;
  const r = await runCli(['build', file, '--format', 'text,pdf', '--out', path.join(dir, 'out')]);
  expect(r.code).toBe(2);
  expect(existsSync(path.join(dir, 'out'))).toBe(false);
  expect(r.err.join('\n')).toContain(`${file}:${line}:11  错误  没有任何字体包含“\uE000”字`);
  const fonts = await runCli(['fonts', file]);
  expect(fonts.code).toBe(2);
});

describe('fonts that cannot be used', () => {
  const noto = resolveFonts({ systemDirs: [], env: {} });

  test('a damaged file claiming to be 仿宋_GB2312: build warns, naming it, and sets the body in the next candidate', () => {
    const dir = tempDir();
    const fonts = path.join(dir, 'fonts');
    mkdirSync(fonts);
    const broken = path.join(fonts, 'fangsong.ttf');
    damagedFontCopy(noto.fangsong.file, broken, '仿宋_GB2312');
    const out = path.join(dir, 'out');
    const r = runBin(['build', CAMPAIGN, '--format', 'pdf', '--fonts', fonts, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/^\s+at |RangeError/m);
    expect(r.stderr).toContain(`${broken}  警告  字体文件已损坏或无法读取（它自称“仿宋_GB2312”），已跳过，改用下一个候选字体 (damaged or unreadable font file (table glyf runs past the end`);
    const embedded = readFonts(path.join(out, '2023.pdf')).map((f) => f.name);
    expect(embedded.some((n) => /NotoSerifSC-Regular$/.test(n))).toBe(true);
    const listed = runBin(['fonts', '--fonts', fonts]);
    expect(listed.code).toBe(0);
    expect(listed.stderr).toContain(`${broken}  警告  `);
    expect(listed.stdout).toMatch(/^仿宋（正文）：Noto Serif SC Regular/m);
  });

  test('GONGWEN_FONTS naming a file or a missing folder: a warning, and the build goes on', () => {
    const dir = tempDir();
    const missing = path.join(dir, 'no-such-folder');
    const r = runBin(['build', CAMPAIGN, '--format', 'pdf', '--out', path.join(dir, 'out')], { env: { ...process.env, GONGWEN_FONTS: [CAMPAIGN, missing].join(path.delimiter) } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${CAMPAIGN}  警告  GONGWEN_FONTS 应写字体所在的文件夹，这是一个文件，已忽略 (GONGWEN_FONTS names a file, not a folder; ignored)  提示：GONGWEN_FONTS 写这个文件所在的文件夹`);
    expect(r.stderr).toContain(`${missing}  警告  GONGWEN_FONTS 中的字体文件夹不存在，已忽略 (the font folder in GONGWEN_FONTS does not exist; ignored)`);
    expect(existsSync(path.join(dir, 'out', '2023.pdf'))).toBe(true);
  });
});
