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

/** The notice's own text; `linesAbove` lines (an annex label) already stand on its first page. */
function noticeText(ctx: RenderContext, n: Notice, linesAbove: number, inner: boolean): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (n.header) out.push(...headerBlock(n.header, linesAbove), ...blankLines(MAIN.linesBeforeTitle));
  if (n.title) out.push(n.tracked?.title ? trackedTitle(ctx, n.tracked.title) : title(n.title), ...blankLines(MAIN.linesAfterTitle));
  if (n.addressees) out.push(aligned(n.tracked?.addressees ? textRuns(ctx, n.tracked.addressees) : [new TextRun(n.addressees)], 'justify'));
  out.push(...blocks(ctx, n.body, 'portrait'), ...annexList(n.annexList));
  if (n.signature) out.push(...signature(ctx, n.signature));
  out.push(...remark(n.remark));
  if (inner && n.colophon) out.push(...blankLines(1), colophonTable(n.colophon));
  return out;
}

const orientationOf = (list: Block[]): Orientation => (list.every((b) => b.type !== 'table' || fitsPortrait(b)) ? 'portrait' : 'landscape');

function annexSections(ctx: RenderContext, a: Annex): DocxSection[] {
  const head = [label(a.label), ...blankLines(LINES_BEFORE_ANNEX_TITLE)];
  const titled = a.showTitle ? [title(a.title), ...blankLines(MAIN.linesAfterTitle)] : [];
  switch (a.content.kind) {
    case 'blocks': {
      const orientation = orientationOf(a.content.blocks);
      return [{ orientation, children: [...head, ...titled, ...blocks(ctx, a.content.blocks, orientation)] }];
    }
    case 'notice': {
      const n = a.content.notice;
      const children = [label(a.label), ...titled, ...noticeText(ctx, n, 1, true)];
      return [{ orientation: 'portrait', children }, ...n.annexes.flatMap((inner) => annexSections(ctx, inner))];
    }
    case 'pdf': {
      const note = aligned([new TextRun(`（${a.title}另附PDF文件：${basename(a.content.path)}）`)], 'center');
      return [{ orientation: 'portrait', children: [...head, ...titled, note] }];
    }
  }
}

export function noticeSections(ctx: RenderContext, n: Notice): DocxSection[] {
  return [{ orientation: 'portrait', children: noticeText(ctx, n, 0, false) }, ...n.annexes.flatMap((a) => annexSections(ctx, a))];
}
