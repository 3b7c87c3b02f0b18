/**
 * Line breaking for a whole paragraph at once (total fit): of all the ways
 * to break it that keep the rules in src/style/kinsoku.ts, the one whose
 * lines are closest to full. A justified line is full, or one character short (推出,
 * the character that would break a rule moves down), or squeezed by the
 * half cells of marks that stand together and of a closing mark at its end
 * (推入); it is never letter-spaced
 * by more than one character to make room for a run that may not be broken.
 * Only when no such breaking exists (a URL longer than a line) does a rule
 * give way, and the line says so (`strained`).
 */
import type { Piece, PlacedPiece, SetLine } from './piece';
import { forceSplit, type PieceMetrics } from './segment';

export interface LineShape {
  indent: number;
  available: number;
}

export interface BreakOptions {
  /** Shape of line n (0-based): first-line indent, hanging indent…; every line after the first has the shape of line 1. */
  shape: (line: number) => LineShape;
  /** Stretch or squeeze every non-final line to its full width. */
  justify: boolean;
  metrics: PieceMetrics;
  /** Avoid a last line of a single character where the width allows (table cells). */
  avoidLoneLastChar?: boolean;
}

const EPSILON = 1e-6;
/** Costs, in units of a line one character short (推出). */
const SHORT_LINE = 10;
const SQUEEZED_CELL = 6;
const LOOSE_LINE = 1000;
const LONE_LAST_CHAR = 40;
/**
 * Where Chinese meets Latin text the space is adjustable (clreq: a quarter
 * em is usual); up to half a cell there is spacing between scripts, not
 * letter-spacing, and does not make a line loose.
 */
export const SEAM_ALLOWANCE = 0.5;
/** Breaking a Latin word at one of its joints (0591-|87580701): allowed, not free. */
const JOINT_BREAK = 5;
/** Breaking where a rule forbids it: only when nothing else fits. */
const FORCED_BREAK = 1e6;

const totalWidth = (pieces: Piece[]) => pieces.reduce((s, p) => s + p.width, 0);

/**
 * What a line can give up by squeezing punctuation inside it: the first and
 * last pieces keep their full cells there.
 */
const interiorShrinkOf = (line: Piece[], i: number) => (i === 0 || i === line.length - 1 ? 0 : line[i].shrink);
/**
 * A closing mark ending a line (，。、） ”…) may give up the blank right half
 * of its cell (行尾挤压, see src/style/kinsoku.ts); its glyph stays inside
 * the block.
 */
const endShrink = (last: Piece) => (last.align === 'left' ? last.width / 2 : 0);

/** Cost of a break before pieces[j]. */
function breakCost(pieces: Piece[], j: number): number {
  if (j >= pieces.length) return 0;
  const before = pieces[j - 1];
  const after = pieces[j];
  if (after.glueBefore || after.noStart || before.noEnd) return FORCED_BREAK;
  if (after.space || before.space) return 0;
  return after.wordJoint ? JOINT_BREAK : 0;
}

function trimSpaces(pieces: Piece[]): Piece[] {
  let a = 0;
  let b = pieces.length;
  while (a < b && pieces[a].space) a++;
  while (b > a && pieces[b - 1].space) b--;
  return pieces.slice(a, b);
}

/** Latin words wider than the narrowest line are cut where they overflow (and the break is marked forced). */
function splitOversized(input: Piece[], options: BreakOptions): Piece[] {
  const narrowest = Math.min(options.shape(0).available, options.shape(1).available);
  const out: Piece[] = [];
  const queue = [...input];
  while (queue.length) {
    const p = queue.shift()!;
    const parts = p.width > narrowest + EPSILON ? forceSplit(p, narrowest, options.metrics) : undefined;
    if (parts) queue.unshift(...parts);
    else out.push(p);
  }
  return out;
}

/** Gaps (before piece i) where Chinese meets Latin text. */
const seamsOf = (line: Piece[]) => line.map((p, i) => i > 0 && !p.wordJoint && (p.align === 'natural') !== (line[i - 1].align === 'natural'));

function lineCost(line: Piece[], shape: LineShape, final: boolean, options: BreakOptions, unit: number): number {
  if (final) {
    // 况 or 况。 alone: one character with at most its closing marks
    const lone = options.avoidLoneLastChar && line.filter((p) => !p.noStart).length === 1 && [...line.find((p) => !p.noStart)!.text].length === 1;
    return lone ? LONE_LAST_CHAR : 0;
  }
  const slack = shape.available - totalWidth(line);
  if (slack < -EPSILON) return (SQUEEZED_CELL * -slack) / unit;
  const short = slack / unit;
  const loose = short - SEAM_ALLOWANCE * seamsOf(line).filter(Boolean).length > 1 + EPSILON;
  return SHORT_LINE * short * short + (options.justify && loose ? LOOSE_LINE : 0);
}

/** Lines after the first share one shape: a state is "on the first line" (0) or "after it" (1). */
const stateOf = (line: number) => Math.min(line, 1);

interface Choice {
  cost: number;
  /** Where the line that ends here starts, and the state there. */
  from: number;
  fromState: number;
}

function place(line: Piece[], shape: LineShape, stretch: boolean): PlacedPiece[] {
  const natural = totalWidth(line);
  const squeeze = Math.max(0, natural - shape.available);
  // marks that stand together give up their halves first; a closing mark at the line end, when more is
  // needed, is set in half its cell (whatever that leaves over is spread like any slack)
  const interior = line.reduce((sum, _, i) => sum + interiorShrinkOf(line, i), 0);
  const fromInterior = Math.min(squeeze, interior);
  const fromEnd = line.length > 1 && squeeze - fromInterior > EPSILON ? endShrink(line[line.length - 1]) : 0;
  const widths = line.map((p, i) => p.width - (interior > 0 ? (fromInterior * interiorShrinkOf(line, i)) / interior : 0) - (i === line.length - 1 ? fromEnd : 0));
  const slack = stretch ? Math.max(0, shape.available - widths.reduce((s, w) => s + w, 0)) : 0;
  // Slack goes where Chinese meets Latin text first (clreq: the space between scripts is adjustable),
  // so the full-width characters keep their grid columns; a line without such a seam spreads it evenly.
  const seams = seamsOf(line);
  const gaps = line.map((p, i) => i > 0 && !p.wordJoint);
  const where = seams.some(Boolean) ? seams : gaps;
  const count = where.filter(Boolean).length;
  const gap = count > 0 ? slack / count : 0;
  let x = shape.indent;
  return line.map((piece, i) => {
    if (where[i]) x += gap;
    const placed = { piece, x, width: widths[i] };
    x += widths[i];
    return placed;
  });
}

export function breakLines(input: Piece[], options: BreakOptions): SetLine[] {
  const pieces = trimSpaces(splitOversized(input, options));
  const n = pieces.length;
  if (n === 0) return [];
  if (options.shape(0).available === Infinity) return [{ pieces: place(pieces, options.shape(0), false), final: true, ...options.shape(0) }];
  const widthTo = [0];
  const shrinkTo = [0];
  for (const p of pieces) {
    widthTo.push(widthTo[widthTo.length - 1] + p.width);
    shrinkTo.push(shrinkTo[shrinkTo.length - 1] + p.shrink);
  }
  // best[i][state]: the cheapest way to set pieces[0, i) with the next line in that state.
  const best: (Choice | undefined)[][] = Array.from({ length: n + 1 }, () => []);
  best[0][0] = { cost: 0, from: -1, fromState: -1 };
  for (let i = 0; i < n; i++) {
    best[i].forEach((here, state) => {
      if (!here) return;
      let s = i;
      while (pieces[s].space) s++; // the pieces end with a non-space
      const shape = options.shape(state);
      const unit = options.metrics.cell(pieces[s].run);
      for (let j = s + 1; j <= n; j++) {
        let e = j;
        while (pieces[e - 1].space) e--;
        // interior shrink (the first and last pieces keep their cells there) and a closing mark's at the line end
        const shrink = (e - s > 2 ? shrinkTo[e - 1] - shrinkTo[s + 1] : 0) + (e - s > 1 ? endShrink(pieces[e - 1]) : 0);
        if (j > s + 1 && widthTo[e] - widthTo[s] - shrink > shape.available + EPSILON) break;
        const cost = here.cost + lineCost(pieces.slice(s, e), shape, j === n, options, unit) + breakCost(pieces, j);
        const next = stateOf(state + 1);
        const there = best[j][next];
        if (!there || cost < there.cost - EPSILON) best[j][next] = { cost, from: i, fromState: state };
      }
    });
  }
  const ends: number[] = [];
  for (let i = n, state = 1; i > 0; ) {
    const choice = best[i][state]!;
    ends.unshift(i);
    i = choice.from;
    state = choice.fromState;
  }
  const lines: SetLine[] = [];
  let start = 0;
  for (const end of ends) {
    const line = trimSpaces(pieces.slice(start, end));
    const shape = options.shape(lines.length);
    const final = end === n;
    const cost = lineCost(line, shape, final, options, options.metrics.cell(line[0].run));
    const strained = breakCost(pieces, end) >= FORCED_BREAK ? 'forced' : cost >= LOOSE_LINE ? 'loose' : undefined;
    lines.push({ pieces: place(line, shape, options.justify && !final), final, ...shape, ...(strained ? { strained } : {}) });
    start = end;
  }
  return lines;
}
