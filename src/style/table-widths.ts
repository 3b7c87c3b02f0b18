/**
 * Column widths of a table whose author gave none, decided from its text the
 * way an office program fits a table to its contents: each column wants its
 * longest cell on one line (up to a cap), every column keeps room for two
 * characters (the §8 portrait rule of table-orientation.ts). When the text
 * block is too narrow for every want, the columns that want least get theirs
 * and the others share what is left evenly (so a short column never wraps
 * because a long one took its room). Header cells give way first: when the
 * body cells' wants fit, no column gets less than its body wants, and a long
 * heading (乡镇（单位）) wraps rather than every row below it (县经济开发区).
 */
import type { TableBlock } from '../document/model';
import { breaksAfterTimes, cannotEndLine, cannotStartLine, isFullWidth, STANDARD_YEAR, UNBREAKABLE_RUNS } from './kinsoku';
import { placeCells } from './table-grid';
import { tableTextPt } from './table-orientation';
import { DOCX_RENDER, mmToPt, PAGE, TABLE } from './gbt9704';

/** A column never asks for more than this many characters on one line. */
const MAX_WANTED_CHARS = 12;
/** Nor for a piece no line may break inside wider than this (an 18-character credit code with three W's is 13 ems). */
const MAX_UNBREAKABLE_EMS = 15;
/** Room beyond the counted ems: a face's Latin digits and dashes run a little wider than half or one em. */
const SLACK_EMS = 0.5;

/**
 * Latin capitals A to Z in ems, each the wider of the PDF's Latin face (Noto Serif SC) and the DOCX's (Times New
 * Roman), rounded up to a twentieth: counted at half an em, a credit code (91350405YM2QHJRWTA) broke inside its column.
 */
const CAPITAL_EMS = [0.75, 0.7, 0.7, 0.8, 0.7, 0.65, 0.75, 0.9, 0.45, 0.45, 0.75, 0.65, 1, 0.8, 0.8, 0.65, 0.8, 0.75, 0.6, 0.7, 0.8, 0.75, 1.1, 0.75, 0.75, 0.65];

/** Width of one character in ems: ideographs and full-width marks one em, Latin capitals their own, other ASCII half. */
const charEms = (c: string) => (c >= 'A' && c <= 'Z' ? CAPITAL_EMS[c.charCodeAt(0) - 65] : c.charCodeAt(0) < 0x80 ? 0.5 : 1);
const ems = (s: string) => [...s].reduce((w, c) => w + charEms(c), 0);

/**
 * Width in ems of the widest piece of `text` no line may break inside: a unit
 * in brackets （家）, a mark with the character it clings to, a Latin word (up
 * to the × of a size), a date or a number with its unit. A column narrower than that forces a break
 * where 禁则 forbid one (LibreOffice then starts a line with ）).
 */
function widestUnbreakable(text: string): number {
  const chars = [...text];
  const joined = new Set<number>();
  // a standard's number with its year (JJF 1059.1—2012) too: a line may break before the year, a column keeps it whole
  for (const pattern of [...UNBREAKABLE_RUNS, STANDARD_YEAR]) for (const m of text.matchAll(pattern)) {
    const start = [...text.slice(0, m.index)].length;
    for (let k = 1; k < [...m[0]].length; k++) joined.add(start + k);
  }
  let widest = 0;
  let piece = '';
  chars.forEach((ch, i) => {
    const prev = chars[i - 1];
    // of a Latin word's joints only the × of a size (1220mm×2440mm) is taken: a phone number or GB/T 1234-2020 keeps its column wide enough to stand whole
    const breaks = i > 0 && !joined.has(i) && (((isFullWidth(prev) || isFullWidth(ch)) && !cannotEndLine(prev) && !cannotStartLine(ch)) || breaksAfterTimes(prev, ch));
    if (breaks) piece = '';
    piece += ch;
    widest = Math.max(widest, ems(piece));
  });
  return widest;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Points each column needs at least: two characters, and the widest piece of its cells no line may break inside. */
function columnLeasts(table: Pick<TableBlock, 'rows' | 'fontSize'>, count: number): number[] {
  const size = tableTextPt(table as TableBlock);
  const padding = 2 * mmToPt(TABLE.cellPaddingMm);
  const least = Array<number>(count).fill(DOCX_RENDER.tableMinColumnChars * size + padding);
  for (const { col, cell } of placeCells(table.rows)) {
    if (cell.colSpan !== 1 || col >= count) continue;
    least[col] = Math.max(least[col], Math.min(widestUnbreakable(cell.text) + SLACK_EMS, MAX_UNBREAKABLE_EMS) * size + padding);
  }
  return least;
}

/**
 * The widths an author wrote, as the upright text block sets them: a column the ratio leaves narrower than it
 * needs (a 序号 column of [1, 4, 3, 4, 2] under two characters, a 完成时限 column under 2026年12月) is raised to
 * that, and the other columns give up the difference in proportion, so a table whose columns all fit upright is
 * neither turned (§8, table-orientation.ts) for one narrow column nor broken inside a date. Widths whose needs
 * together exceed the upright block are kept as written: the table turns.
 */
export function writtenColumnWidths(table: Pick<TableBlock, 'rows' | 'fontSize'>, widths: number[]): number[] {
  const least = columnLeasts(table, widths.length);
  const block = mmToPt(PAGE.textWidthMm);
  if (sum(least) > block) return widths;
  const raised = new Set<number>();
  for (;;) {
    const free = sum(widths.filter((_, i) => !raised.has(i)));
    const share = (block - sum(least.filter((_, i) => raised.has(i)))) / free;
    const under = widths.findIndex((w, i) => !raised.has(i) && w * share < least[i]);
    if (under < 0) return raised.size ? widths.map((w, i) => (raised.has(i) ? least[i] : w * share)) : widths;
    raised.add(under);
  }
}

/**
 * Relative widths (points on the text block the table is set on) for `table`, whose `columns` only gives the
 * count. The wants are met from the least up, each level whole where the block holds it: every column's two
 * characters, its unbreakable pieces, its body text on one line, its heading on one line. A table whose
 * unbreakable pieces overflow the portrait block is set turned (table-orientation.ts), so it is shared out on
 * the landscape block: scaling widths made for portrait would leave a long column its two characters.
 */
export function contentColumnWidths(table: Pick<TableBlock, 'rows' | 'fontSize'>, count: number): number[] {
  const size = tableTextPt(table as TableBlock);
  const padding = 2 * mmToPt(TABLE.cellPaddingMm);
  const minimal = Array<number>(count).fill(DOCX_RENDER.tableMinColumnChars * size + padding);
  const least = columnLeasts(table, count);
  const wanted = [...least];
  const bodyWanted = [...least];
  for (const { col, cell } of placeCells(table.rows)) {
    if (cell.colSpan !== 1 || col >= count) continue;
    const want = Math.min(ems(cell.text) + SLACK_EMS, MAX_WANTED_CHARS) * size + padding;
    wanted[col] = Math.max(wanted[col], want);
    if (!cell.header) bodyWanted[col] = Math.max(bodyWanted[col], want);
  }
  for (let i = 0; i < count; i++) [wanted[i], bodyWanted[i]] = [Math.max(wanted[i], least[i]), Math.max(bodyWanted[i], least[i])];
  const block = mmToPt(sum(least) > mmToPt(PAGE.textWidthMm) ? PAGE.textHeightMm : PAGE.textWidthMm);
  if (sum(wanted) <= block) return wanted.map((w) => (w * block) / sum(wanted));
  const levels = [minimal, least, bodyWanted, wanted];
  let held = levels.length - 2;
  while (held >= 0 && sum(levels[held]) > block) held--;
  return held < 0 ? minimal : fill(levels[held], levels[held + 1], block);
}

/**
 * Each column has its floor; the rest of `block` is filled from the smallest want beyond it up: a column gets
 * what it wants while that is no more than an even share of what is left; the columns that want more share the
 * rest evenly.
 */
function fill(floor: number[], wanted: number[], block: number): number[] {
  const widths = [...wanted];
  const order = wanted.map((w, i) => [w - floor[i], i]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let left = block - floor.reduce((a, b) => a + b, 0);
  let k = 0;
  for (; k < wanted.length && order[k][0] <= left / (wanted.length - k); k++) left -= order[k][0];
  for (const [, i] of order.slice(k)) widths[i] = floor[i] + left / (wanted.length - k);
  return widths;
}
