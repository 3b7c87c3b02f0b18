/**
 * A JPEG under 4 KiB (a small scanned seal, a thumbnail annex) is drawn: Node reads so small a file into a slice
 * of its shared buffer pool, and pdf-lib's JPEG reader used to read that pool from its start and fail the whole
 * build with “SOI not found in JPEG” (exit 2, nothing written) — or not, as the pool happened to lie.
 */
import { execFileSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderPdf } from '../../src/render/pdf';
import { tempDir } from '../helpers/cli';
import { shortDocument } from '../helpers/pdf-fixtures';
import { pdfLib } from '../../src/render/pdf/pdf-lib';

const FIXTURE = path.resolve(__dirname, '../fixtures/annexes/libreoffice.pdf');

test('a 3 KB JPEG seal is embedded, as a JPEG, every time', async () => {
  const dir = tempDir('gongwen-small-jpeg-');
  const seal = path.join(dir, 'seal.jpg');
  writeFileSync(seal, execFileSync('pdftoppm', ['-jpeg', '-r', '20', '-singlefile', FIXTURE]));
  expect(statSync(seal).size).toBeLessThan(4096);
  const doc = shortDocument({ signature: { names: ['福建省质量强省工作领导小组办公室'], date: '2023年9月1日', seal: { path: seal, aspect: 1 } } });
  for (let i = 0; i < 5; i++) {
    // a few small allocations between builds, so the file lands at different places in the pool
    Buffer.allocUnsafe(1 + i * 97);
    const { bytes } = await renderPdf(doc);
    const pdf = await pdfLib.PDFDocument.load(bytes);
    const filters = pdf.context.enumerateIndirectObjects().map(([, o]) => String((o as { dict?: { get(n: unknown): unknown } }).dict?.get(pdfLib.PDFName.of('Filter')) ?? ''));
    expect(filters).toContain('/DCTDecode');
  }
});
