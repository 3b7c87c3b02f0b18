/**
 * Loaded by bin/gongwen.js before anything else. A one-shot `build` lives for
 * a fraction of a second: most of its functions run a few thousand times and
 * then never again, so V8's top tier (TurboFan) compiles code, on our two
 * cores, that hardly runs afterwards. Raising the call count it waits for
 * leaves that work to the mid tier (Maglev): 2023 --format pdf 0.77× CPU,
 * 2018 all formats 0.77× CPU and 0.75× wall, a 136-page notice 0.96× (Node 22,
 * farm-bench pairs). The numbers the code computes are the same on every
 * tier, so the bytes are too. `--watch` keeps V8's defaults: its rebuilds are
 * what the top tier is for. The flag exists from V8 12 (Node 22); older
 * engines are left alone rather than warned at.
 */
const SHORT_RUN_COMMANDS = new Set(['build']);
const TOP_TIER_CALLS = 100_000;

export function tuneJitForShortRun(argv: string[]): void {
  if (!SHORT_RUN_COMMANDS.has(argv[0]) || argv.includes('--watch')) return;
  if (Number(process.versions.v8.split('.')[0]) < 12) return;
  (require('node:v8') as typeof import('node:v8')).setFlagsFromString(`--invocation-count-for-turbofan=${TOP_TIER_CALLS}`);
}
