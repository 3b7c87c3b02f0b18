/** Where a solid blue test picture shows on each rendered page (pdftoppm, colour), in mm from the page's top-left corner. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './cli';

export interface BlueBox {
  page: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** The blue area of each page that has one, read at `dpi`. */
export function blueBoxes(pdf: string, dpi: number): BlueBox[] {
  const dir = tempDir('gongwen-pages-');
  execFileSync('pdftoppm', ['-r', String(dpi), pdf, path.join(dir, 'p')]);
  const mm = 25.4 / dpi;
  const boxes: BlueBox[] = [];
  for (const [i, name] of readdirSync(dir).sort().entries()) {
    const ppm = readFileSync(path.join(dir, name));
    const m = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString('latin1', 0, 40))!;
    const [w, h] = [+m[1], +m[2]];
    const data = ppm.subarray(m[0].length);
    let [x0, y0, x1, y1] = [w, h, -1, -1];
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const p = (y * w + x) * 3;
        if (data[p] < 90 && data[p + 1] < 90 && data[p + 2] > 180) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
      }
    }
    if (x1 >= 0) boxes.push({ page: i + 1, left: x0 * mm, top: y0 * mm, right: (x1 + 1) * mm, bottom: (y1 + 1) * mm, width: (x1 - x0 + 1) * mm, height: (y1 - y0 + 1) * mm });
  }
  return boxes;
}
