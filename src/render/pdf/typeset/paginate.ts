/**
 * Pagination: items fill the text block top to bottom, text lines on the
 * grid. A page never ends with an item that must keep with the next one (a
 * heading, the body lines that hold the signature company), nor with a
 * paragraph's first line alone (orphan), nor leaves its last line alone at
 * the top of the next page (widow): the page ends a line or two early
 * instead, which the 22-line grid allows. Table header
 * rows repeat at the top of each page a table continues on; a row group
 * taller than a page is cut at a row boundary to fill the page. Turned items
 * (a table too wide for portrait) get pages of their own, laid out on the
 * turned sheet.
 */
import type { DrawOp } from '../draw-ops';
import { BLOCK_BOTTOM, BLOCK_TOP, LINE_PITCH } from '../geometry';
import { TURNED_BLOCK } from '../turned-page';
import type { FlowItem, Section } from './flow';

export interface Page {
  section: number;
  ops: DrawOp[];
  /** Where the flow ended on this page (points from the page top); a turned page counts as full. */
  bottom: number;
}

interface Frame {
  top: number;
  bottom: number;
}

const UPRIGHT: Frame = { top: BLOCK_TOP, bottom: BLOCK_BOTTOM };
const TURNED: Frame = { top: TURNED_BLOCK.top, bottom: TURNED_BLOCK.bottom };
const EPSILON = 1e-6;
const snapToGrid = (y: number, frame: Frame) => frame.top + Math.ceil((y - frame.top) / LINE_PITCH - EPSILON) * LINE_PITCH;
const heightOf = (items: FlowItem[]) => items.reduce((h, item) => h + item.height, 0);

/** A break before items[at] would leave a paragraph's last line alone at the top of the next page. */
const leavesWidow = (items: FlowItem[], at: number) => {
  const line = items[at]?.paragraphLine;
  return !!line && line.index > 0 && line.index === line.count - 1;
};
/** A break before items[at] would leave a paragraph's first line alone at the foot of the page. */
const leavesOrphan = (items: FlowItem[], at: number) => {
  const line = items[at - 1]?.paragraphLine;
  return !!line && line.index === 0 && line.count > 1;
};

/**
 * Where the page that overflows at items[at] ends: earlier, past the items
 * that keep with the next one and past a widow or an orphan; at `at` itself
 * when that would leave the page empty.
 */
function pageBreak(items: FlowItem[], at: number, pageStart: number): number {
  let b = at;
  for (let moved = true; moved && b > pageStart; ) {
    moved = false;
    while (b > pageStart && items[b - 1].keepWithNext) b--, (moved = true);
    if (b > pageStart && leavesWidow(items, b)) b--, (moved = true);
    if (b > pageStart && leavesOrphan(items, b)) b--, (moved = true);
  }
  return b > pageStart ? b : at; // the kept chain fills a whole page: break inside it
}

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
    const items = [...section.items];
    let fixed = section.fixed;
    let placed: Placed[] = [];
    let turned = false;
    let pageTop = section.start;
    let pageStart = 0;
    const frame = () => (turned ? TURNED : UPRIGHT);
    const cursor = () => (placed.length ? placed[placed.length - 1].bottom : pageTop);
    const closePage = () => {
      const flow = placed.flatMap((p) => p.ops);
      pages.push({ section: s, ops: [...fixed, ...(turned ? [{ kind: 'turned' as const, ops: flow }] : flow)], bottom: turned ? BLOCK_BOTTOM : cursor() });
    };
    const topOf = (item: FlowItem) => {
      const top = item.onGrid ? snapToGrid(cursor(), frame()) : cursor();
      return item.atFoot ? Math.max(top, frame().bottom - item.height) : top;
    };
    const put = (item: FlowItem, index: number, repeat = false) => {
      const top = topOf(item);
      placed.push({ index, ops: item.draw(top), bottom: top + item.height, repeat });
    };
    const pageIsEmpty = () => placed.every((p) => p.repeat);
    /** A fresh page in the orientation of items[at], which opens it (after its repeated header rows). */
    const openPage = (at: number) => {
      fixed = [];
      placed = [];
      turned = !!items[at].turned;
      pageTop = frame().top;
      pageStart = at;
      for (const header of items[at].repeatOnNewPage ?? []) put(header, at, true);
    };

    for (let i = 0; i < items.length; ) {
      const item = items[i];
      if (!!item.turned !== turned) {
        if (fixed.length > 0 || !pageIsEmpty()) closePage();
        openPage(i);
      }
      if (item.blank && pageIsEmpty() && pageStart > 0) {
        i++;
        continue;
      }
      const top = topOf(item);
      if (top + item.height <= frame().bottom + EPSILON) {
        put(item, i++);
        continue;
      }
      const freshRoom = frame().bottom - frame().top - heightOf(item.repeatOnNewPage ?? []);
      const parts = item.height > freshRoom + EPSILON ? item.split?.(frame().bottom - top) : undefined;
      if (parts) {
        items.splice(i, 1, ...parts);
        continue;
      }
      if (pageIsEmpty()) {
        put(item, i++);
        continue;
      }
      const breakAt = pageBreak(items, i, pageStart);
      placed = placed.filter((p) => p.index < breakAt);
      closePage();
      openPage(breakAt);
      i = breakAt;
    }
    closePage();
  });
  return pages;
}
