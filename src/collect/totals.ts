import type { LaidOutItem } from '../render/xlsx/form-layout';

export type Total = { kind: 'sum'; sum: number } | { kind: 'yesno'; yes: number; no: number } | { kind: 'none' };

/** Numbers are summed (to a millionth, so 0.1 + 0.2 is 0.3), 是/否 counted, text not totalled. */
export function itemTotal(item: LaidOutItem, values: (number | string | undefined)[]): Total {
  switch (item.type) {
    case 'count':
    case 'amount': {
      const sum = values.reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
      return { kind: 'sum', sum: Math.round(sum * 1e6) / 1e6 };
    }
    case 'yesno':
      return { kind: 'yesno', yes: values.filter((v) => v === '是').length, no: values.filter((v) => v === '否').length };
    case 'text':
      return { kind: 'none' };
  }
}
