/**
 * word/fontTable.xml naming the official faces with the alternative an office
 * machine usually has (仿宋_GB2312 → 仿宋, …) and the GB2312 character set.
 * Faces are never embedded: we may not redistribute them.
 */
import { OFFICIAL_FACES } from '../../style/gbt9704';
import { escapeXml } from '../xml-escape';

/** w:charset of GB2312 faces, and of Western ones. */
const CHARSET_GB2312 = '86';
const CHARSET_ANSI = '00';

function font(name: string, charset: string, alt?: string): string {
  const altName = alt ? `<w:altName w:val="${escapeXml(alt)}"/>` : '';
  return `<w:font w:name="${escapeXml(name)}">${altName}<w:charset w:val="${charset}"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`;
}

export function fontTableXml(): string {
  const faces = Object.values(OFFICIAL_FACES);
  const latin = [...new Set(faces.map((f) => f.latin))];
  const entries = [...faces.map((f) => font(f.name, CHARSET_GB2312, f.alt)), ...latin.map((name) => font(name, CHARSET_ANSI))];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    entries.join('') +
    '</w:fonts>'
  );
}
