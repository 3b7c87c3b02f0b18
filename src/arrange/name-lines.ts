/**
 * An issuer's name too long for the signature's line (a leading group's office
 * under two bodies' names runs past 26 characters) in as few lines as hold it,
 * as a clerk breaks it by hand: after the end of one body's name (中共某某市委 |
 * 某某市人民政府 | …领导小组办公室) nearest an even split, or at the even split
 * where no such end fits.
 */
import { emWidth } from './text-width';

/** Characters a body's name ends with. */
const BODY_ENDS = /[委府局厅部会室组院办处]/;

/** `name` in lines no wider than `roomEm` em each. */
export function nameLines(name: string, roomEm: number): string[] {
  const width = emWidth(name);
  if (width <= roomEm) return [name];
  const chars = [...name];
  const head = (i: number) => chars.slice(0, i).join('');
  const tail = (i: number) => chars.slice(i).join('');
  // a cut that leaves the rest for no more lines than the even split would
  const rest = (Math.ceil(width / roomEm) - 1) * roomEm;
  const cuts = chars.map((_, i) => i).filter((i) => i > 0 && emWidth(head(i)) <= roomEm && emWidth(tail(i)) <= rest);
  const atEnd = cuts.filter((i) => BODY_ENDS.test(chars[i - 1]));
  const unevenness = (i: number) => Math.abs(emWidth(head(i)) - emWidth(tail(i)));
  const cut = (atEnd.length ? atEnd : cuts).reduce((best, i) => (unevenness(i) < unevenness(best) ? i : best));
  return [head(cut), ...nameLines(tail(cut), roomEm)];
}
