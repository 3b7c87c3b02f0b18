/**
 * Issue 13: peak memory at 500 pages. The PDF typesetter holds every line of
 * a section until its pages are drawn, and every drawn page until the file is
 * written; a line keeps its glyphs' places as arrays of numbers, not the
 * pieces it was broken from nor an object per glyph (together some ten times
 * the memory). Before, the notice below did not finish in a 100 MB V8 heap
 * (it peaked at 252 MiB resident); it now needs about 50 MB.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { BIN, tempDir } from '../helpers/cli';

const HEAP_MB = 64;

test(`the 2023 notice with its body said 160 times (500+ pages) builds its PDF in a ${HEAP_MB} MB heap`, () => {
  const dir = tempDir('gongwen-memory-');
  const campaign = parse(readFileSync(path.join(__dirname, '../../campaigns/2023.yaml'), 'utf8')) as { body: unknown[] };
  campaign.body = Array.from({ length: 160 }, () => campaign.body).flat();
  const file = path.join(dir, 'long.yaml');
  writeFileSync(file, stringify(campaign, { aliasDuplicateObjects: false }));

  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, BIN, 'build', file, '--format', 'pdf', '--json', '--out', dir], { encoding: 'utf8', timeout: 300_000 });
  expect(r.stderr).not.toMatch(/heap out of memory/);
  expect(r.status).toBe(0);
  const [pdf] = (JSON.parse(r.stdout) as { outputs: { pages: number }[] }).outputs;
  expect(pdf.pages).toBeGreaterThanOrEqual(500);
});
