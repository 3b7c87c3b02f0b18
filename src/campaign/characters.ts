/**
 * Characters that print as nothing or reorder a line: zero-width characters,
 * bidirectional controls (U+202E turns a phone number round), C0/C1 control
 * characters and lone surrogates. Each is reported at its real line:col, also
 * when it is written as a YAML escape ("\u200b") inside double quotes.
 */
import type { LoadedFile } from './load';
import type { Report } from './problem';
import type { DataPath } from './source-map';

const NAMES: Record<number, string> = {
  0x00ad: '软连字符',
  0x061c: '阿拉伯文字方向标记',
  0x200b: '零宽空格',
  0x200c: '零宽不连字',
  0x200d: '零宽连字',
  0x200e: '从左到右标记',
  0x200f: '从右到左标记',
  0x2028: '行分隔符',
  0x2029: '段分隔符',
  0x202a: '从左到右嵌入',
  0x202b: '从右到左嵌入',
  0x202c: '方向格式结束',
  0x202d: '从左到右覆盖',
  0x202e: '从右到左覆盖',
  0x2060: '零宽不换行',
  0x2066: '从左到右隔离',
  0x2067: '从右到左隔离',
  0x2068: '方向隔离',
  0x2069: '方向隔离结束',
  0xfeff: '零宽不换行空格（BOM）',
};

/** What the character is, or undefined for a character that may stand in text. Tabs and line breaks are whitespace. */
function describe(code: number): string | undefined {
  if (code === 0x09 || code === 0x0a) return undefined;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return '控制字符';
  if (code >= 0xd800 && code <= 0xdfff) return '不成对的代理项（残缺的字符）';
  if (code >= 0x2061 && code <= 0x2064) return '不可见的数学运算符';
  return NAMES[code];
}

/** Every code unit describe() reports (a surrogate of a whole pair too): a scalar without one, and without escapes, is clean. */
const REPORTED = /[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]/;

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

const SIMPLE_ESCAPES: Record<string, number> = { '0': 0, a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, e: 27, N: 0x85, _: 0xa0, L: 0x2028, P: 0x2029 };

/** Each character of the scalar's source with its offset: escapes decoded in a double-quoted scalar. */
function* sourceChars(raw: string): Generator<{ code: number; at: number; written: string }> {
  const quoted = raw.startsWith('"');
  for (let i = 0; i < raw.length; ) {
    if (quoted && raw[i] === '\\') {
      const m = /^\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/s.exec(raw.slice(i, i + 10));
      if (m) {
        const code = m[1] || m[2] || m[3] ? parseInt(m[1] ?? m[2] ?? m[3], 16) : SIMPLE_ESCAPES[m[4]];
        if (code !== undefined) yield { code, at: i, written: m[0] };
        i += m[0].length;
        continue;
      }
    }
    const code = raw.codePointAt(i)!;
    yield { code, at: i, written: String.fromCodePoint(code) };
    i += code > 0xffff ? 2 : 1;
  }
}

export function checkCharacters(loaded: LoadedFile, p: DataPath, report: Report): void {
  const raw = loaded.sourceMap.rawScalar(p, loaded.source);
  if (!raw) return;
  // Almost every scalar is clean: one regular expression instead of decoding it character by character.
  if (!REPORTED.test(raw.text) && !(raw.text.startsWith('"') && raw.text.includes('\\'))) return;
  const chars = [...sourceChars(raw.text)];
  chars.forEach((c, k) => {
    // A surrogate pair written as two escapes ("\ud83d\ude00") is one character.
    const next = chars[k + 1];
    const prev = chars[k - 1];
    if (c.code >= 0xd800 && c.code <= 0xdbff && next && next.code >= 0xdc00 && next.code <= 0xdfff) return;
    if (c.code >= 0xdc00 && c.code <= 0xdfff && prev && prev.code >= 0xd800 && prev.code <= 0xdbff) return;
    const what = describe(c.code);
    if (!what) return;
    const shown = c.written.startsWith('\\') ? `“${c.written}”` : hex(c.code);
    report('error', loaded.sourceMap.position(raw.start + c.at), 'invisible-character',
      `文字中有看不见或会打乱文字顺序的字符 ${shown}（${what}）`,
      `invisible or control character ${hex(c.code)}`,
      '删除这个字符：它不会正常打印；从网页或微信复制来的文字常带有它，可重新输入这段文字');
  });
}
