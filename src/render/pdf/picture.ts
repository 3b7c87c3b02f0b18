/**
 * A picture (the seal, a scanned annex) as an image XObject, made exactly as
 * pdf-lib made it: a JPEG's own bytes under DCTDecode; a PNG decoded to 8-bit
 * RGB, compressed, with its alpha channel (when any pixel is not opaque) as a
 * soft mask of its own. The PNG work is in png-picture.ts, a bundle of its
 * own loaded only for a PNG.
 */
import { readFileSync } from 'node:fs';
import type { PdfDict, Ref } from './pdf-syntax';

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

export async function readPicture(file: string): Promise<Picture> {
  const bytes = readFileSync(file);
  if (bytes.toString('latin1', 0, 4) === '\x89PNG') return (await import('./png-picture')).pngPicture(bytes);
  return jpegPicture(bytes);
}
