/**
 * docProps/core.xml of an office package (DOCX, XLSX), created and modified
 * on the document's day: the packers would stamp both with the time of the
 * build. Empty properties are left out.
 */
import { escapeXml } from './xml-escape';

const NAMESPACES = [
  'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:dcterms="http://purl.org/dc/terms/"',
  'xmlns:dcmitype="http://purl.org/dc/dcmitype/"',
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
].join(' ');

export interface CoreProperties {
  title: string;
  subject: string;
  creator: string;
  keywords: string[];
  lastModifiedBy: string;
  /** YYYY-MM-DD */
  day: string;
}

const element = (name: string, text: string) => (text ? `<${name}>${escapeXml(text)}</${name}>` : '');
const timestamp = (name: string, isoDay: string) => `<${name} xsi:type="dcterms:W3CDTF">${isoDay}T00:00:00Z</${name}>`;

export function corePropertiesXml(p: CoreProperties): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<cp:coreProperties ${NAMESPACES}>` +
    element('dc:title', p.title) +
    element('dc:subject', p.subject) +
    element('dc:creator', p.creator) +
    element('cp:keywords', p.keywords.join(', ')) +
    element('cp:lastModifiedBy', p.lastModifiedBy) +
    element('cp:revision', '1') +
    timestamp('dcterms:created', p.day) +
    timestamp('dcterms:modified', p.day) +
    '</cp:coreProperties>'
  );
}
