import type { AnnexSpec, Campaign, NoticeAnnex } from '../campaign/types';
import type { Document } from '../document/model';
import { annexLabels } from './annex-labels';
import { documentNumber } from './document-number';
import { composeNotice, minutesMark, orderMark, orderNumber, type ComposeContext } from './notice';
import { normalizeText } from './normalize-text';
import { documentKind, quotedTitle } from './quoted-title';
import { renderTemplate } from './templates';
import { withTitleMarkupExpanded } from './title-markup';

/** The annex holding the notice a forwarding notice passes on. */
export function forwardedAnnex(campaign: Campaign): NoticeAnnex | undefined {
  const annex = campaign.annexes?.find((a) => a.id === campaign.forwards);
  return annex?.kind === 'notice' ? annex : undefined;
}

/** The activity a title names when the campaign names none: the seeds' 质量月. */
const DEFAULT_ACTIVITY = '“质量月”活动';

/** The annex a notice publishes (印发), whose title its own title quotes. */
export function publishedAnnex(campaign: Campaign): AnnexSpec | undefined {
  return campaign.annexes?.find((a) => a.id === campaign.publishes);
}

/** Minutes without a title of their own (§10.3): the 纪要标志 stands as their title. */
const untitledMinutes = (campaign: Campaign) => !campaign.title && campaign.header?.format === 'minutes';
/** An order prints no title (§10.2): its mark and 令号 name it. */
const isOrder = (campaign: Campaign) => campaign.header?.format === 'order';

export function campaignTitle(campaign: Campaign): string {
  if (campaign.title) return normalizeText(campaign.title);
  if (untitledMinutes(campaign)) return minutesMark(campaign);
  if (isOrder(campaign)) return `${orderMark(campaign)}（${orderNumber(campaign)}）`;
  const [lead, ...others] = campaign.issuers;
  // A joint notice is titled by its lead issuer's short name and 等 (质检总局等关于……).
  const joint = campaign.kind === 'joint' && others.length > 0;
  const issuer = joint ? lead.signAs ?? lead.name : lead.name;
  const scope = campaign.scope ? normalizeText(campaign.scope) : '';
  const activity = campaign.activity ? normalizeText(campaign.activity) : DEFAULT_ACTIVITY;
  const published = publishedAnnex(campaign);
  switch (campaign.kind) {
    case 'forward':
      return renderTemplate('title-forward', { issuer, forwardedTitle: normalizeText(forwardedAnnex(campaign)?.title ?? '') });
    case 'plan':
      return renderTemplate('title-plan', { scope, year: campaign.year, activity });
    default:
      if (published) return renderTemplate('title-publish', { issuer, joint, quotedTitle: quotedTitle(normalizeText(published.title)) });
      return renderTemplate('title-notice', { issuer, joint, year: campaign.year, scope, activity });
  }
}

/** The generated 转发语 (现将《…》（文号）（以下简称《通知》，见附件1）转发给你们。) of a forwarding notice. */
function generated(campaign: Campaign): string | undefined {
  const forwarded = forwardedAnnex(campaign);
  if (campaign.kind !== 'forward' || !forwarded) return undefined;
  const title = normalizeText(forwarded.title);
  return renderTemplate('forward-opening', {
    quotedTitle: quotedTitle(title),
    kind: documentKind(title),
    number: forwarded.number ? documentNumber(forwarded.number, forwarded.issuers) : undefined,
    ref: annexLabels(campaign.annexes ?? []).get(forwarded.id),
  });
}

/** The generated 转发语 of a campaign as written, unless its clerk words it: the build names forwardSentence where it sets badly. */
export const generatedForwardSentence = (written: Campaign) => (written.forwardSentence ? undefined : generated(withTitleMarkupExpanded(written)));

/** A forwarding notice opens with its 转发语, as the clerk words it (forwardSentence) or generated, then the opening. */
function openingText(campaign: Campaign): string | undefined {
  const forwarding = campaign.kind === 'forward' && !!forwardedAnnex(campaign);
  const sentence = forwarding ? campaign.forwardSentence ?? generated(campaign) : undefined;
  if (!sentence) return campaign.opening;
  return campaign.opening ? `${sentence}${campaign.opening}` : sentence;
}

/** Campaign (validated, linted) → Document. Pure: no I/O beyond reading the templates. */
/** `unfilled`: dotted paths of values still marked 待填写 (see takeUnfilled), printed as blanks. */
export function composeDocument(written: Campaign, baseDir: string, unfilled: string[] = []): Document {
  const campaign = withTitleMarkupExpanded(written);
  const ctx: ComposeContext = { baseDir, campaign, unfilled: new Set(unfilled) };
  const title = campaignTitle(campaign);
  return {
    meta: {
      title,
      author: campaign.issuers[0].name,
      subject: campaign.theme ? normalizeText(campaign.theme) : title,
      keywords: campaign.keywords ?? [],
      // Unsigned minutes are dated by their printing (印发日期).
      date: campaign.signature?.date ?? campaign.colophon?.printDate ?? `${campaign.year}-01-01`,
      draft: campaign.status === 'draft',
    },
    notice: {
      ...(campaign.label ? { label: campaign.label } : {}),
      // The printed title keeps the clerk's line breaks (titleText); the properties and bookmark carry it on one line.
      ...composeNotice(campaign, untitledMinutes(campaign) || isOrder(campaign) ? undefined : campaign.title ?? title, openingText(campaign), ctx),
    },
  };
}
