/**
 * Tables (statistics forms, tables in the text): columns scaled to the block, merged cells,
 * wrapped cell text centred vertically, ruled borders. Rows joined by a
 * vertical merge form one box, kept whole unless it is taller than a page:
 * then it is cut between rows and each part repeats the merged cells' text;
 * a single row taller than a page is cut between its text lines.
 * The header rows repeat on every page the table continues on. A table too
 * wide for portrait (the DOCX renderer's rule, §8) is set on turned pages.
 */
import type { TableBlock, TableCell } from '../../document/model';
import { PDF_RENDER, TABLE, mmToPt } from '../../style/gbt9704';
import { keptWithLast, placeCells, rowGroups } from '../../style/table-grid';
import { isTurned } from '../../style/table-orientation';
import { leastRowMm } from '../../style/writing-row';
import type { DrawOp } from './draw-ops';
import { BLOCK_HEIGHT, BLOCK_LEFT, BLOCK_WIDTH } from './geometry';
import { alignShift } from './layout-text';
import type { StyledText, TextSetter } from './set-text';
import { BODY, TABLE_SMALL } from './text-styles';
import { TURNED_BLOCK } from './turned-page';
import type { FlowItem } from './typeset/flow';
import type { SetLine } from './typeset/piece';

const PADDING = mmToPt(TABLE.cellPaddingMm);
const EPSILON = 1e-6;

interface PlacedCell {
  cell: TableCell;
  row: number;
  col: number;
  x: number;
  width: number;
  texts: StyledText[];
  lines: SetLine[];
}

/**
 * A cell's text as lines, balanced so that the last line never holds a
 * single character (况, 室。) where the column leaves room to carry one more.
 */
function cellLines(setter: TextSetter, texts: StyledText[], available: number, justify: boolean): SetLine[] {
  return setter.setParagraph(texts, () => ({ indent: 0, available }), justify, true);
}

export function tableItems(setter: TextSetter, table: TableBlock): FlowItem[] {
  const turned = isTurned(table);
  const block = turned ? TURNED_BLOCK : { left: BLOCK_LEFT, width: BLOCK_WIDTH };
  const base = table.fontSize === 'small' ? TABLE_SMALL : { ...BODY, cell: BODY.size };
  const lineHeight = base.size * PDF_RENDER.tableLineHeightEm;
  const total = table.columns.reduce((a, b) => a + b, 0);
  const colX = [0];
  for (const c of table.columns) colX.push(colX[colX.length - 1] + (block.width * c) / total);

  const cells: PlacedCell[] = placeCells(table.rows).map(({ row, col, cell }) => {
    const width = colX[Math.min(col + cell.colSpan, table.columns.length)] - colX[col];
    const style = cell.header ? { ...base, role: 'heiti' as const } : base;
    const texts = [{ text: cell.blank ? '' : cell.text, style }];
    const lines = cellLines(setter, texts, width - 2 * PADDING, cell.align === 'justify');
    return { cell, row, col, x: colX[col], width, texts, lines };
  });

  const needed = (c: PlacedCell) => Math.max(1, c.lines.length) * lineHeight + 2 * PADDING;
  const heights = table.rows.map((row, r) =>
    Math.max(lineHeight + 2 * PADDING, mmToPt(leastRowMm(row)), ...cells.filter((c) => c.row === r && c.cell.rowSpan === 1).map(needed)),
  );
  const endRow = (c: PlacedCell) => Math.min(c.row + c.cell.rowSpan, heights.length);
  for (const c of cells.filter((c) => c.cell.rowSpan > 1)) {
    const last = endRow(c) - 1;
    const have = heights.slice(c.row, last + 1).reduce((a, b) => a + b, 0);
    if (have < needed(c)) heights[last] += needed(c) - have;
  }
  const rowY = [0];
  for (const h of heights) rowY.push(rowY[rowY.length - 1] + h);

  const groups = rowGroups(table.rows);

  /** The cells meeting rows [first, end), each cut to those rows. */
  const cellsIn = (first: number, end: number) =>
    cells.filter((c) => c.row < end && endRow(c) > first).map((c) => ({ c, from: Math.max(c.row, first), to: Math.min(endRow(c), end) }));

  const edge = (x1: number, y1: number, x2: number, y2: number): DrawOp => ({ kind: 'line', x1, y1, x2, y2, thickness: TABLE.borderPt, ink: 'black' });
  /** A ruled cell box `h` high at `y` holding `lines` of the cell's text from `textTop` down. */
  const box = (c: PlacedCell, y: number, h: number, lines: SetLine[], textTop: number): DrawOp[] => {
    const x = block.left + c.x;
    return [
      edge(x, y, x + c.width, y),
      edge(x, y + h, x + c.width, y + h),
      edge(x, y, x, y + h),
      edge(x + c.width, y, x + c.width, y + h),
      ...lines.flatMap((line, i) =>
        setter.lineOps(line, c.texts, { left: x + PADDING, top: textTop + i * lineHeight, height: lineHeight }, alignShift(line, c.cell.align)),
      ),
    ];
  };

  const drawRows = (first: number, end: number, top: number): DrawOp[] =>
    cellsIn(first, end).flatMap(({ c, from, to }) => {
      const y = top + rowY[from] - rowY[first];
      const h = rowY[to] - rowY[from];
      return box(c, y, h, c.lines, y + (h - c.lines.length * lineHeight) / 2);
    });

  /**
   * Lines [from, to) of row `r`, a row taller than a page: each part is a
   * ruled row of its own with the cells' text from the top, so the text reads
   * on from one page to the next.
   */
  const lineSlice = (r: number, from: number, to: number, onGrid: boolean, extra: Partial<FlowItem>): FlowItem => ({
    height: (to - from) * lineHeight + 2 * PADDING,
    onGrid,
    turned,
    ...extra,
    draw: (top) => cellsIn(r, r + 1).flatMap(({ c }) => box(c, top, (to - from) * lineHeight + 2 * PADDING, c.lines.slice(from, to), top + PADDING)),
    split: (room) => {
      const fit = Math.floor((room - 2 * PADDING) / lineHeight + EPSILON);
      return fit >= 1 && from + fit < to ? [lineSlice(r, from, from + fit, onGrid, extra), lineSlice(r, from + fit, to, false, extra)] : undefined;
    },
  });
  /** What row `r` says, its cells' text one after another: where a page ends before it, the build names the row by it. */
  const rowText = (r: number) =>
    cells
      .filter((c) => c.row === r && !c.cell.blank && c.cell.text)
      .map((c) => c.cell.text)
      .join('　');
  const linesIn = (r: number) => Math.max(1, ...cellsIn(r, r + 1).map(({ c }) => c.lines.length));

  /** Every merged cell cut to rows [first, end) still has room for its text. */
  const holdsText = (first: number, end: number) => cellsIn(first, end).every(({ c, from, to }) => rowY[to] - rowY[from] >= needed(c) - EPSILON);
  /** The last row boundary inside [first, end) that leaves at most `room` above it and room for the text on both sides. */
  const cutAt = (first: number, end: number, room: number) => {
    for (let k = end - 1; k > first; k--) if (rowY[k] - rowY[first] <= room + EPSILON && holdsText(first, k) && holdsText(k, end)) return k;
    return undefined;
  };

  const rows = (first: number, end: number, onGrid: boolean, extra: Partial<FlowItem>): FlowItem => ({
    height: rowY[end] - rowY[first],
    onGrid,
    turned,
    text: rowText(first),
    tableRow: true,
    ...extra,
    draw: (top) => drawRows(first, end, top),
    split: (room) => {
      const k = cutAt(first, end, room);
      if (k !== undefined) return [rows(first, k, onGrid, extra), rows(k, end, false, extra)];
      return end - first === 1 ? lineSlice(first, 0, linesIn(first), onGrid, extra).split?.(room) : undefined;
    },
  });
  const headerCount = groups.filter(([first]) => first < table.headerRows).length;
  const header = groups.slice(0, headerCount).map(([first, end]) => rows(first, end, false, { keepWithNext: true }));
  // Kept only when the two groups fit a page together: then neither is ever cut.
  const kept = keptWithLast(groups, table.headerRows);
  const keepsWithLast = (first: number) =>
    kept?.[0] === first && rowY[rowY.length - 1] - rowY[kept[0]] + rowY[table.headerRows] <= (turned ? TURNED_BLOCK.bottom - TURNED_BLOCK.top : BLOCK_HEIGHT);
  return groups.map(([first, end], i) =>
    rows(first, end, i === 0, i < headerCount ? { keepWithNext: true } : { repeatOnNewPage: header, ...(keepsWithLast(first) ? { keepWithNext: true, keptLoosely: true } : {}) }));
}
