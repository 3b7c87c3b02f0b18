import type { ItemType } from './form-layout';
import type { CellAlignment, SheetCell, Validation } from './sheet-model';

interface ValueCellStyle {
  numFmt: string;
  alignment: CellAlignment;
  validation?: Validation;
}

const number = (type: 'whole' | 'decimal', error: string): Validation => ({
  type,
  operator: 'greaterThanOrEqual',
  formulae: [0],
  allowBlank: true,
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: '填报有误',
  error,
});

const centered: CellAlignment = { vertical: 'middle', horizontal: 'center' };

/** What Excel and WPS enforce while a value is typed in, by item type. */
const STYLE: Record<ItemType, ValueCellStyle> = {
  count: { numFmt: '0', alignment: centered, validation: number('whole', '请填写不小于 0 的整数（如 12）') },
  amount: { numFmt: '0.00', alignment: centered, validation: number('decimal', '请填写不小于 0 的数，单位万元（如 3.5）') },
  text: { numFmt: '@', alignment: { vertical: 'top', horizontal: 'left', wrapText: true } },
  yesno: {
    numFmt: '@',
    alignment: centered,
    validation: {
      type: 'list',
      formulae: ['"是,否"'],
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: '填报有误',
      error: '请从下拉列表中选择“是”或“否”',
    },
  },
};

/** An empty cell to fill in: unlocked under the sheet protection, typed and validated. */
export function makeValueCell(cell: SheetCell, type: ItemType): void {
  const style = STYLE[type];
  cell.protection = { locked: false };
  cell.numFmt = style.numFmt;
  cell.alignment = style.alignment;
  if (style.validation) cell.dataValidation = style.validation;
}
