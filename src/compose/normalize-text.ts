/**
 * Characters that are set on the Chinese grid: ideographs, CJK and full-width
 * punctuation, and the quotes, dashes and ellipsis Chinese text uses.
 */
const WIDE = '\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF\\u2018-\\u201F\\u2014\\u2026\\u00B7\\u3000';
const SPACE_NEXT_TO_WIDE = new RegExp(`[ \\t\\r\\n]+(?=[${WIDE}])|(?<=[${WIDE}])[ \\t\\r\\n]+`, 'g');
export const WIDE_CHAR = new RegExp(`[${WIDE}]`);

/**
 * ASCII whitespace next to a Chinese character carries no meaning (a YAML
 * line break inside a paragraph must not put a space into the notice); other
 * runs of whitespace, between Latin words or digits, become one space. The
 * ideographic space U+3000 is text, not whitespace: it is how a clerk writes
 * the gap in 加强市场监管　建设质量强省, and at a line's start how a form moves
 * （盖章） or 年　月　日 to the right: only ASCII whitespace is trimmed
 * (String.prototype.trim would take U+3000 too).
 */
export function normalizeText(text: string): string {
  return text.replace(SPACE_NEXT_TO_WIDE, '').replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '');
}

/**
 * The notice's own title keeps the line breaks its clerk wrote (a `title: |-`
 * of two lines): GB/T 9704 §7.3.1 breaks a title so that words stay whole and
 * the lines look balanced, and where the automatic breaking does not suit, the
 * drafter chooses. Each line is normalised as text is; empty lines are dropped.
 */
export function titleText(text: string): string {
  return text.split('\n').map(normalizeText).filter((line) => line !== '').join('\n');
}
