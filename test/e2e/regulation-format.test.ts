/**
 * Regulation text (规章、办法) as governments print it, measured on the printed
 * pages: our PDF, and our DOCX as LibreOffice lays it out. The example order
 * (campaigns/examples/sanming-ling-2026.yaml) publishes its 办法 with
 * annexLabel: false: no 附件 label and no annex list, the 办法's title opening
 * its own page; the 办法 has chapters (第一章　总　　则), sections (第一节) and
 * articles (第一条　…). Checked: the title on line 1 of page 2; chapters and
 * sections centred on a grid line of their own in 黑体 and 楷体, no blank
 * line around them; each article's 第X条 in 黑体 two characters in, one
 * character of space, then the text in 仿宋; the DOCX's paragraphs and runs;
 * the text output; what check says of numbers skipped or repeated and of
 * paragraphs that look like parts; that a sentence starting 第一… stays a
 * sentence; the other annexes' labels; diff and the redline.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { regulationPart } from '../../src/compose/regulation';
import type { Document, ParagraphBlock } from '../../src/document/model';
import { checkCampaignFile, documentFromFile } from '../../src/pipeline';
import { colophonPlace } from '../../src/render/colophon-placement';
import { renderDocx } from '../../src/render/docx';
import { renderPdf } from '../../src/render/pdf';
import { renderText } from '../../src/render/text';
import { redlineDocument } from '../../src/review/redline';
import { semanticDiff } from '../../src/review/semantic-diff';
import { renderBoth, RENDERERS, TOLERANCE, type Rendered } from '../helpers/both-renderers';
import { tempDir } from '../helpers/cli';
import { checkText, lineOf, placeOf } from '../helpers/check-text';
import { elements, openDocx, paragraphWith, runWith } from '../helpers/docx-xml';
import { facesOn, fonts, isFace } from '../helpers/pdf-faces';
import { MM } from '../helpers/pdf-geometry';
import { readLines, readWords, type PdfLine, type PdfPageBoxes } from '../helpers/pdf-poppler';

const EXAMPLE = path.resolve(__dirname, '../../campaigns/examples/sanming-ling-2026.yaml');
const dir = tempDir('gongwen-regulation-');
const source = readFileSync(EXAMPLE, 'utf8');

const BLOCK = MM;
const { pitch: PITCH, cell: CHAR } = MM;
const squash = (s: string) => s.replace(/\s+/g, '');
const middle = (l: PdfLine) => (l.left + l.right) / 2;

/** `text` written into the test folder (beside the 签名章 it names) and checked. */
async function campaignOf(name: string, text: string) {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return (await checkCampaignFile(file)).campaign!;
}

let rendered: (name: string, which: (typeof RENDERERS)[number]) => Rendered;

beforeAll(async () => {
  mkdirSync(path.join(dir, 'assets'));
  copyFileSync(path.resolve(path.dirname(EXAMPLE), 'assets/sanming-mayor-seal.png'), path.join(dir, 'assets/sanming-mayor-seal.png'));
  rendered = await renderBoth(dir, [['example', EXAMPLE]]);
}, 600_000);

const lines = (r: Rendered) => r.pages.flatMap((p) => p.lines);
const line = (r: Rendered, text: string) => lines(r).find((l) => squash(l.text) === text)!;
const lineStarting = (r: Rendered, text: string) => lines(r).find((l) => squash(l.text).startsWith(text))!;
/** The text line next above or below `l` on its page. */
const above = (r: Rendered, l: PdfLine) => r.pages[l.page - 1].lines.filter((x) => x.bottom <= l.top).sort((a, b) => b.top - a.top)[0];
const below = (r: Rendered, l: PdfLine) => r.pages[l.page - 1].lines.filter((x) => x.top >= l.bottom).sort((a, b) => a.top - b.top)[0];

const DIVISIONS = ['第一章总则', '第二章奖项设置与评审机构', '第三章申报与评审', '第一节申报条件', '第二节评审程序', '第四章奖励与监督', '第五章附则'];

describe.each(RENDERERS)('the example 办法, %s', (which) => {
  const r = () => rendered('example', which);
  const tol = TOLERANCE[which];

  test('its title opens page 2 on line 1, centred; no 附件 label and no annex list anywhere', () => {
    const title = line(r(), '三明市质量奖管理办法');
    expect(title.page).toBe(2);
    expect(r().pages[1].lines[0]).toBe(title);
    expect(title.top - BLOCK.top).toBeLessThan(PITCH);
    expect(Math.abs(middle(title) - (BLOCK.left + BLOCK.right) / 2)).toBeLessThanOrEqual(tol);
    expect(lines(r()).filter((l) => /^附件\d*(：|$)/.test(squash(l.text)))).toEqual([]);
    // the order's text is followed by its signature, nothing between
    expect(squash(above(r(), line(r(), '市长')).text)).toMatch(/施行。$/);
  });

  test.each(DIVISIONS)('%s stands centred on a grid line of its own, the lines before and after it one pitch away (or it opens its page)', (text) => {
    const heading = line(r(), text);
    expect(heading).toBeDefined();
    expect(Math.abs(middle(heading) - (BLOCK.left + BLOCK.right) / 2)).toBeLessThanOrEqual(tol);
    const next = below(r(), heading);
    expect(squash(next.text)).toMatch(/^第[一二三四五六七八九十]+[节条]/);
    expect(Math.abs(next.top - heading.top - PITCH)).toBeLessThanOrEqual(tol);
    // the first chapter stands one blank line under the 办法's title; the others right under the line before
    const before = above(r(), heading);
    const centre = (l: PdfLine) => (l.top + l.bottom) / 2;
    if (!before) expect(r().pages[heading.page - 1].lines[0]).toBe(heading);
    else if (squash(before.text) === '三明市质量奖管理办法') {
      expect(heading.top - before.bottom).toBeGreaterThan(PITCH - tol);
      expect(heading.top - before.bottom).toBeLessThan(2 * PITCH);
    } else expect(Math.abs(centre(heading) - centre(before) - PITCH)).toBeLessThanOrEqual(tol);
  });

  test('every article: 第X条 two characters in, one character of space, then its text', () => {
    const words = readWords(r().file).flat();
    const numbers = words.filter((w) => /^第[一二三四五六七八九十]+条$/.test(w.text));
    expect(numbers.map((w) => w.text)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三'].map((n) => `第${n}条`));
    for (const number of numbers) {
      expect(Math.abs(number.left - (BLOCK.left + 2 * CHAR))).toBeLessThanOrEqual(tol);
      const text = words.filter((w) => w.page === number.page && Math.abs(w.top - number.top) < 1 && w.left > number.right).sort((a, b) => a.left - b.left)[0];
      expect(Math.abs(text.left - number.right - CHAR)).toBeLessThanOrEqual(tol);
    }
  });

  test('a second paragraph of an article (款) is an ordinary paragraph, two characters in', () => {
    const kuan = lineStarting(r(), '符合条件的组织或者个人不足时');
    expect(Math.abs(kuan.left - (BLOCK.left + 2 * CHAR))).toBeLessThanOrEqual(tol);
    expect(squash(above(r(), kuan).text)).toMatch(/^次组织奖/);
  });
});

describe('a chapter heading never ends a page', () => {
  /** The example with `k` one-line paragraphs before 第二章: each moves it down a grid row, so one brings it to a page's foot. */
  const variant = (k: number) => source.replace('      - 第二章　奖项设置与评审机构\n', `${'      - 评审工作接受社会监督。\n'.repeat(k)}      - 第二章　奖项设置与评审机构\n`);
  const textLines = (page: PdfPageBoxes) => page.lines.filter((l) => l.bottom < BLOCK.bottom + 1);
  let pushed: number | undefined;
  const placements: PdfPageBoxes[][] = [];

  beforeAll(async () => {
    for (let k = 0; k < 22; k++) {
      const file = path.join(dir, `keep-${k}.yaml`);
      writeFileSync(file, variant(k));
      const pdf = path.join(dir, `keep-${k}.pdf`);
      writeFileSync(pdf, (await renderPdf((await documentFromFile(file)).document!)).bytes);
      const pages = readLines(pdf);
      placements.push(pages);
      const at = pages.findIndex((p) => squash(textLines(p)[0]?.text ?? '') === '第二章奖项设置与评审机构');
      // the page before ends a row short: 第二章 would have stood on its last row
      if (at > 0 && BLOCK.bottom - textLines(pages[at - 1]).at(-1)!.bottom > PITCH - 1) pushed ??= k;
    }
  }, 120_000);

  test('our PDF, 22 placements of 第二章: never the last line of a page; where it would be, it opens the next page with the lines after it', () => {
    for (const pages of placements) for (const page of pages) expect(DIVISIONS).not.toContain(squash(textLines(page).at(-1)?.text ?? ''));
    expect(pushed).toBeDefined();
  });

  test('LibreOffice lays out the DOCX of that placement the same way', async () => {
    const file = path.join(dir, `keep-${pushed}.yaml`);
    const r = (await renderBoth(dir, [['keep', file]]))('keep', 'LibreOffice');
    const heading = line(r, '第二章奖项设置与评审机构');
    expect(textLines(r.pages[heading.page - 1])[0]).toBe(heading);
    expect(squash(below(r, heading).text)).toMatch(/^第四条/);
  }, 300_000);
});

test('our PDF draws 第X章 and 第X条 in the 黑体 face, 第X节 in the 楷体 face, the articles’ text in 仿宋', () => {
  const file = rendered('example', 'our PDF').file;
  const pieces = [2, 3].flatMap((page) => facesOn(file, page));
  const face = (pred: (t: string) => boolean) => {
    const found = pieces.filter((p) => pred(squash(p.text)));
    expect(found.length).toBeGreaterThan(0);
    return new Set(found.map((p) => p.face));
  };
  // the two faces differ on this machine, so the test tells them apart
  expect(fonts.heiti.face).not.toBe(fonts.fangsong.face);
  for (const f of face((t) => /^第[一二三四五]章/.test(t))) expect(isFace(f, 'heiti')).toBe(true);
  for (const f of face((t) => /^第[一二]节/.test(t))) expect(isFace(f, 'kaiti')).toBe(true);
  for (const f of face((t) => /^第[一二三四五六七八九十]+条$/.test(t))) expect(isFace(f, 'heiti')).toBe(true);
  for (const f of face((t) => t.startsWith('为了推进质量强市建设'))) expect(isFace(f, 'fangsong')).toBe(true);
});

describe('the DOCX', () => {
  let xml: string;
  let styles: string;
  beforeAll(async () => {
    const { document } = await documentFromFile(EXAMPLE);
    const docx = await openDocx(await renderDocx(document!, { colophonPlace: await colophonPlace(document!) }));
    [xml, styles] = [docx.part('word/document.xml'), docx.part('word/styles.xml')];
  });

  test('a chapter: a centred Heading1 paragraph kept with the next, in 黑体, without indent', () => {
    const p = paragraphWith(xml, '第一章　总　　则');
    expect(p).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(p).toMatch(/<w:jc w:val="center"\/>/);
    expect(p).toMatch(/<w:keepNext\/>/);
    expect(p).not.toMatch(/w:firstLine/);
    expect(runWith(p, '第一章')).toMatch(/w:eastAsia="黑体"/);
  });

  test('a section: a centred Heading2 paragraph in 楷体', () => {
    const p = paragraphWith(xml, '第一节　申报条件');
    expect(p).toMatch(/<w:pStyle w:val="Heading2"\/>/);
    expect(p).toMatch(/<w:jc w:val="center"\/>/);
    expect(runWith(p, '第一节')).toMatch(/w:eastAsia="楷体/);
  });

  test('an article: indented two characters, 第一条 in a 黑体 run, then the full-width space and the text in 仿宋', () => {
    const p = paragraphWith(xml, '第一条');
    expect(p).toMatch(/w:firstLine=/);
    const runs = elements(p, 'w:r');
    const texts = runs.map((run) => run.body.match(/<w:t[^>]*>([^<]*)<\/w:t>/)?.[1] ?? '');
    expect(texts[0]).toBe('第一条');
    expect(runs[0].body).toMatch(/w:eastAsia="黑体"/);
    expect(texts[1].startsWith('　为了推进质量强市建设')).toBe(true);
    // the text run names no face of its own: it is set in the body's 仿宋 (the Normal style's)
    expect(runs[1].body).not.toMatch(/w:rFonts/);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:default="1" w:styleId="Normal">[\s\S]*?w:eastAsia="仿宋/);
  });

  test('no 附件 label and no annex list', () => {
    expect(xml).not.toMatch(/<w:t[^>]*>附件<\/w:t>/);
    expect(xml).not.toMatch(/附件：/);
  });
});

test('the text output: the order, then the 办法 from its title, chapters flush left, articles indented', async () => {
  const { document } = await documentFromFile(EXAMPLE);
  const text = renderText(document!);
  expect(text).toMatch(/2026年3月20日\n\f\n三明市质量奖管理办法\n\n第一章　总　　则\n　　第一条　为了推进/);
  expect(text).toContain('\n第三章　申报与评审\n第一节　申报条件\n　　第六条　申报组织奖的，应当具备下列条件：\n　　（一）');
  expect(text).not.toMatch(/^附件/m);
});

describe('what is a part and what is a sentence', () => {
  test.each([
    ['第一章　总则', '章', 1, '总则'],
    ['第十二条　本办法自公布之日起施行。', '条', 12, '本办法自公布之日起施行。'],
    ['第一百零一条　附则。', '条', 101, '附则。'],
    ['第二节　　评审程序', '节', 2, '评审程序'],
  ])('%s is a part', (text, kind, value, rest) => {
    expect(regulationPart(text)).toMatchObject({ kind, value, rest });
  });

  test.each([
    '第一次全体会议于9月召开。',
    '第一条主线是质量提升。',
    '第一章节内容由各单位自行安排。',
    '第一章　总则。各单位要认真学习。',
    '第一十条　不规范的数字。',
    '第5条　阿拉伯数字。',
    '第一条　',
  ])('%s stays a paragraph', (text) => {
    expect(regulationPart(text)).toBeUndefined();
  });
});

describe('check', () => {
  const check = (name: string, text: string) => checkText(dir, name, text);
  const complete = (p: { message: string; english: string; hint: string }) => /[\u4e00-\u9fff]/.test(p.message) && /[a-z]/.test(p.english) && /[\u4e00-\u9fff]/.test(p.hint);

  test('the example is clean', async () => {
    expect((await check('example.yaml', source)).problems).toEqual([]);
  });

  test('a chapter, section or article number skipped, repeated or out of order: a warning at the number, Chinese and English, with the fix', async () => {
    const text = source
      .replace('      - 第二章　奖项设置与评审机构\n', '      - 第三章　奖项设置与评审机构\n')
      .replace('      - 第二节　评审程序\n', '      - 第三节　评审程序\n')
      .replace('      - 第十条　获奖组织', '      - 第九条　获奖组织')
      .replace('        第十二条　参与评审', '        第十四条　参与评审');
    const { problems, lines } = await check('sequence.yaml', text);
    const at = (start: string, needle: string) => placeOf(lines, start, needle);
    expect(problems.map((p) => [p.code, p.line, p.column, p.message])).toEqual([
      ['regulation-sequence', ...at('- 第三章　奖项设置', '第三章'), '第一章之后是第三章：跳过了第二章'],
      ['regulation-sequence', ...at('- 第三章　申报与评审', '第三章'), '第三章重复'],
      ['regulation-sequence', ...at('- 第三节　评审程序', '第三节'), '第一节之后是第三节：跳过了第二节'],
      ['regulation-sequence', ...at('- 第九条　获奖组织', '第九条'), '第九条重复'],
      // the repeated number counts where it stands: the next one, right in itself, then looks one skipped
      ['regulation-sequence', ...at('第十一条　以弄虚作假', '第十一条'), '第九条之后是第十一条：跳过了第十条'],
      ['regulation-sequence', ...at('第十四条　参与评审', '第十四条'), '第十一条之后是第十四条：跳过了第十二条'],
      ['regulation-sequence', ...at('第十三条　本办法', '第十三条'), '第十三条排在第十四条之后'],
    ]);
    expect(problems.every((p) => p.severity === 'warning' && complete(p))).toBe(true);
    expect(problems[0].english).toBe('chapter 3 follows chapter 1: chapter 2 is missing');
    expect(problems[0].hint).toContain('改为“第二章”');
  });

  test('a paragraph that looks like an article but prints as a paragraph: no full-width space, Arabic numerals', async () => {
    const text = source.replace('      - 第十条　获奖组织', '      - 第十条获奖组织').replace('        第十一条　以弄虚作假', '        第11条　以弄虚作假');
    const { problems, lines } = await check('look-alike.yaml', text);
    expect(problems.map((p) => [p.code, p.line, p.column])).toEqual([
      ['regulation-no-space', ...placeOf(lines, '- 第十条获奖组织', '第十条')],
      ['regulation-numeral', ...placeOf(lines, '第11条', '第11条')],
    ]);
    expect(problems[0].hint).toBe('在“第十条”后加一个全角空格“　”');
    expect(problems[1].hint).toContain('写作“第十一条”');
    expect(problems.every(complete)).toBe(true);
  });

  test('an ordinary notice whose sentences start with 第一… is not a regulation: no warning, paragraphs as written', async () => {
    const text = [
      'kind: notice',
      'year: 2026',
      'issuers:',
      '  - name: 三明市市场监督管理局',
      'title: 关于召开全市质量工作会议的通知',
      'body:',
      '  - 第一次全体会议于2026年3月召开。',
      '  - 第一条主线是质量提升，第二条主线是品牌建设。',
      '  - 第三章节的材料由各单位自行准备。',
      '',
    ].join('\n');
    const { problems } = await check('ordinary.yaml', text);
    expect(problems).toEqual([]);
    const { document } = await documentFromFile(path.join(dir, 'ordinary.yaml'));
    expect(document!.notice.body.map((b) => [b.type, (b as ParagraphBlock).runs.length])).toEqual([
      ['paragraph', 1],
      ['paragraph', 1],
      ['paragraph', 1],
    ]);
  });

  test('{{ref:…}} to a document printed without a label is an error at the reference', async () => {
    const text = source.replace('现予公布，自2026', '现予公布（见{{ref:rules}}），自2026');
    const { problems, lines } = await check('ref.yaml', text);
    expect(problems.map((p) => [p.code, p.severity, p.line])).toEqual([['unlabelled-annex-ref', 'error', lineOf(lines, '《三明市质量奖管理办法》已经')]]);
    expect(problems[0].hint).toContain('《三明市质量奖管理办法》');
    expect(complete(problems[0])).toBe(true);
  });
});

test('a notice that 印发 a 办法 with annexLabel: false: titled 关于印发《…》的通知, the 办法 after it without 附件 label or annex list', async () => {
  const text = [
    'kind: notice',
    'year: 2026',
    'publishes: rules',
    'issuers:',
    '  - name: 三明市市场监督管理局',
    'addressees: [各县（市、区）市场监管局]',
    'body:',
    '  - 现将《三明市质量奖评审工作细则》印发给你们，请认真贯彻执行。',
    'signature: { date: 2026-04-01 }',
    'annexes:',
    '  - id: rules',
    '    kind: document',
    '    title: 三明市质量奖评审工作细则',
    '    annexLabel: false',
    '    body:',
    '      - 第一条　为了规范市质量奖评审工作，制定本细则。',
    '      - 第二条　本细则自印发之日起施行。',
    '',
  ].join('\n');
  const file = path.join(dir, 'publish.yaml');
  writeFileSync(file, text);
  const { document, problems } = await documentFromFile(file);
  expect(problems).toEqual([]);
  expect(document!.notice.title).toBe('三明市市场监督管理局关于印发《三明市质量奖评审工作细则》的通知');
  expect(renderText(document!)).toMatch(/请认真贯彻执行。\n\n三明市市场监督管理局\n2026年4月1日\n\f\n三明市质量奖评审工作细则\n\n　　第一条　为了规范/);
  expect(renderText(document!)).not.toMatch(/附件/);
});

describe('labels of the other annexes', () => {
  let document: Document;
  beforeAll(async () => {
    const text = source.replace(
      /^annexes:\n/m,
      'annexes:\n  - id: form\n    kind: form\n    title: 三明市质量奖申报表\n    rows:\n      - { item: 申报单位, type: text }\n',
    );
    const file = path.join(dir, 'with-form.yaml');
    writeFileSync(file, text);
    document = (await documentFromFile(file)).document!;
  });

  test('the one labelled annex is plain 附件, alone in the annex list; the 办法 keeps no label', () => {
    expect(document.notice.annexes.map((a) => [a.label, a.title])).toEqual([
      ['附件', '三明市质量奖申报表'],
      [undefined, '三明市质量奖管理办法'],
    ]);
    expect(document.notice.annexList).toEqual([{ number: '', title: '三明市质量奖申报表' }]);
  });

  test('without annexLabel the file prints as before: 附件1 and 附件2 and both in the annex list', async () => {
    const file = path.join(dir, 'labelled.yaml');
    writeFileSync(file, source.replace('    annexLabel: false\n', ''));
    const old = (await documentFromFile(file)).document!;
    expect(old.notice.annexes.map((a) => a.label)).toEqual(['附件']);
    expect(old.notice.annexList).toEqual([{ number: '', title: '三明市质量奖管理办法' }]);
  });
});

describe('diff and redline', () => {
  test('diff names the label change, an edited article by its chapter, and a retitled chapter as its title edited', async () => {
    const before = await campaignOf('diff-old.yaml', source.replace('    annexLabel: false\n', ''));
    const after = await campaignOf('diff-new.yaml', source.replace('不向申报者收取任何费用', '不收取任何费用').replace('第二章　奖项设置与评审机构', '第二章　奖项设置与评审'));
    const changes = semanticDiff(before, after).map((c) => [c.kind, c.label, c.kind === 'changed' ? `${c.old} → ${c.new}` : '']);
    expect(changes).toEqual([
      ['changed', '附件“三明市质量奖管理办法”附件标识', '标“附件” → 不标“附件”，接排在正文之后'],
      ['changed', '附件“三明市质量奖管理办法” › 第一章', expect.stringMatching(/^第三条　市质量奖的评审.*不向申报者收取任何费用。 → 第三条　.*不收取任何费用。$/)],
      ['changed', '附件“三明市质量奖管理办法” › 第二章', '奖项设置与评审机构 → 奖项设置与评审'],
    ]);
  });

  test('the redline of an edited article keeps 第三条 in 黑体, untracked, and tracks the words in 仿宋', async () => {
    const neu = (await documentFromFile(EXAMPLE)).document!;
    const file = path.join(dir, 'edited.yaml');
    writeFileSync(file, source.replace('不向申报者收取任何费用', '不收取任何费用'));
    const edited = (await documentFromFile(file)).document!;
    const red = redlineDocument(neu, edited).document;
    const annex = red.notice.annexes[0];
    if (annex.content.kind !== 'blocks') throw new Error('the 办法 is blocks');
    const article = annex.content.blocks.find((b): b is ParagraphBlock => b.type === 'paragraph' && b.runs[0].text === '第三条')!;
    expect(article.runs[0]).toEqual({ text: '第三条', font: 'heiti' });
    expect(article.runs.slice(1).every((run) => run.font === 'fangsong')).toBe(true);
    expect(article.runs.filter((run) => run.revision === 'deleted').map((run) => run.text).join('')).toContain('向申报者');
    expect(article.runs.filter((run) => !run.revision).map((run) => run.text).join('')).toContain('收取任何费用');
  });
});
