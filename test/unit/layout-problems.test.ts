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
