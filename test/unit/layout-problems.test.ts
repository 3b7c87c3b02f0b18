import { layoutProblems } from '../../src/cli/layout-problems';

const SOURCE = `body:
  - heading: 及时做好总结工作
    body:
      - 活动结束后，请认真总结。
`;

test('a page gap no remedy closes is a warning at the line that opens the next page, in Chinese with English, with a way out', () => {
  const [problem, ...rest] = layoutProblems('c.yaml', SOURCE, [{ line: '四、及时做好总结工作', kind: 'gap' }]);
  expect(rest).toEqual([]);
  expect(problem).toMatchObject({ file: 'c.yaml', line: 2, column: 14, severity: 'warning', code: 'page-gap' });
  expect(problem.message).toContain('页末空了两行以上');
  expect(problem.english).toContain('ends two or more lines short');
  expect(problem.hint).toContain('增删几个字');
});

test('items kept together that fill more than a page are a warning where the page breaks inside them', () => {
  const [problem] = layoutProblems('c.yaml', SOURCE, [{ line: '及时做好总结工作', kind: 'kept-split' }]);
  expect(problem).toMatchObject({ file: 'c.yaml', line: 2, column: 14, severity: 'warning', code: 'kept-split' });
  expect(problem.message).toContain('超过一页');
  expect(problem.english).toContain('taller than a page');
});

test('a short strained line is found inside its own paragraph or cell, not where the same characters stand first, nor at 1:1', () => {
  const source = [
    'year: 2026',
    'annexes:',
    '  - id: wide',
    '    body:',
    '      - table:',
    '          header:',
    '            - [序号, 电子计价秤（台）, 检查日期]',
    '          rows:',
    '            - [1, 126, 2026年6月18日]',
    '',
  ].join('\n');
  const [unit, date] = layoutProblems('c.yaml', source, [
    { line: '（台', paragraph: '电子计价秤（台）', kind: 'forced' },
    { line: '2026', paragraph: '2026年6月18日', kind: 'forced' },
  ]);
  expect(unit).toMatchObject({ line: 7, column: 25, code: 'forced-break' });
  expect(date).toMatchObject({ line: 9, column: 24, code: 'forced-break' });
});

test('a page gap before what has no text (a picture) does not quote an empty line', () => {
  const [problem] = layoutProblems('c.yaml', SOURCE, [{ line: '', kind: 'gap' }]);
  expect(problem.code).toBe('page-gap');
  expect(problem.message).not.toContain('“”');
  expect(problem.english).not.toContain('""');
  expect(problem.message).toContain('下一页开头的图片');
});

test('a page gap before a table row names the rule that moved the rows and the fix in the table', () => {
  const [problem] = layoutProblems('c.yaml', SOURCE, [{ line: '序号　产品类别', kind: 'gap', inCell: true }]);
  expect(problem.code).toBe('page-gap');
  expect(problem.message).toContain('表格的“序号　产品类别”一行');
  expect(problem.message).toContain('合并单元格所跨的各行排在同一页');
  expect(problem.english).toContain('the table row "序号　产品类别"');
  expect(problem.hint).toContain('rowSpan');
});

test('a line set loose that also opens the page after a gap is reported both ways; the same fault twice, once', () => {
  const source = 'body:\n  - 《大田县质量强县建设三年行动实施方案（2026—2028年）》已经县人民政府常务会议研究同意。\n';
  const line = '《大田县质量强县建设三年行动实施方案';
  const problems = layoutProblems('c.yaml', source, [
    { line, paragraph: line, kind: 'loose' },
    { line, paragraph: line, kind: 'gap' },
    { line, paragraph: line, kind: 'gap' },
  ]);
  expect(problems.map((p) => p.code)).toEqual(['loose-line', 'page-gap']);
  expect(problems.every((p) => p.line === 2 && p.column === 5)).toBe(true);
});
