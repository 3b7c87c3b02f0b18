import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Excel reads a font's properties in one order only (MS-OI29500 §2.1.706 on ECMA-376 Part 1 §18.8.22, where
 * the standard allows any): exceljs writes its default font's color, family and scheme before sz and name,
 * which the Open XML SDK and Excel's own reader refuse.
 */
const ORDER = ['b', 'i', 'strike', 'condense', 'extend', 'outline', 'shadow', 'u', 'vertAlign', 'sz', 'color', 'name', 'family', 'charset', 'scheme'];
const STYLES = 'xl/styles.xml';

function orderFont(children: string): string {
  const parts = children.match(/<\w+(?:\s[^>]*)?\/>/g) ?? [];
  // A property with content of its own is left as written: exceljs writes none.
  if (parts.join('') !== children) return children;
  const rank = (part: string) => ORDER.indexOf(/^<(\w+)/.exec(part)![1]);
  return parts.sort((a, b) => rank(a) - rank(b)).join('');
}

/** The workbook with every font's properties in Excel's order; nothing else in it changes. */
export function withExcelFontOrder(xlsx: Uint8Array): Uint8Array {
  const files = unzipSync(xlsx);
  const styles = strFromU8(files[STYLES]);
  const ordered = styles.replace(/<font>(.*?)<\/font>/g, (_, children: string) => `<font>${orderFont(children)}</font>`);
  return ordered === styles ? xlsx : zipSync({ ...files, [STYLES]: strToU8(ordered) });
}
