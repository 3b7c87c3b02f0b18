/**
 * What bin/gongwen.js loads before a command runs (not for --help or
 * --version): the code cache and the JIT's tuning, bundled into one file,
 * dist/bundle/startup.js (see bundle.ts), as every file the loader reads
 * costs it a resolution, a read and a compile without a code cache.
 */
import './use-code-cache';

export { tuneJitForShortRun } from './short-run-jit';
