import { balanceTitle } from '../../src/render/pdf/typeset/balance-title';

/** 二号 (22 pt) on the 156 mm block: 20 full-width characters a line; half-width digits count half. */
const width = (s: string) => [...s].reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? 0.5 : 1), 0);
const MAX = 20;

describe('title lines (§7.3.1)', () => {
  test.each([
    ['福建省质量强省工作联席会议办公室转发市场监管总局等关于开展2018年全国“质量月”活动的通知'],
    ['福建省质量强省工作联席会议办公室转发市场监管总局等20个部门关于开展2021年全国“质量月”活动的通知'],
    ['福建省质量强省工作领导小组办公室关于开展2023年福建省“质量月”活动的通知'],
  ])('%s: whole words, no line over the block, no line a fraction of the others', (title) => {
    const lines = balanceTitle(title, width, MAX);
    expect(lines.join('')).toBe(title);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(MAX);
    const widths = lines.map(width);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(0.5 * Math.max(...widths));
    // Words the dictionary splits but a reader does not: 办公|室, 总局|等, 2018|年, 质量|月.
    for (const word of ['办公室', '总局等', '2018年', '2023年', '质量月']) {
      if (title.includes(word)) expect(lines.some((l) => l.includes(word))).toBe(true);
    }
  });

  test('a forwarding title breaks at its seams when the balance allows: after 转发, before 关于', () => {
    expect(balanceTitle('福建省质量强省工作联席会议办公室转发市场监管总局等关于开展2018年全国“质量月”活动的通知', width, MAX)[0]).toBe(
      '福建省质量强省工作联席会议办公室转发',
    );
    expect(balanceTitle('福建省质量强省工作联席会议办公室转发市场监管总局等20个部门关于开展2021年全国“质量月”活动的通知', width, MAX)).toEqual([
      '福建省质量强省工作联席会议办公室转发',
      '市场监管总局等20个部门',
      '关于开展2021年全国“质量月”活动的通知',
    ]);
  });
});
