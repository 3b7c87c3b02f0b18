/**
 * The printed size of an annex picture: its natural size (pixels at the
 * density the file declares, else 96 per inch, as Word and WPS assume), made
 * smaller in proportion when it is wider than the text block or taller than
 * what is left of the annex's first page under its label, title and caption.
 */
import { LINE_PITCH_MM, PAGE } from './gbt9704';

export const DEFAULT_DPI = 96;
const MM_PER_INCH = 25.4;
/** Lines above the picture on an annex's first page: label, blank, title, blank. */
const LINES_ABOVE = 4;

export interface ImagePixels {
  width: number;
  height: number;
  dpi?: number;
}

/** Lines the caption takes at the body's characters per line. */
export function captionLines(caption: string | undefined): number {
  if (!caption) return 0;
  return caption.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil([...line].length / PAGE.charsPerLine)), 0);
}

/** Width and height in millimetres, on a text block `textWidthMm` wide. */
export function annexImageMm(px: ImagePixels, caption: string | undefined, textWidthMm: number = PAGE.textWidthMm): { width: number; height: number } {
  const dpi = px.dpi && px.dpi >= 10 ? px.dpi : DEFAULT_DPI;
  const natural = { width: (px.width / dpi) * MM_PER_INCH, height: (px.height / dpi) * MM_PER_INCH };
  const maxHeight = PAGE.textHeightMm - (LINES_ABOVE + captionLines(caption)) * LINE_PITCH_MM;
  const scale = Math.min(1, textWidthMm / natural.width, maxHeight / natural.height);
  return { width: natural.width * scale, height: natural.height * scale };
}
