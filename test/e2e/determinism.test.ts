import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { resolveFonts } from '../../src/fonts';
import { documentFromFile } from '../../src/pipeline';
import { renderPdf } from '../../src/render/pdf';
import * as breakLinesModule from '../../src/render/pdf/typeset/break-lines';
import { tempDir } from '../helpers/cli';
import { watchBuild } from '../helpers/watch';

const ROOT = path.resolve(__dirname, '../..');

/**
 * Same YAML, same fonts → the same bytes, whatever the machine's time zone or
 * the day it runs, and whether the run starts cold (no code cache, fonts
 * scanned, packages' parts compressed), warm (compiled code, the font scan and
 * the compressed parts from the cache folder) or with a cache folder it cannot
 * create; and a campaign edited after a warm run gets its own bytes, not parts
 * kept from before the edit, also where its parse is made from the one before.
 */
test('builds under two time zones, cold, warm and without a cache, write byte-identical DOCX, PDF, XLSX and text', () => {
  const fonts = tempDir('gongwen-fonts-');
  symlinkSync(resolveFonts({ systemDirs: [], env: {} }).heiti.file, path.join(fonts, 'sans.ttf'));
  const build = (tz: string, cache: string, campaign = path.join(ROOT, 'campaigns/2018.yaml')) => {
    const out = tempDir();
    const args = ['build', campaign, '--format', 'text,docx,pdf,xlsx', '--fonts', fonts, '--out', out];
    execFileSync(process.execPath, [path.join(ROOT, 'bin/gongwen.js'), ...args], { env: { ...process.env, TZ: tz, GONGWEN_CACHE_DIR: cache }, stdio: 'ignore' });
    return out;
  };
  const cache = tempDir('gongwen-cache-');
  const cold = build('Asia/Shanghai', cache);
  // The cold run left a code cache for the bundles it ran (the dispatcher, the build command, the DOCX renderer),
  // the font folder's faces, the unwrapped WOFF of the free 楷体, the word splits of the titles, the PDF's font programs,
  // the compressed parts of the DOCX and the workbook, the campaign's check, the PDF's paragraph settings, its faces'
  // facts and its compressed streams: the warm run builds from the check kept, sets no paragraph afresh and
  // compresses no stream afresh (their files are not written again).
  const made = readdirSync(cache).sort();
  const kinds = [/^build-.*\.v8$/, /^render-docx-.*\.v8$/, /^main-.*\.v8$/, /^check-build-.*\.json$/, /^fonts-.*\.json$/, /^woff-.*\.ttf$/, /^words-.*\.json$/, /^subset-.*\.bin$/, /^docx-parts-render-docx\.bin$/, /^xlsx-parts-build\.bin$/, /^settings-.*\.bin$/, /^face-.*\.bin$/, /^streams-.*\.bin$/];
  for (const kept of kinds) {
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
  const sameFiles = (a: string, b: string) => {
    expect(readdirSync(b).sort()).toEqual(readdirSync(a).sort());
    for (const f of readdirSync(a)) expect({ f, same: readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))) }).toEqual({ f, same: true });
  };
  sameFiles(cold, warm);
  sameFiles(cold, uncached);

  // Edits that keep every length (the opening's first words, a row of the form): the warm cache holds parts of the
  // same sizes, and the new document, form sheet and strings must not be taken from it.
  const edited = path.join(tempDir(), '2018.yaml');
  writeFileSync(edited, readFileSync(path.join(ROOT, 'campaigns/2018.yaml'), 'utf8').replace('为促进质量强省建设', '为加快质量强省建设').replace('领导批示情况', '领导指示情况'));
  const afterEdit = build('Asia/Shanghai', cache, edited);
  const editedUncached = build('Asia/Shanghai', path.join(blocker, 'cache'), edited);
  sameFiles(editedUncached, afterEdit);
  for (const f of ['2018.docx', '2018-stats.xlsx', '2018.pdf']) expect(readFileSync(path.join(afterEdit, f)).equals(readFileSync(path.join(cold, f)))).toBe(false);

  // The same file edited again inside one text: its parse is made from the one kept with the check before the edit
  // (campaign/reparse-edit.ts), without the YAML library, whose code cache is therefore not made again.
  writeFileSync(edited, readFileSync(edited, 'utf8').replace('为加快质量强省建设', '为加快推进质量强省建设'));
  for (const made of readdirSync(cache).filter((n) => n.startsWith('parse-yaml-'))) rmSync(path.join(cache, made));
  const reparsed = build('Asia/Shanghai', cache, edited);
  expect(readdirSync(cache).filter((n) => n.startsWith('parse-yaml-'))).toEqual([]);
  sameFiles(build('Asia/Shanghai', path.join(blocker, 'cache'), edited), reparsed);
  expect(readFileSync(path.join(reparsed, '2018.txt')).equals(readFileSync(path.join(afterEdit, '2018.txt')))).toBe(false);
});

/**
 * The DOCX learns where the colophon goes from the PDF laid out beside it, or,
 * with no PDF asked for, from a layout of its own: the same DOCX either way,
 * floating colophon (fujian-2024) or an even page of its own (2021).
 */
test.each(['examples/fujian-2024.yaml', '2021.yaml'])('%s: the DOCX built alone is the DOCX built beside its PDF', (campaign) => {
  const docx = (formats: string) => {
    const out = tempDir();
    execFileSync(process.execPath, [path.join(ROOT, 'bin/gongwen.js'), 'build', path.join(ROOT, 'campaigns', campaign), '--format', formats, '--out', out], { stdio: 'ignore' });
    return readFileSync(path.join(out, `${path.basename(campaign, '.yaml')}.docx`));
  };
  expect(docx('docx').equals(docx('docx,pdf'))).toBe(true);
});

/** Campaigns built together: each campaign's DOCX is the one it gets built alone. */
test('a sealed notice\'s PDF is the same cold (the seal\'s pixels compressed and kept), warm (read back) and without a cache', () => {
  const build = (cache: string) => {
    const out = tempDir();
    execFileSync(process.execPath, [path.join(ROOT, 'bin/gongwen.js'), 'build', path.join(ROOT, 'campaigns/examples/ningde-2026.yaml'), '--format', 'pdf', '--out', out], {
      env: { ...process.env, GONGWEN_CACHE_DIR: cache },
      stdio: 'ignore',
    });
    return readFileSync(path.join(out, 'ningde-2026.pdf'));
  };
  const cache = tempDir('gongwen-cache-');
  const cold = build(cache);
  const kept = readdirSync(cache).filter((f) => /^picture-[0-9a-f]+\.bin$/.test(f));
  expect(kept).toHaveLength(1);
  const time = statSync(path.join(cache, kept[0])).mtimeMs;
  const warm = build(cache);
  expect(statSync(path.join(cache, kept[0])).mtimeMs).toBe(time); // read, not made again
  const blocker = path.join(tempDir(), 'a-file');
  writeFileSync(blocker, '');
  const uncached = build(path.join(blocker, 'cache'));
  expect(warm.equals(cold)).toBe(true);
  expect(uncached.equals(cold)).toBe(true);
  expect(cold.includes('/SMask')).toBe(true);
});

test('the DOCX of each campaign built together is the DOCX it gets built alone', () => {
  const campaigns = ['2021.yaml', 'examples/fujian-2024.yaml', '2023.yaml'].map((c) => path.join(ROOT, 'campaigns', c));
  const built = (files: string[]) => {
    const out = tempDir();
    execFileSync(process.execPath, [path.join(ROOT, 'bin/gongwen.js'), 'build', ...files, '--format', 'docx,pdf', '--out', out], { stdio: 'ignore' });
    return out;
  };
  const together = built(campaigns);
  for (const file of campaigns) {
    const name = `${path.basename(file, '.yaml')}.docx`;
    expect({ name, same: readFileSync(path.join(together, name)).equals(readFileSync(path.join(built([file]), name))) }).toEqual({ name, same: true });
  }
});

/**
 * A process that builds again (--watch) takes the paragraphs it has set
 * before from memory (src/render/pdf/typeset/setting-memo.ts):
 * the same PDF, byte for byte, with no paragraph broken again, also after
 * another campaign was set between.
 */
test('a PDF built again in the same process from kept paragraph settings is the PDF built first', async () => {
  const breaker = jest.spyOn(breakLinesModule, 'breakLines');
  const pdf = async (campaign: string) => {
    const { document } = await documentFromFile(path.join(ROOT, 'campaigns', campaign));
    return Buffer.from((await renderPdf(document!, { rebuilding: true })).bytes);
  };
  const first = await pdf('2023.yaml');
  expect(breaker).toHaveBeenCalled();
  breaker.mockClear();
  const again = await pdf('2023.yaml');
  expect(breaker).not.toHaveBeenCalled();
  await pdf('examples/fujian-2024.yaml');
  const after = await pdf('2023.yaml');
  expect(again.equals(first)).toBe(true);
  expect(after.equals(first)).toBe(true);
  breaker.mockRestore();
});

/**
 * Under --watch a rebuild takes paragraph settings and font programs from memory and holds its cache files back
 * until watching stops (src/startup/cache-files.ts): each rebuild writes the bytes a build of its own writes, and
 * the cache folder ends with what the last rebuild kept.
 */
test('--watch rebuilds, an edited sentence and back, write the bytes of fresh builds; their cache files are written when watching stops', async () => {
  const dir = tempDir('gongwen-watch-same-');
  const file = path.join(dir, '2023.yaml');
  const original = readFileSync(path.join(ROOT, 'campaigns/2023.yaml'), 'utf8');
  const doc = parseDocument(original);
  doc.set('opening', `经研究，${doc.get('opening') as string}`);
  const edited = doc.toString();
  writeFileSync(file, original);
  const cache = tempDir('gongwen-cache-');
  const out = path.join(dir, 'out');
  const outputs = () => ['2023.docx', '2023.pdf'].map((f) => readFileSync(path.join(out, f)));
  const fresh = (source: string) => {
    const copy = path.join(tempDir(), '2023.yaml');
    writeFileSync(copy, source);
    const to = tempDir();
    execFileSync(process.execPath, [path.join(ROOT, 'bin/gongwen.js'), 'build', copy, '--format', 'docx,pdf', '--out', to], { env: { ...process.env, GONGWEN_CACHE_DIR: tempDir() }, stdio: 'ignore' });
    return ['2023.docx', '2023.pdf'].map((f) => readFileSync(path.join(to, f)));
  };
  const { child, waitFor, printed } = watchBuild([file, '--format', 'docx,pdf', '--out', out], 60_000, { ...process.env, GONGWEN_CACHE_DIR: cache });
  const save = async (source: string) => {
    const from = printed();
    writeFileSync(file, source);
    await waitFor(/已重新生成（\d+ ms）/, from);
    return outputs();
  };
  const checksKept = () => readdirSync(cache).filter((f) => /^check-build-.*\.json$/.test(f)).map((f) => readFileSync(path.join(cache, f), 'utf8'));
  try {
    await waitFor(/正在监视/, 0);
    const first = outputs();
    const [wasEdited, back, editedAgain] = [await save(edited), await save(original), await save(edited)];
    // held back while watching (written once no save has come for QUIET_MS: asked before the fresh builds below)
    expect(checksKept().some((kept) => kept.includes('经研究，'))).toBe(false);
    const [freshOriginal, freshEdited] = [fresh(original), fresh(edited)];
    for (const [watched, built] of [[first, freshOriginal], [wasEdited, freshEdited], [back, freshOriginal], [editedAgain, freshEdited]]) {
      expect(watched.map((b, i) => b.equals(built[i]))).toEqual([true, true]);
    }
  } finally {
    child.kill('SIGINT');
    await new Promise((resolve) => child.once('exit', resolve));
  }
  expect(checksKept().some((kept) => kept.includes('经研究，'))).toBe(true);
});
