/**
 * The compressed parts of the last package of a kind (DOCX, XLSX), kept for
 * the next: in memory for the next package of the process, and in the user's
 * cache folder for the next build. Most parts of a notice's package are the
 * same from build to build (styles, numbering, theme, font table, settings,
 * footers, relationships), and the whole of it when the campaign was not
 * edited; compressing them with fflate's JavaScript DEFLATE, cold, was ~30 ms
 * of a 26-page notice's DOCX build.
 *
 * A kept part is used only for exactly the bytes it was made from (compared
 * byte for byte, not by a checksum), made by the same code: the bundle's
 * SHA-1, which covers the DEFLATE bundled in it (fflate), and the library's
 * version (node:zlib's changes with Node). A cache file is used only whole
 * (kept-file.ts). Code run from outside a bundle (the tests), or a
 * cache folder that cannot be read or written, means compressing afresh.
 */
import path from 'node:path';
import { bundleStore, keptRuns, readKeptFile, writeKeptFile } from '../startup/kept-file';
import { perProcess } from '../startup/process-state';

export type Deflate = (bytes: Uint8Array) => Uint8Array;

/** Where a kind's parts are kept, and what makes them: kept parts are used only if the same made them. */
export interface PartStore {
  file: string;
  maker: string;
}

interface KeptPart {
  crc: number;
  raw: Uint8Array;
  deflated: Uint8Array;
}

/** Kept parts by CRC-32 and length of their bytes. */
type Kept = Map<string, KeptPart>;

/** The store of `kind` for the bundle running this code and `library` (what deflates); none outside a bundle. */
export function partStore(kind: string, library: string): PartStore | undefined {
  const store = bundleStore([], library);
  return store && { file: path.join(store.folder, `${kind}-parts-${path.basename(__filename, '.js')}.bin`), maker: store.maker };
}

const keyOf = (crc: number, size: number) => `${crc}:${size}`;

/** What a kept file says of itself (kept-file.ts), before the parts' bytes: each part's length, CRC-32 and compressed length. */
interface Header {
  maker: string;
  parts: [number, number, number][];
}

function readKept(store: PartStore): Kept {
  const kept: Kept = new Map();
  const stored = readKeptFile<Header>(store.file);
  if (!stored || stored.header.maker !== store.maker || !Array.isArray(stored.header.parts)) return kept;
  const { parts } = stored.header;
  const runs = keptRuns(stored.bytes, parts.flatMap(([size, , compressed]) => [size, compressed]));
  parts.forEach(([size, crc], k) => runs && kept.set(keyOf(crc, size), { crc, raw: runs[2 * k], deflated: runs[2 * k + 1] }));
  return kept;
}

function writeKept(parts: Kept, store: PartStore): void {
  const list = [...parts.values()];
  const header: Header = { maker: store.maker, parts: list.map(({ crc, raw, deflated }) => [raw.length, crc, deflated.length]) };
  writeKeptFile(store.file, header, Buffer.concat(list.flatMap(({ raw, deflated }) => [raw, deflated])));
}

/** The parts kept last in this process, by store file. */
const lastKept = perProcess(() => new Map<string, Kept>());

/**
 * A DEFLATE for one package's parts (given with their CRC-32) that takes the
 * parts kept from the last package of the store where their bytes are the
 * same, and `keep`, to call once the package is made, which keeps its parts.
 */
export function keptParts(deflate: Deflate, store: PartStore | undefined): { deflate: (bytes: Uint8Array, crc: number) => Uint8Array; keep: () => void } {
  const kept = store ? (lastKept().get(store.file) ?? readKept(store)) : new Map<string, KeptPart>();
  const used: Kept = new Map();
  let made = false;
  return {
    deflate(bytes, crc) {
      const key = keyOf(crc, bytes.length);
      const part = used.get(key) ?? kept.get(key);
      if (part && Buffer.from(part.raw.buffer, part.raw.byteOffset, part.raw.length).equals(bytes)) {
        used.set(key, part);
        return part.deflated;
      }
      made = true;
      const fresh = { crc, raw: bytes, deflated: deflate(bytes) };
      used.set(key, fresh);
      return fresh.deflated;
    },
    keep() {
      if (!store) return;
      lastKept().set(store.file, used);
      if (made) writeKept(used, store);
    },
  };
}
