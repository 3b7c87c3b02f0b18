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
/** V8 12's default. */
const DEFAULT_TOP_TIER_CALLS = 3_000;

/**
 * Set once the count is raised: V8's flags belong to the process, and each
 * bundle that uses this module (the startup, the DOCX renderer) has a copy.
 */
const RAISED = Symbol.for('gongwen.top-tier-calls-raised');
const marks = globalThis as typeof globalThis & { [RAISED]?: true };

const topTierAfter = (calls: number) =>
  (require('node:v8') as typeof import('node:v8')).setFlagsFromString(`--invocation-count-for-turbofan=${calls}`);

export function tuneJitForShortRun(argv: string[]): void {
  if (!SHORT_RUN_COMMANDS.has(argv[0]) || argv.includes('--watch')) return;
  if (Number(process.versions.v8.split('.')[0]) < 12) return;
  topTierAfter(TOP_TIER_CALLS);
  marks[RAISED] = true;
}

/**
 * Runs `loop` with V8's own count: for one long loop over much data, run once
 * (DEFLATE of a large part), which V8 moves to the top tier while it runs (on-
 * stack replacement) only as soon as the count lets it. Under the raised count
 * fflate's DEFLATE of 2018's document.xml (140 KB) took 16 ms instead of 9.
 */
export function withTopTier<T>(loop: () => T): T {
  if (!marks[RAISED]) return loop();
  topTierAfter(DEFAULT_TOP_TIER_CALLS);
  try {
    return loop();
  } finally {
    topTierAfter(TOP_TIER_CALLS);
  }
}
