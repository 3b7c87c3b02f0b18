import { formatCampaignFile } from '../review/fmt';
import { COMMANDS, parseCommandArgs, usageLine } from './commands';
import { printProblems, type Io } from './report';
import { writeFileAtomic } from './write-atomic';

/** Rewrites files in the canonical layout; with --check, names the files that are not canonical and exits 1. */
export async function fmtCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(COMMANDS.fmt.options, args);
  if (positionals.length === 0) {
    io.err(`用法 (usage): ${usageLine('fmt')}`);
    return 2;
  }
  let failed = false;
  let unformatted = false;
  for (const file of positionals) {
    const result = await formatCampaignFile(file);
    if (!result.ok) {
      printProblems(result.problems, io);
      failed = true;
    } else if (result.canonical !== result.source) {
      unformatted = true;
      if (values.check) {
        io.out(`${file}  未按统一格式排列 (not canonical)  提示：运行 gongwen fmt ${file}`);
      } else {
        await writeFileAtomic(file, result.canonical);
        io.err(`已整理 (formatted) ${file}`);
      }
    }
  }
  if (failed) return 2;
  return values.check && unformatted ? 1 : 0;
}
