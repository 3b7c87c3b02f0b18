/**
 * 签发人 (GB/T 9704 §7.2.6): an upward document — a 请示 or 报告, as its title says — in the 文件格式 names who
 * signed it; the names stand on the number's line, so without a number they have no place.
 */
import type { Report } from './problem';
import type { DataPath, Position } from './source-map';
import type { Campaign } from './types';

const UPWARD = /(请示|报告)$/;

export function checkSigners(c: Campaign, report: Report, at: (p: DataPath) => Position): void {
  const header = c.header;
  if (!header || header.format === 'letter' || header.format === 'order') return;
  if (header.signers && !c.number) {
    report('warning', at(['header', 'signers']), 'signers-without-number', '签发人不会印出：签发人与发文字号排在同一行，而文件没有写 number',
      'signers are printed on the line of the document number, and there is none', '写上发文字号 number（如 number: { year: 2026, seq: 8 }），或删去 signers');
  }
  const kind = UPWARD.exec(c.title?.trim() ?? '')?.[1];
  if (kind && !header.signers) {
    report('warning', at(['header']), 'signers-missing', `上报的${kind}应当标注签发人（GB/T 9704 第7.2.6条），版头中没有写 signers`,
      `an upward ${kind === '请示' ? 'request' : 'report'} names its signer in the header (header.signers)`, '在 header 中写 signers: [签发人姓名]，如 signers: [吴建华]');
  }
}
