/**
 * The 附注 (§7.3.6) on the line after the date, but never under a seal's ink: a seal pressed on the line above the
 * date reaches half a seal down, into the 附注's line. A joint notice's last row of seals stands over the left of
 * the block, where the 附注 starts (zhenghe-joint-2026.yaml, two seals; the same notice signed by six issuers, three
 * a row; joint-seals-mixed.yaml); a 附注 as long as a 联系人 note runs under a single seal too (jianou-2026.yaml with
 * such a 附注). There it starts on the first line clear of the seals; a short 附注 away from the seal stays on the
 * line after the date (jianou-2026.yaml). Measured in mm in our PDF and in our DOCX as LibreOffice lays it out: the
 * text with pdftotext, the seals' ink as the red pixels of the rasterised page.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderBoth, RENDERERS, TOLERANCE, type Rendered, type Renderer } from '../helpers/both-renderers';
import { tempDir } from '../helpers/cli';
import { MM } from '../helpers/pdf-geometry';
import { redInkTop, redShapesAcross } from '../helpers/red-rule';

const EXAMPLES = path.resolve(__dirname, '../../campaigns/examples');
const MIXED = path.resolve(__dirname, '../fixtures/campaigns/joint-seals-mixed.yaml');
const squash = (s: string) => s.replace(/\s+/g, '');
const CONTACT = '联系人：魏丽芳，电话：0599-3322815';

/** Each case, and whether a seal stands over where its 附注 would start on the line after the date. */
const CASES = [
  { name: 'two', covered: true },
  { name: 'six', covered: true },
  { name: 'mixed', covered: true },
  { name: 'contact', covered: true },
  { name: 'short', covered: false },
] as const;

let rendered: (name: string, which: Renderer) => Rendered;

beforeAll(async () => {
  const dir = tempDir('gongwen-remark-seals-');
  cpSync(path.join(EXAMPLES, 'assets'), path.join(dir, 'assets'), { recursive: true });
  const joint = readFileSync(path.join(EXAMPLES, 'zhenghe-joint-2026.yaml'), 'utf8');
  const seals = ['zhenghe-market', 'zhenghe-finance', 'ningde', 'nanping', 'sanming', 'shouning'];
  const six = joint.replace(
    '  seals:\n    - assets/zhenghe-market-seal.png\n    - assets/zhenghe-finance-seal.png\n',
    `  names: [政和县财政局, 政和县商务局, 政和县教育局, 政和县民政局, 政和县林业局, 政和县水利局]\n  seals:\n${seals.map((s) => `    - assets/${s}-seal.png\n`).join('')}`,
  );
  expect(six).toContain('政和县水利局');
  writeFileSync(path.join(dir, 'six.yaml'), six);
  const jianou = readFileSync(path.join(EXAMPLES, 'jianou-2026.yaml'), 'utf8');
  expect(jianou).toContain('remark: 此件公开发布\n');
  writeFileSync(path.join(dir, 'contact.yaml'), jianou.replace('remark: 此件公开发布\n', `remark: ${CONTACT}\n`));
  cpSync(MIXED, path.join(dir, 'mixed.yaml'));
  rendered = await renderBoth(dir, [
    ['two', path.join(EXAMPLES, 'zhenghe-joint-2026.yaml')],
    ['six', path.join(dir, 'six.yaml')],
    ['mixed', path.join(dir, 'mixed.yaml')],
    ['contact', path.join(dir, 'contact.yaml')],
    ['short', path.join(EXAMPLES, 'jianou-2026.yaml')],
  ]);
}, 300_000);

function measure(r: Rendered) {
  const { signature, remark } = r.doc.notice;
  const page = r.pages.findIndex((p) => p.lines.some((l) => squash(l.text) === squash(signature!.date)));
  expect(page).toBeGreaterThanOrEqual(0);
  const lines = r.pages[page].lines;
  const date = lines.find((l) => squash(l.text) === squash(signature!.date))!;
  const note = lines.find((l) => squash(l.text) === squash(remark!))!;
  expect(note).toBeDefined();
  // the seals pressed on the lines above the date: red shapes across the band from a seal above the date to below the 附注
  const seals = redShapesAcross(r.file, page + 1, { top: date.top - 50, bottom: note.bottom + 5, left: MM.left - 10, right: MM.right + 10 });
  expect(seals.length).toBeGreaterThan(0);
  return { page: page + 1, date, note, seals };
}

describe.each(CASES.flatMap((c) => RENDERERS.map((which) => [c.name, which, c.covered] as const)))('%s, %s', (name, which, covered) => {
  const tolerance = TOLERANCE[which];

  test('no red ink in the 附注’s line: it stands under the date, clear of every seal', () => {
    const r = rendered(name, which);
    const { page, date, note } = measure(r);
    expect(note.top).toBeGreaterThan(date.bottom);
    expect(redInkTop(r.file, page, { top: note.top, bottom: note.bottom, left: note.left, right: note.right })).toBeUndefined();
  });

  test(covered ? 'a seal over where it would start: on the first line below the seals over it' : 'no seal over it: on the line after the date', () => {
    const { date, note, seals } = measure(rendered(name, which));
    const over = seals.filter((s) => s.left < note.right && note.left < s.right && s.top < date.bottom);
    expect(over.length > 0 && note.top - date.top > 1.5 * MM.pitch).toBe(covered);
    if (!covered) return expect(Math.abs(note.top - date.top - MM.pitch)).toBeLessThanOrEqual(tolerance);
    const ink = Math.max(...over.map((s) => s.bottom));
    expect(note.top).toBeGreaterThan(ink - tolerance);
    // the first such line: a line higher would meet the ink (its top a line above)
    expect(note.top - MM.pitch).toBeLessThan(ink);
  });
});
