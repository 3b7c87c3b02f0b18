/**
 * PNG and JPEG files read without a decoder library: the header gives the
 * pixel size (so an oversized picture is refused before anything is
 * inflated), and a full walk of the file proves it is complete and decodable
 * as far as the PDF and DOCX writers will need it.
 */
import type { AssetFault } from './fault';

export type ImageFormat = 'png' | 'jpeg';

export interface ImageHeader {
  format: ImageFormat;
  width: number;
  height: number;
  /** Pixels per inch the file declares (PNG pHYs, JPEG JFIF), if any. */
  dpi?: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function imageFormat(b: Uint8Array): ImageFormat | undefined {
  if (b.length >= 8 && Buffer.from(b.subarray(0, 8)).equals(PNG_SIGNATURE)) return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  return undefined;
}

const isFrameMarker = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

/** Format and pixel size from the first bytes of the file, or why they cannot be read. */
export function readImageHeader(b: Buffer): ImageHeader | AssetFault {
  const format = imageFormat(b);
  if (!format) return { message: '不是 PNG 或 JPEG 图片', english: 'not a PNG or JPEG image' };
  if (format === 'png') {
    if (b.length < 33 || b.toString('latin1', 12, 16) !== 'IHDR') return truncated;
    return { format, width: b.readUInt32BE(16), height: b.readUInt32BE(20), dpi: pngDpi(b) };
  }
  let dpi: number | undefined;
  for (const seg of jpegSegments(b)) {
    if ('fault' in seg) return seg.fault;
    if (seg.marker === 0xe0 && seg.length >= 16 && b.toString('latin1', seg.start, seg.start + 5) === 'JFIF\0') {
      const units = b[seg.start + 7];
      const density = b.readUInt16BE(seg.start + 8);
      if (density > 0 && (units === 1 || units === 2)) dpi = units === 1 ? density : density * 2.54;
    }
    if (isFrameMarker(seg.marker)) {
      if (seg.length < 8) return corrupt;
      // After the length: precision, height, width, number of components.
      return { format, height: b.readUInt16BE(seg.start + 1), width: b.readUInt16BE(seg.start + 3), dpi };
    }
  }
  return truncated;
}

/**
 * Whether what lies under the picture can show through it: a PNG with an alpha channel (colour types 4 and 6)
 * or a transparent colour (a tRNS chunk); a JPEG never.
 */
export function hasTransparency(b: Buffer): boolean {
  if (imageFormat(b) !== 'png' || b.length < 33) return false;
  const colourType = b[25];
  if (colourType === 4 || colourType === 6) return true;
  for (let p = 8; p + 8 <= b.length; ) {
    const type = b.toString('latin1', p + 4, p + 8);
    if (type === 'tRNS') return true;
    if (type === 'IDAT' || type === 'IEND') return false;
    p += 12 + b.readUInt32BE(p);
  }
  return false;
}

/** The horizontal density of a pHYs chunk given in pixels per metre, before the pixel data. */
function pngDpi(b: Buffer): number | undefined {
  for (let p = 8; p + 12 <= b.length; ) {
    const length = b.readUInt32BE(p);
    const type = b.toString('latin1', p + 4, p + 8);
    if (type === 'IDAT' || type === 'IEND') return undefined;
    if (type === 'pHYs' && length === 9 && p + 17 <= b.length && b[p + 16] === 1) {
      const perMetre = b.readUInt32BE(p + 8);
      return perMetre > 0 ? perMetre * 0.0254 : undefined;
    }
    p += 12 + length;
  }
  return undefined;
}

const truncated: AssetFault = { message: '图片文件不完整（可能只复制了一部分）', english: 'the image file is truncated' };
const corrupt: AssetFault = { message: '图片文件已损坏', english: 'the image file is corrupt' };

type Segment = { marker: number; start: number; length: number } | { fault: AssetFault };

/** JPEG marker segments up to the first scan; `start` is the first byte after the length field. */
function* jpegSegments(b: Buffer): Generator<Segment> {
  let p = 2;
  for (;;) {
    if (p + 4 > b.length) return yield { fault: truncated };
    if (b[p] !== 0xff) return yield { fault: corrupt };
    const marker = b[p + 1];
    if (marker === 0xff) {
      p += 1;
      continue;
    }
    const length = b.readUInt16BE(p + 2);
    if (length < 2) return yield { fault: corrupt };
    if (p + 2 + length > b.length) return yield { fault: truncated };
    yield { marker, start: p + 4, length };
    if (marker === 0xda) return;
    p += 2 + length;
  }
}

/** Proves the whole file decodes: every chunk or segment present, intact, and the pixel data complete. */
export async function verifyImage(b: Buffer, header: ImageHeader): Promise<AssetFault | undefined> {
  if (header.width === 0 || header.height === 0) return { message: '图片的宽或高为 0', english: 'the image has no pixels' };
  return header.format === 'png' ? verifyPng(b, header) : verifyJpeg(b);
}

const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const PNG_DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
const ADAM7 = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]];

/** Bytes of filtered scanlines the IHDR promises. */
function pngRawLength(width: number, height: number, bitsPerPixel: number, interlaced: boolean): number {
  const rows = (w: number, h: number) => (w === 0 || h === 0 ? 0 : h * (1 + Math.ceil((w * bitsPerPixel) / 8)));
  if (!interlaced) return rows(width, height);
  return ADAM7.reduce((sum, [x0, y0, dx, dy]) => sum + rows(Math.ceil((width - x0) / dx), Math.ceil((height - y0) / dy)), 0);
}

async function verifyPng(b: Buffer, header: ImageHeader): Promise<AssetFault | undefined> {
  const depth = b[24];
  const colorType = b[25];
  const interlace = b[28];
  if (!PNG_DEPTHS[colorType]?.includes(depth) || b[26] !== 0 || b[27] !== 0 || interlace > 1) return corrupt;
  // Loaded here, not on top: check loads this file for every campaign, most of which attach no picture.
  const { crc32 } = require('node:zlib') as typeof import('node:zlib');
  const idat: Buffer[] = [];
  let sawPalette = false;
  for (let p = 8; ; ) {
    if (p + 12 > b.length) return truncated;
    const length = b.readUInt32BE(p);
    const type = b.toString('latin1', p + 4, p + 8);
    if (p + 12 + length > b.length) return truncated;
    if (crc32(b.subarray(p + 4, p + 8 + length)) !== b.readUInt32BE(p + 8 + length)) return corrupt;
    if (type === 'PLTE') sawPalette = true;
    if (type === 'IDAT') idat.push(b.subarray(p + 8, p + 8 + length));
    if (type === 'IEND') break;
    p += 12 + length;
  }
  if (colorType === 3 && !sawPalette) return corrupt;
  const expected = pngRawLength(header.width, header.height, depth * PNG_CHANNELS[colorType], interlace === 1);
  const inflated = await inflatedLength(idat, expected);
  if (inflated === undefined) return corrupt;
  return inflated < expected ? truncated : inflated > expected ? corrupt : undefined;
}

/** Inflates without keeping the output, stopping once it passes `limit`; undefined when the data is not zlib. */
function inflatedLength(parts: Buffer[], limit: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const inflate = (require('node:zlib') as typeof import('node:zlib')).createInflate();
    let total = 0;
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        inflate.destroy();
        resolve(total);
      }
    });
    inflate.on('error', () => resolve(total >= limit ? total : undefined));
    inflate.on('end', () => resolve(total));
    for (const part of parts) inflate.write(part);
    inflate.end();
  });
}

function verifyJpeg(b: Buffer): AssetFault | undefined {
  let scanStart = -1;
  let sawFrame = false;
  for (const seg of jpegSegments(b)) {
    if ('fault' in seg) return seg.fault;
    if (isFrameMarker(seg.marker)) {
      const components = b[seg.start + 5];
      if (![1, 3, 4].includes(components)) return { message: '不支持这种 JPEG 颜色格式', english: `unsupported JPEG with ${components} channels` };
      sawFrame = true;
    }
    if (seg.marker === 0xda) scanStart = seg.start + seg.length - 2;
  }
  if (!sawFrame || scanStart < 0) return corrupt;
  // Entropy-coded data runs to the end-of-image marker; later scans of a progressive file come first.
  for (let p = scanStart; p + 1 < b.length; p++) {
    if (b[p] === 0xff && b[p + 1] === 0xd9) return undefined;
  }
  return truncated;
}
