/**
 * Pagination: items fill the text block top to bottom, text lines on the
 * grid. A page never ends with an item that must keep with the next one (a
 * heading, the body lines that hold the signature company), nor with a
 * paragraph's first line alone (orphan), nor leaves its last line alone at
 * the top of the next page (widow): the page ends early instead. One empty
 * line at a page foot is allowed on the 22-line grid; where the rules would
 * leave two or more while the text runs on, a line of the page before is
 * pushed down or a paragraph run one line longer (see remedies), and a gap
 * nothing closes is reported. Table header
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
  /** Where the flow's ink ended on this page (points from the page top); a turned page counts as full. */
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
 * Whether items[k] keeps with the item after it: kept itself, or a blank line
 * (one that says nothing of keeping) under a kept one (a title keeps with what follows the blank line under it,
 * not only with that line). `loosely`: also an item kept only by preference.
 */
const keeps = (items: FlowItem[], k: number, loosely: boolean): boolean => {
  const item = items[k];
  if (item.blank && item.keepWithNext === undefined) return k > 0 && keeps(items, k - 1, loosely);
  return !!item.keepWithNext && (loosely || !item.keptLoosely);
};

/** The break before items[at], moved back past the items that keep with the next one and past a widow or an orphan. */
function movedBack(items: FlowItem[], at: number, pageStart: number, loosely: boolean): number {
  let b = at;
  for (let moved = true; moved && b > pageStart; ) {
    moved = false;
    while (b > pageStart && keeps(items, b - 1, loosely)) b--, (moved = true);
    if (b > pageStart && leavesWidow(items, b)) b--, (moved = true);
    if (b > pageStart && leavesOrphan(items, b)) b--, (moved = true);
  }
  return b;
}

/**
 * Where the page that overflows at items[at] ends: earlier, past the items
 * that keep with the next one and past a widow or an orphan; where that would
 * leave the page empty (or holding only a title), items kept together only by
 * preference part; undefined when the page would still be left empty.
 */
function pageBreak(items: FlowItem[], at: number, pageStart: number): number | undefined {
  const b = movedBack(items, at, pageStart, true);
  if (b > pageStart) return b;
  const loose = movedBack(items, at, pageStart, false);
  return loose > pageStart ? loose : undefined;
}

interface Placed {
  index: number;
  item: FlowItem;
  top: number;
  bottom: number;
  /** A repeated table header row. */
  repeat: boolean;
}

/** A page as the flow left it: which items it holds and whether it ends on a gap. */
interface PageEnd {
  start: number;
  end: number;
  /** Two or more grid lines left empty at its foot while the text runs on to the next page. */
  gap: boolean;
  /** The text of the line that opens the next page (for reporting a gap). */
  next?: string;
  /** The item that opens the next page is a table row (a gap then comes of rows kept together). */
  nextInTable?: boolean;
  /** It ends inside items kept together, which fill more than a page (a signature of many names). */
  keptSplit?: boolean;
}

/** A filled page, drawn only once it is known to be kept: the remedies try many fillings. */
interface PageDraft {
  fixed: DrawOp[];
  turned: boolean;
  placed: Placed[];
  bottom: number;
}

interface Filled {
  pages: PageDraft[];
  ends: PageEnd[];
  /** A filling asked to stop where it meets a page break of another: the item its next page would open with. */
  stoppedAt?: number;
}

/** Gap-free page breaks a page may be held to: the page opening at `start` ends before items[limit] at the latest. */
type Limits = Map<number, number>;

/**
 * Fills pages with the section's items, each as full as the rules allow,
 * none past its limit: from the section's start, or from a fresh page opened
 * by items[from]; until the end, or until a page would open with an item
 * `stop` accepts.
 */
function fill(section: Section, sectionItems: FlowItem[], limits: Limits, from = 0, stop?: (at: number) => boolean): Filled {
  const pages: PageDraft[] = [];
  const ends: PageEnd[] = [];
  const items = [...sectionItems];
  let fixed = section.fixed;
  let placed: Placed[] = [];
  let turned = false;
  let pageTop = section.start;
  let pageStart = 0;
  const frame = () => (turned ? TURNED : UPRIGHT);
  const cursor = () => (placed.length ? placed[placed.length - 1].bottom : pageTop);
  /** `overflow`: the item that did not fit, for a page that ends because the text runs on. */
  const closePage = (end: number, overflow?: number, keptSplit = false) => {
    pages.push({ fixed, turned, placed, bottom: turned ? BLOCK_BOTTOM : Math.max(cursor(), ...placed.map((p) => p.bottom + (p.item.inkBelow ?? 0))) });
    const next = items[end];
    const emptyLines = Math.floor((frame().bottom - cursor() + EPSILON) / LINE_PITCH);
    // the signature takes the lines before it to its page however much room that leaves (§7.3.5)
    const gap = overflow !== undefined && !items[overflow].signature && !turned && emptyLines >= 2 && !!next?.onGrid && !next.blank && !next.atFoot;
    ends.push({ start: pageStart, end, gap, next: next?.text, ...(next?.tableRow ? { nextInTable: true } : {}), ...(keptSplit ? { keptSplit } : {}) });
  };
  const topOf = (item: FlowItem) => {
    const top = item.onGrid ? snapToGrid(cursor(), frame()) : cursor();
    return item.atFoot ? Math.max(top, frame().bottom - item.height) : top;
  };
  const put = (item: FlowItem, index: number, repeat = false) => {
    const top = topOf(item);
    placed.push({ index, item, top, bottom: top + item.height, repeat });
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
  let stoppedAt: number | undefined;
  /** Ends the page before items[breakAt], where the rules moved the break back to from items[overflow], and opens the next one there. */
  const breakPage = (breakAt: number, overflow: number, keptSplit = false) => {
    placed = placed.filter((p) => p.index < breakAt);
    closePage(breakAt, overflow, keptSplit);
    if (stop?.(breakAt)) stoppedAt = breakAt;
    else openPage(breakAt);
    return breakAt;
  };

  if (from > 0) openPage(from);
  for (let i = from; i < items.length && stoppedAt === undefined; ) {
    const item = items[i];
    if (!!item.turned !== turned) {
      if (fixed.length > 0 || !pageIsEmpty()) closePage(i);
      openPage(i);
    }
    const limit = limits.get(pageStart);
    const held = limit !== undefined && i >= limit ? pageBreak(items, limit, pageStart) : undefined;
    if (limit !== undefined && held !== undefined) {
      i = breakPage(held, limit);
      continue;
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
    // no break the rules allow: the kept chain fills a whole page, so it breaks here, inside it, and says so
    i = breakAt === undefined ? breakPage(i, i, !!items[i - 1].keepWithNext) : breakPage(breakAt, i);
  }
  if (stoppedAt !== undefined) return { pages, ends, stoppedAt };
  closePage(items.length);
  return { pages, ends };
}

const gapCount = (f: Filled) => f.ends.filter((e) => e.gap).length;

/** The first line of each paragraph that can be set one line longer, with its item index. */
const longerParagraphs = (items: FlowItem[], from: number, to: number) =>
  items.flatMap((item, i) => (i >= from && i < to && item.paragraphLine?.index === 0 && item.longer ? [i] : []));

interface Layout {
  items: FlowItem[];
  limits: Limits;
}

/**
 * A layout tried against the filling of another, `base`: they differ from
 * base's page `from` on, and from the item `settled` on its items are base's
 * moved down by `shift` (the lines a paragraph run long adds), with the same
 * limits: where a page opens there with an item that opens one of base's,
 * the rest of the pages are base's.
 */
interface Trial {
  layout: Layout;
  from: number;
  settled: number;
  shift: number;
}

/** The filling of a trial: base's pages before `from`, its own until it meets base's again, then base's. */
function refill(section: Section, trial: Trial, base: Filled): Filled {
  const { layout, from, settled, shift } = trial;
  const opens = new Set(base.ends.map((e) => e.start));
  const own = fill(section, layout.items, layout.limits, base.ends[from].start, (at) => at >= settled && opens.has(at - shift));
  const rest = own.stoppedAt === undefined ? -1 : base.ends.findIndex((e) => e.start === own.stoppedAt! - shift);
  const moved = (e: PageEnd): PageEnd => (shift ? { ...e, start: e.start + shift, end: e.end + shift } : e);
  return {
    pages: [...base.pages.slice(0, from), ...own.pages, ...(rest < 0 ? [] : base.pages.slice(rest))],
    ends: [...base.ends.slice(0, from), ...own.ends, ...(rest < 0 ? [] : base.ends.slice(rest).map(moved))],
  };
}

/** How many steps a remedy may take back up the pages: a line pushed down from a page that passes on one pushed into it. */
const REMEDY_DEPTH = 2;

/**
 * Ways to close the gap at the foot of page g, as a typesetter would: push a
 * line of the page before down (it ends one line short, or gets a line of
 * its own from further up), or set a paragraph of page g or of the page
 * before one line longer (each of its lines at most one character short),
 * nearest the gap first. Each is a trial against `filled`.
 */
function* remedies(section: Section, layout: Layout, filled: Filled, g: number, filledBy = (t: Trial) => refill(section, t, filled), depth = REMEDY_DEPTH): Generator<Trial> {
  const { items, limits } = layout;
  const page = filled.ends[g];
  const before = filled.ends[g - 1];
  if (before) {
    const pushed: Trial = { layout: { items, limits: new Map(limits).set(before.start, before.end - 1) }, from: g - 1, settled: page.end, shift: 0 };
    yield pushed;
    if (depth > 1) {
      const after = filledBy(pushed);
      const gap = after.ends.findIndex((e) => e.start === before.start && e.gap);
      if (gap >= 0) {
        for (const t of remedies(section, pushed.layout, after, gap, undefined, depth - 1)) {
          yield { layout: t.layout, from: Math.min(t.from, pushed.from), settled: Math.max(t.settled, pushed.settled + t.shift), shift: t.shift };
        }
      }
    }
  }
  for (const first of longerParagraphs(items, (before ?? page).start, page.end).reverse()) {
    const longer = items[first].longer!();
    if (!longer) continue;
    const count = items[first].paragraphLine!.count;
    const added = longer.length - count;
    // an item after the paragraph moves down by the lines added; one inside it keeps its line number
    const moved = (k: number) => (k >= first + count ? k + added : k);
    const shifted: Limits = new Map([...limits].map(([start, limit]) => [moved(start), moved(limit)]));
    const longerItems = [...items.slice(0, first), ...longer, ...items.slice(first + count)];
    const home = filled.ends.findIndex((e) => e.start <= first && first < e.end);
    const change = { from: home, settled: Math.max(page.end + added, first + longer.length), shift: added };
    yield { layout: { items: longerItems, limits: shifted }, ...change };
    // the page it starts on keeps the lines it had, and the added line goes on down the pages
    const { start, end } = filled.ends[home];
    if (end < first + count) yield { layout: { items: longerItems, limits: new Map(shifted).set(start, end) }, ...change };
  }
}

/**
 * A section's pages, none ending two lines short while its text runs on,
 * where a remedy allows it. The greedy fill leaves such a gap when what
 * follows must go over together (a heading with the first two lines of its
 * paragraph); each gap, first to last, takes the remedy that leaves the
 * fewest gaps, and of those the fewest pages.
 */
function paginateSection(section: Section, s: number): Paginated {
  let layout: Layout = { items: section.items, limits: new Map() };
  let filled = fill(section, layout.items, layout.limits);
  for (let g = 0; g < filled.ends.length; g++) {
    if (!filled.ends[g].gap) continue;
    // a remedy is filled to judge it and again to look for the remedies behind it: once is enough
    const fills = new WeakMap<Trial, Filled>();
    const base = filled;
    const filledBy = (t: Trial) => {
      let filling = fills.get(t);
      if (!filling) fills.set(t, (filling = refill(section, t, base)));
      return filling;
    };
    let best: { layout: Layout; filled: Filled } | undefined;
    for (const remedy of remedies(section, layout, filled, g, filledBy)) {
      const tried = filledBy(remedy);
      const better = (f: Filled) => gapCount(tried) < gapCount(f) || (gapCount(tried) === gapCount(f) && tried.pages.length < f.pages.length);
      if (gapCount(tried) < gapCount(filled) && (!best || better(best.filled))) best = { layout: remedy.layout, filled: tried };
    }
    if (best) ({ layout, filled } = best);
  }
  const broken = filled.ends.flatMap((e): Paginated['broken'] => [
    ...(e.gap ? [{ line: e.next ?? '', kind: 'gap' as const, ...(e.nextInTable ? { inCell: true } : {}) }] : []),
    ...(e.keptSplit ? [{ line: e.next ?? '', kind: 'kept-split' as const }] : []),
  ]);
  return { pages: filled.pages.map((page) => drawn(page, s)), broken };
}

function drawn(page: PageDraft, section: number): Page {
  const flow = page.placed.flatMap((p) => p.item.draw(p.top));
  return { section, ops: [...page.fixed, ...(page.turned ? [{ kind: 'turned' as const, ops: flow }] : flow)], bottom: page.bottom };
}

export interface Paginated {
  pages: Page[];
  /**
   * Rules of pagination that had to give way, for the build to warn about, each with the line that opens the next
   * page: a gap no remedy closes, or items kept together (a signature of many names) that fill more than a page.
   */
  broken: { line: string; kind: 'gap' | 'kept-split'; inCell?: boolean }[];
}

export function paginate(sections: Section[]): Paginated {
  const parts = sections.map((section, s) => paginateSection(section, s));
  return { pages: parts.flatMap((p) => p.pages), broken: parts.flatMap((p) => p.broken) };
}
