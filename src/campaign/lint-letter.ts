/**
 * Fields a letter-format notice (header.format: letter, GB/T 9704 §10.1)
 * does not print: its colophon has no 印发机关 and 印发日期, its mark is the
 * lead issuer's alone and carries no 文件. A warning at each such field says
 * what the letter leaves out and how to keep the field printed.
 */
import type { Report } from './problem';
import type { DataPath, Position } from './source-map';
import type { NoticeSpec } from './types';

const FIX = '删去这一项，或改用文件格式（删去 header 中的 format: letter）';

export function checkLetterFields(spec: NoticeSpec, base: DataPath, report: Report, at: (p: DataPath) => Position): void {
  if (spec.header?.format === 'letter') {
    const warn = (p: DataPath, what: string, english: string) =>
      report('warning', at([...base, ...p]), 'letter-unprinted', `信函格式不印${what}（GB/T 9704 第10.1条）`, `the letter format does not print ${english}`, FIX);
    if (spec.colophon?.printer) warn(['colophon', 'printer'], '印发机关', 'the issuing office (colophon.printer)');
    if (spec.colophon?.printDate) warn(['colophon', 'printDate'], '印发日期', 'the date of printing (colophon.printDate)');
    if (spec.header.signers) warn(['header', 'signers'], '签发人', 'signers (header.signers)');
    if (spec.header.wenjian) warn(['header', 'wenjian'], '“文件”二字', '文件 after the issuer mark (header.wenjian)');
    spec.header.issuers?.slice(1).forEach((_, i) =>
      warn(['header', 'issuers', i + 1], '主办机关以外的发文机关标志：联合行文只标主办机关', 'issuer marks other than the lead issuer’s (header.issuers)'));
  }
  (spec.annexes ?? []).forEach((a, i) => {
    if (a.kind === 'notice') checkLetterFields(a, [...base, 'annexes', i], report, at);
  });
}
