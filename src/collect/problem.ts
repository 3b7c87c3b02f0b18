import { SEVERITY_LABEL } from '../campaign/problem';
import { MAX_UNZIPPED_BYTES } from './zip-limits';

/** A problem with one return (a filled-in workbook), reported as FILE!CELL. */
export interface ReturnProblem {
  file: string;
  /** Cell address such as F12; absent when the whole file is concerned. */
  cell?: string;
  severity: 'error' | 'warning';
  /** Stable identifier, e.g. 'not-a-number', for tests. */
  code: string;
  message: string;
  english: string;
  hint: string;
  /** The unit the return is from, when known. */
  unit?: string;
  /** The value left out of the totals, as it stood in the cell. */
  value?: string;
}

export function formatReturnProblem(p: ReturnProblem): string {
  const where = p.cell ? `${p.file}!${p.cell}` : p.file;
  return `${where}  ${SEVERITY_LABEL[p.severity]}  ${p.message} (${p.english})  提示：${p.hint}`;
}


type Text = Pick<ReturnProblem, 'severity' | 'message' | 'english' | 'hint'>;
const error = (message: string, english: string, hint: string): Text => ({ severity: 'error', message, english, hint });
const warning = (message: string, english: string, hint: string): Text => ({ severity: 'warning', message, english, hint });

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const RESEND = '请报送单位用下发的统计表重新填写后报送';

/** Every problem a return can have, in Chinese and English, with what to do about it. */
export const RETURN_PROBLEMS = {
  unreadable: (reason: string) => error(`无法读取文件：${reason}`, `cannot read the file: ${reason}`, '检查文件路径和权限'),
  notAFile: () => error('不是普通文件（可能是文件夹、管道或设备）', 'not a regular file (a folder, pipe or device)', '只放报送的 .xlsx 文件'),
  fileTooLarge: (bytes: number, limit: number) =>
    error(`文件太大（${mb(bytes)}），超过 ${mb(limit)} 的上限`, `the file is too large (${mb(bytes)}, limit ${mb(limit)})`, RESEND),
  tooLargeUnzipped: (bytes: number) =>
    error(`文件解压后有 ${mb(bytes)}，超过 ${mb(MAX_UNZIPPED_BYTES)} 的上限`, `unzips to ${mb(bytes)}, over the ${mb(MAX_UNZIPPED_BYTES)} limit`, RESEND),
  damaged: () => error('文件已损坏，或不是 Excel 工作簿（.xlsx）', 'damaged file, or not an .xlsx workbook', RESEND),
  encrypted: () => error('文件设置了打开密码，无法读取', 'the file is password-protected', '请报送单位取消打开密码后重新报送'),
  oldFormat: () => error('文件是旧版 .xls 格式', 'an old .xls workbook', RESEND),
  notAForm: () => error('不是本工具生成的统计表', 'not a workbook made by gongwen for a statistics form', RESEND),
  otherYear: (theirs: number, ours: number) =>
    error(`这是${theirs}年的统计表，不是${ours}年的`, `a return of the ${theirs} form, not the ${ours} one`, RESEND),
  otherForm: (theirs: string, ours: string) =>
    error(`这是《${theirs}》，不是《${ours}》`, 'a return of another campaign\'s form', RESEND),
  formChanged: () =>
    error('统计表的项目与活动文件中的表不一致（表已修改过）', 'the form\'s rows differ from the campaign\'s form', RESEND),
  missingUnit: () => error('未填写填表单位，本表未计入汇总', 'the unit name is missing; the return is left out', '在“填表单位”处填写单位全称'),
  duplicateUnit: (unit: string, first: string) =>
    error(`“${unit}”已由 ${first} 报送，本表未计入汇总`, `${unit} already returned in ${first}; this return is left out`, '删除过时的文件，或更正填表单位'),
  unknownUnit: (unit: string) =>
    warning(`“${unit}”不在主送单位名单中（已计入汇总）`, `${unit} is not among the addressees (counted)`, '核对填表单位是否与主送单位名称一致'),
  labelEdited: (found: string, expected: string) =>
    error(`项目名称被改为“${found}”，应为“${expected}”，本行未计入`, 'an edited label; the row is left out', '请勿修改项目名称'),
  duplicateRow: (firstRow: number) =>
    error(`与第${firstRow}行是同一项目，本行未计入`, `the same item as row ${firstRow}; this row is left out`, '删除复制出的行'),
  missingRow: (label: string) => warning(`缺少项目“${label}”`, 'an item row was deleted', '请勿删除统计表的行'),
  extraRow: (row: number) =>
    warning(`第${row}行不是统计表中的项目，其内容未计入`, `row ${row} is not an item of the form; left out`, '请把数值填在对应项目的单元格中'),
  extraRows: (first: number, last: number) =>
    warning(
      `第${first}–${last}行（共${last - first + 1}行）不是统计表中的项目，其内容未计入`,
      `rows ${first}–${last} (${last - first + 1}) are not items of the form; left out`,
      '请把数值填在对应项目的单元格中，删除多出的行',
    ),
  formula: () => error('单元格是公式，未计入', 'a formula; left out', '请直接填写数值，不用公式'),
  notANumber: (shown: string) =>
    error(`“${shown}”不是数字，未计入`, `"${shown}" is not a number; left out`, '只填数字，不带单位或文字（如 12）'),
  negative: (shown: string) => error(`“${shown}”是负数，未计入`, `"${shown}" is negative; left out`, '填写不小于 0 的数'),
  notWhole: (shown: string) => error(`“${shown}”不是整数，未计入`, `"${shown}" is not a whole number; left out`, '此项按整数填报（如 12）'),
  tooManyDigits: (shown: string) =>
    error(`“${shown}”超过 15 位有效数字，无法精确计算，未计入`, `"${shown}" has more digits than can be summed exactly; left out`, '核对数值和单位；金额按万元填报'),
  tooLarge: (shown: string) =>
    error(`“${shown}”太大，无法精确计算，未计入`, `"${shown}" is too large to be summed exactly; left out`, '核对数值和单位；金额按万元填报'),
  totalTooLarge: (shown: string) =>
    error(`计入“${shown}”后合计太大，无法精确计算，本值未计入合计`, `adding "${shown}" takes the total past what can be summed exactly; left out of the total`, '核对各单位的数值和单位'),
  notYesNo: (shown: string) => error(`“${shown}”不是“是”或“否”，未计入`, `"${shown}" is not 是 or 否; left out`, '从下拉列表中选择“是”或“否”'),
} satisfies Record<string, (...args: never[]) => Text>;

export type ReturnProblemCode = keyof typeof RETURN_PROBLEMS;

/** A problem of the given kind at a place in a return. */
export function returnProblem<C extends ReturnProblemCode>(
  code: C,
  where: { file: string; cell?: string; unit?: string; value?: string },
  ...args: Parameters<(typeof RETURN_PROBLEMS)[C]>
): ReturnProblem {
  const text = (RETURN_PROBLEMS[code] as (...a: unknown[]) => Text)(...args);
  return { ...where, code: kebab(code), ...text };
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
