/**
 * A typesetter's reading of a written PDF, from poppler's word boxes alone
 * (it imports nothing of the layout code it checks): widows, orphans, loose
 * lines and runs split across lines that a reader keeps together.
 *
 * Body text is the 三号 lines on the grid that start at the block's left edge
 * or after the two-character indent. A line that starts at the indent opens a
 * paragraph; a line that reaches the right edge and is followed by a line at
 * the left edge continues into it.
 */
import { BODY_EM_MM, gridOffset, isBodySize, MM, PAGE_NUMBER } from './pdf-geometry';
import { readLines, readWords, type PdfLine } from './pdf-poppler';

export interface BodyLine {
  page: number;
  text: string;
  left: number;
  right: number;
  top: number;
  /** Word boxes left to right (poppler cuts a line where glyphs are spaced apart). */
  words: PdfLine[];
}

const near = (a: number, b: number, tol = 0.5) => Math.abs(a - b) <= tol;
const atLeft = (l: BodyLine) => near(l.left, MM.left);
const atIndent = (l: BodyLine) => near(l.left, MM.left + 2 * MM.cell);
const reachesRight = (l: BodyLine) => near(l.right, MM.right);

/** Words of one page grouped into lines (same vertical extent), left to right. */
function pageLines(words: PdfLine[]): BodyLine[] {
  const lines: BodyLine[] = [];
  for (const w of [...words].sort((a, b) => a.top - b.top || a.left - b.left)) {
    const line = lines.find((l) => near(l.top, w.top, 0.05) && near(l.words[0].bottom, w.bottom, 0.05));
    if (line) line.words.push(w);
    else lines.push({ page: w.page, text: '', left: 0, right: 0, top: w.top, words: [w] });
  }
  for (const l of lines) {
    l.text = l.words.map((w) => w.text).join('');
    l.left = Math.min(...l.words.map((w) => w.left));
    l.right = Math.max(...l.words.map((w) => w.right));
  }
  return lines;
}

/** Lines of body-size text on the grid rows of the block, wherever they start (an annex list's hanging lines too), in reading order. */
function readGridLines(file: string): BodyLine[][] {
  return readWords(file).map((words) =>
    pageLines(words).filter((l) => {
      const box = { ...l.words[0], left: l.left, right: l.right };
      return isBodySize(box) && !PAGE_NUMBER.test(l.text) && l.top > MM.top && box.bottom < MM.bottom + 0.5 && Math.abs(gridOffset(box)) < 0.1 && l.right <= MM.right + 0.5;
    }),
  );
}

/** Body lines of every page, in reading order: those that start at the block's left edge or at a paragraph's indent. */
export function readBodyLines(file: string): BodyLine[][] {
  return readGridLines(file).map((lines) => lines.filter((l) => atLeft(l) || atIndent(l)));
}

/** `line` runs on into `next`: it is full and the next one does not open a paragraph. */
const continues = (line: BodyLine, next: BodyLine | undefined) => !!next && reachesRight(line) && atLeft(next);

export interface Finding {
  page: number;
  text: string;
}

/** A paragraph's last line alone at the top of a page. */
export function widows(pages: BodyLine[][]): Finding[] {
  const found: Finding[] = [];
  pages.forEach((lines, p) => {
    const prev = pages[p - 1]?.[pages[p - 1].length - 1];
    const [first, second] = lines;
    if (prev && first && continues(prev, first) && !continues(first, second)) found.push({ page: p + 1, text: first.text });
  });
  return found;
}

/** A paragraph's first line alone at the bottom of a page. */
export function orphans(pages: BodyLine[][]): Finding[] {
  const found: Finding[] = [];
  pages.forEach((lines, p) => {
    const last = lines[lines.length - 1];
    const next = pages[p + 1]?.[0];
    if (last && atIndent(last) && continues(last, next)) found.push({ page: p + 1, text: last.text });
  });
  return found;
}

const isLatin = (ch: string | undefined) => !!ch && /[\x21-\x7e]/.test(ch);

/**
 * A justified line whose glyphs are spaced apart by more than one grid cell
 * in all: letter-spaced to make room for a run carried to the next line.
 * Up to half a cell where Chinese meets Latin text is spacing between
 * scripts (clreq), and up to half a cell between two Latin words (poppler
 * cuts a line at a word space) is a word space widened as Latin text is
 * justified (JLREQ §3.8.4); neither is letter-spacing. Between Chinese
 * characters every gap beyond their cells is.
 */
export function looseLines(pages: BodyLine[][]): Finding[] {
  const found: Finding[] = [];
  pages.forEach((lines, p) =>
    lines.forEach((l, i) => {
      if (!continues(l, lines[i + 1] ?? pages[p + 1]?.[0])) return;
      // poppler keeps evenly spread characters in one word: a word of full-width characters wider than its cells is spread
      const inner = l.words.reduce((sum, w) => {
        const n = [...w.text].length;
        return sum + (/^[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]+$/u.test(w.text) ? Math.max(0, w.right - w.left - n * MM.cell - 0.1) : 0);
      }, 0);
      const gaps = inner + l.words.slice(1).reduce((sum, w, k) => {
        const raw = Math.max(0, w.left - l.words[k].right);
        const [before, after] = [isLatin([...l.words[k].text].pop()), isLatin(w.text[0])];
        // where Chinese meets Latin text, and at a space between two Latin words, up to half a cell is spacing, not letter-spacing
        if (before !== after || (before && after)) return sum + Math.max(0, raw - MM.cell / 2);
        // marks whose glyph may be narrower than its cell (· “ ” ‘ ’ in many faces; a dash stretched over
        // its cell) sit in a full cell, which poppler's box (the glyph's advance) does not show
        if (/[·—“”‘’]$/.test(l.words[k].text) || /^[·—“”‘’]/.test(w.text)) return sum;
        // between Chinese characters, whole cells of a gap are ideographic spaces (a slogan's 　), characters of their own
        return sum + Math.max(0, raw - Math.floor((raw + 0.15) / MM.cell) * MM.cell);
      }, 0);
      if (gaps > MM.cell + 0.05) found.push({ page: p + 1, text: l.text });
    }),
  );
  return found;
}

/**
 * Runs a reader keeps on one line: document numbers, dates (a year with its 年 among them), ranges (not of clock
 * times, 9:00—|11:30, which break after the connector; nor a standard's number and year, GB 42295—|2022, which is
 * no range and may break after its connector, never before it), —— and …….
 */
const UNBREAKABLE = [
  /〔\d{4}〕\d+号/gu,
  /\d{4}年\d{1,2}月\d{1,2}日/gu,
  /\d{4}年\d{1,2}月/gu,
  /\d{4}年/gu,
  /\d{1,2}月\d{1,2}日/gu,
  /(?<![\d:.])(?<![A-Z](?:\/[TZ])?)\d+[—–～~]{1,2}\d+(?!\d*:)/gu,
  /(?<=[A-Z](?:\/[TZ])?)\d+(?:\.\d+)*[—–]/gu,
  /——/gu,
  /……/gu,
];

/** A line break inside one of the runs above. */
export function splitRuns(pages: BodyLine[][]): Finding[] {
  const found: Finding[] = [];
  const flow = pages.flatMap((lines) => lines);
  flow.forEach((l, i) => {
    const next = flow[i + 1];
    if (!continues(l, next)) return;
    const joined = l.text + next.text;
    const cut = l.text.length;
    for (const pattern of UNBREAKABLE) {
      for (const m of joined.matchAll(pattern)) {
        if (m.index < cut && cut < m.index + m[0].length) found.push({ page: l.page, text: `${l.text}|${next.text}` });
      }
    }
  });
  return found;
}

/** The next line is one grid row down on the same page: the same paragraph, justified or ragged (an annex list). */
const nextRow = (line: BodyLine, next: BodyLine | undefined) => !!next && next.page === line.page && near(next.top - line.top, MM.pitch);

/**
 * A document number whose 机关代字 (the ideographs before its 〔year〕, up to six) ends a line and whose 〔year〕 starts
 * the next, or that breaks inside its 代字: as 代字|〔year〕serial号 (国市监质|〔2021〕51号, 国质检质|联〔2013〕380号).
 */
export function splitDocumentNumbers(file: string): string[] {
  const flow = readGridLines(file).flat();
  return flow.flatMap((l, i) => {
    const next = flow[i + 1];
    // a row of 签发人 (§7.2.6: in the right half, the number on the row of the last) is not a line the number ran on from
    if (!nextRow(l, next) || l.left > (MM.left + MM.right) / 2) return [];
    const issuer = /[\u3400-\u9fff]{1,6}$/u.exec(l.text.replace(/\s+/g, ''));
    const rest = /^[\u3400-\u9fff]{0,5}〔\d{4}〕\d+号/u.exec(next.text.replace(/\s+/g, ''));
    return issuer && rest ? [`${issuer[0]}|${rest[0]}`] : [];
  });
}

/** The signature's date on a line of its own (§7.3.5). */
const SIGNATURE_DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/u;
/** Lines of text that go with the signature to its page (§7.3.5: never a signature alone), an annex list's included. */
const KEPT_WITH_SIGNATURE = 2;
/** An annex opens its own page with its label (§7.3.7): the page before it ends its part. */
const ANNEX_LABEL = /^附件\d*$/u;
/** How far a body line's em box sits above the foot of its grid row. */
const ROW_FOOT = (MM.pitch - BODY_EM_MM) / 2;

const rowOf = (l: { top: number }) => Math.round((l.top - MM.top) / MM.pitch);

/**
 * The page opens with at most the lines kept with the signature, then a gap, then the signature (with its date). A
 * one-line closing (特此报告。) among them takes a second line of the paragraph before it along: no widow.
 */
function keptWithSignature(lines: PdfLine[]): boolean {
  if (!lines.some((l) => SIGNATURE_DATE.test(l.text.replace(/\s+/g, '')))) return false;
  const rows = new Set(lines.map(rowOf));
  let run = 0;
  while (rows.has(run)) run++;
  return run <= KEPT_WITH_SIGNATURE + 1;
}

/**
 * Pages that end two or more grid lines above the foot of the block while
 * their text runs on: the next page opens with a body line on its first row,
 * not with an annex's label, nor with the few lines that go with the
 * signature below them (a block kept together). One empty line at a page foot is the typesetter's allowance on
 * the 22-line grid; two are a gap.
 */
export function shortPages(file: string, pages = readBodyLines(file)): (Finding & { emptyLines: number })[] {
  const all = readLines(file).map((p) => p.lines.filter((l) => !PAGE_NUMBER.test(l.text.replace(/\s+/g, '')) && l.bottom < MM.bottom + 0.5));
  const found: (Finding & { emptyLines: number })[] = [];
  all.forEach((lines, p) => {
    const next = pages[p + 1];
    const opening = next?.[0];
    if (!lines.length || !opening || all[p + 1][0]?.top < opening.top - 0.05 || rowOf(opening) !== 0) return;
    if (ANNEX_LABEL.test(opening.text) || keptWithSignature(all[p + 1])) return;
    const foot = Math.max(...lines.map((l) => l.bottom));
    const emptyLines = Math.floor((MM.bottom - foot - ROW_FOOT + 1) / MM.pitch);
    if (emptyLines >= 2) found.push({ page: p + 1, text: lines[lines.length - 1].text.replace(/\s+/g, ''), emptyLines });
  });
  return found;
}

/** Marks that go with the character before them on a line: closing marks and pause or stop marks. */
const TRAILING_MARKS = /[，。、；：？！）》」』〕】〉”’…%‰,.;:?!)\]]/gu;

/**
 * A paragraph's last line holding one character alone (孤字), with at most
 * its closing marks ("况。"): a body line that the line before runs on into
 * and that runs on into nothing.
 */
export function loneLastLines(pages: BodyLine[][]): Finding[] {
  const flow = pages.flat();
  return flow.flatMap((l, i) => {
    const chars = [...l.text.replace(/\s+/g, '').replace(TRAILING_MARKS, '')];
    return i > 0 && continues(flow[i - 1], l) && !continues(l, flow[i + 1]) && chars.length === 1 ? [{ page: l.page, text: l.text }] : [];
  });
}
