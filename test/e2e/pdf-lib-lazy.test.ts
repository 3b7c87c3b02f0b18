/**
 * `build --format pdf` writes a notice's PDF objects itself, its pictures too, and loads pdf-lib only for a
 * notice that attaches a PDF: loading and setting up pdf-lib's bundle was a fifth of a small PDF build's start-up.
 * Which modules a real run of bin/gongwen.js loaded is read from its require cache as it exits.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runBin, tempDir } from '../helpers/cli';

const CAMPAIGNS = path.join(__dirname, '..', '..', 'campaigns');

/** The files of the modules a PDF build of `campaign` loaded. */
function modulesLoadedBuilding(campaign: string): string[] {
  const dir = tempDir('gongwen-pdf-lazy-');
  const probe = path.join(dir, 'probe.js');
  const list = path.join(dir, 'loaded.txt');
  writeFileSync(probe, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, Object.keys(require.cache).join('\\n')));`);
  const run = runBin(['build', path.join(CAMPAIGNS, campaign), '--format', 'pdf', '--out', dir], {
    env: { ...process.env, NODE_OPTIONS: `--require ${probe}`, GONGWEN_CACHE_DIR: path.join(dir, 'cache') },
  });
  expect([run.code, run.stderr]).toEqual([0, expect.stringContaining('.pdf')]);
  return readFileSync(list, 'utf8').split('\n');
}

/** pdf-lib's own files, or a bundle holding its code (its cross-reference writer, which we do not name). */
const isPdfLib = (file: string) => file.includes('pdf-lib') || (file.endsWith('.js') && readFileSync(file, 'latin1').includes('PDFCrossRefSection'));

test('a notice without pictures or attached PDFs is written without loading pdf-lib', () => {
  const loaded = modulesLoadedBuilding('2023.yaml');
  expect(loaded.some((f) => f.endsWith('render-pdf.js'))).toBe(true);
  expect(loaded.filter(isPdfLib)).toEqual([]);
});

test('nor is a sealed notice', () => {
  const loaded = modulesLoadedBuilding('examples/ningde-2026.yaml');
  expect(loaded.some((f) => f.endsWith('png-picture.js'))).toBe(true);
  expect(loaded.filter(isPdfLib)).toEqual([]);
});

test('a notice with an attached PDF loads it', () => {
  expect(modulesLoadedBuilding('examples/putian-2026.yaml').some(isPdfLib)).toBe(true);
});
