/**
 * Where the outer colophon (版记, §7.4) goes: at the foot of the text's last
 * page, or on an even page of its own — the page right after the text, or,
 * when the text ends on an even page, the one after a blank page. A colophon
 * page that follows the text directly is numbered; after a blank page neither
 * is (§7.5). A DOCX cannot know where its pages break, so the decision is made
 * once on the pages our typesetter sets, and both renderers obey it: the PDF
 * as it places the colophon, the DOCX through `colophonPlace`.
 */
import type { Document } from '../document/model';

export type ColophonPlace = 'foot' | 'next-page' | 'after-blank';

/** Whether the colophon may float at all: a redline keeps it in its own section (a whole added or removed annex is marked section-wide, review/revision-xml.ts). */
export const colophonMayFloat = (doc: Document): boolean => !!doc.notice.colophon && !doc.meta.revision;

/** A redline's colophon keeps its own page, and its text's pages are not laid out: numbered as after a blank page. */
export async function colophonPlace(doc: Document, fontDirs?: string[]): Promise<ColophonPlace> {
  if (!colophonMayFloat(doc)) return 'after-blank';
  const { colophonPlacement } = await import('./pdf');
  return colophonPlacement(doc, { fontDirs });
}
