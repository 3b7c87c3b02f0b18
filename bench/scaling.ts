/**
 * Issue 13: how a cold build grows with the document, per format, up to about
 * 500 pages: the 2023 notice with its body repeated, and with 500 annexes
 * added. The exponent k fits time ∝ pages^k between the two largest sizes
 * (k ≤ 1: linear or better), where the fixed cost of starting matters least;
 * the memory each further page costs is the slope of peak RSS between them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { BIN, median, ROOT, runNode } from './processes';

const BASE = path.join(ROOT, 'campaigns/2023.yaml');
/** Runs per size; the median is kept. */
const RUNS = 3;

interface Point {
  pages: number;
  ms: number;
  peakMiB: number;
}

export interface Curve {
  label: string;
  format: string;
  points: Point[];
  k: number;
  /** Peak resident memory per page, in KiB, between the two largest sizes. */
  kibPerPage: number;
}

type Campaign = { body: unknown[]; annexes: { id: string }[] } & Record<string, unknown>;

function writeCampaign(dir: string, name: string, change: (c: Campaign) => void): string {
  const campaign = parse(readFileSync(BASE, 'utf8')) as Campaign;
  change(campaign);
  const file = path.join(dir, `${name}.yaml`);
  // Repeated parts are written out each time: a campaign with YAML aliases is refused past 100 of them.
  writeFileSync(file, stringify(campaign, { aliasDuplicateObjects: false }));
  return file;
}

/** The body said `copies` times over. */
const repeatedBody = (dir: string, copies: number) =>
  writeCampaign(dir, `body-x${copies}`, (c) => {
    c.body = Array.from({ length: copies }, () => c.body).flat();
  });

/** `count` one-paragraph document annexes after the notice's own. */
const manyAnnexes = (dir: string, count: number) =>
  writeCampaign(dir, `annexes-${count}`, (c) => {
    for (let i = 1; i <= count; i++) {
      c.annexes.push({ id: `extra${i}`, kind: 'document', title: `第${i}个附件`, body: [`这是第${i}个附件的正文，用于测量附件很多时的生成时间。`] } as never);
    }
  });

/**
 * One build of `file` whose caches know the code and the fonts but not this campaign: each run gets a cache
 * folder of its own, warmed by building the base notice. Reusing one folder would time the parse, the
 * settings and the compressed parts kept from the run before, not the work a page costs.
 */
function coldRun(file: string, format: string, env: NodeJS.ProcessEnv, out: string) {
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-scale-cache-'));
  const cached = { ...env, GONGWEN_CACHE_DIR: cacheDir };
  runNode([BIN, 'build', BASE, '--format', format, '--out', out], cached);
  const run = runNode([BIN, 'build', file, '--format', format, '--json', '--out', out], cached);
  rmSync(cacheDir, { recursive: true, force: true });
  return run;
}

function measure(file: string, format: string, env: NodeJS.ProcessEnv, out: string): Point {
  const runs = Array.from({ length: RUNS }, () => coldRun(file, format, env, out));
  const pages = (JSON.parse(runs[0].stdout) as { outputs: { format: string; pages?: number }[] }).outputs.find((o) => o.format === 'pdf')?.pages;
  return { pages: pages ?? 0, ms: median(runs.map((r) => r.ms)), peakMiB: median(runs.map((r) => r.peakMiB)) };
}

const exponent = (a: Point, b: Point) => Math.log(b.ms / a.ms) / Math.log(b.pages / a.pages);
const kibPerPage = (a: Point, b: Point) => ((b.peakMiB - a.peakMiB) * 1024) / (b.pages - a.pages);

export function scalingCurves(env: NodeJS.ProcessEnv): Curve[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-scale-'));
  const out = path.join(dir, 'out');
  const series = [
    { label: 'body repeated', files: [1, 10, 40, 160].map((n) => (n === 1 ? BASE : repeatedBody(dir, n))) },
    { label: 'annexes', files: [10, 100, 500].map((n) => manyAnnexes(dir, n)) },
  ];
  const curves: Curve[] = [];
  for (const { label, files } of series) {
    // Page counts come from the PDF, so each DOCX build is paired with the PDF's count for the same file.
    const pdf = files.map((f) => measure(f, 'pdf', env, out));
    const docx = files.map((f, i) => ({ ...measure(f, 'docx', env, out), pages: pdf[i].pages }));
    for (const [format, points] of [['pdf', pdf], ['docx', docx]] as const) {
      const [a, b] = points.slice(-2);
      curves.push({ label, format, points, k: exponent(a, b), kibPerPage: kibPerPage(a, b) });
    }
  }
  return curves;
}
