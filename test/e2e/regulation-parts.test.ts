/**
 * A regulation divided into 编, with a 题注 under its title
 * (test/fixtures/campaigns/regulation-parts.yaml), measured on the printed
 * pages: our PDF, and our DOCX as LibreOffice lays it out. Checked: the 题注
 * centred in 楷体 on the lines right under the title, broken at its
 * full-width space, one blank line before the text; 第X编 centred on a grid
 * line of its own in 小标宋 with the 章 under it one pitch down; names of
 * two characters typed unspaced (总则, 附则) printed 总　　则, and an annex
 * titled 说明 printed 说　明; the navigation pane's levels in the DOCX (编 1,
 * 章 2, 节 3); the text output; what check says of 编 and 章 numbers, chapters
 * restarting in each 编 or running on.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkCampaignFile, documentFromFile } from '../../src/pipeline';
import { colophonPlace } from '../../src/render/colophon-placement';
import { renderDocx } from '../../src/render/docx';
import { renderText } from '../../src/render/text';
import { redlineDocument } from '../../src/review/redline';
import { semanticDiff } from '../../src/review/semantic-diff';
import { deleted, inserted } from '../../src/review/tracked-text';
import { renderBoth, RENDERERS, TOLERANCE, type Rendered } from '../helpers/both-renderers';
import { checkText, lineOf, placeOf } from '../helpers/check-text';
import { tempDir } from '../helpers/cli';
import { openDocx, paragraphWith, runWith } from '../helpers/docx-xml';
import { facesOn, fonts, isFace } from '../helpers/pdf-faces';
import { MM } from '../helpers/pdf-geometry';
import { readWords, type PdfLine } from '../helpers/pdf-poppler';

const FIXTURE = path.resolve(__dirname, '../fixtures/campaigns/regulation-parts.yaml');
const source = readFileSync(FIXTURE, 'utf8');
const dir = tempDir('gongwen-regulation-parts-');
const squash = (s: string) => s.replace(/\s+/g, '');
const middle = (l: PdfLine) => (l.left + l.right) / 2;

let rendered: (name: string, which: (typeof RENDERERS)[number]) => Rendered;

beforeAll(async () => {
  const file = path.join(dir, 'parts.yaml');
  copyFileSync(FIXTURE, file);
  rendered = await renderBoth(dir, [['parts', file]]);
}, 600_000);

const lines = (r: Rendered) => r.pages.flatMap((p) => p.lines);
const line = (r: Rendered, text: string) => lines(r).find((l) => squash(l.text) === text)!;
const below = (r: Rendered, l: PdfLine) => r.pages[l.page - 1].lines.filter((x) => x.top >= l.bottom).sort((a, b) => a.top - b.top)[0];
const above = (r: Rendered, l: PdfLine) => r.pages[l.page - 1].lines.filter((x) => x.bottom <= l.top).sort((a, b) => b.top - a.top)[0];

const TITLE = '三明市城市管理综合执法办法';
const NOTE = ['（2026年4月1日三明市人民政府印发', '自2026年6月1日起施行）'];

const PARTS = [
  ['第一编总则', '第一章一般规定'],
  ['第二编执法程序', '第一章简易程序'],
  ['第三编附则', '第七条本办法自2026年6月1日起施行。'],
];

describe.each(RENDERERS)('第X编, %s', (which) => {
  const r = () => rendered('parts', which);
  const tol = TOLERANCE[which];

  test.each(PARTS)('%s stands centred on a line of its own, %s one pitch under it, the line before one pitch above (two under the 题注)', (part, next) => {
    const heading = line(r(), part);
    expect(heading).toBeDefined();
    expect(Math.abs(middle(heading) - (MM.left + MM.right) / 2)).toBeLessThanOrEqual(tol);
    const after = below(r(), heading);
    expect(squash(after.text)).toBe(next);
    expect(Math.abs(after.top - heading.top - MM.pitch)).toBeLessThanOrEqual(tol);
    const before = above(r(), heading);
    // under the 题注, a blank line between
    const rows = squash(before.text) === NOTE[1] ? 2 : 1;
    expect(Math.abs(heading.top - before.top - rows * MM.pitch)).toBeLessThanOrEqual(tol);
  });
});

describe.each(RENDERERS)('the 题注, %s', (which) => {
  const r = () => rendered('parts', which);
  const tol = TOLERANCE[which];

  test('its two lines stand centred right under the title, broken at the full-width space, no blank line between', () => {
    const title = line(r(), TITLE);
    const [first, second] = NOTE.map((text) => line(r(), text));
    expect(first.page).toBe(2);
    expect(above(r(), first)).toBe(title);
    expect(below(r(), first)).toBe(second);
    // the title line is 二号 on a grid row: the note's first line is the next row, less than a pitch under the title's foot
    expect(first.top - title.bottom).toBeGreaterThan(0);
    expect(first.top - title.bottom).toBeLessThan(MM.pitch);
    expect(Math.abs(second.top - first.top - MM.pitch)).toBeLessThanOrEqual(tol);
    for (const l of [first, second]) expect(Math.abs(middle(l) - (MM.left + MM.right) / 2)).toBeLessThanOrEqual(tol);
  });

  test('one blank line after it, then the text: 第一编 two pitches under its last line', () => {
    const last = line(r(), NOTE[1]);
    const part = below(r(), last);
    expect(squash(part.text)).toBe('第一编总则');
    expect(Math.abs(part.top - last.top - 2 * MM.pitch)).toBeLessThanOrEqual(tol);
  });
});

test('our PDF draws the 题注 in the 楷体 face', () => {
  const pieces = facesOn(rendered('parts', 'our PDF').file, 2).filter((p) => /^（2026年4月1日|^自2026年6月1日/.test(squash(p.text)));
  expect(fonts.kaiti.face).not.toBe(fonts.xiaobiaosong.face);
  expect(pieces.length).toBeGreaterThan(0);
  for (const p of pieces) expect(isFace(p.face, 'kaiti')).toBe(true);
});

test('our PDF draws 第X编 in the 小标宋 face, 第X章 in 黑体', () => {
  const file = rendered('parts', 'our PDF').file;
  const pieces = facesOn(file, 2);
  expect(fonts.xiaobiaosong.face).not.toBe(fonts.heiti.face);
  const facesOf = (pattern: RegExp) => {
    const found = pieces.filter((p) => pattern.test(squash(p.text)));
    expect(found.length).toBeGreaterThan(0);
    return found.map((p) => p.face);
  };
  for (const f of facesOf(/^第[一二三]编/)) expect(isFace(f, 'xiaobiaosong')).toBe(true);
  for (const f of facesOf(/^第[一二]章/)) expect(isFace(f, 'heiti')).toBe(true);
});

describe('the DOCX', () => {
  let xml: string;
  let styles: string;
  beforeAll(async () => {
    const { document } = await documentFromFile(FIXTURE);
    const docx = await openDocx(await renderDocx(document!, { colophonPlace: await colophonPlace(document!) }));
    [xml, styles] = [docx.part('word/document.xml'), docx.part('word/styles.xml')];
  });

  test.each([
    ['第一编　总　　则', 'Heading1', '0'],
    ['第一章　一般规定', 'Heading2', '1'],
    ['第一节　立　　案', 'Heading3', '2'],
  ])('%s: a centred %s paragraph, kept with the next, outline level %s in the navigation pane', (text, style, outline) => {
    const p = paragraphWith(xml, text);
    expect(p).toContain(`<w:pStyle w:val="${style}"/>`);
    expect(p).toMatch(/<w:jc w:val="center"\/>/);
    expect(p).toMatch(/<w:keepNext\/>/);
    expect(styles).toMatch(new RegExp(`w:styleId="${style}">.*?<w:outlineLvl w:val="${outline}"/>`));
  });

  test('the 题注: one centred paragraph in 楷体 on the grid, its two lines apart by a line break, kept with the next', () => {
    const p = paragraphWith(xml, NOTE[0]);
    expect(p).toMatch(/<w:jc w:val="center"\/>/);
    expect(p).toMatch(/<w:keepNext\/>/);
    expect(p).not.toContain('OffGrid');
    expect(p).toMatch(new RegExp(`${NOTE[0]}</w:t></w:r><w:r>.*?<w:br/><w:t[^>]*>${NOTE[1]}<`));
    expect(runWith(p, NOTE[0])).toMatch(/w:eastAsia="楷体/);
  });

  test('第一编 in 小标宋', () => {
    expect(runWith(paragraphWith(xml, '第一编　总　　则'), '第一编')).toMatch(/w:eastAsia="方正小标宋/);
  });
});

test('the text output: the 题注 on one line under the title; 编, 章 and 节 flush left on lines of their own', async () => {
  const text = renderText((await documentFromFile(FIXTURE)).document!);
  expect(text).toContain('\f\n三明市城市管理综合执法办法\n（2026年4月1日三明市人民政府印发　自2026年6月1日起施行）\n\n第一编　总　　则\n第一章　一般规定\n　　第一条　为了规范');
  expect(text).toContain('\n第二编　执法程序\n第一章　简易程序\n　　第四条');
});

describe('check', () => {
  const check = (name: string, text: string) => checkText(dir, name, text);

  test('the fixture is clean: chapters restart at 第一章 in each 编', async () => {
    expect((await check('clean.yaml', source)).problems).toEqual([]);
  });

  test('chapters that run on through the 编 are clean too', async () => {
    const text = source.replace('- 第一章　简易程序', '- 第三章　简易程序').replace('- 第二章　普通程序', '- 第四章　普通程序');
    expect((await check('running.yaml', text)).problems).toEqual([]);
  });

  test('a 编 skipped, a chapter that neither restarts nor runs on, a chapter restarting inside a 编: warnings at the number', async () => {
    const text = source
      .replace('- 第二编　执法程序', '- 第三编　执法程序')
      .replace('- 第三编　附则', '- 第四编　附则')
      .replace('- 第一章　简易程序', '- 第五章　简易程序')
      .replace('- 第二章　执法体制', '- 第一章　执法体制');
    const { problems, lines } = await check('sequence.yaml', text);
    const at = (start: string, needle: string) => placeOf(lines, start, needle);
    expect(problems.map((p) => [p.code, p.line, p.column, p.message])).toEqual([
      ['regulation-sequence', ...at('- 第一章　执法体制', '第一章'), '第一章重复'],
      ['regulation-sequence', ...at('- 第三编　执法程序', '第三编'), '第一编之后是第三编：跳过了第二编'],
      ['regulation-sequence', ...at('- 第五章　简易程序', '第五章'), '第一章之后是第五章：跳过了第二章'],
      ['regulation-sequence', ...at('- 第二章　普通程序', '第二章'), '第二章排在第五章之后'],
    ]);
    expect(problems[1].english).toBe('part 3 follows part 1: part 2 is missing');
    expect(problems[2].hint).toContain('每编的章从第一章编起，或接续上一编');
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
  });
});

test('diff names an edited article by its 编 and 章, a 章 of the second 编 apart from the first 编’s', async () => {
  const campaignOf = async (name: string, text: string) => {
    writeFileSync(path.join(dir, name), text);
    return (await checkCampaignFile(path.join(dir, name))).campaign!;
  };
  const before = await campaignOf('diff-old.yaml', source);
  const after = await campaignOf('diff-new.yaml', source.replace('可以当场作出', '可以当场').replace('第一章　一般规定', '第一章　基本规定'));
  expect(semanticDiff(before, after).map((c) => c.label)).toEqual([
    '附件“三明市城市管理综合执法办法” › 第一编 › 第一章',
    '附件“三明市城市管理综合执法办法” › 第二编 › 第一章',
  ]);
});

describe('the 题注 as written', () => {
  const noteOf = async (name: string, text: string) => {
    writeFileSync(path.join(dir, name), text);
    return (await documentFromFile(path.join(dir, name))).document!.notice.annexes[0].titleNote;
  };

  test('typed in its parentheses, it is not put in a second pair', async () => {
    expect(await noteOf('parenthesised.yaml', source.replace('titleNote: 2026', 'titleNote: （2026').replace('起施行\n', '起施行）\n'))).toBe(NOTE.join('　'));
  });

  test('typed in half-width parentheses (or one of each), it prints in one full-width pair, as the 附注 does', async () => {
    const typed = (open: string, close: string) => source.replace('titleNote: 2026', `titleNote: ${open}2026`).replace('起施行\n', `起施行${close}\n`);
    expect(await noteOf('half.yaml', typed('(', ')'))).toBe(NOTE.join('　'));
    expect(await noteOf('mixed.yaml', typed('（', ')'))).toBe(NOTE.join('　'));
    const plain = (await documentFromFile(FIXTURE)).document!;
    const half = (await documentFromFile(path.join(dir, 'half.yaml'))).document!;
    expect(renderText(half)).toBe(renderText(plain));
    expect(renderText(half).split('\n').filter((l) => l.includes('人民政府印发')).map((l) => l.trim())).toEqual([NOTE.join('　')]);
    // the half-width mark is still named, as anywhere in Chinese text; diff sees no change in what prints
    const checked = await checkText(dir, 'half.yaml', typed('(', ')'));
    expect(checked.problems.map((p) => [p.code, p.line, p.hint])).toEqual([['half-width-punctuation', lineOf(checked.lines, 'titleNote'), '改为全角“）”']]);
    const [before, after] = await Promise.all([FIXTURE, path.join(dir, 'half.yaml')].map(async (f) => (await checkCampaignFile(f)).campaign!));
    expect(semanticDiff(before, after)).toEqual([]);
  });

  test('empty, or on an annex that is no document: an error at the field', async () => {
    const empty = await checkText(dir, 'empty-note.yaml', source.replace(/titleNote: .*/, 'titleNote: ""'));
    expect(empty.problems.map((p) => [p.severity, p.line, p.column])).toEqual([['error', lineOf(empty.lines, 'titleNote'), 16]]);
    // the 办法 prints no 附件 label, so it is named by its title alone
    expect(empty.problems[0].message).toBe('“三明市城市管理综合执法办法”的题注不能为空');
    const form = `${source}  - id: form\n    kind: form\n    title: 执法情况统计表\n    titleNote: 说明\n    rows: [{ item: 单位, type: text }]\n`;
    const misplaced = await checkText(dir, 'form-note.yaml', form);
    expect(misplaced.problems.map((p) => [p.severity, p.line, p.column, p.message])).toEqual([['error', misplaced.lines.lastIndexOf('    titleNote: 说明') + 1, 5, '未知的键“titleNote”']]);
  });

  test('diff names a changed 题注; the redline tracks its words', async () => {
    writeFileSync(path.join(dir, 'note-old.yaml'), source);
    writeFileSync(path.join(dir, 'note-new.yaml'), source.replace('自2026年6月1日起施行', '自2026年7月1日起施行'));
    const [before, after] = await Promise.all(['note-old.yaml', 'note-new.yaml'].map(async (n) => (await checkCampaignFile(path.join(dir, n))).campaign!));
    expect(semanticDiff(before, after).map((c) => [c.label, c.kind === 'changed' ? c.new : ''])).toEqual([['附件“三明市城市管理综合执法办法”题注', '2026年4月1日三明市人民政府印发　自2026年7月1日起施行']]);
    const [old, neu] = await Promise.all(['note-old.yaml', 'note-new.yaml'].map(async (n) => (await documentFromFile(path.join(dir, n))).document!));
    expect(redlineDocument(old, neu).document.notice.annexes[0].titleNote).toBe(`（2026年4月1日三明市人民政府印发　自2026年${deleted('6')}${inserted('7')}月1日起施行）`);
  });
});

describe.each(RENDERERS)('two-character titles spaced out, %s', (which) => {
  const r = () => rendered('parts', which);
  const tol = TOLERANCE[which];
  const words = () => readWords(r().file).flat();
  /** Left edges of the characters `a` and `b` where they stand on one line of `page`. */
  const pair = (page: number, a: string, b: string) => {
    const first = words().find((w) => w.page === page && w.text === a)!;
    const second = words().find((w) => w.page === page && w.text === b && Math.abs(w.top - first.top) < 1)!;
    return second.left - first.left;
  };

  test('总则 and 附则, typed unspaced in 第一编　总则 and 第三编　附则, print 总　　则: 则 three grid cells right of 总, as 第一节　立　　案 typed spaced', () => {
    expect(Math.abs(pair(2, '总', '则') - 3 * MM.cell)).toBeLessThanOrEqual(tol);
    expect(Math.abs(pair(2, '附', '则') - 3 * MM.cell)).toBeLessThanOrEqual(tol);
    expect(Math.abs(pair(2, '立', '案') - 3 * MM.cell)).toBeLessThanOrEqual(tol);
  });

  test('the annex titled 说明 prints 说　明: 明 two 二号 ems right of 说, the pair centred', () => {
    const page = r().pages.findIndex((p) => p.lines.some((l) => squash(l.text) === '附件')) + 1;
    expect(page).toBeGreaterThan(2);
    expect(Math.abs(pair(page, '说', '明') - 2 * 22 * MM.pt)).toBeLessThanOrEqual(tol);
    const title = r().pages[page - 1].lines.find((l) => squash(l.text) === '说明')!;
    expect(Math.abs(middle(title) - (MM.left + MM.right) / 2)).toBeLessThanOrEqual(tol);
  });
});

test('the text output prints the titles spaced; the annex list and the YAML keep 说明 as written', async () => {
  const { document } = await documentFromFile(FIXTURE);
  const text = renderText(document!);
  expect(text).toContain('\n第三编　附　　则\n');
  expect(text).toMatch(/\f\n附件\n\n说　明\n\n/);
  expect(text).toContain('附件：说明');
  expect(document!.notice.annexes.map((a) => a.title)).toEqual(['三明市城市管理综合执法办法', '说明']);
  expect(source).toContain('title: 说明');
});
