/**
 * The 命令（令）格式 (GB/T 9704 §10.2, signature §7.3.5.4), measured with a
 * ruler on the printed pages: our PDF, and our DOCX as LibreOffice lays it
 * out. The example order (campaigns/examples/sanming-ling-2026.yaml), the same
 * order unsealed (a draft before the 签名章), and a joint order signed by two.
 * Checked: the mark 20 mm below the text block, red 小标宋; the 令号 two blank
 * lines under it, centred; no separator line; the body two blank lines under
 * the 令号; the 签名章 two blank lines under the text, 右空四字, the 职务 two
 * characters left of it and centred on it; the date one blank line under the
 * seal, 右空四字; check's errors; text, diff and `new`.
 *
 * LibreOffice's tolerance (2 mm, as the other DOCX-in-LibreOffice tests):
 * it lays the DOCX out in the fonts it finds, whose ascent differs from ours
 * (the mark's box comes out 1.6 mm higher), and breaks body lines a little
 * earlier (it adds a gap between Chinese and digits), so positions below the
 * body are measured from the body's last line in the same rendering.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkCampaignFile, documentFromFile } from '../../src/pipeline';
import { colophonPlace } from '../../src/render/colophon-placement';
import { renderDocx } from '../../src/render/docx';
import { renderText } from '../../src/render/text';
import { newYearFrom } from '../../src/review/new-year';
import { semanticDiff } from '../../src/review/semantic-diff';
import { renderBoth, RENDERERS, TOLERANCE, type Rendered, type Renderer } from '../helpers/both-renderers';
import { runBin, tempDir } from '../helpers/cli';
import { checkText, lineOf } from '../helpers/check-text';
import { openDocx, paragraphWith, runWith } from '../helpers/docx-xml';
import { readWords, type PdfLine } from '../helpers/pdf-poppler';
import { redBands, redInkTop, redShapesAcross } from '../helpers/red-rule';

const EXAMPLE = path.resolve(__dirname, '../../campaigns/examples/sanming-ling-2026.yaml');
const SEAL = path.resolve(path.dirname(EXAMPLE), 'assets/sanming-mayor-seal.png');
const dir = tempDir('gongwen-order-');
const source = readFileSync(EXAMPLE, 'utf8');

const BLOCK = { left: 28, right: 184, top: 37, bottom: 262 };
const PITCH = 225 / 22;
const CHAR = 156 / 28;
/** 三号 text's box in a grid line starts this far below the line's top. */
const TEXT_INSET = (PITCH - (16 * 25.4) / 72) / 2;
const RIGHT_FOUR = BLOCK.right - 4 * CHAR;
const squash = (s: string) => s.replace(/\s+/g, '');
const centre = (l: { top: number; bottom: number }) => (l.top + l.bottom) / 2;

const UNSEALED = path.join(dir, 'unsealed.yaml');
const JOINT = path.join(dir, 'joint.yaml');
const SIGNERS = /  signers:\n(    .*\n)+/;

let rendered: (name: string, which: Renderer) => Rendered;

beforeAll(async () => {
  mkdirSync(path.join(dir, 'assets'));
  copyFileSync(SEAL, path.join(dir, 'assets/sanming-mayor-seal.png'));
  writeFileSync(UNSEALED, source.replace('      seal: assets/sanming-mayor-seal.png\n', ''));
  writeFileSync(
    JOINT,
    source.replace(
      SIGNERS,
      '  signers:\n    - { title: 三明市人民政府市长, name: 林志远, seal: assets/sanming-mayor-seal.png }\n' +
        '    - { title: 三明军分区司令员, name: 陈国栋, seal: assets/sanming-mayor-seal.png }\n',
    ),
  );
  rendered = await renderBoth(dir, [['example', EXAMPLE], ['unsealed', UNSEALED], ['joint', JOINT]]);
}, 600_000);

const lines = (r: Rendered) => r.pages.flatMap((p) => p.lines);
const line = (r: Rendered, text: string) => lines(r).find((l) => squash(l.text) === text)!;
const lineStarting = (r: Rendered, text: string) => lines(r).find((l) => squash(l.text).startsWith(text))!;
/** The last text line above `l` on its page. */
const above = (r: Rendered, l: PdfLine) => r.pages[l.page - 1].lines.filter((x) => x.bottom <= l.top).sort((a, b) => b.top - a.top)[0];

describe.each(RENDERERS)('the example order, %s', (which) => {
  const r = () => rendered('example', which);
  const tol = TOLERANCE[which];

  test('the mark: top 20 mm below the text block (57 mm from the sheet top), centred, red, at the issuer mark’s 36 pt (eight characters 101.6 mm wide)', () => {
    const mark = line(r(), '三明市人民政府令');
    expect(mark.page).toBe(1);
    expect(Math.abs(mark.top - (BLOCK.top + 20))).toBeLessThanOrEqual(tol);
    expect(Math.abs((mark.left + mark.right) / 2 - (BLOCK.left + BLOCK.right) / 2)).toBeLessThanOrEqual(tol);
    expect(Math.abs(mark.right - mark.left - (8 * 36 * 25.4) / 72)).toBeLessThanOrEqual(tol);
    // red ink inside the mark's box, starting near its top (glyphs start a little under their em box)
    const ink = redInkTop(r().file, 1, mark)!;
    expect(ink).toBeDefined();
    expect(ink - mark.top).toBeLessThan(3);
  });

  test('the 令号 centred, two blank grid lines under the mark; the body two blank lines under the 令号; no title', () => {
    const ours = line(rendered('example', 'our PDF'), '三明市人民政府令');
    const number = line(r(), '第42号');
    // the mark ends inside a grid row; the next two rows are blank, the 令号 stands on the one after
    const row = Math.ceil((ours.bottom - BLOCK.top) / PITCH) + 2;
    expect(Math.abs(number.top - (BLOCK.top + row * PITCH + TEXT_INSET))).toBeLessThanOrEqual(tol);
    expect(Math.abs((number.left + number.right) / 2 - (BLOCK.left + BLOCK.right) / 2)).toBeLessThanOrEqual(tol);
    const body = lineStarting(r(), '《三明市质量奖管理办法》已经');
    expect(above(r(), body)).toBe(number);
    expect(Math.abs(body.top - number.top - 3 * PITCH)).toBeLessThanOrEqual(tol);
    expect(r().doc.notice.title).toBeUndefined();
  });

  test('no separator line on page 1: no red line 50 mm or longer anywhere on it', () => {
    expect(redBands(r().file, 1, 50)).toEqual([]);
  });

  test('the 签名章 two blank lines under the text, two lines high, its right edge 右空四字; 市长 two characters left of it, centred on it; the date one blank line under it, 右空四字', () => {
    const title = line(r(), '市长');
    const text = above(r(), title);
    // the 办法 is printed after the order without an annex list (annexLabel: false): the text's last line stands above
    expect(squash(text.text)).toMatch(/施行。$/);
    const [seal, ...others] = redShapesAcross(r().file, title.page, { top: text.bottom, bottom: title.bottom + 2 * PITCH, left: BLOCK.left, right: BLOCK.right });
    expect(others).toEqual([]);
    // the picture's ink reaches within 0.3 mm of its edges (a 14 px border in 240 px)
    const ink = 0.3 + tol;
    expect(Math.abs(seal.top - (centre(text) + PITCH / 2 + 2 * PITCH))).toBeLessThanOrEqual(ink);
    expect(Math.abs(seal.bottom - seal.top - 2 * PITCH)).toBeLessThanOrEqual(2 * ink);
    expect(Math.abs(seal.right - RIGHT_FOUR)).toBeLessThanOrEqual(ink);
    expect(Math.abs(seal.left - 2 * CHAR - title.right)).toBeLessThanOrEqual(ink);
    expect(Math.abs(centre(title) - centre(seal))).toBeLessThanOrEqual(ink);
    const date = line(r(), '2026年3月20日');
    expect(Math.abs(centre(date) - (seal.top + 2 * PITCH + PITCH + PITCH / 2))).toBeLessThanOrEqual(ink);
    expect(Math.abs(date.right - RIGHT_FOUR)).toBeLessThanOrEqual(tol);
    // the name is the seal's: it is not printed
    expect(lines(r()).some((l) => l.text.includes('林志远'))).toBe(false);
  });

  test('the 办法 follows on a page of its own, and the colophon closes the last page', () => {
    const annexTitle = line(r(), '三明市质量奖管理办法');
    expect(annexTitle.page).toBeGreaterThan(1);
    const last = r().pages[r().pages.length - 1].lines.map((l) => squash(l.text));
    expect(last.some((t) => t.startsWith('抄送：省人民政府办公厅'))).toBe(true);
    expect(last.some((t) => t.startsWith('三明市人民政府办公室') && t.endsWith('2026年3月20日印发'))).toBe(true);
  });
});

describe.each(RENDERERS)('an unsealed order, %s', (which) => {
  test('职务 and name on one line two blank lines under the text, the name ending 右空四字, the date one blank line under it', () => {
    const r = rendered('unsealed', which);
    const tol = TOLERANCE[which];
    const signer = line(r, '市长林志远');
    const text = above(r, signer);
    expect(Math.abs(centre(signer) - centre(text) - 3 * PITCH)).toBeLessThanOrEqual(tol);
    expect(Math.abs(signer.right - RIGHT_FOUR)).toBeLessThanOrEqual(tol);
    const [title, name] = readWords(r.file)[signer.page - 1].filter((w) => w.top < signer.bottom && w.bottom > signer.top);
    expect([title.text, name.text]).toEqual(['市长', '林志远']);
    expect(Math.abs(name.left - 2 * CHAR - title.right)).toBeLessThanOrEqual(tol);
    const date = line(r, '2026年3月20日');
    expect(Math.abs(centre(date) - centre(signer) - 2 * PITCH)).toBeLessThanOrEqual(tol);
    expect(redShapesAcross(r.file, signer.page, { top: text.bottom, bottom: date.bottom, left: BLOCK.left, right: BLOCK.right })).toEqual([]);
  });
});

describe.each(RENDERERS)('a joint order, %s', (which) => {
  test('each 签发人 on a line of their own, lead first; 职务 ending at one edge, the seals stacked at one edge 右空四字, each 职务 centred on its seal', () => {
    const r = rendered('joint', which);
    const tol = TOLERANCE[which];
    const lead = line(r, '三明市人民政府市长');
    const second = line(r, '三明军分区司令员');
    const text = above(r, lead);
    const date = line(r, '2026年3月20日');
    // the two seals stand one under the other, touching: one red shape across the page
    const shapes = redShapesAcross(r.file, lead.page, { top: text.bottom, bottom: date.top, left: BLOCK.left, right: BLOCK.right });
    expect(shapes).toHaveLength(1);
    const [seals] = shapes;
    const ink = 0.3 + tol;
    expect(Math.abs(seals.top - (centre(text) + PITCH / 2 + 2 * PITCH))).toBeLessThanOrEqual(ink);
    expect(Math.abs(seals.bottom - seals.top - 4 * PITCH)).toBeLessThanOrEqual(2 * ink);
    expect(Math.abs(seals.right - RIGHT_FOUR)).toBeLessThanOrEqual(ink);
    expect(Math.abs(centre(lead) - (seals.top + PITCH))).toBeLessThanOrEqual(ink);
    expect(Math.abs(centre(second) - (seals.top + 3 * PITCH))).toBeLessThanOrEqual(ink);
    for (const title of [lead, second]) expect(Math.abs(seals.left - 2 * CHAR - title.right)).toBeLessThanOrEqual(ink);
    expect(Math.abs(centre(date) - (seals.bottom + 1.5 * PITCH))).toBeLessThanOrEqual(ink);
    expect(Math.abs(date.right - RIGHT_FOUR)).toBeLessThanOrEqual(tol);
  });
});

test('the order is titled by its mark and 令号 in the document properties', () => {
  expect(rendered('example', 'our PDF').doc.meta.title).toBe('三明市人民政府令（第42号）');
});

test('the DOCX mark is red 方正小标宋简体 at 36 pt, and the 令号 paragraph carries no rule', async () => {
  const { document } = await documentFromFile(EXAMPLE);
  const xml = (await openDocx(await renderDocx(document!, { colophonPlace: await colophonPlace(document!) }))).part('word/document.xml');
  const mark = runWith(paragraphWith(xml, '三明市人民政府令'), '三明市人民政府令');
  expect(mark).toMatch(/w:eastAsia="方正小标宋简体"/);
  expect(mark).toMatch(/<w:color w:val="FF0000"\/>/);
  expect(mark).toMatch(/<w:sz w:val="72"\/>/);
  expect(paragraphWith(xml, '第42号')).not.toMatch(/w:pBdr/);
  expect(xml).not.toMatch(/w:pBdr/);
});

test('the text output: mark, 令号, body, 职务 and name, date', async () => {
  const { document } = await documentFromFile(EXAMPLE);
  expect(renderText(document!)).toMatch(/^三明市人民政府令\n\n第42号\n\n　　《三明市质量奖管理办法》已经.*起施行。\n\n市长　林志远\n2026年3月20日\n/);
});

describe('check', () => {
  const check = (name: string, text: string) => checkText(dir, name, text);
  const complete = (p: { message: string; english: string; hint: string }) => /[\u4e00-\u9fff]/.test(p.message) && p.english.length > 0 && /[\u4e00-\u9fff]/.test(p.hint);

  test('the example order is clean', async () => {
    expect((await checkCampaignFile(EXAMPLE)).problems).toEqual([]);
  });

  test('an order without a 令号 is an error at its format, with a 发文字号 an error at the number, without signers an error at the signature', async () => {
    const text = source
      .replace('  orderNumber: 42\n', '')
      .replace('header:\n', 'number:\n  year: 2026\n  seq: 42\nheader:\n')
      .replace(SIGNERS, '  seal: assets/sanming-mayor-seal.png\n');
    const { problems, lines } = await check('wrong.yaml', text);
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.line])).toEqual([
      ['order-without-number', lineOf(lines, 'format: order')],
      ['order-with-document-number', lineOf(lines, 'number:') + 1],
      ['order-without-signers', lineOf(lines, 'signature:') + 1],
    ]);
    expect(errors.every(complete)).toBe(true);
    expect(errors.every((p) => p.column > 0)).toBe(true);
    expect(problems).toHaveLength(3);
  });

  test('the command line prints file:line:col, the Chinese and the English, the fix, and exits non-zero', async () => {
    const file = path.join(dir, 'no-number.yaml');
    writeFileSync(file, source.replace('  orderNumber: 42\n', ''));
    const run = runBin(['check', file]);
    expect(run.code).not.toBe(0);
    const row = source.split('\n').findIndex((l) => l.includes('format: order')) + 1;
    expect(run.stdout + run.stderr).toContain(`${file}:${row}:11`);
    expect(run.stdout + run.stderr).toMatch(/命令（令）格式缺少令号.*\(the order format needs an order number \(header\.orderNumber\)\).*orderNumber: 245/s);
  });

  test('fields an order does not print, and order fields outside an order, are warned about at their lines', async () => {
    const warned = source.replace('  format: order\n', '  format: order\n  wenjian: true\n  urgency: 特急\n').replace(/^body:/m, 'title: 三明市人民政府令\nbody:');
    const { problems, lines } = await check('warned.yaml', warned);
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['order-unprinted', lineOf(lines, 'wenjian:')],
      ['order-unprinted', lineOf(lines, 'urgency:')],
      ['order-unprinted', lineOf(lines, 'title:')],
    ]);
    const outside = await check('outside.yaml', source.replace('  format: order\n', '').replace('  orderNumber: 42\n', '  orderNumber: 42\n  wenjian: true\n'));
    expect(outside.problems.filter((p) => p.code === 'order-field-outside-order').map((p) => p.line)).toEqual([
      lineOf(outside.lines, 'orderNumber:'),
      lineOf(outside.lines, 'signers:') + 1,
    ]);
  });

  test('a 签名章 that is not there is an error at its path', async () => {
    const { problems, lines } = await check('missing-seal.yaml', source.replace('assets/sanming-mayor-seal.png', 'assets/no-such-seal.png'));
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.line)).toEqual([lineOf(lines, 'seal: assets/no-such-seal.png')]);
    expect(errors.every(complete)).toBe(true);
  });
});

test('diff names the 令号 and the 签发人', async () => {
  const changed = path.join(dir, 'changed.yaml');
  writeFileSync(changed, source.replace('orderNumber: 42', 'orderNumber: 43').replace('name: 林志远', 'name: 林远志'));
  const [a, b] = [await checkCampaignFile(EXAMPLE), await checkCampaignFile(changed)];
  const labels = semanticDiff(a.campaign!, b.campaign!).map((c) => c.label);
  expect(labels).toEqual(expect.arrayContaining(['令号', '签发人职务和签名章']));
});

test('gongwen new leaves the 令号 to fill in: a draft prints 第　号', async () => {
  const { text, checklist } = newYearFrom(source, 2027);
  expect(text).toMatch(/orderNumber: 待填写/);
  expect(checklist.some((l) => l.includes('令号'))).toBe(true);
  const next = path.join(dir, 'next.yaml');
  writeFileSync(next, text);
  const { document } = await documentFromFile(next);
  expect(document!.notice.header!.documentNumber).toBe('第　号');
});
