/**
 * §8: which tables go on landscape pages. Both renderers decide with this
 * rule: a table is too wide for portrait when its narrowest column, scaled
 * to the portrait text block, cannot hold DOCX_RENDER.tableMinColumnChars
 * characters of its cell text inside the cell padding.
 */
import type { TableBlock } from '../document/model';
import { BODY_SIZE_PT, DOCX_RENDER, mmToPt, PAGE, TABLE } from './gbt9704';

/** Widths computed to just hold the least column (table-widths.ts) pass despite rounding. */
const EPSILON = 1e-6;

/** Size of a table's cell text in points. */
export const tableTextPt = (t: TableBlock) => (t.fontSize === 'small' ? TABLE.smallPt : BODY_SIZE_PT);

/** Whether the narrowest column, on a text block `widthMm` wide, still holds a couple of characters. */
function fitsWidth(t: TableBlock, widthMm: number): boolean {
  const total = t.columns.reduce((a, b) => a + b, 0);
  const narrowest = (mmToPt(widthMm) * Math.min(...t.columns)) / total;
  return narrowest - 2 * mmToPt(TABLE.cellPaddingMm) >= DOCX_RENDER.tableMinColumnChars * tableTextPt(t) - EPSILON;
}

export const fitsPortrait = (t: TableBlock) => fitsWidth(t, PAGE.textWidthMm);

/** Whether the table fits even turned, along the text block's 225 mm side. */
export const fitsLandscape = (t: TableBlock) => fitsWidth(t, PAGE.textHeightMm);
