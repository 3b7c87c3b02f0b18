/**
 * Inline markup a clerk may write in any text: {{ref:ID}} (→ 附件2),
 * {{contact}}, {{deadline}}, {{theme}}, {{year}}. This is not a template
 * language: campaign text is never compiled, only these names are replaced.
 */
export const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export interface PlaceholderValues {
  refs: Map<string, string>;
  contact?: string;
  deadline?: string;
  theme?: string;
  year?: string;
}

export type Placeholder = { kind: 'ref'; id: string } | { kind: 'value'; name: 'contact' | 'deadline' | 'theme' | 'year' } | { kind: 'unknown' };

export function parsePlaceholder(inner: string): Placeholder {
  const ref = /^ref\s*:\s*([A-Za-z][A-Za-z0-9_-]*)$/.exec(inner);
  if (ref) return { kind: 'ref', id: ref[1] };
  if (inner === 'contact' || inner === 'deadline' || inner === 'theme' || inner === 'year') return { kind: 'value', name: inner };
  return { kind: 'unknown' };
}

/** Replaces every placeholder; unknown ones are left as written (lint reports them). */
export function expandPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER, (whole, inner: string) => {
    const p = parsePlaceholder(inner);
    if (p.kind === 'ref') return values.refs.get(p.id) ?? whole;
    if (p.kind === 'value') return values[p.name] ?? whole;
    return whole;
  });
}

export function usesPlaceholder(text: string, name: string): boolean {
  return [...text.matchAll(PLACEHOLDER)].some((m) => m[1] === name);
}
