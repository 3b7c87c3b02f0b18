/**
 * A sealed signature with a note under the names (代章, signature.note): the
 * seal presses on the date from the line above it, as without a note (骑年盖月:
 * the date in the seal's lower half, not at its rim), the name above the
 * seal's centre, the note inside the seal and within 右空二字, the seal's top
 * still within one line under the text above (§7.3.5.1). One issuer sealed by
 * another body (campaigns/examples/jianou-2026.yaml) and, though check warns
 * about it, a joint notice's own seals with a note (zhenghe-joint-2026 with a
 * note). Measured in mm in our PDF and in our DOCX as LibreOffice lays it
 * out: the seals as the red shapes of the rasterised page, the text from
 * pdftotext.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderBoth, RENDERERS, TOLERANCE, type Rendered, type Renderer } from '../helpers/both-renderers';
import { tempDir } from '../helpers/cli';
import { readWords } from '../helpers/pdf-poppler';
import { redShapesAcross } from '../helpers/red-rule';

const EXAMPLES = path.resolve(__dirname, '../../campaigns/examples');
const PITCH = 225 / 22;
const BLOCK_RIGHT = 184;
const NAME_RIGHT = BLOCK_RIGHT - 2 * (156 / 28);
const squash = (s: string) => s.replace(/\s+/g, '');

let rendered: (name: string, which: Renderer) => Rendered;

beforeAll(async () => {
  const dir = tempDir('gongwen-seal-note-');
  cpSync(path.join(EXAMPLES, 'assets'), path.join(dir, 'assets'), { recursive: true });
  const joint = readFileSync(path.join(EXAMPLES, 'zhenghe-joint-2026.yaml'), 'utf8').replace('  date: 2026-03-20\n  seals:', '  date: 2026-03-20\n  note: （政和县市场监督管理局代章）\n  seals:');
  expect(joint).toContain('代章');
  writeFileSync(path.join(dir, 'joint.yaml'), joint);
  rendered = await renderBoth(dir, [
    ['one', path.join(EXAMPLES, 'jianou-2026.yaml')],
    ['joint', path.join(dir, 'joint.yaml')],
  ]);
}, 300_000);

function measure(r: Rendered) {
  const sig = r.doc.notice.signature!;
  expect(sig.note).toBeDefined();
  const page = r.pages.findIndex((p) => p.lines.some((l) => squash(l.text) === squash(sig.date)));
  expect(page).toBeGreaterThanOrEqual(0);
  const lines = r.pages[page].lines;
  const date = lines.find((l) => squash(l.text) === squash(sig.date))!;
  const note = lines.find((l) => squash(l.text) === squash(sig.note!))!;
  const lastName = squash(sig.names[sig.names.length - 1]);
  const name = readWords(r.file)[page].filter((w) => squash(w.text) === lastName).find((w) => w.bottom <= note.top)!;
  expect(note).toBeDefined();
  expect(name).toBeDefined();
  const firstName = squash(sig.names[0]);
  const signedTop = Math.min(...lines.filter((l) => squash(l.text).startsWith(firstName) && l.bottom <= note.top).map((l) => l.top));
  const above = lines.filter((l) => l.bottom <= signedTop && squash(l.text)).sort((a, b) => b.bottom - a.bottom)[0];
  const shapes = redShapesAcross(r.file, page + 1, { top: above.bottom - 1, bottom: date.bottom + 30, left: 18, right: BLOCK_RIGHT + 10 });
  // the last seal: the red shape across the date's middle
  const mid = (b: { top: number; bottom: number; left?: number; right?: number }) => (b.top + b.bottom) / 2;
  const seal = shapes.find((s) => s.left <= (date.left + date.right) / 2 && (date.left + date.right) / 2 <= s.right)!;
  expect(seal).toBeDefined();
  return { name, note, date, seal, above, middle: mid };
}

describe.each(['one', 'joint'].flatMap((name) => RENDERERS.map((which) => [name, which] as const)))('%s, %s', (name, which) => {
  test('the seal presses on the name, the note and the date, the date in its lower half and well inside its rim', () => {
    const { name: signed, note, date, seal, middle } = measure(rendered(name, which));
    const centre = middle(seal);
    expect(middle(signed)).toBeGreaterThan(seal.top + 5);
    expect(middle(signed)).toBeLessThan(centre);
    expect(Math.abs(middle(note) - centre)).toBeLessThanOrEqual(TOLERANCE[which] + 1);
    expect(middle(date)).toBeGreaterThan(centre);
    // the date a line under the seal's centre as without a note, not at its rim (before: 0.5 mm from it)
    expect(seal.bottom - middle(date)).toBeGreaterThan(8);
  });

  test('the note stays within 右空二字, and the seal’s top within one line under the text above', () => {
    const { note, seal, above } = measure(rendered(name, which));
    expect(note.right).toBeLessThanOrEqual(NAME_RIGHT + TOLERANCE[which]);
    expect(seal.top).toBeGreaterThan(above.bottom - TOLERANCE[which] / 2);
    expect(seal.top - above.bottom).toBeLessThanOrEqual(PITCH);
  });
});
