/**
 * A package's compressed parts are kept for the next package (kept-parts.ts)
 * and taken only for exactly the same bytes, made by the same code, from a
 * whole file: the package is the same bytes as one compressed afresh, whatever
 * the cache holds, and a folder that cannot be written only means compressing.
 */
import { deflateSync } from 'fflate';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { keptParts, type PartStore } from '../../src/render/kept-parts';
import { zipParts, type Part } from '../../src/render/zip-parts';
import { tempDir } from '../helpers/cli';

const DAY = '2018-08-29';
const styles = `<w:styles>${'<w:style w:type="paragraph"/>'.repeat(40)}</w:styles>`;
const documentOf = (opening: string) => `<w:document><w:body>${`<w:p><w:r><w:t>${opening}</w:t></w:r></w:p>`.repeat(30)}</w:body></w:document>`;
const packageOf = (opening: string): Part[] => [
  { name: 'word/document.xml', data: documentOf(opening) },
  { name: 'word/styles.xml', data: styles },
  { name: 'word/footer1.xml', data: '<w:ftr/>' },
  { name: 'word/footer2.xml', data: '<w:ftr/>' },
  { name: 'word/media/image1.png', data: new Uint8Array([137, 80, 78, 71, 1, 2, 3]) },
];

/** The package afresh, with no cache at all. */
const fresh = (parts: Part[]) => zipParts(parts, DAY, (bytes) => deflateSync(bytes));

/** The package made with parts kept in `store`, in a process that kept nothing yet: the bytes it compressed (their start), and the package. */
function packed(parts: Part[], store: PartStore | undefined) {
  const made: string[] = [];
  let zip: Uint8Array = new Uint8Array();
  jest.isolateModules(() => {
    const { keptParts: inFreshProcess } = require('../../src/render/kept-parts') as { keptParts: typeof keptParts };
    const kept = inFreshProcess((bytes) => {
      made.push(Buffer.from(bytes).toString('utf8').slice(0, 12));
      return deflateSync(bytes);
    }, store);
    zip = zipParts(parts, DAY, kept.deflate);
    kept.keep();
  });
  return { made, zip };
}

const storeIn = (folder: string, maker = 'bundle 1 fflate'): PartStore => ({ file: path.join(folder, 'docx-parts-test.bin'), maker });

test('parts are compressed once, then taken from the cache folder while their bytes are the same', () => {
  const store = storeIn(tempDir('gongwen-cache-'));
  const first = packed(packageOf('为促进质量强省建设'), store);
  expect(first.made).toHaveLength(4); // the two footers are one text
  expect(first.zip).toEqual(fresh(packageOf('为促进质量强省建设')));
  const written = statSync(store.file).mtimeMs;

  const again = packed(packageOf('为促进质量强省建设'), store);
  expect(again.made).toEqual([]);
  expect(again.zip).toEqual(first.zip);
  expect(statSync(store.file).mtimeMs).toBe(written); // nothing new to keep

  // An edit of the same length: only the document is compressed, and it is the edited one.
  const edited = packed(packageOf('为加快质量强省建设'), store);
  expect(edited.made).toEqual(['<w:document>']);
  expect(edited.zip).toEqual(fresh(packageOf('为加快质量强省建设')));
  expect(packed(packageOf('为加快质量强省建设'), store).made).toEqual([]);
});

test('within a process, the next package takes the parts of the last without reading the folder', () => {
  const store = storeIn(tempDir('gongwen-cache-'));
  const compressed: string[] = [];
  const deflate = (bytes: Uint8Array) => {
    compressed.push(Buffer.from(bytes).toString('utf8').slice(0, 12));
    return deflateSync(bytes);
  };
  for (const opening of ['为促进质量强省建设', '为加快质量强省建设']) {
    const kept = keptParts(deflate, store);
    expect(zipParts(packageOf(opening), DAY, kept.deflate)).toEqual(fresh(packageOf(opening)));
    kept.keep();
    writeFileSync(store.file, 'unreadable'); // the second package does not need it
  }
  expect(compressed.filter((c) => c === '<w:document>')).toHaveLength(2);
  expect(compressed).toHaveLength(5);
});

test('another maker, a damaged file, or a kept part whose bytes differ: compressed afresh, the same package', () => {
  const folder = tempDir('gongwen-cache-');
  const parts = packageOf('为促进质量强省建设');
  packed(parts, storeIn(folder));
  const kept = readFileSync(storeIn(folder).file);

  const otherMaker = packed(parts, storeIn(folder, 'bundle 2 fflate'));
  expect(otherMaker.made).toHaveLength(4);
  expect(otherMaker.zip).toEqual(fresh(parts));

  writeFileSync(storeIn(folder).file, kept);
  const damaged = Buffer.from(kept);
  damaged[damaged.length - 3] ^= 1;
  writeFileSync(storeIn(folder).file, damaged);
  const afterDamage = packed(parts, storeIn(folder));
  expect(afterDamage.made).toHaveLength(4);
  expect(afterDamage.zip).toEqual(fresh(parts));

  // A kept document whose bytes were changed in place, its length, CRC-32 and the file's CRC-32 still right: it is
  // found by its CRC-32 and length, and refused by the comparison of its bytes.
  const stale = Buffer.from(kept);
  const document = Buffer.from(documentOf('为促进质量强省建设'));
  const at = stale.indexOf(document);
  expect(at).toBeGreaterThan(0);
  Buffer.from(documentOf('为加快质量强省建设')).copy(stale, at);
  stale.writeUInt32LE(crc32(stale.subarray(4)), 0);
  writeFileSync(storeIn(folder).file, stale);
  const afterStale = packed(parts, storeIn(folder));
  expect(afterStale.made).toEqual(['<w:document>']);
  expect(afterStale.zip).toEqual(fresh(parts));
});

test('a cache folder that cannot be made, or no store at all (code run outside a bundle): compressed every time', () => {
  const blocker = path.join(tempDir(), 'a-file');
  writeFileSync(blocker, '');
  const parts = packageOf('为促进质量强省建设');
  for (const store of [{ file: path.join(blocker, 'cache', 'docx-parts-test.bin'), maker: 'bundle 1' }, undefined]) {
    for (let run = 0; run < 2; run++) {
      const { made, zip } = packed(parts, store);
      expect(made).toHaveLength(4);
      expect(zip).toEqual(fresh(parts));
    }
  }
});
