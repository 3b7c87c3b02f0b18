/**
 * Landscape pages for tables too wide for portrait (§8). The sheet stays A4
 * portrait (MediaBox 210 × 297 mm, no /Rotate) and only the table is drawn
 * turned a quarter counter-clockwise, its head towards the left edge: the
 * binding side of an odd page and the outer side of an even one, as §8 asks.
 *
 * Why content turned rather than a /Rotate page: the page number is drawn
 * exactly as on every other page, in the sheet's own coordinates, so it sits
 * at the §7.5 portrait position by construction; a /Rotate page makes viewers
 * and print drivers ("auto-rotate and centre") treat the sheet as landscape,
 * which shifts it and its number off the duplex registration of its neighbours.
 *
 * Turned ops are laid out on the turned sheet (297 wide, 210 tall, origin at
 * its top-left, which is the portrait sheet's bottom-left): there the text
 * block is 225 mm wide, its left margin is the portrait bottom margin and its
 * top margin the portrait 订口.
 */
import { BLOCK_BOTTOM, BLOCK_HEIGHT, BLOCK_LEFT, BLOCK_WIDTH, PAGE_HEIGHT } from './geometry';

export const TURNED_BLOCK = {
  left: PAGE_HEIGHT - BLOCK_BOTTOM,
  top: BLOCK_LEFT,
  width: BLOCK_HEIGHT,
  bottom: BLOCK_LEFT + BLOCK_WIDTH,
} as const;

/**
 * Content-stream matrix from the turned sheet to the portrait one. The stream
 * writer flips y against the portrait height, so a turned point (x, y) arrives
 * as (x, PAGE_HEIGHT − y) and must land on portrait (y, x) in PDF space.
 */
export const TURN_MATRIX = [0, 1, -1, 0, PAGE_HEIGHT, 0] as const;
