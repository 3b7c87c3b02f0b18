import { diffArrays } from 'diff';

/** Two versions of one list item: both (kept or edited), only the old (removed) or only the new (added). */
export type Pair<T> = { old: T; neu: T; same: boolean } | { old: T; neu?: undefined } | { old?: undefined; neu: T };

/** The diff's parts with every added run that comes right before a removed run put after it, so that the two can pair. */
function removedFirst<P extends { added?: boolean; removed?: boolean }>(parts: P[]): P[] {
  const out = [...parts];
  for (let i = 0; i + 1 < out.length; i++) if (out[i].added && out[i + 1].removed) [out[i], out[i + 1]] = [out[i + 1], out[i]];
  return out;
}

/**
 * A run of removed items and the run of added items in their place, in
 * order: each added item paired with the next removed one it can stand for;
 * removed items come before added ones that stand unpaired (deleted, then
 * inserted, as a replacement reads).
 */
function pairRun<T>(removed: T[], added: T[], pairable: (old: T, neu: T) => boolean, out: Pair<T>[]): void {
  let r = 0;
  let waiting: T[] = [];
  const upTo = (k: number) => {
    for (; r < k; r++) out.push({ old: removed[r] });
    for (const neu of waiting) out.push({ neu });
    waiting = [];
  };
  for (const neu of added) {
    const k = removed.findIndex((old, i) => i >= r && pairable(old, neu));
    if (k < 0) {
      waiting.push(neu);
      continue;
    }
    upTo(k);
    out.push({ old: removed[k], neu, same: false });
    r = k + 1;
  }
  upTo(removed.length);
}

/**
 * Two lists lined up by key (longest common subsequence): unchanged items
 * side by side, and where items were removed and others added in their
 * place, paired as edits where they can stand for each other (`pairable`:
 * by default any two).
 */
export function align<T>(a: T[], b: T[], key: (x: T) => string, pairable: (old: T, neu: T) => boolean = () => true): Pair<T>[] {
  const out: Pair<T>[] = [];
  let removed: T[] = [];
  const flush = () => {
    for (const old of removed) out.push({ old });
    removed = [];
  };
  let [i, j] = [0, 0];
  for (const part of removedFirst(diffArrays(a.map(key), b.map(key)))) {
    const count = part.count ?? part.value.length;
    if (part.removed) {
      flush();
      removed = a.slice(i, i + count);
      i += count;
    } else if (part.added) {
      pairRun(removed, b.slice(j, j + count), pairable, out);
      removed = [];
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
