/**
 * The table block as a clerk writes it: where it may stand, what it composes
 * to, how wide its columns are, how the text renderer lines it up, and the
 * messages (with line:col) for tables that cannot be laid out.
 */
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import path from 'node:path';
import { checkTables } from '../../src/campaign/lint-tables';
import type { NoticeSpec } from '../../src/campaign/types';
import { cellShape, columnCount } from '../../src/compose/table';
import type { Block, TableBlock } from '../../src/document/model';
import { checkCampaignFile, documentFromFile } from '../../src/pipeline';
import { renderText } from '../../src/render/text';
import { canonicalYaml } from '../../src/review/canonical-yaml';
import { semanticDiff } from '../../src/review/semantic-diff';
import { placeCells } from '../../src/style/table-grid';
import { fitsPortrait, turnedOpening } from '../../src/style/table-orientation';
import { mmToPt, PAGE, TABLE } from '../../src/style/gbt9704';
import { runCli, tempDir } from '../helpers/cli';

const dir = tempDir('gongwen-table-');
let count = 0;

/** A campaign file from YAML lines (the head every campaign needs is added). */
function campaignFile(lines: string[]): string {
  const file = path.join(dir, `c${++count}.yaml`);
  writeFileSync(file, ['kind: notice', 'year: 2024', 'issuers:', '  - name: 龙溪市市场监督管理局', ...lines, ''].join('\n'));
  return file;
}

const ACTIVITY_TABLE = [
  '    table:',
  '      header:',
  '        - [序号, 活动名称, 时间, 牵头单位, 配合单位]',
  '      rows:',
  '        - [1, 启动仪式, 9月上旬, {text: 市市场监管局, rowSpan: 2}, 各成员单位]',
  '        - [2, 质量知识“三进”活动, 9月, 市教育局、各乡镇人民政府、街道办事处]',
  '        - [{text: 合计两项活动, colSpan: 3, align: left}, "", ""]',
  '      align: [center, left, center, center, left]',
];

const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.type === 'table');

describe('a table written in the text', () => {
  let doc: NonNullable<Awaited<ReturnType<typeof documentFromFile>>['document']>;
  beforeAll(async () => {
    const file = campaignFile([
      'body:',
      '  - 活动安排如下：',
      '  - heading: 主要活动',
      '    body:',
      '      - 表前一段。',
      ...ACTIVITY_TABLE.map((l) => `    ${l.replace(/^    table/, '  - table')}`),
      '      - 表后一段。',
      '  - heading: 工作要求',
      'annexes:',
      '  - id: plan',
      '    kind: document',
      '    title: 活动方案',
      '    body:',
      `  ${ACTIVITY_TABLE[0].replace(/^    table/, '    - table')}`,
      ...ACTIVITY_TABLE.slice(1).map((l) => `    ${l}`),
      '  - id: fwd',
      '    kind: notice',
      '    title: 泉州市的通知',
      '    issuers:',
      '      - name: 泉州市市场监督管理局',
      '    body:',
      `  ${ACTIVITY_TABLE[0].replace(/^    table/, '    - table')}`,
      ...ACTIVITY_TABLE.slice(1).map((l) => `    ${l}`),
    ]);
    const r = await documentFromFile(file);
    expect(r.problems).toEqual([]);
    doc = r.document!;
  });

  test('stands in a body section, in a document annex and in a forwarded notice, between paragraphs', () => {
    const body = doc.notice.body;
    const at = body.findIndex((b) => b.type === 'table');
    expect(body[at - 1]).toMatchObject({ type: 'paragraph', runs: [{ text: '表前一段。' }] });
    expect(body[at + 1]).toMatchObject({ type: 'paragraph', runs: [{ text: '表后一段。' }] });
    const [plan, fwd] = doc.notice.annexes;
    expect(plan.content.kind === 'blocks' && tables(plan.content.blocks)).toHaveLength(1);
    expect(fwd.content.kind === 'notice' && tables(fwd.content.notice.body)).toHaveLength(1);
  });

  test('takes no heading number: the section after it is still 二、', () => {
    const headings = doc.notice.body.flatMap((b) => (b.type === 'heading' ? [b.number + b.title] : []));
    expect(headings).toEqual(['一、主要活动', '二、工作要求']);
  });

  test('header rows in 黑体 centred, merged cells, column alignment and a cell’s own alignment', () => {
    const t = tables(doc.notice.body)[0];
    expect(t.headerRows).toBe(1);
    expect(t.fontSize).toBe('small');
    expect(t.rows[0].every((c) => c.header && c.align === 'center')).toBe(true);
    expect(t.rows[1].map((c) => [c.text, c.rowSpan, c.colSpan, c.align])).toEqual([
      ['1', 1, 1, 'center'],
      ['启动仪式', 1, 1, 'left'],
      ['9月上旬', 1, 1, 'center'],
      ['市市场监管局', 2, 1, 'center'],
      ['各成员单位', 1, 1, 'left'],
    ]);
    // Row 2 skips the slot the merge above covers: its fourth cell stands in column 5 and takes that column's alignment.
    expect(t.rows[2].map((c) => c.align)).toEqual(['center', 'left', 'center', 'left']);
    expect(t.rows[3][0]).toMatchObject({ text: '合计两项活动', colSpan: 3, align: 'left' });
    expect(t.rows[3][1].align).toBe('center');
  });

  test('columns without widths are fitted to their text: short columns on one line, the table fits portrait', () => {
    const t = tables(doc.notice.body)[0];
    const total = t.columns.reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(mmToPt(PAGE.textWidthMm), 3);
    const [number, name, time, lead, partner] = t.columns;
    // 序号 needs two characters, 时间 “9月上旬” about four; the long columns take the rest.
    expect(number).toBeLessThan(time);
    expect(time).toBeGreaterThanOrEqual(4 * 12);
    expect(name).toBeGreaterThan(time);
    expect(partner).toBeGreaterThan(lead);
    expect(fitsPortrait(t)).toBe(true);
  });

  test('a wide statistics form: its long header cells wrap so that no body cell does (县经济开发区 on one line), never inside （家）', async () => {
    const header = ['        - [{text: 序号, rowSpan: 2}, {text: 乡镇（单位）, rowSpan: 2}, {text: 排查企业（家）, rowSpan: 2}, {text: 发现隐患（处）, colSpan: 3}, {text: 整改情况, colSpan: 2}, {text: 立案查处（起）, rowSpan: 2}, {text: 备注, rowSpan: 2}]', '        - [一般, 较大, 重大, 已整改（处）, 整改率（%）]'];
    const file = campaignFile(['body:', '  - table:', '      header:', ...header, '      rows:', '        - [1, 城关镇, "", "", "", "", "", "", "", ""]', '        - [15, 县经济开发区, "", "", "", "", "", "", "", ""]']);
    const t = tables((await documentFromFile(file)).document!.notice.body)[0];
    const block = mmToPt(PAGE.textWidthMm);
    const total = t.columns.reduce((a, b) => a + b, 0);
    const room = t.columns.map((c) => (c / total) * block - 2 * mmToPt(TABLE.cellPaddingMm));
    expect(room[1]).toBeGreaterThanOrEqual(6 * 12);
    // No column is narrower than a unit in brackets it must hold on one line (（家）, （处）, （起）): a narrower one
    // forces a line to start with ） (LibreOffice does) or overflow the cell.
    for (const col of [2, 6, 8]) expect(room[col]).toBeGreaterThanOrEqual(3 * 12);
    expect(fitsPortrait(t)).toBe(true);
  });

  test('a table whose unbreakable pieces overflow portrait is shared out on the landscape page it is turned onto: its long columns get the room', async () => {
    const file = campaignFile([
      'body:',
      '  - table:',
      '      header:',
      '        - [序号, 场所名称, 地址, 负责人, 联系电话, 统一社会信用代码, 检查日期, 检查结论, 备注]',
      '      rows:',
      '        - [1, 莆田市城厢区凤山综合农贸市场（含东区、西区及临街摊位）, 莆田市城厢区凤山街道胜利南街与东圳路交叉口东北侧约二百米处, 陈建国, 13805945678, 91350302MA2XXXXXX1, 2026年6月18日, 合格, ""]',
    ]);
    const t = tables((await documentFromFile(file)).document!.notice.body)[0];
    expect(fitsPortrait(t)).toBe(false);
    const block = mmToPt(PAGE.textHeightMm);
    const total = t.columns.reduce((a, b) => a + b, 0);
    const room = t.columns.map((c) => (c / total) * block - 2 * mmToPt(TABLE.cellPaddingMm));
    // Scaling widths fitted to portrait left the name and the address three characters a line, now near six
    // (near seven while the credit code was counted at half an em a character, too narrow for it).
    expect(room[1]).toBeGreaterThanOrEqual(5.5 * 12);
    expect(room[2]).toBeGreaterThanOrEqual(5.5 * 12);
    // The phone number, the credit code and the date still stand on one line each (half-width digits: 0.5 em; the
    // code 91350302MA2XXXXXX1 is 11.5 em in Noto Serif SC: its M, A and six X's 0.7 to 1 em each).
    expect(room[4]).toBeGreaterThanOrEqual(5.5 * 12);
    expect(room[5]).toBeGreaterThanOrEqual(11.5 * 12);
    expect(room[7]).toBeGreaterThanOrEqual(2 * 12);
  });

  test('written widths are kept as relative widths', async () => {
    const file = campaignFile(['body:', '  - table:', '      widths: [1, 3]', '      rows:', '        - [a, b]']);
    const t = tables((await documentFromFile(file)).document!.notice.body)[0];
    expect(t.columns).toEqual([1, 3]);
    expect(t.headerRows).toBe(0);
  });

  test('written widths that leave a column too narrow for its text are widened there, not turned: [1, 4, 3, 4, 2] with a 序号 column and dates', async () => {
    // wuyishan-2026's 任务分工 table: 1/14 of the block (11.1 mm) is under two 小四 characters and their padding, and
    // 2/14 (22.3 mm) under 2026年12月; as written the table went onto a landscape page.
    const file = campaignFile([
      'body:', '  - table:', '      header:', '        - [序号, 重点任务, 牵头单位, 配合单位, 完成时限]', '      rows:',
      '        - [1, 完善武夷岩茶标准体系, 市市场监管局, 市农业农村局、市茶业发展中心, 2026年12月]',
      '        - [2, 茶叶质量安全专项抽检, 市市场监管局, 市农业农村局, 每年]',
      '      widths: [1, 4, 3, 4, 2]',
    ]);
    const t = tables((await documentFromFile(file)).document!.notice.body)[0];
    expect(fitsPortrait(t)).toBe(true);
    const block = mmToPt(PAGE.textWidthMm);
    const total = t.columns.reduce((a, b) => a + b, 0);
    const pt = (i: number) => (t.columns[i] * block) / total;
    const padding = 2 * mmToPt(TABLE.cellPaddingMm);
    expect(pt(0)).toBeGreaterThanOrEqual(2 * TABLE.smallPt + padding - 1e-6);
    // 2026年12月: six digits at half an em, two ideographs: five ems, with the half em of slack a face's digits need
    expect(pt(4)).toBeGreaterThanOrEqual(5.5 * TABLE.smallPt + padding - 1e-6);
    // the other columns keep the proportions written: 4 : 3 : 4
    expect(pt(1) / pt(2)).toBeCloseTo(4 / 3, 6);
    expect(pt(3) / pt(1)).toBeCloseTo(1, 6);
  });

  test('written widths whose columns cannot all fit upright are kept as written, and the table turns', async () => {
    const file = campaignFile(['body:', '  - table:', `      widths: [${Array(14).fill(1).join(', ')}]`, '      rows:', `        - [${Array(14).fill('合计').join(', ')}]`]);
    const t = tables((await documentFromFile(file)).document!.notice.body)[0];
    expect(t.columns).toEqual(Array(14).fill(1));
    expect(fitsPortrait(t)).toBe(false);
  });

  test('the text renderer puts one row per line, a tab between columns, merged slots left empty', () => {
    const lines = renderText(doc).split('\n');
    const head = lines.indexOf('序号\t活动名称\t时间\t牵头单位\t配合单位');
    expect(head).toBeGreaterThan(0);
    expect(lines[head - 1]).toBe('　　表前一段。');
    expect(lines.slice(head + 1, head + 4)).toEqual([
      '1\t启动仪式\t9月上旬\t市市场监管局\t各成员单位',
      '2\t质量知识“三进”活动\t9月\t\t市教育局、各乡镇人民政府、街道办事处',
      '合计两项活动',
    ]);
    expect(lines[head + 4]).toBe('　　表后一段。');
  });
});

describe('tables that cannot be laid out are errors at their line:col', () => {
  async function problems(lines: string[]) {
    const r = await checkCampaignFile(campaignFile(lines));
    return r.problems.map((p) => ({ at: `${p.line}:${p.column}`, code: p.code, message: p.message, english: p.english, hint: p.hint }));
  }

  test('a row that does not fill the columns', async () => {
    const ps = await problems(['body:', '  - table:', '      header:', '        - [序号, 活动名称, 时间]', '      rows:', '        - [1, 启动仪式, 9月]', '        - [2, 三进活动]']);
    expect(ps).toEqual([
      expect.objectContaining({ at: '11:11', code: 'table-row-width', message: '表格第2行占 2 列，与表格的 3 列不一致', english: 'table rows row 2 fills 2 columns; the table has 3' }),
    ]);
    expect(ps[0].hint).toContain('第一行');
  });

  test('many rows short of a cell are one error at the first, naming how many and which', async () => {
    const rows = Array.from({ length: 64 }, (_, i) => (i === 0 || i === 62 ? `        - [${i + 1}, 活动, 9月, 无]` : `        - [${i + 1}, 活动, 9月]`));
    const ps = await problems(['body:', '  - table:', '      header:', '        - [序号, 活动名称, 时间, 备注]', '      rows:', ...rows]);
    expect(ps).toEqual([
      expect.objectContaining({
        at: '11:11',
        code: 'table-row-width',
        message: '表格有 62 行（第2–62、64行）的格数与表格的 4 列不一致，第2行占 3 列',
        english: "62 table rows (2–62, 64) do not fill the table's 4 columns; row 2 fills 3",
      }),
    ]);
    expect(ps[0].hint).toContain('第一行');
  });

  test('a cell written where a merge from above already stands', async () => {
    const ps = await problems(['body:', '  - table:', '      rows:', '        - [{text: 甲, rowSpan: 2}, 乙]', '        - [丙, 丁]']);
    expect(ps.map((p) => [p.at, p.code])).toEqual([['9:11', 'table-row-width']]);
    expect(ps[0].message).toBe('表格第2行占 3 列，与表格的 2 列不一致');
  });

  test('a merge that runs past the last row, and widths or align for another number of columns', async () => {
    const ps = await problems([
      'body:',
      '  - table:',
      '      widths: [1, 2, 3]',
      '      align: [left, left]',
      '      header:',
      '        - [{text: 甲, rowSpan: 2}, 乙, 丙]',
      '      rows:',
      '        - [1, 2, {text: 3, rowSpan: 3}]',
    ]);
    expect(ps.map((p) => [p.at, p.code])).toEqual([
      ['10:31', 'table-span-past-end'],
      ['12:37', 'table-span-past-end'],
      ['8:14', 'table-align-count'],
    ]);
    expect(ps[0].message).toBe('合并格向下跨 2 行，超出了表头的最后一行');
    expect(ps[1].message).toBe('合并格向下跨 3 行，超出了表格的最后一行');
    expect(ps[1].hint).toBe('这一格之下只有 0 行，最多写 rowSpan: 1（含本行）');
  });

  test('a table cannot share its item with a heading: the unknown key is named where it stands', async () => {
    const ps = await problems(['body:', '  - heading: 活动安排', '    table:', '      rows:', '        - [a]']);
    expect(ps).toEqual([expect.objectContaining({ at: '6:5', code: 'unknown-key', message: '未知的键“heading”' })]);
    expect(ps[0].hint).toContain('请写进该层次的 body');
  });

  test('a cell of the wrong shape (one message, not one per shape), and a merge of zero rows', async () => {
    const ps = await problems(['body:', '  - table:', '      rows:', '        - [[a], {text: b, rowSpan: 0}]']);
    expect(ps.map((p) => [p.at, p.code])).toEqual([
      ['8:12', 'wrong-type'],
      ['8:36', 'out-of-range'],
    ]);
  });
});

test('the semantic diff shows a table row by row: an edited cell inline, an added row as added', async () => {
  const table = (rows: string[]) => ['body:', '  - 活动安排如下：', '  - table:', '      rows:', ...rows.map((r) => `        - ${r}`)];
  const a = await checkCampaignFile(campaignFile(table(['[1, 启动仪式, 9月上旬]', '[2, 开放日, 9月下旬]'])));
  const b = await checkCampaignFile(campaignFile(table(['[1, 启动仪式, 9月上旬]', '[2, 公众开放日, 9月下旬]', '[3, 培训班, 9月底]'])));
  const changes = semanticDiff(a.campaign!, b.campaign!);
  expect(changes).toEqual([
    expect.objectContaining({ kind: 'changed', label: '正文', old: '表格行：2｜开放日｜9月下旬', new: '表格行：2｜公众开放日｜9月下旬' }),
    { kind: 'added', label: '正文', value: '表格行：3｜培训班｜9月底' },
  ]);
});

test('a table too wide even for a landscape page is a warning at the table', async () => {
  const row = (n: number) => `[${Array.from({ length: n }, (_, i) => `项${i + 1}`).join(', ')}]`;
  const problemsOf = async (n: number) => (await checkCampaignFile(campaignFile(['body:', '  - table:', '      rows:', `        - ${row(n)}`]))).problems;
  expect(await problemsOf(19)).toEqual([]);
  const [p] = await problemsOf(24);
  expect(p).toMatchObject({ line: 7, column: 7, severity: 'warning', code: 'table-too-wide', message: '表格有 24 列，即使横排，最窄的一列也放不下两个字' });
  expect(p.hint).toBe('减少列数，或把表格拆成两张');
});

describe('merged cells, generated', () => {
  interface Written {
    text: string;
    rowSpan: number;
    colSpan: number;
  }
  /** A random tiling of a rows × columns grid into merged rectangles, written as a clerk writes it (covered slots left out). */
  const tiling = fc
    .record({ rows: fc.integer({ min: 1, max: 6 }), columns: fc.integer({ min: 1, max: 6 }), choices: fc.array(fc.nat(), { minLength: 80, maxLength: 80 }) })
    .map(({ rows, columns, choices }) => {
      const covered = new Set<string>();
      const written: Written[][] = [];
      const expected: { row: number; col: number; rowSpan: number; colSpan: number }[] = [];
      let n = 0;
      for (let r = 0; r < rows; r++) {
        written.push([]);
        for (let c = 0; c < columns; c++) {
          if (covered.has(`${r},${c}`)) continue;
          let free = 1;
          while (c + free < columns && !covered.has(`${r},${c + free}`)) free++;
          const colSpan = 1 + (choices[n++ % choices.length] % Math.min(free, 3));
          const rowSpan = 1 + (choices[n++ % choices.length] % Math.min(rows - r, 3));
          for (let i = r; i < r + rowSpan; i++) for (let k = c; k < c + colSpan; k++) covered.add(`${i},${k}`);
          written[r].push({ text: `${r}-${c}`, rowSpan, colSpan });
          expected.push({ row: r, col: c, rowSpan, colSpan });
        }
      }
      return { columns, written, expected };
    })
    // A row wholly covered from above has no cell of its own to write: such tilings cannot be written.
    .filter(({ written }) => written.every((row) => row.length > 0));

  const tableProblems = (written: Written[][], widths?: number[]) => {
    const codes: string[] = [];
    const spec: NoticeSpec = { issuers: [{ name: '甲' }], body: [{ table: { rows: written, ...(widths ? { widths } : {}) } }] };
    checkTables(spec, (_severity, _pos, code) => codes.push(code), () => ({ line: 1, column: 1 }));
    return codes.filter((c) => c !== 'table-too-wide');
  };

  test('every table written from a tiling passes check, and its cells land where they were merged', () => {
    fc.assert(
      fc.property(tiling, ({ columns, written, expected }) => {
        expect(tableProblems(written)).toEqual([]);
        expect(columnCount({ rows: written })).toBe(columns);
        expect(placeCells(written.map((r) => r.map(cellShape))).map(({ row, col, cell }) => ({ row, col, rowSpan: cell.rowSpan, colSpan: cell.colSpan }))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  test('a tiling with one cell dropped or one span grown is refused by check (its widths give the columns)', () => {
    const broken = tiling.chain(({ columns, written }) =>
      fc.record({ r: fc.nat({ max: written.length - 1 }), grow: fc.boolean(), pick: fc.nat() }).map(({ r, grow, pick }) => {
        const rows = written.map((row) => row.map((c) => ({ ...c })));
        const k = pick % rows[r].length;
        if (grow) rows[r][k].colSpan++;
        else rows[r].splice(k, 1);
        return { rows, widths: Array<number>(columns).fill(1) };
      }),
    ).filter(({ rows }) => rows.every((row) => row.length > 0));
    fc.assert(
      fc.property(broken, ({ rows, widths }) => {
        expect(tableProblems(rows, widths)).not.toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

test('an annex opens turned when a wide table comes first or after one line of text, and only then', () => {
  const cellOf = (text: string) => ({ text, rowSpan: 1, colSpan: 1, align: 'center' as const });
  const table = (n: number): TableBlock => ({ type: 'table', columns: Array<number>(n).fill(1), rows: [Array.from({ length: n }, (_, i) => cellOf(`${i}`))], headerRows: 0, fontSize: 'small' });
  const para: Block = { type: 'paragraph', runs: [{ text: '填表单位：', font: 'fangsong' }], indent: 'none', align: 'left' };
  const heading: Block = { type: 'heading', level: 1, number: '一、', title: '统计' };
  const [wide, narrow] = [table(14), table(3)];
  expect(fitsPortrait(wide)).toBe(false);
  expect(turnedOpening([wide, para])).toBe(0);
  expect(turnedOpening([para, wide])).toBe(1);
  expect(turnedOpening([para, para, wide])).toBeUndefined();
  expect(turnedOpening([heading, wide])).toBeUndefined();
  expect(turnedOpening([narrow, wide])).toBeUndefined();
  expect(turnedOpening([para, narrow])).toBeUndefined();
});

test('fmt writes a table one row per line, numbers bare, text that YAML would misread quoted, and changes no meaning', () => {
  const source = [
    'kind: notice',
    'year: 2024',
    'issuers:',
    '  - name: 甲',
    'body:',
    '  - table:',
    '      align:',
    '        - center',
    '        - left',
    '      header:',
    '        - - 序号',
    '          - 说明',
    '      rows:',
    '        - [1, "a: b"]',
    '        - ["007", {rowSpan: 1, text: "x, y"}]',
    '        - [2.50, "true"]',
    '',
  ].join('\n');
  const canonical = canonicalYaml(source);
  expect(canonical.split('\n').slice(5)).toEqual([
    '  - table:',
    '      header:',
    '        - [序号, 说明]',
    '      rows:',
    '        - [1, "a: b"]',
    '        - ["007", {text: "x, y", rowSpan: 1}]',
    '        - [2.50, "true"]',
    '      align: [center, left]',
    '',
  ]);
  expect(parse(canonical, { schema: 'failsafe' })).toEqual(parse(source, { schema: 'failsafe' }));
});

test('fmt keeps a cell as the clerk wrote it: quoted text that looks like a number stays quoted, a plain number stays plain and unchanged', async () => {
  const rows = ['        - ["0.5", "01", "1.50", 1e3, "是"]', "        - [0.5, '007', 01, 1.50, \"1e3\"]"];
  const file = campaignFile(['body:', '  - table:', '      header:', '        - [甲, 乙, 丙, 丁, 戊]', '      rows:', ...rows]);
  const source = readFileSync(file, 'utf8');
  const canonical = canonicalYaml(source);
  expect(canonical.split('\n').slice(-3, -1)).toEqual(['        - ["0.5", "01", "1.50", 1e3, 是]', '        - [0.5, "007", 01, 1.50, "1e3"]']);
  // What any YAML reader (core schema) makes of it is unchanged: text stays text, numbers numbers, 1.50 and 01 as written.
  const table = (text: string) => parse(text).body[0].table.rows;
  expect(table(canonical)).toEqual([['0.5', '01', '1.50', 1000, '是'], [0.5, '007', 1, 1.5, '1e3']]);
  expect(table(canonical)).toEqual(table(source));
  expect(parse(canonical, { schema: 'failsafe' })).toEqual(parse(source, { schema: 'failsafe' }));
  // And gongwen fmt writes it so, the notice printing every cell as written.
  expect((await runCli(['fmt', file])).code).toBe(0);
  expect(readFileSync(file, 'utf8')).toBe(canonical);
  const cells = (await documentFromFile(file)).document!.notice.body.flatMap((b) => (b.type === 'table' ? b.rows.slice(b.headerRows).flat().map((c) => c.text) : []));
  expect(cells).toEqual(['0.5', '01', '1.50', '1e3', '是', '0.5', '007', '01', '1.50', '1e3']);
});
