/**
 * A picture (the seal, a scanned annex) as an image XObject, made exactly as
 * pdf-lib made it: a JPEG's own bytes under DCTDecode; a PNG decoded to 8-bit
 * RGB, compressed, with its alpha channel (when any pixel is not opaque) as a
 * soft mask of its own (png-picture.ts). Compressing a seal's pixels with
 * pako took a sealed notice's build longer than all the rest, so a PNG's
 * compressed pixels are kept in the user's cache folder, the last for each
 * picture file, and used only for the same file (path, size, modification
 * time, CRC-32 of its bytes) and the same code (both bundles' SHA-1); outside
 * a bundle (the tests) or without a cache folder they are made afresh.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { bundleStore, readKeptFile, writeKeptFile, type KeptStore } from '../../startup/kept-file';
import type { PdfDict, Ref } from './pdf-syntax';
import type { CompressedPng } from './png-picture';

export interface Picture {
  /** The XObject's dictionary (without /Length), given its soft mask's object. */
  dict(mask: Ref | undefined): PdfDict;
  bytes: Uint8Array;
  /** The soft mask of a PNG that has transparent pixels. */
  mask?: { dict: PdfDict; bytes: Uint8Array };
}

/** Start-of-frame markers, as pdf-lib looks for them. */
const FRAME_MARKERS = [0xffc0, 0xffc1, 0xffc2, 0xffc3, 0xffc5, 0xffc6, 0xffc7, 0xffc8, 0xffc9, 0xffca, 0xffcb, 0xffcc, 0xffcd, 0xffce, 0xffcf];
const COLOUR_SPACE: Record<number, string | undefined> = { 1: 'DeviceGray', 3: 'DeviceRGB', 4: 'DeviceCMYK' };

function jpegPicture(bytes: Buffer): Picture {
  if (bytes.readUInt16BE(0) !== 0xffd8) throw new Error('SOI not found in JPEG');
  let pos = 2;
  let marker = 0;
  while (pos < bytes.length) {
    marker = bytes.readUInt16BE(pos);
    pos += 2;
    if (FRAME_MARKERS.includes(marker)) break;
    pos += bytes.readUInt16BE(pos);
  }
  if (!FRAME_MARKERS.includes(marker)) throw new Error('Invalid JPEG');
  const colourSpace = COLOUR_SPACE[bytes[pos + 7]];
  if (!colourSpace) throw new Error('Unknown JPEG channel.');
  const entries = { Type: 'XObject', Subtype: 'Image', BitsPerComponent: bytes[pos + 2], Width: bytes.readUInt16BE(pos + 5), Height: bytes.readUInt16BE(pos + 3), ColorSpace: colourSpace };
  // CMYK JPEGs are mostly stored inverted (Adobe's convention), so the samples are decoded 1 → 0.
  const decode = colourSpace === 'DeviceCMYK' ? [1, 0, 1, 0, 1, 0, 1, 0] : undefined;
  return { dict: () => ({ ...entries, Filter: 'DCTDecode', Decode: decode }), bytes };
}

function pngPicture({ width, height, rgb, alpha }: CompressedPng): Picture {
  return {
    dict: (mask) => ({ Type: 'XObject', Subtype: 'Image', BitsPerComponent: 8, Width: width, Height: height, ColorSpace: 'DeviceRGB', SMask: mask, Filter: 'FlateDecode' }),
    bytes: rgb,
    mask: alpha && { dict: { Type: 'XObject', Subtype: 'Image', Height: height, Width: width, BitsPerComponent: 8, ColorSpace: 'DeviceGray', Decode: [0, 1], Filter: 'FlateDecode' }, bytes: alpha },
  };
}

/** The picture file a kept PNG was made from. */
interface Source {
  file: string;
  size: number;
  mtimeMs: number;
  crc: number;
}

interface Header {
  maker: string;
  source: Source;
  width: number;
  height: number;
  /** The compressed RGB's length; the compressed alpha, if any, follows it. */
  rgbLength: number;
}

const keptFileOf = (file: string, folder: string) => path.join(folder, `picture-${crc32(file).toString(16)}.bin`);

function readKept(source: Source, { folder, maker }: KeptStore): CompressedPng | undefined {
  const kept = readKeptFile<Header>(keptFileOf(source.file, folder));
  if (!kept) return undefined;
  const { header, bytes } = kept;
  if (header.maker !== maker || (['file', 'size', 'mtimeMs', 'crc'] as const).some((k) => header.source?.[k] !== source[k])) return undefined;
  const alpha = bytes.subarray(header.rgbLength);
  return { width: header.width, height: header.height, rgb: bytes.subarray(0, header.rgbLength), alpha: alpha.length ? alpha : undefined };
}

async function compressedPng(file: string, bytes: Buffer, store: KeptStore | undefined): Promise<CompressedPng> {
  const stat = store && statSync(file);
  const source = stat && { file: path.resolve(file), size: stat.size, mtimeMs: stat.mtimeMs, crc: crc32(bytes) };
  const kept = source && readKept(source, store!);
  if (kept) return kept;
  const png = (await import('./png-picture')).compressPng(bytes);
  if (source) {
    const header: Header = { maker: store!.maker, source, width: png.width, height: png.height, rgbLength: png.rgb.length };
    writeKeptFile(keptFileOf(source.file, store!.folder), header, png.alpha ? Buffer.concat([png.rgb, png.alpha]) : png.rgb);
  }
  return png;
}

export async function readPicture(file: string, store = bundleStore(['png-picture'])): Promise<Picture> {
  const bytes = readFileSync(file);
  if (bytes.toString('latin1', 0, 4) !== '\x89PNG') return jpegPicture(bytes);
  return pngPicture(await compressedPng(file, bytes, store));
}
