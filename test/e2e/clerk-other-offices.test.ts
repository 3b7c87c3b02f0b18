/**
 * Notices of another office, written as its clerk writes them (test/fixtures/campaigns/clerk), printed in our PDF
 * and read back with pdftotext -bbox-layout:
 * - sanming-gonggao-2026: a 公告 to the public whose annex is a 67-row list of firms with their 18-character
 *   统一社会信用代码, the 所在地 column merged by county;
 * - datian-plan-2026: a 印发 notice with a five-group 主送 and sixteen units in 抄送, its 实施方案 annex with five
 *   levels of headings and a 24-row 任务分工 table, standard numbers, a URL and an e-mail address in the text.
 * A fifth-level ① is measured glyph by glyph (pdf-glyphs): poppler's word boxes hide a gap inside a word.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { documentFromFile } from '../../src/pipeline';
import { renderPdf } from '../../src/render/pdf';
import { runBin, tempDir } from '../helpers/cli';
import { glyphLines, readGlyphs } from '../helpers/pdf-glyphs';
import { readWords } from '../helpers/pdf-poppler';
import { loadPdf } from '../helpers/pdf-streams';

const FIXTURES = path.resolve(__dirname, '../fixtures/campaigns/clerk');
const dir = tempDir('gongwen-clerk-');

async function pdfBytes(name: string): Promise<Uint8Array> {
  const { document } = await documentFromFile(path.join(FIXTURES, `${name}.yaml`));
  return (await renderPdf(document!)).bytes;
}

async function pdfOf(name: string): Promise<string> {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, await pdfBytes(name));
  return file;
}

test('a column of credit codes (capitals M and W among them) is wide enough for each code to stand whole on one line', async () => {
  const words = readWords(await pdfOf('sanming-gonggao-2026')).flat();
  const whole = words.filter((w) => /^9135[0-9A-Z]{14}$/.test(w.text));
  const pieces = words.filter((w) => /^9135[0-9A-Z]{0,13}$/.test(w.text));
  expect(pieces.map((w) => w.text)).toEqual([]);
  expect(whole).toHaveLength(67);
  // all in one column: their centres within a millimetre of each other
  const centres = whole.map((w) => (w.left + w.right) / 2);
  expect(Math.max(...centres) - Math.min(...centres)).toBeLessThan(1);
});

test('a first page ending short before a paragraph whose first line is set loose: the build warns of both, at the paragraph', () => {
  const run = runBin(['build', path.join(FIXTURES, 'datian-plan-2026.yaml'), '--format', 'pdf', '--out', dir]);
  expect(run.code).toBe(0);
  const at = run.stderr.split('\n').filter((l) => l.includes('datian-plan-2026.yaml:24:5'));
  expect(at.map((l) => /警告\s+PDF中“《大田县质量强县建设三年行动实施方案”(一行排不满|前的一页页末空了两行以上)/.exec(l)?.[1])).toEqual(['一行排不满', '前的一页页末空了两行以上']);
});

test('a fifth-level ① is a cell of the grid: the text follows it with no gap, on justified lines as on any', async () => {
  const lines = readGlyphs(await loadPdf(await pdfBytes('datian-plan-2026'))).flatMap(glyphLines);
  const circled = lines.filter((l) => /^[①-⑳]$/.test(l[0].char) && l.length > 20);
  // ① 抽查覆盖…, ② 规模以上工业…, ③…: first lines that run full width, so their slack is shared out
  expect(circled.map((l) => l[0].char)).toEqual(['①', '②', '③']);
  for (const l of circled) {
    const cell = l[0].right - l[0].left;
    expect(l[1].left - l[0].right).toBeLessThan(0.3);
    expect(Math.abs(cell - (l[2].left - l[1].left))).toBeLessThan(0.3);
  }
});
