/**
 * Which inline markup each text field takes. Body text (opening, 转发语, sections,
 * slogans, document annexes, tables, form filler, captions) takes all of
 * {{ref:id}} {{contact}} {{deadline}} {{theme}} {{year}}; titles and the 附注
 * take the values that can stand in a heading ({{year}} {{theme}} {{deadline}});
 * every other field (names, addressees, contact, signature, 版记, keywords,
 * paths) takes none, so that no `{{` is ever printed as written.
 */
import { parsePlaceholder, PLACEHOLDER } from '../compose/placeholders';
import type { Report } from './problem';
import type { DataPath, Position } from './source-map';

export type MarkupScope = 'body' | 'title' | 'none';

const BODY_FIELDS = new Set(['opening', 'forwardSentence', 'body', 'filler', 'caption']);

export function markupScope(p: DataPath): MarkupScope {
  if (p.some((k) => typeof k === 'string' && BODY_FIELDS.has(k))) return 'body';
  const last = p[p.length - 1];
  // A slogans annex's items: annexes.N.items.M (addressee groups also have items, not under annexes).
  if (typeof last === 'number' && p[p.length - 2] === 'items' && p[p.length - 4] === 'annexes') return 'body';
  if (last === 'title' || last === 'remark') return 'title';
  return 'none';
}

/** Placeholders a title-like field may use. */
export const TITLE_VALUES = new Set(['year', 'theme', 'deadline']);

/** Markup where the field takes none, or not this one, and any `{{` that opens no placeholder. */
export function checkMarkupPlacement(p: DataPath, text: string, report: Report, where: (needle: string) => Position): void {
  const scope = markupScope(p);
  for (const m of text.matchAll(PLACEHOLDER)) {
    const ph = parsePlaceholder(m[1]);
    if (scope === 'none') {
      report('error', where(m[0]), 'markup-not-here', `这里不能使用标记“${m[0]}”，它会按原样印出`, `markup ${m[0]} is not expanded in this field`,
        '标记只在正文、标题和附注中替换；这里请直接写出内容');
    } else if (scope === 'title' && ph.kind !== 'unknown' && !(ph.kind === 'value' && TITLE_VALUES.has(ph.name))) {
      report('error', where(m[0]), 'markup-not-in-title', `标题和附注中不能使用“${m[0]}”`, `${m[0]} cannot stand in a title or remark`,
        '标题和附注中只能用 {{year}}、{{theme}}、{{deadline}}；引用附件、联系方式请写在正文中');
    }
  }
  const stray = text.replace(PLACEHOLDER, (w) => ' '.repeat(w.length)).indexOf('{{');
  if (stray >= 0) {
    const needle = text.slice(stray, stray + 2 + Math.max(0, text.slice(stray + 2).search(/\s|$/)));
    report('error', where(needle), 'unclosed-markup', `“{{”没有配对的“}}”，会按原样印出`, 'unclosed "{{"',
      '标记写作 {{year}} 这样的完整形式；文字中本来就要印出花括号时，请改用全角“｛”');
  }
}
