/**
 * The header block 版头 (§7.2) as arranged (src/arrange/header.ts): copy
 * number, classification and urgency on lines 1–3; the red issuer mark with
 * its top edge 35 mm below the top of the text block, condensed (w:w) if the
 * arrangement says so; a joint header's names in a borderless table, row by
 * row, spread to their column (分散对齐), with 文件 vertically centred to
 * their right; the document number on its grid row; the red rule as the
 * number paragraph's bottom border. Exact-height spacers between the parts
 * put each where the PDF has it, so the text below starts on the same grid
 * row in both formats. A letter (§10.1) is set by letter-header.ts.
 */
import type { HeaderArrangement, SignerArrangement } from '../../arrange';
import type { Header } from '../../document/model';
import { emWidth } from '../../arrange/text-width';
import { BODY_SIZE_PT, HEADER, ptToMm, RED } from '../../style/gbt9704';
import { textRun, type TextStyle } from './fonts';
import { aligned, OFF_GRID_STYLE, paragraph, type BodyChild, type Border, type Paragraph, type ParagraphOptions, type Table } from './paragraphs';
import { letterLines } from './letter-header';
import { exactLine } from './styles';
import { borderEighths, LINE_PITCH, mmToTwip, ptToTwip, TWIPS_PER_PT } from './units';
import { NO_BORDERS, table, type Cell } from './word-table';

const WENJIAN = '文件';
const PERCENT = 100;

const markStyle = (sizePt: number, scale: number): TextStyle => ({ role: 'xiaobiaosong', sizePt, red: true, scale: Math.floor(scale * PERCENT) });

/** Lines 1–3: copy number (三号), classification and urgency (三号黑体); empty lines keep their rows. */
function topLines(header: Header): Paragraph[] {
  const rows = [
    { text: header.copyNumber, style: { role: 'fangsong' } as TextStyle },
    { text: header.classification, style: { role: 'heiti' } as TextStyle },
    { text: header.urgency, style: { role: 'heiti' } as TextStyle },
  ];
  let last = rows.length - 1;
  while (last >= 0 && !rows[last].text) last--;
  return rows.slice(0, last + 1).map((r) => aligned(r.text ? [textRun(r.text, r.style)] : [], 'left'));
}

/** An empty paragraph exactly `twips` high (none when there is nothing to fill). */
const spacer = (twips: number): Paragraph[] => (twips > 0 ? [paragraph([], { ...OFF_GRID_STYLE, spacing: exactLine(twips) })] : []);

const NO_MARGINS = { left: 0, right: 0, top: 0, bottom: 0 };

function jointMark(a: HeaderArrangement): Table {
  const m = a.mark;
  const fit = (mm: number) => mmToTwip(mm * m.scale);
  const pitch = mmToTwip(m.pitchMm);
  /** Every name column but the last (and the last too when 文件 follows) carries the gap as its right margin. */
  const gapAfter = (c: number) => c < m.columns - 1 || !!m.wenjian;
  const widths = Array.from({ length: m.columns }, (_, c) => fit(m.columnMm + (gapAfter(c) ? m.gapMm : 0)));
  const nameCell = (name: string | undefined, c: number): Cell => ({
    width: widths[c],
    margins: { ...NO_MARGINS, right: gapAfter(c) ? fit(m.gapMm) : 0 },
    verticalAlign: 'center',
    children: [paragraph(name ? [textRun(name, markStyle(m.sizePt, m.scale))] : [], { ...OFF_GRID_STYLE, alignment: 'distribute', spacing: exactLine(pitch) })],
  });
  const cells: Cell[] = [];
  if (m.wenjian) {
    const size = m.wenjian.sizePt;
    widths.push(fit(ptToMm(emWidth(WENJIAN) * size)));
    cells.push({
      width: widths[widths.length - 1],
      rowSpan: m.rows.length,
      verticalAlign: 'center',
      margins: NO_MARGINS,
      children: [aligned([textRun(WENJIAN, markStyle(size, m.scale))], 'left', { ...OFF_GRID_STYLE, spacing: exactLine(ptToTwip(size)) })],
    });
  }
  const rows = m.rows.map((names, r) => ({
    height: pitch,
    cantSplit: true,
    cells: [...Array.from({ length: m.columns }, (_, c) => nameCell(names[c], c)), ...(r === 0 ? cells : [])],
  }));
  return table({ rows, columnWidths: widths, width: widths.reduce((x, y) => x + y, 0), alignment: 'center', borders: NO_BORDERS });
}

function singleMark(a: HeaderArrangement): Paragraph {
  const m = a.mark;
  return aligned([textRun(m.rows[0][0], markStyle(m.sizePt, m.scale))], 'center', { ...OFF_GRID_STYLE, spacing: exactLine(ptToTwip(m.sizePt)) });
}

/** The red rule below the number: its space is measured from the number's line box, 4 mm below the glyphs. */
function ruleBorder(spaceTwips: number): { bottom: Border } {
  return { bottom: { style: 'single', color: RED.hex, size: borderEighths(HEADER.ruleThicknessMm), space: Math.max(0, Math.round(spaceTwips / TWIPS_PER_PT)) } };
}

const KAITI: TextStyle = { role: 'kaiti' };

/** Width in twips of 三号 text set off the grid, at its natural advance. */
const naturalWidth = (text: string) => ptToTwip(emWidth(text) * BODY_SIZE_PT);

/**
 * 签发人 as arranged, one paragraph a grid row, each text at a left tab stop: the number; 签发人： ending just
 * before the names; the names, whose rows start where the widest ends at the arranged edge. The last row's
 * paragraph, which holds the number, carries `options` (the red rule).
 */
function signerLines(s: SignerArrangement, options: ParagraphOptions): Paragraph[] {
  const last = s.rows.length - 1;
  const namesAt = mmToTwip(s.rightMm) - Math.max(...s.rows.map(naturalWidth));
  const label = { at: namesAt - naturalWidth(s.label) - 1, run: textRun(s.label, undefined, true) };
  return s.rows.map((names, i) => {
    const texts = [
      ...(i === last ? [{ at: mmToTwip(s.number.xMm), run: textRun(s.number.text, undefined, true) }] : []),
      ...(i === 0 ? [label] : []),
      { at: namesAt, run: textRun(names, KAITI, true) },
    ];
    return aligned(
      texts.map((t) => t.run),
      'left',
      { ...OFF_GRID_STYLE, spacing: exactLine(LINE_PITCH), ...(i === last ? options : {}), tabStops: texts.map((t) => ({ type: 'left' as const, position: t.at })) },
    );
  });
}

/**
 * The header block; `linesAbove` lines (an annex label) already stand on the
 * page; `toFlowRow`: fill down to the row the text continues on.
 */
export function headerBlock(header: Header, a: HeaderArrangement, linesAbove: number, toFlowRow: boolean): BodyChild[] {
  if (a.letter) return letterLines(header, a, a.letter, linesAbove * LINE_PITCH, toFlowRow);
  const top = topLines(header);
  const out: BodyChild[] = [...top];
  let y = (linesAbove + top.length) * LINE_PITCH;
  const fill = (to: number) => {
    out.push(...spacer(to - y));
    y = Math.max(y, to);
  };
  fill(mmToTwip(a.mark.topMm));
  if (a.mark.rows.length > 1 || a.mark.columns > 1) {
    out.push(jointMark(a));
    y += a.mark.rows.length * mmToTwip(a.mark.pitchMm);
  } else {
    out.push(singleMark(a));
    y += ptToTwip(a.mark.sizePt);
  }
  const rule = mmToTwip(a.ruleMm);
  if (header.documentNumber && a.numberRow !== undefined) {
    const numberRow = a.numberRow;
    fill((a.signers?.firstRow ?? numberRow) * LINE_PITCH);
    y = numberRow * LINE_PITCH;
    const space = rule - y - LINE_PITCH;
    const options = { ...OFF_GRID_STYLE, spacing: exactLine(LINE_PITCH), ...(a.noRule ? {} : { border: ruleBorder(space) }) };
    if (a.signers) out.push(...signerLines(a.signers, options));
    else out.push(aligned([textRun(header.documentNumber)], 'center', options));
    // the rule's space below the number line, and the rule itself (an order has none, §10.2)
    y += LINE_PITCH + (a.noRule ? 0 : Math.max(0, Math.round(space / TWIPS_PER_PT)) * TWIPS_PER_PT);
    if (!a.noRule) y += mmToTwip(HEADER.ruleThicknessMm);
  } else {
    out.push(paragraph([], { ...OFF_GRID_STYLE, spacing: exactLine(Math.max(TWIPS_PER_PT, rule - y)), border: ruleBorder(0) }));
    y = Math.max(y + TWIPS_PER_PT, rule);
    y += mmToTwip(HEADER.ruleThicknessMm);
  }
  if (toFlowRow) fill(a.flowRow * LINE_PITCH);
  return out;
}
