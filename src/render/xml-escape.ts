const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };
// eslint-disable-next-line no-control-regex
const ESCAPED = /[&"<>\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;

/**
 * Text for element content or a double-quoted attribute value, in every part we write (DOCX, XLSX, core.xml,
 * the redline): & " < > escaped, and the characters XML 1.0 forbids (C0 controls other than tab, line feed and
 * carriage return; U+FFFE, U+FFFF) left out, as one would make the whole part unreadable. `check` reports such
 * a character in a campaign as an error at its line:col (src/campaign/characters.ts); this keeps a package valid
 * whatever else reaches it (a font's name, a sheet's).
 */
export const escapeXml = (s: string) => s.replace(ESCAPED, (c) => ESCAPES[c] ?? '');
