/**
 * Title lines (§7.3.1): break only between words (Intl.Segmenter knows
 * Chinese words) and where 禁则 allow, into as few lines as fit, shaped as a
 * 梯形 (each line no shorter, or no longer, than the one before) or a 菱形
 * (longer lines in the middle) — never an hourglass with a short line between
 * longer ones — with line lengths as even as possible.
 * A one-character word stays with the word before it (办公|室, 总局|等,
 * 2018|年: the dictionary splits them, a reader does not); a number keeps
 * its unit or counter whatever its length (2025年度, 第3届); 关于 never ends a
 * line (关于|开展 reads as a broken phrase); the seams of a 公文 title — after
 * 转发/印发, before 关于 — are preferred when the balance allows.
 * A book title 《…》 (or a 〈…〉 in one), and each issuer's name of a joint
 * title written apart by ideographic spaces, that fits a line stands whole on one
 * where that shapes the title without a stub line, even at the cost of a line
 * more; else it breaks where the balance is best, preferably between two
 * words the dictionary is sure of.
 */
import { cachedChineseWords } from '../compose/chinese-words-cache';
import { cannotEndLine, cannotStartLine, COUNTERS, DOCUMENT_NUMBER } from '../style/kinsoku';
import { emWidth, fitEm } from './text-width';

/** Where a title line may best end or start: 《…》转发 | 市场监管总局…, …办公室 | 关于…. */
const SEAM_AFTER = /(转发|印发|批转)$/;
const SEAM_BEFORE = /^关于/;
/**
 * A number and the unit or counter it counts are one word to a reader
 * (2025|年度, 3|届, 12|次, 20|个; 第|3): 分离禁则 of numerals, as the body's
 * UNBREAKABLE_RUNS keep 2017年 whole (src/style/kinsoku.ts).
 */
const ENDS_WITH_NUMBER = /[0-9０-９]$/u;
const STARTS_WITH_UNIT = new RegExp(`^[${COUNTERS}]`, 'u');
const ENDS_WITH_ORDINAL = /第$/u;
const STARTS_WITH_NUMBER = /^[0-9０-９]/u;
const numberWithUnit = (before: string, after: string) =>
  (ENDS_WITH_NUMBER.test(before) && STARTS_WITH_UNIT.test(after)) || (ENDS_WITH_ORDINAL.test(before) && STARTS_WITH_NUMBER.test(after));
/**
 * Code-point offsets inside a document number quoted in a title (（闽市监质〔2026〕12号）), where a break would split
 * it: its 代字, year and serial are one designation (GB/T 9704 §7.2.4), broken nowhere in a title, which chooses among
 * word seams and loses nothing by it (src/style/kinsoku.ts DOCUMENT_NUMBER).
 */
function insideDocumentNumbers(text: string): Set<number> {
  const inside = new Set<number>();
  for (const m of text.matchAll(DOCUMENT_NUMBER)) {
    const start = [...text.slice(0, m.index)].length;
    for (let k = 1; k < [...m[0]].length; k++) inside.add(start + k);
  }
  return inside;
}

/** Words that bind to the word after them: a line never ends with them. */
const BINDS_FORWARD = /(关于|对于|有关|的|和|与|及)$/;
/** A seam is worth this share of the squared mean line width… */
const SEAM_BONUS = 0.3;
/** …and a break inside a quoted name (“全国质量强市|示范城市”) or a book title too long for a line costs this share. */
const QUOTE_PENALTY = 0.3;
/** …and one beside a one-character word inside a book title this much more. */
const UNSURE_PENALTY = 0.5;
/** Lines differing by less than this many em count as equally long when judging the shape. */
const SHAPE_TOLERANCE_EM = 1;
/** A line shorter than the longest divided by this is a stub. */
const STUB_SHARE = 3;
/** More lines than this is not a title but a paragraph: give up shaping. */
const MAX_LINES = 5;

/**
 * Book titles (《…》, or a 〈…〉 within one), as code-point offsets: `starts`
 * where one that fits a line opens, `inside` the offsets inside it (a break
 * there is a break inside the name: the dictionary does not know every term
 * of a standard's name, 锂|离子, and a reader takes the name as one), and
 * `within` those inside one wider than a line.
 */
function bookTitles(text: string, maxEm: number) {
  const within = new Set<number>();
  const starts = new Set<number>();
  const inside = new Set<number>();
  const opened: number[] = [];
  [...text].forEach((ch, i, chars) => {
    if (ch === '《' || ch === '〈') opened.push(i);
    else if ((ch === '》' || ch === '〉') && opened.length) {
      const start = opened.pop()!;
      const fits = fitEm(chars.slice(start, i + 1).join('')) <= maxEm;
      if (fits) starts.add(start);
      for (let k = start + 1; k <= i; k++) (fits ? inside : within).add(k);
    }
  });
  for (const [start, end] of spacedNames(text)) {
    if (fitEm([...text].slice(start, end).join('')) > maxEm) continue;
    starts.add(start);
    for (let k = start + 1; k < end; k++) inside.add(k);
  }
  return { within, starts, inside };
}

/**
 * The issuers' names of a joint title, written apart by ideographic spaces
 * (政和县市场监督管理局　政和县财政局关于…): each name before a space, and the
 * one after the last space up to 关于, as [start, end) code-point offsets. A
 * reader takes each as one word; the dictionary splits 柘荣县|财政局.
 */
function spacedNames(text: string): [number, number][] {
  const chars = [...text];
  const spaces = chars.flatMap((ch, i) => (ch === '　' ? [i] : []));
  if (!spaces.length) return [];
  const about = chars.join('').indexOf('关于', chars.slice(0, spaces[spaces.length - 1]).join('').length);
  const lastEnd = about < 0 ? -1 : [...text.slice(0, about)].length;
  const names: [number, number][] = spaces.map((end, k) => [k ? spaces[k - 1] + 1 : 0, end]);
  if (lastEnd > spaces[spaces.length - 1] + 1) names.push([spaces[spaces.length - 1] + 1, lastEnd]);
  return names.filter(([start, end]) => end - start > 1);
}

/** Between two of the dictionary's words, one of a single character, neither a bracket (which 禁则 bind). */
const unsureBoundary = (before: string, after: string) => ([...before].length === 1 || [...after].length === 1) && !/[《》〈〉]/.test(before + after);

/** A title cut into words, and the words a break before is unsure (inside a book title, beside a one-character word). */
interface Words {
  ws: string[];
  unsure: Set<number>;
}

/**
 * The title's words; with `wholeBookTitles`, a book title that fits a line is
 * never broken. Inside a book title broken, a break beside a one-character
 * word is as likely inside a term the dictionary does not know (蓄|电池) as
 * not (龙溪市|2024年), and is left for when no other does.
 */
function words(text: string, maxEm: number, wholeBookTitles: boolean): Words {
  const out: string[] = [];
  const unsure = new Set<number>();
  const titles = bookTitles(text, maxEm);
  const numbers = insideDocumentNumbers(text);
  let at = 0; // code points before the segment
  let last = '';
  for (const segment of cachedChineseWords(text)) {
    const prev = out[out.length - 1];
    const n = [...segment].length;
    // 禁则, a number with its unit, a document number and a book title kept whole always join; a one-character word or one that binds
    // forward only while the two fit a line, and not with a book title kept whole after it (关于《…》 may break before 《); an opening
    // bracket, a one-character word that binds to what follows it, never joins the word before (转发|《福建省…, 通知》|（闽市监质…）
    const must = prev !== undefined && ((wholeBookTitles && titles.inside.has(at)) || numbers.has(at) || cannotStartLine([...segment][0]) || cannotEndLine([...prev].pop()!) || numberWithUnit(prev, segment));
    const may = prev !== undefined && ((n === 1 && !cannotEndLine(segment)) || BINDS_FORWARD.test(prev)) && fitEm(prev + segment) <= maxEm && !(wholeBookTitles && titles.starts.has(at));
    if (must || may) out[out.length - 1] += segment;
    else {
      if ((titles.inside.has(at) || titles.within.has(at)) && unsureBoundary(last, segment)) unsure.add(out.length);
      out.push(segment);
    }
    at += n;
    last = segment;
  }
  return { ws: out, unsure };
}

/** Whether text ends inside a “…” quotation or a book title 《…》. */
const insideQuotes = (text: string) => text.lastIndexOf('“') > text.lastIndexOf('”') || text.lastIndexOf('《') > text.lastIndexOf('》');

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

/**
 * `stubless`: no line shorter than a third of the longest (the book title
 * kept whole may cost a line, not leave a stub such as 通知 alone, §7.3.1
 * 长短适宜).
 */
function best({ ws, unsure }: Words, count: number, maxEm: number, stubless: boolean): string[] | undefined {
  let bestLines: string[] | undefined;
  let bestCost = Infinity;
  const mean = emWidth(ws.join('')) / count;
  for (const starts of cuts(ws.length, count)) {
    const bounds = [0, ...starts, ws.length];
    const lines = bounds.slice(1).map((end, k) => ws.slice(bounds[k], end).join(''));
    if (lines.some((l) => fitEm(l) > maxEm || [...l].length < 2)) continue;
    const widths = lines.map(emWidth);
    if (stubless && Math.min(...widths) < Math.max(...widths) / STUB_SHARE) continue;
    if (!trapezoidOrDiamond(widths)) continue;
    const seams = starts.filter((i) => SEAM_AFTER.test(ws[i - 1]) || SEAM_BEFORE.test(ws[i])).length;
    const quoted = starts.filter((i) => insideQuotes(ws.slice(0, i).join(''))).length;
    const unsureBreaks = starts.filter((i) => unsure.has(i)).length;
    const cost = widths.reduce((c, w) => c + (w - mean) ** 2, 0) + (quoted * QUOTE_PENALTY + unsureBreaks * UNSURE_PENALTY - seams * SEAM_BONUS) * mean ** 2;
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

/** Code-point offsets in `title` where this breaker may end a line: after each of its words, a book title that fits a line one word (a clerk's break elsewhere splits one). */
export function titleSeams(title: string, maxEm: number): Set<number> {
  const seams = new Set<number>();
  let at = 0;
  for (const w of words(title, maxEm, true).ws) seams.add((at += [...w].length));
  return seams;
}

/** The title as lines at most `maxEm` wide; explicit line breaks in the text are kept. */
export function titleLines(title: string, maxEm: number): string[] {
  return title.split('\n').flatMap((part) => {
    if (fitEm(part) <= maxEm) return [part];
    // a book title whole where the title can be shaped so without a stub line, else broken where it costs least
    const lines = shaped(words(part, maxEm, true), part, maxEm, true) ?? shaped(words(part, maxEm, false), part, maxEm, false) ?? filled(words(part, maxEm, false).ws, maxEm);
    // the gap between two names where a line breaks is not printed: the line is centred on its text
    return lines.map((line) => line.replace(/^　+|　+$/g, ''));
  });
}

/** The fewest lines of `ws` that make a 梯形 or 菱形, if any does within MAX_LINES. */
function shaped(words: Words, part: string, maxEm: number, stubless: boolean): string[] | undefined {
  for (let count = Math.max(2, Math.ceil(fitEm(part) / maxEm)); count <= Math.min(words.ws.length, MAX_LINES); count++) {
    const lines = best(words, count, maxEm, stubless);
    if (lines) return lines;
  }
  return undefined;
}
