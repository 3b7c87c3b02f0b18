import path from 'node:path';
import type { Problem } from '../campaign/problem';
import type { Campaign } from '../campaign/types';
import type { Document } from '../document/model';
import { FORMATS } from '../render/formats';
import { glyphProblems } from './glyph-problems';

export interface Composed {
  file: string;
  source: string;
  campaign: Campaign;
  document: Document;
}

export interface Output {
  format: string;
  path: string;
  bytes: number;
  pages?: number;
}

export interface RenderOptions {
  formats: string[];
  outDir: string;
  draft?: boolean;
  fontDirs?: string[];
}

/**
 * Every output of one composed campaign, in memory: one file per format,
 * plus a fill-in workbook for each statistics form (annex kind form).
 */
export async function renderOutputs(c: Composed, options: RenderOptions, timings: Record<string, number>) {
  const outputs: (Output & { data: Uint8Array })[] = [];
  const problems: Problem[] = [];
  const base = path.join(options.outDir, path.basename(c.file, path.extname(c.file)));
  for (const format of options.formats) {
    const t = performance.now();
    const rendered = await FORMATS[format].render(c.document, { draft: options.draft, fontDirs: options.fontDirs });
    timings[`${format}:${c.file}`] = performance.now() - t;
    problems.push(...glyphProblems(c.file, c.source, rendered.missingGlyphs ?? []));
    outputs.push({ format, path: `${base}.${FORMATS[format].extension}`, bytes: rendered.bytes.length, pages: rendered.pages, data: rendered.bytes });
  }
  if (c.campaign.annexes?.some((a) => a.kind === 'form')) {
    const t = performance.now();
    // exceljs takes ~300 ms to load: only campaigns with a form pay for it.
    const { renderFormWorkbooks } = await import('../render/xlsx');
    for (const form of await renderFormWorkbooks(c.campaign)) {
      outputs.push({ format: 'xlsx', path: `${base}-${form.annexId}.xlsx`, bytes: form.bytes.length, data: form.bytes });
    }
    timings[`xlsx:${c.file}`] = performance.now() - t;
  }
  return { outputs, problems };
}
