/** A short document's streams are compressed on the main thread, a long one's on the thread pool: the file's bytes are the same. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import type { PDFRawStream } from 'pdf-lib';
import { FlateStreams, MAIN_THREAD_PAGES } from '../../src/render/pdf/flate-streams';
import { pdfLib } from '../../src/render/pdf/pdf-lib';

/** Streams of several sizes (a font program among them), one with extra dictionary entries. */
const DATA = [
  readFileSync(path.join(__dirname, '../../campaigns/2023.yaml')),
  Buffer.from('BT /F1 16 Tf 10 10 Td <0001> Tj ET\n'.repeat(400), 'latin1'),
  readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')).subarray(0, 300_000),
  Buffer.alloc(0),
];

async function pdfWithStreams(pages: number) {
  const pdf = await pdfLib.PDFDocument.create({ updateMetadata: false });
  const streams = new FlateStreams(pdf.context, pages);
  const refs = DATA.map((data, i) => (i === 2 ? streams.addCompressed(streams.compress(data), { Length1: data.length }) : streams.add(data)));
  await streams.done();
  const contents = refs.map((ref) => inflateSync((pdf.context.lookup(ref) as PDFRawStream).getContents()));
  return { bytes: Buffer.from(await pdf.save({ useObjectStreams: false })), contents };
}

test('the same bytes whether the streams were compressed on the main thread or on the thread pool', async () => {
  const here = await pdfWithStreams(MAIN_THREAD_PAGES);
  const pool = await pdfWithStreams(MAIN_THREAD_PAGES + 1);
  expect(here.contents.map((c, i) => c.equals(DATA[i]))).toEqual(DATA.map(() => true));
  expect(here.bytes.length).toBeGreaterThan(1000);
  expect(here.bytes.equals(pool.bytes)).toBe(true);
  expect(here.bytes.toString('latin1')).toContain('/Filter /FlateDecode\n/Length1 300000\n');
});
