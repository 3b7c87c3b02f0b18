/**
 * The signature block's arrangement (§7.3.5). One issuer, or several in one
 * column: unsealed, the names 右空二字 and the date two characters right of
 * their first character (右空二字 when longer); sealed, the date 右空四字, the
 * names centred over it and the seal on both; a name too long for the line
 * broken as a clerk breaks it (name-lines.ts). Many issuers sign in the
 * columns the campaign asks for, row by row left to right in the campaign's
 * order, each name centred in its column and the date below; when the block
 * would not fit on one page together with the text it must go with, it takes
 * more columns, as many as the width allows; under one seal, the last column
 * centred over the date 右空四字 and the seal on its name and the date. A
 * seal's top stays within one line under the text however tall the block
 * (§7.3.5.1). A joint notice sealed by each
 * issuer (§7.3.5.1) signs in rows of up to three, as many as the names let
 * stand in a row (a name wider than its column in two lines under its seal),
 * each seal centred on its name, the last name centred over the date 右空四字
 * so that its seal presses on both, seals kept half a character apart across
 * and rows far enough apart that no two seals meet. A seal presses on the date from the line above it
 * (骑年盖月: the date in the seal's lower half): a note under the names (代章)
 * carries the seal, its name or names pressed above the seal's centre.
 */
import type { OrderSigner, SealPicture, Signature } from '../document/model';
import { CHAR_PITCH_MM, JOINT, LINE_PITCH_MM, MAIN, ORDER, PAGE } from '../style/gbt9704';
import type { PlacedSeal, PlacedText, SignatureArrangement } from './model';
import { nameLines } from './name-lines';
import { emWidth } from './text-width';

const cells = (n: number) => n * CHAR_PITCH_MM;
const widthMm = (text: string) => cells(emWidth(text));
/** Where an unsealed name ends, 右空二字 (§7.3.5.2): no name passes it, sealed or not. */
const NAME_RIGHT_MM = PAGE.textWidthMm - cells(MAIN.signatureRightChars);

/**
 * Blank lines between the text and the signature. Unsealed, one (§7.3.5.2). Sealed, the top of the first seal,
 * centred on line `sealLine` of the block, must stand below the text above, within one line of it (§7.3.5.1): as
 * many blank lines as its radius reaches above the first line's middle (42 mm on line 0: two, its top 4.6 mm under
 * the text; on line 1, below a name, one), never fewer than one.
 */
const SEAL_REACH_LINES = Math.ceil((MAIN.sealDiameterMm / 2 - LINE_PITCH_MM / 2) / LINE_PITCH_MM);
function linesBefore(sealLine: number | undefined): number {
  if (sealLine === undefined) return MAIN.linesBeforeSignature;
  return Math.max(MAIN.linesBeforeSignature, SEAL_REACH_LINES - sealLine);
}

/**
 * A single seal's line: the one above the date (the last name, or the note under the names), so that it presses
 * on both; in a block taller than that leaves room for (three names, two and a note, three rows of columns) the
 * lowest line that keeps its top within one line under the text after the one blank line (§7.3.5.1): the second,
 * its rim then on the date of a block of three lines above it.
 */
const singleSealLine = (lineCount: number) => Math.min(lineCount - 2, SEAL_REACH_LINES - MAIN.linesBeforeSignature);

/**
 * The block's blank lines and lines, and which keep with the next (see SignatureArrangement.keepWithNext).
 * `breaks`: where a block taller than a page may break, after these lines (between a joint notice's rows of seals).
 */
function block(lines: PlacedText[][], seals: PlacedSeal[], breaks?: ReadonlySet<number>): SignatureArrangement {
  const before = linesBefore(seals.length ? Math.min(...seals.map((s) => s.line)) : undefined);
  const together = before + lines.length + JOINT.linesKeptWithSignature <= PAGE.linesPerPage;
  const breaksHere = (i: number) => (breaks ? breaks.has(i) : i !== 0 && i !== lines.length - 2);
  const keepWithNext = lines.map((_, i) => i < lines.length - 1 && (together || !breaksHere(i)));
  return { lines, linesBefore: before, keepWithNext, seals };
}

/**
 * A seal centred where a round one stands: its larger side MAIN.sealDiameterMm, the other in proportion (an oval
 * seal, a scan cropped not quite square). A square picture takes the renderers' default size.
 */
function placedSeal(seal: SealPicture, centreXMm: number, line: number): PlacedSeal {
  const placed = { path: seal.path, centreXMm, line };
  if (seal.aspect === 1) return placed;
  const d = MAIN.sealDiameterMm;
  return { ...placed, sizeMm: seal.aspect > 1 ? { width: d, height: d / seal.aspect } : { width: d * seal.aspect, height: d } };
}

/** The note under the names (代章), centred at `centreMm` unless that would take it past 右空二字. */
const noteAt = (note: string, centreMm: number): PlacedText[] => [{ text: note, xMm: Math.min(centreMm, NAME_RIGHT_MM - widthMm(note) / 2), anchor: 'center' }];

function singleColumn(sig: Signature): SignatureArrangement {
  const names = sig.names.flatMap((n) => nameLines(n, NAME_RIGHT_MM / CHAR_PITCH_MM));
  const nameWidth = Math.max(...names.map(widthMm));
  const dateWidth = widthMm(sig.date);
  let nameLeft: number;
  let dateLeft: number;
  // The date is placed by the edge the rule names: its start two characters in from the names', or its end 右空.
  // Its Arabic digits print wider than the half character the estimate gives them, so the other edge would drift.
  let dateStarts = false;
  if (sig.seal) {
    dateLeft = PAGE.textWidthMm - cells(MAIN.sealedDateRightChars) - dateWidth;
    nameLeft = dateLeft + (dateWidth - nameWidth) / 2;
    // A name too long to centre over the date within the block stands 右空二字 instead, the date centred under it.
    if (nameLeft + nameWidth > NAME_RIGHT_MM) [nameLeft, dateLeft] = [NAME_RIGHT_MM - nameWidth, NAME_RIGHT_MM - nameWidth / 2 - dateWidth / 2];
  } else {
    nameLeft = NAME_RIGHT_MM - nameWidth;
    dateLeft = nameLeft + cells(MAIN.signatureRightChars);
    dateStarts = dateLeft + dateWidth <= NAME_RIGHT_MM;
    if (!dateStarts) [dateLeft, nameLeft] = [NAME_RIGHT_MM - dateWidth, NAME_RIGHT_MM - dateWidth - cells(MAIN.signatureRightChars)];
  }
  const at = (text: string, xMm: number, anchor: PlacedText['anchor']): PlacedText[] => [{ text, xMm, anchor }];
  const lines = [
    ...names.map((n) => at(n, nameLeft + nameWidth, 'right')),
    ...(sig.note ? [noteAt(sig.note, nameLeft + nameWidth / 2)] : []),
    dateStarts ? at(sig.date, dateLeft, 'left') : at(sig.date, dateLeft + dateWidth, 'right'),
  ];
  return block(lines, sig.seal ? [placedSeal(sig.seal, dateLeft + dateWidth / 2, singleSealLine(lines.length))] : []);
}

interface Columns {
  /** The names row by row, each row `count` slots; a sealed block's last row in the rightmost slots. */
  rows: (string | undefined)[][];
  widths: number[];
  gap: number;
  /** Where the block ends across. */
  right: number;
}

/** Where a sealed block in columns ends: its last column centred over the date 右空四字, its names within 右空二字. */
const sealedRight = (sig: Signature, lastWidth: number) =>
  Math.min(PAGE.textWidthMm - cells(MAIN.sealedDateRightChars) - widthMm(sig.date) / 2 + lastWidth / 2, NAME_RIGHT_MM);

/**
 * The names in `count` columns, or undefined when they are wider than the text block even with the least gap.
 * Sealed, a short last row takes the rightmost columns, so that the last name stands over the date, and the gap
 * is the wider one only where the block still ends where sealedRight puts it; wider than that, the block ends
 * as far right as it must, the date with it.
 */
function columnsOf(sig: Signature, count: number): Columns | undefined {
  const rows = Array.from({ length: Math.ceil(sig.names.length / count) }, (_, r) => {
    const row: (string | undefined)[] = sig.names.slice(r * count, (r + 1) * count);
    return sig.seal ? [...Array<undefined>(count - row.length).fill(undefined), ...row] : row;
  });
  const widths = Array.from({ length: count }, (_, c) => Math.max(0, ...rows.map((row) => (row[c] ? widthMm(row[c]) : 0))));
  const total = (gap: number) => widths.reduce((a, b) => a + b, 0) + (count - 1) * gap;
  const gaps = [JOINT.signatureGapChars, JOINT.signatureMinGapChars].map(cells);
  const room = sig.seal ? sealedRight(sig, widths[count - 1]) : PAGE.textWidthMm;
  const least = gaps[gaps.length - 1];
  const gap = gaps.find((g) => total(g) <= room) ?? (total(least) <= PAGE.textWidthMm ? least : undefined);
  if (gap === undefined) return undefined;
  // unsealed, the block ends 右空二字, or further right as far as the edge when it is wider than that leaves
  const right = sig.seal ? Math.max(total(gap), room) : PAGE.textWidthMm - Math.min(cells(MAIN.signatureRightChars), PAGE.textWidthMm - total(gap));
  return { rows, widths, gap, right };
}

/** Grid lines the block and the text kept with it take: the blank lines, the rows, the note, the date. */
function linesNeeded(sig: Signature, rows: number): number {
  const lines = rows + (sig.note ? 1 : 0) + 1;
  return linesBefore(sig.seal ? singleSealLine(lines) : undefined) + lines + JOINT.linesKeptWithSignature;
}

/**
 * Names in columns, where columnsOf puts them. Unsealed, the date below them 右空二字. Sealed (§7.3.5.1), the date
 * centred under the last column (右空四字 unless the names are too wide for it) and the seal on both, as on a
 * single name.
 */
function inColumns(sig: Signature, cols: Columns): SignatureArrangement {
  const total = cols.widths.reduce((a, b) => a + b, 0) + (cols.widths.length - 1) * cols.gap;
  const lefts = cols.widths.map((_, c) => cols.right - total + cols.widths.slice(0, c).reduce((a, w) => a + w + cols.gap, 0));
  const lines: PlacedText[][] = cols.rows.map((row) => row.flatMap((text, c) => (text ? [{ text, xMm: lefts[c] + cols.widths[c] / 2, anchor: 'center' as const }] : [])));
  const lastCentre = cols.right - cols.widths[cols.widths.length - 1] / 2;
  if (sig.note) lines.push(noteAt(sig.note, sig.seal ? lastCentre : cols.right - total / 2));
  // the date's right edge placed, as singleColumn places it (its digits' estimate drifts); never past 右空二字,
  // where a last column narrower than the date ends near the block's edge
  const dateRight = sig.seal ? Math.min(lastCentre + widthMm(sig.date) / 2, NAME_RIGHT_MM) : PAGE.textWidthMm - cells(MAIN.signatureRightChars);
  lines.push([{ text: sig.date, xMm: dateRight, anchor: 'right' }]);
  // a block as wide as the text block ends near its edge: the seal stays inside it (§7.3.5.1), a little left of the name's centre
  const sealCentre = Math.min(lastCentre, PAGE.textWidthMm - MAIN.sealDiameterMm / 2);
  return block(lines, sig.seal ? [placedSeal(sig.seal, sealCentre, singleSealLine(lines.length))] : []);
}

/** A joint notice's seals in a grid (§7.3.5.1): names row by row, each in as many lines as its column holds it in. */
interface SealGrid {
  /** Each name's lines. */
  names: string[][];
  rows: number;
  columns: number;
  /** Column pitch less the gap: the seal, or a name line wider than it. */
  slot: number;
  /** The last column's centre. */
  last: number;
}

/**
 * `columns` seals a row, the columns as wide as the names let them be: the widest slot that leaves `columns` of
 * them, half a character apart, between the block's left edge and the date's centre (右空四字), the last name within
 * 右空二字. A name wider than that takes two lines under its seal (name-lines.ts breaks it as a clerk would), so
 * that one long name does not leave every row one seal; undefined when a name would need more.
 */
function sealGrid(sig: Signature, columns: number): SealGrid | undefined {
  const gap = cells(JOINT.sealGapChars);
  const dateCentre = PAGE.textWidthMm - cells(MAIN.sealedDateRightChars) - widthMm(sig.date) / 2;
  const room = columns === 1 ? NAME_RIGHT_MM : Math.min((dateCentre - (columns - 1) * gap) / (columns - 0.5), (NAME_RIGHT_MM - (columns - 1) * gap) / columns);
  const names = sig.names.map((n) => nameLines(n, room / CHAR_PITCH_MM));
  if (columns > 1 && names.some((lines) => lines.length > 2)) return undefined;
  const slot = Math.max(MAIN.sealDiameterMm, ...names.flat().map(widthMm));
  const last = Math.min(dateCentre, NAME_RIGHT_MM - slot / 2);
  if (columns > 1 && last - (columns - 1) * (slot + gap) - slot / 2 < 0) return undefined;
  return { names, rows: Math.ceil(sig.names.length / columns), columns, slot, last };
}

/**
 * One seal per name (§7.3.5.1), at most three a row (or the columns the campaign asks for), as many as sealGrid
 * finds room for, the rows balanced; the names fill the rows in order, the last row's in the rightmost columns so
 * that the last name stands over the date, its seal pressing on both. A row of names of two lines sets the shorter
 * names on its second, each seal centred on it: seals and names level, and the last name right above the date.
 * Rows stand as many grid lines apart as keep the seals of one row clear of the next.
 */
function sealedJoint(sig: Signature, seals: SealPicture[]): SignatureArrangement {
  const most = Math.min(JOINT.sealsPerRow, sig.columns ?? JOINT.sealsPerRow, sig.names.length);
  let grid: SealGrid | undefined;
  for (let count = most; !grid; count--) grid = sealGrid(sig, Math.ceil(sig.names.length / Math.ceil(sig.names.length / count)));
  const { names, rows, columns, slot, last } = grid;
  const pitch = slot + cells(JOINT.sealGapChars);
  const rowLines = Math.ceil((MAIN.sealDiameterMm + cells(JOINT.sealGapChars)) / LINE_PITCH_MM);
  const lines: PlacedText[][] = [];
  const placed: PlacedSeal[] = [];
  // A block taller than a page breaks between rows only, where the lines a row's seals reach below its names end:
  // no seal is cut or passes the foot of the text block, and the next row's blank lines above it open the next page.
  const breaks = new Set<number>();
  for (let r = 0; r < rows; r++) {
    const row = names.slice(r * columns, (r + 1) * columns);
    const height = Math.max(...row.map((n) => n.length));
    if (r > 0) {
      breaks.add(lines.length - 1 + SEAL_REACH_LINES);
      lines.push(...Array.from({ length: rowLines - height }, () => []));
    }
    const centres = row.map((_, c) => last - (row.length - 1 - c) * pitch);
    for (let k = 0; k < height; k++) {
      lines.push(row.flatMap((n, c) => {
        const text = n[k - (height - n.length)];
        return text ? [{ text, xMm: centres[c], anchor: 'center' as const }] : [];
      }));
    }
    // the last row's seals press on the note under it, so that the last one still rides on the date
    const sealLine = lines.length - 1 + (r === rows - 1 && sig.note ? 1 : 0);
    row.forEach((_, c) => placed.push(placedSeal(seals[r * columns + c], centres[c], sealLine)));
  }
  if (sig.note) lines.push(noteAt(sig.note, last));
  // the date's right edge placed, as singleColumn places it (its digits' estimate drifts)
  lines.push([{ text: sig.date, xMm: last + widthMm(sig.date) / 2, anchor: 'right' }]);
  return block(lines, placed, breaks);
}

/**
 * An order signed by its 签发人 (§10.2, §7.3.5.4): two blank lines under the
 * text, each 签名章 two grid lines high with its right edge 右空四字 and the
 * 职务 two characters to its left, centred on it; an unsealed draft prints
 * the name where the seal goes. Several 签发人 (a joint order) follow one a
 * line, lead issuer's first, their 签名章 and 职务 aligned: the marks start
 * where the widest ends 右空四字. One blank line under the last, the date 右空四字.
 */
function orderSignature(sig: Signature, signers: OrderSigner[]): SignatureArrangement {
  const sealHeight = ORDER.sealLines * LINE_PITCH_MM;
  const marks = signers.map((s) => (s.seal ? sealHeight * s.seal.aspect : widthMm(s.name)));
  const markLeft = PAGE.textWidthMm - cells(ORDER.sealRightChars) - Math.max(...marks);
  const titleRight = markLeft - cells(ORDER.titleGapChars);
  const lines: PlacedText[][] = [];
  const heights: number[] = [];
  const seals: PlacedSeal[] = [];
  signers.forEach((s, i) => {
    const title: PlacedText = { text: s.title, xMm: titleRight, anchor: 'right' };
    if (s.seal) seals.push({ path: s.seal.path, centreXMm: markLeft + marks[i] / 2, line: lines.length, sizeMm: { width: marks[i], height: sealHeight } });
    lines.push(s.seal ? [title] : [title, { text: s.name, xMm: markLeft, anchor: 'left' }]);
    heights.push(s.seal ? ORDER.sealLines : 1);
  });
  for (let i = 0; i < ORDER.linesBeforeDate; i++) lines.push([]), heights.push(1);
  lines.push([{ text: sig.date, xMm: PAGE.textWidthMm - cells(ORDER.dateRightChars), anchor: 'right' }]);
  heights.push(1);
  return { lines, heights, linesBefore: ORDER.linesBeforeSigners, keepWithNext: lines.map((_, i) => i < lines.length - 1), seals };
}

export function arrangeSignature(sig: Signature): SignatureArrangement {
  if (sig.signers?.length) return orderSignature(sig, sig.signers);
  if (sig.seals?.length === sig.names.length) return sealedJoint(sig, sig.seals);
  // As many of the columns asked for as the width allows; then more while the block is taller than a page allows.
  const lay = (count: number) => columnsOf(sig, count);
  let count = Math.max(1, Math.min(sig.columns ?? 1, sig.names.length));
  while (count > 1 && !lay(count)) count--;
  let chosen = lay(count);
  while (chosen && linesNeeded(sig, chosen.rows.length) > PAGE.linesPerPage && count < Math.min(JOINT.maxColumns, sig.names.length)) {
    const wider = lay(count + 1);
    if (!wider) break;
    [chosen, count] = [wider, count + 1];
  }
  return chosen && count > 1 ? inColumns(sig, chosen) : singleColumn(sig);
}
