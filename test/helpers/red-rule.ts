/** Rules on a rendered page (red, or black like the colophon's): rasterised with pdftoppm, rows of inked pixels measured in millimetres. */
import { execFileSync } from 'node:child_process';

const DPI = 72;

type Ink = (r: number, g: number, b: number) => boolean;
const RED: Ink = (r, g, b) => r > 180 && g < 110 && b < 110;
const BLACK: Ink = (r, g, b) => r < 100 && g < 100 && b < 100;

/** Top edges (mm from the page top) of red horizontal runs at least `minLengthMm` long on page `page` (1-based). */
export const redRules = (file: string, page: number, minLengthMm: number) => rules(file, page, minLengthMm, RED);
/** The same for black runs; read at `dpi` (72: 0.35 mm a pixel). */
export const blackRules = (file: string, page: number, minLengthMm: number, dpi = DPI) => rules(file, page, minLengthMm, BLACK, dpi);

/** Page `page` as RGB pixels at `dpi`. */
function rasterise(file: string, page: number, dpi: number) {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), file], { maxBuffer: 256 << 20 });
  // Binary PPM: "P6\n<width> <height>\n255\n" then RGB triples.
  let offset = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    let end = offset;
    while (!/\s/.test(String.fromCharCode(ppm[end]))) end++;
    fields.push(ppm.toString('latin1', offset, end));
    offset = end + 1;
  }
  const [width, height] = [Number(fields[1]), Number(fields[2])];
  /** The longest inked run of row y: [start, length] in pixels. */
  const longestRun = (y: number, ink: Ink): [number, number] => {
    let run = 0;
    let best: [number, number] = [0, 0];
    for (let x = 0; x < width; x++) {
      const i = offset + 3 * (y * width + x);
      run = ink(ppm[i], ppm[i + 1], ppm[i + 2]) ? run + 1 : 0;
      if (run > best[1]) best = [x - run + 1, run];
    }
    return best;
  };
  /** Whether any pixel of row y between columns x0 and x1 is inked. */
  const inked = (y: number, x0: number, x1: number, ink: Ink) => {
    for (let x = Math.max(0, x0); x < Math.min(width, x1); x++) {
      const i = offset + 3 * (y * width + x);
      if (ink(ppm[i], ppm[i + 1], ppm[i + 2])) return true;
    }
    return false;
  };
  return { height, longestRun, inked, mmPerPx: 25.4 / dpi };
}

/** A box on the page in mm from its top-left corner. */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The top edge (mm from the page top) of the first red ink inside `box` on page `page`, read at 200 dpi; undefined when there is none. */
export function redInkTop(file: string, page: number, box: Box): number | undefined {
  const { height, inked, mmPerPx } = rasterise(file, page, 200);
  const px = (mm: number) => Math.round(mm / mmPerPx);
  for (let y = Math.max(0, px(box.top)); y < Math.min(height, px(box.bottom)); y++) if (inked(y, px(box.left), px(box.right), RED)) return y * mmPerPx;
  return undefined;
}

function rules(file: string, page: number, minLengthMm: number, ink: Ink, dpi = DPI): number[] {
  const { height, longestRun, mmPerPx } = rasterise(file, page, dpi);
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    if (longestRun(y, ink)[1] * mmPerPx >= minLengthMm && !rows.some((r) => Math.abs(r - y * mmPerPx) < 1.5)) rows.push(y * mmPerPx);
  }
  return rows;
}

/** A horizontal red line as printed: its edges in mm from the page's top-left corner. */
export type RuleBand = Box;

/**
 * Each red line at least `minLengthMm` long on page `page`, read at 400 dpi
 * (0.064 mm a pixel): consecutive rows of such runs make one line, so the two
 * lines of a double rule come apart and their thickness can be read.
 */
export function redBands(file: string, page: number, minLengthMm: number): RuleBand[] {
  const { height, longestRun, mmPerPx } = rasterise(file, page, 400);
  const bands: RuleBand[] = [];
  let open: RuleBand | undefined;
  for (let y = 0; y < height; y++) {
    const [start, length] = longestRun(y, RED);
    if (length * mmPerPx < minLengthMm) {
      open = undefined;
      continue;
    }
    const row = { top: y * mmPerPx, bottom: (y + 1) * mmPerPx, left: start * mmPerPx, right: (start + length) * mmPerPx };
    if (open) Object.assign(open, { bottom: row.bottom, left: Math.min(open.left, row.left), right: Math.max(open.right, row.right) });
    else bands.push((open = row));
  }
  return bands;
}

/**
 * The red shapes inside `box` on page `page` that stand apart from each other
 * across the page (seals in a row), read at 100 dpi: for each run of columns
 * holding red ink, its extent. Shapes that touch or overlap come out as one.
 */
export function redShapesAcross(file: string, page: number, box: Box): Box[] {
  const { height, inked, mmPerPx } = rasterise(file, page, 100);
  const px = (mm: number) => Math.round(mm / mmPerPx);
  const [y0, y1] = [Math.max(0, px(box.top)), Math.min(height, px(box.bottom))];
  const rowsOf = (x: number) => {
    const rows: number[] = [];
    for (let y = y0; y < y1; y++) if (inked(y, x, x + 1, RED)) rows.push(y);
    return rows;
  };
  const shapes: Box[] = [];
  let current: Box | undefined;
  for (let x = px(box.left); x <= px(box.right); x++) {
    const rows = x < px(box.right) ? rowsOf(x) : [];
    if (rows.length === 0) {
      if (current) shapes.push(current);
      current = undefined;
      continue;
    }
    const [top, bottom] = [rows[0] * mmPerPx, (rows[rows.length - 1] + 1) * mmPerPx];
    current = current
      ? { ...current, right: (x + 1) * mmPerPx, top: Math.min(current.top, top), bottom: Math.max(current.bottom, bottom) }
      : { left: x * mmPerPx, right: (x + 1) * mmPerPx, top, bottom };
  }
  return shapes;
}
