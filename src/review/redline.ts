/**
 * NEW as a document with tracked changes against OLD, everything a reviewer
 * reads: header (document number, issuers), title, addressees, body, annex
 * list, signature, 附注, 版记 and every annex (added, removed, edited, forms
 * cell by cell). Edits are tracked word by word; numbering and annex labels
 * are derived and shown as they now stand, never as a change. Pictures cannot
 * be tracked: where one changed it is listed in `untracked`.
 */
import type { Annex, AnnexListEntry, AttendanceLine, Colophon, Document, FontRole, Header, Notice, Run, Signature } from '../document/model';
import { align, type Pair } from './align';
import { normalizeText } from '../compose/normalize-text';
import { redlineBlocks } from './redline-blocks';
import { deleted, inserted, isEdit, labelledLine, MARK, trackedText, wordChanges } from './tracked-text';

export interface Redline {
  document: Document;
  /** Differences a revision cannot show; a redline with any is incomplete. */
  untracked: string[];
}

/** A field that may be absent: tracked, and absent again when neither version has it. */
const field = (a: string | undefined, b: string | undefined) => trackedText(a, b) || undefined;

/** Lists whose items stand by position (issuers, signature names). */
const byPosition = (a: string[] = [], b: string[] = []) => Array.from({ length: Math.max(a.length, b.length) }, (_, i) => trackedText(a[i], b[i]));

/** A one-line text (title, addressees) as tracked runs in its face, when it changed. */
function trackedLine(a: string | undefined, b: string | undefined, font: FontRole): Run[] | undefined {
  if ((a ?? '') === (b ?? '')) return undefined;
  return wordChanges(a ?? '', b ?? '').map((p) => ({ text: p.text, font, revision: p.change }));
}

/** What the header block prints after a single issuer's name when `withWenjian` is set. */
const WENJIAN = '文件';

/**
 * Joint issuers are laid out in rows and columns by their number and length
 * (arrange/header.ts): a change to them, or to the 文件 after them, cannot be
 * shown as revisions of that layout.
 */
function headerTrackable(a: Header | undefined, b: Header | undefined): boolean {
  if (!a || !b || Math.max(a.issuers.length, b.issuers.length) < 2) return true;
  return a.issuers.join() === b.issuers.join() && a.withWenjian === b.withWenjian;
}

/** 文件 added or dropped after a single issuer's name is tracked as text of the name. */
function issuerMark(a: Header | undefined, b: Header | undefined): Pick<Header, 'issuers' | 'withWenjian'> {
  const issuers = byPosition(a?.issuers, b?.issuers);
  const [was, is] = [a?.withWenjian ?? false, b?.withWenjian ?? false];
  if (was === is) return { issuers, withWenjian: is };
  return { issuers: [issuers[0] + (is ? inserted(WENJIAN) : deleted(WENJIAN)), ...issuers.slice(1)], withWenjian: false };
}

function header(a: Header | undefined, b: Header | undefined, untracked: string[]): Header | undefined {
  const base = b ?? a;
  if (!base) return undefined;
  if (!headerTrackable(a, b)) untracked.push('版头（联合行文的发文机关标志）');
  // The letter format moves the mark, rules and number (§10.1): no revision can show that.
  if (a && b && (a.format ?? 'standard') !== (b.format ?? 'standard')) untracked.push('版头格式（文件格式、信函格式）');
  return {
    ...base,
    ...issuerMark(a, b),
    documentNumber: field(a?.documentNumber, b?.documentNumber),
    copyNumber: field(a?.copyNumber, b?.copyNumber),
    classification: field(a?.classification, b?.classification),
    urgency: field(a?.urgency, b?.urgency),
    ...(a?.signers || b?.signers ? { signers: byPosition(a?.signers, b?.signers) } : {}),
  };
}

function signature(a: Signature | undefined, b: Signature | undefined, untracked: string[]): Signature | undefined {
  const base = b ?? a;
  if (!base) return undefined;
  if ((a?.seal ?? '') !== (b?.seal ?? '') || (a?.seals ?? []).join('\n') !== (b?.seals ?? []).join('\n')) untracked.push('印章图片');
  if (JSON.stringify(a?.signers ?? []) !== JSON.stringify(b?.signers ?? [])) untracked.push('签发人职务和签名章');
  return { ...base, names: byPosition(a?.names, b?.names), date: trackedText(a?.date, b?.date), note: field(a?.note, b?.note) };
}

/** 抄送 and the print line go whole, with their labels, when one version lacks them. */
function colophon(a: Colophon | undefined, b: Colophon | undefined): Colophon | undefined {
  if (!a && !b) return undefined;
  const noPrintLine = (c?: Colophon) => !c?.printer && !c?.printDate;
  const line = noPrintLine(b) && !noPrintLine(a) ? MARK.lineDeleted : noPrintLine(a) && !noPrintLine(b) ? MARK.lineInserted : '';
  return {
    copyTo: labelledLine(a?.copyTo, b?.copyTo) || undefined,
    printer: line + (field(a?.printer, b?.printer) ?? '') || undefined,
    printDate: field(a?.printDate, b?.printDate),
  };
}

/** The minutes' 出席, 请假, 列席 lines matched by label; one that only one version has goes whole, label and all. */
function attendance(a: AttendanceLine[] = [], b: AttendanceLine[] = []): AttendanceLine[] | undefined {
  const order: AttendanceLine['label'][] = ['出席', '请假', '列席'];
  const names = (list: AttendanceLine[], label: string) => list.find((l) => l.label === label)?.names;
  const lines = order.filter((label) => names(a, label) || names(b, label)).map((label) => ({ label, names: labelledLine(names(a, label), names(b, label)) }));
  return lines.length ? lines : undefined;
}

/** The label the renderer puts before the annex list's first line. */
const ANNEX_LIST_LABEL = '附件：';

/**
 * The annex list follows the annexes as they were matched; a removed entry
 * goes whole, its old number struck through, and so does one whose title was
 * rewritten rather than edited. When the first line goes and others stay,
 * 附件： goes with it and is inserted before the next remaining entry.
 */
function annexList(old: Notice, neu: Notice, pairs: Pair<Annex>[]): AnnexListEntry[] {
  const entry = (n: Notice, x: Annex | undefined) => (x ? n.annexList[n.annexes.indexOf(x)] : undefined);
  const listed = old.annexList.length === old.annexes.length && neu.annexList.length === neu.annexes.length;
  const matched = listed ? pairs.map((p) => ({ old: entry(old, p.old), neu: entry(neu, p.neu) })) : align(old.annexList, neu.annexList, (e) => e.title, (x, y) => isEdit(x.title, y.title));
  const entries = matched.flatMap(({ old: a, neu: b }): AnnexListEntry[] => {
    const gone = a && { number: MARK.lineDeleted + deleted(a.number), title: deleted(a.title) };
    const added = b && { number: MARK.lineInserted + inserted(b.number), title: inserted(b.title) };
    if (a && b && isEdit(a.title, b.title)) return [{ number: b.number, title: trackedText(a.title, b.title) }];
    return [gone, added].filter((e): e is AnnexListEntry => !!e);
  });
  const first = entries.findIndex((e) => !e.number.startsWith(MARK.lineDeleted));
  if (first > 0) entries[first] = { ...entries[first], number: inserted(ANNEX_LIST_LABEL) + entries[first].number };
  return entries;
}

/**
 * An annex that is only in one version goes whole: every section it fills
 * (a forwarded notice's own annexes too) is marked, and revision-xml.ts
 * tracks everything in them, pictures and the labels the renderer adds
 * included. Its text is left as it is, so it is laid out as it was or will be.
 */
function wholeAnnex(x: Annex, mark: string): Annex {
  const content = x.content.kind === 'notice' ? { ...x.content, notice: { ...x.content.notice, annexes: x.content.notice.annexes.map((inner) => wholeAnnex(inner, mark)) } } : x.content;
  // An annex without a label (a 规章 after its 令) carries the mark on an empty label line.
  return { ...x, label: mark + (x.label ?? ''), content };
}

function annex(a: Annex | undefined, b: Annex | undefined, untracked: string[]): Annex[] {
  if (!a || !b) return [a ? wholeAnnex(a, MARK.sectionDeleted) : wholeAnnex(b!, MARK.sectionInserted)];
  // as the notice's title: tracked on one line when its words changed, printed as broken when they did not
  const title = oneLine(a.title) === oneLine(b.title) ? b.title : trackedText(oneLine(a.title), oneLine(b.title));
  const note = trackedText(a.titleNote, b.titleNote);
  const titled = { ...b, title, ...(note ? { titleNote: note } : {}) };
  const [ca, cb] = [a.content, b.content];
  // A forwarded notice whose joint header changed is shown as the old one deleted and the new one inserted, whole.
  const whole = ca.kind === 'notice' && cb.kind === 'notice' && !headerTrackable(ca.notice.header, cb.notice.header);
  if (ca.kind !== cb.kind || whole) return [...annex(a, undefined, untracked), ...annex(undefined, b, untracked)];
  if (ca.kind === 'blocks' && cb.kind === 'blocks') {
    const red = redlineBlocks(ca.blocks, cb.blocks);
    for (const u of red.untracked) untracked.push(`${oneLine(b.title)}：${u}`);
    return [{ ...titled, content: { kind: 'blocks', blocks: red.blocks } }];
  }
  if (ca.kind === 'notice' && cb.kind === 'notice') return [{ ...titled, content: { kind: 'notice', notice: redlineNotice(ca.notice, cb.notice, untracked) } }];
  if (ca.kind !== 'pdf' || cb.kind !== 'pdf' || ca.path !== cb.path) untracked.push(`${oneLine(b.title)}（PDF 附件）`);
  return [titled];
}

/** A title without the breaks its clerk wrote (titleText). */
const oneLine = (title: string | undefined) => title && normalizeText(title);

function redlineNotice(old: Notice, neu: Notice, untracked: string[]): Notice {
  const annexes = align(old.annexes, neu.annexes, (x) => oneLine(x.title)!, (x, y) => x.content.kind === y.content.kind);
  // A title whose words changed is tracked on one line, Word wrapping it; one whose breaks alone changed prints as broken.
  const title = trackedLine(oneLine(old.title), oneLine(neu.title), 'xiaobiaosong');
  const addressees = trackedLine(old.addressees, neu.addressees, 'fangsong');
  const body = redlineBlocks(old.body, neu.body);
  for (const u of body.untracked) untracked.push(u);
  return {
    ...neu,
    header: header(old.header, neu.header, untracked),
    title: neu.title ?? old.title,
    addressees: neu.addressees ?? old.addressees,
    ...(title || addressees ? { tracked: { title, addressees } } : {}),
    body: body.blocks,
    annexList: annexList(old, neu, annexes),
    signature: signature(old.signature, neu.signature, untracked),
    remark: field(old.remark, neu.remark),
    attendance: attendance(old.attendance, neu.attendance),
    colophon: colophon(old.colophon, neu.colophon),
    annexes: annexes.flatMap((p) => annex(p.old, p.neu, untracked)),
  };
}

/** The redline, attributed to the issuing office on the new notice's date. */
export function redlineDocument(old: Document, neu: Document): Redline {
  const untracked: string[] = [];
  const notice = redlineNotice(old.notice, neu.notice, untracked);
  return { document: { meta: { ...neu.meta, revision: { author: neu.meta.author, date: neu.meta.date } }, notice }, untracked };
}
