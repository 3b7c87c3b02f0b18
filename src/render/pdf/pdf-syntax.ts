/**
 * PDF objects as our writer holds them, and their bytes. A JS string is a
 * name, a number a number, an array an array, a plain object a dictionary
 * (its keys in order, an undefined value left out); strings and references
 * have classes of their own. Written exactly as pdf-lib writes them (dicts one
 * entry a line, arrays spaced, strings unescaped), so a notice whose objects
 * we write ourselves is byte for byte the file pdf-lib made of the same
 * objects, and one that also holds pdf-lib's (pictures, pages of attached
 * PDFs: see foreign.ts) reads the same throughout.
 */

/** An indirect reference, `N 0 R`. */
export class Ref {
  constructor(readonly number: number) {}
}

/** A literal string, `(…)`, of ASCII text: written as it is, unescaped. */
export class Literal {
  constructor(readonly text: string) {}
}

/** A hex string, `<…>`, of text in UTF-16BE with a byte-order mark (titles, outline entries). */
export class Hex {
  readonly digits: string;
  constructor(text: string) {
    let digits = 'FEFF';
    for (let i = 0; i < text.length; i++) digits += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
    this.digits = digits;
  }
}

export type PdfValue = number | string | boolean | null | Ref | Literal | Hex | PdfValue[] | PdfDict;
export interface PdfDict {
  [key: string]: PdfValue | undefined;
}

/** Bytes that are no delimiter, whitespace or `#` and may stand in a name as they are. */
const REGULAR = /^[!-~]$/;
const IRREGULAR = new Set('()<>[]{}/%#');

function name(value: string): string {
  let out = '/';
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    out += REGULAR.test(char) && !IRREGULAR.has(char) ? char : `#${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** A number as pdf-lib writes it: JavaScript's shortest form, but never in exponent notation. */
export function numberText(value: number): string {
  const text = String(value);
  if (!text.includes('e')) return text; // all but the exponent forms, without splitting the text (thousands per PDF)
  if (Math.abs(value) < 1) {
    const e = parseInt(text.split('e-')[1]);
    if (!e) return text;
    const digits = String(Math.abs(value) * Math.pow(10, e - 1)).substring(2);
    return `${value < 0 ? '-' : ''}0.${'0'.repeat(e - 1)}${digits}`;
  }
  const e = parseInt(text.split('+')[1]);
  if (!(e > 20)) return text;
  return String(value / Math.pow(10, e - 20)) + '0'.repeat(e - 20);
}

/** The PDF text of `value`; only its characters' low bytes are written (all ASCII but a literal's). */
export function serialise(value: PdfValue): string {
  switch (typeof value) {
    case 'number':
      return numberText(value);
    case 'string':
      return name(value);
    case 'boolean':
      return String(value);
  }
  if (value === null) return 'null';
  if (value instanceof Ref) return `${value.number} 0 R`;
  if (value instanceof Literal) return `(${value.text})`;
  if (value instanceof Hex) return `<${value.digits}>`;
  if (Array.isArray(value)) return `[ ${value.map((v) => `${serialise(v)} `).join('')}]`;
  let out = '<<\n';
  for (const key in value) {
    const entry = value[key];
    if (entry !== undefined) out += `${name(key)} ${serialise(entry)}\n`;
  }
  return `${out}>>`;
}

/** A date as PDF writes it, in UTC: `D:YYYYMMDDHHmmSSZ`. */
export function dateLiteral(date: Date): Literal {
  const two = (n: number) => String(n).padStart(2, '0');
  return new Literal(
    `D:${String(date.getUTCFullYear()).padStart(4, '0')}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z`,
  );
}
