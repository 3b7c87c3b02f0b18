/**
 * A campaign's text checked: parsed, its 待填写 marks taken, validated and,
 * when valid, linted. A bundle of its own (bundle.ts), holding the schema's
 * validator and the lint rules: a run whose check is kept in the cache folder
 * (check-file.ts) loads none of them.
 */
import { lintCampaign } from './lint';
import { parseCampaignSource, type LoadedFile } from './load';
import { hasErrors, type Problem } from './problem';
import type { Campaign } from './types';
import { takeUnfilled } from './unfilled';
import { validateCampaign } from './validate';

export interface SourceCheck {
  problems: Problem[];
  /** Absent when the YAML does not parse. */
  loaded?: LoadedFile;
  /** Present when the file validated without an error: it was linted too. */
  campaign?: Campaign;
  /** Dotted paths of the values still marked 待填写. */
  unfilled: string[];
}

export function checkSource(file: string, source: string): SourceCheck {
  const parsed = parseCampaignSource(file, source);
  if (!parsed.ok) return { problems: parsed.problems, unfilled: [] };
  const unfilled = takeUnfilled(parsed.loaded);
  const { campaign, problems } = validateCampaign(parsed.loaded);
  const all = [...parsed.problems, ...unfilled.problems, ...problems];
  if (!campaign || hasErrors(all)) return { problems: all, loaded: parsed.loaded, unfilled: unfilled.paths };
  all.push(...lintCampaign(campaign, parsed.loaded));
  return { problems: all, loaded: parsed.loaded, campaign, unfilled: unfilled.paths };
}
