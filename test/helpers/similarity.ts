/**
 * How closely our text rendering reproduces a source notice (the OCR text of
 * a real notice, test/fixtures/sources/).
 *
 * 1. Normalise both texts: Unicode NFKC (full-width and half-width forms of
 *    letters, digits and punctuation become the same), unify quote and dash
 *    variants, drop OCR/markdown debris (HTML tags, `#`, `*`, `---`), and
 *    remove all whitespace (OCR page breaks split sentences across lines, and
 *    spacing is not text).
 * 2. Split into clauses at Chinese and Latin clause punctuation
 *    (，。；：、！？ and their half-width forms); drop empty clauses and
 *    bare numbers (page numbers, list markers).
 * 3. Score the two clause *sequences* by their longest common subsequence:
 *    2·LCS / (|source| + |ours|). Order counts (a reversed or shuffled text
 *    scores low) and so does repetition (every extra copy of a clause
 *    lengthens ours and matches nothing).
 *
 * Landmarks are checked exactly on top of that: every date, document number
 * and 一、/（一） heading of the source must appear in ours, in the source's order.
 */
export function normaliseForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/<[^>]*>/g, '')
    .replace(/^-{3,}$/gm, '')
    .replace(/[#*]/g, '')
    .replace(/[“”„‟"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/[—–]+/g, '—')
    .replace(/\s+/g, '');
}

export function clauses(text: string): string[] {
  return normaliseForComparison(text)
    .split(/[,.;:、!?。，；：！？]/)
    .filter((c) => c.length > 0 && !/^\d+$/.test(c));
}

/** Which items of `a` a longest common subsequence of `a` and `b` keeps (classic dynamic programme, one bit row per item of `a`). */
function lcsKept(a: string[], b: string[]): boolean[] {
  const ids = new Map<string, number>();
  const id = (s: string) => ids.get(s) ?? (ids.set(s, ids.size), ids.size - 1);
  const x = a.map(id);
  const y = b.map(id);
  const width = y.length + 1;
  // lengths[i * width + j] = LCS of x[..i] and y[..j]
  const lengths = new Uint32Array((x.length + 1) * width);
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const k = i * width + j;
      lengths[k] = x[i - 1] === y[j - 1] ? lengths[k - width - 1] + 1 : Math.max(lengths[k - width], lengths[k - 1]);
    }
  }
  const kept = new Array<boolean>(x.length).fill(false);
  for (let i = x.length, j = y.length; i > 0 && j > 0; ) {
    if (x[i - 1] === y[j - 1]) {
      kept[--i] = true;
      j--;
    } else if (lengths[(i - 1) * width + j] >= lengths[i * width + j - 1]) i--;
    else j--;
  }
  return kept;
}

export interface Similarity {
  score: number;
  /** Source clauses the common subsequence leaves out, in source order. */
  missing: string[];
}

export function clauseSimilarity(source: string, ours: string): Similarity {
  const a = clauses(source);
  const b = clauses(ours);
  const kept = lcsKept(a, b);
  const common = kept.filter(Boolean).length;
  return { score: (2 * common) / (a.length + b.length), missing: a.filter((_, i) => !kept[i]) };
}

const NUMERAL = '[一二三四五六七八九十]+';
const HEADING = new RegExp(`^\\s*(?:${NUMERAL}、|（${NUMERAL}）)`);

export interface Landmark {
  text: string;
  /**
   * A printing date (…日印发) belongs to the colophon, which GB/T 9704 puts
   * after the annexes while a scan may have it anywhere: it only has to be there.
   */
  anywhere: boolean;
}

/**
 * The dates, document numbers and headings of a text, normalised, in the
 * order they occur. A heading runs to its first full stop (a run-in
 * heading is followed by its paragraph) or to the end of its line.
 */
export function landmarks(text: string): Landmark[] {
  const found: { at: number; text: string }[] = [];
  // A document number may be broken across lines by the OCR; its issuer prefix is the Han text on its own line.
  for (const m of text.matchAll(/[\u4e00-\u9fff]*[〔[]\s*\d{4}\s*[〕\]]\s*\d+\s*号/g)) found.push({ at: m.index!, text: m[0] });
  for (const m of text.matchAll(/(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*印发)?/g)) found.push({ at: m.index!, text: m[0] });
  let offset = 0;
  for (const line of text.split('\n')) {
    if (HEADING.test(line)) found.push({ at: offset, text: line.split('。')[0] });
    offset += line.length + 1;
  }
  return found
    .sort((p, q) => p.at - q.at)
    .map((l) => normaliseForComparison(l.text))
    .filter(Boolean)
    .map((t) => ({ text: t, anywhere: t.endsWith('印发') }));
}

/** The source's landmarks that ours lacks, or has only before an earlier landmark (out of order). */
export function landmarksOutOfPlace(source: string, ours: string): string[] {
  const text = normaliseForComparison(ours);
  const lacking: string[] = [];
  let cursor = 0;
  for (const mark of landmarks(source)) {
    const at = text.indexOf(mark.text, mark.anywhere ? 0 : cursor);
    if (at < 0) lacking.push(mark.text);
    // A landmark may hold another (a date in a heading): the next one need only start after this one starts.
    else if (!mark.anywhere) cursor = at + 1;
  }
  return lacking;
}
