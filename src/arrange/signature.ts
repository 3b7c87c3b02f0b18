/**
 * The signature block's arrangement (§7.3.5). One issuer, or several in one
 * column: unsealed, the names 右空二字 and the date two characters right of
 * their first character (右空二字 when longer); sealed, the date 右空四字, the
 * names centred over it and the seal on both. Many issuers sign in the
 * columns the campaign asks for, row by row left to right in the campaign's
 * order, each name centred in its column and the date below; when the block
 * would not fit on one page together with the text it must go with, it takes
 * more columns, as many as the width allows.
 */
import type { Signature } from '../document/model';
import { CHAR_PITCH_MM, JOINT, LINE_PITCH_MM, MAIN, PAGE } from '../style/gbt9704';
import type { PlacedText, SignatureArrangement } from './model';
import { emWidth } from './text-width';

const cells = (n: number) => n * CHAR_PITCH_MM;
const widthMm = (text: string) => cells(emWidth(text));

/**
 * Blank lines between the text and the signature. Unsealed, one (§7.3.5.2). Sealed, the seal is centred on the
 * first name's line and its top must stand below the text above, within one line of it (§7.3.5.1): as many blank
 * lines as its radius reaches above that line's middle (42 mm: two, its top 4.6 mm under the text).
 */
const linesBefore = (sig: Signature) =>
  sig.seal ? Math.ceil((MAIN.sealDiameterMm / 2 - LINE_PITCH_MM / 2) / LINE_PITCH_MM) : MAIN.linesBeforeSignature;

/** See SignatureArrangement.keepWithNext. */
function keeps(sig: Signature, lines: number): boolean[] {
  const together = linesBefore(sig) + lines + JOINT.linesKeptWithSignature <= PAGE.linesPerPage;
  return Array.from({ length: lines }, (_, i) => i < lines - 1 && (together || i === 0 || i === lines - 2));
}

function singleColumn(sig: Signature): SignatureArrangement {
  const nameWidth = Math.max(...sig.names.map(widthMm));
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
    const right = PAGE.textWidthMm - cells(MAIN.signatureRightChars);
    if (nameLeft + nameWidth > right) [nameLeft, dateLeft] = [right - nameWidth, right - nameWidth / 2 - dateWidth / 2];
  } else {
    const right = PAGE.textWidthMm - cells(MAIN.signatureRightChars);
    nameLeft = right - nameWidth;
    dateLeft = nameLeft + cells(MAIN.signatureRightChars);
    dateStarts = dateLeft + dateWidth <= right;
    if (!dateStarts) [dateLeft, nameLeft] = [right - dateWidth, right - dateWidth - cells(MAIN.signatureRightChars)];
  }
  const at = (text: string, xMm: number, anchor: PlacedText['anchor']): PlacedText[] => [{ text, xMm, anchor }];
  const lines = [
    ...sig.names.map((n) => at(n, nameLeft + nameWidth, 'right')),
    ...(sig.note ? [at(sig.note, nameLeft + nameWidth / 2, 'center')] : []),
    dateStarts ? at(sig.date, dateLeft, 'left') : at(sig.date, dateLeft + dateWidth, 'right'),
  ];
  return {
    lines,
    linesBefore: linesBefore(sig),
    keepWithNext: keeps(sig, lines.length),
    ...(sig.seal ? { seal: { path: sig.seal, centreXMm: dateLeft + dateWidth / 2 } } : {}),
  };
}

interface Columns {
  rows: string[][];
  widths: number[];
  gap: number;
}

/** The names in `count` columns, or undefined when they are wider than the text block even with the least gap. */
function columnsOf(names: string[], count: number): Columns | undefined {
  const rows = Array.from({ length: Math.ceil(names.length / count) }, (_, r) => names.slice(r * count, (r + 1) * count));
  const widths = Array.from({ length: count }, (_, c) => Math.max(0, ...rows.map((row) => (row[c] ? widthMm(row[c]) : 0))));
  const namesWidth = widths.reduce((a, b) => a + b, 0);
  const gap = [JOINT.signatureGapChars, JOINT.signatureMinGapChars].map(cells).find((g) => namesWidth + (count - 1) * g <= PAGE.textWidthMm);
  return gap === undefined ? undefined : { rows, widths, gap };
}

/** Grid lines the block and the text kept with it take: the blank line, the rows, the note, the date. */
const linesNeeded = (sig: Signature, rows: number) => linesBefore(sig) + rows + (sig.note ? 1 : 0) + 1 + JOINT.linesKeptWithSignature;

function inColumns(sig: Signature, cols: Columns): SignatureArrangement {
  const total = cols.widths.reduce((a, b) => a + b, 0) + (cols.widths.length - 1) * cols.gap;
  const rightInset = Math.min(cells(sig.seal ? MAIN.sealedDateRightChars : MAIN.signatureRightChars), PAGE.textWidthMm - total);
  const right = PAGE.textWidthMm - rightInset;
  const lefts = cols.widths.map((_, c) => right - total + cols.widths.slice(0, c).reduce((a, w) => a + w + cols.gap, 0));
  const lines: PlacedText[][] = cols.rows.map((row) => row.map((text, c) => ({ text, xMm: lefts[c] + cols.widths[c] / 2, anchor: 'center' as const })));
  if (sig.note) lines.push([{ text: sig.note, xMm: right - total / 2, anchor: 'center' }]);
  const dateRight = PAGE.textWidthMm - cells(sig.seal ? MAIN.sealedDateRightChars : MAIN.signatureRightChars);
  lines.push([{ text: sig.date, xMm: dateRight, anchor: 'right' }]);
  return { lines, linesBefore: linesBefore(sig), keepWithNext: keeps(sig, lines.length), ...(sig.seal ? { seal: { path: sig.seal, centreXMm: dateRight - widthMm(sig.date) / 2 } } : {}) };
}

export function arrangeSignature(sig: Signature): SignatureArrangement {
  // As many of the columns asked for as the width allows; then more while the block is taller than a page allows.
  let count = Math.max(1, Math.min(sig.columns ?? 1, sig.names.length));
  while (count > 1 && !columnsOf(sig.names, count)) count--;
  let chosen = columnsOf(sig.names, count);
  while (chosen && linesNeeded(sig, chosen.rows.length) > PAGE.linesPerPage && count < Math.min(JOINT.maxColumns, sig.names.length)) {
    const wider = columnsOf(sig.names, count + 1);
    if (!wider) break;
    [chosen, count] = [wider, count + 1];
  }
  return chosen && count > 1 ? inColumns(sig, chosen) : singleColumn(sig);
}
