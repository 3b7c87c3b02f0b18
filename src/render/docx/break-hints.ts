/**
 * Office programs break a DOCX's lines by their own reading of Unicode (LibreOffice by ICU's UAX #14, Word and WPS
 * by theirs). Where that differs from the rules our PDF keeps (src/style/kinsoku.ts), the text carries the rule as
 * an invisible character:
 * - a zero-width space (U+200B, a break opportunity) after the × of a size, where ICU reads × as a letter of the
 *   word 1220mm×2440mm×15mm and would break it anywhere once it overruns its table column;
 * - a word joiner (U+2060, no break on either side) between the characters of a document number's 机关代字 and of
 *   its 〔year〕 and serial, which Word and LibreOffice would break like any Chinese text (闽质强|省办〔2023〕5号,
 *   〔2021〕|51号, 〔2023〕5|号); the one break left is before the 〔, where our PDF breaks too when keeping the number
 *   whole would letter-space a line (kinsoku.ts DOCUMENT_NUMBER). Unicode's word joiner is the one LibreOffice
 *   honours (measured): the zero-width joiner U+200D between the characters made it set one character a line.
 */
import { breaksAfterTimes, DOCUMENT_NUMBER, TIMES } from '../../style/kinsoku';

const ZERO_WIDTH_SPACE = '\u200b';
const WORD_JOINER = '\u2060';

const joined = (run: string) => [...run].join(WORD_JOINER);
const joinedParts = (_: string, designator: string, yearAndSerial: string) => joined(designator) + joined(yearAndSerial);

/** The hints as a reader of the DOCX's text drops them: they print as nothing. */
const HINTS = /[\u200b\u2060]/g;
export const withoutBreakHints = (text: string) => text.replace(HINTS, '');

/** `text` with the break hints the office programs need to break it where our PDF may, and only there. */
export function withBreakHints(text: string): string {
  let hinted = text.includes('〔') ? text.replace(DOCUMENT_NUMBER, joinedParts) : text;
  if (hinted.includes(TIMES)) {
    const chars = [...hinted];
    hinted = chars.map((ch, i) => (i > 0 && breaksAfterTimes(ch, chars[i + 1]) ? ch + ZERO_WIDTH_SPACE : ch)).join('');
  }
  return hinted;
}
