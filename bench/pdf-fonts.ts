/**
 * Where the PDF's font time goes, and which subsetter to use: our own glyf
 * subsetter against hb-subset (subset-font) and upstream fontkit, each in a
 * fresh process (cold, as a CLI build runs) on the characters of the 2023
 * notice. Run: npm run build && node dist/bench/pdf-fonts.js
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { resolveFonts } from '../src/fonts';

const ROOT = path.resolve(__dirname, '../..');
const RUNS = 3;

const TEXT_OF_2023 = `require(${JSON.stringify(path.join(ROOT, 'dist/src/pipeline.js'))}).documentFromFile(${JSON.stringify(path.join(ROOT, 'campaigns/2023.yaml'))})
  .then((r) => [...new Set(require(${JSON.stringify(path.join(ROOT, 'dist/src/render/text/index.js'))}).renderText(r.document))].join(''))`;

function script(file: string, subsetter: 'own' | 'hb-subset' | 'fontkit'): string {
  const body = {
    own: `const { TrueTypeFont, subsetFont } = require(${JSON.stringify(path.join(ROOT, 'dist/src/fonts/index.js'))});
      const font = TrueTypeFont.open(${JSON.stringify(file)});
      return subsetFont(font, [...chars].map((c) => font.glyphId(c.codePointAt(0)))).bytes.length;`,
    'hb-subset': `const data = require('node:fs').readFileSync(${JSON.stringify(file)});
      return require('subset-font')(data, chars, { targetFormat: 'truetype' }).then((b) => b.length);`,
    fontkit: `const font = require('fontkit').create(require('node:fs').readFileSync(${JSON.stringify(file)}));
      const s = font.createSubset(); for (const c of chars) s.includeGlyph(font.glyphForCodePoint(c.codePointAt(0)));
      return s.encode().length;`,
  }[subsetter];
  return `${TEXT_OF_2023}.then(async (chars) => { const t = performance.now(); const size = await (async () => { ${body} })();
    console.log(JSON.stringify({ ms: performance.now() - t, size })); });`;
}

function run(code: string): { ms: number; size: number } {
  const results = Array.from({ length: RUNS }, () => {
    const r = spawnSync(process.execPath, ['-e', code], { cwd: ROOT, encoding: 'utf8' });
    return JSON.parse(r.stdout.trim().split('\n').pop()!) as { ms: number; size: number };
  });
  return results.sort((a, b) => a.ms - b.ms)[Math.floor(RUNS / 2)];
}

const file = resolveFonts().fangsong.file;
const own = run(script(file, 'own'));
console.log(`subsetting the 2023 notice's characters from ${path.basename(file)} in a fresh process (load + subset):`);
for (const subsetter of ['own', 'hb-subset', 'fontkit'] as const) {
  const r = subsetter === 'own' ? own : run(script(file, subsetter));
  console.log(`  ${subsetter.padEnd(10)} ${r.ms.toFixed(1).padStart(7)} ms  ×${(r.ms / own.ms).toFixed(1)}  ${(r.size / 1024).toFixed(0)} KiB`);
}
