import { hasErrors, type Problem } from '../campaign/problem';
import { documentFromFile } from '../pipeline';
import { askedFormats, FORM_WORKBOOKS, FORMATS } from '../render/formats';
import { COMMANDS, parseCommandArgs, usageLine } from './commands';
import { nowMs } from './clock';
import { OutputError } from './output-error';
import { clashingNames, renderOutputs, type Composed, type Output, type RenderedCampaign, type RenderOptions } from './render-outputs';
import { inFileOrder, printFontWarnings, printProblems, summary, type Io } from './report';
import { watchAndBuild } from './watch';
import { RenderedMemo } from './watch-reuse';
import { writeFilesAtomic } from './write-atomic';

/**
 * Checks and composes every file first, renders everything in memory, and
 * only then writes, all files or none: a build with any error, or one whose
 * output place fails, leaves nothing behind.
 */
export async function buildCommand(args: string[], io: Io, stop?: AbortSignal): Promise<number> {
  const { values, positionals } = parseCommandArgs(COMMANDS.build.options, args);
  const formats = askedFormats(values.format);
  const unknown = formats.filter((f) => !(f in FORMATS) && f !== FORM_WORKBOOKS);
  if (positionals.length === 0 || unknown.length > 0) {
    if (unknown.length) io.err(`未知的格式 (unknown format): ${unknown.join(', ')}`);
    io.err(`用法 (usage): ${usageLine('build')}`);
    return 2;
  }

  const reuse = values.watch ? new RenderedMemo<RenderedCampaign>() : undefined;
  const options: RenderOptions = { formats, outDir: values.out, draft: values.draft, fontDirs: values.fonts, reuse };
  const once = () => build(positionals, options, values.json, io);
  return values.watch ? watchAndBuild(positionals, once, io, stop ?? interruptSignal()) : once();
}

async function build(positionals: string[], options: RenderOptions, json: boolean | undefined, io: Io): Promise<number> {
  const started = nowMs();
  const timings: Record<string, number> = {};
  const problems: Problem[] = clashingNames(positionals, options.outDir);
  const composed: Composed[] = [];
  for (const file of hasErrors(problems) ? [] : positionals) {
    const t = nowMs();
    const result = await documentFromFile(file);
    timings[`compose:${file}`] = nowMs() - t;
    problems.push(...result.problems);
    if (result.document && result.campaign) composed.push({ file, source: result.source ?? '', document: result.document, campaign: result.campaign });
  }
  if (!hasErrors(problems) && options.formats.includes('pdf')) {
    // From the PDF renderer's bundle: the faces it finds and opens are then the ones the PDF is set with, read once.
    const { resolveFontsWithWarnings } = await import('../render/pdf');
    printFontWarnings(resolveFontsWithWarnings({ fontDirs: options.fontDirs }).warnings, io);
  }
  const pending: (Output & { data: Uint8Array })[] = [];
  for (const c of hasErrors(problems) ? [] : composed) {
    try {
      const rendered = await renderOutputs(c, options, timings);
      pending.push(...rendered.outputs);
      problems.push(...rendered.problems);
    } catch (e) {
      // check has read every asset; this only happens when a file changed since.
      problems.push(renderFailure(c.file, e));
    }
  }
  printProblems(problems, io);
  if (hasErrors(problems)) {
    io.err(`${summary(problems)}；未生成任何文件 (nothing written)`);
    return 2;
  }
  try {
    await writeFilesAtomic(pending);
  } catch (e) {
    if (!(e instanceof OutputError)) throw e;
    io.err(e.message);
    return 2;
  }
  timings.total = nowMs() - started;

  const outputs: Output[] = pending.map(({ data: _, ...o }) => o);
  if (json) {
    const round = Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v * 10) / 10]));
    io.out(JSON.stringify({ outputs, warnings: inFileOrder(problems), timingsMs: round }, null, 2));
  } else {
    for (const o of outputs) io.err(`已生成 (written) ${o.path}${o.pages ? `（${o.pages} 页）` : ''}`);
  }
  return 0;
}

function renderFailure(file: string, e: unknown): Problem {
  const detail = String((e as Error)?.message ?? e).split('\n')[0].slice(0, 200);
  return {
    file, line: 1, column: 1, severity: 'error', code: 'render-failed', message: '生成时出错，未写出任何文件', english: `rendering failed: ${detail}`,
    hint: '如果刚刚替换过图片或 PDF 附件，请再运行一次 check；问题仍在时请把这条信息交给维护人员',
  };
}

function interruptSignal(): AbortSignal {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  return controller.signal;
}
