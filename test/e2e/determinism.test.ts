import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveFonts } from '../../src/fonts';
import { tempDir } from '../helpers/cli';

const ROOT = path.resolve(__dirname, '../..');

/**
 * Same YAML, same fonts → the same bytes, whatever the machine's time zone or
 * the day it runs, and whether the run starts cold (no code cache, fonts
 * scanned), warm (compiled code and the font scan from the cache folder) or
 * with a cache folder it cannot create.
 */
test('builds under two time zones, cold, warm and without a cache, write byte-identical DOCX, PDF, XLSX and text', () => {
  const fonts = tempDir('gongwen-fonts-');
  symlinkSync(resolveFonts({ systemDirs: [], env: {} }).heiti.file, path.join(fonts, 'sans.ttf'));
  const build = (tz: string, cache: string) => {
    const out = tempDir();
    const args = ['build', path.join(ROOT, 'campaigns/2018.yaml'), '--format', 'text,docx,pdf,xlsx', '--fonts', fonts, '--out', out];
    execFileSync(process.execPath, [path.join(ROOT, 'bin/gongwen.js'), ...args], { env: { ...process.env, TZ: tz, GONGWEN_CACHE_DIR: cache }, stdio: 'ignore' });
    return out;
  };
  const cache = tempDir('gongwen-cache-');
  const cold = build('Asia/Shanghai', cache);
  // The cold run left a code cache for the bundles it ran (the dispatcher, the build command, the DOCX thread),
  // the font folder's faces and the unwrapped WOFF of the free 楷体.
  const made = readdirSync(cache).sort();
  for (const kept of [/^build-.*\.v8$/, /^docx-thread-.*\.v8$/, /^main-.*\.v8$/, /^fonts-.*\.json$/, /^woff-.*\.ttf$/]) {
    expect(made).toContainEqual(expect.stringMatching(kept));
  }
  const times = made.map((f) => statSync(path.join(cache, f)).mtimeMs);

  const warm = build('America/New_York', cache);
  expect(readdirSync(cache).sort()).toEqual(made);
  expect(made.map((f) => statSync(path.join(cache, f)).mtimeMs)).toEqual(times); // used as they were, not made again

  const blocker = path.join(tempDir(), 'a-file');
  writeFileSync(blocker, '');
  const uncached = build('Asia/Shanghai', path.join(blocker, 'cache'));

  const files = readdirSync(cold).sort();
  expect(files).toEqual(['2018-stats.xlsx', '2018.docx', '2018.pdf', '2018.txt']);
  for (const out of [warm, uncached]) {
    expect(readdirSync(out).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(path.join(out, f)).equals(readFileSync(path.join(cold, f)))).toBe(true);
  }
});
