/**
 * Paragraphs (w:p) and the shapes used everywhere: blank grid lines,
 * indented body text, aligned lines. A paragraph stays an object until the
 * document is written, so that the section it ends can put its w:sectPr in it.
 */
import type { Align } from '../../document/model';
import { MAIN } from '../../style/gbt9704';
import { OFF_GRID } from './styles';
import { chars } from './units';
import { element, onOff, properties } from './xml';

export const ALIGNMENT = { left: 'left', center: 'center', right: 'right', justify: 'both' } as const;
export type Alignment = (typeof ALIGNMENT)[Align] | 'distribute';

export interface Border {
  style: 'single' | 'none';
  size: number;
  color: string;
  space?: number;
}

export interface Spacing {
  before?: number;
  after?: number;
  line?: number;
  lineRule?: 'exact' | 'auto';
}

export interface TabStop {
  type: 'left' | 'center' | 'right';
  position: number;
}

/** A text frame anchored to the page (w:framePr), exactly `height` twips high. */
export interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ParagraphOptions {
  style?: string;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  frame?: Frame;
  widowControl?: boolean;
  border?: { top?: Border; bottom?: Border };
  tabStops?: TabStop[];
  spacing?: Spacing;
  indent?: { left?: number; right?: number; hanging?: number; firstLine?: number };
  alignment?: Alignment;
  /** Word's outline level from 0 (a heading without a heading style: its place in the navigation pane). */
  outlineLevel?: number;
}

export interface Paragraph {
  readonly type: 'paragraph';
  /** The content of w:pPr, in the order CT_PPr gives it. */
  readonly properties: string;
  /** The runs. */
  readonly content: string;
  readonly alignment?: Alignment;
}

/** A table, written already. */
export interface Table {
  readonly type: 'table';
  readonly xml: string;
}

export type BodyChild = Paragraph | Table;

/** A border side (w:top, w:bottom, …) of a paragraph, table or cell. */
export const borderXml = (side: string, b: Border) => element(side, { 'w:val': b.style, 'w:color': b.color, 'w:sz': b.size, 'w:space': b.space });

function paragraphProperties(o: ParagraphOptions): string {
  let xml = o.style ? element('w:pStyle', { 'w:val': o.style }) : '';
  if (o.keepNext !== undefined) xml += onOff('w:keepNext', o.keepNext);
  if (o.pageBreakBefore) xml += '<w:pageBreakBefore/>';
  if (o.frame) {
    const f = o.frame;
    xml += element('w:framePr', { 'w:w': f.width, 'w:h': f.height, 'w:x': f.x, 'w:y': f.y, 'w:hAnchor': 'page', 'w:vAnchor': 'page', 'w:hRule': 'exact', 'w:wrap': 'none' });
  }
  if (o.widowControl !== undefined) xml += onOff('w:widowControl', o.widowControl);
  if (o.border) xml += properties('w:pBdr', (o.border.top ? borderXml('w:top', o.border.top) : '') + (o.border.bottom ? borderXml('w:bottom', o.border.bottom) : ''));
  if (o.tabStops?.length) xml += `<w:tabs>${o.tabStops.map((t) => element('w:tab', { 'w:val': t.type, 'w:pos': t.position })).join('')}</w:tabs>`;
  if (o.spacing) xml += element('w:spacing', { 'w:after': o.spacing.after, 'w:before': o.spacing.before, 'w:line': o.spacing.line, 'w:lineRule': o.spacing.lineRule });
  if (o.indent) xml += element('w:ind', { 'w:left': o.indent.left, 'w:right': o.indent.right, 'w:hanging': o.indent.hanging, 'w:firstLine': o.indent.firstLine });
  if (o.alignment) xml += element('w:jc', { 'w:val': o.alignment });
  if (o.outlineLevel !== undefined) xml += element('w:outlineLvl', { 'w:val': o.outlineLevel });
  return xml;
}

export const paragraph = (runs: string[], options: ParagraphOptions = {}): Paragraph => ({
  type: 'paragraph',
  properties: paragraphProperties(options),
  content: runs.join(''),
  alignment: options.alignment,
});

export const aligned = (runs: string[], align: Align, options: ParagraphOptions = {}) => paragraph(runs, { alignment: ALIGNMENT[align], ...options });

/** The paragraph as XML; `sectionProperties`: the w:sectPr of the section it ends. */
export function paragraphXml(p: Paragraph, sectionProperties = ''): string {
  const pPr = properties('w:pPr', p.properties + sectionProperties);
  return pPr || p.content ? `<w:p>${pPr}${p.content}</w:p>` : '<w:p/>';
}

export const childXml = (c: BodyChild) => (c.type === 'paragraph' ? paragraphXml(c) : c.xml);

/** The body's two-character first-line indent. */
export const FIRST_LINE_INDENT = { firstLine: chars(MAIN.indentChars) };

/** Text not in body size keeps its natural advance instead of whole grid cells. */
export const OFF_GRID_STYLE = { style: OFF_GRID };

/**
 * The paragraph before a signature goes to the signature's page with at least
 * its last two lines (§7.3.5), as the PDF keeps two lines: keepNext, and widow
 * control so that two lines go, never one (Word, WPS and LibreOffice alike).
 */
export const KEEP_WITH_SIGNATURE = { keepNext: true, widowControl: true };

export const blankLines = (n: number) => Array.from({ length: n }, () => paragraph([]));
