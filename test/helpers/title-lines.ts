/** A title's printed lines read back with pdftotext -bbox-layout (title-breaks, annex-title-breaks). */
import { TOLERANCE, type Renderer } from './both-renderers';
import { MM } from './pdf-geometry';
import type { PdfLine } from './pdf-poppler';

const squash = (s: string) => s.replace(/\s+/g, '');
/** Page centre in mm: a title line is centred on the text block (28–184 mm). */
const CENTRE = (MM.left + MM.right) / 2;
/** Height of a 二号 (22 pt) line as poppler boxes it: the em in our PDF, the font's ascent and descent (9.1 mm) in LibreOffice's. */
export const TITLE_EM = 22 * MM.pt;
export const isTitleSize = (l: PdfLine) => l.bottom - l.top > TITLE_EM - 0.3 && l.bottom - l.top < 9.5;

/** The lines read are `expected`, each centred on the text block, one title line below the other at an even pitch. */
export function expectTitleLines(lines: PdfLine[], expected: readonly string[], which: Renderer): void {
  expect(lines.map((l) => squash(l.text))).toEqual(expected);
  for (const l of lines) expect(Math.abs((l.left + l.right) / 2 - CENTRE)).toBeLessThan(TOLERANCE[which] + 0.5);
  const pitches = lines.slice(1).map((l, i) => l.top - lines[i].top);
  for (const p of pitches) expect(Math.abs(p - pitches[0])).toBeLessThan(TOLERANCE[which]);
  expect(pitches[0]).toBeGreaterThan(TITLE_EM);
}
