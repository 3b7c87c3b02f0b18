import { formatProblem, type Problem } from '../campaign/problem';
import type { FontWarning } from '../fonts/resolve';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export function printProblems(problems: Problem[], io: Io): void {
  for (const p of problems) io.err(formatProblem(p));
}

export function summary(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return `${errors} 个错误，${warnings} 个警告 (${errors} errors, ${warnings} warnings)`;
}

export function printFontWarnings(warnings: FontWarning[], io: Io): void {
  for (const w of warnings) io.err(`${w.where}  警告  ${w.message} (${w.english})  提示：${w.hint}`);
}
