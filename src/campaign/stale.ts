/**
 * Values `gongwen new` carried over from last year that may be out of date
 * (the theme, slogans, text naming a year, a date or another issuer's
 * document number) carry a line-end comment `# 待核对 1a2b`, where 1a2b is a
 * fingerprint of the value as it was. `check` warns while the value is
 * unchanged and the comment is there: changing the value, or deleting the
 * comment once the value is confirmed, settles it.
 */
import { normalizeText } from '../compose/normalize-text';
import { fieldLabel } from './field-label';
import type { LoadedFile } from './load';
import type { Report } from './problem';
import type { DataPath } from './source-map';

export const STALE = '待核对';
const MARK = new RegExp(`^\\s*${STALE}\\s+([0-9a-f]{4})\\s*$`);

/** 16 bits of FNV-1a over the value as printed: enough to tell an edited value from the one marked. */
export function fingerprint(value: string): string {
  let h = 0x811c9dc5;
  for (const ch of normalizeText(value)) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h >>> 16).toString(16).padStart(4, '0');
}

/** The comment `gongwen new` puts after a value to be confirmed. */
export const staleComment = (value: string) => ` ${STALE} ${fingerprint(value)}`;

/** Text that names a year, a day or another issuer's document number may be last year's. */
export const DATED_TEXT = /(?:19|20)\d{2}|\d{1,2}月\d{1,2}日|\d{1,2}月[上中下]旬|\d{1,2}月底|〔\d{4}〕\d+号/;

export function checkStale(loaded: LoadedFile, data: unknown, p: DataPath, value: string, report: Report): void {
  const m = MARK.exec(loaded.sourceMap.commentAt(p) ?? '');
  if (!m || m[1] !== fingerprint(value)) return;
  report('warning', loaded.sourceMap.valueAt(p), 'to-confirm', `${fieldLabel(data, p)}沿用了去年的内容，${STALE}`,
    'carried over from last year: change it or confirm it', `改成今年的内容；内容无误时，删去行尾的“# ${STALE} ${m[1]}”即为确认`);
}
