/**
 * A draft says 草稿 on every page at the same place on the sheet, a landscape
 * table's page too (§8: the sheet is turned, not the notice). Our PDF keeps
 * the sheet portrait and draws its mark, the diagonal watermark, on every
 * sheet alike. The DOCX's mark is 草稿 at the sheet's top, in the band above
 * the top margin; LibreOffice lays the landscape section out as a landscape
 * page, whose right edge is the sheet's top (the binding edge on top), so
 * there the mark must stand turned a quarter, where the upright pages have it
 * once the sheet is turned back — measured in mm from the mark's ink (the
 * turned mark is a WordArt shape, drawn as outlines, not text).
 * nanping-2026 turns page 7 in both. LibreOffice turns putian-2026's page 8,
 * ours page 9 (its DOCX holds a note where our PDF binds a PDF annex's pages).
 */
import path from 'node:path';
import { renderBoth, type Rendered } from '../helpers/both-renderers';
import { tempDir } from '../helpers/cli';
import { inkBox } from '../helpers/grey-crop';
import { readWords } from '../helpers/pdf-poppler';
import type { Box } from '../helpers/red-rule';

const EXAMPLES = path.resolve(__dirname, '../../campaigns/examples');
const [SHEET_WIDTH_MM, SHEET_HEIGHT_MM] = [210, 297];
/** The grey of the DOCX's mark (9A9A9A) is darker than this; the page's white is not. */
const GREY = 200;
/** The sheet's top margin (37 mm, less a few for a table's rules on the block's edge), where the mark stands: the top band of an upright page, the right band of a landscape one. */
const TOP_BAND_MM = 33;
const UPRIGHT_TOP: Box = { left: 0, right: SHEET_WIDTH_MM, top: 0, bottom: TOP_BAND_MM };
const LANDSCAPE_RIGHT: Box = { left: SHEET_HEIGHT_MM - TOP_BAND_MM, right: SHEET_HEIGHT_MM, top: 0, bottom: SHEET_WIDTH_MM };
/** The landscape page's own top margin (28 mm: the sheet's binding side). */
const LANDSCAPE_TOP: Box = { left: 0, right: SHEET_HEIGHT_MM, top: 0, bottom: 25 };

let rendered: (name: string, which: 'our PDF' | 'LibreOffice') => Rendered;

beforeAll(async () => {
  const campaigns: [string, string][] = [
    ['nanping', path.join(EXAMPLES, 'nanping-2026.yaml')],
    ['putian', path.join(EXAMPLES, 'putian-2026.yaml')],
  ];
  rendered = await renderBoth(tempDir('gongwen-turned-draft-'), campaigns, { draft: true });
}, 300_000);

const centre = (b: Box) => ({ x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 });

/** A box on LibreOffice's landscape page turned back onto the portrait sheet (its right edge the sheet's top). */
const turnedBack = (b: Box): Box => ({ left: b.top, right: b.bottom, top: SHEET_HEIGHT_MM - b.right, bottom: SHEET_HEIGHT_MM - b.left });

describe.each([
  ['nanping', { ours: [6, 7], lo: [6, 7] }],
  ['putian', { ours: [8, 9], lo: [9, 8] }],
])('%s', (name, pages) => {
  test('our PDF draws its mark on the turned page’s sheet where it draws it on an upright one', () => {
    const [upright, turned] = pages.ours;
    const file = rendered(name, 'our PDF').file;
    const marks = (page: number) => readWords(file)[page - 1].filter((w) => /^[草稿]+$/.test(w.text));
    expect(rendered(name, 'our PDF').pages[turned - 1].heightMm).toBeGreaterThan(rendered(name, 'our PDF').pages[turned - 1].widthMm);
    expect(marks(turned).map((w) => w.text).join('')).toBe('草稿');
    expect(marks(turned).length).toBe(marks(upright).length);
    marks(turned).forEach((w, i) => {
      const u = marks(upright)[i];
      expect(Math.max(Math.abs(w.left - u.left), Math.abs(w.top - u.top), Math.abs(w.right - u.right), Math.abs(w.bottom - u.bottom))).toBeLessThanOrEqual(0.1);
    });
  });

  test('LibreOffice sets the DOCX’s mark on the landscape page turned, at the sheet’s top where the upright pages have it', () => {
    const [upright, turned] = pages.lo;
    const lo = rendered(name, 'LibreOffice');
    expect(lo.pages[turned - 1].widthMm).toBeGreaterThan(lo.pages[turned - 1].heightMm);
    expect(lo.pages[upright - 1].heightMm).toBeGreaterThan(lo.pages[upright - 1].widthMm);
    const mark = inkBox(lo.file, upright, UPRIGHT_TOP, GREY);
    const ink = inkBox(lo.file, turned, LANDSCAPE_RIGHT, GREY);
    expect(mark).toBeDefined();
    expect(ink).toBeDefined();
    // nothing at the landscape page's own top, the sheet's side
    expect(inkBox(lo.file, turned, LANDSCAPE_TOP, GREY)).toBeUndefined();
    const sheet = turnedBack(ink!);
    // turned: the two glyphs run down the landscape page, across the sheet
    expect(sheet.right - sheet.left).toBeGreaterThan(1.5 * (sheet.bottom - sheet.top));
    // as long as the upright mark, and centred where it is, within a millimetre
    expect(Math.abs(sheet.right - sheet.left - (mark!.right - mark!.left))).toBeLessThanOrEqual(0.5);
    expect(Math.abs(centre(sheet).x - centre(mark!).x)).toBeLessThanOrEqual(1);
    expect(Math.abs(centre(sheet).y - centre(mark!).y)).toBeLessThanOrEqual(1);
  });
});
