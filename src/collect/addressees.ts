import type { AddresseeGroup } from '../campaign/types';
import { addresseeGroupText, addresseeUnits } from '../compose/addressees';

/**
 * Addressee groups as full unit names, one per unit (compose/addressees); a
 * name that stands for many units (各设区市…) is replaced by the units the
 * campaign lists for it under `addresseeUnits`. The name may be one unit of a
 * group or the whole group as the 主送 line prints it (各设区市、平潭综合实验区市场监管局
 * written as items + suffix), which the listed units then replace as a whole.
 */
export function addresseeNames(groups: AddresseeGroup[], units: Record<string, AddresseeGroup> = {}): string[] {
  const listed = new Map(Object.entries(units).map(([name, group]) => [unitKey(name), addresseeUnits(group)]));
  return groups.flatMap((g) => listed.get(unitKey(addresseeGroupText(g))) ?? addresseeUnits(g).flatMap((name) => listed.get(unitKey(name)) ?? [name]));
}

/** The names an `addresseeUnits` key may be: each group as printed, and each unit of it. */
export function addresseeKeys(groups: AddresseeGroup[]): string[] {
  return [...new Set(groups.flatMap((g) => [addresseeGroupText(g), ...addresseeUnits(g)]))];
}

/** 各设区市质监局, 有关企业, 省质监局直属各单位 stand for many units: no single return answers them. */
export const isCollective = (name: string) => /^(各|有关)|各(有关)?单位$/.test(name);

/** Full names of kinds of offices and the short forms they are as often written in (市场监督管理局 = 市场监管局). */
const SHORT_FORMS: [RegExp, string][] = [
  [/市场监督管理局$/, '市场监管局'],
  [/质量技术监督局$/, '质监局'],
  [/发展和改革委员会$/, '发改委'],
  [/人民政府$/, '政府'],
];

/**
 * The key two spellings of one unit share: no spaces, half-width letters and
 * digits, the short form of its kind of office (市场监督管理局 → 市场监管局),
 * and the campaign's province written as 省 (福建省发改委 → 省发改委).
 */
export function unitKey(name: string, scope?: string): string {
  const spaced = name.normalize('NFKC').replace(/[\s\u3000]+/g, '');
  const key = SHORT_FORMS.reduce((k, [full, short]) => k.replace(full, short), spaced);
  return scope?.endsWith('省') && key.startsWith(scope) ? `省${key.slice(scope.length)}` : key;
}
