/**
 * Flate-compressed PDF streams, compressed on Node's thread pool while the
 * main thread goes on assembling the file. Each stream's object number is
 * taken when it is asked for, not when its compression ends, so the bytes of
 * the file do not depend on which compression finishes first; the level and
 * settings are zlib's defaults, as `deflateSync` uses.
 */
import { promisify } from 'node:util';
import { deflate } from 'node:zlib';
import { pdfLib, type PDFContext, type PDFDict, type PDFRef } from './pdf-lib';

const deflateAsync = promisify(deflate);

/**
 * Compressions running at once: as many as Node's thread pool has threads.
 * Each holds about 256 KB of zlib state until it ends, so queueing every
 * stream of a 500-page notice at once held 130 MB more than the file needs.
 */
const IN_FLIGHT = 4;
let running = 0;
const waiting: (() => void)[] = [];

async function deflateInTurn(data: Buffer): Promise<Buffer> {
  if (running < IN_FLIGHT) running++;
  else await new Promise<void>((resolve) => waiting.push(resolve)); // the slot is handed over, not counted again
  try {
    return await deflateAsync(data);
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/** Compressions of bytes that never change once made (a font subset kept for the next rebuild under --watch). */
const keptCompressions = new WeakMap<Buffer, Promise<Buffer>>();

const STREAM = Buffer.from('\nstream\n', 'latin1');
const END_STREAM = Buffer.from('\nendstream', 'latin1');

/**
 * A stream written into the file with one copy of its bytes, exactly as
 * pdf-lib writes a stream: its own streams copy them a byte at a time
 * (~50 ms of a 200-page PDF).
 */
class CompressedStream extends pdfLib.PDFStream {
  constructor(
    dict: PDFDict,
    private readonly bytes: Uint8Array,
  ) {
    super(dict);
  }

  override getContents(): Uint8Array {
    return this.bytes;
  }

  override getContentsSize(): number {
    return this.bytes.length;
  }

  override getContentsString(): string {
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.length).toString('latin1');
  }

  override clone(): CompressedStream {
    return new CompressedStream(this.dict.clone(), this.bytes.slice());
  }

  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    this.updateDict();
    let at = offset + this.dict.copyBytesInto(buffer, offset);
    for (const part of [STREAM, this.bytes, END_STREAM]) {
      buffer.set(part, at);
      at += part.length;
    }
    return at - offset;
  }
}

export class FlateStreams {
  private readonly pending: Promise<void>[] = [];

  constructor(private readonly context: PDFContext) {}

  /** A stream of `data`, compressed; `entries` are added to its dictionary after /Filter. */
  add(data: Buffer, entries: Record<string, number> = {}): PDFRef {
    return this.addCompressed(deflateInTurn(data), entries);
  }

  /** As add, for bytes never changed after this call: compressed once however many PDFs they go into. */
  addKept(data: Buffer, entries: Record<string, number> = {}): PDFRef {
    let compressed = keptCompressions.get(data);
    if (!compressed) {
      compressed = deflateInTurn(data);
      keptCompressions.set(data, compressed);
    }
    return this.addCompressed(compressed, entries);
  }

  private addCompressed(compressed: Promise<Buffer>, entries: Record<string, number>): PDFRef {
    const ref = this.context.nextRef();
    this.pending.push(compressed.then((bytes) => this.context.assign(ref, new CompressedStream(this.context.obj({ Filter: 'FlateDecode', ...entries }), bytes))));
    return ref;
  }

  /** Resolves once every stream is in the file. */
  async done(): Promise<void> {
    await Promise.all(this.pending);
  }
}
