import type { CellValue } from 'exceljs';
import { cellText, parseValue } from '../../src/collect/cell-value';
import type { ItemType } from '../../src/render/xlsx/form-layout';

const formula = { formula: 'SUM(A1:A3)', result: 6 } as CellValue;

describe('a filled-in cell checked against its item type', () => {
  test.each<[ItemType, CellValue, ReturnType<typeof parseValue>]>([
    ['count', 12, { value: 12 }],
    ['count', 0, { value: 0 }],
    ['count', '12', { value: 12 }],
    ['count', ' １２ ', { value: 12 }],
    ['count', null, { value: undefined }],
    ['count', '  ', { value: undefined }],
    ['count', '约50', { bad: 'notANumber', shown: '约50' }],
    ['count', '50家', { bad: 'notANumber', shown: '50家' }],
    ['count', new Date('2018-09-01T00:00:00Z'), { bad: 'notANumber', shown: '2018-09-01' }],
    ['count', true, { bad: 'notANumber', shown: 'true' }],
    ['count', -3, { bad: 'negative', shown: '-3' }],
    ['count', '-3', { bad: 'negative', shown: '-3' }],
    ['count', 2.5, { bad: 'notWhole', shown: '2.5' }],
    ['count', formula, { bad: 'formula', shown: '=SUM(A1:A3)' }],
    ['count', 1e308, { bad: 'tooLarge', shown: '1e+308' }],
    ['count', 2 ** 53, { bad: 'tooLarge', shown: '9007199254740992' }],
    ['count', 2 ** 53 - 1, { value: 2 ** 53 - 1 }],
    ['count', '1234567890123456', { bad: 'tooManyDigits', shown: '1234567890123456' }],
    ['count', '123456789012345000', { bad: 'tooLarge', shown: '123456789012345000' }],
    ['amount', '1234567.123456789', { bad: 'tooManyDigits', shown: '1234567.123456789' }],
    ['amount', 2 ** 40, { bad: 'tooLarge', shown: '1099511627776' }],
    ['amount', 2.5, { value: 2.5 }],
    ['amount', '3.25', { value: 3.25 }],
    ['amount', -0.5, { bad: 'negative', shown: '-0.5' }],
    ['amount', { sharedFormula: 'B2', result: 1 } as CellValue, { bad: 'formula', shown: '=B2' }],
    ['yesno', '是', { value: '是' }],
    ['yesno', ' 否 ', { value: '否' }],
    ['yesno', '可能', { bad: 'notYesNo', shown: '可能' }],
    ['yesno', formula, { bad: 'formula', shown: '=SUM(A1:A3)' }],
    ['text', '  领导批示两次 ', { value: '领导批示两次' }],
    ['text', 42, { value: '42' }],
    ['text', { richText: [{ text: '主题：' }, { text: '质量' }] } as CellValue, { value: '主题：质量' }],
    ['text', { text: '链接', hyperlink: 'https://example.invalid' } as CellValue, { value: '链接' }],
    ['text', formula, { bad: 'formula', shown: '=SUM(A1:A3)' }],
  ])('%s %j', (type, raw, expected) => {
    expect(parseValue(raw, type)).toEqual(expected);
  });

  test('cell text of an error value is the error', () => {
    expect(cellText({ error: '#N/A' } as CellValue)).toBe('#N/A');
  });
});
