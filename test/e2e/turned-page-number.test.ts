/**
 * §8: a landscape table's page keeps its page number where the other pages
 * have it. Our PDF keeps the sheet portrait and prints `— N —` at the §7.5
 * place; LibreOffice lays the DOCX's landscape section out as a landscape
 * page, whose left edge is the sheet's portrait foot (the binding edge on
 * top). There the number must stand turned a quarter, 7 mm out from the text
 * block, at the portrait block's right end on odd pages and its left end on
 * even ones — the same place on the sheet, measured in mm.
 * nanping-2026 turns page 7 (odd) in both. LibreOffice turns putian-2026's
 * page 8 (even): its DOCX holds a note where our PDF binds the pages of a
 * PDF annex, so our turned page is 9; the turned number is compared with our
 * page 8's, which stands where every even page's does (§7.5).
 * The footer the number lives in keeps to the landscape page's 26 mm bottom
 * margin: the portrait footer there took 9 mm of the block, and putian's
 * 附件5 ran onto a second landscape page where our PDF fits it on one.
 */
import path from 'node:path';
import { renderBoth, type Rendered } from '../helpers/both-renderers';
import { tempDir } from '../helpers/cli';
import { readWords, type PdfLine } from '../helpers/pdf-poppler';

const EXAMPLES = path.resolve(__dirname, '../../campaigns/examples');
const SHEET_HEIGHT_MM = 297;
/** The text block's bottom edge (262 mm) and the dashes' middle 7 mm below it, on the portrait sheet (§7.5). */
const NUMBER_MIDDLE_MM = 262 + 7;
const TOLERANCE_MM = 0.5;

let rendered: (name: string, which: 'our PDF' | 'LibreOffice') => Rendered;

beforeAll(async () => {
  rendered = await renderBoth(tempDir('gongwen-turned-number-'), [
    ['nanping', path.join(EXAMPLES, 'nanping-2026.yaml')],
    ['putian', path.join(EXAMPLES, 'putian-2026.yaml')],
  ]);
}, 300_000);

interface SheetBox {
  text: string;
  /** Millimetres on the portrait sheet, from its top-left corner. */
  left: number;
  right: number;
  middle: number;
}

/** The page-number words below the text block of our portrait page. */
function oursOn(file: string, page: number): SheetBox[] {
  return readWords(file)[page - 1]
    .filter((w) => w.top > 262 && /^(—|\d+)$/.test(w.text))
    .map((w) => ({ text: w.text, left: w.left, right: w.right, middle: (w.top + w.bottom) / 2 }));
}

/** The page-number words in the left margin of LibreOffice's landscape page, turned back onto the portrait sheet. */
function turnedBack(words: PdfLine[]): SheetBox[] {
  return words
    .filter((w) => w.right < 35 && /^(—|\d+)$/.test(w.text))
    .map((w) => ({ text: w.text, left: w.top, right: w.bottom, middle: SHEET_HEIGHT_MM - (w.left + w.right) / 2 }))
    .sort((a, b) => a.left - b.left);
}

test('putian-2026: LibreOffice fits 附件5’s table on its one turned page, as our PDF does, inside the landscape block', () => {
  const turned = (r: Rendered) => r.pages.flatMap((p, i) => (p.widthMm > p.heightMm ? [i + 1] : []));
  expect(turned(rendered('putian', 'LibreOffice'))).toEqual([8]);
  const words = readWords(rendered('putian', 'LibreOffice').file);
  // the page after it opens 附件6
  expect(words[8].slice(0, 2).map((w) => w.text).join('')).toBe('附件6');
  // the landscape block's bottom edge: 210 − 26 mm
  expect(Math.max(...words[7].map((w) => w.bottom))).toBeLessThanOrEqual(184.5);
});

test('putian-2026 附件5: LibreOffice’s rows are as tall as ours (the second page came from the block, not the rows)', () => {
  // the first column's labels down the turned page: upright on LibreOffice's landscape page 8, turned on our portrait page 9
  const labels = ['序号', '1', '2', '3'];
  const lo = readWords(rendered('putian', 'LibreOffice').file)[7].filter((w) => w.left < 50);
  // (on our sheet the landscape page's left 50 mm is the portrait page's bottom 50 mm, above the page number)
  const ours = readWords(rendered('putian', 'our PDF').file)[8].filter((w) => w.top > 297 - 50 && w.bottom < 262);
  const down = labels.map((t) => [lo.find((w) => w.text === t)!.top, ours.find((w) => w.text === t)!.left]);
  for (let i = 1; i < down.length; i++) expect(Math.abs(down[i][0] - down[i - 1][0] - (down[i][1] - down[i - 1][1]))).toBeLessThanOrEqual(0.5);
});

describe.each([
  ['nanping', 7, 'odd'],
  ['putian', 8, 'even'],
])('%s: the turned page %i (%s)', (name, page) => {
  test('LibreOffice lays it out landscape, our PDF on a portrait sheet', () => {
    const [ours, lo] = [rendered(name, 'our PDF').pages[page - 1], rendered(name, 'LibreOffice').pages[page - 1]];
    expect(ours.heightMm).toBeGreaterThan(ours.widthMm);
    expect(lo.widthMm).toBeGreaterThan(lo.heightMm);
  });

  test('the number stands turned at the sheet’s foot, where our PDF prints it, within 0.5 mm', () => {
    const words = readWords(rendered(name, 'LibreOffice').file)[page - 1];
    const turned = turnedBack(words);
    const ours = oursOn(rendered(name, 'our PDF').file, page);
    expect(ours.map((w) => w.text)).toEqual(['—', String(page), '—']);
    expect(turned.map((w) => w.text)).toEqual(['—', String(page), '—']);
    // set turned: the line runs down the landscape page, far longer than it is wide
    expect(turned[2].right - turned[0].left).toBeGreaterThan(2 * Math.max(...words.filter((w) => w.right < 35).map((w) => w.right - w.left)));
    // nothing at the landscape page's own foot
    expect(words.filter((w) => w.top > 184 && /^(—|\d+)$/.test(w.text))).toEqual([]);
    const middle = (boxes: SheetBox[]) => boxes.reduce((s, w) => s + w.middle, 0) / boxes.length;
    expect(Math.abs(middle(turned) - NUMBER_MIDDLE_MM)).toBeLessThanOrEqual(TOLERANCE_MM);
    expect(Math.abs(middle(ours) - NUMBER_MIDDLE_MM)).toBeLessThanOrEqual(TOLERANCE_MM);
    // odd pages end one character in from the block's right edge, even pages start one character in from its left
    const edge = page % 2 === 1 ? (b: SheetBox[]) => b[b.length - 1].right : (b: SheetBox[]) => b[0].left;
    expect(Math.abs(edge(turned) - edge(ours))).toBeLessThanOrEqual(TOLERANCE_MM);
    // and the digits where ours are, give or take the stand-in faces' different advances for the dash and space
    expect(Math.abs((turned[1].left + turned[1].right) / 2 - (ours[1].left + ours[1].right) / 2)).toBeLessThanOrEqual(1);
  });
});
