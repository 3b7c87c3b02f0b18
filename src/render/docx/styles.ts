/**
 * word/styles.xml: document defaults of 三号仿宋 on the exact line pitch of
 * the grid (§5.2), justified; a Normal style that states the size (LibreOffice
 * derives the grid's character width from it); and an off-grid paragraph
 * style for text not set in body size (issuer mark, titles, tables,
 * colophon, page numbers), which would otherwise be stretched to whole grid
 * cells. Written as XML because docx has no paragraph-level snapToGrid.
 */
import { LineRuleType } from 'docx';
import { BODY_SIZE_PT } from '../../style/gbt9704';
import { runFont } from './fonts';
import { halfPoints, LINE_PITCH } from './units';

export const OFF_GRID = 'OffGrid';

export const EXACT_LINE = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

export const exactLine = (twips: number) => ({ ...EXACT_LINE, line: twips });

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function stylesXml(): string {
  const f = runFont('fangsong');
  const size = halfPoints(BODY_SIZE_PT);
  const sizes = `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`;
  const fonts = `<w:rFonts w:ascii="${f.ascii}" w:hAnsi="${f.hAnsi}" w:cs="${f.cs}" w:eastAsia="${f.eastAsia}"/>`;
  const spacing = `<w:spacing w:before="0" w:after="0" w:line="${LINE_PITCH}" w:lineRule="${LineRuleType.EXACT}"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts}${sizes}<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr>${spacing}<w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr>${fonts}${sizes}</w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="${OFF_GRID}"><w:name w:val="Off Grid"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:snapToGrid w:val="0"/></w:pPr></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/></w:tblPr></w:style>` +
    `</w:styles>`
  );
}
