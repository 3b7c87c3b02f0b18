/**
 * Issue 13: a warm rebuild under `gongwen build --watch`, as the watcher
 * itself measures and prints it ("已重新生成（N ms）"), after each of a series
 * of saves of an unchanged campaign file.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN, median } from './processes';

const REBUILT = /已重新生成（(\d+) ms）/;
const WATCHING = /正在监视/;

export async function warmRebuildMs(campaign: string, saves: number, env: NodeJS.ProcessEnv): Promise<{ first: number; warm: number }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-watch-'));
  const file = path.join(dir, path.basename(campaign));
  copyFileSync(campaign, file);
  const child = spawn(process.execPath, [BIN, 'build', file, '--watch', '--out', path.join(dir, 'out')], { stdio: ['ignore', 'ignore', 'pipe'], env });
  const times: number[] = [];
  // Lines not yet taken, and whoever waits for the next one.
  const lines: string[] = [];
  let wake: (() => void) | undefined;
  let buffered = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (buffered + chunk).split('\n');
    buffered = parts.pop() ?? '';
    lines.push(...parts);
    wake?.();
  });
  const next = async (pattern: RegExp): Promise<string> => {
    for (;;) {
      const line = lines.shift();
      if (line === undefined) await new Promise<void>((resolve) => (wake = resolve));
      else if (pattern.test(line)) return line;
    }
  };
  const rebuilt = (line: string) => Number(REBUILT.exec(line)![1]);

  const first = rebuilt(await next(REBUILT));
  await next(WATCHING);
  const source = readFileSync(file);
  for (let i = 0; i < saves; i++) {
    const done = next(REBUILT);
    writeFileSync(file, source);
    times.push(rebuilt(await done));
  }
  child.kill('SIGINT');
  await new Promise((resolve) => child.once('exit', resolve));
  return { first, warm: median(times) };
}
