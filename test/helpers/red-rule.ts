/** Rules on a rendered page (red, or black like the colophon's): rasterised with pdftoppm, rows of inked pixels measured in millimetres. */
import { execFileSync } from 'node:child_process';

const DPI = 72;
const MM_PER_PX = 25.4 / DPI;

type Ink = (r: number, g: number, b: number) => boolean;
const RED: Ink = (r, g, b) => r > 180 && g < 110 && b < 110;
const BLACK: Ink = (r, g, b) => r < 100 && g < 100 && b < 100;

/** Top edges (mm from the page top) of red horizontal runs at least `minLengthMm` long on page `page` (1-based). */
export const redRules = (file: string, page: number, minLengthMm: number) => rules(file, page, minLengthMm, RED);
/** The same for black runs. */
export const blackRules = (file: string, page: number, minLengthMm: number) => rules(file, page, minLengthMm, BLACK);

function rules(file: string, page: number, minLengthMm: number, ink: Ink): number[] {
  const ppm = execFileSync('pdftoppm', ['-r', String(DPI), '-f', String(page), '-l', String(page), file], { maxBuffer: 64 << 20 });
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
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    let run = 0;
    let longest = 0;
    for (let x = 0; x < width; x++) {
      const i = offset + 3 * (y * width + x);
      run = ink(ppm[i], ppm[i + 1], ppm[i + 2]) ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    if (longest * MM_PER_PX >= minLengthMm && !rows.some((r) => Math.abs(r - y * MM_PER_PX) < 1.5)) rows.push(y * MM_PER_PX);
  }
  return rows;
}
