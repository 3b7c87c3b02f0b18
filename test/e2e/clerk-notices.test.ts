/**
 * Notices of kinds no other example covers, written as a clerk of another office writes them, printed both ways
 * a printer may get them (our PDF, our DOCX in LibreOffice):
 * - campaigns/examples/ningde-training-2026: a training notice whose annex 1 is a nine-column schedule with merged
 *   date cells, too tall for the rest of the annex's first page: its title is not left alone on that page;
 * - campaigns/examples/luoyuan-forward-2026: a 转发 of a 印发 notice whose title quotes the forwarded title (《…〈…〉…》)
 *   and its document number: four lines in a 梯形 or 菱形, the number whole;
 * - campaigns/examples/pingnan-commend-2026: a 表彰决定 whose name list sets five names a line, two-character
 *   names padded with an ideographic space, in columns;
 * - campaigns/examples/gutian-notice-2026: a 通告 to the public, without 主送机关 or colophon.
 */
import path from 'node:path';
import { renderBoth, RENDERERS, TOLERANCE, type Rendered, type Renderer } from '../helpers/both-renderers';
import { tempDir } from '../helpers/cli';
import { readWords, type PdfLine } from '../helpers/pdf-poppler';

const EXAMPLES = path.resolve(__dirname, '../../campaigns/examples');
const squash = (s: string) => s.replace(/\s+/g, '');

let get: (name: string, which: Renderer) => Rendered;
beforeAll(async () => {
  get = await renderBoth(tempDir(), [
    ['training', path.join(EXAMPLES, 'ningde-training-2026.yaml')],
    ['forward', path.join(EXAMPLES, 'luoyuan-forward-2026.yaml')],
    ['commend', path.join(EXAMPLES, 'pingnan-commend-2026.yaml')],
    ['public', path.join(EXAMPLES, 'gutian-notice-2026.yaml')],
  ]);
}, 300_000);

const pageText = (lines: PdfLine[]) => squash(lines.map((l) => l.text).join(''));

describe.each(RENDERERS)('%s', (which) => {
  test('an annex title stays with the table under it when the table does not fit the rest of the page whole', () => {
    const { pages } = get('training', which);
    const annex = pages.findIndex((p) => p.lines.some((l) => squash(l.text) === '附件1'));
    expect(annex).toBeGreaterThanOrEqual(0);
    const text = pageText(pages[annex].lines);
    expect(text).toContain('课程安排表');
    // the table's header row and its first rows stand under the title, on the same page
    expect(text).toContain('课程内容');
    expect(text).toContain('开班仪式');
    // and the table runs on to the next page with its header repeated
    expect(pageText(pages[annex + 1].lines)).toContain('课程内容');
    expect(pageText(pages[annex + 1].lines)).toContain('结业');
  });

  test('the 转发 title quoting a title and its document number: four lines, the number whole, no line ends with an opening bracket', () => {
    const [page1] = get('forward', which).pages;
    const number = page1.lines.find((l) => squash(l.text) === '罗市监〔2026〕21号')!;
    const addressees = page1.lines.find((l) => squash(l.text).startsWith('各市场监督管理所'))!;
    const title = page1.lines.filter((l) => l.top > number.bottom && l.bottom < addressees.top).map((l) => squash(l.text));
    expect(title).toHaveLength(4);
    expect(title.join('')).toBe('罗源县市场监督管理局关于转发《福建省市场监督管理局关于印发〈2026年全省产品质量安全监管工作要点〉的通知》（闽市监质〔2026〕12号）的通知');
    expect(title.some((l) => l.includes('闽市监质〔2026〕12号'))).toBe(true);
    for (const line of title) expect(line).not.toMatch(/[《〈（〔]$/);
  });

  test('the name list: five names a line in columns, two-character names padded', () => {
    const words = readWords(get('commend', which).file).flat();
    // the first name of each column on the first two rows of the list: 林晓东 陈　红 … / 张　伟 叶秀英 …
    const row1 = ['林晓东', '陈', '黄志强', '吴丽华', '郑建国'].map((t) => words.find((w) => w.text.startsWith(t) && w.text !== '陈述')!);
    const zhang = words.find((w) => w.text === '张' && Math.abs(w.left - row1[0].left) <= TOLERANCE[which])!;
    expect(zhang).toBeDefined();
    const ye = words.find((w) => w.text.startsWith('叶秀英'))!;
    // 叶秀英 stands under 陈　红: the columns line up from row to row
    expect(Math.abs(ye.left - row1[1].left)).toBeLessThanOrEqual(TOLERANCE[which]);
    expect(ye.top).toBeGreaterThan(row1[1].bottom);
  });

  test('the 通告 has no 主送机关 and no colophon: the body follows the title and the last page ends with the signature', () => {
    const { pages } = get('public', which);
    const page1 = pages[0].lines.map((l) => squash(l.text));
    const title = page1.findIndex((l) => l.endsWith('专项整治的通告'));
    expect(page1[title + 1].startsWith('为切实保障人民群众生命财产安全')).toBe(true);
    const last = pageText(pages[pages.length - 1].lines);
    expect(last).toContain('特此通告。');
    expect(last).toContain('2026年3月25日');
    expect(last).not.toContain('抄送');
    expect(last).not.toContain('印发');
  });
});
