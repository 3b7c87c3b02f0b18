import { readdirSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/cli';

const CAMPAIGNS = path.resolve(__dirname, '../../campaigns');
const files = readdirSync(CAMPAIGNS).filter((f) => f.endsWith('.yaml')).sort();
const examples = readdirSync(path.join(CAMPAIGNS, 'examples')).filter((f) => f.endsWith('.yaml')).sort().map((f) => `examples/${f}`);

test('all five source notices exist as campaigns', () => {
  expect(files).toEqual(['2013.yaml', '2017-national.yaml', '2018.yaml', '2021.yaml', '2023.yaml']);
});

test('the examples are there', () => {
  expect(examples).toContain('examples/longxi-2024.yaml');
});

/** The 2017 logo is a stand-in (its source is OCR text without the picture): the one finding a strict check keeps making. */
const STAND_IN = /^.*2017-national\.yaml:\d+:\d+  警告  附件5“.*”的图片是占位图/;

test.each([...files, ...examples])('gongwen check --strict campaigns/%s is clean (no error, no warning)', async (file) => {
  const r = await runCli(['check', '--strict', path.join(CAMPAIGNS, file)]);
  const findings = r.err.filter((l) => l.includes('  错误  ') || l.includes('  警告  '));
  expect(findings.filter((l) => !STAND_IN.test(l))).toEqual([]);
  expect(r.code).toBe(findings.length ? 1 : 0);
});

test('the 2017 stand-in logo is a warning at its standIn line, and only that notice has one', async () => {
  const r = await runCli(['check', ...[...files, ...examples].map((f) => path.join(CAMPAIGNS, f))]);
  expect(r.err.filter((l) => STAND_IN.test(l))).toHaveLength(1);
  expect(r.code).toBe(0);
});

test('every campaign is in the canonical layout of gongwen fmt', async () => {
  const r = await runCli(['fmt', '--check', ...[...files, ...examples].map((f) => path.join(CAMPAIGNS, f))]);
  expect(r.out).toEqual([]);
  expect(r.code).toBe(0);
});
