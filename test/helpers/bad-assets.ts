/** Broken, hostile and oversized asset files, each made on the fly in `dir`. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { solidPng } from './png';

export const FIXTURES = path.resolve(__dirname, '../fixtures/annexes');


/** A grey PNG; with depth 1 a huge picture compresses to almost nothing. */
export const png = (width: number, height: number, depth: 1 | 8 = 8): Buffer => solidPng(width, height, 0, [0], depth);

export interface BadAsset {
  name: string;
  kind: 'image' | 'pdf';
  /** Makes the file (or folder, FIFO, link) in `dir` and returns its name relative to it. */
  make: (dir: string) => string | Promise<string>;
  message: RegExp;
}

const write = (dir: string, name: string, data: Buffer | string) => (writeFileSync(path.join(dir, name), data), name);

export const BAD_ASSETS: BadAsset[] = [
  { name: 'a text file named .png', kind: 'image', make: (d) => write(d, 'text.png', 'not a picture\n'), message: /不是 PNG 或 JPEG/ },
  { name: 'a truncated PNG', kind: 'image', make: (d) => write(d, 'cut.png', png(200, 100).subarray(0, 60)), message: /不完整/ },
  {
    name: 'a PNG with damaged pixel data',
    kind: 'image',
    make: (d) => {
      const b = png(200, 100);
      b.fill(0x55, 45, 60);
      return write(d, 'damaged.png', b);
    },
    message: /损坏/,
  },
  {
    name: 'a truncated JPEG',
    kind: 'image',
    make: (d) => {
      const jpeg = execFileSync('pdftoppm', ['-jpeg', '-r', '20', '-singlefile', path.join(FIXTURES, 'libreoffice.pdf')]);
      return write(d, 'cut.jpg', jpeg.subarray(0, Math.floor(jpeg.length * 0.7)));
    },
    message: /不完整/,
  },
  { name: 'a 110 KB PNG of 30000×30000 pixels', kind: 'image', make: (d) => write(d, 'huge.png', png(30000, 30000, 1)), message: /像素过多/ },
  {
    name: 'a file over the size cap',
    kind: 'image',
    make: (d) => {
      write(d, 'big.png', png(10, 10));
      truncateSync(path.join(d, 'big.png'), 64 * 1024 * 1024);
      return 'big.png';
    },
    message: /文件过大/,
  },
  { name: 'a folder', kind: 'image', make: (d) => (mkdirSync(path.join(d, 'folder.png')), 'folder.png'), message: /是一个文件夹/ },
  { name: 'a FIFO', kind: 'image', make: (d) => (execFileSync('mkfifo', [path.join(d, 'fifo.png')]), 'fifo.png'), message: /不是普通文件/ },
  { name: 'a link to /dev/zero', kind: 'image', make: (d) => (symlinkSync('/dev/zero', path.join(d, 'zero.png')), 'zero.png'), message: /指向活动文件夹以外/ },
  {
    name: 'a link inside the folder to a picture outside it',
    kind: 'image',
    make: (d) => {
      const outside = path.join(mkdtempSync(path.join(os.tmpdir(), 'gongwen-outside-')), 'outside.png');
      writeFileSync(outside, png(20, 20));
      symlinkSync(outside, path.join(d, 'linked.png'));
      return 'linked.png';
    },
    message: /指向活动文件夹以外/,
  },
  { name: 'an empty PDF', kind: 'pdf', make: (d) => write(d, 'empty.pdf', ''), message: /空的/ },
  { name: 'a picture named .pdf', kind: 'pdf', make: (d) => write(d, 'picture.pdf', png(10, 10)), message: /不是 PDF/ },
  {
    name: 'a truncated PDF',
    kind: 'pdf',
    make: (d) => write(d, 'cut.pdf', readFileSync(path.join(FIXTURES, 'libreoffice.pdf')).subarray(0, 20000)),
    message: /损坏或不完整/,
  },
  {
    name: 'a corrupt PDF',
    kind: 'pdf',
    make: (d) => {
      const b = readFileSync(path.join(FIXTURES, 'libreoffice.pdf'));
      for (let i = 2000; i < b.length - 2000; i += 97) b[i] = 0x41;
      return write(d, 'corrupt.pdf', b);
    },
    message: /损坏或不完整/,
  },
  {
    name: 'an encrypted PDF',
    kind: 'pdf',
    make: (d) => (copyFileSync(path.join(FIXTURES, 'libreoffice-encrypted.pdf'), path.join(d, 'locked.pdf')), 'locked.pdf'),
    message: /已加密/,
  },
  {
    name: 'a PDF with no pages',
    kind: 'pdf',
    make: async (d) => write(d, 'nopages.pdf', Buffer.from(await (await PDFDocument.create()).save({ addDefaultPage: false }))),
    message: /没有任何页面/,
  },
];

/** A campaign with an image annex and a PDF annex; `paths` replaces either. Returns the line of each path. */
export function assetCampaign(paths: { image?: string; pdf?: string; seal?: string }): { yaml: string; imageLine: number; pdfLine: number } {
  const lines = [
    'kind: notice',
    'year: 2023',
    'issuers:',
    '  - name: 福建省质量强省工作领导小组办公室',
    '    short: 闽质强省办',
    'title: 关于测试附件的通知',
    'addressees:',
    '  - 省委宣传部',
    'body:',
    '  - 请见{{ref:pic}}和{{ref:doc}}。',
    'signature:',
    '  date: 2023-09-01',
    ...(paths.seal ? [`  seal: ${paths.seal}`] : []),
    'annexes:',
    '  - id: pic',
    '    kind: image',
    '    title: 图片',
    `    path: ${paths.image ?? 'good.png'}`,
    '  - id: doc',
    '    kind: pdf',
    '    title: 外部文件',
    `    path: ${paths.pdf ?? 'good.pdf'}`,
  ];
  return { yaml: `${lines.join('\n')}\n`, imageLine: lines.findIndex((l) => l.includes('    path:')) + 1, pdfLine: lines.length };
}
