/**
 * A 附注 typed with its parentheses, as copied from a printed notice (remark: （此件公开发布）): printed once in
 * parentheses, not （（此件公开发布））, in the PDF, the DOCX and the text; the outputs are byte for byte those of the
 * 附注 written without them; check still warns that the pair need not be typed. Built by bin/gongwen.js.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { runBin, tempDir } from '../helpers/cli';

const EXAMPLES = path.resolve(__dirname, '../../campaigns/examples');
const dir = tempDir('gongwen-remark-');
const squash = (s: string) => s.replace(/\s+/g, '');
const count = (text: string, needle: string) => text.split(needle).length - 1;

beforeAll(() => {
  cpSync(path.join(EXAMPLES, 'assets'), path.join(dir, 'assets'), { recursive: true });
  const source = readFileSync(path.join(EXAMPLES, 'fuzhou-reply-2026.yaml'), 'utf8');
  expect(source).toContain('\nremark: 此件公开发布\n');
  writeFileSync(path.join(dir, 'plain.yaml'), source);
  writeFileSync(path.join(dir, 'typed.yaml'), source.replace('\nremark: 此件公开发布\n', '\nremark: （此件公开发布）\n'));
  writeFileSync(path.join(dir, 'half.yaml'), source.replace('\nremark: 此件公开发布\n', '\nremark: "(此件公开发布)"\n'));
  for (const name of ['plain', 'typed', 'half']) {
    const run = runBin(['build', path.join(dir, `${name}.yaml`), '--format', 'text,docx,pdf', '--out', path.join(dir, name)]);
    expect(run.stderr).not.toMatch(/错误/);
    expect(run.code).toBe(0);
  }
}, 120_000);

const output = (name: string, ext: string) => path.join(dir, name, `${name}.${ext}`);

test.each(['typed', 'half'])('%s: the PDF prints （此件公开发布） once, not in two pairs', (name) => {
  const text = squash(execFileSync('pdftotext', [output(name, 'pdf'), '-'], { encoding: 'utf8' }));
  expect(count(text, '（此件公开发布）')).toBe(1);
  expect(text).not.toMatch(/[（(]{2}此件公开发布|此件公开发布[）)]{2}/);
});

test.each(['typed', 'half'])('%s: the DOCX and the text print it once too', (name) => {
  const xml = strFromU8(unzipSync(readFileSync(output(name, 'docx')))['word/document.xml']);
  const words = xml.replace(/<[^>]+>/g, '');
  expect(count(words, '（此件公开发布）')).toBe(1);
  expect(words).not.toMatch(/[（(]{2}此件公开发布|此件公开发布[）)]{2}/);
  const text = readFileSync(output(name, 'txt'), 'utf8');
  expect(text.split('\n').filter((l) => l.includes('此件公开发布')).map((l) => l.trim())).toEqual(['（此件公开发布）']);
});

test.each(['typed', 'half'])('%s: every output is byte for byte the one of the 附注 written without its pair', (name) => {
  for (const ext of ['txt', 'docx', 'pdf']) expect(readFileSync(output(name, ext)).equals(readFileSync(output('plain', ext)))).toBe(true);
});

test('check still says the pair need not be typed, at its line:col, and prints it once', () => {
  const run = runBin(['check', path.join(dir, 'typed.yaml')]);
  expect(run.code).toBe(0);
  const line = readFileSync(path.join(dir, 'typed.yaml'), 'utf8').split('\n').findIndex((l) => l.startsWith('remark:')) + 1;
  expect(run.stdout + run.stderr).toContain(`typed.yaml:${line}:9  警告  附注“（此件公开发布）”两边的括号由公文自动加上，不必写（只印一层）`);
  expect(run.stdout + run.stderr).toContain('去掉两边的括号，写作 remark: 此件公开发布');
});
