import { addresseeNames, isCollective, unitKey } from '../../src/collect/addressees';
import { formatReturnProblem } from '../../src/collect/problem';

describe('addressees as units', () => {
  test('groups expand to full names: prefix and suffix go on every item', () => {
    expect(
      addresseeNames(['省委宣传部', { prefix: '省', items: ['法院', '检察院'] }, ['福州海关', '厦门海关'], { items: ['福州市', '平潭综合实验区'], suffix: '市场监管局' }]),
    ).toEqual(['省委宣传部', '省法院', '省检察院', '福州海关', '厦门海关', '福州市市场监管局', '平潭综合实验区市场监管局']);
  });

  test('a name that stands for many units is replaced by the units the campaign lists for it', () => {
    const units = { '各设区市、平潭综合实验区市场监管局': { items: ['福州市', '厦门市', '平潭综合实验区'], suffix: '市场监管局' } };
    expect(addresseeNames(['省委宣传部', '各设区市、平潭综合实验区市场监管局', '有关企业'], units)).toEqual([
      '省委宣传部',
      '福州市市场监管局',
      '厦门市市场监管局',
      '平潭综合实验区市场监管局',
      '有关企业',
    ]);
  });

  test('names that stand for many units', () => {
    for (const name of ['各设区市质监局', '有关企业', '有关行业协会', '省质监局直属各单位']) expect(isCollective(name)).toBe(true);
    for (const name of ['省委宣传部', '福州市市场监管局', '省发改委', '人行福州中心支行']) expect(isCollective(name)).toBe(false);
  });

  test('spellings of one unit share a key: spaces, full-width letters, the province written out', () => {
    expect(unitKey(' 福建省 发改委', '福建省')).toBe(unitKey('省发改委', '福建省'));
    expect(unitKey('省ＱＣ协会')).toBe(unitKey('省QC协会'));
    expect(unitKey('福建省发改委')).not.toBe(unitKey('省发改委'));
    expect(unitKey('福州市市场监管局', '福建省')).not.toBe(unitKey('厦门市市场监管局', '福建省'));
  });

  test('the full and short names of a kind of office are one unit', () => {
    expect(unitKey('福州市市场监督管理局')).toBe(unitKey('福州市市场监管局'));
    expect(unitKey('福建省质量技术监督局', '福建省')).toBe(unitKey('省质监局', '福建省'));
    expect(unitKey('福建省发展和改革委员会', '福建省')).toBe(unitKey('省发改委', '福建省'));
    expect(unitKey('福州市市场监督管理局')).not.toBe(unitKey('厦门市市场监管局'));
  });
});

describe('a return problem as the CLI prints it', () => {
  test('FILE!CELL  severity  message (English)  提示：hint; FILE alone when no cell', () => {
    const problem = { file: 'r/a.xlsx', severity: 'error' as const, code: 'not-a-number', message: '“约50”不是数字', english: '"约50" is not a number', hint: '只填数字' };
    expect(formatReturnProblem({ ...problem, cell: 'F12' })).toBe('r/a.xlsx!F12  错误  “约50”不是数字 ("约50" is not a number)  提示：只填数字');
    expect(formatReturnProblem(problem)).toBe('r/a.xlsx  错误  “约50”不是数字 ("约50" is not a number)  提示：只填数字');
  });
});

describe('addresseeUnits keyed by a group as the 主送 line prints it', () => {
  const group = { items: ['各设区市', '平潭综合实验区'], suffix: '市场监管局' };
  const units = { '各设区市、平潭综合实验区市场监管局': { items: ['福州市', '厦门市', '平潭综合实验区'], suffix: '市场监管局' } };

  test('a group written with items and a suffix (as 2023 writes it) is replaced as a whole by the listed units, 平潭 once', () => {
    expect(addresseeNames(['省委宣传部', group], units)).toEqual(['省委宣传部', '福州市市场监管局', '厦门市市场监管局', '平潭综合实验区市场监管局']);
  });

  test('one unit of a group can still be keyed by its own name', () => {
    const one = { 各设区市市场监管局: { items: ['福州市', '厦门市'], suffix: '市场监管局' } };
    expect(addresseeNames([group], one)).toEqual(['福州市市场监管局', '厦门市市场监管局', '平潭综合实验区市场监管局']);
  });
});
