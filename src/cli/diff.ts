import path from 'node:path';
import { composeDocument } from '../compose';
import { checkCampaignFile } from '../pipeline';
import { renderRedline } from '../review/redline-docx';
import { marks, printChange } from '../review/print-diff';
import { semanticDiff } from '../review/semantic-diff';
import { COMMANDS, parseCommandArgs, usageLine } from './commands';
import { printProblems, type Io } from './report';
import { writeFileAtomic } from './write-atomic';

/** Exit 0 when the two campaigns say the same thing, 1 when they differ, 2 on bad input. */
export async function diffCommand(args: string[], io: Io, color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR): Promise<number> {
  const { values, positionals } = parseCommandArgs(COMMANDS.diff.options, args);
  if (positionals.length !== 2) {
    io.err(`用法 (usage): ${usageLine('diff')}`);
    return 2;
  }
  const [old, neu] = await Promise.all(positionals.map(checkCampaignFile));
  if (!old.campaign || !neu.campaign) {
    printProblems([...old.problems, ...neu.problems].filter((p) => p.severity === 'error'), io);
    return 2;
  }
  const changes = semanticDiff(old.campaign, neu.campaign);
  if (values.redline) {
    const compose = (file: string, c: typeof old.campaign) => composeDocument(c!, path.dirname(path.resolve(file)));
    const red = await renderRedline(compose(positionals[0], old.campaign), compose(positionals[1], neu.campaign));
    if ('untracked' in red) {
      io.err(`${values.redline}:1:1  错误  修订稿无法标出全部修改，未生成 (the redline cannot show every change; nothing written)  提示：以下修改请人工核对，或分两步修改后再比较`);
      for (const u of red.untracked) io.err(`  ${u}`);
      return 2;
    }
    await writeFileAtomic(values.redline, red.bytes);
    io.err(`已生成修订稿 (redline written) ${values.redline}`);
  }
  if (values.json) io.out(JSON.stringify({ old: positionals[0], new: positionals[1], changes }, null, 2));
  else if (changes.length === 0) io.out('两个文件内容相同（只有格式差异） (no differences in content)');
  else for (const c of changes) io.out(printChange(c, marks(color)));
  return changes.length === 0 ? 0 : 1;
}
