/** A face embedded again (a rebuild under --watch) carries exactly the glyphs this PDF draws, reused or not. */
import { inflateSync } from 'node:zlib';
import { loadFont, resolveFonts, subsetFont } from '../../src/fonts';
import { embedFont } from '../../src/render/pdf/embed-font';
import { FlateStreams } from '../../src/render/pdf/flate-streams';
import { PdfFile } from '../../src/render/pdf/pdf-file';
import { PDFDocument, PDFName, PDFRef, type PDFArray, type PDFDict, type PDFRawStream } from 'pdf-lib';

const noto = resolveFonts({ systemDirs: [], env: {} });
const font = loadFont(noto.songti.file, noto.songti.index);
const gid = (ch: string) => font.glyphId(ch.codePointAt(0)!);

/** Embeds the glyphs of `text` in a new PDF: the font program as written, and the CIDs. */
async function embed(text: string) {
  const file = new PdfFile();
  const streams = new FlateStreams(file, 1);
  const embedded = embedFont(file, streams, font, new Map([...text].map((ch) => [gid(ch), ch])));
  await streams.done();
  const pdf = await PDFDocument.load(file.bytes({ Root: file.register({ Type: 'Catalog' }), Info: file.register({}) }), { updateMetadata: false });
  const type0 = pdf.context.lookup(PDFRef.of(embedded.ref.number)) as PDFDict;
  const cidFont = pdf.context.lookup((type0.get(PDFName.of('DescendantFonts')) as PDFArray).get(0)) as PDFDict;
  const descriptor = pdf.context.lookup(cidFont.get(PDFName.of('FontDescriptor'))) as PDFDict;
  const stream = pdf.context.lookup(descriptor.get(PDFName.of('FontFile2'))) as PDFRawStream;
  return { program: inflateSync(stream.getContents()), cid: embedded.cid };
}

/** The subset of exactly the glyphs of `text`, made afresh. */
const subsetOf = (text: string) => subsetFont(font, [...text].map(gid)).bytes;

test('each embedding holds the glyphs of its own text: a new character is added, a character no longer drawn is gone', async () => {
  const first = await embed('质量');
  const more = await embed('质量月');
  const again = await embed('质量');
  expect(first.program.equals(subsetOf('质量'))).toBe(true);
  expect(more.program.equals(subsetOf('质量月'))).toBe(true);
  expect([...more.cid.keys()]).toContain(gid('月'));
  expect(again.program.equals(subsetOf('质量'))).toBe(true);
  expect([...again.cid.keys()]).not.toContain(gid('月'));
});
