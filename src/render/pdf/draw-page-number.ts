/** Page numbers (§7.5): `— N —` in 四号, 7 mm below the text block; odd pages right, even pages left, one character in. */
import { mmToPt, PAGE_NUMBER } from '../../style/gbt9704';
import type { DrawOp } from './draw-ops';
import { BLOCK_BOTTOM, BLOCK_LEFT, BLOCK_WIDTH } from './geometry';
import { setWidth } from './layout-text';
import type { TextSetter } from './set-text';
import { PAGE_NUMBER_TEXT } from './text-styles';

export function pageNumberOps(setter: TextSetter, page: number): DrawOp[] {
  const style = PAGE_NUMBER_TEXT;
  const text = `${PAGE_NUMBER.dash} ${page} ${PAGE_NUMBER.dash}`;
  const line = setter.setLine(text, style);
  const inset = PAGE_NUMBER.insetChars * style.size;
  const x = page % 2 === 1 ? BLOCK_WIDTH - inset - setWidth(line) : inset;
  const centre = BLOCK_BOTTOM + mmToPt(PAGE_NUMBER.belowTextMm);
  return setter.lineOps(line, [{ text, style }], { left: BLOCK_LEFT, top: centre - style.size / 2, height: style.size }, x);
}
