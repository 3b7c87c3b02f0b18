import { formatProblem, type Problem } from '../campaign/problem';
import type { FontWarning } from '../fonts/resolve';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/**
 * A reader that stops reading (gongwen … | head) is no failure: the lines it
 * does not take are dropped and the command runs to its end, as Unix tools do.
 */
function dropEpipe(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  if (stream.listenerCount('error') === 0) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
    });
  }
  return stream;
}

export const processIo: Io = {
  out: (line) => dropEpipe(process.stdout).write(`${line}\n`),
  err: (line) => dropEpipe(process.stderr).write(`${line}\n`),
};

/** Each file's problems in the order of its lines, so a clerk can work down the file; files in the order given. */
export function printProblems(problems: Problem[], io: Io): void {
  const files = [...new Set(problems.map((p) => p.file))];
  const inFileOrder = [...problems].sort((a, b) => files.indexOf(a.file) - files.indexOf(b.file) || a.line - b.line || a.column - b.column);
  for (const p of inFileOrder) io.err(formatProblem(p));
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
