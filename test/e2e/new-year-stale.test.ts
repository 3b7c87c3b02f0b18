/**
 * `gongwen new` marks everything that may be last year's as 待核对 at its line: the theme, each
 * slogan, text naming another year, a day or another issuer's document number. check warns and
 * check --strict fails until each is changed or confirmed (the line-end comment deleted). A draft
 * prints what is still to fill in as visible blanks, never as plausible values.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '../helpers/cli';

const LAST_YEAR = `# yaml-language-server: $schema=campaign.schema.json
# 闽质强省办〔2024〕12号：本机关自行发文的“质量月”通知。
kind: notice
year: 2024
theme: 质量第一　品牌引领
issuers:
  - name: 福建省质量强省工作领导小组办公室
    short: 闽质强省办
header:
  wenjian: true
number:
  year: 2024
  seq: 12
title: 关于开展2024年“质量月”活动的通知
addressees:
  - 各设区市质量强市工作领导小组办公室
body:
  - 根据《关于开展2024年全国“质量月”活动的通知》（市场监管总局〔2024〕74号）要求，现将有关事项通知如下。
  - 请各地于9月6日前报送活动方案。
  - 请各地高度重视，精心组织。
deadline: 2024-10-15
signature:
  date: 2024-08-30
annexes:
  - id: slogans
    kind: slogans
    title: 2024年活动口号
    items:
      - 质量第一
      - 品牌引领
`;

let file: string;
let text: string;
let checklist: string;

beforeAll(async () => {
  const dir = tempDir('gongwen-newyear-');
  const from = path.join(dir, '2024.yaml');
  writeFileSync(from, LAST_YEAR);
  const r = await runCli(['new', '2025', '--from', from]);
  expect(r.code).toBe(0);
  checklist = r.out.join('\n');
  file = path.join(dir, '2025.yaml');
  text = readFileSync(file, 'utf8');
});

const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
/** The line that carries a value's line-end comment: its own, or the header (|-) of the block it is in. */
const markLine = (needle: string) => {
  const lines = text.split('\n');
  let i = lineOf(needle) - 1;
  while (i > 0 && !/:\s|^\s*- /.test(lines[i])) i--;
  return lines[i];
};

test('the theme, each slogan and every sentence naming a year, a day or a document number is marked; plain text is not', () => {
  for (const needle of ['theme: 质量第一', '市场监管总局〔2024〕74号', '9月6日前', '      - 质量第一', '      - 品牌引领']) {
    expect(markLine(needle)).toMatch(/# 待核对 [0-9a-f]{4}$/);
  }
  expect(markLine('精心组织')).not.toContain('待核对');
  expect(text).toMatch(/^deadline: 待填写$/m);
  expect(text).toContain('title: 关于开展2025年“质量月”活动的通知');
  expect(text.split('\n')[lineOf('title: 关于开展2025年') - 1]).not.toContain('待核对');
});

test('the file’s opening comment, which names last year’s document number, is on the checklist and kept as written', () => {
  expect(checklist).toContain('核对文件开头的注释');
  expect(text).toContain('# 闽质强省办〔2024〕12号');
});

test('the checklist names fields as a clerk would', () => {
  expect(checklist).toContain('填写材料报送截止日期');
  expect(checklist).toContain('填写成文日期');
  expect(checklist).toMatch(/核对行尾标有“# 待核对”的 5 处/);
  expect(checklist).not.toMatch(/annexes\.\d|signature\.date|number\.seq/);
});

test('check warns at each mark with the field’s name; --strict fails', async () => {
  const r = await runCli(['check', file]);
  expect(r.code).toBe(0);
  const marks = r.err.filter((l) => l.includes('沿用了去年的内容'));
  expect(marks).toHaveLength(5);
  expect(marks).toContainEqual(expect.stringContaining(`${file}:${lineOf('theme: 质量第一')}:8  警告  活动主题沿用了去年的内容，待核对`));
  expect(marks).toContainEqual(expect.stringContaining(`${file}:${lineOf('      - 品牌引领')}:9  警告  附件“2025年活动口号”的第2条口号沿用了去年的内容`));
  expect((await runCli(['check', '--strict', file])).code).toBe(2);
});

test('changing a value or deleting its mark settles it; nothing else does', async () => {
  const edited = text
    .replace(/^theme: 质量第一　品牌引领/m, 'theme: 质量强国　品牌引领')
    .replace(/(请各地于9月6日前报送活动方案。) # 待核对 [0-9a-f]{4}/, '$1');
  writeFileSync(file, edited);
  const r = await runCli(['check', file]);
  const marks = r.err.filter((l) => l.includes('沿用了去年的内容'));
  expect(marks).toHaveLength(3);
  expect(marks.join('\n')).not.toMatch(/活动主题|第2段/);
  writeFileSync(file, text);
});

test('a draft prints what is still to fill in as visible blanks', async () => {
  const out = path.join(path.dirname(file), 'out');
  const r = await runCli(['build', file, '--format', 'text', '--out', out]);
  expect(r.code).toBe(0);
  const notice = readFileSync(path.join(out, '2025.txt'), 'utf8');
  expect(notice).toContain('闽质强省办〔2025〕　号');
  expect(notice).toContain('　　年　月　日');
  expect(notice).not.toMatch(/2025年1月1日|2025年12月31日|〔2025〕1号/);
});

test('a 请示’s 签发人 are marked each: who signs changes with the leaders; check names them as 签发人', async () => {
  const dir = tempDir('gongwen-newyear-signers-');
  const from = path.join(dir, '2026.yaml');
  writeFileSync(
    from,
    ['kind: notice', 'year: 2026', 'issuers:', '  - name: 寿宁县市场监督管理局', '    short: 寿市监', 'header:', '  wenjian: true', '  signers:', '    - 吴建华', '    - 叶丽琴', 'number:', '  year: 2026', '  seq: 8', 'title: 关于申请拨付专项经费的请示', 'body:', '  - 妥否，请批示。', 'signature:', '  date: 2026-02-26', ''].join('\n'),
  );
  const r = await runCli(['new', '2027', '--from', from]);
  expect(r.code).toBe(0);
  expect(r.out.join('\n')).toContain('签发人');
  const next = path.join(dir, '2027.yaml');
  const lines = readFileSync(next, 'utf8').split('\n');
  const line = (name: string) => lines.findIndex((l) => l.includes(`- ${name}`)) + 1;
  for (const name of ['吴建华', '叶丽琴']) expect(lines[line(name) - 1]).toMatch(/# 待核对 [0-9a-f]{4}$/);
  const checked = await runCli(['check', next]);
  expect(checked.err).toContainEqual(expect.stringContaining(`${next}:${line('叶丽琴')}:7  警告  版头的签发人姓名第2项沿用了去年的内容，待核对`));
});
