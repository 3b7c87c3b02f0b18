import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '../helpers/cli';

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
