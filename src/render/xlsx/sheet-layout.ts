/**
 * Where things are on a form's worksheet; the workbook writer and the return
 * reader both go by it. Column A is hidden and names each row's role: an item
 * id, or one of ROW_ROLE. Rows found by their role survive inserted rows.
 */
export const ID_COLUMN = 1;
export const TITLE_ROW = 1;
export const FILLER_ROW = 2;
export const TABLE_TOP_ROW = 3;
/** Sheet column of the table's first column. */
export const TABLE_LEFT_COLUMN = 2;

export const ROW_ROLE = { title: '#title', filler: '#filler', header: '#header' } as const;

/** The filler line's cells for a table this many columns wide: text, the unit-name blank, text. */
export function fillerColumns(tableWidth: number): { before: number; name: [number, number]; after: number } {
  const nameEnd = TABLE_LEFT_COLUMN + Math.max(1, tableWidth - 2);
  return { before: TABLE_LEFT_COLUMN, name: [TABLE_LEFT_COLUMN + 1, nameEnd], after: nameEnd + 1 };
}

/** Sheet column of a table column. */
export const sheetColumn = (tableColumn: number) => TABLE_LEFT_COLUMN + tableColumn;
