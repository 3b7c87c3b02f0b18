/**
 * A joint notice of six issuers, each with its seal (GB/T 9704 §7.3.5.1), their names of mixed length: three of six
 * characters, two of eight, one of thirteen (test/fixtures/campaigns/joint-seals-mixed.yaml). The columns are as
 * wide as the names let them be, not all as wide as the widest name: three seals a row, two rows, the names too
 * wide for a column in two lines under their seals (before: one seal a row, six rows over two pages). Measured in
 * mm in our PDF and in our DOCX as LibreOffice lays it out: the names and the date with pdftotext, the seals as the
 * red shapes of the rasterised page.
 */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { renderBoth, RENDERERS, TOLERANCE, type Rendered, type Renderer } from '../helpers/both-renderers';
import { tempDir } from '../helpers/cli';
import { MM, PAGE_NUMBER } from '../helpers/pdf-geometry';
import { readWords, type PdfLine } from '../helpers/pdf-poppler';
import { redShapesAcross, type Box } from '../helpers/red-rule';
import { signedName, type SignedName } from '../helpers/signed-names';

const FIXTURE = path.resolve(__dirname, '../fixtures/campaigns/joint-seals-mixed.yaml');
const ASSETS = path.resolve(__dirname, '../../campaigns/examples/assets');
const SEAL_MM = 42;
const squash = (s: string) => s.replace(/\s+/g, '');
const middle = (b: Box) => ({ x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 });

let rendered: (which: Renderer) => Rendered;

beforeAll(async () => {
  const dir = tempDir('gongwen-joint-seals-mixed-');
  cpSync(ASSETS, path.join(dir, 'assets'), { recursive: true });
  cpSync(FIXTURE, path.join(dir, 'mixed.yaml'));
  const get = await renderBoth(dir, [['mixed', path.join(dir, 'mixed.yaml')]]);
  rendered = (which) => get('mixed', which);
}, 300_000);

interface Measured {
  /** The page (1-based) of the date. */
  page: number;
  names: SignedName[];
  /** The seal over each name, in the names' order. */
  seals: Box[];
  date: PdfLine;
}

function measure(r: Rendered): Measured {
  const sig = r.doc.notice.signature!;
  expect(sig.names.map((n) => [...n].length).sort((a, b) => a - b)).toEqual([6, 6, 6, 8, 8, 13]);
  const index = r.pages.findIndex((p) => p.lines.some((l) => squash(l.text) === squash(sig.date)));
  expect(index).toBeGreaterThanOrEqual(0);
  const words = readWords(r.file)[index];
  const names = sig.names.map((n) => {
    const found = signedName(words, n);
    expect(found).toHaveLength(1);
    return found[0];
  });
  const seals = names.map(({ line }) => {
    const y = middle(line).y;
    const shapes = redShapesAcross(r.file, index + 1, { top: y - SEAL_MM / 2 - 4, bottom: y + SEAL_MM / 2 + 4, left: MM.left - 10, right: MM.right + 10 });
    return shapes.find((s) => s.left <= middle(line).x && middle(line).x <= s.right)!;
  });
  const date = r.pages[index].lines.find((l) => squash(l.text) === squash(sig.date))!;
  return { page: index + 1, names, seals, date };
}

describe.each(RENDERERS)('%s', (which) => {
  const tolerance = TOLERANCE[which];
  const get = () => measure(rendered(which));

  test('three seals a row, two rows, all the names and the date on the page the block opens on', () => {
    const { names, page } = get();
    const rows = [...new Set(names.map((n) => Math.round(middle(n.line).y)))];
    expect(rows).toHaveLength(2);
    const lasts = names.map((n) => middle(n.line).y);
    for (const row of [lasts.slice(0, 3), lasts.slice(3)]) expect(Math.max(...row) - Math.min(...row)).toBeLessThanOrEqual(tolerance);
    // the block opens under the text's last lines, on the page before the 版记's own
    const above = rendered(which).pages[page - 1].lines.filter((l) => l.bottom <= Math.min(...names.map((n) => n.box.top)) && !PAGE_NUMBER.test(squash(l.text)) && squash(l.text));
    expect(above.length).toBeGreaterThanOrEqual(2);
  });

  test('a name too wide for its column in two lines under its seal, centred alike; the others on one line, level with the last lines', () => {
    const { names, seals } = get();
    expect(names.map((n) => n.lines)).toEqual(rendered(which).doc.notice.signature!.names.map((n) => ([...n].length > 7 ? 2 : 1)));
    names.forEach((n, i) => {
      const s = seals[i];
      expect(Math.abs(middle(n.box).x - middle(s).x)).toBeLessThanOrEqual(tolerance);
      // each line within its seal's width, the seal centred on the last
      expect(n.box.left).toBeGreaterThanOrEqual(s.left - tolerance);
      expect(n.box.right).toBeLessThanOrEqual(s.right + tolerance);
      expect(Math.abs(middle(n.line).y - middle(s).y)).toBeLessThanOrEqual(tolerance);
    });
    // names of a row apart from each other
    for (const row of [names.slice(0, 3), names.slice(3)]) for (let c = 1; c < row.length; c++) expect(row[c].box.left - row[c - 1].box.right).toBeGreaterThan(2);
  });

  test('each seal whole, 42 mm across, inside the text block; no two meet; the columns the same in both rows', () => {
    const { seals } = get();
    for (const s of seals) {
      expect(s).toBeDefined();
      for (const across of [s.right - s.left, s.bottom - s.top]) {
        expect(across).toBeGreaterThan(SEAL_MM - 3);
        expect(across).toBeLessThanOrEqual(SEAL_MM + 0.5);
      }
      expect(s.left).toBeGreaterThanOrEqual(MM.left - tolerance);
      expect(s.right).toBeLessThanOrEqual(MM.right + tolerance);
    }
    for (let i = 0; i < seals.length; i++) {
      for (let j = i + 1; j < seals.length; j++) expect(Math.hypot(middle(seals[i]).x - middle(seals[j]).x, middle(seals[i]).y - middle(seals[j]).y)).toBeGreaterThan(SEAL_MM);
    }
    for (let c = 0; c < 3; c++) expect(Math.abs(middle(seals[c]).x - middle(seals[c + 3]).x)).toBeLessThanOrEqual(which === 'our PDF' ? 0.5 : tolerance);
  });

  test('the last seal presses on the last name and the date, on the line under it, 右空四字', () => {
    const { names, seals, date } = get();
    const [name, seal] = [names[names.length - 1], seals[seals.length - 1]];
    expect(Math.abs(date.top - name.line.top - MM.pitch)).toBeLessThanOrEqual(tolerance);
    expect(middle(date).x).toBeGreaterThan(seal.left);
    expect(middle(date).x).toBeLessThan(seal.right);
    expect(middle(date).y).toBeLessThan(seal.bottom);
    expect(Math.abs(MM.right - 4 * MM.cell - date.right)).toBeLessThanOrEqual(tolerance + 1);
  });

  test('the first row’s seals’ top within one line under the text above', () => {
    const { names, seals, page } = get();
    const top = Math.min(...names.slice(0, 3).map((n) => n.box.top));
    const text = rendered(which).pages[page - 1].lines.filter((l) => l.bottom <= top && squash(l.text));
    const last = text[text.length - 1];
    const sealTop = Math.min(...seals.slice(0, 3).map((s) => s.top));
    expect(sealTop).toBeGreaterThan(last.bottom - tolerance);
    expect(sealTop - last.bottom).toBeLessThanOrEqual(MM.pitch);
  });
});

test('as many pages in our PDF as in LibreOffice, the date on the same page', () => {
  const [ours, lo] = RENDERERS.map((which) => rendered(which));
  expect(lo.pages.length).toBe(ours.pages.length);
  expect(measure(lo).page).toBe(measure(ours).page);
});
