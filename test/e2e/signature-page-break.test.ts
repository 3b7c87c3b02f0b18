/**
 * A sealed signature that does not fit under the text on its page (GB/T 9704
 * §7.3.5): it never stands alone on the next page (a page with no text above
 * the signature would need “此页无正文”), the last two lines of the text go
 * with it, in our PDF and in our DOCX as LibreOffice lays it out, also when
 * the text ends with a one-line paragraph (此复。): before, the DOCX kept only
 * that paragraph with the signature, one line where the PDF carries two. The
 * seal's top stays within one line under the text on the new page. Built from
 * campaigns/examples/fuzhou-reply-2026.yaml with one-line paragraphs added
 * before 此复。 until the signature goes over in both. With the date on the
 * last line of an odd page, the seal (21 mm under its centre, a line above the
 * date's) passes the text block's foot but stays clear of the page number at
 * the right (§7.5).
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderBoth, RENDERERS, TOLERANCE, type Rendered, type Renderer } from '../helpers/both-renderers';
import { tempDir } from '../helpers/cli';
import { redInkTop } from '../helpers/red-rule';

const EXAMPLES = path.resolve(__dirname, '../../campaigns/examples');
const PITCH = 225 / 22;
const squash = (s: string) => s.replace(/\s+/g, '');
const ADDED = 9;
/** Paragraphs added so that the date falls on the last line of page 3 in our PDF (27) or in LibreOffice (28, which leaves a paragraph's first line at the foot of page 1 where our PDF does not). */
const LAST_LINE_ADDED = [26, 27, 28];
const BLOCK_BOTTOM = 37 + 225;

let rendered: (name: string, which: Renderer) => Rendered;

beforeAll(async () => {
  const dir = tempDir('gongwen-signature-break-');
  cpSync(path.join(EXAMPLES, 'assets'), path.join(dir, 'assets'), { recursive: true });
  const source = readFileSync(path.join(EXAMPLES, 'fuzhou-reply-2026.yaml'), 'utf8');
  expect(source).toContain('\n  - 此复。\n');
  const adding = (count: number) => source.replace('\n  - 此复。\n', `\n${Array.from({ length: count }, (_, i) => `  - 第${i + 1}项补充说明。\n`).join('')}  - 此复。\n`);
  writeFileSync(path.join(dir, 'pushed.yaml'), adding(ADDED));
  // without the 附注, which the date keeps with on its page
  expect(source).toContain('\nremark: 此件公开发布\n');
  for (const count of LAST_LINE_ADDED) writeFileSync(path.join(dir, `last-${count}.yaml`), adding(count).replace('\nremark: 此件公开发布\n', '\n'));
  rendered = await renderBoth(dir, [['pushed', path.join(dir, 'pushed.yaml')], ...LAST_LINE_ADDED.map((count): [string, string] => [`last-${count}`, path.join(dir, `last-${count}.yaml`)])]);
}, 300_000);

describe.each(RENDERERS)('%s', (which) => {
  test('the signature goes over with the last two lines of the text, the page before ends with text, and the seal’s top is within one line under it', () => {
    const r = rendered('pushed', which);
    const sig = r.doc.notice.signature!;
    const page = r.pages.findIndex((p) => p.lines.some((l) => squash(l.text) === squash(sig.date)));
    expect(page).toBeGreaterThan(0);
    const lines = r.pages[page].lines;
    const name = lines.find((l) => squash(l.text) === squash(sig.names[0]))!;
    expect(name).toBeDefined();
    // the text above the signature on its page: the running lines, not the page number or the header
    const above = lines.filter((l) => l.bottom <= name.top && squash(l.text));
    expect(above.map((l) => squash(l.text))).toEqual([`第${ADDED}项补充说明。`, '此复。']);
    const before = r.pages[page - 1].lines.filter((l) => !/^—\d+—$/.test(squash(l.text)));
    expect(squash(before[before.length - 1].text)).toBe(`第${ADDED - 1}项补充说明。`);
    const last = above[above.length - 1];
    const top = redInkTop(r.file, page + 1, { top: last.top - PITCH, bottom: name.bottom, left: 106, right: 184 });
    expect(top).toBeDefined();
    expect(top!).toBeGreaterThan(last.bottom - TOLERANCE[which] / 2);
    expect(top! - last.bottom).toBeLessThanOrEqual(PITCH);
  });
});

describe.each(RENDERERS)('the date on the last line of an odd page, %s', (which) => {
  test('one of the three notices puts the date on an odd page’s last line; on none does the seal reach the page number', () => {
    const lastLine = LAST_LINE_ADDED.map((added) => {
      const r = rendered(`last-${added}`, which);
      const sig = r.doc.notice.signature!;
      const page = r.pages.findIndex((p) => p.lines.some((l) => squash(l.text) === squash(sig.date)));
      const lines = r.pages[page].lines;
      const date = lines.find((l) => squash(l.text) === squash(sig.date))!;
      const number = lines.find((l) => /^—\d+—$/.test(squash(l.text)))!;
      expect(number).toBeDefined();
      expect(redInkTop(r.file, page + 1, { top: number.top - 0.5, bottom: number.bottom + 0.5, left: number.left - 0.5, right: number.right + 0.5 })).toBeUndefined();
      // odd pages number at the right, on the seal's side of the page
      return BLOCK_BOTTOM - date.bottom < PITCH / 2 && (page + 1) % 2 === 1;
    });
    expect(lastLine.some(Boolean)).toBe(true);
  });
});
