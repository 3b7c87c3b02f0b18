import { hasErrors } from '../campaign/problem';
import { checkCampaignFile } from '../check-file';
import { COMMANDS, parseCommandArgs, usageLine } from './commands';
import { printProblems, summary, type Io } from './report';
import { quoted } from '../campaign/quoted';

/** Exit 0 clean, 1 on warnings with --strict, 2 on errors. */
export async function checkCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(COMMANDS.check.options, args);
  if (positionals.length === 0) {
    io.err(`用法 (usage): ${usageLine('check')}`);
    return 2;
  }
  const checked = await Promise.all(positionals.map(checkCampaignFile));
  const found = checked.flatMap((c) => c.problems);
  // With --strict an unfinished file is an error: it cannot go out by accident.
  const problems = found.map((p) => (values.strict && p.code === 'unfilled' ? { ...p, severity: 'error' as const } : p));
  printProblems(problems, io);
  for (const pdf of checked.flatMap((c) => c.pdfs ?? [])) {
    io.err(`${pdf.file}:${pdf.line}:${pdf.column}  说明  ${pdf.label}${quoted(pdf.title)}（${pdf.path}）附 ${pdf.pages} 页 (attached PDF adds ${pdf.pages} page${pdf.pages === 1 ? '' : 's'})`);
  }
  io.err(summary(problems));
  if (hasErrors(problems)) return 2;
  return values.strict && problems.length > 0 ? 1 : 0;
}
