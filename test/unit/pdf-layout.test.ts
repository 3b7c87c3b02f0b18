/**
 * Layout rules on a hand-built notice with every feature: a joint header of
 * two dozen issuers, headings, a sealed signature, a forwarded notice, a long
 * form with merged cells, an external PDF annex, a colophon and the draft mark.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Document } from '../../src/document/model';
import { renderPdf, type PdfResult } from '../../src/render/pdf';
import { externalPdf, sealPng } from '../helpers/pdf-assets';
import { fullDocument, shortDocument } from '../helpers/pdf-fixtures';
import { isBodySize, MM, PAGE_NUMBER } from '../helpers/pdf-geometry';
import { readInfo, readLines, readText, type PdfPageBoxes } from '../helpers/pdf-poppler';
import { loadPdf, outlineTitles, pageContent } from '../helpers/pdf-streams';
import { popplerComplaints, structureFaults } from '../helpers/pdf-structure';

const dir = mkdtempSync(path.join(os.tmpdir(), 'gongwen-layout-'));
let doc: Document;
let result: PdfResult;
let file: string;
let pages: PdfPageBoxes[];

beforeAll(async () => {
  doc = fullDocument({ seal: sealPng(dir), pdf: await externalPdf(dir, 2) });
  result = await renderPdf(doc, { draft: true });
  file = path.join(dir, 'full.pdf');
  writeFileSync(file, result.bytes);
  pages = readLines(file);
});

const squash = (s: string) => s.replace(/\s+/g, '');

test('the file is sound with pdf-lib\'s objects (the seal, the attached pages) numbered among ours: xref, stream lengths, poppler', () => {
  expect(structureFaults(result.bytes)).toEqual([]);
  expect(popplerComplaints(file)).toBe('');
  const text = Buffer.from(result.bytes).toString('latin1');
  expect(text).toContain('/Subtype /Image');
  expect(text).toContain('/SMask');
});
const pageText = (i: number) => squash(pages[i].lines.map((l) => l.text).join(''));

test('the page count is even and the colophon-only last page has no page number', () => {
  expect(result.pages).toBe(pages.length);
  expect(pages.length % 2).toBe(0);
  const last = pages[pages.length - 1];
  expect(squash(last.lines.map((l) => l.text).join(''))).toContain('抄送：');
  expect(last.lines.some((l) => PAGE_NUMBER.test(l.text))).toBe(false);
});

test('the joint header stays inside the block, with 文件 centred on the stacked names', () => {
  const header = pages[0].lines.filter((l) => /部门\d+/.test(squash(l.text)));
  const names = doc.notice.header!.issuers;
  expect(header.length).toBeGreaterThanOrEqual(names.length / 4); // in columns, at most four
  // Row by row, left to right: the first line reads the first names in the campaign's order.
  expect(squash(header[0].text)).toMatch(new RegExp(`^${names[0]}${names[1]}`));
  for (const l of header) {
    expect(l.left).toBeGreaterThan(MM.left - 0.5);
    expect(l.right).toBeLessThan(MM.right + 0.5);
  }
  const wenjian = pages[0].lines.find((l) => squash(l.text).endsWith('文件'))!;
  const stackTop = Math.min(...header.map((l) => l.top));
  const stackBottom = Math.max(...header.map((l) => l.bottom));
  expect((wenjian.top + wenjian.bottom) / 2).toBeCloseTo((stackTop + stackBottom) / 2, 0);
  expect(stackTop).toBeCloseTo(MM.top + 35, 0);
});

test('a heading never ends a page', () => {
  const headings = doc.notice.body.flatMap((b) => (b.type === 'heading' && !b.runIn ? [squash(b.number + b.title)] : []));
  for (const page of pages) {
    const body = page.lines.filter((l) => isBodySize(l) && !PAGE_NUMBER.test(l.text) && l.top > MM.top);
    const last = body[body.length - 1];
    if (last) expect(headings).not.toContain(squash(last.text));
  }
});

test('the signature shares its page with the end of the body, and the seal is pressed on it', async () => {
  const i = pages.findIndex((p) => p.lines.some((l) => squash(l.text) === doc.notice.signature!.date));
  const lines = pages[i].lines.filter((l) => isBodySize(l) && !PAGE_NUMBER.test(l.text));
  const date = lines.findIndex((l) => squash(l.text) === doc.notice.signature!.date);
  expect(date).toBeGreaterThanOrEqual(4); // body lines, annex list, issuer above the date
  const content = pageContent(await loadPdf(result.bytes), i);
  expect(content).toMatch(/\/GsPressed gs\n119\.05\d? 0 0 119\.05\d? [\d.]+ [\d.]+ cm\n\/Im1 Do/); // 42 mm seal
});

test('table header rows repeat on every page the form continues on; rows never cross the block bottom', () => {
  const formPages = pages.filter((p) => p.lines.some((l) => /第\d+项活动/.test(l.text)));
  expect(formPages.length).toBeGreaterThanOrEqual(2);
  for (const p of formPages) {
    expect(squash(p.lines.map((l) => l.text).join(''))).toContain('序号项目填报情况');
    for (const l of p.lines.filter((x) => !PAGE_NUMBER.test(x.text) && !x.text.includes('草稿'))) expect(l.bottom).toBeLessThan(MM.bottom + 0.5);
  }
});

test('annexes start new pages with their label on line 1; the external PDF is stamped 附件3', () => {
  for (const label of ['附件1', '附件2', '附件3']) {
    const page = pages.find((p) => p.lines.some((l) => squash(l.text) === label));
    expect(page).toBeDefined();
    const line = page!.lines.find((l) => squash(l.text) === label)!;
    expect(line.left).toBeCloseTo(MM.left, 0);
    expect(line.top).toBeLessThan(MM.top + MM.pitch);
  }
  const external = pages.findIndex((p) => p.lines.some((l) => squash(l.text) === '附件3'));
  // Two external pages, then the colophon page (after a blank page when needed to make it even).
  const rest = pages.slice(external + 2).map((_, i) => pageText(external + 2 + i).replace('稿草', ''));
  expect(rest[rest.length - 1]).toContain('抄送');
  expect(rest.slice(0, -1).every((t) => t === '')).toBe(true);
});

test('outline: the notice and every annex; metadata from the document', async () => {
  expect(outlineTitles(await loadPdf(result.bytes))).toEqual([doc.meta.title, ...doc.notice.annexes.map((a) => `${a.label}　${a.title}`)]);
  const info = readInfo(file);
  expect(info).toMatchObject({ Title: doc.meta.title, Author: doc.meta.author, Subject: doc.meta.subject, Keywords: doc.meta.keywords.join(' ') });
  expect(info.CreationDate).toMatch(/Sep +1 .*2023/);
});

test('the draft mark is on every page', () => {
  const text = readText(file).split('\f').slice(0, pages.length);
  for (const t of text) expect(squash(t)).toContain('草稿');
});

test('characters the face lacks fall back to another face and are reported; none is silently boxed', async () => {
  const para = { type: 'paragraph' as const, runs: [{ text: '人名𰻝与𠀀。', font: 'fangsong' as const }], indent: 'first' as const, align: 'justify' as const };
  const r = await renderPdf(shortDocument({ body: [para] }));
  expect(r.missingGlyphs).toEqual([
    { char: '𰻝', role: 'fangsong', face: 'Noto Serif SC Regular', fallbackFace: 'Noto Sans SC Regular' },
    { char: '𠀀', role: 'fangsong', face: 'Noto Serif SC Regular' },
  ]);
});
