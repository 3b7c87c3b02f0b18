/** 2023-09-01 → 2023年9月1日: Arabic numerals, year in full, no leading zeros (§7.3.5). */
export function formatChineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** A date still to be filled in, as a draft prints it: room to write the numbers by hand. */
export const BLANK_DATE = '　　年　月　日';
