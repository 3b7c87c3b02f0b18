import path from 'node:path';
import type { Annex, AnnexContent, AnnexListEntry, AttendanceLine, Block, Notice, OrderSigner, SealPicture } from '../document/model';
import type { AnnexSpec, AttendanceSpec, Campaign, NoticeSpec, OrderSignerSpec } from '../campaign/types';
import { imageSize } from '../assets/image-size';
import { addresseeLine } from './addressees';
import { annexLabels, isLabelled } from './annex-labels';
import { collectStrings } from './collect-strings';
import { documentNumber } from './document-number';
import { composeBody, paragraph, type TextFn } from './body';
import { contactLine } from './contact';
import { BLANK_DATE, formatChineseDate } from './format-date';
import { formTable } from './form-table';
import { quotedTitle } from './quoted-title';
import { normalizeText, titleText } from './normalize-text';
import { expandPlaceholders, usesPlaceholder, type PlaceholderValues } from './placeholders';
import { renderTemplate } from './templates';
import { remarkWords } from './remark-text';

export interface ComposeContext {
  /** Folder of the campaign file; asset paths are relative to it. */
  baseDir: string;
  campaign: Campaign;
  /** Dotted paths of the campaign's values still marked 待填写: a draft prints a blank there. */
  unfilled?: ReadonlySet<string>;
}


/** Title as it stands in the annex list: a forwarded notice is quoted with its number. */
export function annexListTitle(annex: AnnexSpec): string {
  const title = normalizeText(annex.title);
  if (annex.kind !== 'notice') return title;
  return annex.number ? `${quotedTitle(title)}（${documentNumber(annex.number, annex.issuers)}）` : quotedTitle(title);
}

/** A notice's own values for the inline markup; the campaign's theme, year and deadline apply throughout. */
export function placeholderValues(spec: NoticeSpec, campaign: Campaign): PlaceholderValues {
  return {
    refs: annexLabels(spec.annexes ?? []),
    contact: spec.contact ? contactLine(spec.contact) : undefined,
    deadline: campaign.deadline ? formatChineseDate(campaign.deadline) : undefined,
    theme: campaign.theme ? normalizeText(campaign.theme) : undefined,
    year: String(campaign.year),
  };
}

/** `title` keeps the line breaks written in it (titleText). */
export function composeNotice(spec: NoticeSpec, title: string | undefined, opening: string | undefined, ctx: ComposeContext): Notice {
  const values = placeholderValues(spec, ctx.campaign);
  // Only the campaign's own values are ever marked 待填写 (gongwen new); a forwarded notice's are as issued.
  const blank = (path: string) => spec === ctx.campaign && !!ctx.unfilled?.has(path);
  if (blank('deadline')) values.deadline = BLANK_DATE;
  const text: TextFn = (raw) => expandPlaceholders(normalizeText(raw), values);
  const annexes = spec.annexes ?? [];
  const labels = values.refs;

  const body: Block[] = [];
  if (opening) body.push(paragraph(text(opening)));
  body.push(...composeBody(spec.body ?? [], text, ctx.baseDir));
  // {{contact}} may stand in the text or in one of the notice's own annexes (a forwarded notice has its own contact).
  const writtenText = [opening ?? '', ...collectStrings([spec.body, annexes.filter((a) => a.kind !== 'notice')])].join('\n');
  if (values.contact && !usesPlaceholder(writtenText, 'contact')) body.push(paragraph(values.contact));

  const listed = annexes.filter(isLabelled);
  const annexList: AnnexListEntry[] = listed.map((a, i) => ({
    number: listed.length === 1 ? '' : `${i + 1}.`,
    title: annexListTitle(a),
  }));

  const notice: Notice = {
    ...(title !== undefined ? { title: titleText(title) } : {}),
    body,
    annexList,
    annexes: annexes.filter((a) => a.kind !== 'listed').map((a) => composeAnnex(a, labels.get(a.id), text, ctx)),
  };
  if (spec.header) {
    const letter = spec.header.format === 'letter';
    const minutes = spec.header.format === 'minutes';
    const order = spec.header.format === 'order';
    const issuers = (spec.header.issuers ?? spec.issuers.map((i) => i.name)).map(normalizeText);
    notice.header = {
      ...(letter ? { format: 'letter' as const } : order ? { format: 'order' as const } : {}),
      // A joint letter carries the lead issuer's mark only (§10.1), without 文件; minutes carry their 纪要标志 (§10.3), orders theirs (§10.2).
      issuers: minutes ? [minutesMark(spec)] : order ? [orderMark(spec)] : letter ? issuers.slice(0, 1) : issuers,
      withWenjian: !letter && !minutes && !order && (spec.header.wenjian ?? false),
      // An order carries its 令号 where a notice has its 发文字号, and never both (check says so).
      documentNumber: order ? orderNumber(spec, blank('header.orderNumber')) : spec.number ? documentNumber(spec.number, spec.issuers, blank('number.seq')) : undefined,
      // an order's header has none of them (§10.2; check warns)
      ...(order ? {} : { copyNumber: spec.header.copyNumber, classification: spec.header.classification, urgency: spec.header.urgency }),
      ...(spec.header.signers ? { signers: spec.header.signers.map(normalizeText) } : {}),
    };
  }
  if (spec.addressees) notice.addressees = addresseeLine(spec.addressees);
  if (spec.signature) {
    const signers = spec.header?.format === 'order' ? spec.signature.signers : undefined;
    const names = signers
      ? []
      : spec.signature.names ?? (spec.issuers.length > 1 ? spec.issuers.map((i) => i.signAs ?? i.name) : [spec.issuers[0].name]);
    notice.signature = {
      names: names.map(normalizeText),
      ...(signers ? { signers: signers.map((s) => orderSigner(s, ctx.baseDir)) } : {}),
      date: blank('signature.date') ? BLANK_DATE : formatChineseDate(spec.signature.date),
      seal: spec.signature.seal ? sealPicture(spec.signature.seal, ctx.baseDir) : undefined,
      ...(spec.signature.seals ? { seals: spec.signature.seals.map((s) => sealPicture(s, ctx.baseDir)) } : {}),
      note: spec.signature.note ? normalizeText(spec.signature.note) : undefined,
      ...(spec.signature.columns ? { columns: spec.signature.columns } : {}),
    };
  }
  if (spec.remark) notice.remark = renderTemplate('remark', { remark: normalizeText(remarkWords(spec.remark)) });
  if (spec.attendance) notice.attendance = attendanceLines(spec.attendance);
  // The letter format's colophon has no 印发 line (§10.1; check warns about the fields it leaves out).
  const letter = notice.header?.format === 'letter';
  if (spec.colophon && !(letter && !spec.colophon.cc)) {
    notice.colophon = {
      copyTo: spec.colophon.cc ? `${spec.colophon.cc.map(normalizeText).join('，')}。` : undefined,
      printer: spec.colophon.printer && !letter ? normalizeText(spec.colophon.printer) : undefined,
      printDate: letter ? undefined : blank('colophon.printDate') ? BLANK_DATE : spec.colophon.printDate ? formatChineseDate(spec.colophon.printDate) : undefined,
    };
  }
  return notice;
}

/** The 纪要标志 (§10.3): as written, else the lead issuer's name and 会议纪要. */
export const minutesMark = (spec: NoticeSpec): string => normalizeText(spec.header?.mark ?? `${spec.issuers[0].name}会议纪要`);

/** The mark of an order (§10.2): as written, else the lead issuer's full name and 令. */
export const orderMark = (spec: NoticeSpec): string => normalizeText(spec.header?.mark ?? `${spec.issuers[0].name}令`);

/** The 令号 as printed: 第245号; blank (第　号) while it is still to be filled in, as a draft's 发文字号 is. */
export const orderNumber = (spec: NoticeSpec, blank = false): string => `第${blank ? '　' : spec.header?.orderNumber ?? '　'}号`;

/** A seal or 签名章 picture with the proportions of its file (check has refused a missing or unreadable one). */
function sealPicture(file: string, baseDir: string): SealPicture {
  const resolved = path.resolve(baseDir, file);
  const size = imageSize(resolved);
  return { path: resolved, aspect: size.width / size.height };
}

/** An order's 签发人. */
function orderSigner(s: OrderSignerSpec, baseDir: string): OrderSigner {
  const signer = { title: normalizeText(s.title), name: normalizeText(s.name) };
  return s.seal ? { ...signer, seal: sealPicture(s.seal, baseDir) } : signer;
}

/** The attendance lists by field, in the order the minutes print them. */
export const ATTENDANCE_LABELS: [keyof AttendanceSpec, AttendanceLine['label']][] = [
  ['present', '出席'],
  ['onLeave', '请假'],
  ['observers', '列席'],
];

/** 出席, 请假, 列席 in that order (§10.3), each list joined with 、 as coordinate items are. */
function attendanceLines(spec: AttendanceSpec): AttendanceLine[] {
  return ATTENDANCE_LABELS.flatMap(([key, label]) => (spec[key] ? [{ label, names: spec[key].map(normalizeText).join('、') }] : []));
}

/** A 题注 in one pair of full-width parentheses, whether the clerk typed none, a full-width or a half-width pair. */
const inParentheses = (note: string) => `（${normalizeText(remarkWords(note))}）`;

/**
 * An annex's text may use the markup of the notice it belongs to (`text`). Its title keeps the line breaks written
 * in it (titleText), as the notice's own does, where it is printed; a forwarded notice prints its own title.
 */
function composeAnnex(annex: Exclude<AnnexSpec, { kind: 'listed' }>, label: string | undefined, text: TextFn, ctx: ComposeContext): Annex {
  const title = titleText(annex.title);
  const blocks = (list: Block[]): AnnexContent => ({ kind: 'blocks', blocks: list });
  let content: AnnexContent;
  switch (annex.kind) {
    case 'slogans':
      content = blocks(annex.items.map((s, i) => paragraph(annex.numbered ? `${i + 1}.${text(s)}` : text(s))));
      break;
    case 'document':
      content = blocks(composeBody(annex.body, text, ctx.baseDir));
      break;
    case 'form':
      content = blocks([
        paragraph(annex.filler ? text(annex.filler) : renderTemplate('form-filler', { blank: '______' }), 'none', 'left'),
        formTable(annex.rows, text),
      ]);
      break;
    case 'image':
      content = blocks([
        { type: 'image', path: path.resolve(ctx.baseDir, annex.path), caption: annex.caption ? text(annex.caption) : undefined },
      ]);
      break;
    case 'pdf':
      content = { kind: 'pdf', path: path.resolve(ctx.baseDir, annex.path) };
      break;
    case 'notice':
      content = { kind: 'notice', notice: composeNotice(annex, annex.title, annex.opening, ctx) };
      break;
  }
  const note = annex.kind === 'document' && annex.titleNote ? { titleNote: inParentheses(annex.titleNote) } : {};
  return { ...(label ? { label } : {}), title, ...note, showTitle: annex.kind !== 'notice', content };
}
