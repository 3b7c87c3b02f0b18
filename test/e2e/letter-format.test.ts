/**
 * The letter format 信函格式 (GB/T 9704 §10.1), measured with a ruler on the
 * printed pages: our PDF, and our DOCX as LibreOffice lays it out. The example
 * letter (campaigns/examples/fujian-letter-2025.yaml), and the same letter
 * with 份号, 密级, 紧急程度 and a 抄送 colophon (its 印发机关/印发日期 are
 * warned about and left out). Read with pdftotext -bbox-layout and by
 * rasterising the red rules (pdftoppm at 400 dpi).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkCampaignFile, documentFromFile } from '../../src/pipeline';
import { colophonPlace } from '../../src/render/colophon-placement';
import { renderDocx } from '../../src/render/docx';
import { renderPdf } from '../../src/render/pdf';
import { renderBoth, RENDERERS, TOLERANCE, type Rendered, type Renderer } from '../helpers/both-renderers';
import { tempDir } from '../helpers/cli';
import { blackRules, redBands } from '../helpers/red-rule';

const EXAMPLE = path.resolve(__dirname, '../../campaigns/examples/fujian-letter-2025.yaml');
const dir = tempDir('gongwen-letter-');

/** The example with the optional header lines and a colophon: the letter format prints 抄送 and none of the 印发 line. */
const FULL = path.join(dir, 'letter-full.yaml');
const fullSource = readFileSync(EXAMPLE, 'utf8')
  .replace('header:\n  format: letter\n', 'header:\n  format: letter\n  copyNumber: "000012"\n  classification: 秘密★1年\n  urgency: 特急\n')
  .concat('colophon:\n  cc: [市场监管总局标准技术管理司]\n  printer: 福建省市场监督管理局办公室\n  printDate: 2025-10-09\n');

const BLOCK = { left: 28, right: 184, top: 37, bottom: 262 };
const PITCH = 225 / 22;
/** 7/8 of a 三号 (16 pt) character's height. */
const SEVEN_EIGHTHS_MM = ((16 * 7) / 8) * (25.4 / 72);
const PAGE_NUMBER = /^—\d+—$/;
const squash = (s: string) => s.replace(/\s+/g, '');

let rendered: (name: string, which: Renderer) => Rendered;

beforeAll(async () => {
  writeFileSync(FULL, fullSource);
  rendered = await renderBoth(dir, [['example', EXAMPLE], ['full', FULL]]);
}, 600_000);

const cases = ['example', 'full'].flatMap((name) => RENDERERS.map((which) => [name, which] as const));

describe.each(cases)('%s letter, %s', (name, which) => {
  const r = () => rendered(name, which);
  const tol = TOLERANCE[which];
  const page1 = () => r().pages[0].lines;
  const find = (text: string) => page1().find((l) => squash(l.text) === squash(text));
  const mark = () => find(r().doc.notice.header!.issuers[0])!;
  const bands = () => redBands(r().file, 1, 150);

  test('the issuer mark’s top edge is 30 mm below the page’s top edge, centred on the text block', () => {
    expect(Math.abs(mark().top - 30)).toBeLessThanOrEqual(tol);
    expect(Math.abs((mark().left + mark().right) / 2 - (BLOCK.left + BLOCK.right) / 2)).toBeLessThanOrEqual(tol);
  });

  test('two red double rules: thick over thin 4 mm under the mark, thin over thick 20 mm above the page’s bottom edge; 170 mm long, centred', () => {
    const b = bands();
    expect(b).toHaveLength(4);
    const thickness = b.map((x) => x.bottom - x.top);
    // Thick 1.0 mm and thin 0.35 mm (src/style/gbt9704.ts LETTER), 0.7 mm apart.
    expect(thickness[0]).toBeGreaterThan(thickness[1] + 0.4);
    expect(thickness[3]).toBeGreaterThan(thickness[2] + 0.4);
    for (const i of [0, 3]) expect(Math.abs(thickness[i] - 1.0)).toBeLessThanOrEqual(0.25);
    for (const i of [1, 2]) expect(Math.abs(thickness[i] - 0.35)).toBeLessThanOrEqual(0.2);
    expect(Math.abs(b[1].top - b[0].bottom - 0.7)).toBeLessThanOrEqual(0.25);
    expect(Math.abs(b[0].top - mark().bottom - 4)).toBeLessThanOrEqual(tol + 0.5);
    expect(Math.abs(b[3].bottom - (297 - 20))).toBeLessThanOrEqual(tol);
    for (const x of b) {
      expect(Math.abs(x.right - x.left - 170)).toBeLessThanOrEqual(0.5);
      expect(Math.abs((x.left + x.right) / 2 - (BLOCK.left + BLOCK.right) / 2)).toBeLessThanOrEqual(0.5);
    }
  });

  test('the document number is flush right at the block’s edge, 7/8 of a 三号 character below the first double rule', () => {
    // 份号 and the number share the first line: pdftotext may join them.
    const number = page1().find((l) => squash(l.text).includes(squash(r().doc.notice.header!.documentNumber!)))!;
    expect(Math.abs(number.right - BLOCK.right)).toBeLessThanOrEqual(tol);
    expect(Math.abs(number.top - bands()[1].bottom - SEVEN_EIGHTHS_MM)).toBeLessThanOrEqual(tol);
  });

  test('the title stands two lines below the last line under the rule', () => {
    const title = page1().find((l) => squash(l.text).startsWith('福建省市场监督管理局办公室关于'))!;
    const above = page1().filter((l) => l.bottom < title.top && l.top > bands()[1].bottom);
    const last = Math.max(...above.map((l) => l.bottom));
    // Two blank lines between: the gap is two line pitches less the two half-leadings of the grid rows (三号 in ~10.2 mm rows, 二号 title).
    expect(title.top - last).toBeGreaterThan(1.5 * PITCH);
    expect(title.top - last).toBeLessThan(2.5 * PITCH);
  });

  test('page 1 shows no page number; every later page with text does', () => {
    const numbered = r().pages.map((p) => p.lines.some((l) => PAGE_NUMBER.test(squash(l.text))));
    expect(r().pages.length).toBeGreaterThan(1);
    expect(numbered[0]).toBe(false);
    expect(numbered.slice(1).every(Boolean)).toBe(true);
  });

  test('no 印发 line anywhere; a colophon (抄送 alone, no rules) at the foot of the text block on the last page', () => {
    const all = r().pages.flatMap((p) => p.lines);
    expect(all.some((l) => /印发$/.test(squash(l.text)))).toBe(false);
    const last = r().pages[r().pages.length - 1].lines;
    const copyTo = last.find((l) => squash(l.text).startsWith('抄送：'));
    expect(blackRules(r().file, r().pages.length, 150)).toEqual([]);
    if (name === 'example') expect(all.some((l) => squash(l.text).startsWith('抄送：'))).toBe(false);
    else {
      expect(copyTo).toBeDefined();
      // On the page the text ends on, odd as it is (a 文件格式 colophon would take an even page, §7.4).
      expect(last.some((l) => squash(l.text) === '2025年10月9日')).toBe(true);
      expect(r().pages.length % 2).toBe(1);
      expect(copyTo!.bottom).toBeLessThanOrEqual(BLOCK.bottom + 0.5);
      expect(BLOCK.bottom - copyTo!.bottom).toBeLessThan(PITCH / 2 + tol);
    }
  });

  if (name === 'full') {
    test('份号, 密级 and 紧急程度 flush left under the first rule, one a line in that order, the first 7/8 of a 三号 character below it', () => {
      const lines = ['000012', '秘密★1年', '特急'].map((t) => page1().find((l) => squash(l.text).includes(t))!);
      for (const l of lines) expect(Math.abs(l.left - BLOCK.left)).toBeLessThanOrEqual(tol);
      expect(Math.abs(lines[0].top - bands()[1].bottom - SEVEN_EIGHTHS_MM)).toBeLessThanOrEqual(tol);
      expect(Math.abs(lines[1].top - lines[0].top - PITCH)).toBeLessThanOrEqual(tol);
      expect(Math.abs(lines[2].top - lines[1].top - PITCH)).toBeLessThanOrEqual(tol);
    });
  }
});

test('the letter renders byte for byte alike twice, PDF and DOCX', async () => {
  const { document } = await documentFromFile(FULL);
  const twice = async () => [Buffer.from((await renderPdf(document!)).bytes), Buffer.from(await renderDocx(document!, { colophonPlace: await colophonPlace(document!) }))];
  const [a, b] = [await twice(), await twice()];
  expect(a[0].equals(b[0])).toBe(true);
  expect(a[1].equals(b[1])).toBe(true);
});

test('check warns, at their line:col, about the 印发机关 and 印发日期 a letter does not print', async () => {
  const { problems } = await checkCampaignFile(FULL);
  const letter = problems.filter((p) => p.code === 'letter-unprinted');
  const lines = fullSource.split('\n');
  const at = (field: string) => [lines.findIndex((l) => l.trimStart().startsWith(`${field}:`)) + 1, lines.find((l) => l.trimStart().startsWith(`${field}:`))!.indexOf(':') + 3];
  expect(letter.map((p) => [p.line, p.column])).toEqual([at('printer'), at('printDate')]);
  expect(letter.every((p) => p.severity === 'warning' && /信函格式不印/.test(p.message) && /letter format/.test(p.english) && p.hint.length > 0)).toBe(true);
});

