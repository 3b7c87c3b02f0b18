/**
 * A notice → Word sections: the notice itself (header block, title,
 * addressees, body, annex list, signature, 附注), then every annex on a new
 * page (附件N in 黑体 on line 1, the title centred on line 3) — a section of
 * its own so that a wide table can turn the page to landscape. A forwarded
 * notice is set with its own header, and its colophon follows its own
 * annexes (§7.3.7); an external PDF annex gets a page that says it is
 * attached separately. Title breaks, header and signature come from the
 * arrangement (src/arrange), as in the PDF.
 */
import { basename } from 'node:path';
import { keepsWithNote, turnsWithTable } from '../../arrange/table-note';
import { isLetter, type AnnexArrangement, type NoticeArrangement } from '../../arrange';
import type { Annex, Block, Colophon, Notice, Run } from '../../document/model';
import { emWidth } from '../../arrange/text-width';
import { normalizeText } from '../../compose/normalize-text';
import { MAIN, PAGE, TITLE_NOTE_FONT } from '../../style/gbt9704';
import { bodyBlock } from './body';
import { annexList, attendance, remark, signature } from './closing';
import { colophonTable } from './colophon';
import type { RenderContext } from './context';
import { textRun } from './fonts';
import { headerBlock } from './header-block';
import { aligned, blankLines, OFF_GRID_STYLE, type BodyChild, type Paragraph } from './paragraphs';
import { textRuns } from './runs';
import { textWidth, type Orientation } from './section-properties';
import { isTurned } from './table';
import { turnedOpening } from '../../style/table-orientation';

export interface DocxSection {
  orientation: Orientation;
  children: BodyChild[];
  /** The section opens a letter (§10.1): its first page shows no page number. */
  letter?: boolean;
}

/** Lines between the annex label (line 1) and the annex title (line 3). */
const LINES_BEFORE_ANNEX_TITLE = 1;

/** A title in 二号小标宋, centred, in the arranged lines (kept as line breaks Word does not move). */
function title(lines: string[], newPage = false): Paragraph {
  const style = { role: 'xiaobiaosong' as const, sizePt: MAIN.titlePt };
  const runs = lines.map((line, i) => textRun(line, style, false, i > 0));
  return aligned(runs, 'center', { ...OFF_GRID_STYLE, keepNext: true, pageBreakBefore: newPage });
}

/** A redline's title with tracked changes: old and new words both stand, so Word wraps it itself. */
const trackedTitle = (ctx: RenderContext, runs: Run[], newPage: boolean) =>
  aligned(textRuns(ctx, runs, MAIN.titlePt), 'center', { ...OFF_GRID_STYLE, keepNext: true, pageBreakBefore: newPage });

const label = (text: string) => aligned([textRun(text, { role: 'heiti' })], 'left', { keepNext: true });


const orientationOf = (b: Block): Orientation => (b.type === 'table' && isTurned(b) ? 'landscape' : 'portrait');

/**
 * `before`, the blocks and `after` as sections: a table too wide for portrait
 * turns its pages (§8) in a section of its own while the text around it stays
 * upright, as the PDF typesetter sets it. `keepLast`: the last block keeps
 * with a signature in `after`. `turnedLead`: `before` (an annex's label and
 * title) and that many blocks open turned, above the wide table that follows.
 * `titleLines`: the lines of the annex title in `before`.
 */
function orientedSections(
  ctx: RenderContext,
  before: BodyChild[],
  list: Block[],
  after: BodyChild[],
  keepLast = false,
  turnedLead?: number,
  titleLines = 1,
): DocxSection[] {
  const sections: DocxSection[] = [{ orientation: turnedLead === undefined ? 'portrait' : 'landscape', children: [...before] }];
  const add = (orientation: Orientation, children: BodyChild[]) => {
    const last = sections[sections.length - 1];
    if (last.orientation === orientation || last.children.length === 0) sections[sections.length - 1] = { orientation, children: [...last.children, ...children] };
    else sections.push({ orientation, children });
  };
  list.forEach((b, i) => {
    const orientation = i < (turnedLead ?? 0) || turnsWithTable(list, i) ? 'landscape' : orientationOf(b);
    add(orientation, bodyBlock(ctx, b, textWidth(orientation), { withSignature: keepLast && i >= list.length - keptWithSignature(list), withNote: keepsWithNote(list, i) }, titleLines));
  });
  if (after.length > 0) add('portrait', after);
  return sections;
}

/**
 * How many of the last blocks keep with the signature: the last, and the one before it when the last is a
 * paragraph of one line (此复。特此通知。), so that two lines of text go with the signature as in the PDF (§7.3.5).
 */
function keptWithSignature(list: Block[]): number {
  const last = list[list.length - 1];
  const indent = last?.type === 'paragraph' && last.indent === 'first' ? MAIN.indentChars : 0;
  const oneLine = last?.type === 'paragraph' && indent + emWidth(last.runs.map((r) => r.text).join('')) <= PAGE.charsPerLine;
  return oneLine ? 2 : 1;
}

/** The notice's sections; `lead` (an annex label and title) already stands on its first page. */
function noticeText(ctx: RenderContext, n: Notice, a: NoticeArrangement, lead: BodyChild[]): DocxSection[] {
  const before: BodyChild[] = [...lead];
  const linesAbove = lead.length > 0 ? 1 : 0;
  // A header that fills page 1 ends there: Word would carry blank lines over to the top of page 2, where the PDF drops them.
  if (n.header && a.header) before.push(...headerBlock(n.header, a.header, linesAbove, !a.titleOnNewPage), ...blankLines(a.titleOnNewPage ? 0 : MAIN.linesBeforeTitle));
  if (a.title) before.push(n.tracked?.title ? trackedTitle(ctx, n.tracked.title, a.titleOnNewPage) : title(a.title, a.titleOnNewPage), ...blankLines(MAIN.linesAfterTitle));
  if (n.addressees) before.push(aligned(n.tracked?.addressees ? textRuns(ctx, n.tracked.addressees) : [textRun(n.addressees)], 'justify'));
  const signed = !!a.signature;
  const after: BodyChild[] = [...annexList(n.annexList, signed), ...attendance(n.attendance)];
  if (a.signature) after.push(...signature(ctx, a.signature));
  after.push(...remark(n.remark, a.signature?.linesBeforeRemark));
  const sections = orientedSections(ctx, before, n.body, after, signed && n.annexList.length === 0);
  return a.header?.letter ? [{ ...sections[0], letter: true }, ...sections.slice(1)] : sections;
}

/** A forwarded notice's colophon after its last annex: on that annex's page when upright, else on a page of its own. */
function withColophon(sections: DocxSection[], c: Colophon | undefined, letter: boolean): DocxSection[] {
  if (!c) return sections;
  const colophon = [aligned([], 'left', { keepNext: true }), colophonTable(c, false, letter)];
  const last = sections[sections.length - 1];
  if (last.orientation === 'portrait') return [...sections.slice(0, -1), { ...last, children: [...last.children, ...colophon] }];
  return [...sections, { orientation: 'portrait', children: colophon }];
}

/** An annex's label and the blank line under it; none when it has no label (its title opens the page). */
const annexHead = (x: Annex): BodyChild[] => (x.label ? [label(x.label), ...blankLines(LINES_BEFORE_ANNEX_TITLE)] : []);

/** A 题注 on the body grid under the title, centred in its face, its lines as arranged. */
function titleNote(lines: string[]): Paragraph[] {
  if (!lines.length) return [];
  return [aligned(lines.map((line, i) => textRun(line, { role: TITLE_NOTE_FONT }, false, i > 0)), 'center', { keepNext: true })];
}

function annexSections(ctx: RenderContext, x: Annex, a: AnnexArrangement): DocxSection[] {
  const head = annexHead(x);
  const titled = a.title.length ? [title(a.title), ...titleNote(a.titleNote), ...blankLines(MAIN.linesAfterTitle)] : [];
  switch (x.content.kind) {
    case 'blocks':
      return orientedSections(ctx, [...head, ...titled], x.content.blocks, [], false, turnedOpening(x.content.blocks), a.title.length + a.titleNote.length);
    case 'notice': {
      const n = x.content.notice;
      const inner = a.notice!;
      const sections = [...noticeText(ctx, n, inner, [...head.slice(0, 1), ...titled]), ...n.annexes.flatMap((y, i) => annexSections(ctx, y, inner.annexes[i]))];
      return withColophon(sections, n.colophon, isLetter(n));
    }
    case 'pdf': {
      const note = aligned([textRun(`（${normalizeText(x.title)}另附PDF文件：${basename(x.content.path)}）`)], 'center');
      return [{ orientation: 'portrait', children: [...head, ...titled, note] }];
    }
  }
}

export function noticeSections(ctx: RenderContext, n: Notice, a: NoticeArrangement): DocxSection[] {
  const lead = n.label ? [label(n.label), ...blankLines(LINES_BEFORE_ANNEX_TITLE)] : [];
  return [...noticeText(ctx, n, a, lead), ...n.annexes.flatMap((x, i) => annexSections(ctx, x, a.annexes[i]))];
}
