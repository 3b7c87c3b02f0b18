/**
 * 签发人 of an upward document (a 请示 or 报告, GB/T 9704 §7.2.4, §7.2.6): the number flush left one character
 * in, 签发人： and the names flush right one character in on the number's line, names in 楷体; three signers
 * take two rows, two names a row, the second row's name under the first row's first name, the number on the
 * last row and the red rule and title one row lower. Measured in our PDF and in our DOCX as LibreOffice lays
 * it out, and read in the plain text.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { documentFromFile } from '../../src/pipeline';
import { colophonPlace } from '../../src/render/colophon-placement';
import { renderDocx } from '../../src/render/docx';
import { renderPdf } from '../../src/render/pdf';
import { renderText } from '../../src/render/text';
import { tempDir } from '../helpers/cli';
import { attr, openDocx, paragraphWith, runWith } from '../helpers/docx-xml';
import { MM } from '../helpers/pdf-geometry';
import { readWords, type PdfLine } from '../helpers/pdf-poppler';

const dir = tempDir('gongwen-signers-');
const campaign = (signers: string[] | undefined) =>
  [
    'kind: notice',
    'year: 2026',
    'issuers:',
    '  - name: 寿宁县市场监督管理局',
    '    short: 寿市监',
    'header:',
    '  wenjian: true',
    ...(signers ? [`  signers: [${signers.join(', ')}]`] : []),
    'number: { year: 2026, seq: 8 }',
    'title: 关于申请拨付质量提升专项经费的请示',
    'addressees: [县人民政府]',
    'body:',
    '  - 妥否，请批示。',
    '',
  ].join('\n');

/** Per variant: the words of page 1 in our PDF and in LibreOffice's, and the plain text. */
const built = new Map<string, { ours: PdfLine[]; office: PdfLine[]; text: string; docx: string }>();
const VARIANTS = { none: undefined, two: ['吴建华', '叶丽琴'], three: ['吴建华', '叶丽琴', '郑国栋'] };

beforeAll(async () => {
  for (const [name, signers] of Object.entries(VARIANTS)) {
    const yaml = path.join(dir, `${name}.yaml`);
    writeFileSync(yaml, campaign(signers));
    const { document, problems } = await documentFromFile(yaml);
    // a 请示 without 签发人 is built, with check's warning that it should name them
    expect(problems.map((p) => p.code)).toEqual(signers ? [] : ['signers-missing']);
    writeFileSync(path.join(dir, `${name}-ours.pdf`), (await renderPdf(document!)).bytes);
    writeFileSync(path.join(dir, `${name}.docx`), await renderDocx(document!, { colophonPlace: await colophonPlace(document!) }));
    built.set(name, { ours: [], office: [], text: renderText(document!), docx: path.join(dir, `${name}.docx`) });
  }
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...Object.keys(VARIANTS).map((n) => path.join(dir, `${n}.docx`))], { stdio: 'ignore', timeout: 240_000 });
  for (const [name, b] of built) {
    b.ours = readWords(path.join(dir, `${name}-ours.pdf`))[0];
    b.office = readWords(path.join(dir, `${name}.pdf`))[0];
  }
}, 300_000);

const word = (words: PdfLine[], text: string) => {
  const found = words.filter((w) => w.text.includes(text));
  expect(found).toHaveLength(1);
  return found[0];
};
/** Where `name` starts within its word (poppler joins 签发人：吴建华 in our PDF; LibreOffice sets them apart). */
const startOf = (words: PdfLine[], name: string) => {
  const w = word(words, name);
  return w.right - ((w.right - w.left) / w.text.length) * name.length;
};
const both = (name: string) => [
  ['our PDF', built.get(name)!.ours],
  ['LibreOffice', built.get(name)!.office],
] as const;

test.each(['our PDF', 'LibreOffice'])('%s: without signers the number is centred', (which) => {
  const words = both('none').find(([w]) => w === which)![1];
  // LibreOffice's number reads as two words (寿市监〔2026〕8 号): the line's extent
  const line = words.filter((w) => Math.abs(w.top - word(words, '寿市监').top) < 0.5);
  expect((Math.min(...line.map((w) => w.left)) + Math.max(...line.map((w) => w.right))) / 2).toBeCloseTo(MM.left + 78, 0);
  expect(words.some((w) => w.text.includes('签发人'))).toBe(false);
});

describe.each(['our PDF', 'LibreOffice'])('%s, two signers', (which) => {
  const words = () => both('two').find(([w]) => w === which)![1];

  test('the number starts one character in from the left, on the line of 签发人', () => {
    const n = word(words(), '寿市监');
    const label = word(words(), '签发人');
    expect(n.left - MM.left).toBeCloseTo(MM.cell, 0);
    expect(Math.abs(label.top - n.top)).toBeLessThan(0.5);
  });

  test('签发人：吴建华　叶丽琴 ends one character in from the right', () => {
    const label = word(words(), '签发人');
    const last = word(words(), '叶丽琴');
    expect(MM.right - last.right).toBeCloseTo(MM.cell, 0);
    expect(label.left).toBeLessThan(last.left);
    expect(Math.abs(last.top - label.top)).toBeLessThan(0.5);
  });

  test('the title stands where it stands without signers', () => {
    const title = (name: string) => word(both(name).find(([w]) => w === which)![1], '请示').top;
    expect(title('two')).toBeCloseTo(title('none'), 0);
  });
});

describe.each(['our PDF', 'LibreOffice'])('%s, three signers', (which) => {
  const words = () => both('three').find(([w]) => w === which)![1];

  test('two rows: the third name under the first, the number on the second row', () => {
    const first = word(words(), '吴建华');
    const third = word(words(), '郑国栋');
    const n = word(words(), '寿市监');
    expect(third.top - first.top).toBeCloseTo(MM.pitch, 0);
    expect(third.left).toBeCloseTo(startOf(words(), '吴建华'), 0);
    expect(Math.abs(n.top - third.top)).toBeLessThan(0.5);
  });

  test('the title moves down one row', () => {
    const title = (name: string) => word(both(name).find(([w]) => w === which)![1], '请示').top;
    expect(title('three') - title('none')).toBeCloseTo(MM.pitch, 0);
  });
});

test('the DOCX sets 签发人： in 仿宋 and the names in 楷体', async () => {
  const xml = (await openDocx(readFileSync(built.get('two')!.docx))).part('word/document.xml');
  const line = paragraphWith(xml, '签发人：');
  expect(attr(runWith(line, '签发人：'), 'w:rFonts', 'w:eastAsia') ?? '').not.toMatch(/楷体/);
  expect(attr(runWith(line, '吴建华'), 'w:rFonts', 'w:eastAsia')).toMatch(/楷体/);
});

test('the plain text puts the signers after the number on its line', () => {
  expect(built.get('two')!.text.split('\n')).toContain('寿市监〔2026〕8号　　签发人：吴建华　叶丽琴');
  expect(built.get('three')!.text.split('\n')).toContain('寿市监〔2026〕8号　　签发人：吴建华　叶丽琴　郑国栋');
});
