import type { DrawOp } from '../draw-ops';

/** One unbreakable piece of the vertical flow: a text line on the grid, a blank line, a table row, an image. */
export interface FlowItem {
  /** Height in points; a grid line is one line pitch. */
  height: number;
  /** Starts on a grid row (text); boxes such as table rows follow the item above directly. */
  onGrid: boolean;
  /** A blank line: dropped at the top of a page. */
  blank?: boolean;
  /** Must stay on the same page as the next item (a heading, the lines before a signature). */
  keepWithNext?: boolean;
  /** keepWithNext only by preference (a table's last two row groups): given up where keeping would leave the page empty or holding only a title. */
  keptLoosely?: boolean;
  /** Part of the signature block (§7.3.5) or one of the lines it takes to its page, however much room that leaves. */
  signature?: boolean;
  /** What a text line or a table row says (for reporting where a page ends). */
  text?: string;
  /** A table row (a page that ends before it is reported as ending before a table). */
  tableRow?: boolean;
  /** A line of a paragraph: its index and the paragraph's line count (for widows and orphans). */
  paragraphLine?: { index: number; count: number };
  /** Drawn this far below its box (a seal pressed on a signature line): the 版记 at the page's foot starts below that. */
  inkBelow?: number;
  /** Set at the bottom of the page it falls on (a forwarded notice's colophon). */
  atFoot?: boolean;
  /** Table rows: the header rows to repeat when this row opens a page. */
  repeatOnNewPage?: FlowItem[];
  /** Set on landscape pages: drawn on the turned sheet (a table too wide for portrait, §8). */
  turned?: boolean;
  /**
   * Cut the item at a row boundary so that the first part is at most `room`
   * high (a merged row group taller than a page); undefined when no cut fits.
   */
  split?(room: number): [FlowItem, FlowItem] | undefined;
  draw(top: number): DrawOp[];
  /**
   * On a paragraph's first line: the whole paragraph set one line longer
   * (each line at most one character short), for a page that would
   * otherwise end two lines short; undefined when no such setting exists.
   */
  longer?(): FlowItem[] | undefined;
}

/** A part that starts on a new page: the notice, or one annex. */
export interface Section {
  /** Drawn on the section's first page (the header block of a notice, the annex label). */
  fixed: DrawOp[];
  /** Where the flow starts on the first page, in points from the page top. */
  start: number;
  items: FlowItem[];
  /** Title of the section in the PDF outline. */
  bookmark: string;
}
