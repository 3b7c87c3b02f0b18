/**
 * Whether the outer colophon (版记, §7.4) shares the last page of the text,
 * at its foot, or takes an even page of its own. A DOCX cannot know where its
 * pages break, so the decision is made once on the pages our typesetter sets,
 * and both renderers obey it: the PDF as it places the colophon, the DOCX
 * through `colophonAtFoot`.
 */
import type { Document } from '../document/model';

export async function colophonAtFoot(doc: Document, fontDirs?: string[]): Promise<boolean> {
  // A redline keeps the colophon in its own section: a whole added or removed annex is marked section-wide (review/revision-xml.ts).
  if (!doc.notice.colophon || doc.meta.revision) return false;
  const { colophonSharesLastPage } = await import('./pdf');
  return colophonSharesLastPage(doc, { fontDirs });
}
