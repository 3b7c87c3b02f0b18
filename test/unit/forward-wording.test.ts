/**
 * How a notice cites the document it forwards or publishes: a title holding
 * book-title marks of its own is quoted with 〈〉 inside 《》 (GB/T 15834), and
 * the forwarding sentence calls the document by its kind (《意见》, 《方案》),
 * 《通知》 only when it is one. The seeds' wording is unchanged (seed tests).
 */
import type { Document } from '../../src/document/model';
import { renderText } from '../../src/render/text';
import { composeLines as compose } from '../helpers/compose-lines';


const forwarding = (title: string) => [
  'kind: forward',
  'year: 2025',
  'forwards: upper',
  'issuers:',
  '  - name: 漳州市市场监督管理局',
  '    short: 漳市监',
  'opening: 请认真贯彻落实。',
  'annexes:',
  '  - id: upper',
  '    kind: notice',
  `    title: ${title}`,
  '    issuers: [{ name: 福建省市场监督管理局, short: 闽市监 }]',
  '    number: { year: 2025, seq: 12 }',
];
const lineWith = (doc: Document, start: string) => renderText(doc).split('\n').find((l) => l.trimStart().startsWith(start));

describe('citing a forwarded document', () => {
  test('a title that quotes another is cited with 〈〉 inside 《》, in the opening and the annex list', async () => {
    const doc = await compose(forwarding('福建省市场监督管理局关于印发《福建省2025年“质量月”活动方案》的通知'));
    const quoted = '《福建省市场监督管理局关于印发〈福建省2025年“质量月”活动方案〉的通知》';
    expect(lineWith(doc, '现将')).toBe(`　　现将${quoted}（闽市监〔2025〕12号）（以下简称《通知》，见附件）转发给你们。请认真贯彻落实。`);
    expect(lineWith(doc, '附件：')).toBe(`　　附件：${quoted}（闽市监〔2025〕12号）`);
    // The notice's own title is not inside 《》: the forwarded title is written as it is.
    expect(doc.notice.title).toBe('漳州市市场监督管理局转发福建省市场监督管理局关于印发《福建省2025年“质量月”活动方案》的通知');
  });

  test.each([
    ['福建省质量强省工作领导小组关于加快推进质量强省建设的意见', '意见'],
    ['福建省2025年质量强省工作要点', '要点'],
    ['福建省质量提升行动实施方案', '方案'],
    ['市场监管总局等关于开展2025年全国“质量月”活动的通知', '通知'],
  ])('%s is called 《%s》', async (title, kind) => {
    const doc = await compose(forwarding(title));
    expect(lineWith(doc, '现将')).toContain(`（以下简称《${kind}》，见附件）`);
  });
});

test('a published plan whose title quotes another is cited with 〈〉 in the notice’s title', async () => {
  const doc = await compose([
    'kind: notice',
    'year: 2025',
    'publishes: plan',
    'issuers:',
    '  - name: 漳州市市场监督管理局',
    'annexes:',
    '  - id: plan',
    '    kind: listed',
    '    title: 漳州市贯彻《质量强国建设纲要》实施方案',
  ]);
  expect(doc.notice.title).toBe('漳州市市场监督管理局关于印发《漳州市贯彻〈质量强国建设纲要〉实施方案》的通知');
});
