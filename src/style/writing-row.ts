import type { TableCell } from '../document/model';
import { TABLE } from './gbt9704';

/** The least height (mm, rules included) of a table row: a row with a cell left blank to be written in by hand is TABLE.writingRowMm tall at least. */
export const leastRowMm = (row: TableCell[]): number => (row.some((c) => c.blank) ? TABLE.writingRowMm : 0);
