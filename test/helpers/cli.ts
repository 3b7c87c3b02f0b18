import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  out: string[];
  err: string[];
}

/** Runs the gongwen CLI in-process and captures what it prints. */
export async function runCli(args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

export const tempDir = (prefix = 'gongwen-') => mkdtempSync(path.join(os.tmpdir(), prefix));

export interface BinRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export const BIN = path.join(__dirname, '..', '..', 'bin', 'gongwen.js');

/** Runs bin/gongwen.js (the compiled dist/: `npm test` builds it first), or a copy of it, as its own process. */
export function runBin(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number; bin?: string } = {}): BinRun {
  const r = spawnSync(process.execPath, [options.bin ?? BIN, ...args], { encoding: 'utf8', timeout: options.timeout ?? 60_000, cwd: options.cwd, env: options.env ?? process.env });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}
