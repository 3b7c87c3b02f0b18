/**
 * Flate-compressed PDF streams. A long document's are compressed on Node's
 * thread pool while the main thread goes on assembling the file; a short
 * one's on the main thread, as the pool's first use starts its four threads
 * and waits for all of them, which costs a few pages more than it saves (see
 * MAIN_THREAD_PAGES). Each stream's object number is taken when it is asked
 * for, not when its compression ends, so the bytes of the file do not depend
 * on which compression finishes first or where it runs; the level and
 * settings are zlib's defaults in both.
 */
import { promisify } from 'node:util';
import { deflate, deflateSync } from 'node:zlib';
import type { KeptStreams } from './kept-streams';
import type { PdfFile } from './pdf-file';
import type { Ref } from './pdf-syntax';

const deflateAsync = promisify(deflate);

/**
 * Documents up to this many pages are compressed on the main thread. Against
 * the pool (Node 22, farm-bench pairs, the 2023 body repeated): 30 pages 0.95×
 * wall, 56 pages 1.05×, 136 pages 1.06× (less CPU at every size: no threads to
 * start and hand work to, but nothing done alongside either).
 */
export const MAIN_THREAD_PAGES = 40;

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

export class FlateStreams {
  private readonly pending: Promise<void>[] = [];
  /** `data` compressed, where this document's streams are compressed. */
  readonly compress: (data: Buffer) => Promise<Buffer>;

  /**
   * `pages`: how many the document has, which decides where its streams are compressed; `kept`: streams compressed
   * for an earlier PDF of the same notice, and where this one's are kept.
   */
  constructor(
    private readonly file: PdfFile,
    pages: number,
    private readonly kept?: KeptStreams,
  ) {
    this.compress = pages <= MAIN_THREAD_PAGES ? (data) => Promise.resolve(deflateSync(data)) : deflateInTurn;
  }

  /** A stream of `data`, compressed; `entries` are added to its dictionary after /Filter. */
  add(data: Buffer, entries: Record<string, number> = {}): Ref {
    return this.addCompressed(this.kept ? this.kept.compressed(data, this.compress) : this.compress(data), entries);
  }

  /** A stream of bytes compressed already (by `compress`, here or for an earlier PDF). */
  addCompressed(compressed: Promise<Buffer>, entries: Record<string, number> = {}): Ref {
    const ref = this.file.nextRef();
    this.pending.push(compressed.then((bytes) => this.file.assignStream(ref, { Filter: 'FlateDecode', ...entries }, bytes)));
    return ref;
  }

  /** Resolves once every stream is in the file. */
  async done(): Promise<void> {
    await Promise.all(this.pending);
  }
}
