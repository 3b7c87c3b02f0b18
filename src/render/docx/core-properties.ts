/**
 * docProps/core.xml from doc.meta, created and modified on the notice's date:
 * docx would stamp both with the time of the build.
 */
import type { DocumentMeta } from '../../document/model';
import { escapeXml } from './xml-escape';

const NAMESPACES = [
  'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:dcterms="http://purl.org/dc/terms/"',
  'xmlns:dcmitype="http://purl.org/dc/dcmitype/"',
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
].join(' ');

const element = (name: string, text: string) => (text ? `<${name}>${escapeXml(text)}</${name}>` : '');
const timestamp = (name: string, isoDay: string) => `<${name} xsi:type="dcterms:W3CDTF">${isoDay}T00:00:00Z</${name}>`;

export function corePropertiesXml(meta: DocumentMeta): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<cp:coreProperties ${NAMESPACES}>` +
    element('dc:title', meta.title) +
    element('dc:subject', meta.subject) +
    element('dc:creator', meta.author) +
    element('cp:keywords', meta.keywords.join(', ')) +
    element('cp:lastModifiedBy', meta.revision?.author ?? meta.author) +
    element('cp:revision', '1') +
    timestamp('dcterms:created', meta.date) +
    timestamp('dcterms:modified', meta.date) +
    '</cp:coreProperties>'
  );
}
