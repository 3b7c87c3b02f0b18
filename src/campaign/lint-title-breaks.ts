/**
 * A line break the clerk wrote in a title (titleText) where the automatic
 * breaking would never end a line: inside a word, between a number and its
 * unit, inside a document number. GB/T 9704 §7.3.1 asks that a title's lines
 * keep words whole; the break prints as written, so check says where it cuts.
 * The notice's title, an annex's and a forwarded notice's print their breaks alike.
 */
import { printedTitleSeams } from '../arrange';
import { titleText } from '../compose/normalize-text';
import type { Report } from './problem';
import type { DataPath, Position } from './source-map';
import type { NoticeSpec } from './types';

export function checkTitleBreaks(campaign: NoticeSpec, report: Report, textAt: (p: DataPath, needle: string) => Position): void {
  const visit = (spec: NoticeSpec, base: DataPath) => {
    if (spec.title) checkTitle(spec.title, false, [...base, 'title'], report, textAt);
    (spec.annexes ?? []).forEach((a, i) => {
      const p: DataPath = [...base, 'annexes', i];
      // a forwarded notice prints its title as a notice's; the others at the annex title's size (a listed one is not printed)
      if (a.kind === 'notice') visit(a, p);
      else if (a.kind !== 'listed') checkTitle(a.title, true, [...p, 'title'], report, textAt);
    });
  };
  visit(campaign, []);
}

function checkTitle(title: string, annex: boolean, p: DataPath, report: Report, textAt: (p: DataPath, needle: string) => Position) {
  // {{year}} and the like are expanded later: where they print, the words are not known here.
  if (title.includes('{{')) return;
  const lines = titleText(title).split('\n');
  const seams = printedTitleSeams(lines.join(''), annex);
  let at = 0;
  lines.forEach((line, i) => {
    if (i > 0 && !seams.has(at)) {
      const cut = `${[...lines[i - 1]].slice(-2).join('')}｜${[...line].slice(0, 2).join('')}`;
      report('warning', textAt(p, line), 'title-break-in-word', `标题在“${cut}”处换行，拆开了一个词`,
        `the line break written in the title splits a word at "${cut}"`, '把换行移到两个词之间，或删去换行由程序自动断行（标题写在一行时按词意完整、梯形或菱形自动断行）');
    }
    at += [...line].length;
  });
}
