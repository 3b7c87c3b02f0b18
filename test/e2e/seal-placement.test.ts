/**
 * A sealed signature (GB/T 9704 §7.3.5.1), one seal or a joint notice’s seals: the seal presses on the issuer’s
 * name and the date, its top within one line below the text above (正文或附件
 * 说明) and never over it. Measured on every sealed example, in our PDF and in
 * our DOCX as LibreOffice lays it out: the seal's top edge read from the
 * rasterised page (its first red rows), the text above from pdftotext.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { renderBoth, RENDERERS, TOLERANCE, type Rendered, type Renderer } from '../helpers/both-renderers';
import { tempDir } from '../helpers/cli';
import { redInkTop } from '../helpers/red-rule';

const EXAMPLES = path.resolve(__dirname, '../../campaigns/examples');
const sealed = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.yaml') && /^ {2}seals?: /m.test(readFileSync(path.join(EXAMPLES, f), 'utf8')))
  .sort();
const PITCH = 225 / 22;
const squash = (s: string) => s.replace(/\s+/g, '');

let rendered: (name: string, which: Renderer) => Rendered;
beforeAll(async () => {
  rendered = await renderBoth(
    tempDir('gongwen-seal-'),
    sealed.map((f) => [f.replace('.yaml', ''), path.join(EXAMPLES, f)]),
  );
}, 600_000);

test('there are sealed examples to measure', () => {
  expect(sealed.length).toBeGreaterThanOrEqual(4);
});

describe.each(sealed.flatMap((f) => RENDERERS.map((which) => [f.replace('.yaml', ''), which] as const)))('%s, %s', (name, which) => {
  test('the seal’s top is below the text above the signature, within one line of it', () => {
    const r = rendered(name, which);
    const first = squash(r.doc.notice.signature!.names[0]);
    const date = squash(r.doc.notice.signature!.date);
    // the first row of names (a joint notice's row holds more than one), on the page with the date (page 1's red issuer mark names them too)
    const isFirst = (l: { text: string }) => squash(l.text).startsWith(first);
    const pageIndex = r.pages.findIndex((p) => p.lines.some(isFirst) && p.lines.some((l) => squash(l.text) === date));
    expect(pageIndex).toBeGreaterThanOrEqual(0);
    const lines = r.pages[pageIndex].lines;
    const signed = lines.find(isFirst)!;
    const above = lines.filter((l) => l.bottom <= signed.top && squash(l.text)).sort((a, b) => b.bottom - a.bottom)[0];
    expect(above).toBeDefined();
    // The seal is the first red ink in the signature's half of the block from a line above the text above down to the names.
    const top = redInkTop(r.file, pageIndex + 1, { top: above.top - PITCH, bottom: signed.bottom, left: 106, right: 184 });
    expect(top).toBeDefined();
    expect(top!).toBeGreaterThan(above.bottom - TOLERANCE[which] / 2);
    expect(top! - above.bottom).toBeLessThanOrEqual(PITCH);
  });
});
