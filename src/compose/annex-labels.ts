import type { AnnexSpec } from '../campaign/types';

/** 附件1, 附件2 … or plain 附件 when there is only one (§7.3.7). */
export function annexLabels(annexes: AnnexSpec[]): Map<string, string> {
  return new Map(annexes.map((a, i) => [a.id, annexes.length === 1 ? '附件' : `附件${i + 1}`]));
}
