let segmenter: Intl.Segmenter | undefined; // loading the Chinese word dictionary takes a while: only when words are needed

/** Chinese text split into words (Intl.Segmenter's dictionary), the pieces in order. */
export function chineseWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)].map((s) => s.segment);
}
