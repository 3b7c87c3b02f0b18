import type { Change, InlinePart } from './semantic-diff';

export interface Marks {
  add: (s: string) => string;
  del: (s: string) => string;
}

/** Coloured for a terminal; with NO_COLOR or into a pipe, wdiff-style [-deleted-]{+inserted+}. */
export function marks(color: boolean): Marks {
  return color
    ? { add: (s) => `\x1b[32m${s}\x1b[39m`, del: (s) => `\x1b[31m\x1b[9m${s}\x1b[29m\x1b[39m` }
    : { add: (s) => `{+${s}+}`, del: (s) => `[-${s}-]` };
}

const inline = (parts: InlinePart[], m: Marks) => parts.map((p) => (p.added ? m.add(p.text) : p.removed ? m.del(p.text) : p.text)).join('');

export function printChange(c: Change, m: Marks): string {
  switch (c.kind) {
    case 'changed':
      return c.old.length + c.new.length < 60 ? `${c.label}：${m.del(c.old)} → ${m.add(c.new)}` : `${c.label}：${inline(c.inline, m)}`;
    case 'added':
      return `${c.label}：${m.add(`+ ${c.value}`)}`;
    case 'removed':
      return `${c.label}：${m.del(`− ${c.value}`)}`;
    case 'moved':
      return `${c.label}：${c.value}`;
    case 'summary':
      return `${c.label}：${c.value}`;
  }
}
