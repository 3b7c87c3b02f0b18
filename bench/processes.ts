/**
 * Whole `gongwen` processes timed against a bare `node -e 0`, in turn (A B A B …)
 * so that a machine whose speed drifts slows both alike; each pair gives a
 * ratio and the median of the ratios is what is reported. Peak memory is the
 * process's own maximum resident set (threads included), reported by a preload.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const BIN = path.join(ROOT, 'bin/gongwen.js');
const PEAK_RSS = path.join(__dirname, 'peak-rss.js');

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export interface Run {
  ms: number;
  peakMiB: number;
  stdout: string;
}

/**
 * One run of `node ARGS…` with the peak-memory preload; throws if it fails. The preload goes in NODE_OPTIONS, not on
 * the command line: a `gongwen build` started with options of node's own runs in its own process, never through the
 * build server (src/server/client.ts).
 */
export function runNode(args: string[], env: NodeJS.ProcessEnv = process.env): Run {
  const started = performance.now();
  const withPreload = { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --require ${PEAK_RSS}`.trim() };
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe', 'pipe'], env: withPreload, maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr?.toString().slice(-500)}`);
  return { ms, peakMiB: Number(r.output[3]?.toString()) / 1024, stdout: r.stdout.toString() };
}

export interface Paired {
  ratio: number;
  ms: number;
  referenceMs: number;
  peakMiB: number;
}

/**
 * `pairs` alternating runs of ARGS and of the reference after one pair of
 * warm-up runs (which also fills the caches); `before` and `after`, if given,
 * run (untimed) before and after each run of ARGS, the warm-up's too.
 */
export function pairedAgainstNode(args: string[], pairs: number, env: NodeJS.ProcessEnv, around: { before?: () => void; after?: () => void } = {}): Paired {
  const reference = ['-e', '0'];
  const runArgs = () => {
    around.before?.();
    const run = runNode(args, env);
    around.after?.();
    return run;
  };
  runArgs();
  runNode(reference, env);
  const runs: { a: Run; b: Run }[] = [];
  for (let i = 0; i < pairs; i++) runs.push({ a: runArgs(), b: runNode(reference, env) });
  return {
    ratio: median(runs.map((r) => r.a.ms / r.b.ms)),
    ms: median(runs.map((r) => r.a.ms)),
    referenceMs: median(runs.map((r) => r.b.ms)),
    peakMiB: median(runs.map((r) => r.a.peakMiB)),
  };
}
