/**
 * The header block 版头 (§7.2), drawn as arranged (src/arrange/header.ts):
 * copy number, classification and urgency on the first lines; the red
 * issuer mark (a joint header's names spread to their column width, row by
 * row, with 文件 to their right), condensed if the arrangement says so; the
 * document number on its grid row, centred; the red rule below it.
 */
import type { HeaderArrangement } from '../../arrange';
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
    for (const op of ops) op.glyphs.forEach((g, i) => (g.x += i * gap));
  }
  return ops;
}

/** Scales ops horizontally about `originX` (the mark is condensed, never shrunk in height). */
function condense(ops: TextOp[], originX: number, scale: number): TextOp[] {
  for (const op of ops) for (const g of op.glyphs) Object.assign(g, { x: originX + (g.x - originX) * scale, scaleX: g.scaleX * scale });
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

export function drawHeader(setter: TextSetter, header: Header, a: HeaderArrangement): DrawnHeader {
  const ops: DrawOp[] = [];
  const onRow = (text: string | undefined, row: number, style: TextStyle) => {
    if (text) ops.push(...markText(setter, text, { ...style, ink: 'black' }, BLOCK_LEFT, rowTop(row) + (LINE_PITCH - style.size) / 2));
  };
  onRow(header.copyNumber, 0, BODY);
  onRow(header.classification, 1, bodyIn('heiti'));
  onRow(header.urgency, 2, bodyIn('heiti'));
  ops.push(...issuerMark(setter, a));
  if (header.documentNumber && a.numberRow !== undefined) {
    const width = setter.width(header.documentNumber, BODY);
    ops.push(...markText(setter, header.documentNumber, BODY, BLOCK_LEFT + (BLOCK_WIDTH - width) / 2, rowTop(a.numberRow) + (LINE_PITCH - BODY.size) / 2));
  }
  const ruleY = BLOCK_TOP + mmToPt(a.ruleMm);
  const half = (BLOCK_WIDTH - mmToPt(HEADER.ruleWidthMm)) / 2;
  ops.push({ kind: 'line', x1: BLOCK_LEFT + half, y1: ruleY, x2: BLOCK_LEFT + BLOCK_WIDTH - half, y2: ruleY, thickness: mmToPt(HEADER.ruleThicknessMm), ink: 'red' });
  return { ops, flowRow: a.flowRow };
}
