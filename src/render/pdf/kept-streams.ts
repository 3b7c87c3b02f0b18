/**
 * A notice's compressed PDF streams (page contents, ToUnicode maps) kept in
 * the cache folder for its next build: built again after a clerk edited one
 * sentence, only the pages the edit changed are compressed again (Flate at
 * zlib's default level was a tenth of the 2023 notice's PDF build). A kept
 * stream is used only for the same bytes, compared whole, made by the same
 * code (the bundle's SHA-1) and zlib, and only whole (kept-file.ts). The file
 * holds the streams its build used, and is written only when that build
 * compressed a stream afresh or left one unused. Outside a bundle (the tests'
 * modules), or with a cache folder that cannot be read or written, every
 * stream is compressed afresh.
 */
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { bundleStore, keptRuns, readKeptFile, writeKeptFile } from '../../startup/kept-file';

interface Header {
  maker: string;
  /** Each stream's length before and after compression; the bytes hold each stream, then its compression. */
  streams: [number, number][];
}

interface Stream {
  data: Buffer;
  compressed: Buffer;
}

export class KeptStreams {
  /** Kept streams by the CRC-32 of their data (compared whole before use). */
  private readonly kept = new Map<number, Stream[]>();
  private readonly used: { data: Buffer; compressed: Promise<Buffer> }[] = [];
  private keptCount = 0;
  private afresh = false;

  constructor(
    private readonly file: string,
    private readonly maker: string,
  ) {
    const read = readKeptFile<Header>(file);
    if (read?.header.maker !== maker || !Array.isArray(read.header.streams)) return;
    const runs = keptRuns(read.bytes, read.header.streams.flatMap(([length, compressed]) => [length, compressed]));
    for (let k = 0; runs && k + 1 < runs.length; k += 2) {
      const [data, compressed] = [runs[k], runs[k + 1]];
      const crc = crc32(data);
      this.kept.set(crc, [...(this.kept.get(crc) ?? []), { data, compressed }]);
      this.keptCount++;
    }
  }

  /** `data` compressed: as kept, or by `compress`. */
  compressed(data: Buffer, compress: (data: Buffer) => Promise<Buffer>): Promise<Buffer> {
    const kept = this.kept.get(crc32(data))?.find((s) => s.data.equals(data));
    const compressed = kept ? Promise.resolve(kept.compressed) : compress(data);
    if (!kept) this.afresh = true;
    this.used.push({ data, compressed });
    return compressed;
  }

  /** Keeps the streams this build used, if they are not what the file holds already. */
  async save(): Promise<void> {
    if (!this.afresh && this.used.length === this.keptCount) return;
    const streams = await Promise.all(this.used.map(async ({ data, compressed }) => ({ data, compressed: await compressed })));
    const header: Header = { maker: this.maker, streams: streams.map(({ data, compressed }) => [data.length, compressed.length]) };
    writeKeptFile(this.file, header, Buffer.concat(streams.flatMap(({ data, compressed }) => [data, compressed])));
  }
}

/** The streams kept for the notice titled `title`; none outside a bundle. */
export function keptStreamsFor(title: string): KeptStreams | undefined {
  const store = bundleStore([], `zlib ${process.versions.zlib}`);
  return store && new KeptStreams(path.join(store.folder, `streams-${crc32(title).toString(16)}.bin`), store.maker);
}
