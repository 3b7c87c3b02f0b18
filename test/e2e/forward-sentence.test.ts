/**
 * A forwarding notice opens with a generated 转发语 (现将《…》（文号）（以下简称《通知》，见附件1）转发给你们。).
 * Where a forwarded title puts （国市监质发 at a line's end, the line before its unbreakable 〔2025〕78号 is
 * letter-spaced by four characters, and rewording the clerk's text after it cannot help: the build now says so at
 * `forwards:`, naming forwardSentence; written there, the clerk's sentence replaces the generated one (with its
 * {{ref:…}} expanded) and sets without a loose line. check tells a forwardSentence that will not print, or that
 * does not quote the forwarded title.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkText, lineOf } from '../helpers/check-text';
import { runCli, tempDir } from '../helpers/cli';
import { readLines } from '../helpers/pdf-poppler';
import { MM } from '../helpers/pdf-geometry';

const EXAMPLES = path.resolve(__dirname, '../../campaigns/examples');
const dir = tempDir('gongwen-forward-sentence-');
const source = readFileSync(path.join(EXAMPLES, 'zhangzhou-2025.yaml'), 'utf8');
const TITLE = '市场监管总局等关于开展2025年全国“质量月”活动的通知';
/** A forwarded title (as its issuers could word it) whose generated sentence ends a line in （国市监质发. */
const LONG_TITLE = '市场监管总局等关于开展2025年全国质量提升行动月系列活动暨“质量月”活动的通知';
/** The clerk's rewording: the issuers named before the title moves （国市监质发〔2025〕78号… off the line's end. */
const SENTENCE = `现将国家市场监督管理总局等部门印发的《${LONG_TITLE}》（国市监质发〔2025〕78号，见{{ref:national}}）转发给你们。`;
const squash = (s: string) => s.replace(/\s+/g, '');
const withLongTitle = source.replace(`title: ${TITLE}`, `title: ${LONG_TITLE}`);
const withSentence = withLongTitle.replace('forwards: national\n', `forwards: national\nforwardSentence: ${SENTENCE}\n`);

async function build(name: string, text: string) {
  const file = path.join(dir, `${name}.yaml`);
  writeFileSync(file, text);
  const r = await runCli(['build', file, '--format', 'pdf,text', '--out', path.join(dir, 'out')]);
  expect(r.code).toBe(0);
  const pdf = path.join(dir, 'out', `${name}.pdf`);
  return { file, warnings: [...r.out, ...r.err].filter((l) => l.includes('警告')), lines: readLines(pdf).flatMap((p) => p.lines), text: readFileSync(path.join(dir, 'out', `${name}.txt`), 'utf8') };
}

/** The opening paragraph's lines in the PDF: from 现将 to the line ending the clerk's opening (past a page's number). */
function openingLines(all: { text: string; left: number; right: number }[]) {
  const lines = all.filter((l) => !/^—\d+—$/.test(squash(l.text)));
  const first = lines.findIndex((l) => squash(l.text).startsWith('现将'));
  const last = lines.findIndex((l, i) => i >= first && squash(l.text).endsWith('并提出以下要求：'));
  expect(first).toBeGreaterThan(0);
  return lines.slice(first, last + 1);
}

beforeAll(() => {
  expect(source).toContain(`title: ${TITLE}`);
  cpSync(path.join(EXAMPLES, 'assets'), path.join(dir, 'assets'), { recursive: true });
});

test('the generated sentence letter-spaces a line: the warning stands at forwards: and names forwardSentence', async () => {
  const { file, warnings, lines } = await build('generated', withLongTitle);
  const loose = openingLines(lines).find((l) => squash(l.text).endsWith('（国市监质发'))!;
  // a full-width line (28–184 mm) holding 24 characters where 28 fit: four characters' slack spread between them
  expect(loose.left).toBeCloseTo(MM.left, 0);
  expect(loose.right).toBeCloseTo(MM.right, 0);
  expect([...squash(loose.text)].length).toBeLessThanOrEqual(24);
  const warning = warnings.find((w) => w.includes('自动生成的转发语'));
  expect(warning).toBeDefined();
  expect(warning!.startsWith(`${file}:${lineOf(withLongTitle.split('\n'), 'forwards:')}:11 `)).toBe(true);
  expect(warning).toContain(squash(loose.text));
  expect(warning).toContain('提示：在 forwardSentence 中自己写这句转发语');
  expect(warning).toMatch(/\(the PDF line ".*" is letter-spaced by more than one character: it stands in the generated forwarding sentence/);
});

test("the clerk's forwardSentence, reworded, replaces the generated one: printed as written, {{ref}} expanded, no line letter-spaced", async () => {
  const { warnings, lines, text } = await build('worded', withSentence);
  expect(warnings).toEqual([]);
  const expected = SENTENCE.replace('{{ref:national}}', '附件1');
  const opening = openingLines(lines);
  expect(opening.map((l) => squash(l.text)).join('')).toBe(`${expected}为深入实施质量强国战略，推进质量强市建设，市市场监督管理局决定于2025年9月在全市开展“质量月”活动，主题为“加强质量支撑　共建质量强市”，活动口号见附件2。请结合实际，认真贯彻落实，并提出以下要求：`.replace(/\s+/g, ''));
  // every line but the last fills the block with no more than one character fewer than its cells (28, the first 26
  // after its indent; digits count one each): none letter-spaced past one character, as the generated line of 24 was
  opening.slice(0, -1).forEach((l, i) => {
    expect(l.right).toBeCloseTo(MM.right, 0);
    expect([...squash(l.text)].length).toBeGreaterThanOrEqual((i === 0 ? 26 : 28) - 1);
  });
  expect(text).toContain(`　　${expected}为深入实施质量强国战略`);
  expect(text).not.toContain('以下简称');
});

test('check: forwardSentence outside a forwarding notice, or without the forwarded title, is told at its line:col', async () => {
  const unquoted = await checkText(dir, 'unquoted.yaml', withLongTitle.replace('forwards: national\n', 'forwards: national\nforwardSentence: 现将上级通知转发给你们。\n'));
  const [missing] = unquoted.problems.filter((p) => p.code === 'forward-sentence-title');
  expect(missing).toMatchObject({ severity: 'warning', line: lineOf(unquoted.lines, 'forwardSentence:'), column: 18 });
  expect(missing.message).toContain(`《${LONG_TITLE}》`);
  expect((await checkText(dir, 'quoted.yaml', withSentence)).problems).toEqual([]);
  const notice = await checkText(dir, 'notice.yaml', 'kind: notice\nyear: 2024\nissuers: [{ name: 龙溪市市场监督管理局 }]\nforwardSentence: 现将《通知》转发给你们。\nbody: [正文。]\n');
  expect(notice.problems.map((p) => [p.code, p.line, p.column])).toEqual([['forward-sentence-unused', 4, 18]]);
});
