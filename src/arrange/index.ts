/**
 * arrange: Document → the layout decisions both renderers obey (model.ts).
 * Pure: reads the style sheet, knows millimetres and grid rows, never a
 * renderer's units or fonts.
 */
import type { Annex, Block, Document, Notice } from '../document/model';
import { JOINT, MAIN, PAGE } from '../style/gbt9704';
import { arrangeHeader } from './header';
import type { AnnexArrangement, NoticeArrangement, SignatureArrangement } from './model';
import { arrangeSignature } from './signature';
import { emWidth, fitEm } from './text-width';
import { spacedTitle } from '../style/spaced-title';
import { noteLines } from './note-lines';
import { linesBeforeRemark } from './remark-clearance';
import { titleLines, titleSeams } from './title-lines';

export type * from './model';

/** Title sizes as ems on the text block: 二号 (22 pt) holds about 20 characters. */
const PT_PER_MM = 72 / 25.4;
const titleEms = (sizePt: number) => (PAGE.textWidthMm * PT_PER_MM) / sizePt;

/** Whether a notice is set in the letter format (§10.1): both renderers draw its header, page numbers and colophon so. */
export const isLetter = (n: Notice) => n.header?.format === 'letter';

export const arrangeTitle = (title: string) => titleLines(title, titleEms(MAIN.titlePt));
/** Where the notice's title (`annex`: an annex's, set at its own size) may break between words (titleSeams). */
export const printedTitleSeams = (title: string, annex = false) => titleSeams(title, titleEms(annex ? MAIN.annexTitlePt : MAIN.titlePt));

/** Grid cells a line of text takes: an ideograph one, a run of digits or Latin the whole cells it reaches into. */
const gridCells = (text: string) => text.split(/([\x00-\x7f]+)/).reduce((cells, piece, i) => cells + (i % 2 ? Math.ceil(fitEm(piece)) : emWidth(piece)), 0);

/** Lines a paragraph or a run-in heading takes, its first line indented two characters. */
function blockLines(block: Block | undefined): number | undefined {
  if (block?.type === 'paragraph') return Math.ceil((gridCells(block.runs.map((r) => r.text).join('')) + (block.indent === 'first' ? 2 : 0)) / PAGE.charsPerLine);
  if (block?.type === 'heading' && block.runIn) return Math.ceil((gridCells(block.number + block.title + block.runIn.map((r) => r.text).join('')) + 2) / PAGE.charsPerLine);
  return undefined;
}

/**
 * Grid rows the body's start needs on page 1: its first lines (a paragraph of three cannot leave one line to either
 * page, §7.3.3 as both renderers keep two), after a heading that keeps with them.
 */
function firstBodyRows(body: Block[]): number {
  const heading = body[0]?.type === 'heading' && !body[0].runIn ? 1 : 0;
  const lines = blockLines(body[heading]);
  return heading + (lines === JOINT.bodyLinesOnFirstPage + 1 ? lines : JOINT.bodyLinesOnFirstPage);
}

/** Grid rows the page-1 text after a header needs: blank lines, title, addressees, the first body lines. */
function restOfFirstPage(n: Notice, title: string[]): number {
  const addressees = n.addressees ? Math.ceil(emWidth(n.addressees) / PAGE.charsPerLine) : 0;
  return MAIN.linesBeforeTitle + (title.length ? title.length + MAIN.linesAfterTitle : 0) + addressees + firstBodyRows(n.body);
}

function arrangeAnnex(a: Annex): AnnexArrangement {
  const title = a.showTitle ? titleLines(spacedTitle(a.title, 'title'), titleEms(MAIN.annexTitlePt)) : [];
  const titleNote = a.titleNote ? noteLines(a.titleNote, PAGE.charsPerLine) : [];
  return a.content.kind === 'notice' ? { title, titleNote, notice: arrangeNotice(a.content.notice) } : { title, titleNote };
}

/** The 附注 stands on the line after the date (§7.3.6), or below a seal's ink reaching there: the date keeps with it. */
function withRemark(s: SignatureArrangement, remark: string | undefined): SignatureArrangement {
  if (!remark) return s;
  const before = linesBeforeRemark(s, remark);
  return { ...s, keepWithNext: s.keepWithNext.map((k, i) => k || i === s.lines.length - 1), ...(before > 0 ? { linesBeforeRemark: before } : {}) };
}

export function arrangeNotice(n: Notice): NoticeArrangement {
  const title = n.title ? arrangeTitle(n.title) : [];
  const header = n.header ? arrangeHeader(n.header, restOfFirstPage(n, title)) : undefined;
  return {
    ...(header ? { header } : {}),
    ...(n.title ? { title } : {}),
    titleOnNewPage: !!header && header.flowRow + MAIN.linesBeforeTitle > PAGE.linesPerPage,
    ...(n.signature ? { signature: withRemark(arrangeSignature(n.signature), n.remark) } : {}),
    annexes: n.annexes.map(arrangeAnnex),
  };
}

export const arrange = (doc: Document): NoticeArrangement => arrangeNotice(doc.notice);
