/**
 * A table too wide for portrait is set on turned pages (§8); the one-line
 * note under it (填表人：… 审核人：…) is set on the same turned page, not
 * alone on an upright page of its own — in our PDF and in the DOCX's
 * landscape section. A note too long for a portrait line but not for the
 * turned page's (40 characters) goes with its table too: it is set there.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { documentFromFile } from '../../src/pipeline';
import { renderDocx } from '../../src/render/docx';
import { renderPdf } from '../../src/render/pdf';
import { tempDir } from '../helpers/cli';
import { openDocx } from '../helpers/docx-xml';
import { readText } from '../helpers/pdf-poppler';

const CELLS = Array.from({ length: 11 }, () => '""').join(', ');
const YAML = [
  'kind: notice',
  'year: 2025',
  'title: 关于报送农村自建房安全隐患排查情况的通知',
  'issuers:',
  '  - name: 清溪县人民政府办公室',
  'addressees: [各乡镇人民政府]',
  'body:',
  '  - 请于每月25日前报送排查情况统计表（见{{ref:wide}}）。',
  'signature:',
  '  date: 2025-09-15',
  'annexes:',
  '  - id: wide',
  '    kind: document',
  '    title: 清溪县农村自建房安全隐患排查情况统计表',
  '    body:',
  '      - 填报单位（盖章）：',
  '      - table:',
  '          header:',
  '            - [{text: 序号, rowSpan: 2}, {text: 乡镇, rowSpan: 2}, {text: 自建房总数（栋）, rowSpan: 2}, {text: 已排查（栋）, rowSpan: 2}, {text: 存在隐患（栋）, colSpan: 4}, {text: 整治情况（栋）, colSpan: 3}, {text: 责任人, rowSpan: 2}, {text: 联系电话, rowSpan: 2}]',
  '            - [结构安全, 消防安全, 违法建设, 其他, 已整治, 正在整治, 未整治]',
  '          rows:',
  `            - [1, 城关镇, ${CELLS}]`,
  `            - [2, 溪口镇, ${CELLS}]`,
  `            - [{text: 合计, colSpan: 2}, ${CELLS}]`,
  '      - 填表人：　　　　　审核人：',
  '',
].join('\n');

/** 33 characters: more than a portrait line holds after the indent (26), fewer than a turned one (38). */
const LONG_NOTE = '填表人：　　　　　审核人：　　　　　填报日期：　　　年　　月　　日';
const NOTES = { short: YAML, long: YAML.replace('      - 填表人：　　　　　审核人：', `      - ${LONG_NOTE}`) };

describe.each(Object.entries(NOTES))('the %s note', (name, source) => {
  let file: string;
  let docx: Uint8Array;

  beforeAll(async () => {
    const dir = tempDir('gongwen-turned-note-');
    const yaml = path.join(dir, `${name}.yaml`);
    writeFileSync(yaml, source);
    const { document, problems } = await documentFromFile(yaml);
    expect(problems).toEqual([]);
    file = path.join(dir, 'wide.pdf');
    writeFileSync(file, (await renderPdf(document!)).bytes);
    docx = await renderDocx(document!);
  });

  test('our PDF: the note is on the page with the table, and no page holds the note alone', () => {
    const pages = readText(file).split('\f').map((p) => p.replace(/\s+/g, ''));
    const withNote = pages.filter((p) => p.includes('填表人'));
    expect(withNote).toHaveLength(1);
    expect(withNote[0]).toContain('合计');
  });

  test('the DOCX: the note stands in the landscape section with the table', async () => {
    const xml = (await openDocx(docx)).part('word/document.xml');
    const after = xml.slice(xml.indexOf('填表人'));
    // A section's properties close it: the first w:sectPr after the note is that of the note's section.
    const sectPr = after.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/)![0];
    expect(sectPr).toMatch(/w:orient="landscape"/);
  });
});
