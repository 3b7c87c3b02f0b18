/**
 * Pictures (the seal) as the PDF writer embeds them without pdf-lib: a PNG as RGB with its transparency as a
 * soft mask, a JPEG as its own bytes. Read back with poppler's pdfimages: each image's kind, size and colours,
 * and a PNG's pixels extracted again equal the source's.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import UPNG from '@pdf-lib/upng';
import { readImageHeader, type ImageHeader } from '../../src/assets/image-file';
import { renderPdf } from '../../src/render/pdf';
import { readPicture } from '../../src/render/pdf/picture';
import { tempDir } from '../helpers/cli';
import { sealPng } from '../helpers/pdf-assets';
import { shortDocument } from '../helpers/pdf-fixtures';
import { solidPng } from '../helpers/png';
import { structureFaults } from '../helpers/pdf-structure';

const FIXTURE = path.resolve(__dirname, '../fixtures/annexes/libreoffice.pdf');
const dir = tempDir('gongwen-pictures-');

/** The notice sealed with `seal`, written: its file, and pdfimages' rows (type width height color comp bpc enc). */
async function sealed(seal: string) {
  const { bytes } = await renderPdf(shortDocument({ signature: { names: ['福建省质量强省工作领导小组办公室'], date: '2023年9月1日', seal: { path: seal, aspect: 1 } } }));
  expect(structureFaults(bytes)).toEqual([]);
  const file = `${seal}.pdf`;
  writeFileSync(file, bytes);
  const rows = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return { file, images: rows.map((r) => r.trim().split(/\s+/).slice(2, 9).join(' ')) };
}

const rgbaOf = (png: Buffer) => {
  const image = UPNG.decode(png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer);
  return { width: image.width, height: image.height, rgba: new Uint8Array(UPNG.toRGBA8(image)[0]) };
};

test('a PNG with transparent pixels: an RGB image and a grey soft mask, whose pixels are the source\'s', async () => {
  const seal = sealPng(dir, 48);
  const { file, images } = await sealed(seal);
  expect(images).toEqual(['image 48 48 rgb 3 8 image', 'smask 48 48 gray 1 8 image']);
  const out = path.join(dir, 'extracted');
  execFileSync('pdfimages', ['-png', file, out]);
  const [image, mask] = readdirSync(dir).filter((f) => f.startsWith('extracted')).sort().map((f) => rgbaOf(readFileSync(path.join(dir, f))));
  const source = rgbaOf(readFileSync(seal));
  for (let i = 0; i < 48 * 48; i++) {
    expect([image.rgba[4 * i], image.rgba[4 * i + 1], image.rgba[4 * i + 2], mask.rgba[4 * i]]).toEqual([...source.rgba.subarray(4 * i, 4 * i + 4)]);
  }
});

test('an opaque PNG has no soft mask; a grey one is drawn in RGB', async () => {
  const grey = path.join(dir, 'grey.png');
  writeFileSync(grey, solidPng(20, 10, 0, [128]));
  expect((await sealed(grey)).images).toEqual(['image 20 10 rgb 3 8 image']);
});

test('a JPEG is embedded as it is, its size as the file gives it', async () => {
  const seal = path.join(dir, 'colour.jpg');
  writeFileSync(seal, execFileSync('pdftoppm', ['-jpeg', '-r', '10', '-singlefile', FIXTURE]));
  const header = readImageHeader(readFileSync(seal)) as ImageHeader;
  const { file, images } = await sealed(seal);
  expect(images).toEqual([`image ${header.width} ${header.height} rgb 3 8 jpeg`]);
  expect(readFileSync(file).includes(readFileSync(seal))).toBe(true);
});

test('a JPEG\'s colour space follows its components: grey, RGB, or CMYK stored inverted', async () => {
  const jpeg = execFileSync('pdftoppm', ['-jpeg', '-r', '10', '-singlefile', FIXTURE]);
  const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
  expect(sof).toBeGreaterThan(0);
  for (const [components, space, decode] of [
    [1, 'DeviceGray', undefined],
    [3, 'DeviceRGB', undefined],
    [4, 'DeviceCMYK', [1, 0, 1, 0, 1, 0, 1, 0]],
  ] as const) {
    const file = path.join(dir, `c${components}.jpg`);
    const patched = Buffer.from(jpeg);
    patched[sof + 9] = components;
    writeFileSync(file, patched);
    const dict = (await readPicture(file)).dict(undefined);
    expect(dict).toMatchObject({ Subtype: 'Image', ColorSpace: space, Filter: 'DCTDecode', BitsPerComponent: 8 });
    expect(dict.Decode).toEqual(decode);
  }
});
