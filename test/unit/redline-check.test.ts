import { paragraphTexts, untrackedParagraphs } from '../../src/review/redline-check';

const p = (inner: string) => `<w:p><w:pPr><w:jc w:val="both"/></w:pPr>${inner}</w:p>`;
const t = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const ins = (text: string) => `<w:ins w:id="1" w:author="a" w:date="2023-09-01T00:00:00Z">${t(text)}</w:ins>`;
const del = (text: string) => `<w:del w:id="2" w:author="a" w:date="2023-09-01T00:00:00Z"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
const doc = (...paragraphs: string[]) => `<w:document><w:body>${paragraphs.join('')}</w:body></w:document>`;

describe('the redline check: accept all gives the new notice, reject all the old one', () => {
  test('paragraph texts with every revision accepted, or rejected', () => {
    const xml = doc(p(t('闽质强省办〔') + del('2021') + ins('2023') + t('〕7号')), p(del('删去的一段')));
    expect(paragraphTexts(xml, 'accept')).toEqual(['闽质强省办〔2023〕7号']);
    expect(paragraphTexts(xml, 'reject')).toEqual(['闽质强省办〔2021〕7号', '删去的一段']);
  });

  test('a complete redline passes, numbers aside', () => {
    const old = doc(p(t('一、总体要求')), p(t('二、工作要求')));
    const neu = doc(p(t('一、新增一节')), p(t('二、总体要求')), p(t('三、工作要求')));
    const red = doc(p(t('一、') + ins('新增一节')), p(t('二、总体要求')), p(t('三、工作要求')));
    expect(untrackedParagraphs(red, old, neu)).toEqual([]);
  });

  test('a new value shown as plain text is named: the redline would hide it', () => {
    const old = doc(p(t('成文日期2021年8月27日')));
    const neu = doc(p(t('成文日期2023年9月1日')));
    expect(untrackedParagraphs(neu, old, neu)).toEqual(['拒绝全部修订后与原文件不同：原文件中“成文日期2021年8月27日”', '拒绝全部修订后与原文件不同：修订稿中“成文日期2023年9月1日”']);
  });

  test('a change missing from the redline altogether is named against the new notice', () => {
    const old = doc(p(t('（此件主动公开）')));
    const neu = doc(p(t('（此件依申请公开）')));
    expect(untrackedParagraphs(old, old, neu)).toEqual(['接受全部修订后与新文件不同：新文件中“（此件依申请公开）”', '接受全部修订后与新文件不同：修订稿中“（此件主动公开）”']);
  });
});
