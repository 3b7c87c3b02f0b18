/** A short document's streams are compressed on the main thread, a long one's on the thread pool: the file's bytes are the same. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { PDFDocument, PDFRef, type PDFRawStream } from 'pdf-lib';
import { FlateStreams, MAIN_THREAD_PAGES } from '../../src/render/pdf/flate-streams';
import { PdfFile } from '../../src/render/pdf/pdf-file';

/** Streams of several sizes (a font program among them), one with extra dictionary entries. */
const DATA = [
  readFileSync(path.join(__dirname, '../../campaigns/2023.yaml')),
  Buffer.from('BT /F1 16 Tf 10 10 Td <0001> Tj ET\n'.repeat(400), 'latin1'),
  readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')).subarray(0, 300_000),
  Buffer.alloc(0),
];

async function pdfWithStreams(pages: number) {
  const file = new PdfFile();
  const streams = new FlateStreams(file, pages);
  const refs = DATA.map((data, i) => (i === 2 ? streams.addCompressed(streams.compress(data), { Length1: data.length }) : streams.add(data)));
  await streams.done();
  const bytes = file.bytes({ Root: file.register({ Type: 'Catalog' }), Info: file.register({}) });
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const contents = refs.map((ref) => inflateSync((pdf.context.lookup(PDFRef.of(ref.number)) as PDFRawStream).getContents()));
  return { bytes, contents };
}

test('the same bytes whether the streams were compressed on the main thread or on the thread pool', async () => {
  const here = await pdfWithStreams(MAIN_THREAD_PAGES);
  const pool = await pdfWithStreams(MAIN_THREAD_PAGES + 1);
  expect(here.contents.map((c, i) => c.equals(DATA[i]))).toEqual(DATA.map(() => true));
  expect(here.bytes.length).toBeGreaterThan(1000);
  expect(here.bytes.equals(pool.bytes)).toBe(true);
  expect(here.bytes.toString('latin1')).toContain('/Filter /FlateDecode\n/Length1 300000\n');
});
