import type { AnnexSpec } from '../campaign/types';

/** Whether an annex is printed as one (附件N on its first page, a line in the annex list), not as a document of its own. */
export const isLabelled = (annex: AnnexSpec): boolean => annex.kind !== 'document' || annex.annexLabel !== false;

/** 附件1, 附件2 … or plain 附件 when there is only one (§7.3.7); an annex printed without a label (annexLabel: false) has none and takes no number. */
export function annexLabels(annexes: AnnexSpec[]): Map<string, string> {
  const labelled = annexes.filter(isLabelled);
  return new Map(labelled.map((a, i) => [a.id, labelled.length === 1 ? '附件' : `附件${i + 1}`]));
}
