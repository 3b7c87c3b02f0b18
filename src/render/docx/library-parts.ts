/**
 * The parts of the package this renderer does not decide, as the docx library
 * (9.15) wrote them when it built our files: namespace declarations, its
 * default styles, empty footnote/endnote separators, a bullet list nobody
 * uses, empty property parts. Kept byte for byte so that the same Document
 * gives the same file as before.
 */
import { element, STANDALONE_DECLARATION, XML_DECLARATION } from './xml';

const ns = (entries: [string, string][]) => entries.map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`).join('');
const MS_WORD = 'http://schemas.microsoft.com/office/word';
const MS_DRAWING = 'http://schemas.microsoft.com/office/drawing';
const OOXML = 'http://schemas.openxmlformats.org';

const BASE: [string, string][] = [
  ['wpc', `${MS_WORD}/2010/wordprocessingCanvas`],
  ['mc', `${OOXML}/markup-compatibility/2006`],
  ['o', 'urn:schemas-microsoft-com:office:office'],
  ['r', `${OOXML}/officeDocument/2006/relationships`],
  ['m', `${OOXML}/officeDocument/2006/math`],
  ['v', 'urn:schemas-microsoft-com:vml'],
  ['wp14', `${MS_WORD}/2010/wordprocessingDrawing`],
  ['wp', `${OOXML}/drawingml/2006/wordprocessingDrawing`],
  ['w10', 'urn:schemas-microsoft-com:office:word'],
  ['w', `${OOXML}/wordprocessingml/2006/main`],
  ['w14', `${MS_WORD}/2010/wordml`],
  ['w15', `${MS_WORD}/2012/wordml`],
  ['wpg', `${MS_WORD}/2010/wordprocessingGroup`],
  ['wpi', `${MS_WORD}/2010/wordprocessingInk`],
  ['wne', `${MS_WORD}/2006/wordml`],
  ['wps', `${MS_WORD}/2010/wordprocessingShape`],
];
const CHARTEX: [string, string][] = [
  ['cx', `${MS_DRAWING}/2014/chartex`],
  ...['2015/9/8', '2015/10/21', '2016/5/9', '2016/5/10', '2016/5/11', '2016/5/12', '2016/5/13', '2016/5/14'].map((d, i): [string, string] => [`cx${i + 1}`, `${MS_DRAWING}/${d}/chartex`]),
];
const W16CID: [string, string] = ['w16cid', `${MS_WORD}/2016/wordml/cid`];
const W16SE: [string, string] = ['w16se', `${MS_WORD}/2015/wordml/symex`];
const IGNORABLE = ' mc:Ignorable="w14 w15 wp14"';

/** The namespaces of word/document.xml, its ignorable ones first. */
export const DOCUMENT_NAMESPACES =
  IGNORABLE +
  ns([
    ...BASE,
    ...CHARTEX,
    ['aink', `${MS_DRAWING}/2016/ink`],
    ['am3d', `${MS_DRAWING}/2017/model3d`],
    ['w16cex', `${MS_WORD}/2018/wordml/cex`],
    W16CID,
    ['w16', `${MS_WORD}/2018/wordml`],
    ['w16sdtdh', `${MS_WORD}/2020/wordml/sdtdatahash`],
    W16SE,
  ]);
export const HEADER_NAMESPACES = ns([...BASE, ...CHARTEX, W16CID, W16SE]);
export const FOOTER_NAMESPACES = ns(BASE);

const style = (type: string, id: string, name: string, body: string) => `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${name}"/>${body}</w:style>`;
const BASED_ON_NORMAL = '<w:basedOn w:val="Normal"/>';
const NEXT_NORMAL = '<w:next w:val="Normal"/>';
const HIDDEN = '<w:semiHidden/><w:unhideWhenUsed/>';
const sizes = (half: number) => `<w:sz w:val="${half}"/><w:szCs w:val="${half}"/>`;
const toc = (level: number) =>
  style('paragraph', `TOC${level}`, `toc ${level}`, `${BASED_ON_NORMAL}${NEXT_NORMAL}<w:uiPriority w:val="39"/>${HIDDEN}<w:pPr><w:spacing w:after="100"/>${level > 1 ? `<w:ind w:left="${200 * (level - 1)}"/>` : ''}</w:pPr>`);
const character = (id: string, name: string, body: string) => style('character', id, name, `<w:basedOn w:val="DefaultParagraphFont"/>${body}`);
const noteText = (kind: 'Footnote' | 'Endnote') => [
  character(`${kind}Reference`, `${kind.toLowerCase()} reference`, `<w:uiPriority w:val="99"/>${HIDDEN}<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>`),
  style('paragraph', `${kind}Text`, `${kind.toLowerCase()} text`, `${BASED_ON_NORMAL}<w:link w:val="${kind}TextChar"/><w:uiPriority w:val="99"/>${HIDDEN}<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr>${sizes(20)}</w:rPr>`),
  character(`${kind}TextChar`, `${kind} Text Char`, `<w:link w:val="${kind}Text"/><w:uiPriority w:val="99"/>${HIDDEN}<w:rPr>${sizes(20)}</w:rPr>`),
];

/** The styles docx adds after our document defaults (styles.ts); only Normal, OffGrid and Heading1–4 are ours. */
export const LIBRARY_STYLES = [
  style('paragraph', 'Title', 'Title', `${BASED_ON_NORMAL}${NEXT_NORMAL}<w:qFormat/><w:rPr>${sizes(56)}</w:rPr>`),
  style('paragraph', 'Heading5', 'Heading 5', `${BASED_ON_NORMAL}${NEXT_NORMAL}<w:qFormat/><w:rPr><w:color w:val="2E74B5"/></w:rPr>`),
  style('paragraph', 'Heading6', 'Heading 6', `${BASED_ON_NORMAL}${NEXT_NORMAL}<w:qFormat/><w:rPr><w:color w:val="1F4D78"/></w:rPr>`),
  style('paragraph', 'Strong', 'Strong', `${BASED_ON_NORMAL}${NEXT_NORMAL}<w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr>`),
  style('paragraph', 'ListParagraph', 'List Paragraph', `${BASED_ON_NORMAL}<w:qFormat/>`),
  style(
    'paragraph',
    'Caption',
    'caption',
    `${BASED_ON_NORMAL}${NEXT_NORMAL}<w:uiPriority w:val="35"/>${HIDDEN}<w:qFormat/><w:pPr><w:spacing w:after="200"/></w:pPr><w:rPr><w:i/><w:iCs/><w:color w:val="44546A" w:themeColor="dark2"/>${sizes(18)}</w:rPr>`,
  ),
  style('paragraph', 'Bibliography', 'Bibliography', `${BASED_ON_NORMAL}${NEXT_NORMAL}<w:uiPriority w:val="37"/><w:unhideWhenUsed/>`),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map(toc),
  character('Hyperlink', 'Hyperlink', '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>'),
  ...noteText('Footnote'),
  ...noteText('Endnote'),
  character('LineNumber', 'line number', `<w:uiPriority w:val="99"/>${HIDDEN}`),
].join('');

/** word/footnotes.xml or word/endnotes.xml with only the separators. */
function notes(kind: 'footnote' | 'endnote', declaration: string): string {
  const reference = kind === 'footnote' ? 'FootnoteReference' : 'EndnoteReference';
  const separator = (type: string, id: number, mark: string) =>
    `<w:${kind} w:type="${type}" w:id="${id}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>` +
    `<w:r><w:rPr><w:rStyle w:val="${reference}"/></w:rPr><w:${kind}Ref/></w:r><w:r><w:${mark}/></w:r></w:p></w:${kind}>`;
  return `${declaration}<w:${kind}s${FOOTER_NAMESPACES}${IGNORABLE}>${separator('separator', -1, 'separator')}${separator('continuationSeparator', 0, 'continuationSeparator')}</w:${kind}s>`;
}
export const FOOTNOTES_XML = notes('footnote', STANDALONE_DECLARATION);
export const ENDNOTES_XML = notes('endnote', XML_DECLARATION);

const BULLETS = ['●', '○', '■', '●', '○', '■', '●', '●', '●'];
const bulletLevel = (text: string, i: number) =>
  `<w:lvl w:ilvl="${i}" w:tentative="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/>` +
  `<w:pPr><w:ind w:left="${720 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>`;
export const NUMBERING_XML =
  `${STANDALONE_DECLARATION}<w:numbering${IGNORABLE}${FOOTER_NAMESPACES}>` +
  `<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0"><w:multiLevelType w:val="hybridMultilevel"/>${BULLETS.map(bulletLevel).join('')}</w:abstractNum>` +
  '<w:num w:numId="1"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>';

const DOC_PROPS_TYPES = 'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"';
export const CUSTOM_PROPERTIES_XML = `${STANDALONE_DECLARATION}<Properties xmlns="${OOXML}/officeDocument/2006/custom-properties" ${DOC_PROPS_TYPES}/>`;
export const APP_PROPERTIES_XML = `${STANDALONE_DECLARATION}<Properties xmlns="${OOXML}/officeDocument/2006/extended-properties" ${DOC_PROPS_TYPES}/>`;

/** word/settings.xml: even and odd pages' own headers and footers, punctuation kept on the grid (styles.ts). */
export const settingsXml = (trackRevisions: boolean) =>
  `${STANDALONE_DECLARATION}<w:settings${FOOTER_NAMESPACES}${IGNORABLE}><w:displayBackgroundShape/>${trackRevisions ? '<w:trackRevisions/>' : element('w:trackRevisions', { 'w:val': false })}` +
  '<w:defaultTabStop w:val="720"/><w:evenAndOddHeaders/><w:compat><w:doNotWrapTextWithPunct/>' +
  '<w:compatSetting w:val="15" w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/></w:compat></w:settings>';
