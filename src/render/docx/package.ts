/**
 * The .docx package: the document with each section's properties in the
 * paragraph that ends it (or in an empty one after a table), its headers and
 * footers as parts of their own, relationships and content types numbered
 * and ordered as the docx library did, our core properties (dated by the
 * notice), font table and theme, zipped so the same Document gives the same
 * bytes: compressed by fflate's DEFLATE at its default level, as the docx
 * library compressed them, so that files stay what they were (node:zlib's
 * DEFLATE gives other bytes). Parts the last package had too are taken from
 * it (kept-parts.ts).
 */
import type { DocumentMeta } from '../../document/model';
import { corePropertiesXml } from '../core-properties';
import { withTopTier } from '../../startup/short-run-jit';
import { keptParts, partStore } from '../kept-parts';
import { zipParts } from '../zip-parts';
import type { RenderContext } from './context';
import { fontTableXml } from './font-table';
import type { PageParts } from './footer';
import { APP_PROPERTIES_XML, CUSTOM_PROPERTIES_XML, DOCUMENT_NAMESPACES, ENDNOTES_XML, FOOTER_NAMESPACES, FOOTNOTES_XML, HEADER_NAMESPACES, NUMBERING_XML, settingsXml } from './library-parts';
import { childXml, paragraph, paragraphXml, type BodyChild } from './paragraphs';
import { sectionPropertiesXml, type SectionShape } from './section-properties';
import { stylesXml } from './styles';
import { themeXml } from './theme';
import { STANDALONE_DECLARATION, XML_DECLARATION } from './xml';

export interface WordSection {
  shape: SectionShape;
  headers?: PageParts;
  footers: PageParts;
  children: BodyChild[];
}

const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const WORD_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

const relationshipsXml = (rels: [string, string][], first = 1) =>
  `${XML_DECLARATION}<Relationships xmlns="${RELATIONSHIPS}">` +
  rels.map(([type, target], i) => `<Relationship Id="rId${first + i}" Type="${type}" Target="${target}"/>`).join('') +
  '</Relationships>';
const NO_RELATIONSHIPS = `${XML_DECLARATION}<Relationships xmlns="${RELATIONSHIPS}"/>`;

const PACKAGE_RELATIONSHIPS = relationshipsXml([
  [`${OFFICE_DOCUMENT}/relationships/officeDocument`, 'word/document.xml'],
  [`${RELATIONSHIPS}/metadata/core-properties`, 'docProps/core.xml'],
  [`${OFFICE_DOCUMENT}/relationships/extended-properties`, 'docProps/app.xml'],
  [`${OFFICE_DOCUMENT}/relationships/custom-properties`, 'docProps/custom.xml'],
]);

/** The document's first relationships, before its headers and footers. */
const DOCUMENT_PARTS = ['styles', 'numbering', 'footnotes', 'endnotes', 'settings'].map((part): [string, string] => [`${OFFICE_DOCUMENT}/relationships/${part}`, `${part}.xml`]);

const DEFAULT_TYPES = [
  ['image/png', 'png'],
  ['image/jpeg', 'jpeg'],
  ['image/jpeg', 'jpg'],
  ['image/bmp', 'bmp'],
  ['image/gif', 'gif'],
  ['image/svg+xml', 'svg'],
  ['application/vnd.openxmlformats-package.relationships+xml', 'rels'],
  ['application/xml', 'xml'],
  ['application/vnd.openxmlformats-officedocument.obfuscatedFont', 'odttf'],
];
const PART_TYPES = [
  [`${WORD_TYPE}.document.main+xml`, '/word/document.xml'],
  [`${WORD_TYPE}.styles+xml`, '/word/styles.xml'],
  ['application/vnd.openxmlformats-package.core-properties+xml', '/docProps/core.xml'],
  ['application/vnd.openxmlformats-officedocument.custom-properties+xml', '/docProps/custom.xml'],
  ['application/vnd.openxmlformats-officedocument.extended-properties+xml', '/docProps/app.xml'],
  [`${WORD_TYPE}.numbering+xml`, '/word/numbering.xml'],
  [`${WORD_TYPE}.footnotes+xml`, '/word/footnotes.xml'],
  [`${WORD_TYPE}.endnotes+xml`, '/word/endnotes.xml'],
  [`${WORD_TYPE}.settings+xml`, '/word/settings.xml'],
  [`${WORD_TYPE}.fontTable+xml`, '/word/fontTable.xml'],
  ['application/vnd.openxmlformats-officedocument.theme+xml', '/word/theme/theme1.xml'],
];
const contentTypesXml = (overrides: string[][]) =>
  `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  DEFAULT_TYPES.map(([type, extension]) => `<Default ContentType="${type}" Extension="${extension}"/>`).join('') +
  [...PART_TYPES, ...overrides].map(([type, part]) => `<Override ContentType="${type}" PartName="${part}"/>`).join('') +
  '</Types>';

/**
 * fflate, loaded for the first part not kept from the last package. Its
 * browser build is the same DEFLATE without the Node build's worker shim,
 * which loads node:worker_threads on the way.
 */
const deflate = (bytes: Uint8Array): Uint8Array => (require('fflate/browser') as typeof import('fflate')).deflateSync(bytes);

/**
 * From about this size a part's DEFLATE gains by V8's top tier (withTopTier):
 * 70 KB 0.75× instructions, 140 KB 0.55×, while at 20 KB compiling it costs
 * more than it saves (callgrind, parts of 2018's document.xml).
 */
const LONG_PART = 40_000;

const fflateDeflate = (bytes: Uint8Array): Uint8Array => (bytes.length < LONG_PART ? deflate(bytes) : withTopTier(() => deflate(bytes)));

type Kind = 'header' | 'footer';
const KINDS = ['default', 'first', 'even'] as const;

/** Headers and footers get parts of their own, numbered in the order the sections name them. */
class PagePartNumbering {
  readonly parts: Record<Kind, string[]> = { header: [], footer: [] };
  /** Relationships after DOCUMENT_PARTS, and content type overrides, in the order the parts were made. */
  readonly relationships: [string, string][] = [];
  readonly overrides: string[][] = [];

  /** The section's w:headerReference and w:footerReference elements. */
  references(kind: Kind, set: PageParts | undefined): string {
    let xml = '';
    for (const type of KINDS) {
      const content = set?.[type];
      if (content === undefined) continue;
      this.parts[kind].push(content);
      const file = `${kind}${this.parts[kind].length}.xml`;
      this.relationships.push([`${OFFICE_DOCUMENT}/relationships/${kind}`, file]);
      this.overrides.push([`${WORD_TYPE}.${kind}+xml`, `/word/${file}`]);
      xml += `<w:${kind}Reference w:type="${type}" r:id="rId${DOCUMENT_PARTS.length + this.relationships.length}"/>`;
    }
    return xml;
  }
}

function bodyXml(sections: WordSection[], numbering: PagePartNumbering): string {
  const out: string[] = [];
  sections.forEach((s, i) => {
    const properties = sectionPropertiesXml(s.shape, numbering.references('header', s.headers) + numbering.references('footer', s.footers));
    const children = s.children;
    const last = children[children.length - 1];
    const closing = i < sections.length - 1 && last?.type === 'paragraph';
    for (let c = 0; c < children.length - (closing ? 1 : 0); c++) out.push(childXml(children[c]));
    if (i === sections.length - 1) out.push(properties);
    else out.push(paragraphXml(closing ? last : paragraph([]), properties));
  });
  return out.join('');
}

export function wordPackage(ctx: RenderContext, sections: WordSection[], meta: DocumentMeta, editDocumentXml = (xml: string) => xml): Uint8Array {
  const numbering = new PagePartNumbering();
  const body = bodyXml(sections, numbering);
  const rels: [string, string][] = [...DOCUMENT_PARTS, ...numbering.relationships, [`${OFFICE_DOCUMENT}/relationships/theme`, 'theme/theme1.xml']];
  const { xml: document, pictures } = ctx.relationshipIds(`${STANDALONE_DECLARATION}<w:document${DOCUMENT_NAMESPACES}><w:body>${body}</w:body></w:document>`, rels.length + 1);
  const media = pictures.map((p, i): [string, Uint8Array] => [`word/media/image${i + 1}.${p.type}`, p.data]);
  rels.push(...media.map(([path]): [string, string] => [`${OFFICE_DOCUMENT}/relationships/image`, path.slice('word/'.length)]));
  rels.push([`${OFFICE_DOCUMENT}/relationships/fontTable`, 'fontTable.xml']);
  const core = corePropertiesXml({
    title: meta.title,
    subject: meta.subject,
    creator: meta.author,
    keywords: meta.keywords,
    lastModifiedBy: meta.revision?.author ?? meta.author,
    day: meta.date,
  });
  const { header, footer } = numbering.parts;
  const files: [string, string | Uint8Array][] = [
    ['[Content_Types].xml', contentTypesXml(numbering.overrides)],
    ['word/_rels/document.xml.rels', relationshipsXml(rels)],
    ['word/document.xml', editDocumentXml(document)],
    ['word/styles.xml', stylesXml()],
    ['docProps/core.xml', core],
    ['_rels/.rels', PACKAGE_RELATIONSHIPS],
    ...header.map((_, i): [string, string] => [`word/_rels/header${i + 1}.xml.rels`, NO_RELATIONSHIPS]),
    ...footer.map((_, i): [string, string] => [`word/_rels/footer${i + 1}.xml.rels`, NO_RELATIONSHIPS]),
    ...header.map((content, i): [string, string] => [`word/header${i + 1}.xml`, `${XML_DECLARATION}<w:hdr${HEADER_NAMESPACES}>${content}</w:hdr>`]),
    ...footer.map((content, i): [string, string] => [`word/footer${i + 1}.xml`, `${XML_DECLARATION}<w:ftr${FOOTER_NAMESPACES}>${content}</w:ftr>`]),
    ['docProps/custom.xml', CUSTOM_PROPERTIES_XML],
    ['docProps/app.xml', APP_PROPERTIES_XML],
    ['word/footnotes.xml', FOOTNOTES_XML],
    ['word/_rels/footnotes.xml.rels', NO_RELATIONSHIPS],
    ['word/endnotes.xml', ENDNOTES_XML],
    ['word/_rels/endnotes.xml.rels', NO_RELATIONSHIPS],
    ['word/settings.xml', settingsXml(!!meta.revision)],
    ['word/fontTable.xml', fontTableXml()],
    ['word/_rels/fontTable.xml.rels', NO_RELATIONSHIPS],
    ['word/theme/theme1.xml', themeXml()],
    ['word/numbering.xml', NUMBERING_XML],
    ...media,
  ];
  const parts = keptParts(fflateDeflate, partStore('docx', 'fflate'));
  const zip = zipParts(
    files.map(([name, data]) => ({ name, data })),
    meta.date,
    parts.deflate,
  );
  parts.keep();
  return zip;
}
