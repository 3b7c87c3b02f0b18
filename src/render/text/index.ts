import type { Annex, Block, Document, Notice, Run, TableBlock } from '../../document/model';
import { normalizeText } from '../../compose/normalize-text';
import { spacedTitle } from '../../style/spaced-title';
import { placeCells } from '../../style/table-grid';

/** Two ideographic spaces: the two-character indent of a body paragraph. */
const INDENT = '　　';
/** Pages (the notice, each annex) are separated by a form feed on its own line. */
export const PAGE_BREAK = '\f';

const runs = (list: Run[]) => list.map((r) => r.text).join('');

/** One line per row, a tab between columns; a slot merged into a cell to its left or above stays empty, so columns line up. */
function table(t: TableBlock): string[] {
  const slots = t.rows.map(() => Array<string>(t.columns.length).fill(''));
  for (const { row, col, cell } of placeCells(t.rows)) slots[row][col] = cell.blank ? '' : cell.text;
  return slots.map((row) => row.join('\t').trimEnd());
}

function block(b: Block): string[] {
  switch (b.type) {
    case 'paragraph':
      return [(b.indent === 'first' ? INDENT : '') + runs(b.runs)];
    case 'heading':
      return [INDENT + b.number + b.title + (b.runIn ? runs(b.runIn) : '')];
    case 'division':
      return [`${b.number}　${b.title}`];
    case 'table':
      return table(b);
    case 'image':
      return [`［图片：${b.caption ?? ''}］`];
  }
}

function notice(n: Notice): string[] {
  const out: string[] = n.label ? [n.label, ''] : [];
  const h = n.header;
  if (h) {
    // A letter (§10.1) sets 份号, 密级 and 紧急程度 under its mark, beside the number.
    const marks = [h.copyNumber, h.classification, h.urgency].filter((line): line is string => !!line);
    const letter = h.format === 'letter';
    if (!letter) out.push(...marks);
    out.push(...h.issuers.map((name, i) => (h.withWenjian && i === h.issuers.length - 1 ? `${name}文件` : name)), '');
    if (letter) out.push(...marks);
    // 签发人 (§7.2.6) stands on the number's line, to its right.
    const signers = !letter && h.signers?.length ? `　　签发人：${h.signers.join('　')}` : '';
    if (h.documentNumber) out.push(h.documentNumber + signers, '');
  }
  if (n.title) out.push(n.title, '');
  if (n.addressees) out.push(n.addressees);
  for (const b of n.body) out.push(...block(b));
  if (n.annexList.length > 0) {
    out.push('');
    n.annexList.forEach((a, i) => out.push(`${i === 0 ? `${INDENT}附件：` : `${INDENT}　　　`}${a.number}${a.title}`));
  }
  // 出席, 请假, 列席 (§10.3): one blank line after the body or annex list, indented two characters.
  if (n.attendance?.length) out.push('', ...n.attendance.map((l) => `${INDENT}${l.label}：${l.names}`));
  if (n.signature) {
    // an order's 签发人 (§7.3.5.4): 职务 and name, the name standing for the 签名章
    out.push('', ...n.signature.names, ...(n.signature.signers ?? []).map((s) => `${s.title}　${s.name}`));
    if (n.signature.note) out.push(n.signature.note);
    out.push(n.signature.date);
  }
  if (n.remark) out.push(INDENT + n.remark);
  for (const a of n.annexes) out.push(PAGE_BREAK, ...annex(a));
  if (n.colophon) out.push(...colophon(n));
  return out;
}

function colophon(n: Notice): string[] {
  const c = n.colophon!;
  // A letter's colophon has no rules (§10.1).
  const out = n.header?.format === 'letter' ? [''] : ['', '——————'];
  if (c.copyTo) out.push(`抄送：${c.copyTo}`);
  if (c.printer || c.printDate) out.push(`${c.printer ?? ''}　　${c.printDate ? `${c.printDate}印发` : ''}`.trim());
  return out;
}

function annex(a: Annex): string[] {
  // Without a label (a 规章 printed after its 令) the title opens the page.
  const out = a.label ? [a.label, ...(a.showTitle ? [''] : [])] : [];
  if (a.showTitle) out.push(spacedTitle(a.title, 'title'), ...(a.titleNote ? [a.titleNote] : []), '');
  switch (a.content.kind) {
    case 'blocks':
      for (const b of a.content.blocks) out.push(...block(b));
      break;
    case 'notice':
      out.push(...notice(a.content.notice));
      break;
    case 'pdf':
      out.push(`［另附 PDF：${normalizeText(a.title)}］`);
      break;
  }
  return out;
}

/** The notice as plain text, then each annex, in reading order. */
export function renderText(doc: Document): string {
  return `${notice(doc.notice).join('\n')}\n`;
}
