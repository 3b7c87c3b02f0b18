import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { documentFromFile } from '../../src/pipeline';
import { renderText } from '../../src/render/text';
import { clauseSimilarity } from '../helpers/similarity';

const ROOT = path.resolve(__dirname, '../..');
const SEEDS = path.resolve(ROOT, '../shared/seeds');

/** Each seed and the campaign that re-authors it (shared/seeds/README.md). */
const PAIRS: [seed: string, campaign: string][] = [
  ['000_7724d6098250c013.txt', '2018.yaml'],
  ['001_49dae351a8d9145a.txt', '2013.yaml'],
  ['002_d6781d7ad72fb01b.txt', '2023.yaml'],
  ['003_68a1423a9dc3fb76.txt', '2021.yaml'],
  ['004_017bcdb19dea65bf.txt', '2017-national.yaml'],
];

describe('each campaign reproduces its source notice', () => {
  test('the seeds are where shared/ puts them', () => {
    expect(existsSync(SEEDS)).toBe(true);
  });

  test.each(PAIRS)('%s ↔ campaigns/%s: clause similarity ≥ 0.95', async (seed, campaign) => {
    const file = path.join(ROOT, 'campaigns', campaign);
    const result = await documentFromFile(file);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const ours = renderText(result.document!);
    const { score, missing } = clauseSimilarity(readFileSync(path.join(SEEDS, seed), 'utf8'), ours);
    if (score < 0.95) console.log(`${campaign}: ${score.toFixed(3)}; first missing clauses:`, missing.slice(0, 30));
    expect(score).toBeGreaterThanOrEqual(0.95);
  });
});
