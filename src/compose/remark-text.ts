/**
 * The 附注 and the 题注 as the notice prints them: in full-width parentheses (templates/remark.hbs), so one typed
 * with its own pair (（此件公开发布）, as copied from a printed notice, or (2024年修订) typed half-width) prints
 * them once, not twice, and full-width as the rest of the notice.
 */

/** The text inside the pair a clerk typed around the whole 附注 (full- or half-width), or undefined when there is none. */
export function insideTypedParentheses(remark: string): string | undefined {
  const s = remark.trim();
  if (!'（('.includes(s[0] ?? '') || !'）)'.includes(s[s.length - 1] ?? '')) return undefined;
  // the first parenthesis must close at the very end: （此件主动公开）, not （一）…（二）
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if ('（('.includes(s[i])) depth++;
    else if ('）)'.includes(s[i]) && --depth === 0) return i === s.length - 1 ? s.slice(1, -1).trim() : undefined;
  }
  return undefined;
}

/** A 附注 or 题注 without a typed pair around it: the words the notice puts in parentheses. */
export const remarkWords = (remark: string) => insideTypedParentheses(remark) ?? remark;
