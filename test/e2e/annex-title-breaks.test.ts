/**
 * A clerk's line breaks in an annex's title and in a forwarded notice's title (title: |- of several lines) break
 * them there, as the notice's own title's do (title-breaks.test.ts): in our PDF, in LibreOffice's layout of our DOCX
 * and in the text. Where the title is named rather than printed (the annex list, the 转发语, the PDF bookmark) it
 * stays on one line. check warns where such a break cuts a word, at its line:col; gongwen fmt keeps the breaks.
 * Built on campaigns/examples/luoyuan-forward-2026.yaml: a forwarded notice with a document annex of its own.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderBoth, RENDERERS, type Rendered, type Renderer } from '../helpers/both-renderers';
import { checkText, lineOf } from '../helpers/check-text';
import { runBin, tempDir } from '../helpers/cli';
import { loadPdf, outlineTitles } from '../helpers/pdf-streams';
import { expectTitleLines, isTitleSize } from '../helpers/title-lines';
import { canonicalYaml } from '../../src/review/canonical-yaml';

const EXAMPLES = path.resolve(__dirname, '../../campaigns/examples');
const dir = tempDir('gongwen-annex-title-breaks-');
const squash = (s: string) => s.replace(/\s+/g, '');
const source = readFileSync(path.join(EXAMPLES, 'luoyuan-forward-2026.yaml'), 'utf8');

const FORWARDED = '福建省市场监督管理局关于印发《2026年全省产品质量安全监管工作要点》的通知';
/** The forwarded notice's title as the clerk breaks it, between words; the automatic breaking ends its first line after 管理局. */
const FORWARDED_LINES = ['福建省市场监督管理局关于印发', '《2026年全省产品质量安全监管工作要点》', '的通知'];
const ANNEX = '2026年全省产品质量安全监管工作要点';
/** The annex's title, which fits one line, broken by the clerk between two words. */
const ANNEX_LINES = ['2026年全省产品质量', '安全监管工作要点'];

const block = (indent: string, lines: string[]) => `title: |-\n${lines.map((l) => `${indent}  ${l}`).join('\n')}`;
const withTitles = (forwarded: string[], annex: string[]) =>
  source.replace(`    title: ${FORWARDED}`, `    ${block('    ', forwarded)}`).replace(`        title: ${ANNEX}`, `        ${block('        ', annex)}`);


let rendered: (name: string, which: Renderer) => Rendered;

beforeAll(async () => {
  expect(source).toContain(`    title: ${FORWARDED}\n`);
  expect(source).toContain(`        title: ${ANNEX}\n`);
  cpSync(path.join(EXAMPLES, 'assets'), path.join(dir, 'assets'), { recursive: true });
  writeFileSync(path.join(dir, 'auto.yaml'), source);
  writeFileSync(path.join(dir, 'clerk.yaml'), withTitles(FORWARDED_LINES, ANNEX_LINES));
  rendered = await renderBoth(dir, ['auto', 'clerk'].map((n) => [n, path.join(dir, `${n}.yaml`)]));
}, 300_000);

/** The 22 pt lines whose text is part of `title` on the first page of the forwarded notice (`which` 0) or of its annex (1), each opening 附件. */
function titleLines(name: string, which: Renderer, annex: 0 | 1, title: string) {
  const page = rendered(name, which).pages.filter((p) => p.lines.some((l) => squash(l.text) === '附件'))[annex];
  return page.lines.filter((l) => isTitleSize(l) && title.includes(squash(l.text)));
}

describe.each(RENDERERS)('%s', (which) => {
  test('written on one line, both titles keep the automatic breaks', () => {
    const forwarded = titleLines('auto', which, 0, FORWARDED).map((l) => squash(l.text));
    expect(forwarded.join('')).toBe(FORWARDED);
    expect(forwarded[0]).toBe('福建省市场监督管理局');
    expect(titleLines('auto', which, 1, ANNEX).map((l) => squash(l.text))).toEqual([ANNEX]);
  });

  test.each([
    ['forwarded notice', 0, FORWARDED, FORWARDED_LINES],
    ['annex', 1, ANNEX, ANNEX_LINES],
  ] as const)("the %s's title prints in the clerk's lines, each centred, at an even pitch", (_, annex, title, clerk) => {
    expectTitleLines(titleLines('clerk', which, annex, title), clerk, which);
  });
});

test("the text prints the clerk's lines; the 转发语 and the annex list name the titles on one line", () => {
  const run = runBin(['build', path.join(dir, 'clerk.yaml'), '--format', 'text', '--out', path.join(dir, 'text')]);
  expect(run.code).toBe(0);
  const text = readFileSync(path.join(dir, 'text', 'clerk.txt'), 'utf8');
  expect(text).toContain(`\n${FORWARDED_LINES.join('\n')}\n`);
  expect(text).toContain(`\n${ANNEX_LINES.join('\n')}\n`);
  expect(text).toContain('现将《福建省市场监督管理局关于印发〈2026年全省产品质量安全监管工作要点〉的通知》');
  expect(text).toMatch(new RegExp(`附件：${ANNEX}\n`));
});

test('the PDF bookmarks name the annexes on one line', async () => {
  const titles = outlineTitles(await loadPdf(readFileSync(rendered('clerk', 'our PDF').file)));
  expect(titles.slice(1)).toEqual([`附件　${FORWARDED}`, `附件　${ANNEX}`]);
  expect(titles.filter((t) => t.includes('\n'))).toEqual([]);
});

test("check warns where a break in an annex's title cuts a word, at its line and column; breaks between words pass", async () => {
  const good = await checkText(dir, 'good.yaml', withTitles(FORWARDED_LINES, ANNEX_LINES));
  expect(good.problems.filter((p) => p.code === 'title-break-in-word')).toEqual([]);
  const cut = await checkText(dir, 'cut.yaml', withTitles(['福建省市场监督管理局关于印发《2026年全省产品质量安全', '监管工作要点》的通知'], ['2026年全省产品质', '量安全监管工作要点']));
  const found = cut.problems.filter((p) => p.code === 'title-break-in-word');
  expect(found.map((p) => [p.severity, p.line, p.column, p.message])).toEqual([
    ['warning', lineOf(cut.lines, '监管工作要点》的通知'), 7, '标题在“安全｜监管”处换行，拆开了一个词'],
    ['warning', lineOf(cut.lines, '量安全监管工作要点'), 11, '标题在“品质｜量安”处换行，拆开了一个词'],
  ]);
});

test("a message about a field of an annex names the annex by its title on one line", async () => {
  const emptied = await checkText(dir, 'emptied.yaml', withTitles(FORWARDED_LINES, ANNEX_LINES).replace('          - heading: 总体要求', '          - heading: ""'));
  expect(emptied.problems.map((p) => [p.severity, p.line, p.message])).toEqual([
    ['error', lineOf(emptied.lines, '- heading: ""'), '附件“福建省市场监督管理局关于印发《2…”的附件“2026年全省产品质量安全监管工…”的正文的第1项的标题不能为空'],
  ]);
});

test('gongwen fmt keeps the breaks of both titles, each line as written', () => {
  const canonical = canonicalYaml(withTitles(FORWARDED_LINES, ANNEX_LINES));
  expect(canonical).toContain(`    ${block('    ', FORWARDED_LINES)}\n`);
  expect(canonical).toContain(`        ${block('        ', ANNEX_LINES)}\n`);
});
