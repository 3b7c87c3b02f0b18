/** A problem a clerk can fix: where it is, what is wrong (Chinese, then English), and how to fix it. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  /** Stable identifier, e.g. 'unknown-key', for tests and --json. */
  code: string;
  message: string;
  english: string;
  hint: string;
}

/** How a checker reports a problem at a position in the campaign file. */
export type Report = (
  severity: Problem['severity'],
  pos: { line: number; column: number },
  code: string,
  message: string,
  english: string,
  hint: string,
) => void;

/** An error at a place in a file. */
export const fileError = (file: string, line: number, column: number, code: string, message: string, english: string, hint: string): Problem => ({
  file, line, column, severity: 'error', code, message, english, hint,
});

export const SEVERITY_LABEL: Record<Problem['severity'], string> = { error: '错误', warning: '警告' };

export function formatProblem(p: Problem): string {
  const hint = p.hint ? `  提示：${p.hint}` : '';
  return `${p.file}:${p.line}:${p.column}  ${SEVERITY_LABEL[p.severity]}  ${p.message} (${p.english})${hint}`;
}

export const hasErrors = (problems: Problem[]) => problems.some((p) => p.severity === 'error');
