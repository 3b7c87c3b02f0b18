/**
 * Preload (bench/processes.ts): writes the process's peak resident set, in
 * KiB, to file descriptor 3 as it exits. Threads the process starts inherit
 * the preload; only the main thread writes. It is loaded into `node -e 0` as
 * well, so it must cost next to nothing: node:worker_threads alone (to ask
 * isMainThread) would add ~4% to `node -e 0` and flatter every ratio.
 */
import { writeSync } from 'node:fs';

// A thread shares its process's pid and starts with a copy of its environment: the main thread, first here, marks it.
const MARK = 'GONGWEN_BENCH_PEAK_RSS_PID';
if (process.env[MARK] !== String(process.pid)) {
  process.env[MARK] = String(process.pid);
  process.on('exit', () => writeSync(3, String(process.resourceUsage().maxRSS)));
}
