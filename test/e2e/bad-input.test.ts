import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '../helpers/cli';

/** A small valid campaign; each case below breaks one thing in it. Line numbers are 1-based. */
const VALID = `kind: notice
year: 2023
theme: 质量第一
scope: 福建省
issuers:
  - name: 福建省质量强省工作领导小组办公室
    short: 闽质强省办
header:
  wenjian: true
number: { year: 2023, seq: 7 }
addressees:
  - 省委宣传部
body:
  - 请按{{ref:slogans}}和{{ref:more}}开展宣传，于{{deadline}}前报送。
deadline: 2023-10-15
signature:
  date: 2023-09-01
annexes:
  - id: slogans
    kind: slogans
    title: 口号
    items: [质量第一]
  - id: more
    kind: slogans
    title: 更多口号
    items: [质量第二]
`;

const replaceLine = (n: number, text: string) => VALID.split('\n').map((l, i) => (i === n - 1 ? text : l)).join('\n');

async function build(content: string | Buffer, name = 'campaign.yaml') {
  const dir = tempDir();
  const file = path.join(dir, name);
  writeFileSync(file, content);
  const out = path.join(dir, 'out');
  const run = await runCli(['build', file, '--format', 'text', '--out', out]);
  const written = existsSync(out) ? readdirSync(out) : [];
  return { ...run, file, written, text: run.err.join('\n') };
}

/** The first problem line of a given severity, parsed into its parts. */
function problem(text: string, file: string, severity = '错误') {
  const line = text.split('\n').find((l) => l.startsWith(`${file}:`) && l.includes(`  ${severity}  `));
  expect(line).toBeDefined();
  const m = /^.*?:(\d+):(\d+)  (\S+)  (.*?) \((.*)\)(?:  提示：(.*))?$/.exec(line!);
  expect(m).not.toBeNull();
  return { line: Number(m![1]), column: Number(m![2]), message: m![4], english: m![5], hint: m![6] ?? '' };
}

describe('bad input: positioned message, exit 2, nothing written', () => {
  test('the valid campaign builds (so each case below fails for its own reason)', async () => {
    const r = await build(VALID);
    expect(r.code).toBe(0);
    expect(r.written).toEqual(['campaign.txt']);
  });

  const cases: [name: string, content: () => string | Buffer, line: number, column: number, message: RegExp, hint: RegExp][] = [
    ['malformed YAML (unclosed quote)', () => replaceLine(3, 'theme: "质量第一'), 3, 8, /YAML|符号|引号/, /./],
    ['bad indentation', () => replaceLine(7, '      short: 闽质强省办'), 6, 11, /缩进不一致/, /空格/],
    ['wrong type (year is not a number)', () => replaceLine(2, 'year: 二〇二三'), 2, 7, /应为整数/, /年份/],
    ['unknown key with a typo', () => replaceLine(4, 'scpoe: 福建省'), 4, 1, /未知的键“scpoe”/, /是不是要写“scope”/],
    ['duplicate key', () => replaceLine(4, 'theme: 质量第二'), 4, 1, /键重复/, /只能出现一次/],
    ['reference to an annex that does not exist', () => replaceLine(14, '  - 请按{{ref:slogan}}开展宣传，于{{deadline}}前报送。'), 14, 7, /不存在的附件“slogan”/, /slogans/],
    ['a date that cannot exist (February 30)', () => replaceLine(17, '  date: 2023-02-30'), 17, 9, /日期“2023-02-30”不存在/, /YYYY-MM-DD/],
    ['a month that cannot exist (13)', () => replaceLine(15, 'deadline: 2023-13-01'), 15, 11, /日期“2023-13-01”不存在/, /YYYY-MM-DD/],
    ['a document number that cannot exist (sequence 0)', () => replaceLine(10, 'number: { year: 2023, seq: 0 }'), 10, 28, /不能小于 1/, /序号/],
    ['a deadline before the issue date', () => replaceLine(15, 'deadline: 2023-08-15'), 15, 11, /早于成文日期/, /deadline/],
    ['empty required text', () => replaceLine(6, '  - name: ""'), 6, 11, /不能为空/, /发文机关/],
    ['missing required key', () => VALID.replace('kind: notice\n', ''), 1, 1, /缺少必填项“kind”/, /kind/],
    ['a path that escapes the campaign folder', () => VALID.replace('  date: 2023-09-01', '  date: 2023-09-01\n  seal: ../../etc/seal.png'), 18, 9, /不在活动文件所在的文件夹内/, /assets/],
    ['an alias bomb', () => aliasBomb(), 4, 8, /别名/, /锚点/],
  ];

  test.each(cases)('%s', async (_name, content, line, column, message, hint) => {
    const r = await build(content());
    expect(r.code).toBe(2);
    expect(r.written).toEqual([]);
    const p = problem(r.text, r.file);
    expect(p.message).toMatch(message);
    expect(p.hint).toMatch(hint);
    expect(p.english).toMatch(/[a-z]/);
    expect([p.line, p.column]).toEqual([line, column]);
  });

  test('a file that is not UTF-8 (GBK) is named with the position of the first bad byte', async () => {
    const gbkTitle = Buffer.from([0xd6, 0xca, 0xc1, 0xbf]); // 质量 in GBK
    const r = await build(Buffer.concat([Buffer.from('kind: notice\nyear: 2023\ntheme: ab'), gbkTitle, Buffer.from('\n')]));
    expect(r.code).toBe(2);
    expect(r.written).toEqual([]);
    const p = problem(r.text, r.file);
    expect(p.message).toMatch(/UTF-8/);
    expect([p.line, p.column]).toEqual([3, 10]);
  });

  test('a file that does not exist', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'missing.yaml');
    const r = await runCli(['build', file, '--format', 'text', '--out', path.join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
    const p = problem(r.err.join('\n'), file);
    expect(p.message).toBe('文件不存在');
    expect([p.line, p.column]).toEqual([1, 1]);
  });

  test('a 10 MB file is rejected by its size, before it is read', async () => {
    const r = await build(VALID + `# ${'x'.repeat(10 * 1024 * 1024)}\n`);
    expect(r.code).toBe(2);
    expect(r.written).toEqual([]);
    const p = problem(r.text, r.file);
    expect(p.message).toMatch(/文件过大（10\.0 MB）/);
    expect([p.line, p.column]).toEqual([1, 1]);
  });

  test('one bad file among good ones: nothing at all is written', async () => {
    const dir = tempDir();
    const good = path.join(dir, 'good.yaml');
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(good, VALID);
    writeFileSync(bad, replaceLine(2, 'year: 二〇二三'));
    const out = path.join(dir, 'out');
    const r = await runCli(['build', good, bad, '--format', 'text', '--out', out]);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  test('an annex never referenced, where the text cites the others, is a warning: built, but check --strict exits 1', async () => {
    const content = replaceLine(14, '  - 请按{{ref:more}}开展宣传，于{{deadline}}前报送。');
    const r = await build(content);
    expect(r.code).toBe(0);
    const p = problem(r.text, r.file, '警告');
    expect(p.message).toMatch(/附件“口号”在正文中没有被引用/);
    expect([p.line, p.column]).toEqual([19, 5]);
    const strict = await runCli(['check', r.file, '--strict']);
    expect(strict.code).toBe(1);
    const lenient = await runCli(['check', r.file]);
    expect(lenient.code).toBe(0);
  });

  test('a notice that cites no annex in its text (it relies on the annex list) gets no warning', async () => {
    const r = await build(replaceLine(14, '  - 请开展宣传，于{{deadline}}前报送。'));
    expect(r.code).toBe(0);
    expect(r.text).not.toContain('  警告  ');
  });
});

function aliasBomb(): string {
  const lines = ['kind: notice', 'year: 2023', 'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
  for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
  return lines.join('\n') + '\n';
}
