/**
 * Notices of another office, written as its clerk writes them (test/fixtures/campaigns/clerk), printed in our PDF
 * and read back with pdftotext -bbox-layout:
 * - sanming-gonggao-2026: a 公告 to the public whose annex is a 67-row list of firms with their 18-character
 *   统一社会信用代码, the 所在地 column merged by county.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { documentFromFile } from '../../src/pipeline';
import { renderPdf } from '../../src/render/pdf';
import { tempDir } from '../helpers/cli';
import { readWords } from '../helpers/pdf-poppler';

const FIXTURES = path.resolve(__dirname, '../fixtures/campaigns/clerk');
const dir = tempDir('gongwen-clerk-');

async function pdfOf(name: string): Promise<string> {
  const { document } = await documentFromFile(path.join(FIXTURES, `${name}.yaml`));
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, (await renderPdf(document!)).bytes);
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
