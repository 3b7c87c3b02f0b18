/**
 * A notice → Word sections: the notice itself (header block, title,
 * addressees, body, annex list, signature, 附注), then every annex on a new
 * page (附件N in 黑体 on line 1, the title centred on line 3) — a section of
 * its own so that a wide table can turn the page to landscape. A forwarded
 * notice is set with its own header and keeps its colophon at its end; an
 * external PDF annex gets a page that says it is attached separately.
 */
import { basename } from 'node:path';
import { TextRun, type Paragraph, type Table } from 'docx';
import type { Annex, Block, Notice, Run } from '../../document/model';
import { MAIN, mmToPt, PAGE } from '../../style/gbt9704';
import { balanceTitle } from '../pdf/typeset/balance-title';
import { bodyBlock } from './body';
import { annexList, remark, signature } from './closing';
import { colophonTable } from './colophon';
import type { RenderContext } from './context';
import { runStyle } from './fonts';
import { textRuns } from './runs';
import { headerBlock } from './header-block';
import { aligned, blankLines, OFF_GRID_STYLE } from './paragraphs';
import { textWidth, type Orientation } from './section-properties';
import { fitsPortrait } from './table';

export interface DocxSection {
  orientation: Orientation;
  children: (Paragraph | Table)[];
}

/** Lines between the annex label (line 1) and the annex title (line 3). */
const LINES_BEFORE_ANNEX_TITLE = 1;

/** Width in ems as the title face sets it: ideographs and full-width marks one em, ASCII half. */
const ems = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) < 0x80 ? 0.5 : 1), 0);
const TITLE_EMS = mmToPt(PAGE.textWidthMm) / MAIN.titlePt;

/**
 * A title in 二号小标宋, centred, in balanced lines broken between words
 * (the PDF typesetter's rule, so Word does not cut 办公|室 where the line fills).
 */
function title(text: string): Paragraph {
  const style = runStyle({ role: 'xiaobiaosong', sizePt: MAIN.titlePt });
  const runs = balanceTitle(text, ems, TITLE_EMS).map((line, i) => new TextRun({ ...style, text: line, ...(i > 0 ? { break: 1 } : {}) }));
  return aligned(runs, 'center', { ...OFF_GRID_STYLE, keepNext: true });
}

/** A redline's title with tracked changes: old and new words both stand, so Word wraps it itself. */
const trackedTitle = (ctx: RenderContext, runs: Run[]) => aligned(textRuns(ctx, runs, MAIN.titlePt), 'center', { ...OFF_GRID_STYLE, keepNext: true });

const label = (text: string) => aligned([new TextRun({ ...runStyle({ role: 'heiti' }), text })], 'left', { keepNext: true });

const blocks = (ctx: RenderContext, list: Block[], o: Orientation) => list.flatMap((b) => bodyBlock(ctx, b, textWidth(o)));

const orientationOf = (b: Block): Orientation => (b.type === 'table' && !fitsPortrait(b) ? 'landscape' : 'portrait');

/**
 * `before`, the blocks and `after` as sections: a table too wide for portrait
 * turns its pages (§8) in a section of its own while the text around it stays
 * upright, as the PDF typesetter sets it.
 */
function orientedSections(ctx: RenderContext, before: (Paragraph | Table)[], list: Block[], after: (Paragraph | Table)[]): DocxSection[] {
  const sections: DocxSection[] = [{ orientation: 'portrait', children: [...before] }];
  const add = (orientation: Orientation, children: (Paragraph | Table)[]) => {
    const last = sections[sections.length - 1];
    if (last.orientation === orientation || last.children.length === 0) sections[sections.length - 1] = { orientation, children: [...last.children, ...children] };
    else sections.push({ orientation, children });
  };
  for (const b of list) add(orientationOf(b), blocks(ctx, [b], orientationOf(b)));
  if (after.length > 0) add('portrait', after);
  return sections;
}

/** The notice's sections; `lead` (an annex label and title) already stands on its first page. */
function noticeText(ctx: RenderContext, n: Notice, lead: (Paragraph | Table)[], inner: boolean): DocxSection[] {
  const before: (Paragraph | Table)[] = [...lead];
  const linesAbove = lead.length > 0 ? 1 : 0;
  if (n.header) before.push(...headerBlock(n.header, linesAbove), ...blankLines(MAIN.linesBeforeTitle));
  if (n.title) before.push(n.tracked?.title ? trackedTitle(ctx, n.tracked.title) : title(n.title), ...blankLines(MAIN.linesAfterTitle));
  if (n.addressees) before.push(aligned(n.tracked?.addressees ? textRuns(ctx, n.tracked.addressees) : [new TextRun(n.addressees)], 'justify'));
  const after: (Paragraph | Table)[] = [...annexList(n.annexList)];
  if (n.signature) after.push(...signature(ctx, n.signature));
  after.push(...remark(n.remark));
  if (inner && n.colophon) after.push(...blankLines(1), colophonTable(n.colophon));
  return orientedSections(ctx, before, n.body, after);
}

function annexSections(ctx: RenderContext, a: Annex): DocxSection[] {
  const head = [label(a.label), ...blankLines(LINES_BEFORE_ANNEX_TITLE)];
  const titled = a.showTitle ? [title(a.title), ...blankLines(MAIN.linesAfterTitle)] : [];
  switch (a.content.kind) {
    case 'blocks':
      return orientedSections(ctx, [...head, ...titled], a.content.blocks, []);
    case 'notice': {
      const n = a.content.notice;
      return [...noticeText(ctx, n, [label(a.label), ...titled], true), ...n.annexes.flatMap((inner) => annexSections(ctx, inner))];
    }
    case 'pdf': {
      const note = aligned([new TextRun(`（${a.title}另附PDF文件：${basename(a.content.path)}）`)], 'center');
      return [{ orientation: 'portrait', children: [...head, ...titled, note] }];
    }
  }
}

export function noticeSections(ctx: RenderContext, n: Notice): DocxSection[] {
  return [...noticeText(ctx, n, [], false), ...n.annexes.flatMap((a) => annexSections(ctx, a))];
}
