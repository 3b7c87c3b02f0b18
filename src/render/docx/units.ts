/**
 * The style sheet's millimetres and points as the units of WordprocessingML:
 * twips (1/20 pt) for lengths, half-points for font sizes, eighths of a point
 * for borders, EMU for drawings, and the page geometry in those units.
 */
import { emWidth } from '../../arrange/text-width';
import { BODY_SIZE_PT, mmToPt, PAGE } from '../../style/gbt9704';

export const TWIPS_PER_PT = 20;
const EIGHTHS_PER_PT = 8;
const EMU_PER_TWIP = 635;
/** docx sizes images in CSS pixels (96 per inch). */
const PX_PER_PT = 96 / 72;
/** w:docGrid charSpace is the extra pitch per character in 4096ths of a point. */
const CHAR_SPACE_UNITS_PER_PT = 4096;

export const ptToTwip = (pt: number) => Math.round(pt * TWIPS_PER_PT);
export const mmToTwip = (mm: number) => ptToTwip(mmToPt(mm));
export const halfPoints = (pt: number) => Math.round(pt * 2);
export const ptToEighths = (pt: number) => Math.round(pt * EIGHTHS_PER_PT);
export const borderEighths = (mm: number) => ptToEighths(mmToPt(mm));
export const twipToEmu = (twips: number) => Math.round(twips * EMU_PER_TWIP);
export const twipToPx = (twips: number) => Math.round((twips / TWIPS_PER_PT) * PX_PER_PT);

/** A4 rounds to 11906 × 16838 twips; the margins take what the text block leaves. */
export const PAGE_WIDTH = mmToTwip(PAGE.widthMm);
export const PAGE_HEIGHT = mmToTwip(PAGE.heightMm);
export const TEXT_WIDTH = mmToTwip(PAGE.textWidthMm);
export const TEXT_HEIGHT = mmToTwip(PAGE.textHeightMm);
export const MARGIN_TOP = mmToTwip(PAGE.marginTopMm);
export const MARGIN_LEFT = mmToTwip(PAGE.marginLeftMm);
export const MARGIN_RIGHT = PAGE_WIDTH - MARGIN_LEFT - TEXT_WIDTH;
export const MARGIN_BOTTOM = PAGE_HEIGHT - MARGIN_TOP - TEXT_HEIGHT;

/** Exact line pitch, rounded down so that all 22 lines fit the text block. */
export const LINE_PITCH = Math.floor(TEXT_HEIGHT / PAGE.linesPerPage);
/** One grid cell: the advance of a body character (28 to the line). */
export const CHAR_PITCH = TEXT_WIDTH / PAGE.charsPerLine;
/** The grid's charSpace: how much narrower a cell is than the 三号 glyph (about −849). */
export const CHAR_SPACE = Math.floor((CHAR_PITCH / TWIPS_PER_PT - BODY_SIZE_PT) * CHAR_SPACE_UNITS_PER_PT);

/** n body characters as a length in twips. */
export const chars = (n: number) => Math.round(n * CHAR_PITCH);

/** Estimated width in twips of body text on the character grid. */
export const bodyTextWidth = (text: string) => Math.round(emWidth(text) * CHAR_PITCH);
