/** Model runs as Word runs; a redline's runs become tracked insertions and deletions. */
import { DeletedTextRun, InsertedTextRun, TextRun, type ParagraphChild } from 'docx';
import type { Run } from '../../document/model';
import type { RenderContext } from './context';
import { modelRunStyle, runStyle } from './fonts';

export function textRuns(ctx: RenderContext, runs: Run[], sizePt?: number): ParagraphChild[] {
  return runs.map((run) => {
    const options = { ...runStyle(modelRunStyle(run, sizePt), run.text), text: run.text };
    switch (run.revision) {
      case 'inserted':
        return new InsertedTextRun({ ...options, ...ctx.revision() });
      case 'deleted':
        return new DeletedTextRun({ ...options, ...ctx.revision() });
      default:
        return new TextRun(options);
    }
  });
}
