/**
 * Where a justified line's slack goes once its word spaces have taken theirs
 * (break-lines.ts), after LibreOffice's layout of our DOCX in the same face
 * (the office client we can run): it adds no space beside a full-width mark
 * or bracket (〔2023〕73号 and （2023—2025年） stay solid; clreq sets none
 * there either), a fixed fifth of an em where an ideograph meets a Latin word
 * or number (clreq: a quarter em is usual), and spreads the rest over the
 * characters, a tenth or two of a millimetre each on most lines. Here a seam
 * takes a quarter cell first, the rest is spread thin over the gaps between
 * ideographs and the seams, and nothing gathers beside a mark.
 */
import type { Piece } from './piece';

/** What a seam between an ideograph and a Latin word or number takes first, in cells: clreq's quarter em. */
export const SEAM_SPACE = 0.25;
/**
 * What a seam may take at most (with its share of the letter-spacing), in
 * cells: more than a quarter only where the line would otherwise be
 * letter-spaced by more than LETTER_SPACING. Up to this a seam is spacing
 * between scripts, and the line breaker does not count it as letter-spacing.
 */
export const SEAM_MAX = 0.5;
/** Letter-spacing a justified line may take in all, in cells, before it is loose (break-lines.ts). */
export const LETTER_SPACING = 1;

/** A full-width letter or number (an ideograph, kana, 〇, Ａ, １), not a mark, bracket or space. */
const isSolidFull = (p: Piece) => p.align !== 'natural' && !p.space && /^[\p{L}\p{N}]/u.test(p.text);
const isLatinWord = (p: Piece) => p.align === 'natural' && !p.space;

type Gap = 'none' | 'seam' | 'spread';

/** An ideograph meets a Latin word or number before line[i] (i > 0): the line breaker counts these as room that is not letter-spacing. */
export const isSeam = (line: Piece[], i: number) => gapKind(line, i) === 'seam';

/** What the gap before line[i] may take: a seam between scripts, a share of the spread, or nothing (beside a mark, inside a word). */
function gapKind(line: Piece[], i: number): Gap {
  const [a, b] = [line[i - 1], line[i]];
  if (b.wordJoint) return 'none';
  if ((isSolidFull(a) && isLatinWord(b)) || (isLatinWord(a) && isSolidFull(b))) return 'seam';
  return isSolidFull(a) && isSolidFull(b) ? 'spread' : 'none';
}

/**
 * The gap before each piece of a line (0 before the first), filled in turn:
 * each seam takes up to SEAM_SPACE of a cell; then up to LETTER_SPACING of a
 * cell is shared alike by the seams and the gaps between two full-width
 * letters; then each seam takes up to SEAM_MAX. A line with more slack than
 * that is loose (the build reports it): once each seam has its SEAM_SPACE, all
 * the rest is shared alike by every gap but those inside a Latin word, marks'
 * included, as LibreOffice does, so that the widest gap is as narrow as it can
 * be (a line crowded with marks does not open its few gaps between ideographs
 * wide beside tight ones). A line with no seam and no two full-width letters
 * side by side (（2023）alone) spreads all its slack so.
 */
export function justificationGaps(line: Piece[], slack: number, cell: number): number[] {
  const kinds = line.map((_, i): Gap => (i === 0 ? 'none' : gapKind(line, i)));
  const open = line.map((piece, i) => i > 0 && !piece.wordJoint);
  const seams = kinds.filter((k) => k === 'seam').length;
  const gaps = seams + kinds.filter((k) => k === 'spread').length;
  let rest = slack;
  const toSeams = (most: number) => {
    const each = seams > 0 ? Math.min(rest / seams, most) : 0;
    rest -= each * seams;
    return each;
  };
  const first = toSeams(SEAM_SPACE * cell);
  const spread = gaps > 0 ? Math.min(rest, LETTER_SPACING * cell) / gaps : 0;
  rest -= spread * gaps;
  const second = toSeams((SEAM_MAX - SEAM_SPACE) * cell);
  const openCount = open.filter(Boolean).length;
  // (what rounding leaves of a full line is no slack)
  if (rest > 1e-6 && openCount > 0) {
    const even = (slack - first * seams) / openCount;
    return kinds.map((k, i) => (k === 'seam' ? first : 0) + (open[i] ? even : 0));
  }
  return kinds.map((k) => (k === 'seam' ? first + second + spread : k === 'spread' ? spread : 0));
}
