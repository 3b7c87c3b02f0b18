/** Model runs as Word runs; a redline's runs become tracked insertions (w:ins) and deletions (w:del). */
import type { Run } from '../../document/model';
import type { RenderContext } from './context';
import { modelRunStyle, run, runStyle, textElement } from './fonts';
import { element } from './xml';

export function textRuns(ctx: RenderContext, runs: Run[], sizePt?: number): string[] {
  return runs.map((r) => {
    const style = runStyle(modelRunStyle(r, sizePt), r.text);
    if (!r.revision) return run(style, textElement(r.text));
    const { id, author, date } = ctx.revision();
    const tag = r.revision === 'inserted' ? 'w:ins' : 'w:del';
    const text = textElement(r.text, r.revision === 'inserted' ? 'w:t' : 'w:delText');
    return element(tag, { 'w:id': id, 'w:author': author, 'w:date': date }, run(style, text));
  });
}
