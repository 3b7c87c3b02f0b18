/**
 * The little of a workbook a fill-in form needs, held in memory until
 * workbook-package.ts writes it as SpreadsheetML: cells with a value and a
 * style, merges, column widths, row heights, validation, print setup and
 * sheet protection. Cells, rows and columns are reached as in exceljs (which
 * still writes the collect command's summary), so place-table.ts fills either.
 */

export interface SheetFont {
  name: string;
  size: number;
}

export interface CellAlignment {
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  wrapText?: boolean;
  shrinkToFit?: boolean;
}

export type BorderEdges = Partial<Record<'top' | 'left' | 'bottom' | 'right', { style: 'thin' }>>;

export interface CellStyle {
  font?: SheetFont;
  alignment?: CellAlignment;
  border?: BorderEdges;
  /** One of the built-in formats (styles-xml.ts). */
  numFmt?: string;
  protection?: { locked: boolean };
}

/** What Excel and WPS check while a value is typed into a cell. */
export interface Validation {
  type: 'whole' | 'decimal' | 'list';
  operator?: 'greaterThanOrEqual';
  formulae: (string | number)[];
  allowBlank: boolean;
  showErrorMessage: boolean;
  errorStyle: 'stop';
  errorTitle: string;
  error: string;
}

export class SheetCell {
  value: string | number | undefined;
  /** Shared with the master cell once merged into it, as in exceljs. */
  style: CellStyle = {};
  dataValidation: Validation | undefined;

  constructor(
    readonly row: number,
    readonly col: number,
  ) {}

  get font() {
    return this.style.font;
  }
  set font(font: SheetFont | undefined) {
    this.style.font = font;
  }
  get alignment() {
    return this.style.alignment;
  }
  set alignment(alignment: CellAlignment | undefined) {
    this.style.alignment = alignment;
  }
  get border() {
    return this.style.border;
  }
  set border(border: BorderEdges | undefined) {
    this.style.border = border;
  }
  get numFmt() {
    return this.style.numFmt;
  }
  set numFmt(numFmt: string | undefined) {
    this.style.numFmt = numFmt;
  }
  get protection() {
    return this.style.protection;
  }
  set protection(protection: { locked: boolean } | undefined) {
    this.style.protection = protection;
  }
}

export interface SheetRow {
  /** Points. */
  height?: number;
  cells: Map<number, SheetCell>;
}

export interface SheetColumn {
  /** In widths of a digit. */
  width?: number;
  hidden?: boolean;
}

export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface PageSetup {
  paperSize: number;
  orientation: 'portrait' | 'landscape';
  fitToPage: boolean;
  fitToWidth: number;
  fitToHeight: number;
  horizontalCentered: boolean;
  /** Inches. */
  margins: { top: number; left: number; right: number; bottom: number; header: number; footer: number };
  printArea?: Range;
  /** Rows repeated on every printed page. */
  printTitleRows?: [number, number];
}

export interface SheetOptions {
  state?: 'visible' | 'veryHidden';
  /** Rows kept in view while scrolling. */
  frozenRows?: number;
}

export class Worksheet {
  readonly rows = new Map<number, SheetRow>();
  readonly columns = new Map<number, SheetColumn>();
  readonly merges: Range[] = [];
  pageSetup: PageSetup | undefined;
  /** Sheet protection, with what users may still do. */
  protection: { formatColumns: boolean; formatRows: boolean } | undefined;

  constructor(
    readonly name: string,
    readonly options: SheetOptions,
  ) {}

  getRow(row: number): SheetRow {
    let found = this.rows.get(row);
    if (!found) this.rows.set(row, (found = { cells: new Map() }));
    return found;
  }

  getColumn(col: number): SheetColumn {
    let found = this.columns.get(col);
    if (!found) this.columns.set(col, (found = {}));
    return found;
  }

  getCell(row: number, col: number): SheetCell {
    const cells = this.getRow(row).cells;
    let found = cells.get(col);
    if (!found) cells.set(col, (found = new SheetCell(row, col)));
    return found;
  }

  /** The cells of the range after its top-left one take that one's style, as Excel shows them. */
  mergeCells(top: number, left: number, bottom: number, right: number): void {
    const master = this.getCell(top, left);
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) if (r > top || c > left) this.getCell(r, c).style = master.style;
    }
    this.merges.push({ top, left, bottom, right });
  }

  /** Values into the row after the last one. */
  addRow(values: (string | number)[]): void {
    const row = [...this.rows.keys()].reduce((last, r) => Math.max(last, r), 0) + 1;
    values.forEach((value, i) => (this.getCell(row, i + 1).value = value));
  }
}

export class Workbook {
  readonly sheets: Worksheet[] = [];

  constructor(
    readonly properties: { title: string; subject: string; creator: string; day: string },
  ) {}

  addWorksheet(name: string, options: SheetOptions = {}): Worksheet {
    const sheet = new Worksheet(name, options);
    this.sheets.push(sheet);
    return sheet;
  }
}
