/**
 * The .docx package as render/docx/package.ts writes it holds together: the
 * zip's checksums and sizes are right, every relationship the document uses
 * leads to a part in the package, every part has a content type, each
 * section's header and footer parts are its own, one picture used twice is
 * one file, and text is escaped as XML needs.
 */
import JSZip from 'jszip';
import path from 'node:path';
import type { Document } from '../../src/document/model';
import { documentFromFile } from '../../src/pipeline';
import { renderDocx } from '../../src/render/docx';
import { docxDocument, shortDocument } from '../helpers/docx-fixtures';
import { elements, openDocx, paragraphWith } from '../helpers/docx-xml';

const draft = (doc: Document): Document => ({ ...doc, meta: { ...doc.meta, draft: true } });

async function packages(): Promise<[string, Uint8Array][]> {
  const letter = (await documentFromFile(path.join(__dirname, '../../campaigns/examples/fujian-letter-2025.yaml'))).document!;
  return [
    ['sealed notice with a picture and a wide form, draft', await renderDocx(draft(await docxDocument()), { colophonPlace: 'next-page' })],
    ['letter, draft', await renderDocx(draft(letter), { colophonPlace: 'foot' })],
  ];
}

let built: [string, Uint8Array][];
beforeAll(async () => {
  built = await packages();
});

const relationships = (xml: string) => new Map(elements(xml, 'Relationship').map((r) => [r.attrs.Id, r.attrs.Target]));

test('every entry inflates to its stated size with its stated CRC-32, [Content_Types].xml first', async () => {
  for (const [, bytes] of built) {
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    const names = Object.keys(zip.files);
    expect(names[0]).toBe('[Content_Types].xml');
    for (const name of names) expect((await zip.files[name].async('uint8array')).length).toBeGreaterThan(0);
  }
});

test('every relationship id in the document names a relationship, and every relationship a part in the package', async () => {
  for (const [label, bytes] of built) {
    const docx = await openDocx(bytes);
    const rels = relationships(docx.part('word/_rels/document.xml.rels'));
    const used = [...docx.part('word/document.xml').matchAll(/r:(?:id|embed)="([^"]+)"/g)].map((m) => m[1]);
    expect({ label, missing: used.filter((id) => !rels.has(id)) }).toEqual({ label, missing: [] });
    expect({ label, dangling: [...rels.values()].filter((target) => !docx.names.includes(`word/${target}`)) }).toEqual({ label, dangling: [] });
    // Numbered rId1, rId2, … without a gap.
    expect([...rels.keys()]).toEqual([...rels.keys()].map((_, i) => `rId${i + 1}`));
  }
});

test('every part has a content type, and every part named in the content types is in the package', async () => {
  for (const [label, bytes] of built) {
    const docx = await openDocx(bytes);
    const types = docx.part('[Content_Types].xml');
    const defaults = new Set(elements(types, 'Default').map((d) => d.attrs.Extension));
    const overrides = elements(types, 'Override').map((o) => o.attrs.PartName.slice(1));
    expect({ label, missing: overrides.filter((p) => !docx.names.includes(p)) }).toEqual({ label, missing: [] });
    const untyped = docx.names.filter((n) => n !== '[Content_Types].xml' && !overrides.includes(n) && !defaults.has(n.split('.').pop()!));
    expect({ label, untyped }).toEqual({ label, untyped: [] });
    const pages = docx.names.filter((n) => /^word\/(header|footer)\d+\.xml$/.test(n));
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) expect(overrides).toContain(p);
  }
});

test("each section refers to header and footer parts of its own; a letter's first page has its own too", async () => {
  for (const [label, bytes] of built) {
    const docx = await openDocx(bytes);
    const references = [...docx.part('word/document.xml').matchAll(/<w:(header|footer)Reference w:type="(\w+)" r:id="([^"]+)"\/>/g)];
    const ids = references.map((m) => m[3]);
    expect({ label, shared: ids.length - new Set(ids).size }).toEqual({ label, shared: 0 });
    const parts = docx.names.filter((n) => /^word\/(header|footer)\d+\.xml$/.test(n));
    expect(parts.length).toBe(ids.length);
    expect(references.some((m) => m[2] === 'first')).toBe(label.startsWith('letter'));
  }
});

test('a picture used twice (the seal, shown again as an annex picture) is one media file both drawings embed', async () => {
  const docx = await openDocx(built[0][1]);
  expect(docx.names.filter((n) => n.startsWith('word/media/'))).toEqual(['word/media/image1.png']);
  const embeds = [...docx.part('word/document.xml').matchAll(/r:embed="([^"]+)"/g)].map((m) => m[1]);
  expect(embeds.length).toBe(2);
  expect(new Set(embeds).size).toBe(1);
  expect(relationships(docx.part('word/_rels/document.xml.rels')).get(embeds[0])).toBe('media/image1.png');
});

test('text is escaped for XML, and control characters XML cannot hold are left out', async () => {
  const doc = shortDocument({ body: [{ type: 'paragraph', indent: 'first', align: 'justify', runs: [{ text: 'A<B&C>"D\'E\u0001F', font: 'fangsong' }] }] });
  const docx = await openDocx(await renderDocx(doc));
  const xml = docx.part('word/document.xml');
  expect(paragraphWith(xml, 'A&lt;B&amp;C&gt;')).toContain('<w:t xml:space="preserve">A&lt;B&amp;C&gt;&quot;D\'EF</w:t>');
  expect(xml).not.toMatch(/[\u0000-\u0008]/);
});
