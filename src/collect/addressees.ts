import type { AddresseeGroup } from '../campaign/types';
import { addresseeUnits } from '../compose/addressees';

/** Addressee groups as full unit names, one per unit (compose/addressees). */
export const addresseeNames = (groups: AddresseeGroup[]): string[] => groups.flatMap(addresseeUnits);

/** 各设区市质监局, 有关企业, 省质监局直属各单位 stand for many units: no single return answers them. */
export const isCollective = (name: string) => /^(各|有关)|各(有关)?单位$/.test(name);

/**
 * The key two spellings of one unit share: no spaces, half-width letters and
 * digits, and the campaign's province written as 省 (福建省发改委 → 省发改委).
 */
export function unitKey(name: string, scope?: string): string {
  const key = name.normalize('NFKC').replace(/[\s\u3000]+/g, '');
  return scope?.endsWith('省') && key.startsWith(scope) ? `省${key.slice(scope.length)}` : key;
}
