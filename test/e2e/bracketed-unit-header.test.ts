import path from 'node:path';
import { runCli, tempDir } from '../helpers/cli';
import { readText, withoutCjkSpaces } from '../helpers/pdf-poppler';
import { contentColumnWidths } from '../../src/style/table-widths';
import { tableTextPt } from '../../src/style/table-orientation';
import type { TableBlock } from '../../src/document/model';

const EXAMPLES = path.resolve(__dirname, '../../campaigns/examples');

describe('a unit in brackets （万元） stays whole in a narrow table header cell (分离禁则)', () => {
  test('nanping-2026 (14 columns) and shouning-2026 print 营业收入（万元）, 利税（万元）, 单价（万元） with no line break inside （万元）', async () => {
    const out = tempDir();
    const r = await runCli(['build', path.join(EXAMPLES, 'nanping-2026.yaml'), path.join(EXAMPLES, 'shouning-2026.yaml'), '--format', 'pdf', '--out', out]);
    expect(r.code).toBe(0);
    for (const name of ['nanping-2026', 'shouning-2026']) {
      const lines = readText(path.join(out, `${name}.pdf`)).split('\n').map(withoutCjkSpaces);
      const opened = lines.filter((l) => l.includes('（万'));
      expect(opened.length).toBeGreaterThanOrEqual(1);
      for (const l of opened) expect(l).toContain('（万元）');
      expect(lines.some((l) => /^元）/.test(l))).toBe(false);
    }
  });

  test('a column headed 金额（万元） is given room for （万元） on one line beside five columns of long body text; 〔台（件）〕 and （人/次） count as one piece too', () => {
    const cell = (text: string, header = false) => ({ text, rowSpan: 1, colSpan: 1, align: 'center' as const, header });
    for (const unit of ['（万元）', '〔台（件）〕', '（人/次）']) {
      const long = [1, 2, 3, 4, 5];
      const header = [cell('序号', true), cell(`金额${unit}`, true), ...long.map(() => cell('说明', true))];
      const body = [cell('1'), cell('3'), ...long.map(() => cell('检查情况'.repeat(30)))];
      const table = { rows: [header, body], fontSize: 'small' } as Pick<TableBlock, 'rows' | 'fontSize'>;
      const widths = contentColumnWidths(table, 7);
      const size = tableTextPt(table as TableBlock);
      const ems = [...unit].reduce((w, c) => w + (c.charCodeAt(0) < 0x80 ? 0.5 : 1), 0);
      expect(widths[1]).toBeGreaterThanOrEqual(ems * size);
    }
  });
});
