/**
 * Messages for slips a clerk makes when copying from a printed notice: a
 * half-width colon in a text (YAML reads a key there), a date written the
 * Chinese way or without leading zeros, and the list of problems read from
 * the top of the file down, counted in proper English.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkCampaignFile } from '../../src/pipeline';
import type { Problem } from '../../src/campaign/problem';
import { printProblems, summary } from '../../src/cli/report';
import { tempDir } from '../helpers/cli';

const dir = tempDir('gongwen-messages-');
let count = 0;
const HEAD = ['kind: notice', 'year: 2025', 'issuers:', '  - name: 漳州市市场监督管理局', '    short: 漳市监'];

async function problemsOf(lines: string[]): Promise<Problem[]> {
  const file = path.join(dir, `c${++count}.yaml`);
  writeFileSync(file, [...HEAD, ...lines, ''].join('\n'));
  return (await checkCampaignFile(file)).problems;
}

describe('a half-width colon in a text', () => {
  test('at the end of a value: named at the colon, not called an indentation fault', async () => {
    const problems = await problemsOf(['addressees:', '  - items: [各县（区）]', '    suffix: 市场监督管理局:']);
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([[8, 20, 'yaml-colon-in-value']]);
    expect(problems[0].message).toContain('半角冒号');
    expect(problems[0].message).not.toContain('缩进');
    expect(problems[0].hint).toContain('全角冒号“：”');
  });

  test('inside a value, before a space: named at the colon', async () => {
    const problems = await problemsOf(['contact:', '  name: 联系人: 黄文彬']);
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([[7, 12, 'yaml-colon-in-value']]);
  });

  test('a real indentation fault keeps its own message', async () => {
    const problems = await problemsOf(['contact:', '  name: 黄文彬', '   phone: 0596-2598317']);
    expect(problems[0].code).not.toBe('yaml-colon-in-value');
  });

  test('a paragraph that became a key: said so, not “unknown key, use heading, text or body”', async () => {
    const problems = await problemsOf(['body:', '  - 联系电话: 0596-2598317']);
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([[7, 5, 'colon-in-text']]);
    expect(problems[0].message).toContain('“联系电话:”被当成了键');
    expect(problems[0].hint).toContain('全角冒号“：”');
  });

  test('an English key mistyped is still an unknown key with its guess', async () => {
    const problems = await problemsOf(['contact:', '  name: 黄文彬', '  phon: 0596-2598317']);
    expect(problems.map((p) => [p.code, p.hint])).toEqual([['unknown-key', '是不是要写“phone”？']]);
  });
});

describe('a date not written YYYY-MM-DD', () => {
  test.each([
    ['2025-8-28', '2025-08-28'],
    ['2025年8月28日', '2025-08-28'],
    ['2025/9/1', '2025-09-01'],
  ])('%s: the hint gives the date as it must be written', async (written, wanted) => {
    const problems = await problemsOf(['signature:', `  date: ${written}`]);
    expect(problems.map((p) => [p.line, p.code])).toEqual([[7, 'bad-date']]);
    expect(problems[0].hint).toContain(`是不是要写 ${wanted}？`);
  });

  test('a day that does not exist gets no guess', async () => {
    const problems = await problemsOf(['signature:', '  date: 2025-2-30']);
    expect(problems[0].code).toBe('bad-date');
    expect(problems[0].hint).not.toContain('是不是');
  });
});

describe('the list of problems', () => {
  const at = (file: string, line: number, severity: Problem['severity']): Problem => ({
    file, line, column: 1, severity, code: 'x', message: '问题', english: 'problem', hint: '',
  });

  test('each file’s problems from the top of the file down, the files in the order given', () => {
    const lines: string[] = [];
    printProblems([at('b.yaml', 30, 'warning'), at('b.yaml', 4, 'error'), at('a.yaml', 9, 'error'), at('b.yaml', 12, 'warning')], {
      out: () => undefined,
      err: (l) => lines.push(l),
    });
    expect(lines.map((l) => l.split('  ')[0])).toEqual(['b.yaml:4:1', 'b.yaml:12:1', 'b.yaml:30:1', 'a.yaml:9:1']);
  });

  test('the summary counts in the singular and the plural', () => {
    expect(summary([at('a.yaml', 1, 'error'), at('a.yaml', 2, 'warning')])).toBe('1 个错误，1 个警告 (1 error, 1 warning)');
    expect(summary([at('a.yaml', 1, 'error'), at('a.yaml', 2, 'error')])).toBe('2 个错误，0 个警告 (2 errors, 0 warnings)');
  });
});

describe('a text where the format wants fields, as copied from the printed notice', () => {
  test('the 发文字号 written as printed: the hint gives its fields', async () => {
    const problems = await problemsOf(['number: 漳市监〔2025〕56号']);
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([[6, 9, 'wrong-type']]);
    expect(problems[0].message).not.toContain('name');
    expect(problems[0].hint).toContain('{ prefix: 漳市监, year: 2025, seq: 56 }');
  });

  test('an issuer or a contact written as a bare name: the hint wraps it in name:', async () => {
    const file = path.join(dir, 'bare.yaml');
    writeFileSync(file, ['kind: notice', 'year: 2025', 'issuers: [漳州市市场监督管理局]', 'contact: 黄文彬', ''].join('\n'));
    const { problems } = await checkCampaignFile(file);
    expect(problems.map((p) => [p.line, p.code, p.hint])).toEqual([
      [3, 'wrong-type', '写成 { name: 漳州市市场监督管理局 }（或另起一行写 name: 漳州市市场监督管理局）'],
      [4, 'wrong-type', '写成 { name: 黄文彬 }（或另起一行写 name: 黄文彬）'],
    ]);
  });
});

describe('YAML that reads otherwise than the clerk meant', () => {
  test.each([
    ['  - {{contact}}', 8, 5, '写成 "{{contact}}"（两边加英文双引号）'],
    ['  - {{contact}}如有问题请联系。', 8, 5, '写成 "{{contact}}如有问题请联系。"（两边加英文双引号）'],
    ['  - heading: 主题\n    text: {{theme}}，全年开展。', 9, 11, '写成 "{{theme}}，全年开展。"（两边加英文双引号）'],
  ])('%s: a text starting with {{ unquoted is one error at the braces, saying to quote it', async (line, row, column, hint) => {
    const problems = await problemsOf(['theme: 质量', 'body:', line, 'contact:', '  name: 黄文彬']);
    expect(problems.map((p) => [p.line, p.column, p.code, p.hint])).toEqual([[row, column, 'yaml-braces-unquoted', hint]]);
  });

  test('a # glued to its word after a space in a text is a warning: the rest of the line would not print', async () => {
    const problems = await problemsOf(['body:', '  - 电话：0596-2598317 #分机8']);
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([[7, 21, 'hash-in-text']]);
    expect(problems[0].message).toBe('“#分机8”被当作注释，不会印在公文中');
  });

  test('comments written as comments, and a # inside quotes, are no warning', async () => {
    const problems = await problemsOf(['# 整行注释', 'body:', '  - 正文。 # 待核对 e9d2', '  - "电话：0596-2598317 #分机8"']);
    expect(problems).toEqual([]);
  });

  test('a tab in the indentation is one error, not four', async () => {
    const problems = await problemsOf(['body:', '  - 正文', '\t- 第二段']);
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([[8, 1, 'yaml-tab_as_indent']]);
  });
});

describe('a slip of a Chinese keyboard YAML reports as something else', () => {
  test.each([
    ['a full-width colon after a field name', ['number:', '  year: 2026', '  seq：3'], [8, 6, 'yaml-full-width-colon'], '字段名后写半角冒号和一个空格：seq: 3'],
    ['a full-width colon after a top-level field name', ['status：final', 'body:', '  - 正文。'], [6, 7, 'yaml-full-width-colon'], '字段名后写半角冒号和一个空格：status: final'],
    ['a full-width colon after a heading YAML notices a line late', ['body:', '  - heading：加强组织领导', '    text: 各地要高度重视。'], [7, 12, 'yaml-full-width-colon'], '字段名后写半角冒号和一个空格：heading: 加强组织领导'],
    ['no space after a field name\'s colon', ['status:final', 'body:', '  - 正文。'], [6, 7, 'yaml-colon-no-space'], '冒号后空一格：status: final'],
    ['a full-width space in the indentation', ['body:', '  - 第一段。', '　- 第二段。'], [8, 1, 'yaml-full-width-indent'], '缩进请用半角空格'],
    ['a tab after a block of text', ['body:', '  - |-', '    第一段。', '\t- 第二段。'], [9, 1, 'yaml-tab_as_indent'], '请用空格缩进，不要用 Tab'],
  ])('%s: one error at the slip, saying what it is and how to write it', async (_, lines, where, hint) => {
    const problems = await problemsOf(lines);
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([where]);
    expect(problems[0].hint).toContain(hint);
    expect(problems[0].message).not.toMatch(/键不能跨行|缺少必要的符号|缩进不正确/);
  });

  test.each([
    [['状态: final'], [6, 1], '“状态”不是字段名：字段名用英文，状态写作 status', '写成 status: …'],
    [['主送: [县直有关单位]'], [6, 1], '“主送”不是字段名：字段名用英文，主送机关写作 addressees', '写成 addressees: …'],
    [['signature:', '  成文日期: 2026-01-02'], [7, 3], '“成文日期”不是字段名：字段名用英文，成文日期写作 date', '写成 date: …'],
  ])('a field named in Chinese (%s) is named in English in the hint, not told to take a full-width colon', async (lines, [line, column], message, hint) => {
    const problems = await problemsOf(lines);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line, column, code: 'chinese-key', message, hint });
  });

  test('a full-width colon where an object is wanted (the line parses as a text): the hint writes the field', async () => {
    const problems = await problemsOf(['signature:', '  date：2026-01-02']);
    expect(problems.map((p) => [p.line, p.code, p.hint])).toEqual([[7, 'wrong-type', '字段名“date”后的全角冒号“：”改为半角冒号和一个空格：date: 2026-01-02']]);
  });

  test('a URL opening a line of text is no slip', async () => {
    const problems = await problemsOf(['body:', '  - https://zljs.datian.gov.cn/report', '  - 正文。']);
    expect(problems).toEqual([]);
  });
});

describe('a value written in Chinese where the format has an English word', () => {
  test.each([
    ['kind', '通知', 'notice'],
    ['kind', '转发', 'forward'],
    ['kind', '联合行文', 'joint'],
    ['status', '草稿', 'draft'],
  ])('%s: %s → 是不是要写“%s”？', async (key, written, wanted) => {
    const file = path.join(dir, `zh-${key}-${written}.yaml`);
    writeFileSync(file, [`${key === 'kind' ? `kind: ${written}` : 'kind: notice'}`, 'year: 2025', 'issuers: [{ name: 漳州市市场监督管理局 }]', ...(key === 'status' ? [`status: ${written}`] : []), ''].join('\n'));
    const { problems } = await checkCampaignFile(file);
    expect(problems.map((p) => [p.code, p.hint])).toEqual([['bad-value', `是不是要写“${wanted}”？`]]);
  });

  test('a form item’s type and a table column’s alignment too', async () => {
    const problems = await problemsOf([
      'body:',
      '  - table:',
      '      rows: [[1, 启动仪式]]',
      '      align: [居中, 左对齐]',
      'annexes:',
      '  - id: stats',
      '    kind: form',
      '    title: 统计表',
      '    rows:',
      '      - { item: 活动场次, type: 整数 }',
    ]);
    expect(problems.map((p) => p.hint)).toEqual(['是不是要写“center”？', '是不是要写“left”？', '是不是要写“count”？']);
  });
});

test('an addressee typed with a half-width colon (直属各单位:) is the one slip, not also a group missing its items', async () => {
  const problems = await problemsOf(['addressees:', '  - 局机关各科室', '  - 直属各单位:']);
  expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([[8, 5, 'colon-in-text']]);
});

describe('addresseeUnits: a name that is not in the 主送 line', () => {
  const addressees = ['addressees:', '  - 省委宣传部', '  - items: [各设区市, 平潭综合实验区]', '    suffix: 市场监管局'];

  test('a misspelt key is a warning at the key, naming the 主送 names it could be', async () => {
    const problems = await problemsOf([...addressees, 'addresseeUnits:', '  各设区市、平潭综合实验区市场监督局:', '    items: [福州市, 厦门市]', '    suffix: 市场监管局']);
    expect(problems.map((p) => [p.line, p.column, p.severity, p.code])).toEqual([[11, 3, 'warning', 'addressee-units-unknown']]);
    expect(problems[0].message).toContain('“各设区市、平潭综合实验区市场监督局”不是主送机关中的名称');
    expect(problems[0].hint).toContain('各设区市、平潭综合实验区市场监管局');
  });

  test('the group as printed, or one unit of it, is a name of the 主送 line: no warning', async () => {
    for (const key of ['各设区市、平潭综合实验区市场监管局', '各设区市市场监管局']) {
      expect(await problemsOf([...addressees, 'addresseeUnits:', `  ${key}:`, '    items: [福州市, 厦门市]', '    suffix: 市场监管局'])).toEqual([]);
    }
  });
});

describe('a document number with no header to print it in', () => {
  test('is a warning at number: it would not be printed', async () => {
    const problems = await problemsOf(['number:', '  year: 2025', '  seq: 147']);
    expect(problems.map((p) => [p.line, p.column, p.severity, p.code])).toEqual([[7, 3, 'warning', 'number-without-header']]);
    expect(problems[0].message).toContain('漳市监〔2025〕147号');
    expect(problems[0].hint).toContain('header:');
  });

  test('with a header, or in a forwarded notice (its number is quoted in the annex list), no warning', async () => {
    expect(await problemsOf(['header:', '  wenjian: false', 'number:', '  year: 2025', '  seq: 147'])).toEqual([]);
  });
});

describe('digits typed full-width (２０２６), as a Chinese input method in full-width mode types them', () => {
  test('where a number or date is wanted: an error naming the full-width digits, with the half-width value to write', async () => {
    const problems = await problemsOf(['header:', '  copyNumber: "０００００１"', 'number:', '  year: ２０２６', '  seq: ８', 'signature:', '  date: ２０２６-０３-１８']);
    expect(problems.map((p) => [p.line, p.column, p.severity])).toEqual([
      [7, 15, 'error'],
      [9, 9, 'error'],
      [10, 8, 'error'],
      [12, 9, 'error'],
    ]);
    expect(problems[0].hint).toContain('000001');
    expect(problems[1].message).toContain('“２０２６”用的是全角数字');
    expect(problems[1].english).toContain('full-width digits');
    expect(problems[1].hint).toContain('改为半角数字：2026');
    expect(problems[2].hint).toContain('改为半角数字：8');
    expect(problems[3].hint).toContain('全角数字改为半角');
    expect(problems[3].hint).toContain('2026-03-18');
  });

  test('in a text: a warning at the digits, with the half-width form', async () => {
    const problems = await problemsOf(['title: 关于开展２０２６年质量提升行动的通知', 'body:', '  - 请于2026年３月18日前报送。']);
    expect(problems.map((p) => [p.line, p.column, p.severity, p.code])).toEqual([
      [6, 12, 'warning', 'full-width-digits'],
      [8, 12, 'warning', 'full-width-digits'],
    ]);
    expect(problems[0].hint).toContain('改为半角数字 2026');
    expect(problems[1].message).toContain('“３”');
  });

  test('every run in a text is reported at its own line:col, the same digits twice at both places', async () => {
    const problems = await problemsOf(['body:', '  - 请于２０２６年３月１８日前报送，３月２０日前汇总。', '  - >-', '    第一批３家，', '    第二批１２家。']);
    expect(problems.filter((p) => p.code === 'full-width-digits').map((p) => [p.line, p.column, p.message])).toEqual([
      [7, 7, '文字中有全角数字“２０２６”'],
      [7, 12, '文字中有全角数字“３”'],
      [7, 14, '文字中有全角数字“１８”'],
      [7, 21, '文字中有全角数字“３”'],
      [7, 23, '文字中有全角数字“２０”'],
      [9, 8, '文字中有全角数字“３”'],
      [10, 8, '文字中有全角数字“１２”'],
    ]);
  });
});

test('a title quoted in a message nests its own quotes as single ones: 附件“2026年‘质量月’活动口号”', async () => {
  const problems = await problemsOf(['body:', '  - 请按{{ref:plan}}组织。', 'annexes:', '  - id: plan', '    kind: listed', '    title: 活动方案', '  - id: slogans', '    kind: slogans', '    title: 2026年“质量月”活动口号', '    items: [质量第一]']);
  expect(problems.map((p) => p.code)).toEqual(['annex-unreferenced']);
  expect(problems[0].message).toBe('附件“2026年‘质量月’活动口号”在正文中没有被引用');
});

describe('签发人 with no number to stand beside, or in a letter', () => {
  test('without number: a warning at signers, with the number to write', async () => {
    const problems = await problemsOf(['header:', '  wenjian: true', '  signers: [吴建华]']);
    expect(problems.map((p) => [p.line, p.column, p.severity, p.code])).toEqual([[8, 12, 'warning', 'signers-without-number']]);
    expect(problems[0].hint).toContain('number:');
  });

  test('in the letter format: not printed, a warning at signers', async () => {
    const problems = await problemsOf(['header:', '  format: letter', '  signers: [吴建华]', 'number: { year: 2025, seq: 8 }']);
    expect(problems.map((p) => [p.line, p.column, p.severity, p.code])).toEqual([[8, 12, 'warning', 'letter-unprinted']]);
    expect(problems[0].message).toContain('签发人');
  });

  test('a 请示 or 报告 (by its title) whose header names no signer: a warning at header, with the field to write', async () => {
    for (const title of ['关于申请拨付专项经费的请示', '关于2025年质量工作情况的报告']) {
      const problems = await problemsOf([`title: ${title}`, 'header:', '  wenjian: true', 'number: { year: 2025, seq: 8 }']);
      expect(problems.map((p) => [p.line, p.column, p.severity, p.code])).toEqual([[8, 3, 'warning', 'signers-missing']]);
      expect(problems[0].message).toContain('应当标注签发人');
      expect(problems[0].hint).toContain('signers: [');
    }
    // a notice, or a 请示 sent as a letter, needs none
    expect(await problemsOf(['title: 关于开展质量月活动的通知', 'header:', '  wenjian: true', 'number: { year: 2025, seq: 8 }'])).toEqual([]);
    expect(await problemsOf(['title: 关于申请拨付专项经费的请示', 'header:', '  format: letter', 'number: { year: 2025, seq: 8 }'])).toEqual([]);
  });

  test('with a number in the 文件格式: no warning', async () => {
    expect(await problemsOf(['header:', '  wenjian: true', '  signers: [吴建华, 叶丽琴]', 'number: { year: 2025, seq: 8 }'])).toEqual([]);
  });
});

describe('a heading pasted as a paragraph, its number typed', () => {
  test('一、工作目标 and （一）重点产品 alone as paragraphs: a warning each, with the heading to write instead', async () => {
    const problems = await problemsOf(['body:', '  - 一、工作目标', '  - 通过集中排查整治，消除一批隐患。', '  - （一）重点产品', '  - 1.电线电缆、燃气器具等工业产品；建筑用钢筋、水泥。']);
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [7, 5, 'heading-as-paragraph'],
      [9, 5, 'heading-as-paragraph'],
    ]);
    expect(problems[0].message).toContain('“一、工作目标”');
    expect(problems[0].hint).toContain('- heading: 工作目标');
  });
});

describe('a wrong value inside an annex table or form is named as printed, counted from 1', () => {
  const TABLE = ['annexes:', '  - id: reg', '    kind: document', '    title: 联络员登记表', '    body:', '      - table:', '          rows:',
    '            - [姓名, ""]', '            - [职务, {text: "", colSpan: 三}]', '          widths: [2, 两]', '          align: [中间, left]'];
  const FORM = ['  - id: stats', '    kind: form', '    title: 统计表', '    rows:', '      - group: 检查情况', '        rows:',
    '          - item: 检查加油站', '            unit: 个', '            type: 数目', '          - item: [检查医疗机构]', '            type: count'];

  test.each([
    ['colSpan', 14, 40, '附件1“联络员登记表”的正文的第1项表格的第2行第2格的向右合并的列数应为整数'],
    ['widths', 15, 23, '附件1“联络员登记表”的正文的第1项表格的第2列的宽度应为数字'],
    ['align', 16, 19, '附件1“联络员登记表”的正文的第1项表格的第1列的对齐方式的取值“中间”无效'],
    ['type', 25, 19, '附件2“统计表”的“检查情况”组的“检查加油站”一行的填报类型的取值“数目”无效'],
    ['item', 26, 19, '附件2“统计表”的“检查情况”组的第2行的填报项名称应为文字'],
  ])('%s', async (_what, line, column, message) => {
    const problems = await problemsOf([...TABLE, ...FORM]);
    const problem = problems.find((p) => p.line === line);
    expect(problem && [problem.line, problem.column]).toEqual([line, column]);
    expect(problem?.message).toContain(message);
    for (const p of problems) expect(p.message).not.toMatch(/annexes|\.\d/);
  });
});
