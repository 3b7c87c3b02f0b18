/**
 * External PDF annexes are copied losslessly: a PDF made by LibreOffice and one made by Gongwen
 * itself, attached to a notice, keep their fonts and content. Each appended page's text equals the
 * source page's (pdftotext), each renders like the source page (pdftoppm), and the 附件N label
 * covers none of the page's words.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { annexNotice } from '../helpers/annex-notice';
import { FIXTURES } from '../helpers/bad-assets';
import { runCli, tempDir } from '../helpers/cli';
import { readWords } from '../helpers/pdf-poppler';

const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
const pageText = (file: string, page: number) =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
/** The page as 8-bit grey pixels at 40 dpi (PGM). */
function pixels(file: string, page: number): { width: number; height: number; data: Buffer } {
  const pgm = execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '40', '-gray', file]);
  const m = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString('latin1', 0, 40))!;
  return { width: +m[1], height: +m[2], data: pgm.subarray(m[0].length) };
}
const inkShare = (p: Buffer) => p.filter((v) => v < 128).length / p.length;
function differingShare(a: Buffer, b: Buffer) {
  let differing = 0;
  for (let i = 0; i < a.length; i++) if (Math.abs(a[i] - b[i]) > 64) differing++;
  return differing / a.length;
}
const overlaps = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const notice = (annexes: { id: string; file: string }[]) =>
  annexNotice(
    '关于附上外部文件的通知',
    annexes.map((a) => ({ id: a.id, kind: 'pdf', title: `外部文件${a.id}`, path: a.file })),
  );

interface Appended {
  label: string;
  title: string;
  file: string;
  /** Output page number of its first page. */
  first: number;
  pages: number;
  /** Whether the label went on a cover page of its own. */
  cover: boolean;
}
let output: string;
let annexes: Appended[];

beforeAll(async () => {
  // One of our own notices becomes an annex of the next.
  const own = tempDir('gongwen-own-');
  writeFileSync(path.join(own, 'own.yaml'), notice([]));
  expect((await runCli(['build', path.join(own, 'own.yaml'), '--format', 'pdf', '--out', own])).code).toBe(0);

  const dir = tempDir('gongwen-attach-');
  const files = [path.join(own, 'own.pdf'), path.join(FIXTURES, 'libreoffice-plan.pdf'), path.join(FIXTURES, 'libreoffice.pdf')];
  files.forEach((f, i) => copyFileSync(f, path.join(dir, `a${i + 1}.pdf`)));
  writeFileSync(path.join(dir, 'notice.yaml'), notice(files.map((_, i) => ({ id: `a${i + 1}`, file: `a${i + 1}.pdf` }))));
  const built = await runCli(['build', path.join(dir, 'notice.yaml'), '--format', 'pdf', '--out', dir]);
  expect(built.code).toBe(0);
  output = path.join(dir, 'notice.pdf');

  // Walk back from the last page: each annex's pages, and before them perhaps its cover page.
  let cursor = pageCount(output);
  annexes = [];
  for (let i = files.length - 1; i >= 0; i--) {
    const pages = pageCount(files[i]);
    const label = `附件${i + 1}`;
    const title = `外部文件a${i + 1}`;
    const first = cursor - pages + 1;
    cursor = first - 1;
    // A cover page carries the label, the title and its page number.
    const cover = new RegExp(`^${label} ${title} — ?\\d+ ?—$`).test(pageText(output, cursor).replace(/\s+/g, ' ').trim());
    if (cover) cursor--;
    annexes.unshift({ label, title, file: files[i], first, pages, cover });
  }
});

test('the label goes above the text where the page leaves room, else on a cover page', () => {
  expect(annexes.map((a) => a.cover)).toEqual([false, false, true]);
});

test.each([0, 1, 2])('every appended page of annex %i has exactly the source page’s text', (n) => {
  const a = annexes[n];
  for (let i = 0; i < a.pages; i++) {
    const out = pageText(output, a.first + i);
    const expected = pageText(a.file, i + 1);
    expect(i === 0 && !a.cover ? out.replace(new RegExp(`^${a.label}\\n+`), '') : out).toBe(expected);
  }
});

test.each([0, 1, 2])('every appended page of annex %i draws its glyphs as the source page does', (n) => {
  const a = annexes[n];
  for (let i = 0; i < a.pages; i++) {
    const out = pixels(output, a.first + i);
    const source = pixels(a.file, i + 1);
    expect([out.width, out.height]).toEqual([source.width, source.height]);
    expect(inkShare(source.data)).toBeGreaterThan(0.002);
    // Only the small 附件N label may differ; boxes or scrambled glyphs change several per cent of the page.
    expect(differingShare(out.data, source.data)).toBeLessThan(i === 0 && !a.cover ? 0.004 : 0.0005);
  }
});

test.each([0, 1])('the label of annex %i covers none of the page’s words, inside the paper’s printable edge', (n) => {
  const a = annexes[n];
  const words = readWords(output)[a.first - 1];
  const label = words.find((w) => w.text === a.label)!;
  expect(label).toBeDefined();
  expect(label.top).toBeGreaterThan(10 - 0.5);
  expect(label.left).toBeLessThan(40);
  for (const w of words.filter((x) => x !== label)) expect(overlaps(label, w)).toBe(false);
});
