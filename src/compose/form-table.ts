import type { TableBlock, TableCell } from '../document/model';
import type { FormGroup, FormItem, FormRow } from '../campaign/types';
import type { TextFn } from './body';

const isGroup = (row: FormRow): row is FormGroup => 'group' in row;
const depth = (row: FormRow): number => (isGroup(row) ? 1 + Math.max(...row.rows.map(depth)) : 0);
const leafCount = (row: FormRow): number => (isGroup(row) ? row.rows.reduce((n, r) => n + leafCount(r), 0) : 1);

const GROUP_COLUMN_WIDTH = 1.2;
const ITEM_COLUMN_WIDTH = 3.4;
const VALUE_COLUMN_WIDTH = 1.6;

/**
 * A blank statistics form: nested groups become merged label cells on the
 * left, each item a row with its unit and an empty value cell to fill in.
 */
export function formTable(rows: FormRow[], text: TextFn): TableBlock {
  const labelColumns = Math.max(...rows.map(depth)) + 1;
  const header: TableCell[] = [
    { text: '项　　目', rowSpan: 1, colSpan: labelColumns, align: 'center', header: true },
    { text: '填报情况', rowSpan: 1, colSpan: 1, align: 'center', header: true },
  ];
  const body: TableCell[][] = [];

  const emit = (row: FormRow, column: number, pending: TableCell[]): void => {
    if (isGroup(row)) {
      const cell: TableCell = { text: text(row.group), rowSpan: leafCount(row), colSpan: 1, align: 'center' };
      row.rows.forEach((child, i) => emit(child, column + 1, i === 0 ? [...pending, cell] : []));
      return;
    }
    body.push([
      ...pending,
      { text: itemLabel(row, text), rowSpan: 1, colSpan: labelColumns - column, align: 'left' },
      { text: '', rowSpan: 1, colSpan: 1, align: 'center', blank: true },
    ]);
  };
  rows.forEach((row) => emit(row, 0, []));

  return {
    type: 'table',
    columns: [...Array(labelColumns - 1).fill(GROUP_COLUMN_WIDTH), ITEM_COLUMN_WIDTH, VALUE_COLUMN_WIDTH],
    rows: [header, ...body],
    headerRows: 1,
    fontSize: 'small',
  };
}

function itemLabel(item: FormItem, text: TextFn): string {
  const label = text(item.item);
  return item.unit ? `${label}${bracketedUnit(text(item.unit))}` : label;
}

const WHOLLY_BRACKETED = /^[（(]([^（()）]*)[）)]$/;

/**
 * The unit after the item's name: 个 → （个）. Brackets of the same form are
 * not nested: a unit written in brackets keeps one pair, （万元） → （万元）, and
 * a unit with brackets of its own is put in 六角括号, 台（件） → 〔台（件）〕
 * (outer 〔〕, inner （）, as Chinese text nests brackets).
 */
export function bracketedUnit(unit: string): string {
  const bare = WHOLLY_BRACKETED.exec(unit)?.[1] ?? unit;
  return /[（()）]/.test(bare) ? `〔${bare}〕` : `（${bare}）`;
}
