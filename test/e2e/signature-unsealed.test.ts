/**
 * An unsealed signature as a ruler reads it in our PDF (§7.3.5): the issuer
 * 右空二字, the date starting two characters right of the issuer's first
 * character — measured on the printed glyphs, whose Arabic digits are wider
 * than half a character in the body face.
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import type { Document } from '../../src/document/model';
import { renderPdf } from '../../src/render/pdf';
import { PAGE } from '../../src/style/gbt9704';
import { tempDir } from '../helpers/cli';
import { readWords } from '../helpers/pdf-poppler';

const CELL_MM = PAGE.textWidthMm / PAGE.charsPerLine;
const BLOCK_RIGHT_MM = PAGE.marginLeftMm + PAGE.textWidthMm;

const signed = (date: string): Document => ({
  meta: { title: '落款', author: '测试', subject: '', keywords: [], date: '2025-10-09', draft: false },
  notice: {
    body: [{ type: 'paragraph', indent: 'first', align: 'justify', runs: [{ text: '感谢贵单位对全省标准化工作的大力支持。', font: 'fangsong' }] }],
    annexList: [],
    signature: { names: ['福建省市场监督管理局办公室'], date },
    annexes: [],
  },
});

test.each(['2025年10月9日', '2025年12月31日'])('issuer 右空二字; the date %s starts two characters right of the issuer’s first character', async (date) => {
  const file = path.join(tempDir('gongwen-signature-'), 'signed.pdf');
  writeFileSync(file, (await renderPdf(signed(date))).bytes);
  const words = readWords(file).flat();
  const issuer = words.find((w) => w.text === '福建省市场监督管理局办公室')!;
  const dated = words.find((w) => w.text === date)!;
  expect(BLOCK_RIGHT_MM - issuer.right).toBeCloseTo(2 * CELL_MM, 0);
  expect(Math.abs(dated.left - issuer.left - 2 * CELL_MM)).toBeLessThan(0.5);
});
