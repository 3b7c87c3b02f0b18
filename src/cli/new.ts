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
  await writeFileAtomic(target, withSchemaFrom(text, values.from, target));
  io.out(`已新建 (created) ${target}。还需要填写和核对 (still to do)：`);
  checklist.forEach((item, i) => io.out(`  ${i + 1}. ${item}`));
  io.out(`填好后运行 gongwen check --strict ${target}`);
  return 0;
}

const SCHEMA_COMMENT = /^(# yaml-language-server: \$schema=)(\S+)/m;

/** The editor's $schema path is relative to the file: written into another folder, it is made relative to the new file. */
function withSchemaFrom(text: string, from: string, target: string): string {
  return text.replace(SCHEMA_COMMENT, (line, head: string, schema: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(schema) || path.isAbsolute(schema)) return line;
    const moved = path.relative(path.dirname(path.resolve(target)), path.resolve(path.dirname(from), schema));
    return head + moved.split(path.sep).join('/');
  });
}
