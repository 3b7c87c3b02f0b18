import { checkAssets, type AttachedPdf } from './assets/check-assets';
import type { SourceCheck } from './campaign/check-source';
import { readCampaignText } from './campaign/load';
import { hasErrors, type Problem } from './campaign/problem';
import { keep, keptFor, type TextCache } from './campaign/text-cache';
import type { Campaign } from './campaign/types';

export interface CheckedCampaign {
  campaign?: Campaign;
  source?: string;
  problems: Problem[];
  /** Some value is still marked 待填写: only a draft may be built. */
  unfinished?: boolean;
  /** Dotted paths of the values still marked 待填写, printed as blanks in a draft. */
  unfilled?: string[];
  /** Attached PDFs that checked out, with the pages each adds. */
  pdfs?: AttachedPdf[];
}

/** A check as kept in the cache folder: everything but the attached files, which may change without the text. */
interface KeptCheck {
  problems: Problem[];
  campaign?: Campaign;
  unfilled: string[];
}

const CHECKS: TextCache<KeptCheck> = {
  kind: 'check',
  madeBy: ['parse-yaml', 'check-source'],
  isValue: (v): v is KeptCheck =>
    typeof v === 'object' && v !== null && Array.isArray((v as KeptCheck).problems) && Array.isArray((v as KeptCheck).unfilled),
};

/** The text checked (check-source.ts, loaded only when the check is not kept), and kept for the next run. */
function checkNow(file: string, source: string): SourceCheck {
  const checked = (require('./campaign/check-source') as typeof import('./campaign/check-source')).checkSource(file, source);
  if (checked.loaded) {
    const { problems, campaign, unfilled } = checked;
    keep(CHECKS, file, source, checked.loaded.sourceMap.table, { problems, campaign, unfilled });
  }
  return checked;
}

function keptCheck(file: string, source: string): SourceCheck | undefined {
  const kept = keptFor(CHECKS, file, source);
  if (!kept) return undefined;
  const { problems, campaign, unfilled } = kept.value;
  return { problems: problems.map((p) => ({ ...p, file })), loaded: { file, source, data: campaign, sourceMap: kept.sourceMap }, campaign, unfilled };
}

/** load → validate → lint, then the files it attaches. A campaign is returned only when there is no error. */
export async function checkCampaignFile(file: string): Promise<CheckedCampaign> {
  const text = readCampaignText(file);
  if ('problem' in text) return { problems: [text.problem] };
  const { problems, loaded, campaign, unfilled } = keptCheck(file, text.source) ?? checkNow(file, text.source);
  if (!loaded) return { problems };
  const source = loaded.source;
  if (!campaign) return { problems, source };
  const assets = await checkAssets(campaign, loaded);
  const all = [...problems, ...assets.problems];
  return { campaign: hasErrors(all) ? undefined : campaign, problems: all, source, unfinished: unfilled.length > 0, unfilled, pdfs: assets.pdfs };
}
