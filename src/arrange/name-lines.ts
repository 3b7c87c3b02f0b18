/**
 * An issuer's name too long for the signature's line (a leading group's office
 * under two bodies' names runs past 26 characters) in as few lines as hold it,
 * as a clerk breaks it by hand: after the end of one body's name (中共某某市委 |
 * 某某市人民政府 | …领导小组办公室) nearest an even split; where no such end
 * fits, after the place the name starts with (政和县 | 农业农村局, a joint
 * notice's name under its seal); else at the even split.
 */
import { emWidth } from './text-width';

/** Characters a body's name ends with. */
const BODY_ENDS = /[委府局厅部会室组院办处]/;
/** A place's name ending before `i`: 省, 市, 县 or 区, but not the 市 of 市场 (政和县市场监督管理局). */
const placeEnds = (chars: string[], i: number) => /[省市县区]/.test(chars[i - 1]) && !(chars[i - 1] === '市' && chars[i] === '场');

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
  const afterPlace = cuts.filter((i) => placeEnds(chars, i));
  const unevenness = (i: number) => Math.abs(emWidth(head(i)) - emWidth(tail(i)));
  const cut = [atEnd, afterPlace, cuts].find((c) => c.length)!.reduce((best, i) => (unevenness(i) < unevenness(best) ? i : best));
  return [head(cut), ...nameLines(tail(cut), roomEm)];
}
