import { arrangeTitle } from '../../src/arrange';
import { titleLines } from '../../src/arrange/title-lines';

/** 二号 (22 pt) on the 156 mm block: 20 full-width characters a line; half-width digits count half. */
const width = (s: string) => [...s].reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? 0.5 : 1), 0);
const MAX = 20;

/** No line shorter (by a character or more) than both a line above and a line below it: 梯形 or 菱形, never an hourglass. */
const shaped = (lines: string[]) =>
  lines.every((l, i) => i === 0 || i === lines.length - 1 || width(l) >= Math.min(Math.max(...lines.slice(0, i).map(width)), Math.max(...lines.slice(i + 1).map(width))) - 1);

const TITLES = [
  '福建省质量强省工作联席会议办公室转发市场监管总局等关于开展2018年全国“质量月”活动的通知',
  '福建省质量强省工作联席会议办公室转发市场监管总局等20个部门关于开展2021年全国“质量月”活动的通知',
  '福建省质量强省工作领导小组办公室关于开展2023年福建省“质量月”活动的通知',
  '质检总局等关于开展2017年全国“质量月”活动的通知',
  '福建省创建“全国质量强市示范城市”2018年“质量月”主要活动安排',
];

describe('title lines (§7.3.1)', () => {
  test.each(TITLES)('%s: whole words, no line over the block, a 梯形 or 菱形', (title) => {
    const lines = titleLines(title, MAX);
    expect(lines.join('')).toBe(title);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(MAX);
    expect(shaped(lines)).toBe(true);
    // Words the dictionary splits but a reader does not: 办公|室, 总局|等, 2018|年, 质量|月; 关于 binds to its verb.
    for (const word of ['办公室', '总局等', '2018年', '2021年', '2023年', '质量月', '关于开展']) {
      if (title.includes(word)) expect(lines.some((l) => l.includes(word))).toBe(true);
    }
  });

  test('a joint title breaks between the issuers written apart by 　, never inside a name, and drops the gap at the break', () => {
    const names = ['柘荣县市场监督管理局', '柘荣县财政局', '柘荣县工业信息化和科学技术局'];
    const title = `${names.join('　')}关于2025年度县级质量提升专项资金使用情况的报告`;
    const lines = titleLines(title, MAX);
    // the dictionary splits 柘荣县|财政局; a reader does not
    for (const name of names) expect(lines.some((l) => l.includes(name))).toBe(true);
    for (const line of lines) expect(line).toMatch(/^[^　].*[^　]$/);
    expect(lines.join('')).toBe(title.replace(/　(?=柘荣县工业)/, ''));
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(MAX);
    expect(shaped(lines)).toBe(true);
  });

  test('2021 is no longer an hourglass (18/12/21): it breaks after 转发 into a 梯形', () => {
    const lines = titleLines(TITLES[1], MAX);
    expect(lines[0]).toBe('福建省质量强省工作联席会议办公室转发');
    expect(lines.map(width)).not.toEqual([18, 12, 21]);
    expect(shaped(lines)).toBe(true);
  });

  test('2023 keeps 关于开展 whole, and its longer line leaves room for wider digits', () => {
    const lines = arrangeTitle(TITLES[2]);
    expect(lines).toEqual(['福建省质量强省工作领导小组办公室关于开展', '2023年福建省“质量月”活动的通知']);
  });

  describe('book titles 《…》 (the dictionary splits 锂|离子, a reader does not split a name)', () => {
    const NAME = '《电动自行车用锂离子蓄电池安全技术规范》';
    test.each([
      `福建省市场监督管理局办公室关于商请协助开展${NAME}等三项强制性国家标准实施情况跟踪评估工作的函`,
      `福建省市场监督管理局办公室关于征求${NAME}实施情况意见的函`,
    ])('%s: the name, which fits a line, stands whole on one, in a 梯形 or 菱形', (title) => {
      const lines = arrangeTitle(title);
      expect(lines.join('')).toBe(title);
      expect(lines.some((l) => l.includes(NAME))).toBe(true);
      for (const line of lines) expect(width(line)).toBeLessThanOrEqual(MAX);
      expect(shaped(lines)).toBe(true);
    });

    test('a name kept whole only at the cost of a stub line (关于开展 alone above it) breaks inside, between two words the dictionary is sure of', () => {
      const lines = arrangeTitle(`关于开展${NAME}等强制性国家标准实施情况评估工作的通知`);
      expect(lines[0]).toBe('关于开展《电动自行车用锂离子蓄电池');
      expect(lines[1].startsWith('安全技术规范》')).toBe(true);
      expect(shaped(lines)).toBe(true);
    });

    test('longxi-2024’s name would leave 通知 alone on a third line: it breaks inside, after the place name, as before', () => {
      expect(arrangeTitle('龙溪市市场监督管理局关于印发《龙溪市2024年“质量月”活动方案》的通知')).toEqual(['龙溪市市场监督管理局关于印发《龙溪市', '2024年“质量月”活动方案》的通知']);
    });

    test('a name wider than a line breaks inside, but a 〈…〉 within it that fits a line stays whole, and so do the words', () => {
      const title = '福建省市场监督管理局关于转发《市场监管总局关于印发〈电动自行车用锂离子蓄电池安全技术规范〉实施指南的通知》的通知';
      const lines = arrangeTitle(title);
      expect(lines.join('')).toBe(title);
      expect(lines.some((l) => l.includes('〈电动自行车用锂离子蓄电池安全技术规范〉'))).toBe(true);
      expect(lines.some((l) => l.includes('市场监管总局'))).toBe(true);
      expect(shaped(lines)).toBe(true);
    });
  });

  test('luoyuan-forward-2026 (a 转发 of a 印发 notice with its number): four lines in a 梯形 or 菱形, no stub, the quoted document number whole, not the five-line hourglass that glued 《 and （ to the word before', () => {
    const title = '罗源县市场监督管理局关于转发《福建省市场监督管理局关于印发〈2026年全省重点工业产品质量安全监管工作要点〉的通知》（闽市监质〔2026〕12号）的通知';
    const lines = arrangeTitle(title);
    expect(lines.join('')).toBe(title);
    expect(lines).toHaveLength(4);
    expect(shaped(lines)).toBe(true);
    const widths = lines.map(width);
    expect(Math.min(...widths)).toBeGreaterThan(Math.max(...widths) / 2);
    expect(lines.some((l) => l.includes('闽市监质〔2026〕12号'))).toBe(true);
    // an opening bracket never ends a line and binds to what follows it: the break falls before 《 or （, not after the word it follows
    for (const line of lines) expect(line).not.toMatch(/[《〈（〔]$/);
    expect(lines.some((l, i) => i > 0 && /^[《（]/.test(l))).toBe(true);
  });

  test.each([12, 14, 16, 18, 20, 22])('a document number in a title is never split (block %i em)', (max) => {
    const title = '古田县市场监督管理局关于转发《宁德市市场监督管理局关于加强电动自行车质量安全监管的通知》（宁市监〔2026〕108号）的通知';
    const lines = titleLines(title, max);
    expect(lines.join('')).toBe(title);
    expect(lines.some((l) => l.includes('宁市监〔2026〕108号'))).toBe(true);
  });

  test('a number keeps its unit or counter on its line: ningde-2026 no longer ends a line with 2025 and starts the next with 年度', () => {
    const lines = arrangeTitle('宁德市人民政府办公室关于通报表彰2025年度全市质量工作先进集体和先进个人的通报');
    expect(lines.some((l) => l.includes('2025年度'))).toBe(true);
    expect(shaped(lines)).toBe(true);
  });

  test.each([
    ['2025年度', '关于开展2025年度全市质量工作考核和2025年度质量强市示范城市创建工作的通知'],
    ['第3届', '关于举办龙溪市第3届质量管理小组成果发表交流活动暨质量工作表彰大会的通知'],
    ['12项', '关于印发龙溪市质量提升行动工作方案及12项重点任务分工和考核办法的通知'],
    ['20个', '福建省质量强省工作联席会议办公室转发市场监管总局等20个部门关于开展2021年全国“质量月”活动的通知'],
  ])('%s is never split across lines, whatever the block width', (word, title) => {
    for (let max = 12; max <= 22; max++) {
      const lines = titleLines(title, max);
      expect(lines.join('')).toBe(title);
      for (const line of lines) expect(width(line)).toBeLessThanOrEqual(max);
      expect(lines.reduce((n, l) => n + l.split(word).length - 1, 0)).toBe(title.split(word).length - 1);
    }
  });

  test('a title that fits stays on one line; explicit breaks are kept', () => {
    expect(titleLines('关于开展质量月活动的通知', MAX)).toEqual(['关于开展质量月活动的通知']);
    expect(titleLines('关于开展\n质量月活动的通知', MAX)).toEqual(['关于开展', '质量月活动的通知']);
  });
});

test('a title keeps every unit the body keeps with its number, 分 and 秒 too (one list, src/style/kinsoku.ts): 每天30分钟 is not broken before 分', () => {
  for (const maxEm of [14, 20]) {
    const lines = titleLines('关于在第30届质量月期间每天30分钟宣传和30秒快检活动的通知', maxEm);
    expect(lines.join('')).toBe('关于在第30届质量月期间每天30分钟宣传和30秒快检活动的通知');
    lines.slice(1).forEach((line, i) => expect(`${lines[i]}|${line}`).not.toMatch(/\d\|[分秒]/));
  }
});
