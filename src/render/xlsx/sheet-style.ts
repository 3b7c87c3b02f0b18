/**
 * How a form looks as a worksheet. Faces, sizes and margins come from the
 * GB/T 9704 style sheet; the rest converts them to a spreadsheet's units.
 */
import { MAIN, MARGIN_BOTTOM_MM, MARGIN_RIGHT_MM, mmToPt, OFFICIAL_FACES, PAGE, TABLE } from '../../style/gbt9704';
import type { BorderEdges, PageSetup, SheetFont } from './sheet-model';

const MM_PER_INCH = 25.4;

/**
 * A cell names one face and has no fallback, so the body text names 仿宋,
 * which every Windows and WPS machine has (仿宋_GB2312 often is missing).
 */
export const FONT: Record<'title' | 'header' | 'body', SheetFont> = {
  title: { name: OFFICIAL_FACES.xiaobiaosong.name, size: MAIN.annexTitlePt },
  header: { name: OFFICIAL_FACES.heiti.name, size: TABLE.smallPt },
  body: { name: OFFICIAL_FACES.fangsong.alt, size: TABLE.smallPt },
};

/** Spreadsheet column width (in widths of a digit) per unit of the table's relative column widths. */
export const WIDTH_PER_COLUMN_UNIT = 10;
/** A value cell holds a number or a sentence or two: never narrower than this. */
export const MIN_VALUE_WIDTH = 16;
/** The hidden column of row roles and item ids. */
export const ID_COLUMN_WIDTH = 14;
/** A Chinese character at the table's size is about this many digit widths wide. */
export const CJK_CHAR_WIDTH = 2.3;
/** Points per line of wrapped cell text, and the minimum row height. */
const LINE_HEIGHT_PT = TABLE.smallPt * 1.4;
const CELL_PADDING_PT = 6;
const MIN_ROW_HEIGHT_PT = 22;
export const TITLE_ROW_HEIGHT_PT = MAIN.annexTitlePt * 2;

const thin = { style: 'thin' as const };
export const CELL_BORDER: BorderEdges = { top: thin, left: thin, bottom: thin, right: thin };

/** A4 portrait with the standard's margins, scaled to the page width. */
export const PAGE_SETUP: Omit<PageSetup, 'printArea' | 'printTitleRows'> = {
  paperSize: 9,
  orientation: 'portrait' as const,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  horizontalCentered: true,
  margins: {
    top: PAGE.marginTopMm / MM_PER_INCH,
    left: PAGE.marginLeftMm / MM_PER_INCH,
    right: MARGIN_RIGHT_MM / MM_PER_INCH,
    bottom: MARGIN_BOTTOM_MM / MM_PER_INCH,
    header: 0.3,
    footer: 0.3,
  },
};

/** A row's height in points (hundredths, rounded up) that is at least this many millimetres. */
export const rowHeightOfMm = (mm: number) => Math.ceil(mmToPt(mm) * 100) / 100;

/** Height of a row whose fullest cell wraps to this many lines. */
export const rowHeight = (lines: number) => Math.max(MIN_ROW_HEIGHT_PT, lines * LINE_HEIGHT_PT + CELL_PADDING_PT);

/** Lines a text needs in a cell of the given width (digit widths). */
export function linesNeeded(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width / CJK_CHAR_WIDTH));
  return Math.max(1, Math.ceil([...text].length / perLine));
}
