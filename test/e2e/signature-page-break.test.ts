/**
 * A sealed signature that does not fit under the text on its page (GB/T 9704
 * §7.3.5): it never stands alone on the next page (a page with no text above
 * the signature would need “此页无正文”), the last two lines of the text go
 * with it, in our PDF and in our DOCX as LibreOffice lays it out, also when
 * the text ends with a one-line paragraph (此复。): before, the DOCX kept only
 * that paragraph with the signature, one line where the PDF carries two. The
 * seal's top stays within one line under the text on the new page. Built from
 * campaigns/examples/fuzhou-reply-2026.yaml with one-line paragraphs added
 * before 此复。 until the signature goes over in both.
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

let rendered: (name: string, which: Renderer) => Rendered;

beforeAll(async () => {
  const dir = tempDir('gongwen-signature-break-');
  cpSync(path.join(EXAMPLES, 'assets'), path.join(dir, 'assets'), { recursive: true });
  const source = readFileSync(path.join(EXAMPLES, 'fuzhou-reply-2026.yaml'), 'utf8');
  expect(source).toContain('\n  - 此复。\n');
  const added = Array.from({ length: ADDED }, (_, i) => `  - 第${i + 1}项补充说明。\n`).join('');
  writeFileSync(path.join(dir, 'pushed.yaml'), source.replace('\n  - 此复。\n', `\n${added}  - 此复。\n`));
  rendered = await renderBoth(dir, [['pushed', path.join(dir, 'pushed.yaml')]]);
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
