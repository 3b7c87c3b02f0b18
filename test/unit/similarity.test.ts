import { readFileSync } from 'node:fs';
import path from 'node:path';
import { clauseSimilarity, landmarks, landmarksOutOfPlace, normaliseForComparison } from '../helpers/similarity';

/** The comparison the seed-similarity test relies on, fed a faithful copy of a source and damaged ones. */
const source = readFileSync(path.join(__dirname, '../fixtures/sources/2023.txt'), 'utf8');
const lines = source.split('\n');
const headingOf = (line: string) => normaliseForComparison(line.split('。')[0]);

test('a faithful copy scores 1 and keeps every landmark', () => {
  expect(clauseSimilarity(source, source).score).toBe(1);
  expect(landmarksOutOfPlace(source, source)).toEqual([]);
});

test('the same lines in reverse order fail both checks', () => {
  const reversed = [...lines].reverse().join('\n');
  expect(clauseSimilarity(source, reversed).score).toBeLessThan(0.5);
  expect(landmarksOutOfPlace(source, reversed).length).toBeGreaterThan(landmarks(source).length / 2);
});

test('the whole text written twice fails the clause comparison', () => {
  expect(clauseSimilarity(source, `${source}\n${source}`).score).toBeLessThan(0.7);
});

test('one paragraph written twice lowers the score by its length', () => {
  const paragraph = lines.findIndex((l) => l.length > 100);
  const doubled = [...lines.slice(0, paragraph + 1), ...lines.slice(paragraph)].join('\n');
  const { score } = clauseSimilarity(source, doubled);
  expect(score).toBeLessThan(1);
  expect(score).toBeGreaterThan(0.9);
});

test('a heading or date left out is named even when the clauses still score high', () => {
  const heading = lines.find((l) => l.startsWith('（二）'))!;
  const date = /\d{4}年\d{1,2}月\d{1,2}日/.exec(source)![0];
  const damaged = lines.filter((l) => l !== heading).join('\n').replace(date, '');
  expect(clauseSimilarity(source, damaged).score).toBeGreaterThan(0.95);
  expect(landmarksOutOfPlace(source, damaged)).toEqual([headingOf(heading), date]);
});

test('two sections swapped put the later headings out of order', () => {
  const first = lines.findIndex((l) => l.startsWith('（一）'));
  const second = lines.findIndex((l) => l.startsWith('（二）'));
  const swapped = [...lines];
  [swapped[first], swapped[second]] = [swapped[second], swapped[first]];
  expect(landmarksOutOfPlace(source, swapped.join('\n'))).toContain(headingOf(lines[second]));
});
