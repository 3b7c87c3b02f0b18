/**
 * A body paragraph of full-width spaces only (- 　), as a clerk leaves a line blank for handwriting: a blank line
 * kept on the grid, one line pitch, in our PDF and in LibreOffice's layout of our DOCX alike (before, the PDF
 * dropped it and LibreOffice kept it, and check refused it as empty). An empty paragraph or one of half-width
 * spaces is still refused, saying why and how to write a blank line, at its line:col.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderBoth, RENDERERS, TOLERANCE, type Rendered, type Renderer } from '../helpers/both-renderers';
import { checkText } from '../helpers/check-text';
import { runBin, tempDir } from '../helpers/cli';
import { MM } from '../helpers/pdf-geometry';

const EXAMPLES = path.resolve(__dirname, '../../campaigns/examples');
const dir = tempDir('gongwen-blank-line-');
const squash = (s: string) => s.replace(/\s+/g, '');
const source = readFileSync(path.join(EXAMPLES, 'fuzhou-reply-2026.yaml'), 'utf8');
/** The third numbered paragraph, after which the blank lines go. */
const THIRD = '  - text: |-\n      你局要会同';
const withBlanks = (...blanks: string[]) => source.replace(THIRD, `${blanks.map((b) => `  - ${b}\n`).join('')}${THIRD}`);
/** The second numbered paragraph, which opens page 2: two blank lines before it fill page 1's last line and open page 2. */
const SECOND = '  - text: |-\n      各示范区所在县';

let rendered: (name: string, which: Renderer) => Rendered;

beforeAll(async () => {
  expect(source).toContain(THIRD);
  cpSync(path.join(EXAMPLES, 'assets'), path.join(dir, 'assets'), { recursive: true });
  writeFileSync(path.join(dir, 'none.yaml'), source);
  writeFileSync(path.join(dir, 'one.yaml'), withBlanks('　'));
  writeFileSync(path.join(dir, 'two.yaml'), withBlanks('　　', '　'));
  expect(source).toContain(SECOND);
  writeFileSync(path.join(dir, 'top.yaml'), source.replace(SECOND, `  - 　\n  - 　\n${SECOND}`));
  rendered = await renderBoth(dir, ['none', 'one', 'two', 'top'].map((n) => [n, path.join(dir, `${n}.yaml`)]));
}, 300_000);

describe.each(RENDERERS)('%s', (which) => {
  /** Top of the first line of a paragraph and of the last line of the one before it, in grid lines. */
  function gap(name: string): number {
    const lines = rendered(name, which).pages.flatMap((p) => p.lines);
    const third = lines.findIndex((l) => squash(l.text).startsWith('三、你局要会同'));
    expect(third).toBeGreaterThan(0);
    expect(squash(lines[third - 1].text)).toMatch(/带动全市产业集群质量整体跃升。$/);
    expect(lines[third].page).toBe(lines[third - 1].page);
    return (lines[third].top - lines[third - 1].top) / MM.pitch;
  }

  test('no blank line: the next paragraph on the next grid line', () => {
    expect(Math.abs(gap('none') - 1)).toBeLessThan(TOLERANCE[which] / MM.pitch);
  });

  test('a paragraph of one full-width space: one blank grid line, nothing printed on it', () => {
    expect(Math.abs(gap('one') - 2)).toBeLessThan(TOLERANCE[which] / MM.pitch);
  });

  test('two such paragraphs (of two spaces and one): two blank grid lines', () => {
    expect(Math.abs(gap('two') - 3)).toBeLessThan(TOLERANCE[which] / MM.pitch);
  });

  test('a blank line that falls at the top of a page is kept there, as Word keeps an empty paragraph: 二、 moves to the second line of page 2', () => {
    // page 2 of the notice without blank lines opens on its first grid line (with 二、 in our PDF, with the line
    // after it in LibreOffice, which leaves a paragraph's first line at a page's foot)
    const opening = (name: string) => rendered(name, which).pages[1].lines[0];
    expect(squash(opening('top').text).startsWith('二、各示范区')).toBe(true);
    expect(Math.abs((opening('top').top - opening('none').top) / MM.pitch - 1)).toBeLessThan(TOLERANCE[which] / MM.pitch);
  });

  test('the numbering goes on past the blank line (it takes no number): 三、 stays 三、', () => {
    expect(rendered('one', which).pages.flatMap((p) => p.lines).some((l) => squash(l.text).startsWith('四、示范区建设所需经费'))).toBe(true);
  });
});

test('the text prints the blank line as its spaces, indented as a paragraph', () => {
  const run = runBin(['build', path.join(dir, 'one.yaml'), '--format', 'text', '--out', path.join(dir, 'text')]);
  expect(run.code).toBe(0);
  const lines = readFileSync(path.join(dir, 'text', 'one.txt'), 'utf8').split('\n');
  const third = lines.findIndex((l) => l.includes('三、你局要会同'));
  expect(lines[third - 1]).toBe('　　　');
});

describe('check', () => {
  test('a paragraph of full-width spaces is no problem', async () => {
    expect((await checkText(dir, 'ok.yaml', withBlanks('　'))).problems).toEqual([]);
  });

  test.each([
    ['an empty paragraph', '""'],
    ['a paragraph of half-width spaces', '"   "'],
  ])('%s: an error at its line:col saying it is empty and how to keep a blank line', async (_, written) => {
    const { problems, lines } = await checkText(dir, 'empty.yaml', withBlanks(written));
    const line = lines.findIndex((l) => l === `  - ${written}`) + 1;
    expect(problems.map((p) => [p.line, p.column, p.severity, p.code])).toEqual([[line, 5, 'error', 'empty-text']]);
    expect(problems[0].message).toMatch(/^正文的第3段（“ *”）不能为空$/);
    expect(problems[0].english).toContain('a blank line is written as one full-width space');
    expect(problems[0].hint).toContain('只写一个全角空格“　”');
  });
});
