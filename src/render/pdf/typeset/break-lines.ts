/**
 * Line breaking for a whole paragraph at once (total fit): of all the ways
 * to break it that keep the rules in src/style/kinsoku.ts, the one whose
 * lines are closest to full. A justified line is full, or one character short (推出,
 * the character that would break a rule moves down), or squeezed by the
 * half cells of marks that stand together and of a closing mark at its end
 * (推入), or, at a price and only to spare a letter-spaced line, of a few
 * lone closing marks; it is never letter-spaced
 * by more than one character to make room for a run that may not be broken.
 * Only when no such breaking exists (a URL longer than a line) does a rule
 * give way, and the line says so (`strained`).
 */
import type { Piece, PlacedPiece, SetLine } from './piece';
import { isSeam, justificationGaps, LETTER_SPACING, SEAM_MAX } from './justify';
import { forceSplit, IDEOGRAPHIC_SPACE, type PieceMetrics } from './segment';

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
  /**
   * 1: one line more than the best setting, where that leaves no line looser
   * than one character (TeX's \looseness): a paragraph run long so that a
   * page need not end two lines short.
   */
  looseness?: 0 | 1;
}

const EPSILON = 1e-6;
/** Short by more than this many characters (once seams and word spaces have taken theirs), a justified line is loose. */
const LOOSE_BEYOND = LETTER_SPACING + EPSILON;
/** Slack below this: the line is squeezed. */
const OVERFULL = -EPSILON;
/** Costs, in units of a line one character short (推出). */
const SHORT_LINE = 10;
const SQUEEZED_CELL = 6;
/**
 * A lone mark set in half its cell (推入, src/style/kinsoku.ts 标点挤压): dearer than a line left three or four
 * characters short or a document number broken before its 〔year〕, so that it is done only to spare a letter-spaced
 * line, and then on as few marks as will do.
 */
const LONE_MARK_SQUEEZE = 200;
const LOOSE_LINE = 1000;
const LONE_LAST_CHAR = 40;
/**
 * What each line is worth to a paragraph run long: more than any number of
 * lines one character short cost together, less than one loose line.
 */
const LONGER_CREDIT = LOOSE_LINE / 2;
/**
 * A space between two Latin words (GB/T 19000) may widen to half a cell
 * before any Chinese character is spaced (src/style/kinsoku.ts, 西文词间):
 * what it takes then does not make a line loose.
 */
export const WORD_SPACE_MAX = 0.5;
/** Breaking a Latin word at one of its joints (0591-|87580701): allowed, not free. */
const JOINT_BREAK = 5;
/**
 * Breaking a URL or an e-mail address at one of its joints, or a document
 * number before its 〔year〕 or inside its 代字 (src/style/kinsoku.ts): dearer
 * than any setting of the lines around it short of a letter-spaced line, so
 * that an address or a number that can stand whole does.
 */
const RELUCTANT_BREAK = LOOSE_LINE / 10;
/**
 * Breaking a document number in a ragged paragraph (an annex list, a table
 * cell set flush left), where no line is letter-spaced: dearer than a line
 * left seven cells short.
 */
const RAGGED_NUMBER_BREAK = LOOSE_LINE / 2;
/** Breaking where a rule forbids it: only when nothing else fits. */
const FORCED_BREAK = 1e6;

const totalWidth = (pieces: Piece[]) => pieces.reduce((s, p) => s + p.width, 0);

/**
 * What a line can give up by squeezing punctuation inside it: the first and
 * last pieces keep their full cells there.
 */
const interiorShrinkOf = (line: Piece[], i: number) => (i === 0 || i === line.length - 1 ? 0 : line[i].shrink);
/** What a lone mark gives up when its line must take more: the blank half of its cell. */
const loneHalf = (p: Piece) => (p.loneMark ? p.width / 2 : 0);
/**
 * A closing mark ending a line (，。、） ”…) may give up the blank right half
 * of its cell (行尾挤压, see src/style/kinsoku.ts); its glyph stays inside
 * the block.
 */
const endShrink = (last: Piece) => (last.align === 'left' ? last.width / 2 : 0);

/** Cost of a break before pieces[j] in a paragraph justified or not. */
function breakCost(pieces: Piece[], j: number, justify: boolean): number {
  if (j >= pieces.length) return 0;
  const before = pieces[j - 1];
  const after = pieces[j];
  if (after.glueBefore || after.noStart || before.noEnd) return FORCED_BREAK;
  // a document number broken before its 〔year〕 keeps its 代字 whole: a break inside the 代字 is dearer still
  if (after.keepBefore) return (justify ? RELUCTANT_BREAK : RAGGED_NUMBER_BREAK) * (after.text === '〔' ? 1 : 2);
  if (after.space || before.space) return 0;
  if (!after.wordJoint) return 0;
  return after.address ? RELUCTANT_BREAK : JOINT_BREAK;
}

/** A paragraph's spaces at its ends are dropped, but not the ideographic spaces it starts with: a form's （盖章） stands where they put it, as in Word. */
function trimSpaces(pieces: Piece[]): Piece[] {
  let a = 0;
  let b = pieces.length;
  while (a < b && pieces[a].space && !pieces[a].text.startsWith(IDEOGRAPHIC_SPACE)) a++;
  while (b > a && pieces[b - 1].space) b--;
  return pieces.slice(a, b);
}

/** Latin words wider than the narrowest line are cut where they overflow (and the break is marked forced). */
function splitOversized(input: Piece[], options: BreakOptions): Piece[] {
  const narrowest = Math.min(options.shape(0).available, options.shape(1).available);
  if (input.every((p) => p.width <= narrowest + EPSILON)) return input; // nearly every paragraph: nothing to cut
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

/** pieces[i] is a space between two Latin words (not the ideographic space, not a space beside Chinese text). */
const isWordSpace = (pieces: Piece[], i: number) =>
  pieces[i].space && pieces[i].text !== IDEOGRAPHIC_SPACE && pieces[i - 1]?.align === 'natural' && !pieces[i - 1].space && pieces[i + 1]?.align === 'natural' && !pieces[i + 1].space;

/** How much a word space may widen: up to half a cell of its run. */
const wordSpaceRoom = (piece: Piece, cell: number) => Math.max(0, WORD_SPACE_MAX * cell - piece.width);

/**
 * A paragraph's pieces with running sums and counts, so that a candidate
 * line pieces[s, e) is judged without copying it: the breaker tries every
 * end for every start.
 */
class Paragraph {
  /** widths[k]: natural width of pieces[k]. */
  readonly widths: Float64Array;
  /** widthTo[k], shrinkTo[k]: natural width and squeezable width of pieces[0, k). */
  readonly widthTo: Float64Array;
  readonly shrinkTo: Float64Array;
  /** loneTo[k]: what the lone marks among pieces[0, k) may give up (loneHalf) in a justified paragraph. */
  readonly loneTo: Float64Array;
  /** endShrinkAt[e]: what a line ending with pieces[e - 1] gives up at its end. */
  readonly endShrinkAt: Float64Array;
  /** breakCostAt[j]: cost of a break before pieces[j]. */
  readonly breakCostAt: Float64Array;
  /** endOf[j]: where a line broken before pieces[j] ends once its trailing spaces are dropped. */
  readonly endOf: Int32Array;
  /** seamsTo[k]: seams in the gaps before pieces 1…k-1; those inside pieces[s, e) are seamsTo[e] - seamsTo[s + 1]. */
  readonly seamsTo: Int32Array;
  /**
   * roomTo[k]: how much the word spaces among pieces[0, k) may widen, in points; those of pieces[s, e) may widen
   * by roomTo[e] - roomTo[s] (a line starts and ends with a word, so its spaces are inside it).
   */
  readonly roomTo: Float64Array;

  constructor(readonly pieces: Piece[], cell: (run: number) => number, justify: boolean) {
    const n = pieces.length;
    this.widths = Float64Array.from(pieces, (p) => p.width);
    this.widthTo = new Float64Array(n + 1);
    this.shrinkTo = new Float64Array(n + 1);
    this.loneTo = new Float64Array(n + 1);
    this.endShrinkAt = new Float64Array(n + 1);
    this.breakCostAt = new Float64Array(n + 1);
    this.endOf = new Int32Array(n + 1);
    this.seamsTo = new Int32Array(n + 1);
    this.roomTo = new Float64Array(n + 1);
    for (let k = 1; k <= n; k++) {
      const p = pieces[k - 1];
      this.widthTo[k] = this.widthTo[k - 1] + p.width;
      this.shrinkTo[k] = this.shrinkTo[k - 1] + p.shrink;
      // a ragged line is never letter-spaced: nothing to spare it, its lone marks keep their cells
      this.loneTo[k] = this.loneTo[k - 1] + (justify ? loneHalf(p) : 0);
      this.endShrinkAt[k] = endShrink(p);
      this.breakCostAt[k] = breakCost(pieces, k, justify);
      this.endOf[k] = p.space ? this.endOf[k - 1] : k;
      this.seamsTo[k] = this.seamsTo[k - 1] + (k > 1 && isSeam(pieces, k - 1) ? 1 : 0);
      this.roomTo[k] = this.roomTo[k - 1] + (isWordSpace(pieces, k - 1) ? wordSpaceRoom(p, cell(p.run)) : 0);
    }
  }

  /** 况 or 况。 alone: pieces[s, e) hold one character with at most its closing marks. */
  lone(s: number, e: number): boolean {
    let startable = -1;
    for (let k = s; k < e; k++) {
      if (this.pieces[k].noStart) continue;
      if (startable >= 0) return false;
      startable = k;
    }
    if (startable < 0) return false;
    const { text } = this.pieces[startable];
    return text.length === 1 || (text.length === 2 && text.codePointAt(0)! > 0xffff); // one code point
  }
}

/**
 * Cost of a line too long by `over` points: what its marks give up, those
 * that stand together (and a closing mark at its end, `shrink` in all) first,
 * then as many lone marks as the rest needs, each half a cell.
 */
function squeezeCost(over: number, shrink: number, unit: number): number {
  const paired = Math.min(over, shrink);
  return (SQUEEZED_CELL * paired) / unit + LONE_MARK_SQUEEZE * loneMarksFor(over - paired, unit);
}

/**
 * Cost of a line that is not its paragraph's last: how far it is from full,
 * and whether it is letter-spaced (short by more than one character once its
 * seams and word spaces have taken what they may); or what it squeezes.
 */
function lineCost(width: number, seams: number, wordSpaceRoom: number, shape: LineShape, justify: boolean, unit: number, shrink: number): number {
  const slack = shape.available - width;
  if (slack < OVERFULL) return squeezeCost(-slack, shrink, unit);
  const short = slack / unit;
  const loose = justify && short - SEAM_MAX * seams - wordSpaceRoom / unit > LOOSE_BEYOND;
  return SHORT_LINE * short * short + (loose ? LOOSE_LINE : 0);
}

/** How many lone marks, half a cell each, give up `over` points. */
const loneMarksFor = (over: number, unit: number) => (over > EPSILON ? Math.ceil(over / (unit / 2) - EPSILON) : 0);

/** Cost of a paragraph's last line: it may be as short as it likes, but not one character alone where that is avoided; and what it squeezes. */
function finalLineCost(paragraph: Paragraph, s: number, e: number, options: BreakOptions, over: number, shrink: number, unit: number): number {
  const lone = options.avoidLoneLastChar && paragraph.lone(s, e) ? LONE_LAST_CHAR : 0;
  return lone + (over > -OVERFULL ? squeezeCost(over, shrink, unit) : 0);
}

/** Lines after the first share one shape: a state is "on the first line" (0) or "after it" (1). */
const STATES = 2;
const stateOf = (line: number) => Math.min(line, STATES - 1);

/**
 * Sets in half their cells as many of a line's lone marks as give up `over` points, spread along the line (the
 * first, middle and last of three, not three side by side). The first and last pieces keep their cells.
 */
function squeezeLoneMarks(line: Piece[], placed: PlacedPiece[], over: number): void {
  if (over <= EPSILON) return;
  const lone = line.flatMap((piece, i) => (i > 0 && i < line.length - 1 && piece.loneMark ? [i] : []));
  const marks = Math.min(lone.length, loneMarksFor(over, line[lone[0]]?.width ?? 1));
  for (let k = 0; k < marks; k++) {
    const i = lone[Math.floor(((k + 0.5) * lone.length) / marks)];
    placed[i].width -= loneHalf(line[i]);
  }
}

function place(line: Piece[], shape: LineShape, stretch: boolean, cell: (run: number) => number): PlacedPiece[] {
  const last = line.length - 1;
  let natural = 0;
  let interior = 0;
  for (let i = 0; i <= last; i++) {
    natural += line[i].width;
    interior += interiorShrinkOf(line, i);
  }
  const squeeze = Math.max(0, natural - shape.available);
  // marks that stand together give up their halves first; a closing mark at the line end, when more is
  // needed, is set in half its cell (whatever that leaves over is spread like any slack)
  const fromInterior = Math.min(squeeze, interior);
  const fromEnd = line.length > 1 && squeeze - fromInterior > EPSILON ? endShrink(line[last]) : 0;
  const placed = line.map((piece, i): PlacedPiece => ({
    piece,
    x: 0,
    width: piece.width - (interior > 0 ? (fromInterior * interiorShrinkOf(line, i)) / interior : 0) - (i === last ? fromEnd : 0),
  }));
  squeezeLoneMarks(line, placed, squeeze - fromInterior - fromEnd);
  const set = placed.reduce((sum, p) => sum + p.width, 0);
  let slack = stretch ? Math.max(0, shape.available - set) : 0;
  // Word spaces widen first, each by the same share of what it may take (JLREQ §3.8.4 a)
  const rooms = line.map((piece, i) => (i > 0 && i < last && isWordSpace(line, i) ? wordSpaceRoom(piece, cell(piece.run)) : 0));
  const room = rooms.reduce((sum, r) => sum + r, 0);
  const toSpaces = Math.min(slack, room);
  if (toSpaces > 0) {
    rooms.forEach((r, i) => (placed[i].width += (toSpaces * r) / room));
    slack -= toSpaces;
  }
  // The rest: a bounded space where Chinese meets Latin text, the remainder spread thin (justify.ts)
  const gaps = justificationGaps(line, slack, cell(line[0].run));
  let x = shape.indent;
  for (let i = 0; i <= last; i++) {
    x += gaps[i];
    placed[i].x = x;
    x += placed[i].width;
  }
  return placed;
}

export function breakLines(input: Piece[], options: BreakOptions): SetLine[] {
  const pieces = trimSpaces(splitOversized(input, options));
  const n = pieces.length;
  if (n === 0) return [];
  const cell = options.metrics.cell;
  if (options.shape(0).available === Infinity) return [{ pieces: place(pieces, options.shape(0), false, cell), final: true, ...options.shape(0) }];
  const paragraph = new Paragraph(pieces, cell, options.justify);
  const { widths, widthTo, shrinkTo, loneTo, endShrinkAt, breakCostAt, endOf, seamsTo, roomTo } = paragraph;
  // The cheapest way to set pieces[0, i) with the next line in state t, at [i * STATES + t]:
  // its cost, and where the line that ends at i starts and the state there (-1: not reached).
  const cost = new Float64Array((n + 1) * STATES);
  const from = new Int32Array((n + 1) * STATES).fill(-1);
  const fromState = new Int8Array((n + 1) * STATES);
  const credit = options.looseness ? LONGER_CREDIT : 0;
  from[0] = 0;
  for (let i = 0; i < n; i++) {
    for (let state = 0; state < STATES; state++) {
      const here = i * STATES + state;
      if (from[here] < 0) continue;
      let s = i;
      // a line after a break starts at its first word (the pieces end with a non-space); the first keeps its ideographic spaces
      if (i > 0) while (pieces[s].space) s++;
      const shape = options.shape(state);
      const unit = options.metrics.cell(pieces[s].run);
      const next = stateOf(state + 1);
      // What the inner loop reads of the line's start and shape, read once: it runs for every end of every start,
      // in the interpreter on a one-shot build (every number it computes there is a new heap object).
      const limit = shape.available + EPSILON;
      const widthAtStart = widthTo[s];
      const shrinkAtStart = shrinkTo[s + 1];
      const loneAtStart = loneTo[s + 1];
      const seamsAtStart = seamsTo[s + 1];
      const roomAtStart = roomTo[s];
      const costHere = cost[here];
      // the line's natural width, summed piece by piece (in order, whichever lines are priced) as the line grows
      let width = 0;
      let summed = s;
      for (let j = s + 1; j <= n; j++) {
        const e = endOf[j];
        const natural = widthTo[e] - widthAtStart;
        // Squeezing gives nothing negative: a line that fits unsqueezed (most of those tried) needs it not worked out.
        let shrink = 0;
        if (j > s + 1 && natural > limit) {
          // interior shrink (the first and last pieces keep their cells there) and a closing mark's at the line end
          shrink = (e - s > 2 ? shrinkTo[e - 1] - shrinkAtStart : 0) + (e - s > 1 ? endShrinkAt[e] : 0);
          if (natural - shrink - (e - s > 2 ? loneTo[e - 1] - loneAtStart : 0) > limit) break;
        }
        const there = j * STATES + next;
        const reached = from[there] >= 0;
        // No line costs less than nothing: where a free one would not beat the best way there so far, this one need not be priced.
        if (reached && costHere + breakCostAt[j] - credit >= cost[there] - EPSILON) continue;
        while (summed < e) width += widths[summed++];
        const line = j === n ? finalLineCost(paragraph, s, e, options, width - shape.available, shrink, unit) : lineCost(width, seamsTo[e] - seamsAtStart, roomTo[e] - roomAtStart, shape, options.justify, unit, shrink);
        const total = costHere + line + breakCostAt[j] - credit;
        if (!reached || total < cost[there] - EPSILON) {
          cost[there] = total;
          from[there] = i;
          fromState[there] = state;
        }
      }
    }
  }
  const ends: number[] = [];
  for (let i = n, state = STATES - 1; i > 0; ) {
    const at = i * STATES + state;
    ends.unshift(i);
    i = from[at];
    state = fromState[at];
  }
  const lines: SetLine[] = [];
  let start = 0;
  for (const end of ends) {
    let s = start;
    if (start > 0) while (pieces[s].space) s++;
    const e = endOf[end];
    const line = pieces.slice(s, e);
    const shape = options.shape(lines.length);
    const final = end === n;
    const loose = !final && lineCost(totalWidth(line), seamsTo[e] - seamsTo[s + 1], roomTo[e] - roomTo[s], shape, options.justify, cell(line[0].run), Infinity) >= LOOSE_LINE;
    const strained = breakCostAt[end] >= FORCED_BREAK ? 'forced' : loose ? 'loose' : undefined;
    lines.push({ pieces: place(line, shape, options.justify && !final, cell), final, ...shape, ...(strained ? { strained } : {}) });
    start = end;
  }
  return lines;
}
