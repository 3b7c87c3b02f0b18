/** `gongwen build --watch` as a child process, and a way to wait for what it prints to stderr. */
import { spawn } from 'node:child_process';
import { BIN } from './cli';

export function watchBuild(args: string[], timeoutMs: number, env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(process.execPath, [BIN, 'build', '--watch', ...args], { env });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  /** What it printed from offset `from` up to the end of the first match of `pattern`; rejected after `timeoutMs`. */
  const waitFor = (pattern: RegExp, from: number) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        clearInterval(poll);
        reject(new Error(`no ${pattern} after ${from} in:\n${stderr}`));
      }, timeoutMs);
      const poll = setInterval(() => {
        const m = pattern.exec(stderr.slice(from));
        if (!m) return;
        clearInterval(poll);
        clearTimeout(timer);
        resolve(stderr.slice(from, from + m.index + m[0].length));
      }, 20);
    });
  /** What it printed to stdout so far (with --json: one summary per build). */
  return { child, waitFor, printed: () => stderr.length, stdout: () => stdout };
}
