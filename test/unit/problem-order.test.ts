/**
 * Problems are listed alike however the build met them: by file (first met first), then line, column, code and
 * message. A build that reads paragraphs back from the cache meets missing glyphs in another order than one that
 * sets them afresh; `build --json` and the printed list must not show that.
 */
import type { Problem } from '../../src/campaign/problem';
import { inFileOrder } from '../../src/cli/report';

const problem = (file: string, line: number, column: number, code: string, message: string): Problem => ({
  file, line, column, severity: 'warning', code, message, english: message, hint: '',
});

const met = [
  problem('b.yaml', 3, 1, 'glyph-fallback', '仿宋字体中没有“䶮”字'),
  problem('a.yaml', 9, 4, 'lint', '标题过长'),
  problem('b.yaml', 3, 1, 'glyph-fallback', '仿宋字体中没有“㛃”字'),
  problem('b.yaml', 2, 7, 'yaml', '重复的键'),
  problem('b.yaml', 3, 1, 'glyph-missing', '没有任何字体包含“”字'),
];

test('every order the problems of a file are met in gives one list; files stay in the order first met', () => {
  const expected = [met[3], met[2], met[0], met[4], met[1]];
  const bFirst = [met, [met[4], met[0], met[2], met[1], met[3]], [met[2], met[1], met[4], met[3], met[0]]];
  for (const order of bFirst) expect(inFileOrder(order)).toEqual(expected);
  expect(inFileOrder([met[1], met[4], met[0], met[3], met[2]])).toEqual([met[1], met[3], met[2], met[0], met[4]]);
});
