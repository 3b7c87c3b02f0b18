import { formatProblem, type Problem } from '../campaign/problem';
import type { FontWarning } from '../fonts/resolve';
import type { Io } from './process-io';

export type { Io } from './process-io';

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
