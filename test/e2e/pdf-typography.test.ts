/**
 * Every campaign read as a typesetter reads it, from the PDF alone
 * (test/helpers/pdf-typography measures poppler's word boxes and imports no
 * layout code): no widows, no orphans, no run split that a reader keeps
 * together, and no loose line the build does not report.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { documentFromFile } from '../../src/pipeline';
import { renderPdf, type PdfResult } from '../../src/render/pdf';
import type { Block, Notice } from '../../src/document/model';
import { MM } from '../helpers/pdf-geometry';
import { readFonts, readText, readWords } from '../helpers/pdf-poppler';
import { elements, openDocx, textOf } from '../helpers/docx-xml';
import { renderDocx } from '../../src/render/docx';
import { renderText } from '../../src/render/text';
import { loadPdf, pageContent, strokedLines } from '../helpers/pdf-streams';
import { para, shortDocument } from '../helpers/pdf-fixtures';
import { loneLastLines, looseLines, orphans, readBodyLines, shortPages, splitDocumentNumbers, splitRuns, widows, type BodyLine } from '../helpers/pdf-typography';

const CAMPAIGNS = path.join(__dirname, '..', '..', 'campaigns');
/** Every campaign, the examples included (as examples/NAME.yaml). */
const files = [
  ...readdirSync(CAMPAIGNS).filter((f) => f.endsWith('.yaml')),
  ...readdirSync(path.join(CAMPAIGNS, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => `examples/${f}`),
].sort();
/** And the joint notice of sixty issuers, whose signature takes most of a page. */
const JOINT_60 = path.join(__dirname, '..', 'fixtures', 'campaigns', 'joint-60.yaml');
const sources = new Map([...files.map((f) => [f, path.join(CAMPAIGNS, f)] as const), ['fixtures/joint-60.yaml', JOINT_60] as const]);
const out = mkdtempSync(path.join(os.tmpdir(), 'gongwen-typography-'));
const rendered = new Map<string, { result: PdfResult; pages: BodyLine[][]; file: string; notice: Notice }>();

beforeAll(async () => {
  for (const [f, source] of sources) {
    const { document, problems } = await documentFromFile(source);
    if (!document) throw new Error(`${f}: ${JSON.stringify(problems)}`);
    const result = await renderPdf(document);
    const file = path.join(out, f.replace('/', '-').replace(/\.yaml$/, '.pdf'));
    writeFileSync(file, result.bytes);
    rendered.set(f, { result, pages: readBodyLines(file), file, notice: document.notice });
  }
});

const squash = (s: string) => s.replace(/\s+/g, '');
/** Body blocks of a notice and of its annexes, forwarded notices included. */
const blocks = (n: Notice): Block[] => [...n.body, ...n.annexes.flatMap((a) => (a.content.kind === 'blocks' ? a.content.blocks : a.content.kind === 'notice' ? blocks(a.content.notice) : []))];

/**
 * The one loose line left, by ruling (src/style/kinsoku.ts, 分离禁则): 2017's
 * "二、宁波市发布2016年度宁波市质量发展评价报告和" is followed by "2017年质量
 * 提升项目". The line can be filled only by splitting 2017 from its 年, and a
 * year with its 年 is a date to the year, which never splits: a reader would
 * meet "…报告和2017" and "年质量提升项目" as the issue's "9月|6日". The build
 * reports the line at its line:col, for the clerk to reword (the test below
 * checks that every loose line is reported). The others below have no
 * setting that keeps every line within a character.
 */
const LOOSE_BY_RULE: Record<string, string[]> = {
  // Each line's slack would have to go beside its marks, where none goes, and its lone closing marks, set in half
  // their cells (推入), cannot pull in enough: (2011～2020年) is a range in brackets, kept whole, between 《 and 《,
  // opening marks that keep their cells, and the lines after it carry 2013's document numbers; the 方案's opening cites
  // two documents with their numbers (…的通知》（闽政〔2023〕19号）、《南平市…), and no setting keeps every line within a
  // character. 2017's 宁波 line, 2018's and 2021's phone numbers, fujian-letter's three standards and wuyishan's
  // 每年12月10日前 were loose here before lone marks gave up their halves and a standard's year might go to the next
  // line (GB 42295—|2022).
  '2013.yaml': ['发展纲要（2011～2020年）》和省政府《关于实施质量强'],
  'examples/wuyishan-2026.yaml': ['为深入贯彻落实《质量强国建设纲要》和《福建省人'],
};

/**
 * Document numbers broken between their 机关代字 and their 〔year〕 because kept whole they would leave a line
 * letter-spaced (src/style/kinsoku.ts, 分离禁则): with the break forbidden, 2013's and 2023's openings and
 * wuyishan's 方案 each get a loose line. Each breaks before its 〔, its 代字 whole, but fuzhou's quoted
 * 榕|市监〔2026〕15号, whose whole 代字 does not fit the line it starts on, and 2013's 国质检质|联〔2013〕380号: with
 * 国质检质联 whole, the line before would be letter-spaced, its slack having no place beside the marks of the
 * numbers on it (src/render/pdf/typeset/justify.ts). Every other number stays whole, 2021's and nanping's in their
 * annex lists.
 */
const NUMBERS_SPLIT_FOR_LOOSENESS: Record<string, string[]> = {
  '2013.yaml': ['国质检质|联〔2013〕380号', '闽政办|〔2013〕47号'],
  '2023.yaml': ['国市监质发|〔2023〕73号'],
  'examples/wuyishan-2026.yaml': ['闽政|〔2023〕19号'],
  // the 批复 quotes the 请示 by title and number: （ may not end a line, and （榕市监 does not fit the first one
  'examples/fuzhou-reply-2026.yaml': ['榕|市监〔2026〕15号'],
};

/** A commendation (通报) in a few plain paragraphs, a 批复 and a 通告 of numbered paragraphs without headings; the order's 办法 has chapters (第一章　总则), headings too. */
const WITHOUT_HEADINGS = ['examples/ningde-2026.yaml', 'examples/fuzhou-reply-2026.yaml', 'examples/gutian-notice-2026.yaml'];

/**
 * Paragraphs whose last line holds one character alone (孤字) because the
 * paginator runs them one line long to fill their page: the only longer
 * setting without a loose line ends so, and set at their best (no 孤字) the
 * page ends two lines short, a fault a reader sees before a 孤字 (the build
 * warned of that gap with the paginator refusing them). Every other
 * paragraph gives its last character a companion (17 such lines before).
 */
const LONE_BY_PAGINATION: Record<string, string[]> = {
  'examples/fujian-2026.yaml': ['动。'],
  'examples/fujian-letter-2025.yaml': ['品。'],
  // 32.6亿 may not split: the line before cannot take 元 nor give 亿 away without a loose line
  'examples/zherong-report-2026.yaml': ['元。'],
};

describe.each(files)('%s as a typesetter reads it', (f) => {
  const r = () => rendered.get(f)!;

  test('the measurement sees the body text', () => {
    expect(r().pages.flat().length).toBeGreaterThan(20);
  });

  test('no widow: a paragraph never leaves its last line alone at the top of a page', () => {
    expect(widows(r().pages)).toEqual([]);
  });

  test('no orphan: a paragraph never leaves its first line alone at the foot of a page', () => {
    expect(orphans(r().pages)).toEqual([]);
  });

  test('no paragraph ends with one character alone on its last line, but where pagination runs it long', () => {
    expect(loneLastLines(r().pages).map((l) => squash(l.text))).toEqual(LONE_BY_PAGINATION[f] ?? []);
  });

  test('no document number, date, range, —— or …… is split across lines', () => {
    expect(splitRuns(r().pages)).toEqual([]);
  });

  test('a document number keeps its 机关代字 with its 〔year〕 but where that would letter-space a line', () => {
    expect(splitDocumentNumbers(r().file)).toEqual(NUMBERS_SPLIT_FOR_LOOSENESS[f] ?? []);
  });

  test('a heading never ends a page', () => {
    const headings = new Set(
      blocks(r().notice).flatMap((b) => (b.type === 'heading' && !b.runIn?.length) || b.type === 'division' ? [squash(b.number + b.title)] : []),
    );
    expect(headings.size > 0).toBe(!WITHOUT_HEADINGS.includes(f));
    for (const page of r().pages.slice(0, -1)) {
      const last = page[page.length - 1];
      if (last) expect(headings.has(squash(last.text))).toBe(false);
    }
  });

  test('every colophon, also a forwarded notice’s, ends on the bottom edge of the block of its page', async () => {
    const pdf = await loadPdf(r().result.bytes);
    const texts = readText(r().file).split('\f');
    const colophonPages = texts.flatMap((t, i) => (/抄送：|\d日印发/.test(squash(t)) ? [i] : []));
    expect(colophonPages.length).toBeGreaterThanOrEqual(r().notice.colophon ? 1 : 0);
    for (const i of colophonPages) {
      const rules = strokedLines(pageContent(pdf, i)).filter((s) => s.colour === '0');
      expect(Math.max(...rules.map((s) => s.y))).toBeCloseTo(MM.bottom, 1);
    }
  });

  test('heading levels 一、 and （一） are each in their own face (黑体, 楷体), apart from the body', () => {
    const levels = new Set(blocks(r().notice).flatMap((b) => (b.type === 'heading' ? [b.level] : [])));
    const fonts = readFonts(r().file).map((font) => font.name);
    if (levels.has(2)) expect(fonts.some((name) => /WenKai|Kai/i.test(name))).toBe(true);
    if (levels.has(1)) expect(fonts.some((name) => /Sans|Hei/i.test(name))).toBe(true);
  });

  test('a line letter-spaced by more than one character is one the build reports', () => {
    const reported = r().result.strainedLines.map((l) => squash(l.line));
    for (const loose of looseLines(r().pages)) expect(reported).toContain(squash(loose.text));
  });

  test('no loose line but the one a rule keeps loose', () => {
    expect(looseLines(r().pages).map((l) => squash(l.text))).toEqual(LOOSE_BY_RULE[f] ?? []);
  });
});

test('the joint notice of sixty issuers, as a typesetter reads it: no widow, no orphan, no split run, no loose line', () => {
  const { pages } = rendered.get('fixtures/joint-60.yaml')!;
  expect(pages.flat().length).toBeGreaterThan(5);
  expect([widows(pages), orphans(pages), splitRuns(pages), looseLines(pages)]).toEqual([[], [], [], []]);
});

test.each([...sources.keys()])('%s: no page ends two lines short while its text runs on, and the build reports none', (f) => {
  const r = rendered.get(f)!;
  expect(shortPages(r.file, r.pages)).toEqual([]);
  expect(r.result.strainedLines.filter((l) => l.kind === 'gap')).toEqual([]);
});

test('a Latin phrase fills its line at its word space: 2017’s “…新版GB/T 19000”, the space widened to half a cell, is not loose', () => {
  const r = rendered.get('2017-national.yaml')!;
  const line = r.pages.flat().find((l) => squash(l.text).endsWith('新版GB/T19000'))!;
  const [gbt, number] = line.words.slice(-2);
  expect([gbt.text, number.text]).toEqual(['GB/T', '19000']);
  expect(number.right).toBeCloseTo(MM.right, 1);
  // a space of the face is about a quarter of a cell; widened, it is half a cell
  expect(number.left - gbt.right).toBeCloseTo(MM.cell / 2, 1);
  expect(r.result.strainedLines.map((l) => squash(l.line))).not.toContain(squash(line.text));
});

describe('a heading with a paragraph of three lines that reaches the foot of a page with two rows left', () => {
  const heading: Block = { type: 'heading', level: 1, number: '一、', title: '活动内容' };
  const three = para(`${'全面推进质量强省建设'.repeat(7)}。`);
  const after = para('各地要结合实际认真贯彻执行。');
  const first = '福建省质量强省工作领导小组办公室';
  /** Row (from 0) of the first page's last body line. */
  const lastRow = async (body: Block[]) => {
    const file = path.join(out, 'rows.pdf');
    writeFileSync(file, (await renderPdf(shortDocument({ body }))).bytes);
    const [page] = readBodyLines(file);
    return Math.round((page[page.length - 1].top - MM.top) / MM.pitch);
  };
  const render = async (name: string, lead: Block[]) => {
    const result = await renderPdf(shortDocument({ body: [...lead, heading, three, after] }));
    const file = path.join(out, `${name}.pdf`);
    writeFileSync(file, result.bytes);
    return { result, file, pages: readBodyLines(file) };
  };
  /** One-line paragraphs that leave the heading two rows at the foot of page 1, and the rows they leave. */
  let single: Block[] = [];
  let rows = 0;

  beforeAll(async () => {
    const firstRow = await lastRow([para(first)]);
    // one-line paragraphs down to row 19 of 0…21
    single = Array.from({ length: 20 - firstRow }, () => para(first));
    rows = 21 - (await lastRow([...single, heading, three, after]));
  });

  test('on the first page, after lines that are all one-line paragraphs, nothing can fill the gap: the measurement sees it and the build reports it', async () => {
    expect(rows).toBe(2);
    const { result, file, pages } = await render('gap', single);
    expect(shortPages(file, pages)).toEqual([{ page: 1, text: first, emptyLines: 2 }]);
    expect(pages[1][0].text).toBe('一、活动内容');
    expect(result.strainedLines).toEqual([{ paragraph: '一、活动内容', line: '一、活动内容', kind: 'gap' }]);
  });

  test('a paragraph above it that can run one line longer, each line at most a character short, closes the gap', async () => {
    // two of the one-line paragraphs become one paragraph of two full lines
    const long = para(`${'标准计量'.repeat(13)}认证`);
    const { result, file, pages } = await render('run-long', [long, ...single.slice(2)]);
    expect(shortPages(file, pages)).toEqual([]);
    expect(result.strainedLines).toEqual([]);
    expect(looseLines(pages)).toEqual([]);
    // set in three lines, two of them a character short, its last two characters alone: page 1 ends one row short
    expect(pages[0].filter((l) => /^[标准计量认证]+$/.test(l.text)).map((l) => [...l.text].length)).toEqual([25, 27, 2]);
    expect(pages[1][0].text).toBe('一、活动内容');
  });
});

test('a title kept together that is longer than a page is set over two pages, and the build says so at the line that opens the second', async () => {
  const title = `关于${'开展质量提升行动加快建设质量强省'.repeat(30)}的通知`;
  const result = await renderPdf(shortDocument({ title }));
  const file = path.join(out, 'long-title.pdf');
  writeFileSync(file, result.bytes);
  const split = result.strainedLines.filter((l) => l.kind === 'kept-split');
  expect(split).toHaveLength(1);
  const pages = readText(file).split('\f').map(squash);
  const at = pages.findIndex((p) => p.startsWith(squash(split[0].line)));
  // the title runs on from the page before: the break is inside it
  expect(at).toBeGreaterThan(0);
  expect(pages[at - 1]).toContain('开展质量提升行动');
  expect(squash(title)).toContain(squash(split[0].line));
});

test('the measurement sees a loose line: a document number that cannot move from the end of a first line', async () => {
  const text = '现将《关于开展质量月活动的通知》（闽质强省办〔2023〕120号）印发给你们，请结合实际认真贯彻执行。';
  const para: Block = { type: 'paragraph', runs: [{ text, font: 'fangsong' }], indent: 'first', align: 'justify' };
  const result = await renderPdf(shortDocument({ body: [para] }));
  const file = path.join(out, 'loose.pdf');
  writeFileSync(file, result.bytes);
  const loose = looseLines(readBodyLines(file)).map((l) => squash(l.text));
  expect(loose).toEqual(['现将《关于开展质量月活动的通知》（闽质强省办']);
  expect(result.strainedLines.map((l) => squash(l.line))).toEqual(loose);
});

test('a plan sent as an annex of its notice (2013) carries 附件1 on line 1 of its first page, above its title, in the PDF, the DOCX and the text', async () => {
  const r = rendered.get('2013.yaml')!;
  expect(r.notice.label).toBe('附件1');
  const [first] = readWords(r.file)[0];
  expect(first.text).toBe('附件1');
  expect(first.left).toBeCloseTo(MM.left, 0);
  expect(first.top).toBeLessThan(MM.top + MM.pitch);
  const { document } = await documentFromFile(path.join(CAMPAIGNS, '2013.yaml'));
  const docx = await openDocx(await renderDocx(document!));
  const paragraphs = elements(docx.part('word/document.xml'), 'w:p').map((p) => textOf(p.body)).filter(Boolean);
  expect(paragraphs.slice(0, 2)).toEqual(['附件1', '福建省2013年“质量月”活动方案']);
  expect(renderText(document!).startsWith('附件1\n\n福建省2013年“质量月”活动方案')).toBe(true);
});
