import { diffArrays } from 'diff';

/** Two versions of one list item: both (kept or edited), only the old (removed) or only the new (added). */
export type Pair<T> = { old: T; neu: T; same: boolean } | { old: T; neu?: undefined } | { old?: undefined; neu: T };

/**
 * Two lists lined up by key (longest common subsequence): unchanged items
 * side by side, and where items were removed and others added in their
 * place, each added item paired as an edit with the first removed one it
 * can stand for (`pairable`: by default any).
 */
export function align<T>(a: T[], b: T[], key: (x: T) => string, pairable: (old: T, neu: T) => boolean = () => true): Pair<T>[] {
  const out: Pair<T>[] = [];
  let removed: T[] = [];
  const flush = () => {
    for (const old of removed) out.push({ old });
    removed = [];
  };
  let [i, j] = [0, 0];
  for (const part of diffArrays(a.map(key), b.map(key))) {
    const count = part.count ?? part.value.length;
    if (part.removed) {
      flush();
      removed = a.slice(i, i + count);
      i += count;
    } else if (part.added) {
      for (const neu of b.slice(j, j + count)) {
        const k = removed.findIndex((old) => pairable(old, neu));
        if (k < 0) {
          out.push({ neu });
          continue;
        }
        for (const old of removed.slice(0, k)) out.push({ old });
        out.push({ old: removed[k], neu, same: false });
        removed = removed.slice(k + 1);
      }
      flush();
      j += count;
    } else {
      flush();
      for (let k = 0; k < count; k++) out.push({ old: a[i + k], neu: b[j + k], same: true });
      i += count;
      j += count;
    }
  }
  flush();
  return out;
}
