/** The same addressee listed twice, or the same item twice in one group of a statistics form: warnings. */
import { normalizeText } from '../compose/normalize-text';
import type { Report } from './problem';
import type { DataPath, Position } from './source-map';
import type { Campaign, FormRow, NoticeSpec } from './types';

export function checkDuplicates(c: Campaign, report: Report, at: (p: DataPath) => Position): void {
  const notices = (spec: NoticeSpec, base: DataPath) => {
    addressees(spec, base, report, at);
    (spec.annexes ?? []).forEach((a, i) => {
      if (a.kind === 'notice') notices(a, [...base, 'annexes', i]);
      if (a.kind === 'form') formRows(a.rows, [...base, 'annexes', i, 'rows'], report, at);
    });
  };
  notices(c, []);
}

function addressees(spec: NoticeSpec, base: DataPath, report: Report, at: (p: DataPath) => Position) {
  const seen = new Set<string>();
  (spec.addressees ?? []).forEach((group, g) => {
    const names: [string, DataPath][] =
      typeof group === 'string'
        ? [[group, [g]]]
        : Array.isArray(group)
          ? group.map((n, k) => [n, [g, k]])
          : group.items.map((n, k) => [n, [g, 'items', k]]);
    for (const [name, p] of names) {
      const key = normalizeText(name);
      if (seen.has(key)) {
        report('warning', at([...base, 'addressees', ...p]), 'duplicate-addressee', `主送机关“${key}”重复列出`,
          `addressee "${key}" is listed twice`, '删除重复的一项');
      }
      seen.add(key);
    }
  });
}

function formRows(rows: FormRow[], base: DataPath, report: Report, at: (p: DataPath) => Position) {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if ('group' in row) return formRows(row.rows, [...base, i, 'rows'], report, at);
    const key = normalizeText(row.item);
    if (seen.has(key)) {
      report('warning', at([...base, i, 'item']), 'duplicate-form-item', `统计表中“${key}”一项重复`,
        `form item "${key}" appears twice in the same group`, '删除重复的一行，或改写成不同的填报项');
    }
    seen.add(key);
  });
}
