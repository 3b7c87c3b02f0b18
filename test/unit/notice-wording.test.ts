/**
 * Wording that real notices vary: titles for any activity (the seeds' titles
 * unchanged), a notice that publishes (印发) an annex, contact labels, and
 * {{contact}} printed where it is placed and only there.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { campaignTitle } from '../../src/compose';
import type { Document } from '../../src/document/model';
import { checkCampaignFile, documentFromFile } from '../../src/pipeline';
import { renderText, PAGE_BREAK } from '../../src/render/text';
import { semanticDiff } from '../../src/review/semantic-diff';
import { tempDir } from '../helpers/cli';
import { composeLines as compose } from '../helpers/compose-lines';

const ROOT = path.resolve(__dirname, '../..');
const dir = tempDir('gongwen-wording-');


const HEAD = ['year: 2024', 'scope: 龙溪市', 'issuers:', '  - name: 龙溪市市场监督管理局'];

describe('titles from the templates', () => {
  test('the seeds’ titles stay as they were: 质量月 when no activity is named', async () => {
    expect((await compose(['kind: notice', ...HEAD])).notice.title).toBe('龙溪市市场监督管理局关于开展2024年龙溪市“质量月”活动的通知');
    expect((await compose(['kind: plan', ...HEAD])).notice.title).toBe('龙溪市2024年“质量月”活动方案');
  });

  test('any activity, quoted as the clerk writes it', async () => {
    expect((await compose(['kind: notice', 'activity: “安全生产月”活动', ...HEAD])).notice.title).toBe(
      '龙溪市市场监督管理局关于开展2024年龙溪市“安全生产月”活动的通知',
    );
    expect((await compose(['kind: notice', 'activity: 质量提升行动', ...HEAD])).notice.title).toBe('龙溪市市场监督管理局关于开展2024年龙溪市质量提升行动的通知');
    expect((await compose(['kind: plan', 'activity: 知识产权宣传周活动', ...HEAD])).notice.title).toBe('龙溪市2024年知识产权宣传周活动方案');
  });

  test('a joint notice is titled by its lead issuer’s short name and 等: the 2017 national title as written', async () => {
    const { campaign } = await checkCampaignFile(path.join(ROOT, 'campaigns/2017-national.yaml'));
    expect(campaign!.title).toBe('质检总局等关于开展2017年全国“质量月”活动的通知');
    expect(campaignTitle({ ...campaign!, title: undefined })).toBe(campaign!.title);
  });

  test('a notice that publishes an annex quotes its title; the annex counts as cited', async () => {
    const file = path.join(dir, 'publish.yaml');
    writeFileSync(file, ['kind: notice', 'publishes: plan', ...HEAD, 'annexes:', '  - id: plan', '    kind: listed', '    title: 龙溪市2024年“质量月”活动方案', ''].join('\n'));
    const r = await documentFromFile(file);
    expect(r.problems).toEqual([]);
    expect(r.document!.notice.title).toBe('龙溪市市场监督管理局关于印发《龙溪市2024年“质量月”活动方案》的通知');
  });

  test('publishes naming no annex is an error at its line:col', async () => {
    const file = path.join(dir, 'publish-missing.yaml');
    writeFileSync(file, ['kind: notice', 'publishes: plna', ...HEAD, ''].join('\n'));
    const { problems } = await checkCampaignFile(file);
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([[2, 12, 'publish-target']]);
    expect(problems[0].message).toContain('“plna”');
  });
});

describe('the contact line', () => {
  const CONTACT = ['contact:', '  name: 陈志远', '  phone: 0595-86231047', '  address: 龙溪市城南大道168号', '  postcode: "362300"'];
  const ANNEX = ['annexes:', '  - id: plan', '    kind: document', '    title: 活动方案', '    body:', '      - 方案正文。', '      - "{{contact}}"'];
  const pages = (doc: Document) => renderText(doc).split(PAGE_BREAK);
  const contactLines = (text: string) => text.split('\n').filter((l) => l.includes('陈志远'));

  test('without {{contact}} it closes the body, with the default labels', async () => {
    const doc = await compose(['kind: notice', ...HEAD, 'body:', '  - 正文。', ...CONTACT]);
    const [notice] = pages(doc);
    expect(contactLines(notice)).toEqual(['　　联系人：陈志远，电话：0595-86231047，地址：龙溪市城南大道168号，邮编：362300。']);
  });

  test('labels can be worded as the notice words them', async () => {
    const doc = await compose(['kind: notice', ...HEAD, ...CONTACT, '  labels:', '    phone: 联系电话', '    address: 联系地址']);
    expect(contactLines(renderText(doc))).toEqual(['　　联系人：陈志远，联系电话：0595-86231047，联系地址：龙溪市城南大道168号，邮编：362300。']);
  });

  test('several contacts print one after another after one 联系人：, each with its own labels, joined by semicolons', async () => {
    const doc = await compose([
      'kind: notice', ...HEAD, 'body:', '  - 正文。', 'contact:',
      '  - { name: 陈志远, unit: 会务, phone: 0595-86231047 }',
      '  - { name: 林晓东, unit: 回执报送, phone: 0595-86231050, email: lxsjj@163.com, labels: { phone: 联系电话 } }',
    ]);
    expect(renderText(doc).split('\n').filter((l) => l.includes('陈志远'))).toEqual([
      '　　联系人：陈志远（会务），电话：0595-86231047；林晓东（回执报送），联系电话：0595-86231050，电子邮箱：lxsjj@163.com。',
    ]);
  });

  test('diff names several contacts by position; a misspelt field of the second is an error at its line naming it', async () => {
    const head = ['kind: notice', ...HEAD, 'contact:', '  - { name: 陈志远, phone: 0595-86231047 }'];
    const write = (name: string, lines: string[]) => {
      writeFileSync(path.join(dir, name), [...lines, ''].join('\n'));
      return checkCampaignFile(path.join(dir, name));
    };
    const [one, two] = [await write('one.yaml', head), await write('two.yaml', [...head, '  - { name: 林晓东, phone: 0595-86231050 }'])];
    const changes = semanticDiff(one.campaign!, two.campaign!);
    expect(changes).toEqual([
      { kind: 'added', label: '联系人2（name）', value: '林晓东' },
      { kind: 'added', label: '联系人2（phone）', value: '0595-86231050' },
    ]);
    const { problems } = await write('typo.yaml', [...head, '  - { name: 林晓东, phnoe: 0595-86231050 }']);
    expect(problems.map((p) => [p.line, p.code])).toEqual([[head.length + 1, 'unknown-key']]);
    expect(problems[0].english).toMatch(/did you mean "phone"/);
  });

  test('{{contact}} in an annex prints it there and only there', async () => {
    const doc = await compose(['kind: notice', ...HEAD, 'body:', '  - 正文（见{{ref:plan}}）。', ...CONTACT, ...ANNEX]);
    const [notice, annex] = pages(doc);
    expect(contactLines(notice)).toEqual([]);
    expect(contactLines(annex)).toEqual(['　　联系人：陈志远，电话：0595-86231047，地址：龙溪市城南大道168号，邮编：362300。']);
    expect(contactLines(renderText(doc))).toHaveLength(1);
  });

  test('a forwarded notice’s own {{contact}} does not take the place of the outer notice’s contact line', async () => {
    const doc = await compose([
      'kind: notice', ...HEAD, 'body:', '  - 正文（见{{ref:fwd}}）。', ...CONTACT,
      'annexes:', '  - id: fwd', '    kind: notice', '    title: 上级通知', '    issuers:', '      - name: 泉州市市场监督管理局',
      '    body:', '      - "{{contact}}"', '    contact:', '      name: 王五', '      phone: 0595-22000000',
    ]);
    const [notice, annex] = pages(doc);
    expect(contactLines(notice)).toHaveLength(1);
    expect(annex.split('\n').filter((l) => l.includes('王五'))).toEqual(['　　联系人：王五，电话：0595-22000000。']);
  });
});
