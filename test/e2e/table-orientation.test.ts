/**
 * §8 for a table in the text: a table too wide for portrait turns its pages
 * in both formats while the paragraphs before and after it stay upright — a
 * landscape Word section between two portrait ones, and in our PDF the table
 * alone set turned on pages of its own.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { documentFromFile } from '../../src/pipeline';
import { renderDocx } from '../../src/render/docx';
import { renderPdf } from '../../src/render/pdf';
import { attr, elements, openDocx } from '../helpers/docx-xml';
import { tempDir } from '../helpers/cli';
import { readWords } from '../helpers/pdf-poppler';

const COLUMNS = 14;
const dir = tempDir('gongwen-table-turn-');
const row = (prefix: string) => `[${Array.from({ length: COLUMNS }, (_, i) => `${prefix}${i + 1}`).join(', ')}]`;

let doc: NonNullable<Awaited<ReturnType<typeof documentFromFile>>['document']>;

beforeAll(async () => {
  const file = path.join(dir, 'wide.yaml');
  writeFileSync(
    file,
    [
      'kind: notice',
      'year: 2024',
      'issuers:',
      '  - name: 龙溪市市场监督管理局',
      'body:',
      '  - 表前的一段文字。',
      '  - table:',
      '      header:',
      `        - ${row('栏')}`,
      '      rows:',
      `        - ${row('甲')}`,
      `        - ${row('乙')}`,
      '  - 表后的一段文字。',
      'signature:',
      '  date: 2024-08-26',
      '',
    ].join('\n'),
  );
  const r = await documentFromFile(file);
  expect(r.problems).toEqual([]);
  doc = r.document!;
});

test('DOCX: the text before, the table and the text after stand in portrait, landscape and portrait sections', async () => {
  const xml = (await openDocx(await renderDocx(doc))).part('word/document.xml');
  // A section ends with the paragraph whose properties hold its sectPr (the last one is the body's own).
  const ends = [...xml.matchAll(/<w:sectPr[\s>]/g)].map((m) => (xml.indexOf('</w:p>', m.index) + 1 || xml.length));
  const breaks = elements(xml, 'w:sectPr').map((s, i) => ({ end: ends[i], orient: attr(s.body, 'w:pgSz', 'w:orient') }));
  const sectionOf = (text: string) => breaks.find((b) => b.end > xml.indexOf(text))!.orient;
  expect(sectionOf('表前的一段文字')).toBe('portrait');
  expect(sectionOf('栏1<')).toBe('landscape');
  expect(sectionOf('乙14<')).toBe('landscape');
  expect(sectionOf('表后的一段文字')).toBe('portrait');
  expect(breaks.map((b) => b.orient)).toEqual(['portrait', 'landscape', 'portrait']);
});

test('PDF: the table is set turned on a page of its own, the paragraphs upright on the pages around it', async () => {
  const file = path.join(dir, 'wide.pdf');
  writeFileSync(file, (await renderPdf(doc)).bytes);
  const words = readWords(file).flat();
  const pageOf = (text: string) => words.find((w) => w.text.startsWith(text))!;
  const before = pageOf('表前的一段文字');
  const after = pageOf('表后的一段文字');
  const cells = words.filter((w) => /^[栏甲乙]\d+$/.test(w.text));
  expect(cells).toHaveLength(3 * COLUMNS);
  const tablePages = new Set(cells.map((w) => w.page));
  expect(tablePages.size).toBe(1);
  const [page] = [...tablePages];
  expect(before.page).toBeLessThan(page);
  expect(after.page).toBeGreaterThan(page);
  // Turned words are taller than wide; upright text is wider than tall.
  for (const w of cells.filter((c) => c.text.length > 2)) expect(w.bottom - w.top).toBeGreaterThan(w.right - w.left);
  expect(before.right - before.left).toBeGreaterThan(before.bottom - before.top);
  expect(after.right - after.left).toBeGreaterThan(after.bottom - after.top);
});
