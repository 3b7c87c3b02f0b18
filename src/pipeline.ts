import path from 'node:path';
import { checkAssets, type AttachedPdf } from './assets/check-assets';
import { lintCampaign } from './campaign/lint';
import { loadCampaignFile } from './campaign/load';
import { hasErrors, type Problem } from './campaign/problem';
import { takeUnfilled } from './campaign/unfilled';
import { validateCampaign } from './campaign/validate';
import type { Campaign } from './campaign/types';
import { composeDocument } from './compose';
import type { Document } from './document/model';

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

/** load → validate → lint. A campaign is returned only when there is no error. */
export async function checkCampaignFile(file: string): Promise<CheckedCampaign> {
  const loaded = await loadCampaignFile(file);
  if (!loaded.ok) return { problems: loaded.problems };
  const unfilled = takeUnfilled(loaded.loaded);
  const { campaign, problems } = validateCampaign(loaded.loaded);
  const all = [...loaded.problems, ...unfilled.problems, ...problems];
  const source = loaded.loaded.source;
  if (!campaign || hasErrors(all)) return { problems: all, source };
  all.push(...lintCampaign(campaign, loaded.loaded));
  const assets = await checkAssets(campaign, loaded.loaded);
  all.push(...assets.problems);
  const unfinished = unfilled.paths.length > 0;
  return { campaign: hasErrors(all) ? undefined : campaign, problems: all, source, unfinished, unfilled: unfilled.paths, pdfs: assets.pdfs };
}

/** The whole front half of the pipeline: a campaign file to its Document. */
export async function documentFromFile(file: string): Promise<CheckedCampaign & { document?: Document }> {
  const checked = await checkCampaignFile(file);
  if (!checked.campaign) return checked;
  const document = composeDocument(checked.campaign, path.dirname(path.resolve(file)), checked.unfilled);
  if (checked.unfinished) document.meta.draft = true;
  return { ...checked, document };
}
