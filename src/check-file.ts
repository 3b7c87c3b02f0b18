import { checkAssets, type AttachedPdf } from './assets/check-assets';
import type { SourceCheck } from './campaign/check-source';
import { readCampaignText } from './campaign/load';
import { hasErrors, type Problem } from './campaign/problem';
import { keep, lastKept, type Kept, type TextCache } from './campaign/text-cache';
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

/**
 * A check as kept in the cache folder: everything but the attached files, which may change without the text; and
 * the data as parsed, for checking the text again after an edit (campaign/reparse-edit.ts).
 */
interface KeptCheck {
  problems: Problem[];
  campaign?: Campaign;
  unfilled: string[];
  parsedData?: string;
}
type LastCheck = Kept<KeptCheck> & { source: string };

const CHECKS: TextCache<KeptCheck> = {
  kind: 'check',
  madeBy: ['parse-yaml', 'check-source'],
  isValue: (v): v is KeptCheck =>
    typeof v === 'object' && v !== null && Array.isArray((v as KeptCheck).problems) && Array.isArray((v as KeptCheck).unfilled) &&
    ['string', 'undefined'].includes(typeof (v as KeptCheck).parsedData),
};

/**
 * The text checked (check-source.ts, loaded only when the check is not kept), and kept for the next run. The check
 * kept for the file's text before an edit lends its parse.
 */
function checkNow(file: string, source: string, last: LastCheck | undefined): SourceCheck {
  const parsedData = last?.value.parsedData;
  const lastParse = parsedData === undefined ? undefined : { source: last!.source, table: last!.sourceMap.table, data: parsedData };
  const checked = (require('./campaign/check-source') as typeof import('./campaign/check-source')).checkSource(file, source, lastParse);
  if (checked.loaded) {
    const { problems, campaign, unfilled } = checked;
    keep(CHECKS, file, source, checked.loaded.sourceMap.table, { problems, campaign, unfilled, parsedData: checked.parsedData });
  }
  return checked;
}

function keptCheck(file: string, source: string, kept: LastCheck): SourceCheck {
  const { problems, campaign, unfilled } = kept.value;
  return { problems: problems.map((p) => ({ ...p, file })), loaded: { file, source, data: campaign, sourceMap: kept.sourceMap }, campaign, unfilled };
}

/** load → validate → lint, then the files it attaches. A campaign is returned only when there is no error. */
export async function checkCampaignFile(file: string): Promise<CheckedCampaign> {
  const text = readCampaignText(file);
  if ('problem' in text) return { problems: [text.problem] };
  const last = lastKept(CHECKS, file);
  const { problems, loaded, campaign, unfilled } = last?.source === text.source ? keptCheck(file, text.source, last) : checkNow(file, text.source, last);
  if (!loaded) return { problems };
  const source = loaded.source;
  if (!campaign) return { problems, source };
  const assets = await checkAssets(campaign, loaded);
  const all = [...problems, ...assets.problems];
  return { campaign: hasErrors(all) ? undefined : campaign, problems: all, source, unfinished: unfilled.length > 0, unfilled, pdfs: assets.pdfs };
}
