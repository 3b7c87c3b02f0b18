/**
 * The header block 版头 (§7.2), drawn as arranged (src/arrange/header.ts):
 * copy number, classification and urgency on the first lines; the red
 * issuer mark (a joint header's names spread to their column width, row by
 * row, with 文件 to their right), condensed if the arrangement says so; the
 * document number on its grid row, centred; the red rule below it. A letter
 * (§10.1) draws its own arrangement: see drawLetterHeader.
 */
import type { DoubleRule, HeaderArrangement, LetterArrangement, SignerArrangement } from '../../arrange';
import type { Header } from '../../document/model';
import { HEADER, mmToPt } from '../../style/gbt9704';
import type { DrawOp, TextOp } from './draw-ops';
import { BLOCK_LEFT, BLOCK_TOP, BLOCK_WIDTH, LINE_PITCH, rowTop } from './geometry';
import { setWidth } from './layout-text';
import type { TextSetter, TextStyle } from './set-text';
import { BODY, bodyIn } from './text-styles';

export interface DrawnHeader {
  ops: DrawOp[];
  /** Grid row where the flow continues below the rule. */
  flowRow: number;
}

const markStyle = (size: number): TextStyle => ({ role: 'xiaobiaosong', size, bold: false, ink: 'red', cell: size });

/** Text set on one line with its em box top at `top`, starting at `x`, spread to `width` if given. */
function markText(setter: TextSetter, text: string, style: TextStyle, x: number, top: number, width?: number): TextOp[] {
  const line = setter.setLine(text, style);
  const ops = setter.lineOps(line, [{ text, style }], { left: x, top, height: style.size });
  if (width !== undefined && line.pieces.length > 1) {
    // Joint-header names are spread to a common width (分散对齐).
    const gap = (width - setWidth(line)) / (line.pieces.length - 1);
    for (const { glyphs } of ops) glyphs.x.forEach((x, i) => (glyphs.x[i] = x + i * gap));
  }
  return ops;
}

/** Scales ops horizontally about `originX` (the mark is condensed, never shrunk in height). */
function condense(ops: TextOp[], originX: number, scale: number): TextOp[] {
  for (const { glyphs } of ops) {
    glyphs.x.forEach((x, i) => (glyphs.x[i] = originX + (x - originX) * scale));
    glyphs.scaleX.forEach((s, i) => (glyphs.scaleX[i] = s * scale));
  }
  return ops;
}

function issuerMark(setter: TextSetter, a: HeaderArrangement): TextOp[] {
  const m = a.mark;
  const style = markStyle(m.sizePt);
  const x = BLOCK_LEFT + mmToPt(m.leftMm);
  const top = BLOCK_TOP + mmToPt(m.topMm);
  const joint = m.rows.length > 1 || m.columns > 1;
  const ops = m.rows.flatMap((row, r) =>
    row.map((name, c) => markText(setter, name, style, x + mmToPt(c * (m.columnMm + m.gapMm)), top + mmToPt(r * m.pitchMm), joint ? mmToPt(m.columnMm) : undefined)).flat(),
  );
  if (m.wenjian) ops.push(...markText(setter, '文件', markStyle(m.wenjian.sizePt), x + mmToPt(m.wenjian.leftMm), BLOCK_TOP + mmToPt(m.wenjian.topMm)));
  return condense(ops, x, m.scale);
}

function doubleRule(r: DoubleRule): DrawOp[] {
  const x1 = BLOCK_LEFT + mmToPt(r.leftMm);
  const x2 = x1 + mmToPt(r.lengthMm);
  // A stroked line is centred on its y: each line's top edge lies where the arrangement puts it.
  return r.lines.map((l) => {
    const y = BLOCK_TOP + mmToPt(r.topMm + l.offsetMm + l.thicknessMm / 2);
    return { kind: 'line', x1, y1: y, x2, y2: y, thickness: mmToPt(l.thicknessMm), ink: 'red' };
  });
}

/** The letter format (§10.1): mark, double rules, 份号…紧急程度 flush left and the number flush right under the first rule. */
function drawLetterHeader(setter: TextSetter, header: Header, a: HeaderArrangement, letter: LetterArrangement): DrawnHeader {
  const ops: DrawOp[] = [...issuerMark(setter, a), ...doubleRule(letter.topRule), ...doubleRule(letter.bottomRule)];
  const lineTop = (i: number) => BLOCK_TOP + mmToPt(letter.linesTopMm + i * letter.linePitchMm);
  const left: [string | undefined, TextStyle][] = [[header.copyNumber, BODY], [header.classification, bodyIn('heiti')], [header.urgency, bodyIn('heiti')]];
  left.filter(([text]) => text).forEach(([text, style], i) => ops.push(...markText(setter, text!, { ...style, ink: 'black' }, BLOCK_LEFT, lineTop(i))));
  if (header.documentNumber) {
    ops.push(...markText(setter, header.documentNumber, BODY, BLOCK_LEFT + BLOCK_WIDTH - setter.width(header.documentNumber, BODY), lineTop(0)));
  }
  return { ops, flowRow: a.flowRow };
}

/** 签发人 and the number, as arranged: the names' rows start where the widest ends at the arranged edge. */
function signerLines(setter: TextSetter, s: SignerArrangement): TextOp[] {
  const top = (row: number) => rowTop(row) + (LINE_PITCH - BODY.size) / 2;
  const names = bodyIn('kaiti');
  const namesX = BLOCK_LEFT + mmToPt(s.rightMm) - Math.max(...s.rows.map((r) => setter.width(r, names)));
  // in reading order, row by row from the left: the text reads number, 签发人：, names
  return s.rows.flatMap((row, i) => [
    ...(i === s.rows.length - 1 ? markText(setter, s.number.text, BODY, BLOCK_LEFT + mmToPt(s.number.xMm), top(s.firstRow + i)) : []),
    ...(i === 0 ? markText(setter, s.label, BODY, namesX - setter.width(s.label, BODY), top(s.firstRow)) : []),
    ...markText(setter, row, names, namesX, top(s.firstRow + i)),
  ]);
}

export function drawHeader(setter: TextSetter, header: Header, a: HeaderArrangement): DrawnHeader {
  if (a.letter) return drawLetterHeader(setter, header, a, a.letter);
  const ops: DrawOp[] = [];
  const onRow = (text: string | undefined, row: number, style: TextStyle) => {
    if (text) ops.push(...markText(setter, text, { ...style, ink: 'black' }, BLOCK_LEFT, rowTop(row) + (LINE_PITCH - style.size) / 2));
  };
  onRow(header.copyNumber, 0, BODY);
  onRow(header.classification, 1, bodyIn('heiti'));
  onRow(header.urgency, 2, bodyIn('heiti'));
  ops.push(...issuerMark(setter, a));
  if (a.signers) ops.push(...signerLines(setter, a.signers));
  else if (header.documentNumber && a.numberRow !== undefined) {
    const width = setter.width(header.documentNumber, BODY);
    ops.push(...markText(setter, header.documentNumber, BODY, BLOCK_LEFT + (BLOCK_WIDTH - width) / 2, rowTop(a.numberRow) + (LINE_PITCH - BODY.size) / 2));
  }
  if (a.noRule) return { ops, flowRow: a.flowRow };
  const ruleY = BLOCK_TOP + mmToPt(a.ruleMm);
  const half = (BLOCK_WIDTH - mmToPt(HEADER.ruleWidthMm)) / 2;
  ops.push({ kind: 'line', x1: BLOCK_LEFT + half, y1: ruleY, x2: BLOCK_LEFT + BLOCK_WIDTH - half, y2: ruleY, thickness: mmToPt(HEADER.ruleThicknessMm), ink: 'red' });
  return { ops, flowRow: a.flowRow };
}
