/** The file writer's layout: header, objects in number order, a cross-reference table whose entries point at them. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, PDFRef, type PDFRawStream } from 'pdf-lib';
import { PdfFile } from '../../src/render/pdf/pdf-file';
import { Literal } from '../../src/render/pdf/pdf-syntax';
import { tempDir } from '../helpers/cli';
import { popplerComplaints, structureFaults } from '../helpers/pdf-structure';

/** A one-page file whose objects are assigned out of order, with a number taken and never used. */
function sampleFile() {
  const file = new PdfFile();
  const pages = file.nextRef();
  const catalog = file.nextRef();
  const content = file.nextRef();
  file.nextRef(); // taken, never assigned: the table gets a second subsection
  const page = file.register({ Type: 'Page', Parent: pages, Resources: {}, MediaBox: [0, 0, 595.2755905511812, 841.8897637795276], Contents: content });
  file.assignStream(content, {}, Buffer.from('0 0 1 rg 100 100 200 300 re f', 'latin1'));
  file.assign(pages, { Type: 'Pages', Kids: [page], Count: 1 });
  file.assign(catalog, { Type: 'Catalog', Pages: pages, Lang: new Literal('zh-CN') });
  const info = file.register({ Producer: new Literal('test') });
  return { bytes: file.bytes({ Root: catalog, Info: info }), content, largest: file.largest };
}

test('the cross-reference table points at every object, across a gap in the numbers; /Size follows the highest number taken', () => {
  const { bytes, largest } = sampleFile();
  expect(structureFaults(bytes)).toEqual([]);
  const text = bytes.toString('latin1');
  expect(text.startsWith('%PDF-1.7\n%\x81\x81\x81\x81\n\n1 0 obj\n')).toBe(true);
  expect(text).toMatch(/\nxref\n0 4\n0000000000 65535 f \n(\d{10} 00000 n \n){3}5 2\n/);
  expect(text).toContain(`/Size ${largest + 1}\n`);
});

test('the structure check finds a table that points wrong and a stream of the wrong length', () => {
  const { bytes } = sampleFile();
  const text = bytes.toString('latin1');
  const shifted = Buffer.from(text.replace(/\n(\d{10}) 00000 n \n5 2/, (_, o: string) => `\n${String(Number(o) + 1).padStart(10, '0')} 00000 n \n5 2`), 'latin1');
  expect(structureFaults(shifted)).toEqual(['xref entry 3 points at ' + (Number(/\n(\d{10}) 00000 n \n5 2/.exec(text)![1]) + 1) + ', not at its object']);
  const longer = Buffer.from(text.replace('/Length 29', '/Length 28'), 'latin1');
  expect(structureFaults(longer)).toHaveLength(1);
});

test('pdf-lib and poppler read the file without a complaint, the stream as written', async () => {
  const { bytes, content } = sampleFile();
  const file = path.join(tempDir('gongwen-pdf-file-'), 'sample.pdf');
  writeFileSync(file, bytes);
  expect(popplerComplaints(file)).toBe('');
  const pdf = await PDFDocument.load(bytes, { throwOnInvalidObject: true, updateMetadata: false });
  expect(pdf.getPageCount()).toBe(1);
  expect(Buffer.from((pdf.context.lookup(PDFRef.of(content.number)) as PDFRawStream).getContents()).toString('latin1')).toBe('0 0 1 rg 100 100 200 300 re f');
});
