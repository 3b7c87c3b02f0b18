/**
 * Titles (the notice's, each annex's, a forwarded notice's) and the 附注 may
 * use {{year}}, {{theme}} and {{deadline}}: they are expanded once, before
 * composing, so every place a title is printed or quoted (annex list, title
 * templates, forwarding sentence, DOCX and PDF properties) shows the same text.
 */
import type { AnnexSpec, Campaign, NoticeSpec } from '../campaign/types';
import { placeholderValues } from './notice';
import { expandPlaceholders } from './placeholders';

export function withTitleMarkupExpanded(campaign: Campaign): Campaign {
  // lint allows only {{year}}, {{theme}} and {{deadline}} here.
  const values = placeholderValues(campaign, campaign);
  const expand = (text: string) => expandPlaceholders(text, values);
  const annex = (a: AnnexSpec): AnnexSpec => (a.kind === 'notice' ? { ...notice(a), title: expand(a.title) } : { ...a, title: expand(a.title) });
  const notice = <T extends NoticeSpec>(spec: T): T => ({
    ...spec,
    ...(spec.title !== undefined && { title: expand(spec.title) }),
    ...(spec.remark !== undefined && { remark: expand(spec.remark) }),
    ...(spec.annexes && { annexes: spec.annexes.map(annex) }),
  });
  return notice(campaign);
}
