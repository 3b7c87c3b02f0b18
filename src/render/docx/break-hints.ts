/**
 * Office programs break a DOCX's lines by their own reading of Unicode (LibreOffice by ICU's UAX #14, Word and WPS
 * by theirs). Where that differs from the rules our PDF keeps (src/style/kinsoku.ts), the text carries the rule as
 * an invisible character every one of them honours: a zero-width space (U+200B, a break opportunity) after the ×
 * of a size, where ICU reads × as a letter of the word 1220mm×2440mm×15mm and would break it anywhere once it
 * overruns its table column.
 */
import { breaksAfterTimes, TIMES } from '../../style/kinsoku';

const ZERO_WIDTH_SPACE = '\u200b';

/** `text` with the break hints the office programs need to break it where our PDF may. */
export function withBreakHints(text: string): string {
  if (!text.includes(TIMES)) return text;
  const chars = [...text];
  return chars.map((ch, i) => (i > 0 && breaksAfterTimes(ch, chars[i + 1]) ? ch + ZERO_WIDTH_SPACE : ch)).join('');
}
