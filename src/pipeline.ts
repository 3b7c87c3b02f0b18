import path from 'node:path';
import { checkCampaignFile, type CheckedCampaign } from './check-file';
import { composeDocument } from './compose';
import type { Document } from './document/model';

export { checkCampaignFile, type CheckedCampaign } from './check-file';

/** The whole front half of the pipeline: a campaign file to its Document. */
export async function documentFromFile(file: string): Promise<CheckedCampaign & { document?: Document }> {
  const checked = await checkCampaignFile(file);
  if (!checked.campaign) return checked;
  const document = composeDocument(checked.campaign, path.dirname(path.resolve(file)), checked.unfilled);
  if (checked.unfinished) document.meta.draft = true;
  return { ...checked, document };
}
