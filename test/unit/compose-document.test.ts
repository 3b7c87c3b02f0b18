import path from 'node:path';
import { documentFromFile } from '../../src/pipeline';
import type { HeadingBlock, ParagraphBlock, TableBlock } from '../../src/document/model';
import { formTable } from '../../src/compose/form-table';

const ROOT = path.resolve(__dirname, '../..');

describe('composing the 2023 notice', () => {
  let doc: Awaited<ReturnType<typeof documentFromFile>>['document'];
  beforeAll(async () => {
    doc = (await documentFromFile(path.join(ROOT, 'campaigns/2023.yaml'))).document;
  });

  test('header: red mark with 文件 and the derived document number', () => {
    expect(doc!.notice.header).toMatchObject({
      issuers: ['福建省质量强省工作领导小组办公室'],
      withWenjian: true,
      documentNumber: '闽质强省办〔2023〕7号',
    });
  });

  test('title comes from the notice template', () => {
    expect(doc!.notice.title).toBe('福建省质量强省工作领导小组办公室关于开展2023年福建省“质量月”活动的通知');
  });

  test('headings are numbered by depth, in their level faces, run-in where written so', () => {
    const headings = doc!.notice.body.filter((b): b is HeadingBlock => b.type === 'heading');
    expect(headings.filter((h) => h.level === 1).map((h) => h.number + h.title)).toEqual(['一、活动内容', '二、重点活动安排', '三、工作要求']);
    const runIn = headings.find((h) => h.runIn);
    expect(runIn).toMatchObject({ level: 2, number: '（一）', title: '开展质量帮扶活动。' });
  });

  test('the annex reference and the contact line are derived', () => {
    const text = doc!.notice.body.map((b) => (b.type === 'paragraph' ? (b as ParagraphBlock).runs.map((r) => r.text).join('') : '')).join('\n');
    expect(text).toContain('（口号见附件）');
    expect(text).toContain('联系人：林忠辉（省市场监管局质量发展处），电话：18959167520');
    expect(doc!.notice.annexList).toEqual([{ number: '', title: '2023年福建省“质量月”活动口号' }]);
    expect(doc!.notice.annexes.map((a) => a.label)).toEqual(['附件']);
  });

  test('signature, note, remark and metadata', () => {
    expect(doc!.notice.signature).toEqual({ names: ['福建省质量强省工作领导小组办公室'], date: '2023年9月1日', note: '（福建省市场监督管理局代章）', seal: undefined });
    expect(doc!.notice.remark).toBe('（此件主动公开）');
    expect(doc!.meta).toMatchObject({ date: '2023-09-01', author: '福建省质量强省工作领导小组办公室', draft: false });
  });
});

test('statistics form: nested groups become merged label cells, each item a row with a blank value cell', () => {
  const t: TableBlock = formTable(
    [
      { group: '宣传活动', rows: [{ item: '场次', unit: '场' }, { group: '领导参与情况', rows: [{ item: '省部级', unit: '人次' }, { item: '市局级', unit: '人次' }] }] },
      { item: '创新活动形式情况', type: 'text' },
    ],
    (s) => s,
  );
  expect(t.columns).toHaveLength(4);
  expect(t.headerRows).toBe(1);
  const [header, r1, r2, r3, r4] = t.rows;
  expect(header.map((c) => c.colSpan)).toEqual([3, 1]);
  expect(r1.map((c) => [c.text, c.rowSpan, c.colSpan])).toEqual([['宣传活动', 3, 1], ['场次（场）', 1, 2], ['', 1, 1]]);
  expect(r2.map((c) => [c.text, c.rowSpan, c.colSpan])).toEqual([['领导参与情况', 2, 1], ['省部级（人次）', 1, 1], ['', 1, 1]]);
  expect(r3.map((c) => c.text)).toEqual(['市局级（人次）', '']);
  expect(r4.map((c) => [c.text, c.colSpan])).toEqual([['创新活动形式情况', 3], ['', 1]]);
  expect(r4[1].blank).toBe(true);
});
