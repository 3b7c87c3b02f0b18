/**
 * The minutes format 纪要格式 (GB/T 9704 §10.3), measured with a ruler on the
 * printed pages: our PDF, and our DOCX as LibreOffice lays it out. The example
 * minutes (campaigns/examples/zhenghe-2025.yaml) and the same minutes without
 * a title of their own. Checked: the 纪要标志 where the 文件格式 puts the
 * issuer mark, no seal, and the 出席/请假/列席 lines one blank line under the
 * body, two characters in, wrapped lines under the first name; check's
 * warnings; the text output; diff and the redline.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkCampaignFile, documentFromFile } from '../../src/pipeline';
import { colophonPlace } from '../../src/render/colophon-placement';
import { renderDocx } from '../../src/render/docx';
import { renderText } from '../../src/render/text';
import { renderRedline } from '../../src/review/redline-docx';
import { semanticDiff } from '../../src/review/semantic-diff';
import { renderBoth, RENDERERS, TOLERANCE, type Rendered, type Renderer } from '../helpers/both-renderers';
import { tempDir } from '../helpers/cli';
import { checkText, lineOf } from '../helpers/check-text';
import { openDocx, paragraphWith, runWith, textOf } from '../helpers/docx-xml';
import type { PdfLine } from '../helpers/pdf-poppler';
import { redBands } from '../helpers/red-rule';

const EXAMPLE = path.resolve(__dirname, '../../campaigns/examples/zhenghe-2025.yaml');
const dir = tempDir('gongwen-minutes-');
const source = readFileSync(EXAMPLE, 'utf8');

/** The minutes with no title: the mark stands as their title, the body two lines under the red rule. */
const UNTITLED = path.join(dir, 'untitled.yaml');
const untitledSource = source.replace(/^title: .*\n/m, '');

const BLOCK = { left: 28, right: 184, top: 37, bottom: 262 };
const PITCH = 225 / 22;
const CHAR = 156 / 28;
const squash = (s: string) => s.replace(/\s+/g, '');

let rendered: (name: string, which: Renderer) => Rendered;

beforeAll(async () => {
  writeFileSync(UNTITLED, untitledSource);
  rendered = await renderBoth(dir, [['example', EXAMPLE], ['untitled', UNTITLED]]);
}, 600_000);

describe.each(RENDERERS)('the example minutes, %s', (which) => {
  const r = () => rendered('example', which);
  const tol = TOLERANCE[which];
  const all = () => r().pages.flatMap((p) => p.lines);
  const starting = (text: string) => all().find((l) => squash(l.text).startsWith(text))!;

  test('the 纪要标志 stands where the 文件格式 puts the issuer mark: top 35 mm below the text block, centred; the red rule under the number', () => {
    const mark = r().pages[0].lines.find((l) => squash(l.text) === '政和县人民政府专题会议纪要')!;
    expect(mark).toBeDefined();
    expect(Math.abs(mark.top - (BLOCK.top + 35))).toBeLessThanOrEqual(tol);
    expect(Math.abs((mark.left + mark.right) / 2 - (BLOCK.left + BLOCK.right) / 2)).toBeLessThanOrEqual(tol);
    expect(all().some((l) => squash(l.text).includes('纪要文件'))).toBe(false);
    const number = r().pages[0].lines.find((l) => squash(l.text) === '政政纪〔2025〕15号')!;
    const rules = redBands(r().file, 1, 150);
    expect(rules).toHaveLength(1);
    expect(rules[0].top).toBeGreaterThan(number.bottom);
  });

  test('no seal and no signature: the minutes carry neither', () => {
    const images = execFileSync('pdfimages', ['-list', r().file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images).toEqual([]);
    expect(all().some((l) => /^2025年8月\d+日$/.test(squash(l.text)))).toBe(false);
  });

  test('出席, 请假, 列席 in that order, one blank line under the body, two characters in; wrapped names under the first name', () => {
    const present = starting('出席：');
    const onLeave = starting('请假：');
    const observers = starting('列席：');
    const page = r().pages.find((p) => p.lines.includes(present))!.lines;
    const bodyAbove = page.filter((l) => l.bottom <= present.top).sort((a, b) => b.top - a.top)[0];
    expect(squash(bodyAbove.text)).toMatch(/进展情况。$/);
    expect(Math.abs(present.top - bodyAbove.top - 2 * PITCH)).toBeLessThanOrEqual(tol);
    for (const l of [present, onLeave, observers]) expect(Math.abs(l.left - (BLOCK.left + 2 * CHAR))).toBeLessThanOrEqual(tol);
    const between = (a: PdfLine, b: PdfLine) => page.filter((l) => l.top > a.top + 1 && l.top < b.top - 1);
    const wrapped = between(present, onLeave);
    // Nine names fill five lines: the four after the first start under 副 of 副县长, after 出席：.
    expect(wrapped).toHaveLength(4);
    for (const l of wrapped) expect(Math.abs(l.left - (BLOCK.left + 5 * CHAR))).toBeLessThanOrEqual(tol);
    expect(squash(wrapped[wrapped.length - 1].text).endsWith('刘晓燕')).toBe(true);
    expect(Math.abs(onLeave.top - wrapped[wrapped.length - 1].top - PITCH)).toBeLessThanOrEqual(tol);
    expect(Math.abs(observers.top - onLeave.top - PITCH)).toBeLessThanOrEqual(tol);
    expect(between(observers, { ...observers, top: observers.top + 1.5 * PITCH }).map((l) => l.left)).toEqual([expect.closeTo(BLOCK.left + 5 * CHAR, 0)]);
  });
});

describe.each(RENDERERS)('minutes without a title, %s', (which) => {
  test('the body starts two blank lines under the red rule, where the title would stand', () => {
    const r = rendered('untitled', which);
    expect(r.doc.notice.title).toBeUndefined();
    const rule = redBands(r.file, 1, 150)[0];
    const first = r.pages[0].lines.filter((l) => l.top > rule.bottom).sort((a, b) => a.top - b.top)[0];
    expect(squash(first.text).startsWith('2025年8月26日下午')).toBe(true);
    // The row under the rule's is blank as far as the grid goes: two blank rows more put the text three rows down.
    expect(first.top - rule.bottom).toBeGreaterThan(2.5 * PITCH);
    expect(first.top - rule.bottom).toBeLessThan(3.5 * PITCH);
    const ours = rendered('untitled', 'our PDF');
    const oursFirst = ours.pages[0].lines.find((l) => squash(l.text).startsWith('2025年8月26日下午'))!;
    expect(Math.abs(first.top - oursFirst.top)).toBeLessThanOrEqual(TOLERANCE.LibreOffice);
  });
});

test('the untitled minutes are titled by their mark in the document properties', () => {
  expect(rendered('untitled', 'our PDF').doc.meta.title).toBe('政和县人民政府专题会议纪要');
  expect(rendered('example', 'our PDF').doc.meta.date).toBe('2025-08-28');
});

test('the DOCX sets 出席： in 黑体 and the names in 仿宋, hanging under the first name', async () => {
  const { document } = await documentFromFile(EXAMPLE);
  const xml = (await openDocx(await renderDocx(document!, { colophonPlace: await colophonPlace(document!) }))).part('word/document.xml');
  const p = paragraphWith(xml, '出席：');
  expect(runWith(p, '出席：')).toMatch(/w:eastAsia="黑体"/);
  // The names take the body's 仿宋 from the paragraph style, as body text does.
  expect(runWith(p, '副县长陈丽华')).not.toMatch(/w:rFonts/);
  const ind = /<w:ind w:left="(\d+)" w:hanging="(\d+)"\/>/.exec(p)!;
  // 出席： ends five characters in, the label two: a hanging indent of three characters (a character is 156/28 mm = 316 twips).
  expect(+ind[1] - +ind[2]).toBeCloseTo(2 * 316, -1);
  expect(+ind[2]).toBeCloseTo(3 * 316, -1);
});

test('the text output lists the attendance after a blank line, two characters in', async () => {
  const { document } = await documentFromFile(EXAMPLE);
  const text = renderText(document!);
  expect(text).toMatch(/通报进展情况。\n\n　　出席：副县长陈丽华、县政府办公室副主任黄斌、.*刘晓燕\n　　请假：县工信局局长林德华（出差）\n　　列席：县市场监管局质量发展股股长许文杰、县产品质量检验检测中心主任杨帆\n/);
});

describe('check', () => {
  const check = (name: string, text: string) => checkText(dir, name, text);

  test('the example minutes are clean', async () => {
    expect((await checkCampaignFile(EXAMPLE)).problems).toEqual([]);
  });

  test('warns, at their lines, about a seal, 文件, an issuer mark and minutes that list no one present', async () => {
    const text = source
      .replace('  format: minutes\n', '  format: minutes\n  wenjian: true\n  issuers: [政和县人民政府]\n')
      .replace(/^attendance:\n  present:\n(    - .*\n)+/m, 'attendance:\n')
      .replace(/^colophon:/m, 'signature:\n  date: 2025-08-28\n  seal: assets/shouning-seal.png\ncolophon:');
    mkdirSync(path.join(dir, 'assets'), { recursive: true });
    copyFileSync(path.join(path.dirname(EXAMPLE), 'assets/shouning-seal.png'), path.join(dir, 'assets/shouning-seal.png'));
    const { problems, lines } = await check('warned.yaml', text);
    const warned = (code: string) => problems.filter((p) => p.code === code);
    expect(problems.filter((p) => p.severity !== 'warning' || !p.english || !p.hint)).toEqual([]);
    expect(warned('minutes-unprinted').map((p) => p.line)).toEqual([lineOf(lines, 'wenjian:'), lineOf(lines, 'issuers: [政和县')]);
    expect(warned('minutes-seal').map((p) => [p.line, p.message])).toEqual([[lineOf(lines, 'seal:'), '纪要不加盖印章']]);
    expect(warned('minutes-without-present').map((p) => p.line)).toEqual([lineOf(lines, 'format: minutes')]);
    expect(problems).toHaveLength(4);
  });

  test('a 纪要标志 written for the 文件格式 is not printed, and check says so', async () => {
    const { problems, lines } = await check('mark.yaml', source.replace('  format: minutes\n', ''));
    expect(problems.map((p) => [p.code, p.line])).toEqual([['mark-not-minutes', lineOf(lines, 'mark:')]]);
  });

  test('an unknown attendance list is an error naming the three', async () => {
    const { problems } = await check('typo.yaml', source.replace('  onLeave:', '  absent:'));
    expect(problems.filter((p) => p.severity === 'error').length).toBeGreaterThan(0);
    expect(problems.some((p) => /absent/.test(p.message) || /absent/.test(p.english))).toBe(true);
  });
});

test('diff lists attendance changes; the redline tracks them in the 出席 and 列席 lines', async () => {
  const changed = path.join(dir, 'changed.yaml');
  writeFileSync(changed, source.replace('    - 县科技局副局长魏丽萍\n', '').replace(/^  observers:\n(    - .*\n)+/m, ''));
  const [a, b] = [await checkCampaignFile(EXAMPLE), await checkCampaignFile(changed)];
  const changes = semanticDiff(b.campaign!, a.campaign!);
  const added = changes.filter((c) => c.kind === 'added').map((c) => [c.label, 'value' in c ? c.value : '']);
  expect(added).toEqual([
    ['出席', '县科技局副局长魏丽萍'],
    ['列席', '县市场监管局质量发展股股长许文杰'],
    ['列席', '县产品质量检验检测中心主任杨帆'],
  ]);
  expect(changes.every((c) => c.label === '出席' || c.label === '列席')).toBe(true);
  const [old, neu] = [(await documentFromFile(changed)).document!, (await documentFromFile(EXAMPLE)).document!];
  const red = await renderRedline(old, neu);
  if (!('bytes' in red)) throw new Error(`untracked: ${red.untracked.join('，')}`);
  const xml = (await openDocx(red.bytes)).part('word/document.xml');
  const insertedIn = (p: string) => [...p.matchAll(/<w:ins [^>]*>(.*?)<\/w:ins>/gs)].map((m) => textOf(m[1])).join('');
  expect(insertedIn(paragraphWith(xml, '出席：'))).toMatch(/科技局副局长魏丽萍/);
  expect(textOf(paragraphWith(xml, '出席：')).replace(insertedIn(paragraphWith(xml, '出席：')), '')).not.toMatch(/魏丽萍/);
  // 列席 is new: the whole line, label and all, is inserted.
  expect(insertedIn(paragraphWith(xml, '列席：'))).toBe(textOf(paragraphWith(xml, '列席：')));
});
