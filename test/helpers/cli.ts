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
