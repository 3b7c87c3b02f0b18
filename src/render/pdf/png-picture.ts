/**
 * A PNG as an image XObject: decoded to 8-bit RGBA by UPNG and compressed by
 * pako, the libraries pdf-lib used for it, so the bytes are those pdf-lib
 * wrote (Node's zlib compresses the same pixels to other, equally valid bytes).
 */
import UPNG from '@pdf-lib/upng';
import type { Picture } from './picture';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pako: { deflate(data: Uint8Array): Uint8Array } = require('pako');

export function pngPicture(file: Uint8Array): Picture {
  const image = UPNG.decode(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
  const frames = UPNG.toRGBA8(image);
  if (frames.length > 1) throw new Error('Animated PNGs are not supported');
  const rgba = new Uint8Array(frames[0]);
  const pixels = rgba.length >> 2;
  const rgb = new Uint8Array(pixels * 3);
  const alpha = new Uint8Array(pixels);
  for (let i = 0; i < pixels; i++) {
    rgb[3 * i] = rgba[4 * i];
    rgb[3 * i + 1] = rgba[4 * i + 1];
    rgb[3 * i + 2] = rgba[4 * i + 2];
    alpha[i] = rgba[4 * i + 3];
  }
  const { width, height } = image;
  const mask = alpha.some((a) => a < 255)
    ? { dict: { Type: 'XObject', Subtype: 'Image', Height: height, Width: width, BitsPerComponent: 8, ColorSpace: 'DeviceGray', Decode: [0, 1], Filter: 'FlateDecode' }, bytes: pako.deflate(alpha) }
    : undefined;
  return {
    dict: (smask) => ({ Type: 'XObject', Subtype: 'Image', BitsPerComponent: 8, Width: width, Height: height, ColorSpace: 'DeviceRGB', SMask: smask, Filter: 'FlateDecode' }),
    bytes: pako.deflate(rgb),
    mask,
  };
}
