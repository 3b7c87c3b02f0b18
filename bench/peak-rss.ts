/**
 * Preload (bench/processes.ts): writes the process's peak resident set, in
 * KiB, to file descriptor 3 as it exits. Threads the process starts inherit
 * the preload; only the main thread writes.
 */
import { writeSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) process.on('exit', () => writeSync(3, String(process.resourceUsage().maxRSS)));
