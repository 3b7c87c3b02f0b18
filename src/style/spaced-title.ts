/**
 * A title of two characters printed spaced out (章程 → 章　程, 总则 → 总　　则,
 * gaps in TWO_CHARACTER_GAP of the style sheet). Only what is printed is
 * spaced: the campaign keeps what the clerk wrote, and the annex list, which
 * names the title in running text, prints it as written. A form's workbook
 * spaces its title row as the annex page does, not its sheet's name.
 */
import { TWO_CHARACTER_GAP } from './gbt9704';

const TWO_CHARACTERS = /^(\p{Script=Han})(\p{Script=Han})$/u;

export function spacedTitle(title: string, kind: keyof typeof TWO_CHARACTER_GAP): string {
  return title.replace(TWO_CHARACTERS, `$1${TWO_CHARACTER_GAP[kind]}$2`);
}
