import path from 'node:path';
import { lintCampaign } from './campaign/lint';
import { loadCampaignFile } from './campaign/load';
import { hasErrors, type Problem } from './campaign/problem';
import { validateCampaign } from './campaign/validate';
import type { Campaign } from './campaign/types';
import { composeDocument } from './compose';
import type { Document } from './document/model';

export interface CheckedCampaign {
  campaign?: Campaign;
  source?: string;
  problems: Problem[];
}

/** load → validate → lint. A campaign is returned only when there is no error. */
export async function checkCampaignFile(file: string): Promise<CheckedCampaign> {
  const loaded = await loadCampaignFile(file);
  if (!loaded.ok) return { problems: loaded.problems };
  const { campaign, problems } = validateCampaign(loaded.loaded);
  const all = [...loaded.problems, ...problems];
  if (!campaign || hasErrors(all)) return { problems: all, source: loaded.loaded.source };
  all.push(...lintCampaign(campaign, loaded.loaded));
  return { campaign: hasErrors(all) ? undefined : campaign, problems: all, source: loaded.loaded.source };
}

/** The whole front half of the pipeline: a campaign file to its Document. */
export async function documentFromFile(file: string): Promise<CheckedCampaign & { document?: Document }> {
  const checked = await checkCampaignFile(file);
  if (!checked.campaign) return checked;
  return { ...checked, document: composeDocument(checked.campaign, path.dirname(path.resolve(file))) };
}
