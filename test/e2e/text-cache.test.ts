/**
 * A campaign's check kept in the cache folder (src/campaign/text-cache.ts,
 * src/check-file.ts): the next check of the same text prints exactly what
 * checking it prints, an edited file is checked again, the attached files are
 * checked every time, an entry made by other code is not used, and a damaged
 * entry is never used.
 */
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BIN, runBin, tempDir } from '../helpers/cli';
import { assetCampaign, png } from '../helpers/bad-assets';

const ROOT = path.join(__dirname, '..', '..');

function setUp(bin = BIN) {
  const dir = tempDir('gongwen-text-cache-');
  const file = path.join(dir, '2023.yaml');
  copyFileSync(path.join(ROOT, 'campaigns', '2023.yaml'), file);
  const cache = path.join(dir, 'cache');
  const env = { ...process.env, GONGWEN_CACHE_DIR: cache };
  const check = () => runBin(['check', '--strict', file], { env, bin });
  const entries = () => readdirSync(cache).filter((n) => n.startsWith('check-check-'));
  return { dir, file, cache, check, entries };
}

/** `scpoe: 全省` typed after the year: an unknown key, reported at the returned line. */
function withUnknownKey(file: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = lines.findIndex((l) => /^year: /.test(l));
  lines.splice(at + 1, 0, 'scpoe: 全省');
  writeFileSync(file, lines.join('\n'));
  return at + 2;
}

test('the first check keeps its result; the next one uses it and prints the same', () => {
  const { cache, check, entries } = setUp();
  const first = check();
  expect(entries()).toHaveLength(1);
  // The text was checked: the YAML library, the validator and the lint rules were loaded (their code cache is made).
  expect(readdirSync(cache)).toContainEqual(expect.stringMatching(/^check-source-.*\.v8$/));
  const entry = path.join(cache, entries()[0]);
  const made = statSync(entry).mtimeMs;
  const again = check();
  expect(again).toEqual(first);
  expect(statSync(entry).mtimeMs).toBe(made); // read, not made again
  expect(first.stderr).toMatch(/0 个错误/);
});

test('an edited file is checked again: a problem the edit brings in is reported at its line', () => {
  const { file, check, entries } = setUp();
  check();
  const before = entries();
  const line = withUnknownKey(file);
  const edited = check();
  expect(edited.code).toBe(2);
  expect(edited.stderr).toContain(`${file}:${line}:1  错误  未知的键“scpoe”`);
  expect(entries()).toEqual(before); // one entry per file: the edited text's check replaced the first
  expect(check()).toEqual(edited); // an invalid file's problems are kept too
});

test('a warning YAML gives while parsing and the warnings of the lint rules come back from the cache at their place', () => {
  const { file, check } = setUp();
  const text = readFileSync(file, 'utf8')
    .replace(/^(\s*phone: )(.*)$/m, '$1$2 #8') // a # glued to a text: hash-in-text
    .replace('加强质量强省建设，', '加强质量强省建设,'); // a half-width comma after Chinese: a lint warning
  writeFileSync(file, text);
  const first = check();
  expect(first.stderr).toMatch(/警告 {2}“#8”被当作注释/);
  expect(first.stderr).toMatch(/警告 {2}中文中使用了半角标点“,”/);
  expect(check()).toEqual(first);
});

test('the files a campaign attaches are checked on every run, also when its check is kept', () => {
  const dir = tempDir('gongwen-text-cache-assets-');
  writeFileSync(path.join(dir, 'pic.png'), png(200, 100));
  const { yaml, imageLine } = assetCampaign({ image: 'pic.png', pdf: 'missing.pdf' });
  const file = path.join(dir, 'assets.yaml');
  writeFileSync(file, yaml);
  const env = { ...process.env, GONGWEN_CACHE_DIR: path.join(dir, 'cache') };
  const first = runBin(['check', file], { env });
  expect(first.stderr).not.toContain(`${file}:${imageLine}:`);
  writeFileSync(path.join(dir, 'pic.png'), 'not a picture\n');
  const after = runBin(['check', file], { env });
  expect(after.code).toBe(2);
  expect(after.stderr).toMatch(new RegExp(`${file}:${imageLine}:\\d+  错误  .*不是 PNG 或 JPEG`));
});

test('a check kept by other code is not used: the entry is named by every bundle that made it', () => {
  // A copy of the CLI whose lint and validator bundle says one message differently.
  const install = tempDir('gongwen-text-cache-install-');
  mkdirSync(path.join(install, 'bin'));
  copyFileSync(BIN, path.join(install, 'bin', 'gongwen.js'));
  cpSync(path.join(ROOT, 'dist', 'bundle'), path.join(install, 'dist', 'bundle'), { recursive: true });
  const { file, check } = setUp(path.join(install, 'bin', 'gongwen.js'));
  const line = withUnknownKey(file);
  expect(check().stderr).toContain(`${file}:${line}:1  错误  未知的键“scpoe” (unknown key "scpoe"`);

  const checkSource = path.join(install, 'dist', 'bundle', 'check-source.js');
  const code = readFileSync(checkSource, 'utf8');
  expect(code).toContain('`unknown key "${key}"');
  // The new code is marked as any build marks it: a new SHA-1 on its first line.
  const [, body] = /^[^\n]*\n([\s\S]*)$/.exec(code)!;
  const { markedBundle } = require('../../src/startup/code-cache') as typeof import('../../src/startup/code-cache');
  rmSync(checkSource);
  writeFileSync(checkSource, markedBundle(body.replace('`unknown key "${key}"', '`no such key "${key}"')));
  expect(check().stderr).toContain(`${file}:${line}:1  错误  未知的键“scpoe” (no such key "scpoe"`);
});

test('a damaged entry is not used: the file is checked and the entry made again', () => {
  const { file, cache, check, entries } = setUp();
  const first = check();
  const entry = path.join(cache, entries()[0]);
  const good = readFileSync(entry);
  const damaged = Buffer.from(good);
  damaged[Math.floor(damaged.length / 4)] ^= 0x01;
  writeFileSync(entry, damaged);
  expect(check()).toEqual(first);
  expect(readFileSync(entry).equals(good)).toBe(true);

  // Intact, but not an entry this code reads.
  for (const other of ['null', '{}', JSON.stringify({ source: readFileSync(file, 'utf8') })]) {
    writeFileSync(entry, Buffer.concat([Buffer.from(other), Buffer.from(other)]));
    expect(check()).toEqual(first);
  }
});

/**
 * An edit inside one text is checked from the parse kept with the check before it (src/campaign/reparse-edit.ts),
 * without loading the YAML library: the check prints what a check of the edited file with no cache prints, every
 * problem at the same file:line:col, those after the edit moved with it. In a file with a BOM and CRLF line ends too.
 */
test.each([
  ['LF', (text: string) => text],
  ['a BOM and CRLF', (text: string) => `\uFEFF${text.replace(/\n/g, '\r\n')}`],
])('%s: an edit inside a text is checked from the parse before it, as the edited file is checked afresh', (_, form) => {
  const { dir, file, cache, check } = setUp();
  // A lint warning after the edit (a half-width comma in the contact's name), to be reported on its moved line.
  const base = readFileSync(file, 'utf8').replace(/^(\s*name: )(.*)$/m, '$1$2,');
  writeFileSync(file, form(base));
  const before = check();
  expect(before.stderr).toMatch(/警告 {2}中文中使用了半角标点“,”/);
  for (const made of readdirSync(cache).filter((n) => n.startsWith('parse-yaml-'))) rmSync(path.join(cache, made));

  // A sentence added on a line of its own in the opening, with a half-width comma of its own.
  const edited = form(base.replace('  现将有关事项通知如下：', '  经研究,决定开展活动。\n  现将有关事项通知如下：'));
  writeFileSync(file, edited);
  const after = check();
  // The YAML library was not loaded: its bundle's code cache was not made again.
  expect(readdirSync(cache).filter((n) => n.startsWith('parse-yaml-'))).toEqual([]);

  const fresh = path.join(dir, 'fresh');
  mkdirSync(fresh);
  const freshFile = path.join(fresh, '2023.yaml');
  writeFileSync(freshFile, edited);
  const afresh = runBin(['check', '--strict', freshFile], { env: { ...process.env, GONGWEN_CACHE_DIR: path.join(fresh, 'cache') } });
  expect(after).toEqual({ ...afresh, stderr: afresh.stderr.split(freshFile).join(file) });
  const warnings = (run: { stderr: string }) => run.stderr.split('\n').filter((l) => l.includes('半角标点“,”')).map((l) => l.split('  ')[0]);
  const [contactBefore] = warnings(before);
  const line = (at: string) => Number(at.split(':')[1]);
  expect(warnings(after)).toHaveLength(2);
  expect(line(warnings(after)[1])).toBe(line(contactBefore) + 1);
});

test('a value confirmed by deleting its 待核对 mark is checked from the parse before, and its warning is gone', () => {
  const { file, cache, check } = setUp();
  const { staleComment } = require('../../src/campaign/stale') as typeof import('../../src/campaign/stale');
  const source = readFileSync(file, 'utf8');
  const theme = /^theme: (.*)$/m.exec(source)![1];
  writeFileSync(file, source.replace(`theme: ${theme}`, `theme: ${theme} #${staleComment(theme)}`));
  const marked = check();
  expect(marked.stderr).toMatch(/警告 {2}.*沿用了去年的内容，待核对/);
  for (const made of readdirSync(cache).filter((n) => n.startsWith('parse-yaml-'))) rmSync(path.join(cache, made));
  writeFileSync(file, source);
  const confirmed = check();
  expect(readdirSync(cache).filter((n) => n.startsWith('parse-yaml-'))).toEqual([]);
  expect(confirmed.stderr).not.toMatch(/待核对/);
  expect(confirmed.stderr).toMatch(/0 个错误，0 个警告/);
});
