/**
 * xl/styles.xml: each distinct cell style becomes one cell format (xf),
 * numbered in the order first asked for, its font and border shared with
 * the formats that look the same. Format 0 is the workbook's default
 * (Calibri 11, no border), whose digit width is the unit of column widths.
 */
import { escapeXml } from '../xml-escape';
import type { BorderEdges, CellAlignment, CellStyle, SheetFont } from './sheet-model';

/** The built-in number formats a form uses, by their format codes. */
const BUILT_IN_FORMAT: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '@': 49 };

const DEFAULT_FONT = '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>';
const NO_BORDER = '<border><left/><right/><top/><bottom/><diagonal/></border>';
const EDGES = ['left', 'right', 'top', 'bottom'] as const;
const VERTICAL = { top: 'top', middle: 'center', bottom: 'bottom' } as const;

const fontXml = (font: SheetFont) => `<font><sz val="${font.size}"/><name val="${escapeXml(font.name)}"/></font>`;

const borderXml = (border: BorderEdges) =>
  `<border>${EDGES.map((edge) => (border[edge] ? `<${edge} style="${border[edge].style}"/>` : `<${edge}/>`)).join('')}<diagonal/></border>`;

function alignmentXml(a: CellAlignment): string {
  const attributes = [
    a.horizontal && `horizontal="${a.horizontal}"`,
    a.vertical && `vertical="${VERTICAL[a.vertical]}"`,
    a.wrapText && 'wrapText="1"',
    a.shrinkToFit && 'shrinkToFit="1"',
  ].filter(Boolean);
  return `<alignment ${attributes.join(' ')}/>`;
}

/** Index of `xml` in `list`, added at the end if new. */
function indexIn(list: string[], xml: string): number {
  const at = list.indexOf(xml);
  return at >= 0 ? at : list.push(xml) - 1;
}

export class StyleSheet {
  private readonly fonts = [DEFAULT_FONT];
  private readonly borders = [NO_BORDER];
  private readonly formats = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];

  /** The cell format number of a style (0 for none). */
  formatOf(style: CellStyle): number {
    if (!style.font && !style.alignment && !style.border && !style.numFmt && !style.protection) return 0;
    const numFmtId = BUILT_IN_FORMAT[style.numFmt ?? 'General'];
    if (numFmtId === undefined) throw new Error(`number format ${style.numFmt} is not a built-in one`);
    const fontId = style.font ? indexIn(this.fonts, fontXml(style.font)) : 0;
    const borderId = style.border ? indexIn(this.borders, borderXml(style.border)) : 0;
    const applied = [
      numFmtId && 'applyNumberFormat="1"',
      fontId && 'applyFont="1"',
      borderId && 'applyBorder="1"',
      style.alignment && 'applyAlignment="1"',
      style.protection && 'applyProtection="1"',
    ].filter(Boolean);
    const inner = (style.alignment ? alignmentXml(style.alignment) : '') + (style.protection ? `<protection locked="${style.protection.locked ? 1 : 0}"/>` : '');
    const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="${borderId}" xfId="0" ${applied.join(' ')}>${inner}</xf>`;
    return indexIn(this.formats, xf);
  }

  xml(): string {
    const list = (tag: string, items: string[]) => `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      list('fonts', this.fonts) +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      list('borders', this.borders) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.formats) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}
