/**
 * A PNG's pixels as a PDF image needs them: decoded to 8-bit RGBA by UPNG,
 * split into RGB and alpha, and compressed by pako, the libraries pdf-lib used
 * for it, so the bytes are those pdf-lib wrote (Node's zlib compresses the
 * same pixels to other, equally valid bytes). A bundle of its own, loaded only
 * for a PNG not kept from an earlier build (picture.ts).
 */
import UPNG from '@pdf-lib/upng';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pako: { deflate(data: Uint8Array): Uint8Array } = require('pako');

export interface CompressedPng {
  width: number;
  height: number;
  /** The RGB samples, Flate-compressed. */
  rgb: Uint8Array;
  /** The alpha samples, Flate-compressed, when some pixel is not opaque. */
  alpha?: Uint8Array;
}

export function compressPng(file: Uint8Array): CompressedPng {
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
  return { width: image.width, height: image.height, rgb: pako.deflate(rgb), alpha: alpha.some((a) => a < 255) ? pako.deflate(alpha) : undefined };
}
