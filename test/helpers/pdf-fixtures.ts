/** Hand-built Documents that exercise the PDF renderer's features. */
import type { Block, Document, Notice, TableBlock, TableCell } from '../../src/document/model';

export const para = (text: string): Block => ({ type: 'paragraph', runs: [{ text, font: 'fangsong' }], indent: 'first', align: 'justify' });

export const LONG_PARAGRAPH =
  '为贯彻落实《质量强国建设纲要》，加强质量强省建设，推进全民质量行动，根据市场监管总局等25部门《关于开展2023年全国“质量月”活动的通知》（国市监质发〔2023〕73号），现将有关事项通知如下。联系人：林忠辉，电话：0591-87580701，电子邮箱：7263441@qq.com，网址：https://scjgj.fujian.gov.cn/zw/tzgg/。';

const FORM: TableBlock = {
  type: 'table',
  columns: [1, 3, 2, 2],
  headerRows: 1,
  fontSize: 'small',
  rows: [
    [
      { text: '序号', rowSpan: 1, colSpan: 1, align: 'center', header: true },
      { text: '项目', rowSpan: 1, colSpan: 1, align: 'center', header: true },
      { text: '填报情况', rowSpan: 1, colSpan: 2, align: 'center', header: true },
    ],
    ...Array.from({ length: 40 }, (_, i) => [
      { text: String(i + 1), rowSpan: 1, colSpan: 1, align: 'center' as const },
      { text: `第${i + 1}项活动的名称，文字较长需要在单元格内折行显示`, rowSpan: 1, colSpan: 1, align: 'left' as const },
      ...(i % 2 === 0 ? [{ text: '合并两行', rowSpan: 2, colSpan: 1, align: 'center' as const }] : []),
      { text: '', rowSpan: 1, colSpan: 1, align: 'center' as const, blank: true },
    ]),
  ],
};

const FORWARDED: Notice = {
  header: { issuers: ['国家市场监督管理总局', '中共中央宣传部', '国家发展和改革委员会'], withWenjian: true, documentNumber: '国市监质发〔2023〕73号' },
  title: '关于开展2023年全国“质量月”活动的通知',
  addressees: '各省、自治区、直辖市和新疆生产建设兵团有关部门：',
  body: [para(LONG_PARAGRAPH)],
  annexList: [],
  signature: { names: ['国家市场监督管理总局'], date: '2023年8月28日' },
  annexes: [],
  colophon: { copyTo: '国家药监局。', printer: '市场监管总局办公厅', printDate: '2023年8月28日' },
};

const ISSUERS_MANY = Array.from({ length: 24 }, (_, i) => `第${'一二三四五六七八九十'[i % 10]}部门${i + 1}`);

/** Every feature at once: joint header, headings, forms, forwarded notice, colophon. */
export function fullDocument(assets: { seal?: string; pdf?: string } = {}): Document {
  const body: Block[] = [para(LONG_PARAGRAPH)];
  for (let i = 0; i < 3; i++) {
    body.push({ type: 'heading', level: 1, number: `${'一二三'[i]}、`, title: '活动内容' });
    body.push({ type: 'heading', level: 2, number: '（一）', title: '加强质量主题宣传教育' });
    body.push(para(LONG_PARAGRAPH + LONG_PARAGRAPH));
    body.push({ type: 'heading', level: 3, number: '1.', title: '开展质量帮扶活动。', runIn: [{ text: '加大重点产品的科普力度，开展消费品质量安全宣传和帮扶活动。', font: 'fangsong' }] });
  }
  const annexes: Document['notice']['annexes'] = [
    { label: '附件1', title: '关于开展2023年全国“质量月”活动的通知', showTitle: false, content: { kind: 'notice', notice: FORWARDED } },
    { label: '附件2', title: '2023年“质量月”活动情况统计表', showTitle: true, content: { kind: 'blocks', blocks: [FORM] } },
  ];
  if (assets.pdf) annexes.push({ label: '附件3', title: '外部文件', showTitle: false, content: { kind: 'pdf', path: assets.pdf } });
  return {
    meta: { title: '测试通知', author: '福建省质量强省工作领导小组办公室', subject: '质量月', keywords: ['质量月', '测试'], date: '2023-09-01', draft: false },
    notice: {
      header: { issuers: ISSUERS_MANY, withWenjian: true, documentNumber: '闽质强省办〔2023〕7号', copyNumber: '000001', classification: '秘密★1年', urgency: '特急' },
      title: '福建省质量强省工作领导小组办公室关于开展2023年福建省“质量月”活动的通知',
      addressees: '各设区市、平潭综合实验区市场监管局，省直有关单位：',
      body,
      annexList: annexes.map((a, i) => ({ number: `${i + 1}.`, title: a.title })),
      signature: { names: ['福建省质量强省工作领导小组办公室'], date: '2023年9月1日', ...(assets.seal ? { seal: { path: assets.seal, aspect: 1 } } : {}) },
      remark: '（此件主动公开）',
      annexes,
      colophon: { copyTo: '国家市场监督管理总局，省委办公厅、省人大常委会办公厅、省政府办公厅、省政协办公厅。', printer: '福建省市场监督管理局办公室', printDate: '2023年9月1日' },
    },
  };
}

/** A one-page notice with a single issuer, for header geometry. */
export function shortDocument(overrides: Partial<Notice> = {}): Document {
  return {
    meta: { title: '短通知', author: '办公室', subject: '测试', keywords: [], date: '2023-09-01', draft: false },
    notice: {
      header: { issuers: ['福建省质量强省工作领导小组办公室'], withWenjian: true, documentNumber: '闽质强省办〔2023〕7号' },
      title: '关于开展2023年福建省“质量月”活动的通知',
      addressees: '各设区市市场监管局：',
      body: [para(LONG_PARAGRAPH)],
      annexList: [],
      signature: { names: ['福建省质量强省工作领导小组办公室'], date: '2023年9月1日' },
      annexes: [],
      ...overrides,
    },
  };
}

const cell = (text: string, extra: Partial<TableCell> = {}): TableCell => ({ text, rowSpan: 1, colSpan: 1, align: 'center', ...extra });

/** Columns of the wide form: too many for portrait (the narrowest cannot hold two 小四 characters on 156 mm). */
export const WIDE_COLUMNS = 14;
export const WIDE_HEADER = ['地区', ...Array.from({ length: WIDE_COLUMNS - 1 }, (_, i) => `项${i + 1}`)];

/** A statistics form of fourteen columns and `rows` data rows, bound as annex 1 after a short notice. */
export function wideTableDocument(rows = 45): Document {
  const form: TableBlock = {
    type: 'table',
    columns: Array.from({ length: WIDE_COLUMNS }, (_, i) => (i === 0 ? 1.5 : 1)),
    headerRows: 1,
    fontSize: 'small',
    rows: [WIDE_HEADER.map((t) => cell(t, { header: true })), ...Array.from({ length: rows }, (_, r) => [cell(`地区${r + 1}`), ...WIDE_HEADER.slice(1).map((_, c) => cell(String((r + 1) * (c + 1))))])],
  };
  const base = shortDocument();
  const annexes: Notice['annexes'] = [{ label: '附件', title: '各地区统计表', showTitle: true, content: { kind: 'blocks', blocks: [form] } }];
  return { ...base, notice: { ...base.notice, annexList: [{ number: '', title: '各地区统计表' }], annexes } };
}

/** A portrait form whose one merged label spans `rows` rows: far taller than a page. */
export function tallGroupDocument(rows = 60): Document {
  const form: TableBlock = {
    type: 'table',
    columns: [2, 5, 2],
    headerRows: 1,
    fontSize: 'small',
    rows: [
      [cell('类别', { header: true }), cell('项目', { header: true }), cell('数量', { header: true })],
      ...Array.from({ length: rows }, (_, r) => [...(r === 0 ? [cell('质量宣传活动', { rowSpan: rows })] : []), cell(`第${r + 1}项宣传活动`, { align: 'left' }), cell('', { blank: true })]),
      [cell('其他', { colSpan: 2 }), cell('', { blank: true })],
    ],
  };
  return shortDocument({ body: [para('现将质量宣传活动统计表印发给你们，请认真填报。'), form] });
}
