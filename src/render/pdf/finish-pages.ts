/**
 * The last steps of pagination (§7.4, §7.5): the colophon at the bottom of
 * the last page, which must be an even page (blank pages are inserted as
 * needed), and page numbers on every page except a blank page, the
 * colophon page after it, and the pages of external PDF annexes.
 */
import type { ColophonPlace } from '../colophon-placement';
import type { ColophonBlock } from './draw-colophon';
import type { DrawOp } from './draw-ops';
import { BLOCK_BOTTOM, LINE_PITCH } from './geometry';

export interface LaidPage {
  /** Drawn by us, or a page of an external PDF (file, page index). */
  external?: { file: string; index: number };
  /** A PDF annex's page the DOCX has no page for: it notes the file on the annex's first page (its cover, or the page our label is stamped on). */
  pdfOnly?: boolean;
  ops: DrawOp[];
  /** Where the flow ended (points from the top); external pages count as full. */
  bottom: number;
  numbered: boolean;
}

const EPSILON = 1e-6;

const colophonTop = (colophon: ColophonBlock) => BLOCK_BOTTOM - colophon.rows * LINE_PITCH;

/** Whether the colophon goes at the foot of the last page: one with room below its text, even unless the notice is a letter (§7.4, §10.1). */
export function sharesLastPage(pages: LaidPage[], colophon: ColophonBlock): boolean {
  const last = pages[pages.length - 1];
  return (!colophon.evenPage || pages.length % 2 === 0) && !last.external && last.bottom <= colophonTop(colophon) + EPSILON;
}

/** Where the colophon goes after `pages` of text (see colophon-placement.ts). */
export function colophonPlaceAfter(pages: LaidPage[], colophon: ColophonBlock): ColophonPlace {
  if (sharesLastPage(pages, colophon)) return 'foot';
  return colophon.evenPage && pages.length % 2 === 0 ? 'after-blank' : 'next-page';
}

export function placeColophon(pages: LaidPage[], colophon: ColophonBlock | undefined): LaidPage[] {
  if (!colophon) return pages;
  const top = colophonTop(colophon);
  const out = [...pages];
  const last = out[out.length - 1];
  const place = colophonPlaceAfter(out, colophon);
  if (place === 'foot') {
    out[out.length - 1] = { ...last, ops: [...last.ops, ...colophon.draw(top)] };
    return out;
  }
  // §7.5: a blank page before the colophon page and the colophon page itself carry no number;
  // a colophon page that follows the text directly is numbered like any other.
  if (place === 'after-blank') out.push({ ops: [], bottom: BLOCK_BOTTOM, numbered: false });
  out.push({ ops: colophon.draw(top), bottom: BLOCK_BOTTOM, numbered: place === 'next-page' });
  return out;
}

export function addPageNumbers(pages: LaidPage[], numberOps: (page: number) => DrawOp[]): LaidPage[] {
  return pages.map((p, i) => (p.numbered ? { ...p, ops: [...p.ops, ...numberOps(i + 1)] } : p));
}
