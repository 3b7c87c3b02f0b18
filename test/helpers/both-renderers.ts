/**
 * Campaigns printed both ways a printer may get them: our PDF, and our DOCX
 * as LibreOffice lays it out (one soffice run for all), each read back with
 * pdftotext -bbox-layout in millimetres.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Document } from '../../src/document/model';
import { documentFromFile } from '../../src/pipeline';
import { colophonPlace } from '../../src/render/colophon-placement';
import { renderDocx } from '../../src/render/docx';
import { renderPdf } from '../../src/render/pdf';
import { readLines, type PdfPageBoxes } from './pdf-poppler';

export type Renderer = 'our PDF' | 'LibreOffice';
export const RENDERERS: readonly Renderer[] = ['our PDF', 'LibreOffice'];

/** Our PDF is held to a few tenths of a millimetre; LibreOffice's layout of the DOCX to the tolerances of the other DOCX-in-LibreOffice tests. */
export const TOLERANCE: Record<Renderer, number> = { 'our PDF': 0.5, LibreOffice: 2 };

export interface Rendered {
  doc: Document;
  file: string;
  pages: PdfPageBoxes[];
}

/** Each named campaign file rendered both ways into `dir` (as drafts with `draft`, as --draft builds them): `get(name, renderer)`. */
export async function renderBoth(dir: string, campaigns: [name: string, file: string][], { draft = false } = {}): Promise<(name: string, which: Renderer) => Rendered> {
  const rendered = new Map<string, Rendered>();
  const key = (name: string, which: Renderer) => `${name} ${which}`;
  for (const [name, file] of campaigns) {
    const composed = (await documentFromFile(file)).document;
    if (!composed) throw new Error(`${file} does not compose`);
    const document = draft ? { ...composed, meta: { ...composed.meta, draft: true } } : composed;
    const ours = path.join(dir, `${name}.pdf`);
    writeFileSync(ours, (await renderPdf(document)).bytes);
    rendered.set(key(name, 'our PDF'), { doc: document, file: ours, pages: readLines(ours) });
    writeFileSync(path.join(dir, `${name}-lo.docx`), await renderDocx(document, { colophonPlace: await colophonPlace(document) }));
  }
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...campaigns.map(([n]) => path.join(dir, `${n}-lo.docx`))], {
    timeout: 300_000,
    stdio: 'ignore',
  });
  for (const [name] of campaigns) {
    const file = path.join(dir, `${name}-lo.pdf`);
    rendered.set(key(name, 'LibreOffice'), { doc: rendered.get(key(name, 'our PDF'))!.doc, file, pages: readLines(file) });
  }
  return (name, which) => rendered.get(key(name, which))!;
}
