/**
 * npm run bench — speed and size of every output format for every campaign,
 * and the time to collect 200 statistics returns.
 * Benchmarks, not tests: nothing here passes or fails. Times are reported
 * as ratios against a reference measured in the same run, so the figures
 * compare across machines:
 *   warm: each renderer against the plain-text rendering of the same Document;
 *   cold: a whole `gongwen build` process against a bare `node` start;
 *   LibreOffice: its DOCX → PDF conversion of our DOCX against our own PDF build.
 * The floors of issue 4 are reported next to the figures they bound.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { documentFromFile } from '../src/pipeline';
import { FORMATS } from '../src/render/formats';
import { benchBadAssets } from './assets';
import { benchCollect, benchZipBomb, formatCollectBench } from './collect';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/gongwen.js');
const CAMPAIGNS = path.join(ROOT, 'campaigns');
const WARM_RUNS = 5;
const COLD_RUNS = 5;
/** Issue 5: collecting this many returns of the 2018 form. */
const COLLECT_RETURNS = 200;
/** Issue 4: a cold build (default formats) under these times on the reference machine, and every PDF under 1 MB. */
const COLD_FLOOR_MS: Record<string, number> = { '2023.yaml': 400, '2018.yaml': 1000 };
const PDF_FLOOR_BYTES = 1024 * 1024;

const floor = (met: boolean, what: string) => `  [floor ${what}: ${met ? 'met' : 'MISSED'}]`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeAsync(runs: number, f: () => Promise<unknown>): Promise<number> {
  await f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  return median(times);
}

function timeProcess(runs: number, args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
    times.push(performance.now() - t);
  }
  return median(times);
}

function libreOfficeSeconds(docx: string, outDir: string): number | undefined {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  const t = performance.now();
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  return (performance.now() - t) / 1000;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function main() {
  const formats = Object.keys(FORMATS).filter((f) => f !== 'text');
  const out = mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-'));
  const nodeStart = timeProcess(COLD_RUNS, ['-e', '0']);
  console.log(`reference: bare node start ${fmt(nodeStart)}; formats: ${formats.join(', ')}\n`);

  for (const name of readdirSync(CAMPAIGNS).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = path.join(CAMPAIGNS, name);
    const { document } = await documentFromFile(file);
    if (!document) {
      console.log(`${name}: does not build, skipped`);
      continue;
    }
    const text = await timeAsync(WARM_RUNS, () => FORMATS.text.render(document, {}));
    console.log(`${name}`);
    console.log(`  text (reference)      ${fmt(text)}`);
    for (const format of formats) {
      const ms = await timeAsync(WARM_RUNS, () => FORMATS[format].render(document, {}));
      const rendered = await FORMATS[format].render(document, {});
      const pages = rendered.pages ? `, ${rendered.pages} pages` : '';
      console.log(`  ${format.padEnd(5)} warm            ${fmt(ms)}  = ${(ms / text).toFixed(0)}× text; ${(rendered.bytes.length / 1024).toFixed(0)} KB${pages}`);
    }
    const cold = timeProcess(COLD_RUNS, [BIN, 'build', file, '--format', formats.join(','), '--out', out]);
    const coldFloor = COLD_FLOOR_MS[name];
    const coldNote = coldFloor ? floor(cold < coldFloor, `${coldFloor} ms`) : '';
    console.log(`  cold build (${formats.join('+')})  ${fmt(cold)}  = ${(cold / nodeStart).toFixed(1)}× bare node start${coldNote}`);
    const base = path.basename(name, '.yaml');
    if (formats.includes('docx')) {
      const lo = libreOfficeSeconds(path.join(out, `${base}.docx`), path.join(out, 'lo'));
      const ours = timeProcess(1, [BIN, 'build', file, '--format', 'pdf', '--out', out]);
      if (lo !== undefined) console.log(`  LibreOffice DOCX→PDF  ${(lo * 1000).toFixed(0)} ms  = ${((lo * 1000) / ours).toFixed(1)}× our cold PDF build`);
    }
    for (const format of formats) {
      const size = statSync(path.join(out, `${base}.${FORMATS[format].extension}`)).size;
      const sizeNote = format === 'pdf' ? floor(size < PDF_FLOOR_BYTES, '1 MB') : '';
      console.log(`  ${format} file size      ${(size / 1024).toFixed(0)} KB${sizeNote}`);
    }
  }
}

main()
  .then(async () => console.log(`\n${formatCollectBench(await benchCollect(COLLECT_RETURNS))}  [floor 10 s]\n${benchZipBomb()}\n${benchBadAssets()}`))
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
