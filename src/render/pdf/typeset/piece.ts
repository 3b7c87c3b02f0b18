import type { CellAlign } from '../../../style/kinsoku';

/**
 * The unit of line breaking: one full-width character (a grid cell), a pair
 * that is never split (—— ……), a Latin word or the part of one between two
 * of its joints (0591- | 87580701), or a space.
 */
export interface Piece {
  text: string;
  /** Index of the styled run the piece came from. */
  run: number;
  /** Natural width in points. */
  width: number;
  /** How much may be squeezed out of it (half the cell of a mark that stands beside another mark). */
  shrink: number;
  /** A mark standing alone (compressibleHalf): may give up half its cell when its line must take more (推入), at a price. */
  loneMark: boolean;
  /** Where the glyphs sit in the piece's box; `natural` for Latin text set at its advances. */
  align: CellAlign | 'natural';
  noStart: boolean;
  noEnd: boolean;
  /** A breakable space between Latin words, dropped at either end of a line. */
  space: boolean;
  /** Never separated from the piece before it (a document number, a date, a number and its unit, a range). */
  glueBefore: boolean;
  /** Kept with the piece before it where that costs no letter-spaced line (a document number's 代字 and its 〔year〕). */
  keepBefore: boolean;
  /** Continues the Latin word of the piece before it: no justification space between them; a break here is a last resort. */
  wordJoint: boolean;
  /** The Latin word is a URL or an e-mail address (src/style/kinsoku.ts): broken at a joint only to spare a letter-spaced line. */
  address: boolean;
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
  /**
   * A rule had to give way on this line: it is looser than one character,
   * or it breaks inside a run that is never broken (a URL longer than the
   * line). The build warns about it.
   */
  strained?: 'loose' | 'forced';
}
