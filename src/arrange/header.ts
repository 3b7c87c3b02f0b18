/**
 * The header block's arrangement (§7.2): the issuer mark with its top 35 mm
 * below the text block's top; a joint header's names row by row, left to
 * right, in the campaign's order, in as many columns and at the size that
 * fill the space above the red rule the rest of page 1 leaves (the title,
 * the addressees and the first body lines); when that would set the names
 * too small, the header has page 1 to itself and fills it. The document
 * number two lines below the mark, the rule 4 mm below the number.
 */
import type { Header } from '../document/model';
import { BODY_SIZE_PT, CHAR_PITCH_MM, HEADER, JOINT, LETTER, LINE_PITCH_MM, MAIN, ORDER, PAGE, ptToMm } from '../style/gbt9704';
import type { DoubleRule, HeaderArrangement, IssuerMark, RuleLine, SignerArrangement } from './model';
import { emWidth } from './text-width';

const WENJIAN = '文件';
const SIGNER_LABEL = '签发人：';
/** Between two names on a row: one full-width space. */
const NAME_GAP = '　';
/** Size steps tried when fitting a joint header: half points, as Word sets sizes. */
const SIZE_STEP_PT = 0.5;

const rowTop = (row: number) => row * LINE_PITCH_MM;
/** The first grid row that starts at or below `mm` (a small tolerance absorbs rounding). */
const rowAtOrBelow = (mm: number) => Math.ceil(mm / LINE_PITCH_MM - 1e-6);

/** 签发人 from grid row `firstRow` on, the number on the last of its rows (§7.2.4, §7.2.6). */
function signerRows(signers: string[], firstRow: number, documentNumber: string): SignerArrangement {
  const edge = HEADER.signerEdgeChars * CHAR_PITCH_MM;
  return {
    firstRow,
    label: SIGNER_LABEL,
    rows: Array.from({ length: Math.ceil(signers.length / HEADER.signersPerRow) }, (_, r) => signers.slice(r * HEADER.signersPerRow, (r + 1) * HEADER.signersPerRow).join(NAME_GAP)),
    rightMm: PAGE.textWidthMm - edge,
    number: { text: documentNumber, xMm: edge, anchor: 'left' },
  };
}

/** Number (with 签发人 beside it), rule and the row the text continues on, below a mark `markBottom` mm down. */
function belowMark(header: Header, markBottom: number): Omit<HeaderArrangement, 'mark'> {
  let bottom = markBottom;
  let numberRow: number | undefined;
  let signers: SignerArrangement | undefined;
  if (header.documentNumber) {
    const firstRow = rowAtOrBelow(markBottom) + HEADER.linesBeforeNumber;
    if (header.signers?.length) signers = signerRows(header.signers, firstRow, header.documentNumber);
    numberRow = firstRow + (signers ? signers.rows.length - 1 : 0);
    bottom = rowTop(numberRow) + (LINE_PITCH_MM + ptToMm(BODY_SIZE_PT)) / 2;
  }
  const ruleMm = bottom + HEADER.ruleBelowNumberMm;
  return { numberRow, ...(signers ? { signers } : {}), ruleMm, flowRow: rowAtOrBelow(ruleMm + HEADER.ruleThicknessMm) };
}

function singleMark(header: Header): IssuerMark {
  const text = header.issuers[0] + (header.withWenjian ? WENJIAN : '');
  const sizePt = HEADER.issuerMarkMaxPt;
  const width = ptToMm(emWidth(text) * sizePt);
  const scale = Math.min(1, PAGE.textWidthMm / width);
  return {
    rows: [[text]],
    columns: 1,
    sizePt,
    topMm: HEADER.issuerMarkTopMm,
    pitchMm: ptToMm(sizePt),
    leftMm: (PAGE.textWidthMm - width * scale) / 2,
    columnMm: width,
    gapMm: 0,
    scale,
    heightMm: ptToMm(sizePt),
  };
}

/** Names row by row, left to right. */
const inRows = (names: string[], columns: number) =>
  Array.from({ length: Math.ceil(names.length / columns) }, (_, r) => names.slice(r * columns, (r + 1) * columns));

function jointMark(header: Header, columns: number, sizePt: number): IssuerMark {
  const rows = inRows(header.issuers, columns);
  const pitchMm = ptToMm(sizePt * JOINT.leadingEm);
  const heightMm = (rows.length - 1) * pitchMm + ptToMm(sizePt);
  const columnMm = ptToMm(Math.max(...header.issuers.map(emWidth)) * sizePt);
  const gapMm = ptToMm(JOINT.headerGapChars * sizePt);
  const wenjianSize = HEADER.issuerMarkMaxPt;
  const namesWidth = columns * columnMm + (columns - 1) * gapMm;
  const width = namesWidth + (header.withWenjian ? gapMm + ptToMm(emWidth(WENJIAN) * wenjianSize) : 0);
  const scale = Math.min(1, PAGE.textWidthMm / width);
  const topMm = HEADER.issuerMarkTopMm;
  const leftMm = (PAGE.textWidthMm - width * scale) / 2;
  const wenjian = header.withWenjian ? { sizePt: wenjianSize, leftMm: namesWidth + gapMm, topMm: topMm + (heightMm - ptToMm(wenjianSize)) / 2 } : undefined;
  return { rows, columns, sizePt, topMm, pitchMm, leftMm, columnMm, gapMm, scale, heightMm, ...(wenjian ? { wenjian } : {}) };
}

/** The largest size (down to JOINT.minSizePt) at which `fits` holds, or undefined. */
function largestSize(maxPt: number, fits: (sizePt: number) => boolean): number | undefined {
  for (let size = Math.floor(maxPt / SIZE_STEP_PT) * SIZE_STEP_PT; size >= JOINT.minSizePt; size -= SIZE_STEP_PT) if (fits(size)) return size;
  return undefined;
}

/** Largest name size whose columns fit the text block's width. */
function widthLimitPt(header: Header, columns: number): number {
  const ems = columns * Math.max(...header.issuers.map(emWidth)) + (columns - 1 + (header.withWenjian ? 1 : 0)) * JOINT.headerGapChars;
  const wenjianPt = header.withWenjian ? emWidth(WENJIAN) * HEADER.issuerMarkMaxPt : 0;
  return (PAGE.textWidthMm / ptToMm(1) - wenjianPt) / ems;
}

const doubleRule = (topMm: number, lines: [RuleLine, RuleLine]): DoubleRule => ({
  topMm,
  leftMm: (PAGE.textWidthMm - LETTER.ruleLengthMm) / 2,
  lengthMm: LETTER.ruleLengthMm,
  lines,
});

/** Thick over thin (`thickFirst`) or thin over thick, `LETTER.ruleGapMm` apart. */
function ruleLines(thickFirst: boolean): [RuleLine, RuleLine] {
  const [upper, lower] = thickFirst ? [LETTER.thickRuleMm, LETTER.thinRuleMm] : [LETTER.thinRuleMm, LETTER.thickRuleMm];
  return [
    { offsetMm: 0, thicknessMm: upper },
    { offsetMm: upper + LETTER.ruleGapMm, thicknessMm: lower },
  ];
}

const ruleHeight = (lines: [RuleLine, RuleLine]) => lines[1].offsetMm + lines[1].thicknessMm;

/**
 * The letter format (§10.1): the lead issuer's mark 30 mm below the page's
 * top edge; the double rule 4 mm below it; the lines under it (份号, 密级,
 * 紧急程度 flush left, the number flush right on the first) 7/8 of a 三号
 * character below the rule; the text continues on the grid row after the one
 * that holds the last of them (the title two lines below it); the second
 * double rule 20 mm above the page's bottom edge.
 */
function letterHeader(header: Header): HeaderArrangement {
  const mark = { ...singleMark(header), topMm: LETTER.issuerMarkTopFromPageMm - PAGE.marginTopMm };
  const topRule = doubleRule(mark.topMm + mark.heightMm + LETTER.ruleBelowMarkMm, ruleLines(true));
  const bottomEdge = PAGE.heightMm - LETTER.bottomRuleFromPageBottomMm - PAGE.marginTopMm;
  const bottomLines = ruleLines(false);
  const bottomRule = doubleRule(bottomEdge - ruleHeight(bottomLines), bottomLines);
  const linesTopMm = topRule.topMm + ruleHeight(topRule.lines) + ptToMm(LETTER.belowRulePt);
  const lines = Math.max([header.copyNumber, header.classification, header.urgency].filter(Boolean).length, header.documentNumber ? 1 : 0);
  // The grid row holding the middle of the last line under the rule, or the rule's when there is none.
  const lastMm = lines ? linesTopMm + (lines - 1) * LINE_PITCH_MM + ptToMm(BODY_SIZE_PT) / 2 : topRule.topMm + ruleHeight(topRule.lines);
  const flowRow = Math.floor(lastMm / LINE_PITCH_MM) + 1;
  return { mark, ruleMm: topRule.topMm, flowRow, letter: { topRule, bottomRule, linesTopMm, linePitchMm: LINE_PITCH_MM } };
}

/**
 * The 命令（令）格式 (§10.2): the mark 20 mm below the text block's top, the
 * 令号 centred two blank lines under it, no rule; the text continues two
 * blank lines under the 令号 (the notice puts the two blank lines before the
 * body that it puts before a title).
 */
function orderHeader(header: Header): HeaderArrangement {
  const mark = { ...singleMark(header), topMm: ORDER.markTopMm };
  const numberRow = rowAtOrBelow(mark.topMm + mark.heightMm) + ORDER.linesBeforeNumber;
  return { mark, numberRow, ruleMm: rowTop(numberRow + 1), noRule: true, flowRow: numberRow + 1 + ORDER.linesAfterNumber - MAIN.linesBeforeTitle };
}

/**
 * `restRows`: grid rows the rest of page 1 needs below the rule (title,
 * addressees, the first body lines) for the header to share the page.
 */
export function arrangeHeader(header: Header, restRows: number): HeaderArrangement {
  if (header.format === 'letter') return letterHeader(header);
  if (header.format === 'order') return orderHeader(header);
  if (header.issuers.length === 1) {
    const mark = singleMark(header);
    return { mark, ...belowMark(header, mark.topMm + mark.heightMm) };
  }
  const flowRow = (columns: number, size: number) => {
    const mark = jointMark(header, columns, size);
    return belowMark(header, mark.topMm + mark.heightMm).flowRow;
  };
  const fewest = header.issuers.length > JOINT.maxSingleColumn ? 2 : 1;
  const options = Array.from({ length: Math.min(JOINT.maxColumns, header.issuers.length) - fewest + 1 }, (_, i) => i + fewest).map((columns) => {
    const max = Math.min(HEADER.jointIssuerPt, widthLimitPt(header, columns));
    return {
      columns,
      shared: largestSize(max, (s) => flowRow(columns, s) + restRows <= PAGE.linesPerPage),
      alone: largestSize(max, (s) => flowRow(columns, s) <= PAGE.linesPerPage),
    };
  });
  // Fewer columns win a tie: the order of the options.
  const pick = (size: (o: (typeof options)[number]) => number | undefined) =>
    options.reduce<{ columns: number; size: number } | undefined>((best, o) => {
      const s = size(o);
      return s !== undefined && (!best || s > best.size) ? { columns: o.columns, size: s } : best;
    }, undefined);
  const chosen =
    pick((o) => (o.shared !== undefined && o.shared >= JOINT.minSizeWithTitlePt ? o.shared : undefined)) ??
    pick((o) => o.alone) ?? { columns: Math.min(JOINT.maxColumns, header.issuers.length), size: JOINT.minSizePt };
  const mark = jointMark(header, chosen.columns, chosen.size);
  return { mark, ...belowMark(header, mark.topMm + mark.heightMm) };
}
