/**
 * Slips of a Chinese keyboard on a line YAML cannot read, which YAML itself
 * reports as something else (“键不能跨行”, “缺少必要的符号”): a full-width
 * colon after a field name (seq：3), a field name without the space after
 * its colon (status:final), and a full-width space or a tab in the
 * indentation (after a block of text YAML calls a tab a less indented line).
 */
import type { Problem } from './problem';

type Slip = Omit<Problem, 'file' | 'severity'>;

/** A field name as the format spells it, where a line starts (after its indentation and a list dash). */
const KEY_AT_START = /^([ \t\u3000]*(?:-[ \t]+)?)([A-Za-z][A-Za-z0-9]*)/;

function slipOn(text: string, line: number): Slip | undefined {
  const indent = /^[ \t\u3000]*/.exec(text)![0];
  const odd = indent.search(/[\t\u3000]/);
  if (odd >= 0) {
    const tab = indent[odd] === '\t';
    return {
      line, column: odd + 1, code: tab ? 'yaml-tab_as_indent' : 'yaml-full-width-indent',
      message: tab ? '缩进中使用了 Tab 字符' : '缩进中使用了全角空格“　”',
      english: tab ? 'a tab in the indentation' : 'a full-width space (U+3000) in the indentation',
      hint: tab ? '请用空格缩进，不要用 Tab' : '缩进请用半角空格（输入法切换到英文状态再按空格键），子项比父项多缩进两个空格',
    };
  }
  const key = KEY_AT_START.exec(text);
  if (!key) return undefined;
  const [, before, name] = key;
  const after = text.slice(before.length + name.length);
  const column = before.length + name.length + 1;
  const value = after.replace(/^\s*[:：]/, '').trim();
  if (/^\s*：/.test(after))
    return {
      line, column: column + after.indexOf('：'), code: 'yaml-full-width-colon',
      message: `字段名“${name}”后用了全角冒号“：”，YAML 认不出这个字段`,
      english: `a full-width colon after the field name "${name}"`,
      hint: `字段名后写半角冒号和一个空格：${name}: ${value}`,
    };
  if (/^:[^\s/]/.test(after))
    return {
      line, column, code: 'yaml-colon-no-space',
      message: `字段名“${name}”的冒号后缺少空格，YAML 认不出这个字段`,
      english: `no space after the colon of the field name "${name}"`,
      hint: `冒号后空一格：${name}: ${value}`,
    };
  return undefined;
}

/** The slip on `line` of the source, or on the line before it, where YAML noticed it a line late. */
export function lineSlip(file: string, source: string, line: number, severity: Problem['severity']): Problem | undefined {
  const lines = source.split('\n');
  for (const at of [line, line - 1]) {
    const slip = at >= 1 ? slipOn(lines[at - 1] ?? '', at) : undefined;
    if (slip) return { file, severity, ...slip };
  }
  return undefined;
}
