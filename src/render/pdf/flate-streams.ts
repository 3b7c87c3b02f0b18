/**
 * Flate-compressed PDF streams, compressed on Node's thread pool while the
 * main thread goes on assembling the file. Each stream's object number is
 * taken when it is asked for, not when its compression ends, so the bytes of
 * the file do not depend on which compression finishes first; the level and
 * settings are zlib's defaults, as `deflateSync` uses.
 */
import { promisify } from 'node:util';
import { deflate } from 'node:zlib';
import type { PDFContext, PDFRef } from './pdf-lib';

const deflateAsync = promisify(deflate);

/** Compressions of bytes that never change once made (a font subset kept for the next rebuild under --watch). */
const keptCompressions = new WeakMap<Buffer, Promise<Buffer>>();

export class FlateStreams {
  private readonly pending: Promise<void>[] = [];

  constructor(private readonly context: PDFContext) {}

  /** A stream of `data`, compressed; `entries` are added to its dictionary after /Filter. */
  add(data: Buffer, entries: Record<string, number> = {}): PDFRef {
    return this.addCompressed(deflateAsync(data), entries);
  }

  /** As add, for bytes never changed after this call: compressed once however many PDFs they go into. */
  addKept(data: Buffer, entries: Record<string, number> = {}): PDFRef {
    let compressed = keptCompressions.get(data);
    if (!compressed) {
      compressed = deflateAsync(data);
      keptCompressions.set(data, compressed);
    }
    return this.addCompressed(compressed, entries);
  }

  private addCompressed(compressed: Promise<Buffer>, entries: Record<string, number>): PDFRef {
    const ref = this.context.nextRef();
    this.pending.push(compressed.then((bytes) => this.context.assign(ref, this.context.stream(bytes, { Filter: 'FlateDecode', ...entries }))));
    return ref;
  }

  /** Resolves once every stream is in the file. */
  async done(): Promise<void> {
    await Promise.all(this.pending);
  }
}
