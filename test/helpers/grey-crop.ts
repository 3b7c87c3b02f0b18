/** A part of a rendered page in grey levels, rasterised with pdftoppm; where its ink lies, in millimetres on the page. */
import { execFileSync } from 'node:child_process';
import type { Box } from './red-rule';

export interface GreyCrop {
  /** Whether the pixel at column `c`, row `r` of the crop is darker than `level` (0 black, 255 white). */
  dark: (c: number, r: number, level: number) => boolean;
  width: number;
  height: number;
  /** The crop's top-left pixel on the page, and the pixel's size in mm. */
  x: number;
  y: number;
  mmPerPx: number;
}

/** The part `box` (mm from the page's top-left corner) of page `page` at `dpi`. */
export function greyCrop(file: string, page: number, box: Box, dpi: number): GreyCrop {
  const pxPerMm = dpi / 25.4;
  const [x, y] = [Math.floor(box.left * pxPerMm), Math.floor(box.top * pxPerMm)];
  const [w, h] = [Math.ceil((box.right - box.left) * pxPerMm), Math.ceil((box.bottom - box.top) * pxPerMm)];
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-x', String(x), '-y', String(y), '-W', String(w), '-H', String(h), file], { maxBuffer: 256 << 20 });
  // Binary PGM: "P5\n<width> <height>\n255\n", then one byte a pixel.
  const header = pgm.toString('latin1', 0, 40).match(/^P5\s+(\d+)\s+(\d+)\s+255\s/)!;
  const [width, height, offset] = [Number(header[1]), Number(header[2]), header[0].length];
  return { dark: (c, r, level) => pgm[offset + r * width + c] < level, width, height, x, y, mmPerPx: 1 / pxPerMm };
}

/** The box around every pixel of `box` darker than `level`, in mm on the page; undefined when there is none. */
export function inkBox(file: string, page: number, box: Box, level: number, dpi = 600): Box | undefined {
  const crop = greyCrop(file, page, box, dpi);
  let [left, top, right, bottom] = [Infinity, Infinity, -1, -1];
  for (let r = 0; r < crop.height; r++) {
    for (let c = 0; c < crop.width; c++) {
      if (!crop.dark(c, r, level)) continue;
      [left, right, top, bottom] = [Math.min(left, c), Math.max(right, c), Math.min(top, r), Math.max(bottom, r)];
    }
  }
  if (right < 0) return undefined;
  const mm = (px: number) => px * crop.mmPerPx;
  return { left: mm(crop.x + left), right: mm(crop.x + right + 1), top: mm(crop.y + top), bottom: mm(crop.y + bottom + 1) };
}
