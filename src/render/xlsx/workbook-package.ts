/**
 * A Workbook (sheet-model.ts) as .xlsx bytes, the same for the same content:
 * the SpreadsheetML parts written directly, dated the campaign's day, zipped
 * by zip-parts.ts with node:zlib, parts the last workbook had too taken from
 * it (kept-parts.ts). No theme part: no font or colour refers to one (WPS
 * reports a theme's faces it lacks as missing fonts).
 */
import { deflateRawSync } from 'node:zlib';
import { corePropertiesXml } from '../core-properties';
import { escapeXml } from '../xml-escape';
import { keptParts, partStore } from '../kept-parts';
import { zipParts } from '../zip-parts';
import type { Workbook } from './sheet-model';
import { StyleSheet } from './styles-xml';
import { SharedStrings, absoluteRange, sheetReference, worksheetXml } from './worksheet-xml';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
/** The workbook's parts before its sheets, in the order of their relationship ids (rId1, rId2); sheets follow. */
const WORKBOOK_PARTS: [type: string, target: string][] = [
  [`${RELATIONSHIP}/styles`, 'styles.xml'],
  [`${RELATIONSHIP}/sharedStrings`, 'sharedStrings.xml'],
];
const sheetRelationshipId = (index: number) => `rId${WORKBOOK_PARTS.length + index + 1}`;

function relationships(targets: [type: string, target: string][]): string {
  const items = targets.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`);
  return `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}

function contentTypes(sheetCount: number): string {
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    override('/xl/workbook.xml', `${CONTENT_TYPE}.sheet.main+xml`) +
    Array.from({ length: sheetCount }, (_, i) => override(`/xl/worksheets/sheet${i + 1}.xml`, `${CONTENT_TYPE}.worksheet+xml`)).join('') +
    override('/xl/styles.xml', `${CONTENT_TYPE}.styles+xml`) +
    override('/xl/sharedStrings.xml', `${CONTENT_TYPE}.sharedStrings+xml`) +
    override('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    override('/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml') +
    '</Types>'
  );
}

function appXml(sheetNames: string[]): string {
  const names = sheetNames.map((n) => `<vt:lpstr>${escapeXml(n)}</vt:lpstr>`).join('');
  return (
    `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">${names}</vt:vector></TitlesOfParts>` +
    '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
  );
}

function workbookXml(workbook: Workbook): string {
  const sheets = workbook.sheets.map(
    (s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.options.state === 'veryHidden' ? ' state="veryHidden"' : ''} r:id="${sheetRelationshipId(i)}"/>`,
  );
  const names = workbook.sheets.flatMap((s, i) => {
    const name = (builtIn: string, ref: string) => `<definedName name="_xlnm.${builtIn}" localSheetId="${i}">${escapeXml(sheetReference(s.name, ref))}</definedName>`;
    const area = s.pageSetup?.printArea;
    const titles = s.pageSetup?.printTitleRows;
    return [area ? name('Print_Area', absoluteRange(area)) : '', titles ? name('Print_Titles', `$${titles[0]}:$${titles[1]}`) : ''];
  });
  return (
    `${XML_DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIP}">` +
    `<sheets>${sheets.join('')}</sheets>` +
    (names.join('') ? `<definedNames>${names.join('')}</definedNames>` : '') +
    '</workbook>'
  );
}

export function workbookPackage(workbook: Workbook): Uint8Array {
  const { title, subject, creator, day } = workbook.properties;
  const strings = new SharedStrings();
  const styles = new StyleSheet();
  const sheets = workbook.sheets.map((sheet, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: worksheetXml(sheet, strings, styles) }));
  const parts = keptParts(deflateRawSync, partStore('xlsx', `zlib ${process.versions.zlib}`));
  const zip = zipParts(
    [
      { name: '[Content_Types].xml', data: contentTypes(sheets.length) },
      {
        name: '_rels/.rels',
        data: relationships([
          [`${RELATIONSHIP}/officeDocument`, 'xl/workbook.xml'],
          ['http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
          [`${RELATIONSHIP}/extended-properties`, 'docProps/app.xml'],
        ]),
      },
      { name: 'docProps/core.xml', data: corePropertiesXml({ title, subject, creator, keywords: [], lastModifiedBy: creator, day }) },
      { name: 'docProps/app.xml', data: appXml(workbook.sheets.map((s) => s.name)) },
      { name: 'xl/workbook.xml', data: workbookXml(workbook) },
      {
        name: 'xl/_rels/workbook.xml.rels',
        data: relationships([
          ...WORKBOOK_PARTS,
          ...sheets.map((s): [string, string] => [`${RELATIONSHIP}/worksheet`, s.name.slice('xl/'.length)]),
        ]),
      },
      ...sheets,
      { name: 'xl/styles.xml', data: styles.xml() },
      { name: 'xl/sharedStrings.xml', data: strings.xml() },
    ],
    day,
    parts.deflate,
  );
  parts.keep();
  return zip;
}
