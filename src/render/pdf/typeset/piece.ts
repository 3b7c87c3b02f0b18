import type { CellAlign } from './kinsoku';

/**
 * The unit of line breaking: one full-width character (a grid cell), a pair
 * that is never split (—— ……), a whole Latin word or number, or a space.
 */
export interface Piece {
  text: string;
  /** Index of the styled run the piece came from. */
  run: number;
  /** Natural width in points. */
  width: number;
  /** How much may be squeezed out of it (half the cell of a punctuation mark). */
  shrink: number;
  /** Where the glyphs sit in the piece's box; `natural` for Latin text set at its advances. */
  align: CellAlign | 'natural';
  noStart: boolean;
  noEnd: boolean;
  /** A breakable space between Latin words, dropped at either end of a line. */
  space: boolean;
  /** Kept on the same line as the piece before it where possible (document numbers). */
  glueBefore: boolean;
}

/** A piece placed on a line: x from the left edge of the block. */
export interface PlacedPiece {
  piece: Piece;
  x: number;
  width: number;
}

export interface SetLine {
  pieces: PlacedPiece[];
  /** The last line of its paragraph (set at natural width, not justified). */
  final: boolean;
  /** Left indent and available width of this line. */
  indent: number;
  available: number;
}
