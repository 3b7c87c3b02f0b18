import { normalizeText } from '../../src/compose/normalize-text';
import { chineseNumeral, headingNumber } from '../../src/compose/numbering';
import { expandPlaceholders } from '../../src/compose/placeholders';
import { formatChineseDate } from '../../src/compose/format-date';
import { addresseeLine, addresseeUnits } from '../../src/compose/addressees';

describe('whitespace next to Chinese characters carries no meaning', () => {
  test.each([
    ['为贯彻落实\n加强质量强省建设', '为贯彻落实加强质量强省建设'],
    ['活动主题为 “质量第一” 。', '活动主题为“质量第一”。'],
    ['2023 年 9 月', '2023年9月'],
    ['ISO 9001 and  HACCP\nsystems', 'ISO 9001 and HACCP systems'],
    ['邮箱：7263441@qq.com ，电话', '邮箱：7263441@qq.com，电话'],
    ['加强市场监管　建设质量强省', '加强市场监管　建设质量强省'],
    ['  前后空白  ', '前后空白'],
    // A form's clerk moves （盖章） and the date to the right with ideographic spaces: they are text, kept.
    ['　　　　　　（盖章）', '　　　　　　（盖章）'],
    [' \n　　年　月　日　\n', '　　年　月　日　'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('heading numbers', () => {
  test.each([
    [1, '一'], [9, '九'], [10, '十'], [11, '十一'], [19, '十九'], [20, '二十'], [35, '三十五'], [99, '九十九'],
    [100, '一百'], [101, '一百零一'], [110, '一百一十'], [116, '一百一十六'], [120, '一百二十'], [305, '三百零五'], [999, '九百九十九'],
  ])('%d → %s', (n, s) => expect(chineseNumeral(n)).toBe(s));

  test('past 999 there is no numeral (lint refuses such a body first)', () => {
    expect(() => chineseNumeral(1000)).toThrow(RangeError);
  });

  test('four levels 一、（一）1.（1）', () => {
    expect([1, 2, 3, 4].map((l) => headingNumber(l as 1 | 2 | 3 | 4, 12))).toEqual(['十二、', '（十二）', '12.', '（12）']);
  });

  test('a fifth level ① to ⑳, and no number past ⑳', () => {
    expect([1, 2, 10, 11, 20].map((n) => headingNumber(5, n))).toEqual(['①', '②', '⑩', '⑪', '⑳']);
    expect(() => headingNumber(5, 21)).toThrow(RangeError);
  });
});

test('dates have no leading zeros and the year in full', () => {
  expect(formatChineseDate('2023-09-01')).toBe('2023年9月1日');
  expect(formatChineseDate('2021-10-15')).toBe('2021年10月15日');
});

test('placeholders: known ones are replaced, unknown ones left for lint', () => {
  const refs = new Map([['slogans', '附件2']]);
  expect(expandPlaceholders('（见{{ref:slogans}}）于{{ deadline }}前，{{nope}}', { refs, deadline: '2023年10月1日' })).toBe(
    '（见附件2）于2023年10月1日前，{{nope}}',
  );
});

test('addressee groups: 、 inside a group, ， between groups, ： at the end', () => {
  expect(
    addresseeLine(['省委宣传部', { prefix: '省', items: ['法院', '检察院'] }, ['福州海关', '厦门海关'], { items: ['各设区市', '平潭综合实验区'], suffix: '市场监管局' }]),
  ).toBe('省委宣传部，省法院、检察院，福州海关、厦门海关，各设区市、平潭综合实验区市场监管局：');
});

test('addressee units in full: the prefix and suffix reach every item, once', () => {
  expect(addresseeUnits({ prefix: '省', items: ['发改委', '团省委', '妇联'] })).toEqual(['省发改委', '团省委', '省妇联']);
  expect(addresseeUnits({ items: ['各设区市', '平潭综合实验区市场监管局'], suffix: '市场监管局' })).toEqual(['各设区市市场监管局', '平潭综合实验区市场监管局']);
  expect(addresseeUnits(['福州海关', '厦门海关'])).toEqual(['福州海关', '厦门海关']);
});
