/**
 * Notices written as a clerk of another office writes them, printed both ways a printer may
 * get them (our PDF, our DOCX in LibreOffice) and measured in millimetres:
 * - campaigns/examples/zherong-report-2026: a joint 报告 of three issuers with three 签发人 (two rows) whose opening runs to three
 *   lines: page 1 holds the header, the title, 主送 and the whole opening (two lines each side of a page break,
 *   so a three-line paragraph cannot be split: the header's names are set small enough for it), and the title
 *   breaks between the issuers' names, never inside one (柘荣县|财政局);
 * - campaigns/examples/youxi-2026: a form annex whose clerk put （盖章） and 年　月　日 to the right with ideographic spaces: they stay.
 */
import path from 'node:path';
import { renderBoth, RENDERERS, TOLERANCE, type Rendered, type Renderer } from '../helpers/both-renderers';
import { tempDir } from '../helpers/cli';
import { readWords, type PdfLine } from '../helpers/pdf-poppler';

const EXAMPLES = path.resolve(__dirname, '../../campaigns/examples');
const LEFT_MM = 28;
const CELL_MM = 156 / 28;
const squash = (s: string) => s.replace(/\s+/g, '');

let get: (name: string, which: Renderer) => Rendered;
beforeAll(async () => {
  get = await renderBoth(tempDir(), [
    ['zherong', path.join(EXAMPLES, 'zherong-report-2026.yaml')],
    ['youxi', path.join(EXAMPLES, 'youxi-2026.yaml')],
  ]);
}, 300_000);

const lineWith = (lines: PdfLine[], text: string) => lines.find((l) => squash(l.text).includes(text));

describe.each(RENDERERS)('%s', (which) => {
  test('a joint 报告 with two rows of 签发人 keeps 主送 and its three-line opening on page 1', () => {
    const [page1] = get('zherong', which).pages;
    const text = squash(page1.lines.map((l) => l.text).join(''));
    expect(text).toContain('柘市监〔2026〕3号');
    expect(text).toContain('县人民政府：');
    expect(text).toContain('根据《柘荣县人民政府办公室');
    expect(text).toContain('使用情况报告如下：');
    // the opening's last line is inside the text block (225 mm from 37 mm)
    expect(lineWith(page1.lines, '使用情况报告如下：')!.bottom).toBeLessThan(37 + 225 + 0.5);
  });

  test('the joint title breaks between the issuers, never inside a name', () => {
    const [page1] = get('zherong', which).pages;
    for (const name of ['柘荣县市场监督管理局', '柘荣县财政局', '柘荣县工业信息化和科学技术局']) {
      // the title's own lines (below the number's line), not the header's names
      const number = lineWith(page1.lines, '柘市监〔2026〕3号')!;
      expect(page1.lines.some((l) => l.top > number.bottom && squash(l.text).includes(name))).toBe(true);
    }
  });

  test('（盖章） and 年　月　日 stand where the clerk\'s ideographic spaces put them', () => {
    // words, not lines: a line's box may begin at the spaces themselves
    const words = readWords(get('youxi', which).file).flat();
    const seal = words.find((w) => w.text === '（盖章）')!;
    // the 年 on the line below （盖章）
    const date = words.find((w) => w.page === seal.page && w.text === '年' && w.top > seal.bottom)!;
    // two characters' indent and 17 (盖章) or 16 (the date) ideographic spaces
    expect(Math.abs(seal.left - (LEFT_MM + 19 * CELL_MM))).toBeLessThanOrEqual(TOLERANCE[which]);
    expect(Math.abs(date.left - (LEFT_MM + 18 * CELL_MM))).toBeLessThanOrEqual(TOLERANCE[which]);
  });
});
