/**
 * Tables (statistics forms): columns scaled to the block, merged cells,
 * wrapped cell text centred vertically, ruled borders. Rows joined by a
 * vertical merge form one unbreakable box; the header rows repeat on every
 * page the table continues on.
 */
import type { TableBlock, TableCell } from '../../document/model';
import { PDF_RENDER, TABLE, mmToPt } from '../../style/gbt9704';
import type { DrawOp } from './draw-ops';
import { BLOCK_LEFT, BLOCK_WIDTH } from './geometry';
import { alignShift } from './layout-text';
import type { StyledText, TextSetter } from './set-text';
import { BODY, TABLE_SMALL } from './text-styles';
import type { FlowItem } from './typeset/flow';
import type { SetLine } from './typeset/piece';

const PADDING = mmToPt(TABLE.cellPaddingMm);

interface PlacedCell {
  cell: TableCell;
  row: number;
  col: number;
  x: number;
  width: number;
  texts: StyledText[];
  lines: SetLine[];
}

/** Column of every cell, skipping slots covered by merges from rows above. */
function placeCells(table: TableBlock): { row: number; col: number; cell: TableCell }[] {
  const covered = new Set<string>();
  const out: { row: number; col: number; cell: TableCell }[] = [];
  table.rows.forEach((cells, row) => {
    let col = 0;
    for (const cell of cells) {
      while (covered.has(`${row},${col}`)) col++;
      out.push({ row, col, cell });
      for (let r = row; r < row + cell.rowSpan; r++) for (let c = col; c < col + cell.colSpan; c++) covered.add(`${r},${c}`);
      col += cell.colSpan;
    }
  });
  return out;
}

export function tableItems(setter: TextSetter, table: TableBlock): FlowItem[] {
  const base = table.fontSize === 'small' ? TABLE_SMALL : { ...BODY, cell: BODY.size };
  const lineHeight = base.size * PDF_RENDER.tableLineHeightEm;
  const total = table.columns.reduce((a, b) => a + b, 0);
  const colX = [0];
  for (const c of table.columns) colX.push(colX[colX.length - 1] + (BLOCK_WIDTH * c) / total);

  const cells: PlacedCell[] = placeCells(table).map(({ row, col, cell }) => {
    const width = colX[Math.min(col + cell.colSpan, table.columns.length)] - colX[col];
    const style = cell.header ? { ...base, role: 'heiti' as const } : base;
    const texts = [{ text: cell.blank ? '' : cell.text, style }];
    const lines = setter.setParagraph(texts, () => ({ indent: 0, available: width - 2 * PADDING }), cell.align === 'justify');
    return { cell, row, col, x: colX[col], width, texts, lines };
  });

  const needed = (c: PlacedCell) => Math.max(1, c.lines.length) * lineHeight + 2 * PADDING;
  const heights = table.rows.map((_, r) => Math.max(lineHeight + 2 * PADDING, ...cells.filter((c) => c.row === r && c.cell.rowSpan === 1).map(needed)));
  for (const c of cells.filter((c) => c.cell.rowSpan > 1)) {
    const last = Math.min(c.row + c.cell.rowSpan, heights.length) - 1;
    const have = heights.slice(c.row, last + 1).reduce((a, b) => a + b, 0);
    if (have < needed(c)) heights[last] += needed(c) - have;
  }
  const rowY = [0];
  for (const h of heights) rowY.push(rowY[rowY.length - 1] + h);

  // Rows [first, end) held together by vertical merges.
  const groups: [number, number][] = [];
  for (let r = 0; r < table.rows.length; ) {
    let end = r + 1;
    for (let k = r; k < end; k++) for (const c of cells) if (c.row === k) end = Math.max(end, Math.min(c.row + c.cell.rowSpan, table.rows.length));
    groups.push([r, end]);
    r = end;
  }

  const drawGroup = ([first, end]: [number, number], top: number): DrawOp[] =>
    cells
      .filter((c) => c.row >= first && c.row < end)
      .flatMap((c) => {
        const x = BLOCK_LEFT + c.x;
        const y = top + rowY[c.row] - rowY[first];
        const h = rowY[Math.min(c.row + c.cell.rowSpan, heights.length)] - rowY[c.row];
        const edge = (x1: number, y1: number, x2: number, y2: number): DrawOp => ({ kind: 'line', x1, y1, x2, y2, thickness: TABLE.borderPt, ink: 'black' });
        const textTop = y + (h - c.lines.length * lineHeight) / 2;
        return [
          edge(x, y, x + c.width, y),
          edge(x, y + h, x + c.width, y + h),
          edge(x, y, x, y + h),
          edge(x + c.width, y, x + c.width, y + h),
          ...c.lines.flatMap((line, i) =>
            setter.lineOps(line, c.texts, { left: x + PADDING, top: textTop + i * lineHeight, height: lineHeight }, alignShift(line, c.cell.align)),
          ),
        ];
      });

  const item = (g: [number, number], index: number): FlowItem => ({
    height: rowY[g[1]] - rowY[g[0]],
    onGrid: index === 0,
    draw: (top) => drawGroup(g, top),
  });
  const headerGroups = groups.filter(([first]) => first < table.headerRows);
  const header = headerGroups.map((g) => ({ ...item(g, 1), keepWithNext: true }));
  return groups.map((g, i) => {
    const it = item(g, i);
    return i < headerGroups.length ? { ...it, keepWithNext: true } : { ...it, repeatOnNewPage: header };
  });
}
