import { constants, deflateRawSync } from 'node:zlib';

const MB = 1 << 20;

/**
 * A raw deflate stream of `megabytes` MB of zeros, made without inflating:
 * one flushed, non-final block for 1 MB of zeros (it begins with a literal,
 * so it never reaches back before itself), repeated, then an empty final block.
 */
export function zeroDeflate(megabytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(MB), { finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array.from({ length: megabytes }, () => block), Buffer.from([0x03, 0x00])]);
}

interface ZipEntry {
  name: string;
  data: Buffer;
  /** Compression method: 0 stored, 8 deflated. */
  method: number;
  /** The uncompressed size the zip declares (a bomb may lie). */
  declared: number;
}

/** A zip archive of the entries as given (CRCs are left 0: these archives are refused before any CRC check). */
export function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    // Both headers carry method, sizes and name length in the same order; the directory's start 2 bytes later.
    const header = (length: number, signature: number, at: number) => {
      const b = Buffer.alloc(length);
      b.writeUInt32LE(signature, 0);
      b.writeUInt16LE(e.method, at);
      b.writeUInt32LE(e.data.length, at + 10);
      b.writeUInt32LE(e.declared, at + 14);
      b.writeUInt16LE(name.length, at + 18);
      return b;
    };
    const local = header(30, 0x04034b50, 8);
    const central = header(46, 0x02014b50, 10);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    directory.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const size = directory.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...directory, end]);
}

/** A workbook-shaped zip whose worksheet inflates to `megabytes` MB, declaring `declared` bytes for it. */
export function zipBomb(megabytes: number, declared = megabytes * MB): Buffer {
  const types = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  return zipOf([
    { name: '[Content_Types].xml', data: types, method: 0, declared: types.length },
    { name: 'xl/worksheets/sheet1.xml', data: zeroDeflate(megabytes), method: 8, declared },
  ]);
}
