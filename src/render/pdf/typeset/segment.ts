/** Styled text → pieces for the line breaker. */
import { cannotEndLine, cannotStartLine, cellAlign, isCompressible, isFullWidth, PAIRED } from './kinsoku';
import type { Piece } from './piece';

export interface PieceMetrics {
  /** Width of one full-width character of run `run`: the grid pitch for body text. */
  cell(run: number): number;
  /** Natural width of Latin text set in run `run`. */
  latinWidth(text: string, run: number): number;
}

/** Parts of a document number that stay on one line where possible: 〔2023〕73号. */
const DOCUMENT_NUMBER_TAIL = /〔\d{4}〕\d+号/gu;

function gluedOffsets(text: string): Set<number> {
  const glued = new Set<number>();
  for (const m of text.matchAll(DOCUMENT_NUMBER_TAIL)) {
    for (let i = m.index + 1; i < m.index + m[0].length; i++) glued.add(i);
  }
  return glued;
}

/** The ideographic space separates phrases (slogans); like a Latin space it may break and vanishes at a line's ends. */
const IDEOGRAPHIC_SPACE = '\u3000';

function classOf(ch: string): 'full' | 'space' | 'latin' {
  if (ch === ' ' || ch === '\t' || ch === IDEOGRAPHIC_SPACE) return 'space';
  return isFullWidth(ch) ? 'full' : 'latin';
}

/** Splits runs of text into pieces; `texts[i]` is the text of run i. */
export function segment(texts: string[], metrics: PieceMetrics): Piece[] {
  const pieces: Piece[] = [];
  texts.forEach((text, run) => {
    const chars = [...text];
    const glued = gluedOffsets(text);
    let offset = 0;
    for (let i = 0; i < chars.length; ) {
      const kind = classOf(chars[i]);
      let j = i + 1;
      if (kind === 'latin') while (j < chars.length && classOf(chars[j]) === 'latin') j++;
      else if (kind === 'full' && PAIRED.has(chars[i])) while (j < chars.length && chars[j] === chars[i]) j++;
      const piece = chars.slice(i, j).join('');
      const first = chars[i];
      const last = chars[j - 1];
      const cell = metrics.cell(run);
      pieces.push({
        text: piece,
        run,
        width: kind === 'full' || first === IDEOGRAPHIC_SPACE ? cell * (j - i) : metrics.latinWidth(piece, run),
        shrink: kind === 'full' && isCompressible(first) ? cell / 2 : 0,
        align: kind === 'full' ? cellAlign(first) : 'natural',
        noStart: cannotStartLine(first),
        noEnd: cannotEndLine(last),
        space: kind === 'space',
        glueBefore: glued.has(offset),
      });
      offset += piece.length;
      i = j;
    }
  });
  return pieces;
}

/** Where a Latin word may be cut: anywhere allowed (default), only after a separator, or anywhere at all. */
export type SplitMode = 'allowed' | 'separators' | 'force';

/** Separators a URL, e-mail address or phone number may be broken after. */
const SEPARATORS = new Set([...'/.-@']);

/**
 * Splits a Latin piece so its head fits `available`: preferably after a
 * separator (URLs, e-mail addresses, phone numbers), else at any point where
 * neither half breaks a 禁则 rule, or with `force` after as many characters
 * as fit. Undefined when it is not Latin or there is no such point.
 */
export function splitWidePiece(piece: Piece, available: number, metrics: PieceMetrics, mode: SplitMode = 'allowed'): [Piece, Piece] | undefined {
  const chars = [...piece.text];
  if (piece.align !== 'natural' || chars.length < 2) return undefined;
  const width = (n: number) => metrics.latinWidth(chars.slice(0, n).join(''), piece.run);
  let fit = 0;
  while (fit < chars.length - 1 && width(fit + 1) <= available) fit++;
  if (fit === 0) return undefined;
  const cuts = Array.from({ length: fit }, (_, i) => fit - i);
  const allowed = (cut: number) => !cannotEndLine(chars[cut - 1]) && !cannotStartLine(chars[cut]);
  const atSeparator = cuts.find((c) => allowed(c) && SEPARATORS.has(chars[c - 1]));
  const cut = mode === 'separators' ? atSeparator : (atSeparator ?? cuts.find(allowed) ?? (mode === 'force' ? fit : undefined));
  if (cut === undefined) return undefined;
  const head = chars.slice(0, cut).join('');
  const tail = chars.slice(cut).join('');
  return [
    { ...piece, text: head, width: metrics.latinWidth(head, piece.run), noEnd: cannotEndLine(chars[cut - 1]) },
    { ...piece, text: tail, width: metrics.latinWidth(tail, piece.run), noStart: cannotStartLine(chars[cut]), glueBefore: false },
  ];
}
