/**
 * One seal under a signature block of several names (GB/T 9704 §7.3.5.1): the
 * seal's top within one line under the text above, whatever the block's
 * height, the seal 端正、居中 on a name and pressing on the date. Stacked names
 * (three under one seal; two and a 代章 note) and names in `signature.columns`
 * (a joint notice's issuers in a row, or in rows), the last column centred
 * over the date so that the seal on the last name presses on both. Measured in
 * mm in our PDF and in our DOCX as LibreOffice lays it out: the seal as the
 * red shape of the rasterised page, the text from pdftotext. Built from
 * campaigns/examples/fuzhou-reply-2026.yaml with its signature changed.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderBoth, RENDERERS, TOLERANCE, type Rendered, type Renderer } from '../helpers/both-renderers';
import { tempDir } from '../helpers/cli';
import { readWords, type PdfLine } from '../helpers/pdf-poppler';
import { redShapesAcross, type Box } from '../helpers/red-rule';

const EXAMPLES = path.resolve(__dirname, '../../campaigns/examples');
const PITCH = 225 / 22;
const CELL = 156 / 28;
const BLOCK = { left: 28, right: 184 };
const squash = (s: string) => s.replace(/\s+/g, '');

const SIGNATURE = '  seal: assets/fuzhou-seal.png\n';
const CASES: Record<string, string> = {
  'three names': '  names: [福州市人民政府, 福州市市场监督管理局, 福州市财政局]\n',
  'two names and a note': '  names: [福州市质量强市工作领导小组办公室, 福州市标准化工作领导小组办公室]\n  note: （福州市市场监督管理局代章）\n',
  'two names in two columns': '  names: [福州市人民政府, 福州市市场监督管理局]\n  columns: 2\n',
  'three names in three columns': '  names: [福州市人民政府, 福州市市场监督管理局, 福州市财政局]\n  columns: 3\n',
  'five names in two columns, three rows': '  names: [福州市人民政府, 福州市市场监督管理局, 福州市财政局, 福州市发展和改革委员会, 福州市商务局]\n  columns: 2\n',
};
const COLUMNS = Object.keys(CASES).filter((c) => c.includes('columns'));
/** 32 characters: wider than the line (26 left of 右空二字); before, our PDF set it from 5.5 mm left of the page's edge, LibreOffice wrapped 小组办公室 to the left edge. */
const LONG_NAME = '中共福州市委福州市人民政府质量强市暨标准化战略工作领导小组办公室';
const LONG = { sealed: `  names: [${LONG_NAME}]\n`, unsealed: `  names: [${LONG_NAME}]\n` };
const file = (name: string) => name.replace(/[ ,]+/g, '-');

let rendered: (name: string, which: Renderer) => Rendered;

beforeAll(async () => {
  const dir = tempDir('gongwen-single-seal-');
  cpSync(path.join(EXAMPLES, 'assets'), path.join(dir, 'assets'), { recursive: true });
  const source = readFileSync(path.join(EXAMPLES, 'fuzhou-reply-2026.yaml'), 'utf8');
  expect(source).toContain(SIGNATURE);
  for (const [name, lines] of Object.entries(CASES)) writeFileSync(path.join(dir, `${file(name)}.yaml`), source.replace(SIGNATURE, SIGNATURE + lines));
  writeFileSync(path.join(dir, 'long-sealed.yaml'), source.replace(SIGNATURE, SIGNATURE + LONG.sealed));
  writeFileSync(path.join(dir, 'long-unsealed.yaml'), source.replace(SIGNATURE, LONG.unsealed));
  rendered = await renderBoth(
    dir,
    [...Object.keys(CASES), 'long sealed', 'long unsealed'].map((name) => [file(name), path.join(dir, `${file(name)}.yaml`)]),
  );
}, 300_000);

const middle = (b: Box) => ({ x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 });

interface Measured {
  /** Each signed name as printed, in the campaign's order. */
  names: PdfLine[];
  date: PdfLine;
  /** The last line of text above the block. */
  above: PdfLine;
  seal: Box;
}

function measure(r: Rendered): Measured {
  const sig = r.doc.notice.signature!;
  const page = r.pages.findIndex((p) => p.lines.some((l) => squash(l.text) === squash(sig.date)));
  expect(page).toBeGreaterThanOrEqual(0);
  const lines = r.pages[page].lines;
  const date = lines.find((l) => squash(l.text) === squash(sig.date))!;
  // the names on the date's page above it (page 1's red issuer mark and the colophon name issuers too)
  const words = readWords(r.file)[page].filter((w) => w.bottom <= date.top + 1);
  const names = sig.names.map((n) => words.filter((w) => squash(w.text) === squash(n)).pop()!);
  names.forEach((n) => expect(n).toBeDefined());
  const top = Math.min(...names.map((n) => n.top));
  const above = lines.filter((l) => l.bottom <= top - 1 && squash(l.text)).sort((a, b) => b.bottom - a.bottom)[0];
  expect(above).toBeDefined();
  const shapes = redShapesAcross(r.file, page + 1, { top: above.top - PITCH, bottom: date.bottom + 50, left: BLOCK.left - 10, right: BLOCK.right + 10 });
  expect(shapes).toHaveLength(1);
  return { names, date, above, seal: shapes[0] };
}

describe.each(Object.keys(CASES).flatMap((name) => RENDERERS.map((which) => [name, which] as const)))('%s, %s', (name, which) => {
  test('the seal’s top is below the text above, within one line of it (before: 17.8 mm under it for three lines above the date)', () => {
    const { above, seal } = measure(rendered(file(name), which));
    expect(seal.top).toBeGreaterThan(above.bottom - TOLERANCE[which] / 2);
    expect(seal.top - above.bottom).toBeLessThanOrEqual(PITCH);
  });

  test('the seal is 42 mm across, inside the text block, and presses on the date: its ink over the date’s middle', () => {
    const { date, seal } = measure(rendered(file(name), which));
    for (const across of [seal.right - seal.left, seal.bottom - seal.top]) expect(across).toBeGreaterThan(39);
    expect(seal.left).toBeGreaterThanOrEqual(BLOCK.left - TOLERANCE[which]);
    expect(seal.right).toBeLessThanOrEqual(BLOCK.right + TOLERANCE[which]);
    expect(middle(date).x).toBeGreaterThan(seal.left);
    expect(middle(date).x).toBeLessThan(seal.right);
    expect(seal.bottom).toBeGreaterThan(middle(date).y - 0.5);
    expect(date.top).toBeGreaterThan(seal.top);
  });

  test('the seal is centred across on a name it presses on; the last name and the date at or below its centre (居印章中心偏下)', () => {
    const { names, date, seal } = measure(rendered(file(name), which));
    const centre = middle(seal);
    expect(names.some((n) => Math.abs(middle(n).x - centre.x) <= TOLERANCE[which] && n.top > seal.top && n.bottom < seal.bottom)).toBe(true);
    expect(middle(names[names.length - 1]).y).toBeGreaterThanOrEqual(centre.y - TOLERANCE[which]);
    expect(middle(date).y).toBeGreaterThan(centre.y);
  });
});

describe.each(COLUMNS.flatMap((name) => RENDERERS.map((which) => [name, which] as const)))('%s, %s', (name, which) => {
  test('the last name stands over the date, centred on it, and the seal on that name (before: the seal between two names, 11–17 mm off)', () => {
    const { names, date, seal } = measure(rendered(file(name), which));
    const last = names[names.length - 1];
    expect(date.top).toBeGreaterThan(last.bottom - 1);
    expect(Math.abs(middle(seal).x - middle(last).x)).toBeLessThanOrEqual(TOLERANCE[which]);
    // LibreOffice's stand-in face sets the date's digits wider than ours, from its right edge
    if (which === 'our PDF') expect(Math.abs(middle(date).x - middle(last).x)).toBeLessThanOrEqual(1.5);
  });

  test('the date no nearer the right edge than 右空二字, the names inside the block', () => {
    const { names, date } = measure(rendered(file(name), which));
    expect(BLOCK.right - date.right).toBeGreaterThanOrEqual(2 * CELL - TOLERANCE[which]);
    for (const n of names) {
      expect(n.left).toBeGreaterThanOrEqual(BLOCK.left - TOLERANCE[which]);
      expect(n.right).toBeLessThanOrEqual(BLOCK.right - 2 * CELL + TOLERANCE[which]);
    }
  });
});

test('two names in two columns sign in one row, the date 右空四字 under the second (our PDF)', () => {
  const { names, date } = measure(rendered(file('two names in two columns'), 'our PDF'));
  expect(Math.abs(middle(names[0]).y - middle(names[1]).y)).toBeLessThan(1);
  expect(middle(names[0]).x).toBeLessThan(middle(names[1]).x);
  expect(Math.abs(BLOCK.right - 4 * CELL - date.right)).toBeLessThanOrEqual(0.5);
});

test('five names in two columns: rows left to right in order, the short last row under the second column', () => {
  const { names } = measure(rendered(file('five names in two columns, three rows'), 'our PDF'));
  const rows = [names.slice(0, 2), names.slice(2, 4)];
  for (const [a, b] of rows) {
    expect(Math.abs(middle(a).y - middle(b).y)).toBeLessThan(1);
    expect(middle(a).x).toBeLessThan(middle(b).x);
  }
  expect(middle(names[2]).y - middle(names[0]).y).toBeCloseTo(PITCH, 0);
  expect(Math.abs(middle(names[4]).x - middle(names[3]).x)).toBeLessThan(1);
});

/** The long name's signature as printed: the lines between 此复。 and the date, the date, the line above. */
function longSignature(r: Rendered) {
  const sig = r.doc.notice.signature!;
  const page = r.pages.findIndex((p) => p.lines.some((l) => squash(l.text) === squash(sig.date)));
  const lines = r.pages[page].lines;
  const date = lines.find((l) => squash(l.text) === squash(sig.date))!;
  const above = lines.find((l) => squash(l.text) === '此复。')!;
  expect(above).toBeDefined();
  return { page, date, above, signed: lines.filter((l) => l.top > above.bottom && l.bottom < date.top) };
}

describe.each((['sealed', 'unsealed'] as const).flatMap((seal) => RENDERERS.map((which) => [seal, which] as const)))('a name longer than the line, %s, %s', (seal, which) => {
  test('it breaks after 市人民政府 into two lines, right edges aligned inside the block within 右空二字, the date under them', () => {
    const { date, signed } = longSignature(rendered(file(`long ${seal}`), which));
    expect(signed.map((l) => squash(l.text))).toEqual(['中共福州市委福州市人民政府', '质量强市暨标准化战略工作领导小组办公室']);
    for (const l of [...signed, date]) {
      expect(l.left).toBeGreaterThanOrEqual(BLOCK.left - TOLERANCE[which]);
      expect(l.right).toBeLessThanOrEqual(BLOCK.right - 2 * CELL + TOLERANCE[which]);
    }
    expect(Math.abs(signed[0].right - signed[1].right)).toBeLessThanOrEqual(TOLERANCE[which]);
    expect(date.top).toBeGreaterThan(signed[1].bottom);
  });
});

describe.each(RENDERERS)('a name longer than the line, sealed, %s', (which) => {
  test('the seal’s top within one line under the text, the seal over the date', () => {
    const r = rendered(file('long sealed'), which);
    const { page, date, above } = longSignature(r);
    const shapes = redShapesAcross(r.file, page + 1, { top: above.top - PITCH, bottom: date.bottom + 50, left: BLOCK.left - 10, right: BLOCK.right + 10 });
    expect(shapes).toHaveLength(1);
    const [seal] = shapes;
    expect(seal.top).toBeGreaterThan(above.bottom - TOLERANCE[which] / 2);
    expect(seal.top - above.bottom).toBeLessThanOrEqual(PITCH);
    expect(middle(date).x).toBeGreaterThan(seal.left);
    expect(middle(date).x).toBeLessThan(seal.right);
    expect(seal.bottom).toBeGreaterThan(middle(date).y);
  });
});
