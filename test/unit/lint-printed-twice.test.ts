/**
 * What the notice numbers or punctuates by itself, typed again by a clerk who
 * copies from last year's printed notice: a warning at its line:col saying
 * what to write instead, because it would print twice. Text that only looks
 * alike (a title that starts with 附件 as a word, a heading starting with a
 * year, a note with two parenthesised parts) is left alone.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkCampaignFile, documentFromFile } from '../../src/pipeline';
import { renderText } from '../../src/render/text';
import { tempDir } from '../helpers/cli';

const dir = tempDir('gongwen-typed-');
let count = 0;

const HEAD = ['kind: notice', 'year: 2025', 'scope: 漳州市', 'issuers:', '  - name: 漳州市市场监督管理局', '    short: 漳市监', 'signature:', '  date: 2025-08-28'];

/** The problems of this module, in the order of the file. */
async function problemsOf(lines: string[]) {
  const file = path.join(dir, `c${++count}.yaml`);
  writeFileSync(file, [...HEAD, ...lines, ''].join('\n'));
  const { problems } = await checkCampaignFile(file);
  const typed = problems.filter((p) => p.code.startsWith('typed-')).sort((a, b) => a.line - b.line || a.column - b.column);
  return { file, problems: typed.map((p) => ({ at: [p.line, p.column], code: p.code, severity: p.severity, message: p.message, hint: p.hint })) };
}

describe('numbers and marks typed by hand are warnings at their place', () => {
  test('a heading typed with its number, at each of the four levels, and a numbered item’s text', async () => {
    const { problems } = await problemsOf([
      'body:',
      '  - heading: 一、精心组织实施', // line 10
      '    body:',
      '      - heading: （一）开展质量帮扶',
      '        body:',
      '          - heading: 1.重点产业',
      '            body:',
      '              - heading: (1)食品加工',
      '      - text: （二）强化监管。', // line 17
    ]);
    expect(problems.map((p) => [p.at, p.code])).toEqual([
      [[10, 14], 'typed-number'],
      [[12, 18], 'typed-number'],
      [[14, 22], 'typed-number'],
      [[16, 26], 'typed-number'],
      [[17, 15], 'typed-number'],
    ]);
    expect(problems[0].severity).toBe('warning');
    expect(problems[0].message).toContain('“一、”');
    expect(problems[0].hint).toContain('只写“精心组织实施”');
    expect(problems[3].hint).toContain('只写“食品加工”');
  });

  test('the warning says what happens: the typed number prints beside the generated one', async () => {
    const file = path.join(dir, 'twice.yaml');
    writeFileSync(file, [...HEAD, 'body:', '  - heading: 一、精心组织实施', '    body: [正文。]', ''].join('\n'));
    const { document } = await documentFromFile(file);
    expect(renderText(document!)).toContain('一、一、精心组织实施');
  });

  test('headings that only start with a number word are left alone', async () => {
    const { problems } = await problemsOf([
      'body:',
      '  - heading: 2025年重点活动',
      '    body: [正文。]',
      '  - heading: 一流营商环境建设',
      '    body: [正文。]',
      '  - heading: 1.5倍产能项目',
      '    body: [正文。]',
    ]);
    expect(problems).toEqual([]);
  });

  test('附件N before an annex title, and in a numbered slogan list the slogan’s own number', async () => {
    const { problems } = await problemsOf([
      'body:',
      '  - 口号见{{ref:slogans}}，材料见{{ref:list}}，方案见{{ref:plan}}。',
      'annexes:',
      '  - id: slogans',
      '    kind: slogans',
      '    title: 附件2：漳州市2025年“质量月”活动口号', // line 14
      '    numbered: true',
      '    items:',
      '      - 1.加强质量支撑　共建质量强市', // line 17
      '  - id: list',
      '    kind: listed',
      '    title: 附件材料清单',
      '  - id: plan',
      '    kind: listed',
      '    title: 附件 3 活动方案', // line 23
    ]);
    expect(problems.map((p) => [p.at, p.code])).toEqual([
      [[14, 12], 'typed-annex-label'],
      [[17, 9], 'typed-number'],
      [[23, 12], 'typed-annex-label'],
    ]);
    expect(problems[0].hint).toBe('标题只写“漳州市2025年“质量月”活动口号”');
    expect(problems[2].hint).toBe('标题只写“活动方案”');
  });

  test('a colon or comma after an addressee, in any shape of group', async () => {
    const { problems } = await problemsOf([
      'addressees:',
      '  - 省委宣传部，', // line 10
      '  - - 局机关各科室',
      '    - 直属各单位：', // line 12
      '  - items: [各县（区）]',
      '    suffix: 市场监督管理局：', // line 14
    ]);
    expect(problems.map((p) => [p.at, p.code])).toEqual([
      [[10, 5], 'typed-addressee-mark'],
      [[12, 7], 'typed-addressee-mark'],
      [[14, 13], 'typed-addressee-mark'],
    ]);
    expect(problems[1].hint).toBe('只写机关名称“直属各单位”');
  });

  test('a 附注 in parentheses, but not one made of two parenthesised parts', async () => {
    const wrapped = await problemsOf(['remark: （此件主动公开）']);
    expect(wrapped.problems.map((p) => [p.at, p.code])).toEqual([[[9, 9], 'typed-remark-parentheses']]);
    expect(wrapped.problems[0].hint).toBe('去掉两边的括号，写作 remark: 此件主动公开');
    const twoParts = await problemsOf(['remark: （此件主动公开）（附件3不公开）']);
    expect(twoParts.problems).toEqual([]);
    const plain = await problemsOf(['remark: 此件主动公开']);
    expect(plain.problems).toEqual([]);
  });

  test('inside a forwarded notice too', async () => {
    const { problems } = await problemsOf([
      'annexes:',
      '  - id: national',
      '    kind: notice',
      '    title: 全国通知',
      '    issuers: [{ name: 国家市场监督管理总局 }]',
      '    addressees: [各省市场监管局：]', // line 14
      '    body:',
      '      - heading: 二、活动内容', // line 16
      '        body: [正文。]',
    ]);
    expect(problems.map((p) => [p.at, p.code])).toEqual([
      [[14, 18], 'typed-addressee-mark'],
      [[16, 18], 'typed-number'],
    ]);
  });
});

describe('the closing of the notice typed into its text', () => {
  const CLOSING = ['contact:', '  name: 黄文彬', 'annexes:', '  - id: stats', '    kind: listed', '    title: 统计表'];

  test('the annex list, the signature and the date, the contact line: each a warning at its paragraph', async () => {
    const { problems } = await problemsOf([
      'body:',
      '  - 请于10月17日前报送（见{{ref:stats}}）。', // line 10
      '  - 附件：统计表', // line 11
      '  - |-', // line 12
      '    漳州市市场监督管理局',
      '    2025年8月28日',
      '  - 联系人：黄文彬，电话：0596-2598317。', // line 15
      ...CLOSING,
    ]);
    expect(problems.map((p) => [p.at, p.code])).toEqual([
      [[11, 5], 'typed-annex-list'],
      [[12, 5], 'typed-signature'],
      [[15, 5], 'typed-contact'],
    ]);
    expect(problems[1].message).toContain('“漳州市市场监督管理局”');
  });

  test('text that only mentions them is left alone, and so is a notice without annexes, signature or contact', async () => {
    const mentions = await problemsOf([
      'body:',
      '  - 附件所列统计表请于2025年10月17日前报送（见{{ref:stats}}），漳州市市场监督管理局将汇总通报。',
      ...CLOSING,
    ]);
    expect(mentions.problems).toEqual([]);
    const file = path.join(dir, 'bare.yaml');
    writeFileSync(file, ['kind: notice', 'year: 2025', 'issuers: [{ name: 漳州市市场监督管理局 }]', 'body:', '  - 附件：无', '  - 漳州市市场监督管理局', '  - 联系人：黄文彬', ''].join('\n'));
    const { problems } = await checkCampaignFile(file);
    expect(problems.filter((p) => p.code.startsWith('typed-'))).toEqual([]);
  });
});
