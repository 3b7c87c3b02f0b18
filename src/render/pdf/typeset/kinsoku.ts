/**
 * Chinese line-breaking rules (禁则, GB/T 15834 punctuation) and how each
 * full-width punctuation mark sits in its character cell.
 */

/** May not start a line: closing brackets and quotes, pause and stop marks. */
const NO_LINE_START = new Set([...'，。、；：？！）》」』〕】〉”’…·%‰,.;:?!)]}']);
/** May not end a line: opening brackets and quotes. */
const NO_LINE_END = new Set([...'（《「『〔【〈“‘([{']);

/** Glyph sits in the left half of its cell: the right half may be squeezed out. */
const SITS_LEFT = new Set([...'，。、；：？！）》」』〕】〉”’']);
/** Glyph sits in the right half of its cell: the left half may be squeezed out. */
const SITS_RIGHT = new Set([...'（《「『〔【〈“‘']);

/** Marks that are set as a pair and never split: —— and ……. */
export const PAIRED = new Set([...'—…']);

export const cannotStartLine = (ch: string) => NO_LINE_START.has(ch);
export const cannotEndLine = (ch: string) => NO_LINE_END.has(ch);

export type CellAlign = 'left' | 'right' | 'center';

export function cellAlign(ch: string): CellAlign {
  if (SITS_LEFT.has(ch)) return 'left';
  if (SITS_RIGHT.has(ch)) return 'right';
  return 'center';
}

/** Half of a punctuation mark's cell is blank and may be squeezed out to make room (标点挤压). */
export const isCompressible = (ch: string) => SITS_LEFT.has(ch) || SITS_RIGHT.has(ch);

/** Characters set one per grid cell: CJK ideographs, kana, full-width forms and CJK punctuation. */
export function isFullWidth(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return (
    (cp >= 0x2e80 && cp <= 0x9fff) || // radicals, CJK symbols and punctuation, kana, ideographs, ext. A
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3ffff) ||
    '“”‘’—…·'.includes(ch)
  );
}
