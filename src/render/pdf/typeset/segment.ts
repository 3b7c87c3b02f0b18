/** Styled text → pieces for the line breaker. */
import { cannotEndLine, cannotStartLine, cellAlign, compressibleHalf, IN_EVERY_UNBREAKABLE_RUN, isAddress, isFullWidth, KEPT_RUNS, latinBreakPoints, PAIRED, squeezableHalf, UNBREAKABLE_RUNS } from '../../../style/kinsoku';
import type { Piece } from './piece';

export interface PieceMetrics {
  /** Width of one full-width character of run `run`: the grid pitch for body text. */
  cell(run: number): number;
  /** Natural width of Latin text set in run `run`. */
  latinWidth(text: string, run: number): number;
}

/** Offsets (in the joined text of all runs) inside a run that `patterns` match: those that should not start a line. */
function offsetsInside(text: string, patterns: RegExp[]): Set<number> {
  const inside = new Set<number>();
  if (!IN_EVERY_UNBREAKABLE_RUN.test(text)) return inside;
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      for (let i = m.index + 1; i < m.index + m[0].length; i++) inside.add(i);
    }
  }
  return inside;
}

/** The ideographic space separates phrases (slogans); like a Latin space it may break and vanishes at a line's ends. */
export const IDEOGRAPHIC_SPACE = '\u3000';

function classOf(ch: string): 'full' | 'space' | 'latin' {
  if (ch === ' ' || ch === '\t' || ch === IDEOGRAPHIC_SPACE) return 'space';
  return isFullWidth(ch) ? 'full' : 'latin';
}

/** What a full-width character is to the rules, as bits: worked out once for each character a process meets. */
const FULL = 1;
const SPACE = 2;
const PAIR = 4;
const NO_START = 8;
const NO_END = 16;
/** Not centred in its cell: a mark, which may be squeezed beside another (squeezableHalf). */
const MARK = 32;
const flagsByChar = new Map<string, number>();

function flagsOf(ch: string): number {
  let flags = flagsByChar.get(ch);
  if (flags === undefined) {
    const kind = classOf(ch);
    flags =
      (kind === 'full' ? FULL : 0) |
      (kind === 'space' ? SPACE : 0) |
      (PAIRED.has(ch) ? PAIR : 0) |
      (cannotStartLine(ch) ? NO_START : 0) |
      (cannotEndLine(ch) ? NO_END : 0) |
      (cellAlign(ch) !== 'center' ? MARK : 0);
    flagsByChar.set(ch, flags);
  }
  return flags;
}

/** Length of `text` in code points, as `[...text]` counts them (a lone surrogate is one), without making them. */
function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++, n++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return n;
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
  const glued = offsetsInside(joined, UNBREAKABLE_RUNS);
  const kept = offsetsInside(joined, KEPT_RUNS);
  let offset = 0; // UTF-16 offset in the joined text
  let at = 0; // code-point index in the joined text
  for (let run = 0; run < texts.length; run++) {
    const text = texts[run];
    const start = at;
    const end = at + codePoints(text); // where the run ends, as a code-point index
    const cell = metrics.cell(run);
    /** `first` and `last`: the piece's first and last characters; `n`: its length in code points. */
    const push = (piece: string, first: string, last: string, n: number, kind: 'full' | 'space' | 'latin', wordJoint = false, address = false) => {
      pieces.push({
        text: piece,
        run,
        width: kind === 'full' || first === IDEOGRAPHIC_SPACE ? cell * n : metrics.latinWidth(piece, run),
        shrink: kind === 'full' && n === 1 && squeezableHalf(all[at - 1], first, all[at + 1]) ? cell / 2 : 0,
        loneMark: kind === 'full' && n === 1 && compressibleHalf(all[at - 1], first, all[at + 1]),
        // An ideographic space that opens a run after another (an article's 第X条 and its text) takes its cell as an
        // ideograph does: no seam beside it for a justified line's slack to gather in.
        align: kind === 'full' ? cellAlign(first) : first === IDEOGRAPHIC_SPACE && run > 0 && at === start ? 'center' : 'natural',
        // a joint of a word may start a line whatever its mark (an address's .cn)
        noStart: !wordJoint && cannotStartLine(first),
        noEnd: cannotEndLine(last),
        space: kind === 'space',
        glueBefore: glued.has(offset),
        keepBefore: kept.has(offset),
        wordJoint,
        address,
      });
      offset += piece.length;
      at += n;
    };
    while (at < end) {
      const ch = all[at];
      const flags = flagsOf(ch);
      if ((flags & (FULL | PAIR | MARK)) === FULL) {
        // an ideograph (most of a notice): centred in its cell, never squeezed, breakable either side
        pieces.push({
          text: ch,
          run,
          width: cell,
          shrink: 0,
          loneMark: false,
          align: 'center',
          noStart: (flags & NO_START) !== 0,
          noEnd: (flags & NO_END) !== 0,
          space: false,
          glueBefore: glued.has(offset),
          keepBefore: kept.has(offset),
          wordJoint: false,
          address: false,
        });
        offset += ch.length;
        at++;
        continue;
      }
      let j = at + 1;
      if (flags & FULL) {
        if (flags & PAIR) while (j < end && all[j] === ch) j++;
        push(j === at + 1 ? ch : all.slice(at, j).join(''), ch, all[j - 1], j - at, 'full');
      } else if (flags & SPACE) {
        push(ch, ch, ch, 1, 'space');
      } else {
        while (j < end && (flagsOf(all[j]) & (FULL | SPACE)) === 0) j++;
        const word = all.slice(at, j);
        const address = isAddress(word.join(''));
        latinParts(word).forEach((part, k) => push(part.join(''), part[0], part[part.length - 1], part.length, 'latin', k > 0, address));
      }
    }
  }
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
