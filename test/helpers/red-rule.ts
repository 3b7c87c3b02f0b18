/** Red rules on a rendered page: rasterised with pdftoppm, rows of red pixels measured in millimetres. */
import { execFileSync } from 'node:child_process';

const DPI = 72;
const MM_PER_PX = 25.4 / DPI;

/** Top edges (mm from the page top) of red horizontal runs at least `minLengthMm` long on page `page` (1-based). */
export function redRules(file: string, page: number, minLengthMm: number): number[] {
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
      run = ppm[i] > 180 && ppm[i + 1] < 110 && ppm[i + 2] < 110 ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    if (longest * MM_PER_PX >= minLengthMm && !rows.some((r) => Math.abs(r - y * MM_PER_PX) < 1.5)) rows.push(y * MM_PER_PX);
  }
  return rows;
}
