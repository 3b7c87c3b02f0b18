/**
 * Inline markup is expanded or refused, never printed: titles, annex titles and the 附注 expand
 * {{year}} {{theme}} {{deadline}} (in the text, the DOCX, its properties and the PDF); any other
 * field, or markup a title cannot take, or a `{{` left open, is an error at its line:col.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '../helpers/cli';
import { openDocx } from '../helpers/docx-xml';

const VALID = `kind: notice
year: 2023
theme: 质量第一
issuers:
  - name: 福建省质量强省工作领导小组办公室
title: 关于开展{{year}}年“{{theme}}”活动的通知
addressees:
  - 省委宣传部
body:
  - 请按{{ref:slogans}}开展宣传，于{{deadline}}前报送。
deadline: 2023-10-15
signature:
  date: 2023-09-01
  note: （代章）
contact:
  name: 张三
  phone: 0591-87654321
remark: 此件主动公开，{{deadline}}前有效
keywords:
  - 质量月
annexes:
  - id: slogans
    kind: slogans
    title: '{{year}}年“{{theme}}”活动口号'
    items:
      - 质量第一
`;
const replaceLine = (n: number, text: string) => VALID.split('\n').map((l, i) => (i === n - 1 ? text : l)).join('\n');

function campaign(yaml: string) {
  const dir = tempDir('gongwen-markup-');
  const file = path.join(dir, 'campaign.yaml');
  writeFileSync(file, yaml);
  return { dir, file };
}

describe('where markup is documented, it is expanded in every output', () => {
  let dir: string;
  beforeAll(async () => {
    const c = campaign(VALID);
    dir = c.dir;
    const r = await runCli(['build', c.file, '--format', 'text,docx,pdf', '--out', path.join(dir, 'out')]);
    expect(r.err.filter((l) => l.includes('  错误  ') || l.includes('  警告  '))).toEqual([]);
    expect(r.code).toBe(0);
  });

  test('text: title, annex list, annex title and 附注', () => {
    const text = readFileSync(path.join(dir, 'out', 'campaign.txt'), 'utf8');
    expect(text).toContain('关于开展2023年“质量第一”活动的通知');
    expect(text.split('2023年“质量第一”活动口号').length).toBeGreaterThanOrEqual(3);
    expect(text).toContain('此件主动公开，2023年10月15日前有效');
    expect(text).not.toContain('{{');
  });

  test('DOCX: no part contains {{, and the title property is the expanded title', async () => {
    const docx = await openDocx(readFileSync(path.join(dir, 'out', 'campaign.docx')));
    for (const name of docx.names.filter((n) => /\.(xml|rels)$/.test(n))) expect(docx.part(name)).not.toContain('{{');
    expect(docx.part('docProps/core.xml')).toContain('<dc:title>关于开展2023年“质量第一”活动的通知</dc:title>');
  });

  test('PDF: neither the pages nor the properties contain {{', () => {
    const pdf = path.join(dir, 'out', 'campaign.pdf');
    expect(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })).not.toContain('{{');
    const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+关于开展2023年“质量第一”活动的通知/);
    expect(info).not.toContain('{{');
  });
});

const REFUSED: [name: string, yaml: string, line: number, column: number, message: RegExp][] = [
  ['markup in an addressee', replaceLine(8, '  - 省委宣传部{{year}}'), 8, 10, /这里不能使用标记“\{\{year\}\}”/],
  ['markup in an issuer name', replaceLine(5, '  - name: 福建省{{theme}}办公室'), 5, 14, /这里不能使用标记/],
  ['markup in a contact field', replaceLine(17, '  phone: "{{year}}"'), 17, 11, /这里不能使用标记/],
  ['markup in the signature note', replaceLine(14, '  note: （{{theme}}代章）'), 14, 10, /这里不能使用标记/],
  ['markup in a keyword', replaceLine(20, '  - "{{year}}质量月"'), 20, 6, /这里不能使用标记/],
  ['a reference in a title', replaceLine(6, 'title: 关于印发{{ref:slogans}}的通知'), 6, 12, /标题和附注中不能使用“\{\{ref:slogans\}\}”/],
  ['the contact in the 附注', replaceLine(18, 'remark: 联系：{{contact}}'), 18, 12, /标题和附注中不能使用/],
  ['a {{ left open in the body', replaceLine(10, '  - 请按{{ref:slogans}}开展宣传，于{{deadline前报送。'), 10, 28, /没有配对的“\}\}”/],
];

test.each(REFUSED)('%s is an error at its line:col, and nothing is written', async (_name, yaml, line, column, message) => {
  const { dir, file } = campaign(yaml);
  const r = await runCli(['build', file, '--format', 'text', '--out', path.join(dir, 'out')]);
  expect(r.code).toBe(2);
  const reported = r.err.find((l) => l.startsWith(`${file}:`) && l.includes('  错误  '));
  expect(reported).toMatch(message);
  expect(reported).toContain(`${file}:${line}:${column}  错误  `);
});
