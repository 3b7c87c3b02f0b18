import { addresseeKeys, isCollective, unitKey } from '../collect/addressees';
import type { Report } from './problem';
import type { DataPath, Position } from './source-map';
import type { Campaign } from './types';

/**
 * A name under `addresseeUnits` that the 主送 line does not print is never
 * used: `collect` would still treat the group it meant as one unit, silently.
 */
export function checkAddresseeUnits(c: Campaign, report: Report, keyAt: (mapPath: DataPath, key: string) => Position): void {
  const listed = Object.keys(c.addresseeUnits ?? {});
  // Most campaigns list none: their addressees' keys (Unicode normalisation among them, dear cold) are not needed.
  if (listed.length === 0) return;
  const names = addresseeKeys(c.addressees ?? []);
  const known = new Set(names.map((n) => unitKey(n, c.scope)));
  const collective = names.filter(isCollective);
  for (const key of listed) {
    if (known.has(unitKey(key, c.scope))) continue;
    const candidates = (collective.length ? collective : names).slice(0, 5);
    report('warning', keyAt(['addresseeUnits'], key), 'addressee-units-unknown', `addresseeUnits 中的“${key}”不是主送机关中的名称，汇总时不会用到`,
      `"${key}" under addresseeUnits is not an addressee, so collect ignores it`,
      candidates.length ? `照主送机关的写法写，如：${candidates.join('；')}` : '先在 addressees 中写出主送机关');
  }
}
