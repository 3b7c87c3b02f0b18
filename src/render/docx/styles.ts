/**
 * word/styles.xml: document defaults of 三号仿宋 on the exact line pitch of
 * the grid (§5.2), justified; a Normal style that states the size (LibreOffice
 * derives the grid's character width from it); and an off-grid paragraph
 * style for text not set in body size (issuer mark, titles, tables,
 * colophon, page numbers), which would otherwise be stretched to whole grid
 * cells; and, after the defaults, the styles the docx library used to add
 * (library-parts.ts).
 */
import { BODY_SIZE_PT, DOCX_RENDER } from '../../style/gbt9704';
import { runFont } from './fonts';
import { LIBRARY_STYLES } from './library-parts';
import { halfPoints, LINE_PITCH } from './units';

export const OFF_GRID = 'OffGrid';

/** Numbered headings 一、（一）1.（1） as Word's built-in 标题 1–4 (heading 1–4). */
/** Word's heading styles for GB/T 9704's four levels; the fifth (①) is a body paragraph with its outline level (body.ts). */
export const HEADING_STYLE = { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3', 4: 'Heading4' } as const;

/**
 * Paragraph defaults that keep office programs on the 28-character grid:
 * - No hanging punctuation past the text block. w:overflowPunct means
 *   "punctuation may hang" in Word and WPS (ECMA-376 §17.3.1.21), but
 *   LibreOffice (25.2, writerfilter) imports it inverted: val="0" hangs
 *   (up to 5.5 mm past the block), val="1" does not. So the value is 1, and
 *   settings.xml carries w:compat/w:doNotWrapTextWithPunct, with which Word
 *   never lets punctuation exceed the character grid (ECMA-376 §9.7.3.19);
 *   all three then move the character before the mark to the next line.
 *   test/e2e/docx-libreoffice.test.ts shows LibreOffice's reading on a
 *   minimal file.
 * - w:autoSpaceDE / w:autoSpaceDN = 0: no automatic space between Chinese
 *   and Latin letters / digits ("2023 年 9 月 1 日"). Word and WPS honour
 *   it; LibreOffice ignores both and always adds its own small gap.
 * - w:kinsoku: Chinese line-breaking rules (no closing mark at a line
 *   start) in all three.
 * - w:widowControl as DOCX_RENDER in the style sheet says, always written:
 *   absent, Word allows widows and orphans while LibreOffice imports
 *   two-line widow and orphan control.
 * Element order follows CT_PPrBase; Word rejects a file whose pPr is out of order.
 */
const GRID_PARAGRAPH = `<w:widowControl w:val="${DOCX_RENDER.widowControl ? 1 : 0}"/><w:kinsoku/><w:overflowPunct w:val="1"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>`;

/** A heading style: w:outlineLvl (0-based) puts it in Word's navigation pane and WPS's 导航窗格. */
const headingStyle = (level: 1 | 2 | 3 | 4) =>
  `<w:style w:type="paragraph" w:styleId="${HEADING_STYLE[level]}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>` +
  `<w:pPr><w:outlineLvl w:val="${level - 1}"/></w:pPr></w:style>`;

export const EXACT_LINE = { line: LINE_PITCH, lineRule: 'exact' as const, before: 0, after: 0 };

export const exactLine = (twips: number) => ({ ...EXACT_LINE, line: twips });

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function stylesXml(): string {
  const f = runFont('fangsong');
  const size = halfPoints(BODY_SIZE_PT);
  const sizes = `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`;
  const fonts = `<w:rFonts w:ascii="${f.ascii}" w:hAnsi="${f.hAnsi}" w:cs="${f.cs}" w:eastAsia="${f.eastAsia}"/>`;
  const spacing = `<w:spacing w:before="0" w:after="0" w:line="${LINE_PITCH}" w:lineRule="exact"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts}${sizes}<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr>${GRID_PARAGRAPH}${spacing}<w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    LIBRARY_STYLES +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr>${GRID_PARAGRAPH}</w:pPr><w:rPr>${fonts}${sizes}</w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="${OFF_GRID}"><w:name w:val="Off Grid"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:snapToGrid w:val="0"/></w:pPr></w:style>` +
    ([1, 2, 3, 4] as const).map(headingStyle).join('') +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/></w:tblPr></w:style>` +
    `</w:styles>`
  );
}
