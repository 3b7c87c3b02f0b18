/**
 * Documents for the DOCX renderer: the PDF fixtures (joint header with 文件,
 * forwarded notice, long form with merged cells, colophon) plus what only the
 * DOCX tests need — all four heading levels, a form too wide for portrait,
 * an image, a sealed signature with a generated PNG, an external PDF annex
 * and a redline.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Block, Document, TableBlock } from '../../src/document/model';
import { fullDocument, shortDocument } from './pdf-fixtures';

export { fullDocument, shortDocument };

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A red RGBA disc `size` pixels wide: a stand-in seal. */
export function redDiscPng(size: number): Buffer {
  const rows: Buffer[] = [];
  const r = size / 2;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const inside = (x + 0.5 - r) ** 2 + (y + 0.5 - r) ** 2 <= r * r;
      row.set(inside ? [255, 0, 0, 200] : [0, 0, 0, 0], 1 + x * 4);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

/** Seal and image files in a fresh temporary folder. */
export function writeAssets(): { seal: string; image: string; pdf: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'gongwen-docx-'));
  const seal = path.join(dir, 'seal.png');
  const image = path.join(dir, 'logo.png');
  const pdf = path.join(dir, '外部文件.pdf');
  writeFileSync(seal, redDiscPng(64));
  writeFileSync(image, redDiscPng(32));
  writeFileSync(pdf, '%PDF-1.4\n%%EOF\n');
  return { seal, image, pdf };
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
export function docxDocument(): Document {
  const assets = writeAssets();
  const doc = fullDocument({ seal: assets.seal, pdf: assets.pdf });
  doc.notice.body.push(...HEADINGS);
  doc.notice.annexes.push({
    label: '附件4',
    title: '宽表与图片',
    showTitle: true,
    content: { kind: 'blocks', blocks: [WIDE_FORM, { type: 'image', path: assets.image, widthFraction: 0.3, caption: '活动标志' }] },
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
