/**
 * xl/worksheets/sheetN.xml of one Worksheet, its elements in the order the
 * schema requires. Text goes to the shared string table, styles to the
 * style sheet; each validation is written once, for every cell that has it.
 */
import { escapeXml } from '../xml-escape';
import type { PageSetup, Range, SheetCell, Validation, Worksheet } from './sheet-model';
import type { StyleSheet } from './styles-xml';

/** Column letters of a one-based column number: 1 → A, 28 → AB. */
export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const address = (row: number, col: number) => `${columnLetters(col)}${row}`;
const rangeRef = (r: Range) => (r.top === r.bottom && r.left === r.right ? address(r.top, r.left) : `${address(r.top, r.left)}:${address(r.bottom, r.right)}`);

/** xl/sharedStrings.xml: each distinct text once, cells refer to it by number. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private uses = 0;

  indexOf(text: string): number {
    this.uses++;
    let at = this.index.get(text);
    if (at === undefined) this.index.set(text, (at = this.index.size));
    return at;
  }

  xml(): string {
    const items = [...this.index.keys()].map((t) => `<si><t${/^\s|\s$/.test(t) ? ' xml:space="preserve"' : ''}>${escapeXml(t)}</t></si>`);
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.index.size}">${items.join('')}</sst>`
    );
  }
}

const sorted = <T>(map: Map<number, T>) => [...map].sort(([a], [b]) => a - b);

function cellXml(cell: SheetCell, strings: SharedStrings, styles: StyleSheet): string {
  const s = styles.formatOf(cell.style);
  const ref = `r="${address(cell.row, cell.col)}"${s ? ` s="${s}"` : ''}`;
  if (typeof cell.value === 'string') return `<c ${ref} t="s"><v>${strings.indexOf(cell.value)}</v></c>`;
  if (typeof cell.value === 'number') return `<c ${ref}><v>${cell.value}</v></c>`;
  return `<c ${ref}/>`;
}

/** Cells with the same validation, as ranges running down a column. */
function validationXml(rule: Validation, cells: SheetCell[]): string {
  const runs: Range[] = [];
  for (const { row, col } of [...cells].sort((a, b) => a.col - b.col || a.row - b.row)) {
    const last = runs[runs.length - 1];
    if (last && last.left === col && last.bottom === row - 1) last.bottom = row;
    else runs.push({ top: row, left: col, bottom: row, right: col });
  }
  const attributes = [
    `type="${rule.type}"`,
    rule.operator && `operator="${rule.operator}"`,
    rule.allowBlank && 'allowBlank="1"',
    rule.showErrorMessage && 'showErrorMessage="1"',
    `errorStyle="${rule.errorStyle}"`,
    `errorTitle="${escapeXml(rule.errorTitle)}"`,
    `error="${escapeXml(rule.error)}"`,
    `sqref="${runs.map(rangeRef).join(' ')}"`,
  ].filter(Boolean);
  return `<dataValidation ${attributes.join(' ')}><formula1>${escapeXml(String(rule.formulae[0]))}</formula1></dataValidation>`;
}

function dataValidations(cells: SheetCell[]): string {
  const byRule = new Map<Validation, SheetCell[]>();
  for (const cell of cells) {
    if (!cell.dataValidation) continue;
    const same = byRule.get(cell.dataValidation);
    if (same) same.push(cell);
    else byRule.set(cell.dataValidation, [cell]);
  }
  if (byRule.size === 0) return '';
  return `<dataValidations count="${byRule.size}">${[...byRule].map(([rule, on]) => validationXml(rule, on)).join('')}</dataValidations>`;
}

function pageXml(page: PageSetup | undefined): string {
  if (!page) return '';
  const m = page.margins;
  return (
    (page.horizontalCentered ? '<printOptions horizontalCentered="1"/>' : '') +
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="${page.paperSize}" orientation="${page.orientation}" fitToWidth="${page.fitToWidth}" fitToHeight="${page.fitToHeight}"/>`
  );
}

export function worksheetXml(sheet: Worksheet, strings: SharedStrings, styles: StyleSheet): string {
  const rows = sorted(sheet.rows);
  const cells = rows.flatMap(([, row]) => sorted(row.cells).map(([, cell]) => cell));
  const rowXml = rows.map(([r, row]) => {
    const height = row.height === undefined ? '' : ` ht="${row.height}" customHeight="1"`;
    return `<row r="${r}"${height}>${sorted(row.cells)
      .map(([, cell]) => cellXml(cell, strings, styles))
      .join('')}</row>`;
  });
  const cols = sorted(sheet.columns).map(([c, col]) => `<col min="${c}" max="${c}" width="${col.width}"${col.hidden ? ' hidden="1"' : ''} customWidth="1"/>`);
  const frozen = sheet.options.frozenRows;
  const protection = sheet.protection;
  // Cells come row by row, so the rows' extent is the first and last cell's; columns are folded (no spread: a sheet can be long).
  const extent: Range | undefined = cells.length
    ? cells.reduce((r, c) => ({ ...r, left: Math.min(r.left, c.col), right: Math.max(r.right, c.col) }), {
        top: cells[0].row,
        left: cells[0].col,
        bottom: cells[cells.length - 1].row,
        right: cells[0].col,
      })
    : undefined;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    (sheet.pageSetup?.fitToPage ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    (extent ? `<dimension ref="${rangeRef(extent)}"/>` : '') +
    (frozen
      ? '<sheetViews><sheetView workbookViewId="0">' +
        `<pane ySplit="${frozen}" topLeftCell="${address(frozen + 1, 1)}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>` +
        '</sheetView></sheetViews>'
      : '') +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols.length ? `<cols>${cols.join('')}</cols>` : '') +
    `<sheetData>${rowXml.join('')}</sheetData>` +
    (protection
      ? `<sheetProtection sheet="1"${protection.formatColumns ? ' formatColumns="0"' : ''}${protection.formatRows ? ' formatRows="0"' : ''}/>`
      : '') +
    (sheet.merges.length ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((r) => `<mergeCell ref="${rangeRef(r)}"/>`).join('')}</mergeCells>` : '') +
    dataValidations(cells) +
    pageXml(sheet.pageSetup) +
    '</worksheet>'
  );
}

/** A print area or print-title rows as a defined name's formula: 'Sheet'!$B$1:$F$55, 'Sheet'!$3:$3. */
export const sheetReference = (sheet: string, ref: string) => `'${sheet.replace(/'/g, "''")}'!${ref}`;
export const absoluteRange = (r: Range) => `$${columnLetters(r.left)}$${r.top}:$${columnLetters(r.right)}$${r.bottom}`;
