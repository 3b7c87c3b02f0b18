/**
 * Greedy line breaking with Chinese 禁则: a closing mark that would start a
 * line is pulled onto the line above by squeezing punctuation (推入), or, when
 * that cannot fit, the line gives a character to the next one (推出). Lines
 * never overflow; every non-final line of a justified paragraph is set to
 * exactly its available width.
 */
import type { Piece, PlacedPiece, SetLine } from './piece';
import { splitWidePiece, type PieceMetrics } from './segment';

export interface LineShape {
  indent: number;
  available: number;
}

export interface BreakOptions {
  /** Shape of line n (0-based): first-line indent, hanging indent… */
  shape: (line: number) => LineShape;
  /** Stretch or squeeze every non-final line to its full width. */
  justify: boolean;
  metrics: PieceMetrics;
}

const EPSILON = 1e-6;
/** Pull at most this many pieces onto a line by squeezing before preferring to push one out. */
const MAX_PUSH_IN = 2;
/**
 * Keeping a long Latin word (URL, e-mail, phone number) whole is worth at
 * most this much stretch (share of the line); beyond it the word is broken.
 */
const MAX_STRETCH = 0.2;

function canBreakBefore(pieces: Piece[], j: number, honourGlue: boolean): boolean {
  if (j >= pieces.length) return true;
  const before = pieces[j - 1];
  const after = pieces[j];
  if (after.space || before.space) return true;
  if (honourGlue && after.glueBefore) return false;
  return !after.noStart && !before.noEnd;
}

const totalWidth = (pieces: Piece[]) => pieces.reduce((s, p) => s + p.width, 0);

/**
 * What a line can give up by squeezing punctuation. The first and last
 * pieces keep their full cells: a squeezed mark there would push its glyph's
 * box past the edge of the block.
 */
const shrinkOf = (line: Piece[], i: number) => (i === 0 || i === line.length - 1 ? 0 : line[i].shrink);
const lineShrink = (line: Piece[]) => line.reduce((s, _, i) => s + shrinkOf(line, i), 0);

/** Where line [start, …) ends: the index of the first piece of the next line; undefined when no break is allowed. */
function chooseEnd(pieces: Piece[], start: number, fitEnd: number, available: number): number | undefined {
  for (const honourGlue of [true, false]) {
    if (canBreakBefore(pieces, fitEnd, honourGlue)) return fitEnd;
    for (let m = fitEnd + 1; m <= Math.min(pieces.length, fitEnd + MAX_PUSH_IN); m++) {
      const line = pieces.slice(start, m);
      if (totalWidth(line) - lineShrink(line) > available + EPSILON) break;
      if (canBreakBefore(pieces, m, honourGlue)) return m;
    }
    for (let j = fitEnd - 1; j > start; j--) if (canBreakBefore(pieces, j, honourGlue)) return j;
  }
  return undefined;
}

function trimSpaces(pieces: Piece[]): Piece[] {
  let a = 0;
  let b = pieces.length;
  while (a < b && pieces[a].space) a++;
  while (b > a && pieces[b - 1].space) b--;
  return pieces.slice(a, b);
}

function place(line: Piece[], shape: LineShape, stretch: boolean): PlacedPiece[] {
  const natural = totalWidth(line);
  const squeeze = Math.max(0, natural - shape.available);
  const shrinkable = lineShrink(line);
  const widths = line.map((p, i) => (squeeze > 0 && shrinkable > 0 ? p.width - (squeeze * shrinkOf(line, i)) / shrinkable : p.width));
  // A line of one piece (a long Latin word) has no gap to stretch: its letters are spaced out instead.
  if (stretch && line.length === 1) widths[0] = Math.max(widths[0], shape.available);
  const used = widths.reduce((s, w) => s + w, 0);
  const gap = stretch && line.length > 1 ? Math.max(0, shape.available - used) / (line.length - 1) : 0;
  let x = shape.indent;
  return line.map((piece, i) => {
    const placed = { piece, x, width: widths[i] };
    x += widths[i] + gap;
    return placed;
  });
}

/**
 * No break is allowed anywhere on the line: split the Latin word that
 * overflows it, or else take the last letter off a Latin word on the line, so
 * that a break becomes possible. False when the line has no Latin word.
 */
function splitForBreak(pieces: Piece[], start: number, fitEnd: number, room: number, metrics: PieceMetrics): boolean {
  const overflowing = splitWidePiece(pieces[fitEnd], room, metrics);
  if (overflowing) {
    pieces.splice(fitEnd, 1, ...overflowing);
    return true;
  }
  for (let j = fitEnd - 1; j >= start; j--) {
    const split = splitWidePiece(pieces[j], pieces[j].width - EPSILON, metrics);
    if (split) {
      pieces.splice(j, 1, ...split);
      return true;
    }
  }
  return false;
}

export function breakLines(input: Piece[], options: BreakOptions): SetLine[] {
  const pieces = [...input];
  const lines: SetLine[] = [];
  let start = 0;
  while (start < pieces.length) {
    while (start < pieces.length && pieces[start].space) start++;
    if (start >= pieces.length) break;
    const shape = options.shape(lines.length);
    let fitEnd = start;
    let width = 0;
    while (fitEnd < pieces.length && width + pieces[fitEnd].width <= shape.available + EPSILON) width += pieces[fitEnd++].width;
    if (fitEnd === start) {
      const split = splitWidePiece(pieces[start], shape.available, options.metrics, 'force');
      if (split) {
        pieces.splice(start, 1, ...split);
        continue;
      }
      fitEnd++; // a lone glyph wider than the line
    }
    const final = fitEnd === pieces.length;
    let end = final ? fitEnd : chooseEnd(pieces, start, fitEnd, shape.available);
    if (end === undefined) {
      if (splitForBreak(pieces, start, fitEnd, shape.available - width, options.metrics)) continue;
      end = fitEnd; // no way to obey the rules on this line: break anyway rather than overflow
    }
    const slack = shape.available - totalWidth(trimSpaces(pieces.slice(start, end)));
    if (!final && slack > MAX_STRETCH * shape.available) {
      const split = splitWidePiece(pieces[end], slack, options.metrics, 'separators');
      if (split) {
        pieces.splice(end, 1, ...split);
        continue;
      }
    }
    const line = trimSpaces(pieces.slice(start, end));
    lines.push({ pieces: place(line, shape, options.justify && !final), final, ...shape });
    start = end;
  }
  return lines;
}
