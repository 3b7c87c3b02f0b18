/**
 * A size written with × in a table cell (1220mm×2440mm×15mm in campaigns/examples/sanming-bulletin-2026.yaml's
 * 规格型号 column) breaks after a × and nowhere else, so it no longer holds its column as wide as the whole size
 * and squeezes the others. Measured in our PDF and in LibreOffice's layout of our DOCX (pdftotext -bbox-layout),
 * and in the DOCX XML (a zero-width space after each ×: LibreOffice reads × as a letter of the word and, before,
 * broke 1220mm×2440mm|×15mm).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderBoth, RENDERERS, type Rendered, type Renderer } from '../helpers/both-renderers';
import { tempDir } from '../helpers/cli';
import { openDocx, textOf } from '../helpers/docx-xml';
import { readWords, type PdfLine } from '../helpers/pdf-poppler';

const EXAMPLE = path.resolve(__dirname, '../../campaigns/examples/sanming-bulletin-2026.yaml');
const dir = tempDir('gongwen-size-breaks-');
let rendered: (name: string, which: Renderer) => Rendered;

beforeAll(async () => {
  rendered = await renderBoth(dir, [['bulletin', EXAMPLE]]);
}, 300_000);

/** The lines of the cell whose first line starts with `start`: the words under it in its column, top to bottom. */
function cellLines(words: PdfLine[], start: string, whole: string): string[] {
  const first = words.find((w) => w.text.startsWith(start))!;
  expect(first).toBeDefined();
  const column = words.filter((w) => w.page === first.page && Math.abs(w.left - first.left) < 1 && w.top >= first.top - 0.1).sort((a, b) => a.top - b.top);
  const lines: string[] = [];
  for (const w of column) {
    if (lines.join('') === whole) break;
    lines.push(w.text);
  }
  expect(lines.join('')).toBe(whole);
  return lines;
}

describe.each(RENDERERS)('%s', (which) => {
  const words = () => readWords(rendered('bulletin', which).file).flat();

  test('1220mm×2440mm×15mm breaks after each ×, each dimension whole; 800mm×800mm after its ×', () => {
    expect(cellLines(words(), '1220mm', '1220mm×2440mm×15mm')).toEqual(['1220mm×', '2440mm×', '15mm']);
    expect(cellLines(words(), '800mm', '800mm×800mm')).toEqual(['800mm×', '800mm']);
  });

  test('no line of the notice starts with a ×', () => {
    expect(words().filter((w) => w.text.startsWith('×')).map((w) => w.text)).toEqual([]);
  });

  test('the columns beside it get their room back: 尤溪县林丰木业有限公司 four characters a line, not three', () => {
    const cell = cellLines(words(), '尤溪县林', '尤溪县林丰木业有限公司');
    expect(cell).toEqual(['尤溪县林', '丰木业有', '限公司']);
  });
});

test('the DOCX carries a zero-width space after each × of a size, and nowhere else', async () => {
  const xml = (await openDocx(readFileSync(path.join(dir, 'bulletin-lo.docx')))).part('word/document.xml');
  const text = textOf(xml);
  expect(text).toContain('1220mm×\u200b2440mm×\u200b15mm');
  expect(text).toContain('dn50×\u200b2.4mm');
  expect(text.replace(/×\u200b/g, '')).not.toContain('\u200b');
});
