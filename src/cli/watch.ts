import { watch } from 'node:fs';
import path from 'node:path';
import { holdCacheWrites } from '../startup/cache-files';
import { nowMs } from './clock';
import type { Io } from './report';

/** Saves come in bursts (write, rename, touch): wait this long after the last one before rebuilding. */
export const DEBOUNCE_MS = 150;
/** The cache files the rebuilds kept are written once no save has come for this long, and when watching stops. */
export const QUIET_MS = 3000;

/**
 * Runs `build` once, then again after every save of any of `files`, until
 * `signal` aborts. A build with errors writes nothing, so the last good
 * outputs stay in place.
 */
export async function watchAndBuild(files: string[], build: () => Promise<number>, io: Io, signal: AbortSignal): Promise<number> {
  const run = async () => {
    const started = nowMs();
    const code = await build();
    const ms = Math.round(nowMs() - started);
    io.err(code === 2 ? `有错误，保留上次的输出（${ms} ms） (errors; previous outputs kept)` : `已重新生成（${ms} ms） (rebuilt)`);
  };
  await run();
  // What the rebuilds keep for the next process is written while the clerk reads, not while they wait.
  const cacheWrites = holdCacheWrites();
  let quiet: NodeJS.Timeout | undefined;
  const rebuild = async () => {
    await run();
    clearTimeout(quiet);
    quiet = setTimeout(cacheWrites.flush, QUIET_MS);
  };

  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const names = new Set(files.map((f) => path.resolve(f)));
  // Watch the folders, not the files: editors save by writing a new file and renaming it over the old one.
  const watchers = [...new Set(files.map((f) => path.dirname(path.resolve(f))))].map((dir) =>
    watch(dir, { signal }, (_event, name) => {
      if (!name || !names.has(path.join(dir, name.toString()))) return;
      clearTimeout(timer);
      clearTimeout(quiet);
      timer = setTimeout(() => (running = running.then(rebuild)), DEBOUNCE_MS);
    }),
  );
  // Said once the folders are watched: a save right after this line is seen.
  io.err(`正在监视 ${files.join('、')}，保存后自动重新生成；按 Ctrl+C 退出 (watching; Ctrl+C to stop)`);
  await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  clearTimeout(timer);
  watchers.forEach((w) => w.close());
  await running;
  clearTimeout(quiet);
  cacheWrites.release();
  return 0;
}
