import path from 'node:path';
import type { Problem } from '../campaign/problem';
import type { Campaign } from '../campaign/types';
import { generatedForwardSentence } from '../compose';
import type { Document } from '../document/model';
import { colophonMayFloat, colophonPlace, type ColophonPlace } from '../render/colophon-placement';
import { FORM_WORKBOOKS, FORMATS, type Rendered } from '../render/formats';
import { nowMs } from './clock';
import { glyphProblems } from './glyph-problems';
import { layoutProblems } from './layout-problems';
import { renderKey, type RenderedMemo } from './watch-reuse';

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
  /** Taken over from the last build under --watch: nothing it reads had changed. */
  reused?: true;
}

/** A campaign rendered in memory: each format asked for, in order, and the form workbooks. */
export interface RenderedCampaign {
  rendered: Rendered[];
  forms?: { annexId: string; bytes: Uint8Array }[];
}

export interface RenderOptions {
  /** Formats of FORMATS, and FORM_WORKBOOKS. */
  formats: string[];
  outDir: string;
  draft?: boolean;
  fontDirs?: string[];
  /** Under --watch: each campaign's last rendering, taken over while nothing it reads changes. */
  reuse?: RenderedMemo<RenderedCampaign>;
}

/** Where a campaign's outputs go, without their extensions: OUT/NAME for NAME.yaml. */
export const outputBase = (file: string, outDir: string) => path.join(outDir, path.basename(file, path.extname(file)));

/** Campaign files whose outputs would take the same names (a/x.yaml and b/x.yaml): refused before anything is made. */
export function clashingNames(files: string[], outDir: string): Problem[] {
  const first = new Map<string, string>();
  const problems: Problem[] = [];
  for (const file of files) {
    const base = outputBase(file, outDir);
    // Folders on Windows and macOS do not tell X.pdf from x.pdf.
    const earlier = first.get(base.toLowerCase());
    if (earlier === undefined) first.set(base.toLowerCase(), file);
    else {
      problems.push({
        file,
        line: 1,
        column: 1,
        severity: 'error',
        code: 'output-clash',
        message: `与 ${earlier} 的输出同名，都会写成 ${base}.*`,
        english: `${earlier} and this file would both write ${base}.*`,
        hint: '给其中一个文件改名，或分两次生成并用不同的 --out',
      });
    }
  }
  return problems;
}

/**
 * The colophon's place for the DOCX, decided once: told by the PDF as soon as
 * its pages are laid out, or laid out here when no PDF is asked for.
 */
function colophonDecision(doc: Document, formats: string[], fontDirs?: string[]) {
  let tell: (place: ColophonPlace) => void = () => undefined;
  const decided = new Promise<ColophonPlace>((resolve) => (tell = resolve));
  if (!colophonMayFloat(doc)) tell('after-blank');
  else if (!formats.includes('pdf')) void colophonPlace(doc, fontDirs).then(tell);
  return { decided, tell };
}

function render(format: string, doc: Document, options: RenderOptions, colophon: ReturnType<typeof colophonDecision>): Promise<Rendered> {
  return FORMATS[format].render(doc, { draft: options.draft, fontDirs: options.fontDirs, rebuilding: !!options.reuse, onColophonPlaced: colophon.tell, colophonPlace: colophon.decided });
}

/** The fill-in workbook of each statistics form (annex kind form), laid out from the Document already composed. */
async function formWorkbooks(campaign: Campaign, document: Document) {
  if (!campaign.annexes?.some((a) => a.kind === 'form')) return undefined;
  // Loaded only by builds asking for workbooks of campaigns with a form.
  const { renderFormWorkbooks } = await import('../render/xlsx');
  return renderFormWorkbooks(campaign, document);
}

/**
 * Every output of one composed campaign, in memory: one file per format,
 * plus a fill-in workbook for each statistics form. They are rendered side by
 * side (the DOCX as soon as the colophon's place is known); each timing is
 * when that output was ready, counted from the start of the campaign's
 * rendering.
 */
export async function renderOutputs(c: Composed, options: RenderOptions, timings: Record<string, number>) {
  const started = nowMs();
  // --draft marks every format, as status: draft and unfilled 待填写 marks already do.
  const document = options.draft ? { ...c.document, meta: { ...c.document.meta, draft: true } } : c.document;
  const timed = <T>(key: string, pending: Promise<T>) =>
    pending.then((done) => {
      if (done) timings[`${key}:${c.file}`] = nowMs() - started;
      return done;
    });
  const formats = options.formats.filter((f) => f !== FORM_WORKBOOKS);
  const renderAll = async (): Promise<RenderedCampaign> => {
    const colophon = colophonDecision(document, formats, options.fontDirs);
    const [rendered, forms] = await Promise.all([
      Promise.all(formats.map((format) => timed(format, render(format, document, options, colophon)))),
      options.formats.includes(FORM_WORKBOOKS) ? timed(FORM_WORKBOOKS, formWorkbooks(c.campaign, c.document)) : undefined,
    ]);
    return { rendered, forms };
  };
  const key = options.reuse && renderKey({ file: c.file, campaign: c.campaign, document, options: [options.formats, options.draft, options.fontDirs] });
  const kept = key ? options.reuse?.get(c.file, key) : undefined;
  const { rendered, forms } = kept ?? (await renderAll());
  if (key && !kept) options.reuse?.set(c.file, key, { rendered, forms });
  const reused = kept ? { reused: true as const } : {};
  const base = outputBase(c.file, options.outDir);
  const outputs: (Output & { data: Uint8Array })[] = formats.map((format, i) => {
    const { bytes, pages } = rendered[i];
    return { format, path: `${base}.${FORMATS[format].extension}`, bytes: bytes.length, pages, ...reused, data: bytes };
  });
  for (const form of forms ?? []) {
    outputs.push({ format: 'xlsx', path: `${base}-${form.annexId}.xlsx`, bytes: form.bytes.length, ...reused, data: form.bytes });
  }
  const problems: Problem[] = rendered.flatMap((r) => [...glyphProblems(c.file, c.source, r.missingGlyphs ?? []), ...layoutProblems(c.file, c.source, r.strainedLines ?? [], generatedForwardSentence(c.campaign))]);
  return { outputs, problems };
}
