/**
 * A 题注's lines: its clauses, written apart by full-width spaces
 * （……公布　自……起施行）, stand whole where they fit, as many to a line as
 * fit, the space where a line breaks not printed; a clause longer than a line
 * is broken as a title is.
 */
import { fitEm } from './text-width';
import { titleLines } from './title-lines';

export function noteLines(note: string, maxEm: number): string[] {
  const lines: string[] = [];
  for (const clause of note.split(/　+/)) {
    const last = lines.length - 1;
    if (last >= 0 && fitEm(`${lines[last]}　${clause}`) <= maxEm) lines[last] += `　${clause}`;
    else lines.push(...titleLines(clause, maxEm));
  }
  return lines;
}
