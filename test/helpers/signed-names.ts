/**
 * A joint notice's names under their seals, read back from a PDF: a name on one line, or in two lines one under
 * the other, centred alike (a name wider than its seal's column, src/arrange/signature.ts).
 */
import type { PdfLine } from './pdf-poppler';

const PITCH = 225 / 22;
const squash = (s: string) => s.replace(/\s+/g, '');
const centre = (b: PdfLine) => (b.left + b.right) / 2;

export interface SignedName {
  /** All its lines: text the whole name. */
  box: PdfLine;
  /** Its last line, the one its seal is centred on. */
  line: PdfLine;
  /** How many lines it takes. */
  lines: number;
}

/** Every place `name` is printed among `words` (one page's, or all pages'), whole or in two lines. */
export function signedName(words: PdfLine[], name: string): SignedName[] {
  const whole = words.filter((w) => squash(w.text) === squash(name)).map((w) => ({ box: w, line: w, lines: 1 }));
  const split = words.flatMap((upper) =>
    squash(name).startsWith(squash(upper.text)) && squash(upper.text) !== squash(name)
      ? words
          .filter((lower) => lower.page === upper.page && Math.abs(lower.top - upper.top - PITCH) < 2 && Math.abs(centre(lower) - centre(upper)) < 2 && squash(upper.text) + squash(lower.text) === squash(name))
          .map((lower) => ({
            box: { page: upper.page, text: name, left: Math.min(upper.left, lower.left), right: Math.max(upper.right, lower.right), top: upper.top, bottom: lower.bottom },
            line: lower,
            lines: 2,
          }))
      : [],
  );
  return [...whole, ...split];
}
