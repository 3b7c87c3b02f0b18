/**
 * Documents for the DOCX renderer: the PDF fixtures (joint header with 文件,
 * forwarded notice, long form with merged cells, colophon) plus what only the
 * DOCX tests need — all four heading levels, a form too wide for portrait,
 * an image, a sealed signature (pdf-assets' seal PNG), an external PDF annex
 * and a redline.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Block, Document, TableBlock } from '../../src/document/model';
import { externalPdf, sealPng } from './pdf-assets';
import { fullDocument, shortDocument } from './pdf-fixtures';

export { fullDocument, shortDocument };

/** Seal, image and external PDF files in a fresh temporary folder. */
export async function writeAssets(): Promise<{ seal: string; image: string; pdf: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gongwen-docx-'));
  const seal = sealPng(dir);
  return { seal, image: seal, pdf: await externalPdf(dir) };
}

export const HEADINGS: Block[] = [
  { type: 'heading', level: 1, number: '一、', title: '一级标题' },
  { type: 'heading', level: 2, number: '（一）', title: '二级标题' },
  { type: 'heading', level: 3, number: '1.', title: '三级标题。', runIn: [{ text: '三级标题后接正文。', font: 'fangsong' }] },
  { type: 'heading', level: 4, number: '（1）', title: '四级标题' },
];

/** Fourteen equal columns: too narrow for portrait. */
export const WIDE_FORM: TableBlock = {
  type: 'table',
  columns: Array.from({ length: 14 }, () => 1),
  headerRows: 1,
  fontSize: 'small',
  rows: [
    Array.from({ length: 14 }, (_, i) => ({ text: `栏目${i + 1}`, rowSpan: 1, colSpan: 1, align: 'center' as const, header: true })),
    Array.from({ length: 14 }, () => ({ text: '', rowSpan: 1, colSpan: 1, align: 'center' as const, blank: true })),
  ],
};

/** Everything: the full PDF fixture with a seal, headings, an image, a wide form and an external PDF. */
export async function docxDocument(): Promise<Document> {
  const assets = await writeAssets();
  const doc = fullDocument({ seal: assets.seal, pdf: assets.pdf });
  doc.notice.body.push(...HEADINGS);
  doc.notice.annexes.push({
    label: '附件4',
    title: '宽表与图片',
    showTitle: true,
    content: { kind: 'blocks', blocks: [WIDE_FORM, { type: 'image', path: assets.image, caption: '活动标志' }] },
  });
  doc.notice.annexList.push({ number: '4.', title: '宽表与图片' });
  return doc;
}

/** A redline: one inserted and one deleted run, tracked by the reviser. */
export function redlineDocument(): Document {
  const doc = shortDocument({
    body: [
      {
        type: 'paragraph',
        indent: 'first',
        align: 'justify',
        runs: [
          { text: '今年的主题是', font: 'fangsong' },
          { text: '质量强国', font: 'fangsong', revision: 'deleted' },
          { text: '质量强省', font: 'fangsong', revision: 'inserted' },
          { text: '。', font: 'fangsong' },
        ],
      },
    ],
  });
  doc.meta.revision = { author: '审核人', date: '2023-08-20' };
  return doc;
}
