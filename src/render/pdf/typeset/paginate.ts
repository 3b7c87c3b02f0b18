/**
 * Pagination: items fill the text block top to bottom, text lines on the
 * grid. A page never ends with an item that must keep with the next one (a
 * heading, the body lines that hold the signature company); table header
 * rows repeat at the top of each page a table continues on.
 */
import type { DrawOp } from '../draw-ops';
import { BLOCK_BOTTOM, BLOCK_TOP, LINE_PITCH } from '../geometry';
import type { FlowItem, Section } from './flow';

export interface Page {
  section: number;
  ops: DrawOp[];
  /** Where the flow ended on this page (points from the page top). */
  bottom: number;
}

const EPSILON = 1e-6;
const snapToGrid = (y: number) => BLOCK_TOP + Math.ceil((y - BLOCK_TOP) / LINE_PITCH - EPSILON) * LINE_PITCH;

interface Placed {
  index: number;
  ops: DrawOp[];
  bottom: number;
  /** A repeated table header row. */
  repeat: boolean;
}

export function paginate(sections: Section[]): Page[] {
  const pages: Page[] = [];
  sections.forEach((section, s) => {
    const { items } = section;
    let fixed = section.fixed;
    let placed: Placed[] = [];
    let pageTop = section.start;
    let pageStart = 0;
    const cursor = () => (placed.length ? placed[placed.length - 1].bottom : pageTop);
    const closePage = () => pages.push({ section: s, ops: [...fixed, ...placed.flatMap((p) => p.ops)], bottom: cursor() });
    const put = (item: FlowItem, index: number, repeat = false) => {
      const top = item.onGrid ? snapToGrid(cursor()) : cursor();
      placed.push({ index, ops: item.draw(top), bottom: top + item.height, repeat });
    };
    const pageIsEmpty = () => placed.every((p) => p.repeat);

    for (let i = 0; i < items.length; ) {
      const item = items[i];
      if (item.blank && pageIsEmpty() && pageStart > 0) {
        i++;
        continue;
      }
      const top = item.onGrid ? snapToGrid(cursor()) : cursor();
      if (top + item.height <= BLOCK_BOTTOM + EPSILON || pageIsEmpty()) {
        put(item, i++);
        continue;
      }
      let breakAt = i;
      while (breakAt > pageStart && items[breakAt - 1].keepWithNext) breakAt--;
      if (breakAt === pageStart) breakAt = i; // the kept chain fills a whole page: break inside it
      placed = placed.filter((p) => p.index < breakAt);
      closePage();
      fixed = [];
      placed = [];
      pageTop = BLOCK_TOP;
      pageStart = breakAt;
      i = breakAt;
      for (const header of items[i].repeatOnNewPage ?? []) put(header, i, true);
    }
    closePage();
  });
  return pages;
}
