/** Every piece of text a Document asks to be printed, one string per printed unit (line, paragraph, cell). */
import type { Annex, Block, Document, Notice, Run } from '../../src/document/model';

const printed = (runs: Run[]) => runs.filter((r) => r.revision !== 'deleted').map((r) => r.text).join('');

function blockTexts(b: Block): string[] {
  switch (b.type) {
    case 'paragraph':
      return [printed(b.runs)];
    case 'heading':
      return [b.number + b.title + printed(b.runIn ?? [])];
    case 'division':
      return [`${b.number}　${b.title}`];
    case 'table':
      return b.rows.flat().filter((c) => !c.blank).map((c) => c.text);
    case 'image':
      return b.caption ? [b.caption] : [];
  }
}

function annexTexts(a: Annex): string[] {
  const title = a.showTitle || a.content.kind === 'pdf' ? [a.title] : [];
  const label = a.label ? [a.label] : [];
  switch (a.content.kind) {
    case 'blocks':
      return [...label, ...title, ...a.content.blocks.flatMap(blockTexts)];
    case 'notice':
      return [...label, ...title, ...noticeTexts(a.content.notice)];
    case 'pdf':
      return [...label, ...title];
  }
}

function noticeTexts(n: Notice): string[] {
  const h = n.header;
  const out = [
    ...(h ? [h.copyNumber, h.classification, h.urgency, ...h.issuers, h.withWenjian ? '文件' : undefined, h.documentNumber] : []),
    n.title?.replace(/\n/g, ''),
    n.addressees,
    ...n.body.flatMap(blockTexts),
    ...n.annexList.map((e) => e.number + e.title),
    ...(n.signature ? [...n.signature.names, n.signature.note, n.signature.date] : []),
    n.remark,
    ...(n.attendance ?? []).map((l) => `${l.label}：${l.names}`),
    ...n.annexes.flatMap(annexTexts),
    n.colophon?.copyTo,
    n.colophon?.printer,
    n.colophon?.printDate && `${n.colophon.printDate}印发`,
  ];
  return out.filter((t): t is string => !!t);
}

export const documentTexts = (doc: Document) => noticeTexts(doc.notice);
