/**
 * Collecting returns of the 2018 form: time and peak memory of
 * `gongwen collect` over N filled-in workbooks (default 200), run as its own
 * process so the peak is the command's own. Run alone with
 * `npm run build && node dist/bench/collect.js [N]`, or call benchCollect().
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { addresseeNames, isCollective } from '../src/collect/addressees';
import { documentFromFile } from '../src/pipeline';
import { renderFormWorkbooks } from '../src/render/xlsx';
import { formLayouts } from '../src/render/xlsx/form-layout';
import { FILLER_ROW, ID_COLUMN, fillerColumns, sheetColumn } from '../src/render/xlsx/sheet-layout';
import { zipBomb } from '../test/helpers/zip-bomb';

const ROOT = path.resolve(__dirname, '../..');
const CAMPAIGN = path.join(ROOT, 'campaigns/2018.yaml');
const MAIN = path.join(ROOT, 'dist/src/cli/main.js');

export interface CollectBench {
  returns: number;
  /** Wall time of the collect command once the CLI is loaded: checking the campaign, reading, summing, writing the summary. */
  collectMs: number;
  /** Wall time of the whole process: node start and loading the CLI included. */
  processMs: number;
  /** Peak resident memory of the process. */
  peakRssMb: number;
  summaryKb: number;
}

/** Writes `count` filled-in returns of the 2018 form into a new folder: every addressee once, then county bureaus. */
async function writeReturns(count: number): Promise<string> {
  const { campaign, document } = await documentFromFile(CAMPAIGN);
  if (!campaign || !document) throw new Error(`${CAMPAIGN} does not check`);
  const [{ bytes }] = await renderFormWorkbooks(campaign, document);
  const layout = formLayouts(campaign, document)[0];
  const items = new Map(layout.items.map((i) => [i.id, i]));
  const units = addresseeNames(campaign.addressees ?? []).filter((n) => !isCollective(n));
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-collect-')), 'returns');
  mkdirSync(dir);
  for (let n = 0; n < count; n++) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as never);
    const sheet = workbook.worksheets[0];
    sheet.getCell(FILLER_ROW, fillerColumns(layout.grid.width).name[0]).value = units[n] ?? `第${n}县市场监管局`;
    sheet.eachRow((row) => {
      const item = items.get(String(row.getCell(ID_COLUMN).value));
      if (!item) return;
      row.getCell(sheetColumn(layout.valueColumn)).value = item.type === 'text' ? `情况说明${n}` : item.type === 'yesno' ? '是' : (n * 7 + row.number) % 500;
    });
    writeFileSync(path.join(dir, `${String(n).padStart(3, '0')}.xlsx`), Buffer.from(await workbook.xlsx.writeBuffer()));
  }
  return dir;
}

export async function benchCollect(returns = 200): Promise<CollectBench> {
  const dir = await writeReturns(returns);
  const out = path.join(path.dirname(dir), 'summary.xlsx');
  const script = [
    `const { main } = require(${JSON.stringify(MAIN)});`,
    `const t = performance.now();`,
    `main(['collect', ${JSON.stringify(CAMPAIGN)}, ${JSON.stringify(dir)}, '--out', ${JSON.stringify(out)}], { out() {}, err() {} })`,
    `.then((code) => console.log(JSON.stringify({ code, ms: performance.now() - t, maxRssKb: process.resourceUsage().maxRSS })));`,
  ].join('');
  const started = performance.now();
  const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  const processMs = performance.now() - started;
  if (child.status !== 0) throw new Error(`collect bench failed: ${child.stderr}`);
  const result = JSON.parse(child.stdout) as { code: number; ms: number; maxRssKb: number };
  if (result.code === 2) throw new Error('collect read nothing');
  const summaryKb = statSync(out).size / 1024;
  rmSync(path.dirname(dir), { recursive: true, force: true });
  return { returns, collectMs: result.ms, processMs, peakRssMb: result.maxRssKb / 1024, summaryKb };
}

/**
 * Issue 11: a 2 MB return that inflates to 2 GB (declaring its size honestly,
 * and lying about it), collected in a process of its own: under 5 s and 300 MB.
 */
export function benchZipBomb(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-bomb-'));
  const lines = (['honest', 'lying'] as const).map((kind) => {
    const file = path.join(dir, `${kind}.xlsx`);
    writeFileSync(file, kind === 'honest' ? zipBomb(2048) : zipBomb(2048, 1000));
    const script = [
      `const { main } = require(${JSON.stringify(MAIN)});`,
      `const t = performance.now();`,
      `main(['collect', ${JSON.stringify(CAMPAIGN)}, ${JSON.stringify(file)}, '--out', ${JSON.stringify(path.join(dir, 'summary.xlsx'))}], { out() {}, err() {} })`,
      `.then(() => console.log(JSON.stringify({ ms: performance.now() - t, maxRssKb: process.resourceUsage().maxRSS })));`,
    ].join('');
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    const r = JSON.parse(child.stdout) as { ms: number; maxRssKb: number };
    return `zip bomb (${(statSync(file).size / 1024 / 1024).toFixed(1)} MB → 2 GB, ${kind} sizes): refused in ${(r.ms / 1000).toFixed(2)} s, peak RSS ${(r.maxRssKb / 1024).toFixed(0)} MB  [floor 5 s, 300 MB]`;
  });
  rmSync(dir, { recursive: true, force: true });
  return lines.join('\n');
}

export const formatCollectBench = (r: CollectBench) =>
  `collect ${r.returns} returns of the 2018 form: ${(r.collectMs / 1000).toFixed(2)} s ` +
  `(${(r.collectMs / r.returns).toFixed(1)} ms each; process ${(r.processMs / 1000).toFixed(2)} s), ` +
  `peak RSS ${r.peakRssMb.toFixed(0)} MB, summary ${r.summaryKb.toFixed(0)} KB`;

if (require.main === module) {
  benchCollect(Number(process.argv[2] ?? 200))
    .then((r) => console.log(formatCollectBench(r)))
    .catch((e) => {
      console.error(e);
      process.exitCode = 1;
    });
}
