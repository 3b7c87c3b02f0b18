/**
 * DOCX benchmark: for each campaign, the warm build time of the DOCX as a
 * ratio to the plain-text serialisation of the same Document (measured in the
 * same run), the file size, and — for scale — LibreOffice's headless
 * DOCX → PDF conversion of that file. Call benchDocx() from the bench runner,
 * or run this file directly.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { documentFromFile } from '../src/pipeline';
import { renderDocx } from '../src/render/docx';
import { renderText } from '../src/render/text';

export interface DocxBenchRow {
  campaign: string;
  textMs: number;
  docxMs: number;
  /** docxMs / textMs */
  ratio: number;
  bytes: number;
  /** LibreOffice's conversion of the DOCX to PDF, undefined when soffice is missing. */
  libreOfficeMs?: number;
}

/** Each measurement repeats the work until this much time has passed, so sub-millisecond work is measured too. */
const BATCH_MS = 300;

/** Mean time of one call, over a batch of calls lasting at least BATCH_MS (after one warm-up call). */
async function meanMs(f: () => unknown): Promise<number> {
  await f();
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < BATCH_MS) {
    await f();
    calls++;
  }
  return (performance.now() - start) / calls;
}

function libreOffice(profile: string, docx: string, outDir: string): number | undefined {
  const t = performance.now();
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  return performance.now() - t;
}

/** Compiled to dist/bench/, like the runner: the campaigns are two folders up. */
export async function benchDocx(campaignDir = path.resolve(__dirname, '../../campaigns')): Promise<DocxBenchRow[]> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-docx-'));
  const profile = path.join(out, 'profile');
  const rows: DocxBenchRow[] = [];
  let warmedUp = false;
  for (const file of readdirSync(campaignDir).filter((f) => f.endsWith('.yaml')).sort()) {
    const { document } = await documentFromFile(path.join(campaignDir, file));
    if (!document) continue;
    const textMs = await meanMs(() => renderText(document));
    const docxMs = await meanMs(() => renderDocx(document));
    const bytes = await renderDocx(document);
    const docx = path.join(out, file.replace(/\.yaml$/, '.docx'));
    writeFileSync(docx, bytes);
    // The first soffice start creates its profile; do that once outside the timing.
    if (!warmedUp) warmedUp = libreOffice(profile, docx, out) !== undefined;
    rows.push({ campaign: file, textMs, docxMs, ratio: docxMs / textMs, bytes: bytes.length, libreOfficeMs: warmedUp ? libreOffice(profile, docx, out) : undefined });
  }
  return rows;
}

export function formatDocxBench(rows: DocxBenchRow[]): string {
  return rows
    .map((r) => {
      const lo = r.libreOfficeMs === undefined ? 'LibreOffice: not installed' : `LibreOffice DOCX→PDF ${r.libreOfficeMs.toFixed(0)} ms (${(r.libreOfficeMs / r.docxMs).toFixed(0)}× our DOCX build)`;
      return `${r.campaign.padEnd(20)} docx ${r.docxMs.toFixed(1)} ms = ${r.ratio.toFixed(0)}× text (${r.textMs.toFixed(2)} ms); ${(r.bytes / 1024).toFixed(1)} KB; ${lo}`;
    })
    .join('\n');
}

if (require.main === module) {
  benchDocx(process.argv[2])
    .then((rows) => console.log(formatDocxBench(rows)))
    .catch((e) => {
      console.error(e);
      process.exitCode = 1;
    });
}
