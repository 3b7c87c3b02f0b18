/**
 * A clerk's line break in the title (title: |- of two lines) breaks it there, in our PDF, in LibreOffice's layout of
 * our DOCX (a w:br in the one centred paragraph) and in the text; a line of the clerk's wider than the measure still
 * wraps, balanced on its own. A title written on one line keeps the automatic breaks. check warns where a clerk's
 * break cuts a word, at its line:col; gongwen fmt keeps the break.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderBoth, RENDERERS, type Rendered, type Renderer } from '../helpers/both-renderers';
import { checkText, lineOf } from '../helpers/check-text';
import { runBin, tempDir } from '../helpers/cli';
import { openDocx, paragraphWith } from '../helpers/docx-xml';
import { expectTitleLines, isTitleSize } from '../helpers/title-lines';
import { renderDocx } from '../../src/render/docx';
import { documentFromFile } from '../../src/pipeline';
import { canonicalYaml } from '../../src/review/canonical-yaml';

const EXAMPLES = path.resolve(__dirname, '../../campaigns/examples');
const dir = tempDir('gongwen-title-breaks-');
const squash = (s: string) => s.replace(/\s+/g, '');
const source = readFileSync(path.join(EXAMPLES, 'fujian-letter-2025.yaml'), 'utf8');
const TITLE = '福建省市场监督管理局办公室关于商请协助开展《电动自行车安全技术规范》等强制性国家标准实施情况评估工作的函';
const written = `title: |-\n  ${TITLE}`;
/** The title broken by the clerk otherwise than the automatic breaking does, between words; each line fits the measure. */
const CLERK_LINES = ['福建省市场监督管理局办公室', '关于商请协助开展', '《电动自行车安全技术规范》等', '强制性国家标准实施情况评估工作的函'];
const withTitle = (lines: string[]) => source.replace(written, `title: |-\n${lines.map((l) => `  ${l}\n`).join('').trimEnd()}`);

let rendered: (name: string, which: Renderer) => Rendered;

beforeAll(async () => {
  expect(source).toContain(written);
  cpSync(path.join(EXAMPLES, 'assets'), path.join(dir, 'assets'), { recursive: true });
  writeFileSync(path.join(dir, 'auto.yaml'), source);
  writeFileSync(path.join(dir, 'two.yaml'), withTitle([CLERK_LINES[0], CLERK_LINES.slice(1).join('')]));
  writeFileSync(path.join(dir, 'three.yaml'), withTitle(CLERK_LINES));
  rendered = await renderBoth(dir, ['auto', 'two', 'three'].map((n) => [n, path.join(dir, `${n}.yaml`)]));
}, 300_000);

/** The title's lines on page 1: the 22 pt lines whose text is part of the title, top to bottom. */
function titleLines(name: string, which: Renderer) {
  return rendered(name, which).pages[0].lines.filter((l) => isTitleSize(l) && TITLE.includes(squash(l.text)));
}

describe.each(RENDERERS)('%s', (which) => {
  test('a title on one line keeps the automatic breaks: the issuer and 关于商请 share the first line', () => {
    const lines = titleLines('auto', which);
    expect(lines.map((l) => squash(l.text)).join('')).toBe(TITLE);
    expect(squash(lines[0].text)).toBe('福建省市场监督管理局办公室关于商请');
  });

  test("the clerk's breaks stand: each written line opens a printed line, centred, one title line below the other", () => {
    expectTitleLines(titleLines('three', which), CLERK_LINES, which);
  });

  test("a clerk's line wider than the measure still wraps, after the clerk's break", () => {
    const lines = titleLines('two', which).map((l) => squash(l.text));
    expect(lines[0]).toBe(CLERK_LINES[0]);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.slice(1).join('')).toBe(CLERK_LINES.slice(1).join(''));
  });
});

test('the DOCX carries the breaks as w:br in the one title paragraph', async () => {
  const composed = (await documentFromFile(path.join(dir, 'three.yaml'))).document!;
  const xml = (await openDocx(await renderDocx(composed))).part('word/document.xml');
  const title = paragraphWith(xml, CLERK_LINES[1]);
  for (const line of CLERK_LINES) expect(title).toContain(line);
  expect(title.match(/<w:br\/>/g)).toHaveLength(3);
  // the document's properties carry the title on one line
  expect(composed.meta.title).toBe(TITLE);
});

test('the text prints the title in the lines the clerk wrote', () => {
  const run = runBin(['build', path.join(dir, 'three.yaml'), '--format', 'text', '--out', path.join(dir, 'text')]);
  expect(run.code).toBe(0);
  const text = readFileSync(path.join(dir, 'text', 'three.txt'), 'utf8');
  expect(text).toContain(`\n${CLERK_LINES.join('\n')}\n\n`);
});

test("check warns where a clerk's break cuts a word, naming its line and column; breaks between words pass", async () => {
  const good = await checkText(dir, 'good.yaml', withTitle(CLERK_LINES));
  expect(good.problems.filter((p) => p.code === 'title-break-in-word')).toEqual([]);
  const cut = await checkText(dir, 'cut.yaml', withTitle(['福建省市场监督管理局办公室关于商请协助开展《电动自行车安全', '技术规范》等强制性国家标准实施情况评估工作的函']));
  const found = cut.problems.filter((p) => p.code === 'title-break-in-word');
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ severity: 'warning', line: lineOf(cut.lines, '技术规范》等'), column: 3 });
  expect(found[0].message).toContain('安全｜技术');
  expect(found[0].hint).toContain('两个词之间');
});

test('gongwen fmt keeps the break, each line as written', () => {
  const canonical = canonicalYaml(withTitle(CLERK_LINES));
  expect(canonical).toContain(`title: |-\n${CLERK_LINES.map((l) => `  ${l}`).join('\n')}\n`);
  // a title on one line stays on one line
  expect(canonicalYaml(source)).toContain(written);
});
