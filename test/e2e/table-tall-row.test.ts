/**
 * A table row taller than a page (a long cell of text in the body) is cut
 * between its text lines in our PDF: its text reads on, in order and once,
 * from one page to the next; nothing leaves the text block; the header row
 * repeats above the continuation.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { documentFromFile } from '../../src/pipeline';
import { renderPdf } from '../../src/render/pdf';
import { tempDir } from '../helpers/cli';
import { MM } from '../helpers/pdf-geometry';
import { readWords } from '../helpers/pdf-poppler';
import { loadPdf, pageContent, strokedLines } from '../helpers/pdf-streams';

const SENTENCES = 150;
/** Numbered sentences, so their order can be read back. */
const CELL = Array.from({ length: SENTENCES }, (_, i) => `第${i + 1}句加强质量安全监管工作。`).join('');

let file: string;
let bytes: Uint8Array;

beforeAll(async () => {
  const dir = tempDir('gongwen-tall-row-');
  const yaml = path.join(dir, 'tall.yaml');
  writeFileSync(
    yaml,
    ['kind: notice', 'year: 2024', 'issuers:', '  - name: 龙溪市市场监督管理局', 'body:', '  - 表前一段。', '  - table:', '      header:', '        - [序号, 工作内容]', '      rows:', `        - [1, ${CELL}]`, '        - [2, 末行]', ''].join('\n'),
  );
  const r = await documentFromFile(yaml);
  expect(r.problems).toEqual([]);
  bytes = (await renderPdf(r.document!)).bytes;
  file = path.join(dir, 'tall.pdf');
  writeFileSync(file, bytes);
});

test('the long cell’s text is all there, once and in order, across at least two pages', () => {
  const pages = readWords(file);
  // A sentence may break between lines: read the cell's words joined, in the order they are drawn.
  const text = pages.flatMap((words) => words.map((w) => w.text)).join('');
  const numbers = [...text.matchAll(/第(\d+)句/g)].map((m) => Number(m[1]));
  expect(numbers).toEqual(Array.from({ length: SENTENCES }, (_, i) => i + 1));
  const pagesWithText = pages.filter((words) => words.some((w) => w.text.includes('句'))).length;
  expect(pagesWithText).toBeGreaterThanOrEqual(2);
});

test('no word and no rule leaves the text block; the header row stands above each part', async () => {
  const pdf = await loadPdf(bytes);
  const pages = readWords(file);
  pages.forEach((words, i) => {
    const cellWords = words.filter((w) => /句|末行|序号|工作内容/.test(w.text));
    if (cellWords.length === 0) return;
    for (const w of cellWords) expect(w.bottom).toBeLessThan(MM.bottom + 0.1);
    expect(words.filter((w) => w.text === '工作内容')).toHaveLength(1);
    const rules = strokedLines(pageContent(pdf, i));
    expect(Math.max(...rules.map((r) => r.y))).toBeLessThanOrEqual(MM.bottom + 0.1);
  });
});
