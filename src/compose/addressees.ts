import type { AddresseeGroup } from '../campaign/types';
import { normalizeText } from './normalize-text';

/** One group as the 主送机关 line prints it: 省法院、检察院; 各设区市、平潭综合实验区市场监管局. */
export function addresseeGroupText(g: AddresseeGroup): string {
  return normalizeText(typeof g === 'string' ? g : Array.isArray(g) ? g.join('、') : `${g.prefix ?? ''}${g.items.join('、')}${g.suffix ?? ''}`);
}

/** The 主送机关 line: 、 inside a group, ， between groups, ： at the end (省委宣传部，省法院、检察院，…：). */
export function addresseeLine(groups: AddresseeGroup[]): string {
  return `${groups.map(addresseeGroupText).join('，')}：`;
}

/**
 * Every unit a group names, in full: 省 + [法院, 检察院] is 省法院, 省检察院,
 * as the printed 省法院、检察院 means; a name that already carries the prefix
 * (团省委) or the suffix keeps it once.
 */
export function addresseeUnits(g: AddresseeGroup): string[] {
  if (typeof g === 'string') return [normalizeText(g)];
  if (Array.isArray(g)) return g.map(normalizeText);
  const prefix = normalizeText(g.prefix ?? '');
  const suffix = normalizeText(g.suffix ?? '');
  return g.items.map(normalizeText).map((i) => `${i.includes(prefix) ? '' : prefix}${i}${i.endsWith(suffix) ? '' : suffix}`);
}
