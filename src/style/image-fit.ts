/**
 * The printed size of an annex picture: its natural size (pixels at the
 * density the file declares, else 96 per inch, as Word and WPS assume), made
 * smaller in proportion when it is wider than the text block or taller than
 * what is left of the annex's first page under its label, title (of as many
 * lines as it is set in) and caption.
 */
import { LINE_PITCH_MM, PAGE } from './gbt9704';

export const DEFAULT_DPI = 96;
const MM_PER_INCH = 25.4;
/** Lines above the picture on an annex's first page besides the title's: label, blank, blank after the title. */
const LINES_AROUND_TITLE = 3;
/**
 * Room left under a picture fitted to the page: LibreOffice sets the line that holds a picture a point or two
 * taller than the picture, which pushed the caption of a picture fitted to the last 0.3 mm onto the next page.
 */
const OFFICE_LINE_SLACK_MM = 1.5;

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

/** Width and height in millimetres, on a text block `textWidthMm` wide, under an annex title of `titleLines` lines. */
export function annexImageMm(px: ImagePixels, caption: string | undefined, textWidthMm: number = PAGE.textWidthMm, titleLines = 1): { width: number; height: number } {
  const dpi = px.dpi && px.dpi >= 10 ? px.dpi : DEFAULT_DPI;
  const natural = { width: (px.width / dpi) * MM_PER_INCH, height: (px.height / dpi) * MM_PER_INCH };
  const maxHeight = PAGE.textHeightMm - (LINES_AROUND_TITLE + titleLines + captionLines(caption)) * LINE_PITCH_MM - OFFICE_LINE_SLACK_MM;
  const scale = Math.min(1, textWidthMm / natural.width, maxHeight / natural.height);
  return { width: natural.width * scale, height: natural.height * scale };
}
