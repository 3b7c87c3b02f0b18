import { existsSync } from 'node:fs';
import path from 'node:path';
import { checkCampaignFile } from '../pipeline';
import { newYearFrom } from '../review/new-year';
import { COMMANDS, parseCommandArgs, usageLine } from './commands';
import { printProblems, type Io } from './report';
import { writeFileAtomic } from './write-atomic';

export async function newCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(COMMANDS.new.options, args);
  const year = Number(positionals[0]);
  if (positionals.length !== 1 || !Number.isInteger(year) || year < 1949 || year > 2100 || !values.from) {
    io.err(`用法 (usage): ${usageLine('new')}`);
    return 2;
  }
  const from = await checkCampaignFile(values.from);
  if (!from.campaign || from.source === undefined) {
    printProblems(from.problems.filter((p) => p.severity === 'error'), io);
    io.err('去年的文件有错误，请先修正 (fix last year\'s file first)');
    return 2;
  }
  const target = values.out ?? path.join(path.dirname(values.from), `${year}.yaml`);
  if (existsSync(target)) {
    io.err(`${target}:1:1  错误  文件已存在，未覆盖 (file exists; not overwritten)  提示：换一个 --out 路径，或先删除这个文件`);
    return 2;
  }
  const { text, checklist } = newYearFrom(from.source, year);
  await writeFileAtomic(target, text);
  io.out(`已新建 (created) ${target}。还需要填写和核对 (still to do)：`);
  checklist.forEach((item, i) => io.out(`  ${i + 1}. ${item}`));
  io.out(`填好后运行 gongwen check --strict ${target}`);
  return 0;
}
