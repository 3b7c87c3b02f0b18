import path from 'node:path';
import { collectReturns } from '../collect/collect-returns';
import { formatReturnProblem } from '../collect/problem';
import { returnFiles } from '../collect/return-files';
import { summaryDocument } from '../collect/summary-document';
import { summaryWorkbook } from '../collect/summary-workbook';
import { documentFromFile } from '../pipeline';
import { FORMATS } from '../render/formats';
import { formLayouts } from '../render/xlsx/form-layout';
import { COMMANDS, parseCommandArgs, usageLine } from './commands';
import { printProblems, summary, type Io } from './report';
import { writeFilesAtomic } from './write-atomic';

/** Exit 0 when every return was clean, 1 when any had a problem, 2 when nothing could be counted. */
export async function collectCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(COMMANDS.collect.options, args);
  const [file, ...returnArgs] = positionals;
  if (!file || returnArgs.length === 0) {
    io.err(`用法 (usage): ${usageLine('collect')}`);
    return 2;
  }
  const checked = await documentFromFile(file);
  if (!checked.campaign || !checked.document) {
    printProblems(checked.problems, io);
    io.err(summary(checked.problems));
    return 2;
  }
  const layouts = formLayouts(checked.campaign, checked.document);
  const layout = values.form ? layouts.find((l) => l.identity.annex === values.form) : layouts.length === 1 ? layouts[0] : undefined;
  if (!layout) {
    const ids = layouts.map((l) => l.identity.annex).join(', ') || '无 (none)';
    io.err(`${file}: 请用 --form 指定统计表附件 (choose the form annex with --form): ${ids}`);
    return 2;
  }

  const collection = await collectReturns(checked.campaign, layout, await returnFiles(returnArgs));
  for (const p of collection.problems) io.err(formatReturnProblem(p));
  const counted = collection.counted.length;
  if (counted === 0) {
    io.err('没有可以汇总的报表，未生成汇总表 (no return could be read; nothing written)');
    return 2;
  }
  const reports = values.report ? values.report.split(',').map((f) => f.trim()) : [];
  const unknown = reports.filter((f) => f !== 'docx' && f !== 'pdf');
  if (unknown.length) {
    io.err(`未知的格式 (unknown report format): ${unknown.join(', ')}；可用 docx、pdf`);
    return 2;
  }
  const out = values.out ?? path.join('output', `${path.basename(file, path.extname(file))}-${layout.identity.annex}-summary.xlsx`);
  // Everything is made in memory first, then written: a failure leaves no half set of files.
  const files: [string, Uint8Array][] = [[out, await summaryWorkbook(collection)]];
  const document = summaryDocument(checked.campaign, collection);
  for (const format of reports) {
    files.push([out.replace(/\.xlsx$/i, '') + `.${format}`, (await FORMATS[format].render(document, {})).bytes]);
  }
  await writeFilesAtomic(files.map(([target, data]) => ({ path: target, data })));
  const problems = collection.problems.length;
  io.err(
    `已汇总 ${counted} 个单位，${problems} 个问题，${collection.notReturned.length} 个主送单位未报送 ` +
      `(${counted} units counted, ${problems} problems, ${collection.notReturned.length} addressees without a return)`,
  );
  for (const [target] of files) io.err(`已生成 (written) ${target}`);
  return problems > 0 ? 1 : 0;
}
