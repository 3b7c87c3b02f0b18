/**
 * The header block 版头 (§7.2): copy number, classification and urgency on
 * the first lines; the red issuer mark with its top edge 35 mm below the top
 * of the text block, condensed if wider than the block (a joint header
 * stacks the issuers, in two columns when there are many, with 文件 centred
 * vertically to their right); the document number two lines below; the red
 * rule 4 mm below the number.
 */
import type { Header } from '../../document/model';
import { HEADER, mmToPt, PDF_RENDER } from '../../style/gbt9704';
import type { DrawOp, TextOp } from './draw-ops';
import { BLOCK_HEIGHT, BLOCK_LEFT, BLOCK_TOP, BLOCK_WIDTH, LINE_PITCH, rowAtOrBelow, rowTop } from './geometry';
import { setWidth } from './layout-text';
import type { TextSetter, TextStyle } from './set-text';
import { BODY, bodyIn } from './text-styles';

export interface DrawnHeader {
  ops: DrawOp[];
  /** The red rule's position: the flow continues below it. */
  ruleY: number;
}

const markStyle = (size: number): TextStyle => ({ role: 'xiaobiaosong', size, bold: false, ink: 'red', cell: size });

/** Text set on one line with its em box top at `top`, starting at `x`, spread to `width` if given. */
function markText(setter: TextSetter, text: string, style: TextStyle, x: number, top: number, width?: number): TextOp[] {
  const [line] = setter.setParagraph([{ text, style }], () => ({ indent: 0, available: width ?? Infinity }), false);
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

function issuerMark(setter: TextSetter, header: Header, top: number): { ops: TextOp[]; bottom: number } {
  const names = header.issuers;
  if (names.length === 1) {
    const style = markStyle(HEADER.issuerMarkMaxPt);
    const text = names[0] + (header.withWenjian ? '文件' : '');
    const width = setter.width(text, style);
    const scale = Math.min(1, BLOCK_WIDTH / width);
    const x = BLOCK_LEFT + (BLOCK_WIDTH - width * scale) / 2;
    return { ops: condense(markText(setter, text, style, x, top), x, scale), bottom: top + style.size };
  }
  const columns = names.length > PDF_RENDER.jointIssuersPerColumn ? 2 : 1;
  const perColumn = Math.ceil(names.length / columns);
  const pitch = Math.min(LINE_PITCH, (BLOCK_HEIGHT * PDF_RENDER.jointMaxHeightFraction) / perColumn);
  const style = markStyle(Math.min(HEADER.jointIssuerPt, pitch / PDF_RENDER.jointLeadingEm));
  const nameWidth = Math.max(...names.map((n) => setter.width(n, style)));
  const gap = PDF_RENDER.jointColumnGapChars * style.size;
  const wenjian = markStyle(HEADER.issuerMarkMaxPt);
  const wenjianWidth = header.withWenjian ? gap + setter.width('文件', wenjian) : 0;
  const width = columns * nameWidth + (columns - 1) * gap + wenjianWidth;
  const scale = Math.min(1, BLOCK_WIDTH / width);
  const x = BLOCK_LEFT + (BLOCK_WIDTH - width * scale) / 2;
  // Names run left to right, then down, so they read in order (lead issuer first).
  const ops = names.flatMap((name, i) => {
    const col = i % columns;
    return markText(setter, name, style, x + col * (nameWidth + gap), top + Math.floor(i / columns) * pitch, nameWidth);
  });
  const stackHeight = (perColumn - 1) * pitch + style.size;
  if (header.withWenjian) {
    const wx = x + columns * nameWidth + (columns - 1) * gap + gap;
    ops.push(...markText(setter, '文件', wenjian, wx, top + (stackHeight - wenjian.size) / 2));
  }
  return { ops: condense(ops, x, scale), bottom: top + stackHeight };
}

export function drawHeader(setter: TextSetter, header: Header): DrawnHeader {
  const ops: DrawOp[] = [];
  const onRow = (text: string | undefined, row: number, style: TextStyle) => {
    if (text) ops.push(...markText(setter, text, { ...style, ink: 'black' }, BLOCK_LEFT, rowTop(row) + (LINE_PITCH - style.size) / 2));
  };
  onRow(header.copyNumber, 0, BODY);
  onRow(header.classification, 1, bodyIn('heiti'));
  onRow(header.urgency, 2, bodyIn('heiti'));

  const mark = issuerMark(setter, header, BLOCK_TOP + mmToPt(HEADER.issuerMarkTopMm));
  ops.push(...mark.ops);
  let below = mark.bottom;
  if (header.documentNumber) {
    const row = rowAtOrBelow(mark.bottom) + HEADER.linesBeforeNumber;
    const width = setter.width(header.documentNumber, BODY);
    const emTop = rowTop(row) + (LINE_PITCH - BODY.size) / 2;
    ops.push(...markText(setter, header.documentNumber, BODY, BLOCK_LEFT + (BLOCK_WIDTH - width) / 2, emTop));
    below = emTop + BODY.size;
  }
  const ruleY = below + mmToPt(HEADER.ruleBelowNumberMm);
  const half = (BLOCK_WIDTH - mmToPt(HEADER.ruleWidthMm)) / 2;
  ops.push({ kind: 'line', x1: BLOCK_LEFT + half, y1: ruleY, x2: BLOCK_LEFT + BLOCK_WIDTH - half, y2: ruleY, thickness: mmToPt(HEADER.ruleThicknessMm), ink: 'red' });
  return { ops, ruleY };
}
