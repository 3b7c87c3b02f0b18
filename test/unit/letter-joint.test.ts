/**
 * A joint letter (§10.1): only the lead issuer's mark is printed, without
 * 文件; what the clerk wrote beyond that (more marks, wenjian: true) is a
 * warning at its line:col, and the signature still names every issuer.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { documentFromFile } from '../../src/pipeline';
import { tempDir } from '../helpers/cli';

const LINES = [
  'kind: joint',
  'year: 2025',
  'issuers:',
  '  - name: 福建省市场监督管理局',
  '    short: 闽市监函',
  '  - name: 福建省工业和信息化厅',
  'header:',
  '  format: letter',
  '  wenjian: true', // line 9
  '  issuers: [福建省市场监督管理局, 福建省工业和信息化厅]', // line 10
  'number: { year: 2025, seq: 3 }',
  'title: 关于商请协助开展标准实施评估的函',
  'addressees: [福建省标准化研究院]',
  'body: [请予支持。]',
  'signature:',
  '  date: 2025-10-09',
  '',
];

test('a joint letter prints the lead issuer’s mark alone, without 文件, and warns about the rest where it is written', async () => {
  const file = path.join(tempDir('gongwen-letter-joint-'), 'joint.yaml');
  writeFileSync(file, LINES.join('\n'));
  const { document, problems } = await documentFromFile(file);
  expect(document!.notice.header).toMatchObject({ format: 'letter', issuers: ['福建省市场监督管理局'], withWenjian: false, documentNumber: '闽市监函〔2025〕3号' });
  expect(document!.notice.signature!.names).toEqual(['福建省市场监督管理局', '福建省工业和信息化厅']);
  const letter = problems.filter((p) => p.code === 'letter-unprinted').map((p) => [p.line, p.column, p.severity]);
  expect(letter).toEqual([
    [9, 12, 'warning'],
    [10, 25, 'warning'],
  ]);
});
