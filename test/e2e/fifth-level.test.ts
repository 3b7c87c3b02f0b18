/**
 * The fifth heading level real notices use below GB/T 9704's 一、（一）1.（1）: ① ② …, in the body form the
 * standard gives its lower levels (三号仿宋, not bold, indented two characters like every body paragraph; a run-in
 * heading continues in the same face). Measured in our PDF (pdftotext -bbox-layout; faux bold counted in the
 * content stream) and in LibreOffice's layout of our DOCX, in the DOCX XML (no Word heading style, whose Heading5
 * is the library's blue one, but outline level 5), in the text; check numbers it as any level (a typed ① is
 * reported, a sixth level and a 21st ① are errors at their line:col).
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderBoth, RENDERERS, TOLERANCE, type Rendered, type Renderer } from '../helpers/both-renderers';
import { checkText, lineOf } from '../helpers/check-text';
import { runBin, tempDir } from '../helpers/cli';
import { openDocx, paragraphWith, runWith } from '../helpers/docx-xml';
import { MM } from '../helpers/pdf-geometry';
import { loadPdf, pageContent, strokedGlyphs } from '../helpers/pdf-streams';

const EXAMPLES = path.resolve(__dirname, '../../campaigns/examples');
const dir = tempDir('gongwen-fifth-level-');
const squash = (s: string) => s.replace(/\s+/g, '');

const BODY = `body:
  - heading: 工作任务
    body:
      - heading: 提升产品质量
        body:
          - heading: 开展质量攻关
            body:
              - heading: 重点产品
                body:
                  - heading: 食品
                    text: 抽检覆盖率达到百分之百。
                  - heading: 电线电缆
                  - text: 儿童用品。
  - 此复。
`;

function campaign(body: string): string {
  const source = readFileSync(path.join(EXAMPLES, 'fuzhou-reply-2026.yaml'), 'utf8');
  const start = source.indexOf('body:\n');
  const end = source.indexOf('signature:\n');
  return source.slice(0, start) + body + source.slice(end);
}

let rendered: (name: string, which: Renderer) => Rendered;
const file = path.join(dir, 'fifth.yaml');

beforeAll(async () => {
  cpSync(path.join(EXAMPLES, 'assets'), path.join(dir, 'assets'), { recursive: true });
  writeFileSync(file, campaign(BODY));
  rendered = await renderBoth(dir, [['fifth', file]]);
}, 300_000);

describe.each(RENDERERS)('%s', (which) => {
  const line = (start: string) => rendered('fifth', which).pages.flatMap((p) => p.lines).find((l) => squash(l.text).startsWith(start));

  test('① and ② stand as body paragraphs: two characters in from the left edge, in body size', () => {
    for (const start of ['①食品。抽检覆盖率达到百分之百。', '②电线电缆', '③儿童用品。']) {
      const l = line(start);
      expect(l).toBeDefined();
      expect(Math.abs(l!.left - (MM.left + 2 * MM.cell))).toBeLessThan(TOLERANCE[which]);
      expect(Math.abs(l!.bottom - l!.top - line('此复。')!.bottom + line('此复。')!.top)).toBeLessThan(0.3);
    }
  });

  test('the levels above keep their numbers: 一、（一）1.（1）', () => {
    for (const start of ['一、工作任务', '（一）提升产品质量', '1.开展质量攻关', '（1）重点产品']) expect(line(start)).toBeDefined();
  });
});

test('our PDF draws ① in the body face, not faux bold: only the level-3 heading 1.开展质量攻关 is stroked', async () => {
  const pdf = await loadPdf(readFileSync(rendered('fifth', 'our PDF').file));
  expect(strokedGlyphs(pageContent(pdf, 0))).toBe([...'1.开展质量攻关'].length);
});

test('the DOCX: ① is a paragraph without a heading style, outline level 5, indented two characters, in 仿宋 not bold', async () => {
  const docx = await openDocx(readFileSync(path.join(dir, 'fifth-lo.docx')));
  const document = docx.part('word/document.xml');
  const p = paragraphWith(document, '①食品');
  expect(p).not.toMatch(/w:pStyle/);
  expect(p).toMatch(/<w:outlineLvl w:val="4"\/>/);
  expect(p).toMatch(/<w:ind w:firstLine="\d+"\/>/);
  expect(paragraphWith(document, '（1）重点产品')).toMatch(/<w:pStyle w:val="Heading4"\/>/);
  // in the paragraph default (Normal: 仿宋_GB2312, 三号), as body text, not bold; the run-in text alike
  for (const words of ['①食品', '抽检覆盖率']) expect(runWith(p, words)).not.toMatch(/<w:rPr>|<w:b\/>/);
  expect(runWith(paragraphWith(document, '1.开展质量攻关'), '1.开展质量攻关')).toMatch(/<w:b\/>/);
  expect(docx.part('word/styles.xml')).toMatch(/w:styleId="Normal">[^]*?w:eastAsia="仿宋_GB2312"/);
});

test('the text prints ① under （1）, indented like the rest', () => {
  const run = runBin(['build', file, '--format', 'text', '--out', path.join(dir, 'text')]);
  expect(run.code).toBe(0);
  const text = readFileSync(path.join(dir, 'text', 'fifth.txt'), 'utf8').split('\n');
  const at = text.findIndex((l) => l.includes('重点产品'));
  expect(text.slice(at, at + 4)).toEqual(['　　（1）重点产品', '　　①食品。抽检覆盖率达到百分之百。', '　　②电线电缆', '　　③儿童用品。']);
});

describe('check', () => {
  test('a ① typed by hand is reported like the other levels’ numbers', async () => {
    const { problems, lines } = await checkText(dir, 'typed.yaml', campaign(BODY.replace('heading: 食品', 'heading: ①食品')));
    expect(problems.map((p) => [p.line, p.code])).toEqual([[lineOf(lines, '- heading: ①食品'), 'typed-number']]);
    expect(problems[0].message).toContain('“①”是手写的序号');
  });

  test('a sixth level is an error at its line, saying five levels and how to write it', async () => {
    const deeper = BODY.replace('                  - heading: 电线电缆\n', '                  - heading: 电线电缆\n                    body:\n                      - heading: 铜芯\n');
    const { problems, lines } = await checkText(dir, 'deep.yaml', campaign(deeper));
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([[lineOf(lines, '- heading: 铜芯'), 25, 'too-deep']]);
    expect(problems[0].message).toBe('层次超过五级（6 级）');
    expect(problems[0].hint).toContain('一、（一）1.（1）①');
  });

  test('a 21st ① is an error at its line: the circled numbers stop at ⑳', async () => {
    const items = Array.from({ length: 21 }, (_, k) => `                  - text: 第${k + 1}项。\n`).join('');
    const many = BODY.replace(/                  - heading: 食品\n[^]*?儿童用品。\n/, items);
    const { problems, lines } = await checkText(dir, 'many.yaml', campaign(many));
    expect(problems.map((p) => [p.line, p.code])).toEqual([[lineOf(lines, '- text: 第21项。'), 'too-many-headings']]);
    expect(problems[0].message).toContain('①…⑳');
    expect(problems[0].hint).toContain('（1）（2）');
    expect(problems[0].english).toContain('fifth level');
  });

  test('twenty are fine: the last is ⑳', async () => {
    const items = Array.from({ length: 20 }, (_, k) => `                  - text: 第${k + 1}项。\n`).join('');
    const { problems } = await checkText(dir, 'twenty.yaml', campaign(BODY.replace(/                  - heading: 食品\n[^]*?儿童用品。\n/, items)));
    expect(problems).toEqual([]);
  });
});
