import path from 'node:path';
import { readFileSync } from 'node:fs';
import { documentFromFile } from '../../src/pipeline';
import { renderDocx } from '../../src/render/docx';
import { runCli, tempDir } from '../helpers/cli';
import { openDocx, textOf } from '../helpers/docx-xml';

const CAMPAIGN = path.resolve(__dirname, '../../campaigns/2023.yaml');

async function headers(bytes: Uint8Array) {
  const docx = await openDocx(bytes);
  const names = docx.names.filter((n) => /^word\/header\d*\.xml$/.test(n));
  const refs = (docx.part('word/document.xml').match(/<w:headerReference [^>]*>/g) ?? []).length;
  return { texts: names.map((n) => textOf(docx.part(n))), refs, sections: (docx.part('word/document.xml').match(/<w:sectPr[ >]/g) ?? []).length };
}

test('a final notice has no header at all', async () => {
  const { document } = await documentFromFile(CAMPAIGN);
  const h = await headers(await renderDocx(document!));
  expect(h.texts.filter((t) => t.includes('草稿'))).toEqual([]);
  expect(h.refs).toBe(0);
});

test('a draft says 草稿 at the top of every page: odd and even headers in every section', async () => {
  const { document } = await documentFromFile(CAMPAIGN);
  const h = await headers(await renderDocx({ ...document!, meta: { ...document!.meta, draft: true } }));
  expect(h.texts.length).toBeGreaterThan(0);
  expect(h.texts.every((t) => t === '草稿')).toBe(true);
  expect(h.refs).toBe(2 * h.sections);
});

test('an unfinished campaign (待填写) builds a DOCX marked 草稿', async () => {
  const dir = tempDir();
  const file = path.join(dir, '2024.yaml');
  const r = await runCli(['new', '2024', '--from', CAMPAIGN, '--out', file]);
  expect(r.code).toBe(0);
  const { document } = await documentFromFile(file);
  const h = await headers(await renderDocx(document!));
  expect(h.texts).toContain('草稿');
});

test('gongwen build --draft marks the DOCX too, not only the PDF', async () => {
  const out = tempDir();
  expect((await runCli(['build', CAMPAIGN, '--draft', '--format', 'docx', '--out', out])).code).toBe(0);
  expect((await headers(readFileSync(path.join(out, '2023.docx')))).texts).toContain('草稿');
});
