/**
 * The redline as a DOCX: the marked Document rendered like any notice, its
 * marked strings turned into Word revisions, then checked against the old and
 * new notices rendered the same way. An incomplete redline is never returned.
 */
import JSZip from 'jszip';
import type { Document } from '../document/model';
import { fixedDateZip } from '../render/fixed-date-zip';
import { FORMATS } from '../render/formats';
import { redlineDocument } from './redline';
import { untrackedParagraphs } from './redline-check';
import { markRevisions } from './revision-xml';

const BODY = 'word/document.xml';

const bodyXml = async (bytes: Uint8Array) => (await JSZip.loadAsync(bytes)).file(BODY)!.async('string');

export type RedlineResult = { bytes: Uint8Array } | { untracked: string[] };

export async function renderRedline(old: Document, neu: Document): Promise<RedlineResult> {
  const { document, untracked } = redlineDocument(old, neu);
  const render = async (d: Document) => (await FORMATS.docx.render(d, {})).bytes;
  const [red, oldXml, newXml] = await Promise.all([render(document), render(old).then(bodyXml), render(neu).then(bodyXml)]);
  const zip = await JSZip.loadAsync(red);
  const marked = markRevisions(await zip.file(BODY)!.async('string'), document.meta.revision!);
  const problems = [...untracked, ...untrackedParagraphs(marked, oldXml, newXml)];
  if (problems.length) return { untracked: problems };
  zip.file(BODY, marked);
  return { bytes: fixedDateZip(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), document.meta.date) };
}
