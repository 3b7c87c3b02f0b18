/**
 * Whether the outer colophon (版记, §7.4) shares the last page of the text,
 * at its foot, or takes an even page of its own. A DOCX cannot know where its
 * pages break, so the decision is made once on the pages our typesetter sets,
 * and both renderers obey it: the PDF as it places the colophon, the DOCX
 * through `colophonAtFoot`.
 */
import type { Document } from '../document/model';

/** Whether the colophon may float at all: a redline keeps it in its own section (a whole added or removed annex is marked section-wide, review/revision-xml.ts). */
export const colophonMayFloat = (doc: Document): boolean => !!doc.notice.colophon && !doc.meta.revision;

export async function colophonAtFoot(doc: Document, fontDirs?: string[]): Promise<boolean> {
  if (!colophonMayFloat(doc)) return false;
  const { colophonSharesLastPage } = await import('./pdf');
  return colophonSharesLastPage(doc, { fontDirs });
}
