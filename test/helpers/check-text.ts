/** A campaign written as text into `dir` and checked: its problems, and its lines to find where they point. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkCampaignFile } from '../../src/pipeline';

export async function checkText(dir: string, name: string, text: string) {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return { problems: (await checkCampaignFile(file)).problems, lines: text.split('\n') };
}

/** The 1-based number of the first line that starts (after indentation) with `start`; 0 when none does. */
export const lineOf = (lines: string[], start: string) => lines.findIndex((l) => l.trimStart().startsWith(start)) + 1;

/** Where a problem about `needle` points: the line starting with `start` (lineOf), and the 1-based column of `needle` in it. */
export function placeOf(lines: string[], start: string, needle: string): [number, number] {
  const line = lineOf(lines, start);
  return [line, lines[line - 1].indexOf(needle) + 1];
}
