/**
 * Tables that do not fit the portrait page, read back with poppler in
 * millimetres: a form too wide for portrait set on turned (landscape) pages
 * per §8, and a merged row group taller than a page cut between rows.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TableBlock } from '../../src/document/model';
import { renderPdf } from '../../src/render/pdf';
import { fitsPortrait } from '../../src/style/table-orientation';
import { fullDocument, tallGroupDocument, WIDE_HEADER, wideTableDocument } from '../helpers/pdf-fixtures';
import { MM, PAGE_NUMBER } from '../helpers/pdf-geometry';
import { readLines, readWords, type PdfLine } from '../helpers/pdf-poppler';
import { loadPdf, pageContent, strokedLines } from '../helpers/pdf-streams';

const dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-tables-'));
const SMALL_EM_MM = 12 * MM.pt;
const TOLERANCE = 0.5;

async function written(name: string, doc: Parameters<typeof renderPdf>[0]): Promise<{ file: string; bytes: Uint8Array }> {
  const { bytes } = await renderPdf(doc);
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return { file, bytes };
}

/** A word of the page number `— N —`, upright 7 mm below the block. */
const isPageNumberWord = (w: PdfLine) => (w.text === '—' || /^\d+$/.test(w.text)) && Math.abs((w.top + w.bottom) / 2 - (MM.bottom + 7)) < 1;

const inBlock = (w: PdfLine) =>
  w.left > MM.left - TOLERANCE && w.right < MM.right + TOLERANCE && w.top > MM.top - TOLERANCE && w.bottom < MM.bottom + TOLERANCE;

/** Page numbers with their page, as poppler reads them (a horizontal line `— N —`). */
const pageNumbers = (file: string) => readLines(file).flatMap((p, i) => p.lines.filter((l) => PAGE_NUMBER.test(l.text)).map((l) => ({ l, page: i + 1 })));

function expectPortraitPageNumber(l: PdfLine, page: number) {
  const oneChar = 14 * MM.pt;
  expect(Number(PAGE_NUMBER.exec(l.text)![1])).toBe(page);
  expect(l.bottom - l.top).toBeLessThan(l.right - l.left); // set upright, not turned with the table
  expect(Math.abs((l.top + l.bottom) / 2 - (MM.bottom + 7))).toBeLessThan(TOLERANCE);
  if (page % 2 === 1) expect(Math.abs(l.right - (MM.right - oneChar))).toBeLessThan(TOLERANCE);
  else expect(Math.abs(l.left - (MM.left + oneChar))).toBeLessThan(TOLERANCE);
}

describe('a form too wide for portrait', () => {
  const doc = wideTableDocument(45);
  const form = (doc.notice.annexes[0].content as { blocks: TableBlock[] }).blocks[0];
  let file: string;
  let words: PdfLine[][];
  let turnedPages: number[];

  beforeAll(async () => {
    ({ file } = await written('wide', doc));
    words = readWords(file);
    turnedPages = words.flatMap((ws, i) => (ws.some((w) => w.text === WIDE_HEADER[WIDE_HEADER.length - 1]) ? [i + 1] : []));
  });

  test('is too wide by the DOCX renderer rule, which the portrait forms pass', () => {
    expect(fitsPortrait(form)).toBe(false);
    const portrait = fullDocument().notice.annexes[1].content as { blocks: TableBlock[] };
    expect(fitsPortrait(portrait.blocks[0])).toBe(true);
  });

  test('the sheet stays A4 portrait: MediaBox 210 × 297 mm, no /Rotate', () => {
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(words.length), file], { encoding: 'utf8' });
    expect(turnedPages.length).toBeGreaterThanOrEqual(3);
    for (const p of turnedPages) {
      expect(info).toMatch(new RegExp(`Page +${p} size: +595\\.2\\d* x 841\\.89\\d* pts \\(A4\\)`));
      expect(info).toMatch(new RegExp(`Page +${p} rot: +0\\b`));
    }
  });

  test('the table is set turned, along the 225 mm side, within the text block, head towards the left edge', () => {
    expect(turnedPages.length).toBeGreaterThanOrEqual(3);
    for (const p of turnedPages) {
      const cells = words[p - 1].filter((w) => /^(地区|项)\d*$/.test(w.text));
      expect(cells.length).toBeGreaterThan(WIDE_HEADER.length);
      for (const w of cells) {
        // A turned word is one em wide and as tall as its characters.
        expect(Math.abs(w.right - w.left - SMALL_EM_MM)).toBeLessThan(0.1);
        expect(w.bottom - w.top).toBeGreaterThan(w.right - w.left);
        expect(inBlock(w)).toBe(true);
      }
      const head = cells.filter((w) => WIDE_HEADER.includes(w.text));
      const rows = cells.filter((w) => !WIDE_HEADER.includes(w.text));
      // The head row is the column nearest the left edge, just inside the block: on the annex's first page, just
      // after its label (line 1) and title (line 3), which are set turned above the table.
      expect(Math.max(...head.map((w) => w.right))).toBeLessThan(Math.min(...rows.map((w) => w.left)));
      const opening = p === turnedPages[0] ? 4 * MM.pitch : 0;
      expect(Math.min(...head.map((w) => w.left))).toBeGreaterThan(MM.left + opening);
      expect(Math.min(...head.map((w) => w.left))).toBeLessThan(MM.left + opening + 5);
      // The head runs up the page from 地区 at the bottom to the last column at the top, over most of the 225 mm.
      const first = head.find((w) => w.text === WIDE_HEADER[0])!;
      const last = head.find((w) => w.text === WIDE_HEADER[WIDE_HEADER.length - 1])!;
      expect(first.bottom).toBeGreaterThan(MM.bottom - 20);
      expect(last.top).toBeLessThan(MM.top + 20);
      expect(first.bottom - last.top).toBeGreaterThan(MM.right - MM.left + 40);
    }
  });

  test('the annex opens on the first turned page: its label on line 1 and its title on line 3, turned, no upright page before', () => {
    const page = words[turnedPages[0] - 1];
    const label = page.find((w) => w.text === '附件')!;
    const title = page.find((w) => w.text === '各地区统计表')!;
    for (const w of [label, title]) expect(w.bottom - w.top).toBeGreaterThan(w.right - w.left);
    // Turned lines run up the page: line 1 at the block's left edge, line 3 two pitches on, the title centred on the 225 mm side.
    expect(label.left).toBeGreaterThan(MM.left);
    expect(label.right).toBeLessThan(MM.left + MM.pitch);
    expect(Math.abs(label.bottom - MM.bottom)).toBeLessThan(1);
    expect(Math.abs((title.left + title.right) / 2 - (label.left + label.right) / 2 - 2 * MM.pitch)).toBeLessThan(2);
    expect(Math.abs((title.top + title.bottom) / 2 - (MM.top + MM.bottom) / 2)).toBeLessThan(1);
    // The page before holds the notice's own text, not a lone label.
    expect(words[turnedPages[0] - 2].some((w) => w.text === '附件')).toBe(false);
  });

  test('the header row repeats on every turned page and every data row appears once, rows advancing to the right', () => {
    for (const p of turnedPages) for (const h of WIDE_HEADER) expect(words[p - 1].filter((w) => w.text === h)).toHaveLength(1);
    const rowNumbers = (p: number) => words[p - 1].flatMap((w) => (/^地区\d+$/.test(w.text) ? [Number(w.text.slice(2))] : [])).sort((a, b) => a - b);
    expect(turnedPages.flatMap(rowNumbers)).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
    for (const p of turnedPages) {
      const xs = words[p - 1].filter((w) => /^地区\d+$/.test(w.text)).sort((a, b) => Number(a.text.slice(2)) - Number(b.text.slice(2))).map((w) => w.left);
      for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThan(xs[i - 1]);
    }
  });

  test('page numbers stay at their portrait positions on turned pages, odd right and even left', () => {
    const numbers = pageNumbers(file);
    const onTurned = numbers.filter(({ page }) => turnedPages.includes(page));
    expect(onTurned.map(({ page }) => page)).toEqual(turnedPages);
    expect(new Set(turnedPages.map((p) => p % 2)).size).toBe(2);
    for (const { l, page } of numbers) expectPortraitPageNumber(l, page);
  });

  test('no text leaves the text block on any page', () => {
    const outside = words.flat().filter((w) => !isPageNumberWord(w) && !inBlock(w));
    expect(outside).toEqual([]);
  });
});

describe('a merged row group taller than a page', () => {
  const ROWS = 60;
  let file: string;
  let bytes: Uint8Array;
  let words: PdfLine[][];
  let groupPages: number[];

  beforeAll(async () => {
    ({ file, bytes } = await written('tall', tallGroupDocument(ROWS)));
    words = readWords(file);
    groupPages = words.flatMap((ws, i) => (ws.some((w) => /^第\d+项宣传活动$/.test(w.text)) ? [i + 1] : []));
  });

  test('is cut between rows across pages, starting on the page the form starts on', () => {
    expect(groupPages.length).toBeGreaterThanOrEqual(3);
    expect(groupPages[0]).toBe(1);
    const items = groupPages.flatMap((p) => words[p - 1].filter((w) => /^第\d+项宣传活动$/.test(w.text)).map((w) => w.text));
    expect(items).toEqual(Array.from({ length: ROWS }, (_, i) => `第${i + 1}项宣传活动`));
  });

  test('every part repeats the header row and the merged label, centred on its own part', () => {
    for (const p of groupPages) {
      const ws = words[p - 1];
      for (const h of ['类别', '项目', '数量']) expect(ws.filter((w) => w.text === h)).toHaveLength(1);
      const label = ws.filter((w) => w.text === '质量宣传活动');
      expect(label).toHaveLength(1);
      const rows = ws.filter((w) => /^第\d+项宣传活动$/.test(w.text));
      const centre = (Math.min(...rows.map((w) => w.top)) + Math.max(...rows.map((w) => w.bottom))) / 2;
      expect(Math.abs((label[0].top + label[0].bottom) / 2 - centre)).toBeLessThan(MM.pitch);
    }
  });

  test('neither text nor table rules overflow the text block', async () => {
    const pdf = await loadPdf(bytes);
    for (const p of groupPages) {
      expect(words[p - 1].filter((w) => !isPageNumberWord(w) && !inBlock(w))).toEqual([]);
      const rules = strokedLines(pageContent(pdf, p - 1));
      expect(rules.length).toBeGreaterThan(0);
      expect(Math.max(...rules.map((r) => r.y))).toBeLessThanOrEqual(MM.bottom + 0.1);
      // The cut fills the page: the last rule is within one table row of the block's bottom edge.
      if (p !== groupPages[groupPages.length - 1]) expect(Math.max(...rules.map((r) => r.y))).toBeGreaterThan(MM.bottom - 12);
    }
    for (const { l, page } of pageNumbers(file)) expectPortraitPageNumber(l, page);
  });
});
