/**
 * Clause-level similarity between a seed (OCR text of a real notice) and our
 * text rendering, as issue 2 defines it:
 *
 * 1. Normalise both texts: Unicode NFKC (full-width and half-width forms of
 *    letters, digits and punctuation become the same), unify quote and dash
 *    variants, drop OCR/markdown debris (HTML tags, `#`, `*`, `---`), and
 *    remove all whitespace (OCR page breaks split sentences across lines, and
 *    spacing is not text).
 * 2. Split into clauses at Chinese and Latin clause punctuation
 *    (，。；：、！？ and their half-width forms); drop empty clauses and
 *    bare numbers (page numbers, list markers).
 * 3. Compare the two clause *sets* (the OCR repeats whole blocks at page
 *    breaks; a repeated clause is still one clause) with the Dice
 *    coefficient: 2·|seed ∩ ours| / (|seed| + |ours|).
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

export function clauses(text: string): Set<string> {
  return new Set(
    normaliseForComparison(text)
      .split(/[,.;:、!?。，；：！？]/)
      .filter((c) => c.length > 0 && !/^\d+$/.test(c)),
  );
}

export function clauseSimilarity(seed: string, ours: string): { score: number; missing: string[]; extra: string[] } {
  const a = clauses(seed);
  const b = clauses(ours);
  const common = [...a].filter((c) => b.has(c));
  return {
    score: (2 * common.length) / (a.size + b.size),
    missing: [...a].filter((c) => !b.has(c)),
    extra: [...b].filter((c) => !a.has(c)),
  };
}
