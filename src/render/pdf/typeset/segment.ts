/** Styled text → pieces for the line breaker. */
import { cannotEndLine, cannotStartLine, cellAlign, isAddress, isFullWidth, latinBreakPoints, PAIRED, squeezableHalf, UNBREAKABLE_RUNS } from '../../../style/kinsoku';
import type { Piece } from './piece';

export interface PieceMetrics {
  /** Width of one full-width character of run `run`: the grid pitch for body text. */
  cell(run: number): number;
  /** Natural width of Latin text set in run `run`. */
  latinWidth(text: string, run: number): number;
}

/** Offsets (in the joined text of all runs) that may not start a line because they are inside an unbreakable run. */
function gluedOffsets(text: string): Set<number> {
  const glued = new Set<number>();
  for (const pattern of UNBREAKABLE_RUNS) {
    for (const m of text.matchAll(pattern)) {
      for (let i = m.index + 1; i < m.index + m[0].length; i++) glued.add(i);
    }
  }
  return glued;
}

/** The ideographic space separates phrases (slogans); like a Latin space it may break and vanishes at a line's ends. */
export const IDEOGRAPHIC_SPACE = '\u3000';

function classOf(ch: string): 'full' | 'space' | 'latin' {
  if (ch === ' ' || ch === '\t' || ch === IDEOGRAPHIC_SPACE) return 'space';
  return isFullWidth(ch) ? 'full' : 'latin';
}

/** A Latin word cut at its joints (an address's, a phone number's hyphen, long digit runs…), as code points. */
function latinParts(chars: string[]): string[][] {
  const cuts = [0, ...latinBreakPoints(chars.join('')), chars.length];
  return cuts.slice(1).map((end, i) => chars.slice(cuts[i], end));
}

/** Splits runs of text into pieces; `texts[i]` is the text of run i. Unbreakable runs may cross run boundaries. */
export function segment(texts: string[], metrics: PieceMetrics): Piece[] {
  const pieces: Piece[] = [];
  const joined = texts.join('');
  const all = [...joined];
  const glued = gluedOffsets(joined);
  let offset = 0; // UTF-16 offset in the joined text
  let at = 0; // code-point index in the joined text
  texts.forEach((text, run) => {
    const chars = [...text];
    const cell = metrics.cell(run);
    /** `first` and `last`: the piece's first and last characters; `n`: its length in code points. */
    const push = (piece: string, first: string, last: string, n: number, kind: 'full' | 'space' | 'latin', wordJoint = false, address = false) => {
      pieces.push({
        text: piece,
        run,
        width: kind === 'full' || first === IDEOGRAPHIC_SPACE ? cell * n : metrics.latinWidth(piece, run),
        shrink: kind === 'full' && n === 1 && squeezableHalf(all[at - 1], first, all[at + 1]) ? cell / 2 : 0,
        align: kind === 'full' ? cellAlign(first) : 'natural',
        // a joint of a word may start a line whatever its mark (an address's .cn)
        noStart: !wordJoint && cannotStartLine(first),
        noEnd: cannotEndLine(last),
        space: kind === 'space',
        glueBefore: glued.has(offset),
        wordJoint,
        address,
      });
      offset += piece.length;
      at += n;
    };
    for (let i = 0; i < chars.length; ) {
      const kind = classOf(chars[i]);
      let j = i + 1;
      if (kind === 'latin') while (j < chars.length && classOf(chars[j]) === 'latin') j++;
      else if (kind === 'full' && PAIRED.has(chars[i])) while (j < chars.length && chars[j] === chars[i]) j++;
      if (kind === 'latin') {
        const word = chars.slice(i, j);
        const address = isAddress(word.join(''));
        latinParts(word).forEach((part, k) => push(part.join(''), part[0], part[part.length - 1], part.length, kind, k > 0, address));
      } else {
        push(j === i + 1 ? chars[i] : chars.slice(i, j).join(''), chars[i], chars[j - 1], j - i, kind);
      }
      i = j;
    }
  });
  return pieces;
}

/**
 * Cuts a Latin piece wider than a whole line after as many characters as
 * fit in `available` (a last resort: the line breaker reports it).
 * Undefined when it is not Latin or not even one character fits.
 */
export function forceSplit(piece: Piece, available: number, metrics: PieceMetrics): [Piece, Piece] | undefined {
  const chars = [...piece.text];
  if (piece.align !== 'natural' || chars.length < 2) return undefined;
  let fit = 0;
  while (fit < chars.length - 1 && metrics.latinWidth(chars.slice(0, fit + 1).join(''), piece.run) <= available) fit++;
  if (fit === 0) return undefined;
  const head = chars.slice(0, fit).join('');
  const tail = chars.slice(fit).join('');
  return [
    { ...piece, text: head, width: metrics.latinWidth(head, piece.run), noEnd: cannotEndLine(chars[fit - 1]) },
    { ...piece, text: tail, width: metrics.latinWidth(tail, piece.run), noStart: cannotStartLine(chars[fit]), glueBefore: true, wordJoint: true },
  ];
}
