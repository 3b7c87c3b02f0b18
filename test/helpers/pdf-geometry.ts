/** GB/T 9704 geometry checks on lines read back from a PDF (see shared/docs/GBT9704.md). */
import type { PdfLine } from './pdf-poppler';

export const MM = {
  left: 28,
  right: 184,
  top: 37,
  bottom: 262,
  pitch: 225 / 22,
  cell: 156 / 28,
  pt: 25.4 / 72,
};
/** Height of a 三号 (16 pt) em box in mm: how poppler sizes a body line. */
export const BODY_EM_MM = 16 * MM.pt;

const near = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol;

export const isBodySize = (l: PdfLine) => near(l.bottom - l.top, BODY_EM_MM, 0.05);

/** Offset of a 16 pt line from its grid row, in mm (0 when it sits exactly on the grid). */
export function gridOffset(l: PdfLine): number {
  const emTop = MM.top + (MM.pitch - BODY_EM_MM) / 2;
  const rows = (l.top - emTop) / MM.pitch;
  return (rows - Math.round(rows)) * MM.pitch;
}

/** A line running from the left to the right edge of the block (possibly after the two-character indent). */
export const isFullLine = (l: PdfLine) => isBodySize(l) && near(l.right, MM.right, 0.5) && l.top > MM.top && l.bottom < MM.bottom;

/** Only full-width characters: such a line holds exactly one character per grid cell. */
export const isAllCjk = (text: string) => /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]+$/u.test(text.replace(/\s+/g, ''));

export const PAGE_NUMBER = /^—\s*(\d+)\s*—$/;
