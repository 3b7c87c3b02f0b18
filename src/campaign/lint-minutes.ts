/**
 * The minutes format (header.format: minutes, GB/T 9704 §10.3): its header
 * prints the 纪要标志 alone, minutes carry no seal, and they list who attended.
 * A warning at each field the format leaves out or lacks says what to do; a
 * 纪要标志 written for another format is not printed either.
 */
import type { Report } from './problem';
import type { DataPath, Position } from './source-map';
import type { NoticeSpec } from './types';

export function checkMinutesFields(spec: NoticeSpec, base: DataPath, report: Report, at: (p: DataPath) => Position): void {
  const header = spec.header;
  const warn = (p: DataPath, code: string, message: string, english: string, hint: string) => report('warning', at([...base, ...p]), code, message, english, hint);
  if (header?.format === 'minutes') {
    const unprinted = (p: DataPath, what: string, english: string) =>
      warn(p, 'minutes-unprinted', `纪要格式不印${what}：版头只印纪要标志（GB/T 9704 第10.3条）`, `the minutes format does not print ${english}; its header is the minutes mark alone`,
        '删去这一项；纪要标志写在 header 的 mark 中');
    if (header.wenjian) unprinted(['header', 'wenjian'], '“文件”二字', '文件 (header.wenjian)');
    if (header.issuers) unprinted(['header', 'issuers'], '发文机关标志', 'the issuer mark (header.issuers)');
    if (spec.signature?.seal || spec.signature?.seals) {
      warn(['signature', spec.signature.seal ? 'seal' : 'seals'], 'minutes-seal', '纪要不加盖印章', 'minutes carry no seal', `删去 signature 中的 ${spec.signature.seal ? 'seal' : 'seals'}`);
    }
    if (!spec.attendance?.present) {
      warn(['header', 'format'], 'minutes-without-present', '纪要没有列出出席人员（GB/T 9704 第10.3条）', 'the minutes list no one present (attendance.present)',
        '写上 attendance: { present: [出席人员单位和姓名, …] }，请假、列席人员写在 onLeave、observers');
    }
  } else if (header?.mark) {
    warn(['header', 'mark'], 'mark-not-minutes', '纪要标志只在纪要格式中印出，这里不会印出', 'the minutes mark (header.mark) is printed in the minutes format only',
      '在 header 中写 format: minutes，或删去 mark');
  }
  (spec.annexes ?? []).forEach((a, i) => {
    if (a.kind === 'notice') checkMinutesFields(a, [...base, 'annexes', i], report, at);
  });
}
