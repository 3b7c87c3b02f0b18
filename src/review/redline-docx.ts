/**
 * The redline as a DOCX: the marked Document rendered like any notice, its
 * marked strings turned into Word revisions in document.xml before it is
 * zipped, then checked against the old and new notices rendered the same way.
 * An incomplete redline is never returned.
 */
import type { Document } from '../document/model';
import { colophonPlace } from '../render/colophon-placement';
import { renderDocx } from '../render/docx';
import { redlineDocument } from './redline';
import { untrackedParagraphs } from './redline-check';
import { markRevisions } from './revision-xml';

export type RedlineResult = { bytes: Uint8Array } | { untracked: string[] };

/** The DOCX of `doc` (its colophon placed as a build places it), and its word/document.xml after `edit`. */
async function renderWord(doc: Document, edit = (xml: string) => xml): Promise<{ bytes: Uint8Array; body: string }> {
  let body = '';
  const bytes = await renderDocx(doc, { colophonPlace: colophonPlace(doc), editDocumentXml: (xml) => (body = edit(xml)) });
  return { bytes, body };
}

export async function renderRedline(old: Document, neu: Document): Promise<RedlineResult> {
  const { document, untracked } = redlineDocument(old, neu);
  const [red, before, after] = await Promise.all([
    renderWord(document, (xml) => markRevisions(xml, document.meta.revision!)),
    renderWord(old),
    renderWord(neu),
  ]);
  const problems = [...untracked, ...untrackedParagraphs(red.body, before.body, after.body)];
  return problems.length ? { untracked: problems } : { bytes: red.bytes };
}
