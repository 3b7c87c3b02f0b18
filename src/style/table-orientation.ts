/**
 * §8: which tables go on landscape pages. Both renderers decide with this
 * rule: a table is too wide for portrait when its narrowest column, scaled
 * to the portrait text block, cannot hold DOCX_RENDER.tableMinColumnChars
 * characters of its cell text inside the cell padding. A clerk's
 * `orientation` overrides it either way.
 */
import type { Block, TableBlock } from '../document/model';
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

/** Whether the table is set on turned pages: as its clerk chose, else when it is too wide for portrait. */
export const isTurned = (t: TableBlock) => (t.orientation ? t.orientation === 'landscape' : !fitsPortrait(t));

/** Whether the table fits even turned, along the text block's 225 mm side. */
export const fitsLandscape = (t: TableBlock) => fitsWidth(t, PAGE.textHeightMm);

/** Paragraphs (a 填表单位 line) that may stand before the wide table an annex opens with. */
const TEXT_BEFORE_TURNED_OPENING = 1;

/**
 * An annex that opens with a table too wide for portrait, after at most a
 * line of text, is set turned from its first page: its label, title and that
 * text stand on the landscape page above the table, not alone on an upright
 * page. The number of blocks before that table, or undefined.
 */
export function turnedOpening(blocks: Block[]): number | undefined {
  const wide = blocks.findIndex((b) => b.type === 'table' && isTurned(b));
  const before = blocks.slice(0, Math.max(wide, 0));
  return wide >= 0 && wide <= TEXT_BEFORE_TURNED_OPENING && before.every((b) => b.type === 'paragraph') ? wide : undefined;
}
