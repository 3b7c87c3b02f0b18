/**
 * A campaign's text checked: parsed, its 待填写 marks taken, validated and,
 * when valid, linted. A bundle of its own (bundle.ts), holding the schema's
 * validator and the lint rules: a run whose check is kept in the cache folder
 * (check-file.ts) loads none of them.
 */
import { lintCampaign } from './lint';
import { parseCampaignSource, type LoadedFile, type LoadResult } from './load';
import { hasErrors, type Problem } from './problem';
import { reparseEdit, type KeptParse } from './reparse-edit';
import { SourceMap } from './source-map';
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
  /** The data as parsed (JSON), before anything changes it, where the parse found nothing to report: for `last` next time. */
  parsedData?: string;
}

/** `last`: the parse of this file's text before an edit, which may spare parsing the edited text in full. */
export function checkSource(file: string, source: string, last?: KeptParse): SourceCheck {
  const parsed = (last && reparsed(file, source, last)) ?? parseCampaignSource(file, source);
  if (!parsed.ok) return { problems: parsed.problems, unfilled: [] };
  const parsedData = parsed.problems.length === 0 ? JSON.stringify(parsed.loaded.data) : undefined;
  const unfilled = takeUnfilled(parsed.loaded);
  const { campaign, problems } = validateCampaign(parsed.loaded);
  const all = [...parsed.problems, ...unfilled.problems, ...problems];
  if (!campaign || hasErrors(all)) return { problems: all, loaded: parsed.loaded, unfilled: unfilled.paths, parsedData };
  all.push(...lintCampaign(campaign, parsed.loaded));
  return { problems: all, loaded: parsed.loaded, campaign, unfilled: unfilled.paths, parsedData };
}

function reparsed(file: string, source: string, last: KeptParse): LoadResult | undefined {
  const parse = reparseEdit(last, source);
  return parse && { ok: true, loaded: { file, source, data: parse.data, sourceMap: new SourceMap(parse.table) }, problems: [] };
}
