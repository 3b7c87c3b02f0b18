/**
 * Document → .docx for the office (GB/T 9704-2012): Word sections with the
 * standard's page geometry and grid, page-number footers, and a final section
 * for the colophon; then re-zipped so the same Document gives the same bytes.
 */
import { Document as WordDocument, Packer, type ISectionOptions } from 'docx';
import type { Document } from '../../document/model';
import { colophonTable } from './colophon';
import { RenderContext } from './context';
import { deterministicZip } from './deterministic-zip';
import { emptyFooters, numberedFooters } from './footer';
import { noticeSections } from './notice';
import { sectionProperties } from './section-properties';
import { DOCUMENT_STYLES } from './styles';

/**
 * The colophon stands alone at the bottom of the last page, which is an even
 * page (the back of the sheet); it and any blank page Word inserts before it
 * carry no page number (§7.4, §7.5).
 */
function colophonSection(doc: Document): ISectionOptions[] {
  const c = doc.notice.colophon;
  if (!c) return [];
  return [{ properties: sectionProperties({ orientation: 'portrait', start: 'evenPage', bottom: true }), footers: emptyFooters(), children: [colophonTable(c)] }];
}

export async function renderDocx(doc: Document): Promise<Uint8Array> {
  const ctx = new RenderContext(doc.meta);
  const sections: ISectionOptions[] = noticeSections(ctx, doc.notice).map((s) => ({
    properties: sectionProperties({ orientation: s.orientation, start: 'nextPage' }),
    footers: numberedFooters(),
    children: s.children,
  }));
  const word = new WordDocument({
    title: doc.meta.title,
    subject: doc.meta.subject,
    creator: doc.meta.author,
    lastModifiedBy: doc.meta.revision?.author ?? doc.meta.author,
    keywords: doc.meta.keywords.join(', '),
    revision: 1,
    evenAndOddHeaderAndFooters: true,
    styles: DOCUMENT_STYLES,
    features: { trackRevisions: !!doc.meta.revision },
    sections: [...sections, ...colophonSection(doc)],
  });
  return deterministicZip(await Packer.toBuffer(word), doc.meta.date);
}
