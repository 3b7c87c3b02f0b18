/**
 * Where a page number's dashes (一字线, §7.5) are printed: the first — of the
 * `— N —` below the text block, found with pdftotext -bbox-layout and
 * rasterised alone with pdftoppm at 600 dpi; the rows its ink covers, in mm
 * from the page top. The ink, not the word box: poppler's box is the face's
 * ascent and descent, which differ from face to face (LibreOffice sets the
 * DOCX in whatever face stands in for 宋体 here), while §7.5 places the dash.
 */
import { greyCrop } from './grey-crop';
import { readWords } from './pdf-poppler';

const DPI = 600;
/** The page numbers stand below the text block, whose bottom edge is 262 mm from the page top. */
const BELOW_BLOCK_MM = 262;

export interface DashInk {
  top: number;
  bottom: number;
}

/** The ink of page `page`'s first page-number dash, or undefined when the page carries no number (or the file has no such page). */
export function pageNumberDash(file: string, page: number): DashInk | undefined {
  const dash = readWords(file)[page - 1]?.find((w) => w.text === '—' && w.top > BELOW_BLOCK_MM);
  if (!dash) return undefined;
  // the dash's box with a millimetre of margin above and below
  const crop = greyCrop(file, page, { left: dash.left, right: dash.right, top: dash.top - 1, bottom: dash.bottom + 1 }, DPI);
  const inked = (row: number) => {
    let dark = 0;
    for (let c = 0; c < crop.width; c++) if (crop.dark(c, row, 128)) dark++;
    return dark > crop.width / 3;
  };
  const rows = Array.from({ length: crop.height }, (_, r) => r).filter(inked);
  return rows.length ? { top: (crop.y + rows[0]) * crop.mmPerPx, bottom: (crop.y + rows[rows.length - 1] + 1) * crop.mmPerPx } : undefined;
}
