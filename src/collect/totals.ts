import type { ItemType, LaidOutItem } from '../render/xlsx/form-layout';

export type Total = { kind: 'sum'; sum: number } | { kind: 'yesno'; yes: number; no: number } | { kind: 'none' };

/** Amounts are summed to a millionth (so 0.1 + 0.2 is 0.3). */
const AMOUNT_STEPS = 1e6;

/**
 * The largest value, and total, a double still counts exactly: whole numbers
 * up to 2⁵³, amounts up to 2⁵³ millionths.
 */
export const EXACT_LIMIT: Record<'count' | 'amount', number> = {
  count: Number.MAX_SAFE_INTEGER,
  amount: Math.floor(Number.MAX_SAFE_INTEGER / AMOUNT_STEPS),
};

export const isSummed = (type: ItemType): type is 'count' | 'amount' => type === 'count' || type === 'amount';

/** One unit's value for an item, where it stands. */
export interface Entry {
  value: number | string | undefined;
  file: string;
  cell?: string;
  unit?: string;
}

/**
 * Numbers are summed, 是/否 counted, text not totalled. A value that would
 * take the total past what a double counts exactly is left out and returned,
 * so that it is reported instead of making the total silently wrong.
 */
export function itemTotal(item: LaidOutItem, entries: Entry[]): { total: Total; leftOut: Entry[] } {
  const values = entries.map((e) => e.value);
  if (isSummed(item.type)) {
    const leftOut: Entry[] = [];
    let steps = 0;
    const scale = item.type === 'amount' ? AMOUNT_STEPS : 1;
    for (const e of entries) {
      if (typeof e.value !== 'number') continue;
      const next = steps + Math.round(e.value * scale);
      if (next > Number.MAX_SAFE_INTEGER) leftOut.push(e);
      else steps = next;
    }
    return { total: { kind: 'sum', sum: steps / scale }, leftOut };
  }
  if (item.type === 'yesno') return { total: { kind: 'yesno', yes: values.filter((v) => v === '是').length, no: values.filter((v) => v === '否').length }, leftOut: [] };
  return { total: { kind: 'none' }, leftOut: [] };
}
