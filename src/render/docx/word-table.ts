/**
 * Word tables (w:tbl) as the docx library wrote them: a cell spanning rows
 * (rowSpan) starts a vertical merge and each row below it gets a continuation
 * cell in the same column, holding an empty paragraph with the first cell's
 * last alignment; a cell without a width of its own takes the width of the
 * grid columns it spans; every border side not given is a thin single line.
 */
import { borderXml, paragraph, paragraphXml, type Border, type Paragraph, type Table } from './paragraphs';
import { element, onOff, properties } from './xml';

export interface Margins {
  top?: number;
  left?: number;
  bottom?: number;
  right?: number;
}

export interface Cell {
  width?: number;
  columnSpan?: number;
  rowSpan?: number;
  margins?: Margins;
  verticalAlign?: 'center';
  /**
   * Lines run down the cell, each glyph turned a quarter clockwise: digits and Latin in every program; Chinese is
   * turned by Word but kept upright by LibreOffice, so only the page number (digits and dashes) uses it.
   */
  textDirection?: 'tbRl';
  children: Paragraph[];
}

export interface Row {
  cantSplit?: boolean;
  tableHeader?: boolean;
  /** Exactly this many twips high. */
  height?: number;
  /** At least this many twips high (ignored with `height`). */
  minHeight?: number;
  cells: Cell[];
}

export interface Borders {
  top?: Border;
  left?: Border;
  bottom?: Border;
  right?: Border;
  insideHorizontal?: Border;
  insideVertical?: Border;
}

/** A floating table (w:tblpPr): at the foot of the text block (the colophon), or at a place on the page (a turned page's number). */
export interface Float {
  verticalAnchor: 'margin' | 'page';
  relativeVerticalPosition?: 'bottom';
  absoluteVerticalPosition?: number;
  horizontalAnchor: 'margin' | 'page';
  absoluteHorizontalPosition: number;
  overlap?: 'never';
  topFromText: number;
  bottomFromText: number;
  leftFromText: number;
  rightFromText: number;
}

export interface TableOptions {
  rows: Row[];
  columnWidths: number[];
  /** Twips. */
  width: number;
  float?: Float;
  alignment?: 'center';
  borders: Borders;
  /** Default cell margins (w:tblCellMar). */
  margins?: Margins;
}

const NO_BORDER: Border = { style: 'none', size: 0, color: 'auto' };
const DEFAULT_BORDER: Border = { style: 'single', size: 4, color: 'auto' };
export const NO_BORDERS: Borders = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

interface PlacedCell extends Cell {
  merge?: 'continue';
  /** The width from the grid, for a cell without one of its own. */
  gridWidth?: number;
}

const span = (c: Cell) => c.columnSpan || 1;
const dxa = (name: string, size: number) => element(name, { 'w:type': 'dxa', 'w:w': size });

function marginsXml(name: string, m: Margins): string {
  const sides = (['top', 'left', 'bottom', 'right'] as const).filter((s) => m[s] !== undefined);
  return properties(name, sides.map((s) => dxa(`w:${s}`, m[s]!)).join(''));
}

/** Each row's cells with the continuation cells of the merges from above. */
function withContinuations(rows: Row[]): PlacedCell[][] {
  const placed: PlacedCell[][] = rows.map((r) => [...r.cells]);
  placed.forEach((cells, r) => {
    if (r === placed.length - 1) return;
    let column = 0;
    for (const cell of [...cells]) {
      if (cell.rowSpan && cell.rowSpan > 1) {
        const last = cell.children[cell.children.length - 1];
        const below = placed[r + 1];
        let at = 0;
        for (let start = 0; at < below.length && start + span(below[at]) <= column; at++) start += span(below[at]);
        below.splice(at, 0, {
          rowSpan: cell.rowSpan - 1,
          columnSpan: cell.columnSpan,
          width: cell.width,
          margins: cell.margins,
          verticalAlign: cell.verticalAlign,
          children: last ? [paragraph([], { alignment: last.alignment })] : [],
          merge: 'continue',
        });
      }
      column += span(cell);
    }
  });
  return placed;
}

function cellXml(c: PlacedCell): string {
  const width = c.width ?? c.gridWidth;
  let tcPr = width !== undefined ? dxa('w:tcW', width) : '';
  if (c.columnSpan) tcPr += element('w:gridSpan', { 'w:val': c.columnSpan });
  if (c.merge) tcPr += element('w:vMerge', { 'w:val': c.merge });
  else if (c.rowSpan && c.rowSpan > 1) tcPr += element('w:vMerge', { 'w:val': 'restart' });
  if (c.margins) tcPr += marginsXml('w:tcMar', c.margins);
  if (c.textDirection) tcPr += element('w:textDirection', { 'w:val': c.textDirection });
  if (c.verticalAlign) tcPr += element('w:vAlign', { 'w:val': c.verticalAlign });
  const content = c.children.map((p) => paragraphXml(p)).join('');
  return `<w:tc>${properties('w:tcPr', tcPr)}${c.children.length ? content : '<w:p/>'}</w:tc>`;
}

const onOffOnly = (name: string, on: boolean) => (on ? `<${name}/>` : element(name, { 'w:val': 'off' }));

function rowXml(row: Row, cells: PlacedCell[], columnWidths: number[], scale: number): string {
  let trPr = row.cantSplit !== undefined ? onOffOnly('w:cantSplit', row.cantSplit) : '';
  if (row.tableHeader !== undefined) trPr += onOffOnly('w:tblHeader', row.tableHeader);
  if (row.height) trPr += element('w:trHeight', { 'w:val': row.height, 'w:hRule': 'exact' });
  else if (row.minHeight) trPr += element('w:trHeight', { 'w:val': row.minHeight, 'w:hRule': 'atLeast' });
  let column = 0;
  const xml = cells.map((c) => {
    const spanned = columnWidths.slice(column, column + span(c));
    const gridWidth = Math.round(spanned.reduce((a, b) => a + b, 0) * scale);
    column += span(c);
    return cellXml(spanned.length === span(c) && gridWidth > 0 ? { ...c, gridWidth } : c);
  });
  return `<w:tr>${properties('w:trPr', trPr)}${xml.join('')}</w:tr>`;
}

function floatXml(f: Float): string {
  return (
    element('w:tblpPr', {
      'w:leftFromText': f.leftFromText,
      'w:rightFromText': f.rightFromText,
      'w:topFromText': f.topFromText,
      'w:bottomFromText': f.bottomFromText,
      'w:tblpX': f.absoluteHorizontalPosition,
      'w:horzAnchor': f.horizontalAnchor,
      'w:tblpYSpec': f.relativeVerticalPosition,
      'w:tblpY': f.absoluteVerticalPosition,
      'w:vertAnchor': f.verticalAnchor,
    }) + (f.overlap ? element('w:tblOverlap', { 'w:val': f.overlap }) : '')
  );
}

export function table(o: TableOptions): Table {
  const b = o.borders;
  const sides: [string, Border | undefined][] = [
    ['w:top', b.top],
    ['w:left', b.left],
    ['w:bottom', b.bottom],
    ['w:right', b.right],
    ['w:insideH', b.insideHorizontal],
    ['w:insideV', b.insideVertical],
  ];
  const tblPr =
    (o.float ? floatXml(o.float) : '') +
    dxa('w:tblW', o.width) +
    (o.alignment ? element('w:jc', { 'w:val': o.alignment }) : '') +
    `<w:tblBorders>${sides.map(([side, border]) => borderXml(side, border ?? DEFAULT_BORDER)).join('')}</w:tblBorders>` +
    (o.margins ? marginsXml('w:tblCellMar', o.margins) : '');
  const grid = `<w:tblGrid>${o.columnWidths.map((w) => element('w:gridCol', { 'w:w': w })).join('')}</w:tblGrid>`;
  const total = o.columnWidths.reduce((a, c) => a + c, 0);
  const scale = total > 0 && o.width > total ? o.width / total : 1;
  const placed = withContinuations(o.rows);
  const rows = o.rows.map((r, i) => rowXml(r, placed[i], o.columnWidths, scale)).join('');
  return { type: 'table', xml: `<w:tbl><w:tblPr>${tblPr}</w:tblPr>${grid}${rows}</w:tbl>` };
}
