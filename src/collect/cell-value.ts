import type { CellValue } from 'exceljs';
import type { ItemType } from '../render/xlsx/form-layout';
import { EXACT_LIMIT } from './totals';

export type BadValue = 'formula' | 'notANumber' | 'negative' | 'notWhole' | 'notYesNo' | 'tooManyDigits' | 'tooLarge';
export type ParsedValue = { value: number | string | undefined } | { bad: BadValue; shown: string };

const isFormula = (raw: CellValue) => typeof raw === 'object' && raw !== null && ('formula' in raw || 'sharedFormula' in raw);

/** What a cell shows, as text; a formula as =FORMULA. */
export function cellText(raw: CellValue): string {
  if (raw === null || raw === undefined) return '';
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  if (typeof raw !== 'object') return String(raw);
  if ('formula' in raw) return `=${raw.formula}`;
  if ('sharedFormula' in raw) return `=${raw.sharedFormula}`;
  if ('richText' in raw) return raw.richText.map((r) => r.text).join('');
  if ('text' in raw) return String(raw.text);
  if ('error' in raw) return String(raw.error);
  return '';
}

/** A number typed as text (also in full-width digits) counts as the number. */
const NUMBER = /^[-+]?\d+(\.\d+)?$/;
/** Significant digits a double keeps for certain (Excel keeps as many). */
const DOUBLE_DIGITS = 15;

const significantDigits = (digits: string) => digits.replace(/[^\d]/g, '').replace(/^0+/, '').replace(/0+$/, '').length;

/** A filled-in value checked against its item type: the value, nothing (empty), or why it is left out. */
export function parseValue(raw: CellValue, type: ItemType): ParsedValue {
  const shown = cellText(raw).trim();
  if (isFormula(raw)) return { bad: 'formula', shown };
  if (shown === '') return { value: undefined };
  if (type === 'text') return { value: shown };
  if (type === 'yesno') return shown === '是' || shown === '否' ? { value: shown } : { bad: 'notYesNo', shown };
  const digits = shown.normalize('NFKC');
  const typed = typeof raw === 'string' && NUMBER.test(digits);
  const number = typeof raw === 'number' ? raw : typed ? Number(digits) : NaN;
  if (Number.isNaN(number)) return { bad: 'notANumber', shown };
  if (number < 0) return { bad: 'negative', shown };
  if (typed && significantDigits(digits) > DOUBLE_DIGITS) return { bad: 'tooManyDigits', shown };
  if (number > EXACT_LIMIT[type]) return { bad: 'tooLarge', shown };
  if (type === 'count' && !Number.isInteger(number)) return { bad: 'notWhole', shown };
  return { value: number };
}
