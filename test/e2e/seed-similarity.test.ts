import { readFileSync } from 'node:fs';
import path from 'node:path';
import { documentFromFile } from '../../src/pipeline';
import { renderText } from '../../src/render/text';
import { clauseSimilarity, landmarks, landmarksOutOfPlace } from '../helpers/similarity';

const ROOT = path.resolve(__dirname, '../..');
const SOURCES = path.join(__dirname, '../fixtures/sources');

/** Each campaign and the source notice it re-authors (test/fixtures/sources/README.md). */
const CAMPAIGNS = ['2013', '2017-national', '2018', '2021', '2023'];

/** Errors of a source that its campaign deliberately corrects (listed in test/fixtures/sources/README.md): [wrong, right]. */
const CORRECTIONS: Record<string, [string, string][]> = {
  '2021': [['国市监质〔2021〕50号', '国市监质〔2021〕51号']],
};

describe.each(CAMPAIGNS)('campaigns/%s.yaml reproduces its source notice', (name) => {
  const source = (CORRECTIONS[name] ?? []).reduce(
    (text, [wrong, right]) => text.replaceAll(wrong, right),
    readFileSync(path.join(SOURCES, `${name}.txt`), 'utf8'),
  );
  let ours = '';
  beforeAll(async () => {
    const result = await documentFromFile(path.join(ROOT, 'campaigns', `${name}.yaml`));
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    ours = renderText(result.document!);
  });

  test('clause sequence similarity (LCS) ≥ 0.95', () => {
    const { score, missing } = clauseSimilarity(source, ours);
    if (score < 0.95) console.log(`${name}: ${score.toFixed(3)}; first missing clauses:`, missing.slice(0, 30));
    expect(score).toBeGreaterThanOrEqual(0.95);
  });

  test('every date, document number and heading of the source, in order', () => {
    expect(landmarks(source).length).toBeGreaterThan(3);
    expect(landmarksOutOfPlace(source, ours)).toEqual([]);
  });
});
