/** 2023-09-01 → 2023年9月1日: Arabic numerals, year in full, no leading zeros (§7.3.5). */
export function formatChineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
