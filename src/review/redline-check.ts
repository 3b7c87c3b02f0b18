/**
 * Proof that a redline shows every change: accepting all its revisions must
 * give the new notice's text, paragraph by paragraph, and rejecting them all
 * the old one's (numbers aside, which are derived and stay as they now stand).
 */
import { diffArrays } from 'diff';
import { NUMBER_PREFIX } from './redline-blocks';

const PARAGRAPH = /<w:p(?:\s[^>]*?)?(?<!\/)>[\s\S]*?<\/w:p>/g;
const tracked = (kind: 'ins' | 'del') => new RegExp(`<w:${kind}\\s[^>]*?(?<!/)>[\\s\\S]*?</w:${kind}>`, 'g');
const INSERTED = tracked('ins');
const DELETED = tracked('del');
const text = (xml: string) => [...xml.matchAll(/<w:(?:t|delText)(?:\s[^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)].map((m) => m[1]).join('');

/** The non-empty paragraphs of document.xml as they read once every revision is accepted (or rejected). */
export function paragraphTexts(xml: string, revisions: 'accept' | 'reject'): string[] {
  const drop = revisions === 'accept' ? DELETED : INSERTED;
  return [...xml.matchAll(PARAGRAPH)].map((m) => text(m[0].replace(drop, ''))).filter(Boolean);
}

/** A paragraph without its derived numbers: the heading or item number at its start, the number of 附件N. */
const unnumbered = (p: string) => p.replace(/附件\d+/g, '附件').replace(/^(附件：)?/, '').replace(NUMBER_PREFIX, '');

/** Paragraphs that differ between the redline (`got`) and the notice it must read as (`want`, named `wanted`), quoted. */
function differing(got: string[], want: string[], wanted: string): string[] {
  return diffArrays(want, got)
    .filter((p) => p.added || p.removed)
    .flatMap((p) => p.value.map((v) => `${p.added ? '修订稿中' : wanted}“${v}”`));
}

/** What the redline fails to show: empty when it is complete. */
export function untrackedParagraphs(redline: string, oldXml: string, newXml: string): string[] {
  const accepted = differing(paragraphTexts(redline, 'accept'), paragraphTexts(newXml, 'accept'), '新文件中');
  const numbersAside = (xml: string, revisions: 'accept' | 'reject') => paragraphTexts(xml, revisions).map(unnumbered).filter(Boolean);
  const rejected = differing(numbersAside(redline, 'reject'), numbersAside(oldXml, 'accept'), '原文件中');
  return [...accepted.map((d) => `接受全部修订后与新文件不同：${d}`), ...rejected.map((d) => `拒绝全部修订后与原文件不同：${d}`)];
}
