/** The style sheet's millimetres as PDF points, measured from the top-left corner of the page. */
import { CHAR_PITCH_MM, LINE_PITCH_MM, mmToPt, PAGE } from '../../style/gbt9704';

export const PAGE_WIDTH = mmToPt(PAGE.widthMm);
export const PAGE_HEIGHT = mmToPt(PAGE.heightMm);
export const BLOCK_LEFT = mmToPt(PAGE.marginLeftMm);
export const BLOCK_TOP = mmToPt(PAGE.marginTopMm);
export const BLOCK_WIDTH = mmToPt(PAGE.textWidthMm);
export const BLOCK_HEIGHT = mmToPt(PAGE.textHeightMm);
export const BLOCK_BOTTOM = BLOCK_TOP + BLOCK_HEIGHT;
export const LINE_PITCH = mmToPt(LINE_PITCH_MM);
/** One grid cell: the advance of a body character. */
export const CELL = mmToPt(CHAR_PITCH_MM);
export const ROWS = PAGE.linesPerPage;

export const rowTop = (row: number) => BLOCK_TOP + row * LINE_PITCH;

/** The first grid row that starts at or below `y` (a small tolerance absorbs rounding). */
export const rowAtOrBelow = (y: number) => Math.ceil((y - BLOCK_TOP) / LINE_PITCH - 1e-6);

/**
 * Baseline that centres a font's em box in a band [top, top + height]:
 * `ascentRatio` is the part of the em above the baseline (0.88 for Noto CJK).
 */
export const centredBaseline = (top: number, height: number, size: number, ascentRatio: number) =>
  top + (height - size) / 2 + size * ascentRatio;
