/**
 * Tables (statistics forms and tables in the text, §8): real Word tables scaled to the text block,
 * merged cells (rowSpan → vMerge, colSpan → gridSpan; word-table.ts adds the
 * continuation cells), single-line borders, header rows repeating on every
 * page (tblHeader), cell text centred vertically.
 */
import type { TableBlock, TableCell as ModelCell } from '../../document/model';
import { PDF_RENDER, TABLE } from '../../style/gbt9704';
import { keptWithLast, rowGroups } from '../../style/table-grid';
import { tableTextPt } from '../../style/table-orientation';
import { leastRowMm } from '../../style/writing-row';
export { isTurned } from '../../style/table-orientation';
import { run, runStyle, textElement } from './fonts';
import { ALIGNMENT, OFF_GRID_STYLE, paragraph, type Border, type Table } from './paragraphs';
import { exactLine } from './styles';
import { mmToTwip, ptToEighths, ptToTwip } from './units';
import { table, type Cell } from './word-table';

const PADDING = mmToTwip(TABLE.cellPaddingMm);
/**
 * Word and LibreOffice add a row's border to its height, on top of the text and the cell margins; our PDF
 * draws the rule on the row's edge. The top and bottom margins give up the border's width between them, so
 * a row is as tall as in the PDF and the same rows end each page.
 */
const BORDER_TWIPS = ptToTwip(TABLE.borderPt);
const PADDING_TOP = PADDING - Math.ceil(BORDER_TWIPS / 2);
const PADDING_BOTTOM = PADDING - Math.floor(BORDER_TWIPS / 2);
const BORDER: Border = { style: 'single', size: ptToEighths(TABLE.borderPt), color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

/** Column widths in twips, scaled to `width`; the last column takes the rounding. */
function columnWidths(t: TableBlock, width: number): number[] {
  const total = t.columns.reduce((a, b) => a + b, 0);
  const widths = t.columns.map((c) => Math.floor((width * c) / total));
  widths[widths.length - 1] += width - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** `keepNext`: the row keeps with the one below it (Word keeps a row whose paragraphs all keep with the next). */
function cell(t: TableBlock, c: ModelCell, keepNext: boolean): Cell {
  const size = tableTextPt(t);
  const text = c.blank ? '' : c.text;
  const runs = text ? [run(runStyle({ role: c.header ? 'heiti' : 'fangsong', sizePt: size }, text), textElement(text))] : [];
  return {
    ...(c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
    ...(c.colSpan > 1 ? { columnSpan: c.colSpan } : {}),
    verticalAlign: 'center',
    children: [paragraph(runs, { ...OFF_GRID_STYLE, keepNext, alignment: ALIGNMENT[c.align], spacing: exactLine(ptToTwip(size * PDF_RENDER.tableLineHeightEm)) })],
  };
}

/** `keepWithNext`: the last row keeps with what follows (a one-line note). */
export function tableBlock(t: TableBlock, width: number, keepWithNext = false): Table {
  const widths = columnWidths(t, width);
  const kept = keptWithLast(rowGroups(t.rows), t.headerRows);
  const keeps = (row: number) => (!!kept && row >= kept[0] && row < kept[1]) || (keepWithNext && row === t.rows.length - 1);
  return table({
    columnWidths: widths,
    width,
    margins: { left: PADDING, right: PADDING, top: PADDING_TOP, bottom: PADDING_BOTTOM },
    borders: BORDERS,
    rows: t.rows.map((cells, i) => ({
      tableHeader: i < t.headerRows,
      cantSplit: true,
      // LibreOffice, like Word, adds the row's border to the height asked for, as it does to text and margins.
      ...(leastRowMm(cells) ? { minHeight: mmToTwip(leastRowMm(cells)) - BORDER_TWIPS } : {}),
      cells: cells.map((c) => cell(t, c, keeps(i))),
    })),
  });
}
