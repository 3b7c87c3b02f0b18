/** What a page draws, in points from the page's top-left corner; the writer turns these into PDF operators. */
import type { FontRole } from '../../document/model';

export type Ink = 'black' | 'red';

/**
 * The glyphs of a text op, glyph i drawing the i-th code point of `text`:
 * arrays of numbers rather than an object per glyph, as a 500-page notice
 * holds some 300,000 glyphs until its file is written.
 */
export interface Glyphs {
  text: string;
  /** Left edge of each glyph, in points from the page's left edge. */
  x: number[];
  /** Horizontal scale of each glyph (1 = natural); dashes are stretched to join. */
  scaleX: number[];
  /**
   * Closing marks set in half their cell (标点挤压): drawn through a CID
   * whose advance is half the glyph's, so that its box ends where its cell does.
   */
  half: boolean[];
}

/** A text op before it is set in a band of the page: its glyphs' places across, not yet its baseline. */
export interface TextRun {
  kind: 'text';
  role: FontRole;
  size: number;
  bold: boolean;
  ink: Ink;
  glyphs: Glyphs;
}

export interface TextOp extends TextRun {
  baseline: number;
}

export interface LineOp {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  thickness: number;
  ink: Ink;
}

export interface ImageOp {
  kind: 'image';
  path: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Pressed onto the text like a seal (multiply blend) instead of covering it. */
  pressed: boolean;
}

/** The draft mark: large light text turned about its centre. */
export interface WatermarkOp {
  kind: 'watermark';
  text: TextOp;
  centreX: number;
  centreY: number;
  angleDeg: number;
}

/** Ops laid out on the turned sheet of a landscape table page (see turned-page.ts). */
export interface TurnedOp {
  kind: 'turned';
  ops: DrawOp[];
}

export type DrawOp = TextOp | LineOp | ImageOp | WatermarkOp | TurnedOp;

/** Every op with turned groups opened up, for collecting the fonts and images a page uses. */
export const flatOps = (ops: DrawOp[]): DrawOp[] => ops.flatMap((op) => (op.kind === 'turned' ? flatOps(op.ops) : [op]));
