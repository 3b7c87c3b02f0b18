/**
 * word/theme/theme1.xml naming only the faces the document uses. Word's
 * default theme names Calibri / Calibri Light and a list of script fonts;
 * WPS reports every theme face it lacks as a missing font, although no run
 * refers to the theme. Heading faces (major) are 黑体, body faces (minor)
 * 仿宋_GB2312, Latin Times New Roman, as in the style sheet.
 */
import { OFFICIAL_FACES } from '../../style/gbt9704';
import { escapeXml } from '../xml-escape';

const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

const COLOURS: [string, string][] = [
  ['dk1', '000000'],
  ['lt1', 'FFFFFF'],
  ['dk2', '000000'],
  ['lt2', 'FFFFFF'],
  ['accent1', 'FF0000'],
  ['accent2', '000000'],
  ['accent3', '000000'],
  ['accent4', '000000'],
  ['accent5', '000000'],
  ['accent6', '000000'],
  ['hlink', '000000'],
  ['folHlink', '000000'],
];

const fontSet = (tag: string, eastAsia: string, latin: string) =>
  `<a:${tag}><a:latin typeface="${escapeXml(latin)}"/><a:ea typeface="${escapeXml(eastAsia)}"/><a:cs typeface="${escapeXml(latin)}"/></a:${tag}>`;

const three = (xml: string) => xml.repeat(3);
const SOLID = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';

export function themeXml(): string {
  const heading = OFFICIAL_FACES.heiti;
  const body = OFFICIAL_FACES.fangsong;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<a:theme xmlns:a="${A}" name="Gongwen"><a:themeElements>` +
    `<a:clrScheme name="Gongwen">${COLOURS.map(([name, rgb]) => `<a:${name}><a:srgbClr val="${rgb}"/></a:${name}>`).join('')}</a:clrScheme>` +
    `<a:fontScheme name="Gongwen">${fontSet('majorFont', heading.name, heading.latin)}${fontSet('minorFont', body.name, body.latin)}</a:fontScheme>` +
    '<a:fmtScheme name="Gongwen">' +
    `<a:fillStyleLst>${three(SOLID)}</a:fillStyleLst>` +
    `<a:lnStyleLst>${three(`<a:ln w="6350">${SOLID}</a:ln>`)}</a:lnStyleLst>` +
    `<a:effectStyleLst>${three('<a:effectStyle><a:effectLst/></a:effectStyle>')}</a:effectStyleLst>` +
    `<a:bgFillStyleLst>${three(SOLID)}</a:bgFillStyleLst>` +
    '</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>'
  );
}
