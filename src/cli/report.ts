import { writeSync } from 'node:fs';
import { formatProblem, type Problem } from '../campaign/problem';
import type { FontWarning } from '../fonts/resolve';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/**
 * A line written straight to the file descriptor. process.stdout and
 * process.stderr would load Node's streams and, on a pipe, its network
 * modules: a few milliseconds of a `check` that takes a few dozen. A reader
 * that stops reading (gongwen … | head) is no failure: the lines it does not
 * take are dropped and the command runs to its end, as Unix tools do. Where
 * a plain write does not do (a non-blocking descriptor, Windows' console,
 * which takes UTF-8 only through the stream), the stream writes instead.
 */
function lineWriter(fd: 1 | 2, stream: () => NodeJS.WriteStream): (line: string) => void {
  let direct = process.platform !== 'win32';
  return (line) => {
    let bytes = Buffer.from(`${line}\n`);
    while (direct && bytes.length > 0) {
      try {
        bytes = bytes.subarray(writeSync(fd, bytes));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
        direct = false;
      }
    }
    if (bytes.length > 0) dropEpipe(stream()).write(bytes);
  };
}

function dropEpipe(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  if (stream.listenerCount('error') === 0) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
    });
  }
  return stream;
}

export const processIo: Io = {
  out: lineWriter(1, () => process.stdout),
  err: lineWriter(2, () => process.stderr),
};

/** Each file's problems in the order of its lines, so a clerk can work down the file; files in the order given. */
/**
 * Problems by file (in the order first met), then where they stand, then what they say: the same problems are
 * listed alike however the build found them (paragraphs read back from the cache meet missing glyphs in another order).
 */
export function inFileOrder(problems: Problem[]): Problem[] {
  const files = [...new Set(problems.map((p) => p.file))];
  return [...problems].sort(
    (a, b) => files.indexOf(a.file) - files.indexOf(b.file) || a.line - b.line || a.column - b.column || order(a.code, b.code) || order(a.message, b.message),
  );
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function printProblems(problems: Problem[], io: Io): void {
  for (const p of inFileOrder(problems)) io.err(formatProblem(p));
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function summary(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return `${errors} 个错误，${warnings} 个警告 (${count(errors, 'error')}, ${count(warnings, 'warning')})`;
}

export function printFontWarnings(warnings: FontWarning[], io: Io): void {
  for (const w of warnings) io.err(`${w.where}  警告  ${w.message} (${w.english})  提示：${w.hint}`);
}
