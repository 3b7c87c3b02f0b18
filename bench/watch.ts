/**
 * Issue 13: a warm rebuild under `gongwen build --watch`, as the watcher
 * itself measures and prints it ("已重新生成（N ms）"): after each of a series
 * of saves that each change a sentence of the campaign file (everything is
 * rendered again), then of saves of it unchanged (the rendering is taken over
 * from the build before).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { BIN, median } from './processes';

const REBUILT = /已重新生成（(\d+) ms）/;
const WATCHING = /正在监视/;

/** The campaign with its opening sentence changed: the text of page 1 and whatever it pushes on. */
export function edited(source: string): string {
  const doc = parseDocument(source);
  const opening = doc.get('opening');
  if (typeof opening !== 'string') throw new Error('the campaign has no opening to edit');
  doc.set('opening', `经研究，${opening}`);
  return doc.toString();
}

export async function warmRebuildMs(campaign: string, saves: number, env: NodeJS.ProcessEnv): Promise<{ first: number; unchanged: number; edited: number }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-watch-'));
  const file = path.join(dir, path.basename(campaign));
  copyFileSync(campaign, file);
  const child = spawn(process.execPath, [BIN, 'build', file, '--watch', '--out', path.join(dir, 'out')], { stdio: ['ignore', 'ignore', 'pipe'], env });
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
  const save = async (text: string) => {
    const done = next(REBUILT);
    writeFileSync(file, text);
    return rebuilt(await done);
  };
  const source = readFileSync(file, 'utf8');
  // Every save differs from the one before: the edit and the original in turn, ending with the original.
  const versions = [edited(source), source];
  const changed: number[] = [];
  for (let i = 0; i < 2 * Math.ceil(saves / 2); i++) changed.push(await save(versions[i % 2]));
  const unchanged: number[] = [];
  for (let i = 0; i < saves; i++) unchanged.push(await save(source));
  child.kill('SIGINT');
  await new Promise((resolve) => child.once('exit', resolve));
  return { first, unchanged: median(unchanged), edited: median(changed) };
}
