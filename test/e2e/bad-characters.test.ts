/**
 * Invisible, bidi, control and surrogate characters are errors at their real line:col, typed or
 * written as YAML escapes, in `check`, in `build` (nothing written) and under `build --watch`
 * (which keeps running). Duplicate addressees and form items are warnings; headings number past 99.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '../helpers/cli';
import { watchBuild } from '../helpers/watch';

const VALID = `kind: notice
year: 2023
theme: 质量第一
issuers:
  - name: 福建省质量强省工作领导小组办公室
addressees:
  - 省委宣传部
  - 省发展改革委
body:
  - 请开展宣传。
signature:
  date: 2023-09-01
contact:
  name: 张三
  phone: 0591-87654321
`;
const replaceLine = (n: number, text: string) => VALID.split('\n').map((l, i) => (i === n - 1 ? text : l)).join('\n');

const CASES: [name: string, yaml: string, line: number, column: number, message: RegExp][] = [
  ['a zero-width space typed in the theme', replaceLine(3, 'theme: 质量\u200b第一'), 3, 10, /U\+200B（零宽空格）/],
  ['a zero-width space written as a YAML escape', replaceLine(3, 'theme: "质量\\u200b第一"'), 3, 11, /“\\u200b”（零宽空格）/],
  ['a right-to-left override in a phone number', replaceLine(15, '  phone: 0591-\u202e87654321'), 15, 15, /U\+202E（从右到左覆盖）/],
  ['a bell control character as an escape', replaceLine(10, '  - "请开展\\x07宣传。"'), 10, 9, /“\\x07”（控制字符）/],
  ['a lone surrogate as an escape', replaceLine(3, 'theme: "质量\\ud800第一"'), 3, 11, /不成对的代理项/],
  ['a byte-order mark inside a name', replaceLine(5, '  - name: 福建省\ufeff质量强省工作领导小组办公室'), 5, 14, /U\+FEFF/],
];

function campaign(yaml: string) {
  const dir = tempDir('gongwen-chars-');
  const file = path.join(dir, 'campaign.yaml');
  writeFileSync(file, yaml);
  return { dir, file };
}

const errorAt = (lines: string[], file: string) => lines.find((l) => l.startsWith(`${file}:`) && l.includes('  错误  '));

describe.each(CASES)('%s', (_name, yaml, line, column, message) => {
  test('check reports it at its line:col, exit 2', async () => {
    const { file } = campaign(yaml);
    const r = await runCli(['check', file]);
    expect(r.code).toBe(2);
    const reported = errorAt(r.err, file);
    expect(reported).toMatch(message);
    expect(reported).toContain(`${file}:${line}:${column}  错误  `);
  });

  test('build reports it and writes nothing', async () => {
    const { dir, file } = campaign(yaml);
    const out = path.join(dir, 'out');
    const r = await runCli(['build', file, '--format', 'text,docx,pdf', '--out', out]);
    expect(r.code).toBe(2);
    expect(errorAt(r.err, file)).toContain(`:${line}:${column}  错误  `);
    expect(existsSync(out)).toBe(false);
  });
});

test('a character written as an escaped surrogate pair is one character, not two lone halves', async () => {
  const { file } = campaign(replaceLine(10, '  - "请开展宣传\\ud83d\\udc4d。"'));
  const r = await runCli(['check', file]);
  expect(r.err.filter((l) => l.includes('invisible'))).toEqual([]);
});

test('a control character in the title or a form item, which would make core.xml or the XLSX invalid, is an error at its line:col; build --format xlsx writes nothing', async () => {
  const yaml = `title: 关于开展质量月\u0007活动的通知\n${VALID}annexes:\n  - id: stats\n    kind: form\n    title: 统计表\n    rows:\n      - item: "检查\\x0b企业"\n        unit: 家\n`;
  const { dir, file } = campaign(yaml);
  const r = await runCli(['check', file]);
  expect(r.code).toBe(2);
  const errors = r.err.filter((l) => l.includes('  错误  '));
  expect(errors).toEqual([
    expect.stringMatching(new RegExp(`^${file}:1:15  错误  .*U\\+0007（控制字符）.*提示：删除这个字符`)),
    expect.stringMatching(new RegExp(`^${file}:22:18  错误  .*“\\\\x0b”（控制字符）.*\\(invisible or control character U\\+000B\\)`)),
  ]);
  const out = path.join(dir, 'out');
  expect((await runCli(['build', file, '--format', 'docx,xlsx', '--out', out])).code).toBe(2);
  expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
});

test('build --watch reports each bad character in turn and keeps running', async () => {
  const { dir, file } = campaign(VALID);
  const out = path.join(dir, 'out');
  const { child, waitFor, printed } = watchBuild([file, '--format', 'text', '--out', out], 10_000);
  try {
    await waitFor(/正在监视/, 0);
    for (const [, yaml, line, column, message] of CASES) {
      const from = printed();
      writeFileSync(file, yaml);
      const round = await waitFor(/有错误，保留上次的输出.*\n/, from);
      expect(round.split('\n').find((l) => l.startsWith(`${file}:${line}:${column}  错误  `))).toMatch(message);
      expect(child.exitCode).toBeNull();
    }
  } finally {
    child.kill();
  }
});

describe('duplicates and long lists', () => {
  test('an addressee listed twice is a warning at the second one', async () => {
    const { file } = campaign(replaceLine(8, '  - 省委宣传部'));
    const r = await runCli(['check', '--strict', file]);
    expect(r.code).toBe(1);
    expect(r.err.find((l) => l.includes('duplicate') || l.includes('重复列出'))).toContain(`${file}:8:5  警告  主送机关“省委宣传部”重复列出`);
  });

  test('a form item listed twice in one group is a warning at the second one', async () => {
    const form = `${VALID}annexes:\n  - id: stats\n    kind: form\n    title: 统计表\n    rows:\n      - item: 检查企业\n        unit: 家\n      - item: 检查企业\n        unit: 家\n`;
    const { file } = campaign(form.replace('  - 请开展宣传。', '  - 请填写{{ref:stats}}。'));
    const r = await runCli(['check', file]);
    expect(r.err.find((l) => l.includes('重复'))).toContain(`${file}:23:15  警告  统计表中“检查企业”一项重复`);
  });

  test('a body of 120 sections is numbered up to 一百二十、 and builds', async () => {
    const sections = Array.from({ length: 120 }, (_, i) => `  - heading: 第${i + 1}项工作`).join('\n');
    const { dir, file } = campaign(VALID.replace('  - 请开展宣传。', sections));
    const r = await runCli(['build', file, '--format', 'text', '--out', path.join(dir, 'out')]);
    expect(r.code).toBe(0);
    const text = readFileSync(path.join(dir, 'out', readdirSync(path.join(dir, 'out'))[0]), 'utf8');
    expect(text).toContain('一百零一、第101项工作');
    expect(text).toContain('一百一十六、第116项工作');
    expect(text).toContain('一百二十、第120项工作');
    expect(text).not.toContain('undefined');
  });

  test('a thousand sections at one level are refused at the thousandth', async () => {
    const sections = Array.from({ length: 1000 }, (_, i) => `  - heading: 第${i + 1}项`).join('\n');
    const { file } = campaign(VALID.replace('  - 请开展宣传。', sections));
    const r = await runCli(['check', file]);
    expect(r.code).toBe(2);
    expect(errorAt(r.err, file)).toContain(`${file}:${9 + 1000}:5  错误  同一层次的编号超过 999 项`);
  });
});
