/**
 * Where a page number's dashes (一字线, §7.5) are printed: the first — of the
 * `— N —` below the text block, found with pdftotext -bbox-layout and
 * rasterised alone with pdftoppm at 600 dpi; the rows its ink covers, in mm
 * from the page top. The ink, not the word box: poppler's box is the face's
 * ascent and descent, which differ from face to face (LibreOffice sets the
 * DOCX in whatever face stands in for 宋体 here), while §7.5 places the dash.
 */
import { execFileSync } from 'node:child_process';
import { readWords } from './pdf-poppler';

const DPI = 600;
const MM_PER_PX = 25.4 / DPI;
const PX_PER_MM = DPI / 25.4;
/** The page numbers stand below the text block, whose bottom edge is 262 mm from the page top. */
const BELOW_BLOCK_MM = 262;

export interface DashInk {
  top: number;
  bottom: number;
}

/** The ink of page `page`'s first page-number dash, or undefined when the page carries no number. */
export function pageNumberDash(file: string, page: number): DashInk | undefined {
  const dash = readWords(file)[page - 1].find((w) => w.text === '—' && w.top > BELOW_BLOCK_MM);
  if (!dash) return undefined;
  // the dash's box with a millimetre of margin above and below
  const [x, y] = [Math.floor(dash.left * PX_PER_MM), Math.floor((dash.top - 1) * PX_PER_MM)];
  const [width, height] = [Math.ceil((dash.right - dash.left) * PX_PER_MM), Math.ceil((dash.bottom - dash.top + 2) * PX_PER_MM)];
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', String(DPI), '-f', String(page), '-l', String(page), '-x', String(x), '-y', String(y), '-W', String(width), '-H', String(height), file]);
  // Binary PGM: "P5\n<width> <height>\n255\n", then one byte a pixel.
  const header = pgm.toString('latin1', 0, 40).match(/^P5\s+(\d+)\s+(\d+)\s+255\s/)!;
  const [w, h, offset] = [Number(header[1]), Number(header[2]), header[0].length];
  const inked = (row: number) => {
    let dark = 0;
    for (let c = 0; c < w; c++) if (pgm[offset + row * w + c] < 128) dark++;
    return dark > w / 3;
  };
  const rows = Array.from({ length: h }, (_, r) => r).filter(inked);
  return rows.length ? { top: (y + rows[0]) * MM_PER_PX, bottom: (y + rows[rows.length - 1] + 1) * MM_PER_PX } : undefined;
}
