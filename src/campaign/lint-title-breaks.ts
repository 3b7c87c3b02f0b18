/**
 * A line break the clerk wrote in the title (titleText) where the automatic
 * breaking would never end a line: inside a word, between a number and its
 * unit, inside a document number. GB/T 9704 §7.3.1 asks that a title's lines
 * keep words whole; the break prints as written, so check says where it cuts.
 */
import { mainTitleSeams } from '../arrange';
import { titleText } from '../compose/normalize-text';
import type { Report } from './problem';
import type { Position } from './source-map';
import type { Campaign } from './types';

export function checkTitleBreaks(campaign: Campaign, report: Report, textAt: (needle: string) => Position): void {
  // {{year}} and the like are expanded later: where they print, the words are not known here.
  if (!campaign.title || campaign.title.includes('{{')) return;
  const lines = titleText(campaign.title).split('\n');
  const seams = mainTitleSeams(lines.join(''));
  let at = 0;
  lines.forEach((line, i) => {
    if (i > 0 && !seams.has(at)) {
      const cut = `${[...lines[i - 1]].slice(-2).join('')}｜${[...line].slice(0, 2).join('')}`;
      report('warning', textAt(line), 'title-break-in-word', `标题在“${cut}”处换行，拆开了一个词`,
        `the line break written in the title splits a word at "${cut}"`, '把换行移到两个词之间，或删去换行由程序自动断行（标题写在一行时按词意完整、梯形或菱形自动断行）');
    }
    at += [...line].length;
  });
}
