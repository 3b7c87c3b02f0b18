/**
 * A campaign with its inline markup ({{theme}}, {{year}}, {{ref:…}},
 * {{contact}}, {{deadline}}) replaced as the notice prints it, so that the
 * diff compares what a reader sees: `2023` and `{{year}}` are the same text.
 */
import type { Campaign, NoticeSpec } from '../campaign/types';
import { placeholderValues } from '../compose/notice';
import { expandPlaceholders, type PlaceholderValues } from '../compose/placeholders';

function expanded<T>(x: T, values: PlaceholderValues): T {
  if (typeof x === 'string') return (x.includes('{{') ? expandPlaceholders(x, values) : x) as T;
  if (Array.isArray(x)) return x.map((y) => expanded(y, values)) as T;
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, expanded(v, values)])) as T;
  return x;
}

/** Each notice's text with its own values; a forwarded notice bound as an annex has its own annexes and contact. */
function expandNotice<N extends NoticeSpec>(spec: N, campaign: Campaign): N {
  const values = placeholderValues(spec, campaign);
  const annexes = spec.annexes?.map((a) => (a.kind === 'notice' ? expandNotice(a, campaign) : expanded(a, values)));
  return { ...expanded({ ...spec, annexes: undefined }, values), annexes };
}

export const expandCampaign = (campaign: Campaign): Campaign => expandNotice(campaign, campaign);
