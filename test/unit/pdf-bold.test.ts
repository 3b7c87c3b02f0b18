/**
 * Bold (a level-3 heading, faux bold by stroking the outline) ends where the
 * heading ends: its run-in text and the next paragraph are drawn plain.
 */
import type { Document } from '../../src/document/model';
import { renderPdf } from '../../src/render/pdf';
import { loadPdf, pageContent, strokedGlyphs } from '../helpers/pdf-streams';

const HEADING = '1.生产企业执行情况。';
const document: Document = {
  meta: { title: '加粗', author: '测试', subject: '', keywords: [], date: '2025-01-01', draft: false },
  notice: {
    body: [
      { type: 'heading', level: 3, number: '1.', title: '生产企业执行情况。', runIn: [{ text: '了解企业执行标准的情况。', font: 'fangsong' }] },
      { type: 'paragraph', indent: 'first', align: 'justify', runs: [{ text: '对照国际和国外标准，分析技术指标的先进性和可操作性。', font: 'fangsong' }] },
      { type: 'heading', level: 1, number: '二、', title: '工作方式' },
    ],
    annexList: [],
    annexes: [],
  },
};

test('only the heading’s own glyphs are stroked; the run-in text, the paragraph and the 黑体 heading after it are not', async () => {
  const pdf = await loadPdf((await renderPdf(document)).bytes);
  expect(strokedGlyphs(pageContent(pdf, 0))).toBe([...HEADING].length);
});

test('the measure counts what a viewer strokes: mode 2 lasts past ET until Q', () => {
  expect(strokedGlyphs('BT 2 Tr <01> Tj ET BT <02> Tj ET')).toBe(2);
  expect(strokedGlyphs('q BT 2 Tr <01> Tj ET Q BT <02> Tj ET')).toBe(1);
});
