/**
 * The gaps of a printed line, between one character's cell and the next, as
 * a typesetter names them: beside a full-width mark or bracket, at a seam
 * where an ideograph meets a Latin word or number, between two ideographs,
 * or between two Latin characters. A full-width character owns one grid
 * cell: an opening mark sits at its cell's right, a closing mark (and the
 * ideographic space) at its left, the rest in its middle (a glyph narrower than its cell, as the
 * middle dot, leaves blank that is the cell's and no gap). Between cells
 * set solid every gap is 0.
 */
import type { Glyph } from './pdf-glyphs';

export type GapKind = 'mark' | 'seam' | 'ideographs' | 'latin';

/**
 * How far a gap between two ideographs may grow on a line the build does not report as loose, in mm: a line takes at
 * most a cell (5.57 mm) of letter-spacing, and the lines with fewest gaps to share it (an addressee list's
 * 省委宣传部，省发改委、…; 87830445，电子邮箱：…) have eight or more. Most lines spread far less (0.25 mm at the 90th
 * percentile of the gaps between ideographs on justified lines).
 */
export const MAX_SPREAD = 0.75;
/**
 * Where nothing is added a gap is 0 to this: glyphs are placed to a thousandth of a point, and an ideographic space
 * is centred in its cell where it opens a run (第一条　…) but set from its left elsewhere, 0.04 mm apart.
 */
export const SOLID = 0.05;

export interface Gap {
  kind: GapKind;
  /** Millimetres of blank between the two cells (negative where a mark is squeezed into half its cell). */
  mm: number;
  before: string;
  after: string;
}

const OPENING = new Set([...'“‘（《〈〔【「『［｛〖']);
/** Closing marks, and the ideographic space (a blank cell set from its left, as a mark that sits left). */
const SITS_LEFT = new Set([...'”’）》〉〕】」』］｝〗，。、：；！？\u3000']);
/** Set at its advance, not in a cell: ASCII, and what a Chinese face does not set full width (°); ① ⑴ ⒈ are cells. */
const isLatin = (ch: string) => ch.codePointAt(0)! < 0x2e80 && !/[\u2460-\u24ff]/.test(ch) && !'“”‘’—…·'.includes(ch);
/** A full-width character that is not a letter or number: a mark, a bracket, a dash, an ellipsis, the ideographic space. */
const isMark = (ch: string) => !isLatin(ch) && !/[\p{L}\p{N}]/u.test(ch);

/** Where a glyph's cell starts and ends across the line; a Latin glyph's is its advance. */
function cellOf(g: Glyph, cell: number): [number, number] {
  if (isLatin(g.char)) return [g.left, g.right];
  if (OPENING.has(g.char)) return [g.right - cell, g.right];
  if (SITS_LEFT.has(g.char)) return [g.left, g.left + cell];
  const middle = (g.left + g.right) / 2;
  return [middle - cell / 2, middle + cell / 2];
}

function kindOf(a: string, b: string): GapKind {
  if (isMark(a) || isMark(b)) return 'mark';
  if (isLatin(a) !== isLatin(b)) return 'seam';
  return isLatin(a) ? 'latin' : 'ideographs';
}

/** The gaps of a line of glyphs (left to right) set on a grid of `cell` mm. */
export function lineGaps(line: Glyph[], cell: number): Gap[] {
  return line.slice(1).map((g, i) => {
    const a = line[i];
    return { kind: kindOf(a.char, g.char), mm: cellOf(g, cell)[0] - cellOf(a, cell)[1], before: a.char, after: g.char };
  });
}
