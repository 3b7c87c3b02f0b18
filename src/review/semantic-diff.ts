import { remarkWords } from '../compose/remark-text';
import { diffChars } from 'diff';
import type { AddresseeGroup, AnnexSpec, BodyNode, Campaign, NoticeSpec } from '../campaign/types';
import { campaignTitle } from '../compose';
import { formatChineseDate } from '../compose/format-date';
import { normalizeText } from '../compose/normalize-text';
import { addresseeUnits } from '../compose/addressees';
import { documentNumber } from '../compose/document-number';
import { ATTENDANCE_LABELS, minutesMark as composedMark, orderMark, orderNumber } from '../compose/notice';
import { isImage, isTable } from '../compose/body';
import { regulationPart } from '../compose/regulation';
import { cellShape, writtenRows } from '../compose/table';
import { align } from './align';
import { isLabelled } from '../compose/annex-labels';
import { expandCampaign } from './expand-placeholders';
import { quoted } from '../campaign/quoted';

export interface InlinePart {
  text: string;
  added?: boolean;
  removed?: boolean;
}

export type Change =
  | { kind: 'changed'; label: string; old: string; new: string; inline: InlinePart[] }
  | { kind: 'added' | 'removed'; label: string; value: string }
  | { kind: 'moved'; label: string; value: string }
  | { kind: 'summary'; label: string; value: string };

const t = (s: string | undefined) => (s === undefined ? '' : normalizeText(s));

function inline(a: string, b: string): InlinePart[] {
  return diffChars(a, b).map((p) => ({ text: p.value, added: p.added || undefined, removed: p.removed || undefined }));
}

function scalar(changes: Change[], label: string, a: string | undefined, b: string | undefined) {
  const [x, y] = [a ?? '', b ?? ''];
  if (x === y) return;
  if (!x) changes.push({ kind: 'added', label, value: y });
  else if (!y) changes.push({ kind: 'removed', label, value: x });
  else changes.push({ kind: 'changed', label, old: x, new: y, inline: inline(x, y) });
}

/** A list compared as a set with order: what was added, removed, and whether the kept items were reordered. */
function list(changes: Change[], label: string, a: string[], b: string[]) {
  const added = b.filter((x) => !a.includes(x));
  const removed = a.filter((x) => !b.includes(x));
  const keptA = a.filter((x) => b.includes(x));
  const keptB = b.filter((x) => a.includes(x));
  const reordered = keptA.some((x, i) => keptB[i] !== x);
  if (!added.length && !removed.length && !reordered) return;
  changes.push({ kind: 'summary', label, value: `+${added.length} −${removed.length}${reordered ? '，顺序有调整' : ''}` });
  for (const x of removed) changes.push({ kind: 'removed', label, value: x });
  for (const x of added) changes.push({ kind: 'added', label, value: x });
}

/** Units added and removed anywhere in the list, each labelled with the group it stands in. */
function addressees(changes: Change[], a: AddresseeGroup[] = [], b: AddresseeGroup[] = []) {
  const units = (groups: AddresseeGroup[]) => groups.flatMap((g, i) => addresseeUnits(g).map((unit) => ({ unit, group: i + 1 })));
  const [ua, ub] = [units(a), units(b)];
  const removed = ua.filter((x) => !ub.some((y) => y.unit === x.unit));
  const added = ub.filter((x) => !ua.some((y) => y.unit === x.unit));
  if (!removed.length && !added.length) return;
  changes.push({ kind: 'summary', label: '主送机关', value: `+${added.length} −${removed.length}` });
  for (const x of removed) changes.push({ kind: 'removed', label: `主送机关（原第${x.group}组）`, value: x.unit });
  for (const x of added) changes.push({ kind: 'added', label: `主送机关（第${x.group}组）`, value: x.unit });
}

interface Entry {
  /** Heading path: a section's own, or the section a paragraph stands in. */
  path: string;
  /** Whether this entry is the heading itself (matched by path) or a paragraph (matched by text). */
  heading: boolean;
  text: string;
}

const DIVISION_RANK: Record<string, number> = { 编: 1, 章: 2, 节: 3 };

function flatten(nodes: BodyNode[] = [], path: string[] = []): Entry[] {
  // A regulation's 第X编, 第X章 and 第X节 head the paragraphs after them, as a heading heads its body; known by number, so a
  // retitled chapter is its title edited.
  let division: string[] = [];
  return nodes.flatMap((n): Entry[] => {
    if (typeof n === 'string') {
      const text = t(n);
      const part = regulationPart(text);
      if (part && part.kind !== '条') division = [...division.filter((d) => DIVISION_RANK[d.at(-1)!] < DIVISION_RANK[part.kind]), part.number];
      const here = [...path, ...division].join(' › ');
      return [part && part.kind !== '条' ? { path: here, heading: true, text: part.rest } : { path: here, heading: false, text }];
    }
    if (isImage(n)) return [{ path: path.join(' › '), heading: false, text: `图片：${n.image.path}${n.image.caption ? `（${t(n.image.caption)}）` : ''}` }];
    if (isTable(n)) return writtenRows(n.table).map((row) => ({ path: path.join(' › '), heading: false, text: `表格行：${row.map((c) => t(cellShape(c).text)).join('｜')}` }));
    if (!n.heading) return [{ path: path.join(' › '), heading: false, text: t(n.text) }, ...flatten(n.body, path)];
    const here = [...path, t(n.heading)];
    return [{ path: here.join(' › '), heading: true, text: t(n.text) }, ...flatten(n.body, here)];
  });
}

/** A section by its heading path; a paragraph by its section and text. */
const entryKey = (e: Entry) => (e.heading ? `h ${e.path}` : `p ${e.path}\n${e.text}`);

/**
 * Changes in document order. Sections are matched by their heading (added,
 * removed, moved, or their run-in text edited), paragraphs by section and
 * text; a paragraph removed where one was added in its section is an inline
 * edit. What moved is listed once, where it now stands; paragraphs that moved
 * with their section are not listed again.
 */
function body(changes: Change[], label: string, a: BodyNode[] = [], b: BodyNode[] = []) {
  const where = (path: string) => (path ? `${label} › ${path}` : label);
  const pairs = align(flatten(a), flatten(b), entryKey, (x, y) => !x.heading && !y.heading && x.path === y.path);
  const onlyOld = new Map(pairs.flatMap((p) => (p.neu ? [] : [[entryKey(p.old), p.old] as const])));
  const onlyNew = new Set(pairs.flatMap((p) => (p.old ? [] : [entryKey(p.neu)])));
  const movedSections = new Set([...onlyOld.values()].filter((e) => e.heading && onlyNew.has(entryKey(e))).map((e) => e.path));
  for (const p of pairs) {
    if (p.old && p.neu) {
      scalar(changes, where(p.neu.path), p.old.text, p.neu.text);
      continue;
    }
    const e = p.old ?? p.neu;
    const moved = onlyOld.has(entryKey(e)) && onlyNew.has(entryKey(e));
    if (moved && p.neu) {
      if (e.heading || !movedSections.has(e.path)) changes.push({ kind: 'moved', label: where(e.path), value: e.heading ? '（位置调整）' : `（位置调整）${e.text}` });
      if (e.heading) scalar(changes, where(e.path), onlyOld.get(entryKey(e))!.text, e.text);
    } else if (!moved && p.neu) changes.push({ kind: 'added', label: where(e.path), value: e.heading ? e.text || '（新增一节）' : e.text });
    else if (!moved) changes.push({ kind: 'removed', label: where(e.path), value: e.heading ? '（整节删除）' : e.text });
  }
}

const annexText = (a: AnnexSpec) => JSON.stringify(a);
/** Whether an annex prints its 附件 label and annex-list line, as a reviewer reads it. */
const labelShown = (a: AnnexSpec) => (isLabelled(a) ? '标“附件”' : '不标“附件”，接排在正文之后');

function annexes(changes: Change[], a: AnnexSpec[] = [], b: AnnexSpec[] = []) {
  for (const old of a) if (!b.some((x) => x.id === old.id)) changes.push({ kind: 'removed', label: '附件', value: t(old.title) });
  for (const annex of b) {
    const old = a.find((x) => x.id === annex.id);
    if (!old) {
      changes.push({ kind: 'added', label: '附件', value: t(annex.title) });
      continue;
    }
    if (annexText(old) === annexText(annex)) continue;
    const label = `附件${quoted(t(annex.title))}`;
    scalar(changes, `${label}标题`, t(old.title), t(annex.title));
    scalar(changes, `${label}附件标识`, labelShown(old), labelShown(annex));
    if (old.kind === 'slogans' && annex.kind === 'slogans') list(changes, '口号', old.items.map(t), annex.items.map(t));
    else if (old.kind === 'document' && annex.kind === 'document') {
      scalar(changes, `${label}题注`, t(old.titleNote && remarkWords(old.titleNote)), t(annex.titleNote && remarkWords(annex.titleNote)));
      body(changes, label, old.body, annex.body);
    }
    else if (old.kind === 'notice' && annex.kind === 'notice') notice(changes, label, old, annex);
    else changes.push({ kind: 'summary', label, value: '内容有修改' });
  }
  const order = (list: AnnexSpec[]) => list.filter((x) => a.some((y) => y.id === x.id) && b.some((y) => y.id === x.id)).map((x) => x.id);
  if (order(a).join() !== order(b).join()) changes.push({ kind: 'summary', label: '附件', value: '顺序有调整，附件编号随之改变' });
}

/** The header's format as a reviewer names it; no header, no format. */
const HEADER_FORMATS = { standard: '文件格式', letter: '信函格式', minutes: '纪要格式', order: '命令（令）格式' } as const;
const headerFormat = (s: NoticeSpec) => (s.header ? HEADER_FORMATS[s.header.format ?? 'standard'] : undefined);

/** The 纪要标志 a minutes' header prints; other formats print none. */
const minutesMark = (s: NoticeSpec) => (s.header?.format === 'minutes' ? composedMark(s) : undefined);

/** An order's mark and 令号 as printed (§10.2); other formats print neither. */
const ordered = (s: NoticeSpec, value: (s: NoticeSpec) => string) => (s.header?.format === 'order' ? value(s) : undefined);
/** An order's 签发人 as the text output prints them, with their 签名章 picture. */
const orderSigners = (s: NoticeSpec) => (s.signature?.signers ?? []).map((x) => `${t(x.title)}　${t(x.name)}${x.seal ? `（签名章：${x.seal}）` : ''}`);

const contacts = (s: NoticeSpec) => (s.contact === undefined ? [] : Array.isArray(s.contact) ? s.contact : [s.contact]);

function notice(changes: Change[], prefix: string, a: NoticeSpec, b: NoticeSpec) {
  const number = (s: NoticeSpec) => (s.number ? documentNumber(s.number, s.issuers) : undefined);
  scalar(changes, `${prefix}版头格式`, headerFormat(a), headerFormat(b));
  scalar(changes, `${prefix}纪要标志`, minutesMark(a), minutesMark(b));
  scalar(changes, `${prefix}发文机关标志（令）`, ordered(a, orderMark), ordered(b, orderMark));
  scalar(changes, `${prefix}令号`, ordered(a, orderNumber), ordered(b, orderNumber));
  scalar(changes, `${prefix}发文字号`, number(a), number(b));
  list(changes, `${prefix}签发人`, (a.header?.signers ?? []).map(t), (b.header?.signers ?? []).map(t));
  list(changes, `${prefix}发文机关`, a.issuers.map((i) => t(i.name)), b.issuers.map((i) => t(i.name)));
  addressees(changes, a.addressees, b.addressees);
  scalar(changes, `${prefix}开头段`, t(a.opening), t(b.opening));
  body(changes, `${prefix}正文`, a.body, b.body);
  // One contact is 联系人, several are 联系人1, 联系人2 … by position.
  const [ca, cb] = [contacts(a), contacts(b)];
  const numbered = Math.max(ca.length, cb.length) > 1;
  for (let i = 0; i < Math.max(ca.length, cb.length); i++) {
    for (const field of ['name', 'unit', 'phone', 'fax', 'email', 'address', 'postcode'] as const) {
      scalar(changes, `${prefix}联系人${numbered ? i + 1 : ''}（${field}）`, ca[i]?.[field], cb[i]?.[field]);
    }
  }
  const date = (d?: string) => (d ? formatChineseDate(d) : undefined);
  scalar(changes, `${prefix}成文日期`, date(a.signature?.date), date(b.signature?.date));
  list(changes, `${prefix}签发人职务和签名章`, orderSigners(a), orderSigners(b));
  scalar(changes, `${prefix}落款说明`, t(a.signature?.note), t(b.signature?.note));
  scalar(changes, `${prefix}附注`, t(a.remark && remarkWords(a.remark)), t(b.remark && remarkWords(b.remark)));
  for (const [key, label] of ATTENDANCE_LABELS) list(changes, `${prefix}${label}`, (a.attendance?.[key] ?? []).map(t), (b.attendance?.[key] ?? []).map(t));
  list(changes, `${prefix}抄送`, (a.colophon?.cc ?? []).map(t), (b.colophon?.cc ?? []).map(t));
  scalar(changes, `${prefix}印发日期`, date(a.colophon?.printDate), date(b.colophon?.printDate));
  annexes(changes, a.annexes, b.annexes);
}

/**
 * What changed between two campaigns, in the terms a reviewer uses and in
 * document order; formatting differences are invisible, and inline markup is
 * compared as the notice prints it.
 */
export function semanticDiff(before: Campaign, after: Campaign): Change[] {
  const [a, b] = [expandCampaign(before), expandCampaign(after)];
  const changes: Change[] = [];
  scalar(changes, '文种', a.kind, b.kind);
  scalar(changes, '年份', String(a.year), String(b.year));
  scalar(changes, '标题', campaignTitle(a), campaignTitle(b));
  scalar(changes, '转发语', t(a.forwardSentence), t(b.forwardSentence));
  scalar(changes, '主题', t(a.theme), t(b.theme));
  scalar(changes, '报送截止日期', a.deadline && formatChineseDate(a.deadline), b.deadline && formatChineseDate(b.deadline));
  notice(changes, '', a, b);
  return changes;
}
