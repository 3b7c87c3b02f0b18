/**
 * Title lines (§7.3.1): break only between words (Intl.Segmenter knows
 * Chinese words) and where 禁则 allow, into as few lines as fit, shaped as a
 * 梯形 (each line no shorter, or no longer, than the one before) or a 菱形
 * (longer lines in the middle) — never an hourglass with a short line between
 * longer ones — with line lengths as even as possible.
 * A one-character word stays with the word before it (办公|室, 总局|等,
 * 2018|年: the dictionary splits them, a reader does not); 关于 never ends a
 * line (关于|开展 reads as a broken phrase); the seams of a 公文 title — after
 * 转发/印发, before 关于 — are preferred when the balance allows.
 */
import { cachedChineseWords } from '../compose/chinese-words-cache';
import { cannotEndLine, cannotStartLine } from '../style/kinsoku';
import { emWidth, fitEm } from './text-width';

/** Where a title line may best end or start: 《…》转发 | 市场监管总局…, …办公室 | 关于…. */
const SEAM_AFTER = /(转发|印发|批转)$/;
const SEAM_BEFORE = /^关于/;
/** Words that bind to the word after them: a line never ends with them. */
const BINDS_FORWARD = /(关于|对于|有关|的|和|与|及)$/;
/** A seam is worth this share of the squared mean line width… */
const SEAM_BONUS = 0.3;
/** …and a break inside a quoted name (“全国质量强市|示范城市”) costs this share. */
const QUOTE_PENALTY = 0.3;
/** Lines differing by less than this many em count as equally long when judging the shape. */
const SHAPE_TOLERANCE_EM = 1;
/** More lines than this is not a title but a paragraph: give up shaping. */
const MAX_LINES = 5;

function words(text: string): string[] {
  const out: string[] = [];
  for (const segment of cachedChineseWords(text)) {
    const prev = out[out.length - 1];
    const joins = prev !== undefined && ([...segment].length === 1 || cannotStartLine([...segment][0]) || cannotEndLine([...prev].pop()!) || BINDS_FORWARD.test(prev));
    if (joins) out[out.length - 1] += segment;
    else out.push(segment);
  }
  return out;
}

/** Whether text ends inside a “…” quotation. */
const insideQuotes = (text: string) => text.lastIndexOf('“') > text.lastIndexOf('”');

/** No line shorter than a line above it and a line below it (an hourglass or zigzag). */
function trapezoidOrDiamond(widths: number[]): boolean {
  for (let i = 1; i < widths.length - 1; i++) {
    const above = Math.max(...widths.slice(0, i));
    const below = Math.max(...widths.slice(i + 1));
    if (widths[i] < Math.min(above, below) - SHAPE_TOLERANCE_EM) return false;
  }
  return true;
}

/** Every way to cut `n` words into `count` non-empty lines, as the index each line after the first starts at. */
function* cuts(n: number, count: number, from = 1): Generator<number[]> {
  if (count === 1) {
    yield [];
    return;
  }
  for (let i = from; i <= n - count + 1; i++) for (const rest of cuts(n, count - 1, i + 1)) yield [i, ...rest];
}

function best(ws: string[], count: number, maxEm: number): string[] | undefined {
  let bestLines: string[] | undefined;
  let bestCost = Infinity;
  const mean = emWidth(ws.join('')) / count;
  for (const starts of cuts(ws.length, count)) {
    const bounds = [0, ...starts, ws.length];
    const lines = bounds.slice(1).map((end, k) => ws.slice(bounds[k], end).join(''));
    if (lines.some((l) => fitEm(l) > maxEm || [...l].length < 2)) continue;
    const widths = lines.map(emWidth);
    if (!trapezoidOrDiamond(widths)) continue;
    const seams = starts.filter((i) => SEAM_AFTER.test(ws[i - 1]) || SEAM_BEFORE.test(ws[i])).length;
    const quoted = starts.filter((i) => insideQuotes(ws.slice(0, i).join(''))).length;
    const cost = widths.reduce((c, w) => c + (w - mean) ** 2, 0) + (quoted * QUOTE_PENALTY - seams * SEAM_BONUS) * mean ** 2;
    if (cost < bestCost) [bestCost, bestLines] = [cost, lines];
  }
  return bestLines;
}

/** Lines filled word by word: a title too long to shape, or a word wider than the block (on a line of its own). */
function filled(ws: string[], maxEm: number): string[] {
  const lines: string[] = [];
  for (const w of ws) {
    const last = lines.length - 1;
    if (last >= 0 && fitEm(lines[last] + w) <= maxEm) lines[last] += w;
    else lines.push(w);
  }
  return lines;
}

/** The title as lines at most `maxEm` wide; explicit line breaks in the text are kept. */
export function titleLines(title: string, maxEm: number): string[] {
  return title.split('\n').flatMap((part) => {
    if (fitEm(part) <= maxEm) return [part];
    const ws = words(part);
    for (let count = Math.max(2, Math.ceil(fitEm(part) / maxEm)); count <= Math.min(ws.length, MAX_LINES); count++) {
      const lines = best(ws, count, maxEm);
      if (lines) return lines;
    }
    return filled(ws, maxEm);
  });
}
