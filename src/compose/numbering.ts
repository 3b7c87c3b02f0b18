import type { HeadingLevel } from '../document/model';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Headings are numbered up to this; lint refuses more (a notice never has that many). */
export const MAX_HEADING_NUMBER = 999;

/** 1 → 一, 10 → 十, 12 → 十二, 35 → 三十五, 100 → 一百, 105 → 一百零五, 110 → 一百一十, 999 → 九百九十九. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_HEADING_NUMBER) throw new RangeError(`no Chinese numeral for ${n}`);
  if (n < 10) return DIGITS[n];
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor(n / 10) % 10;
  const ones = n % 10;
  if (hundreds === 0) return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
  const rest = tens === 0 ? (ones === 0 ? '' : `零${DIGITS[ones]}`) : `${DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
  return `${DIGITS[hundreds]}百${rest}`;
}

/** The circled numbers ① to ⑳ (U+2460–2473): the fifth level stops there (㉑ on are in another block, missing from most Chinese fonts). */
const CIRCLED_ONE = 0x2460;
export const MAX_CIRCLED_NUMBER = 20;

/** GB/T 9704 §7.3.3: 一、 （一） 1. （1） for levels 1 to 4; ① ② … (no mark after it) for the fifth level real notices use below them. */
export function headingNumber(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`;
    case 2:
      return `（${chineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
    case 5:
      if (!Number.isInteger(n) || n < 1 || n > MAX_CIRCLED_NUMBER) throw new RangeError(`no circled number for ${n}`);
      return String.fromCharCode(CIRCLED_ONE + n - 1);
  }
}
