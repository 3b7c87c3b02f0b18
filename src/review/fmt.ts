import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { loadCampaignFile, parseCampaignSource, type LoadedFile } from '../campaign/load';
import { hasErrors, type Problem } from '../campaign/problem';
import { takeUnfilled } from '../campaign/unfilled';
import { validateCampaign } from '../campaign/validate';
import { composeDocument } from '../compose';
import type { Document } from '../document/model';
import { canonicalYaml } from './canonical-yaml';

export type FormatResult = { ok: true; source: string; canonical: string } | { ok: false; problems: Problem[] };

function compose(loaded: LoadedFile): { document?: Document; problems: Problem[] } {
  takeUnfilled(loaded);
  const { campaign, problems } = validateCampaign(loaded);
  return { document: campaign && composeDocument(campaign, path.dirname(path.resolve(loaded.file))), problems };
}

/**
 * The canonical text of a campaign file. Refuses files with errors, and
 * proves the rewrite changes no meaning: the document composed from the
 * canonical text must equal the one composed from the original.
 */
export async function formatCampaignFile(file: string): Promise<FormatResult> {
  const loaded = await loadCampaignFile(file);
  if (!loaded.ok) return { ok: false, problems: loaded.problems };
  const { document: before, problems } = compose(loaded.loaded);
  if (!before) return { ok: false, problems };
  const canonical = canonicalYaml(loaded.loaded.source);
  const reparsed = parseCampaignSource(file, canonical);
  const after = reparsed.ok ? compose(reparsed.loaded).document : undefined;
  if (!after || !isDeepStrictEqual(before, after) || hasErrors(reparsed.problems)) {
    return {
      ok: false,
      problems: [{
        file, line: 1, column: 1, severity: 'error', code: 'fmt-changes-meaning',
        message: '格式化会改变文件内容的含义，已放弃，文件未改动', english: 'formatting would change the meaning; file left as it is',
        hint: '请把这个文件报告给开发人员',
      }],
    };
  }
  return { ok: true, source: loaded.loaded.source, canonical };
}
