/**
 * The 附注 stands on the line after the date (§7.3.6), clear of the seals' ink. A seal pressed on the line above the
 * date reaches half a seal below its line's middle, past the date into the 附注's line: a joint notice's last row of
 * seals stands over the left of the block, where the 附注 starts two characters in, and a 附注 long enough (a 联系人
 * note) runs under a single seal too. Where one does, the 附注 moves down as many lines as clear the seal's box, as
 * the 版记 at a page's foot starts below a seal's ink.
 */
import { CHAR_PITCH_MM, LINE_PITCH_MM, MAIN, PAGE } from '../style/gbt9704';
import type { SignatureArrangement } from './model';
import { sealSizeMm } from './seal-size';
import { emWidth } from './text-width';

/** Blank lines between the date and the 附注 `remark` under the signature `s`. */
export function linesBeforeRemark(s: SignatureArrangement, remark: string): number {
  const heights = s.lines.map((_, i) => s.heights?.[i] ?? 1);
  const topOf = (line: number) => heights.slice(0, line).reduce((a, b) => a + b, 0) * LINE_PITCH_MM;
  const remarkTop = topOf(s.lines.length);
  // the 附注's first line: from two characters in to its end, or the whole width when it runs on to a second
  const start = MAIN.indentChars * CHAR_PITCH_MM;
  const end = Math.min(PAGE.textWidthMm, start + emWidth(remark) * CHAR_PITCH_MM);
  const across = end < PAGE.textWidthMm ? { left: start, right: end } : { left: 0, right: PAGE.textWidthMm };
  const below = s.seals
    .filter((seal) => seal.centreXMm - sealSizeMm(seal).width / 2 < across.right && across.left < seal.centreXMm + sealSizeMm(seal).width / 2)
    .map((seal) => topOf(seal.line) + (heights[seal.line] * LINE_PITCH_MM) / 2 + sealSizeMm(seal).height / 2 - remarkTop);
  return Math.max(0, ...below.map((mm) => Math.ceil(mm / LINE_PITCH_MM)));
}
