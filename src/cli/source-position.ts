/** Line and column (1-based) of the first occurrence of `text` in the YAML source, or 1:1 when a template wrote it. */
export function firstOccurrence(source: string, text: string): { line: number; column: number } {
  const index = source.indexOf(text);
  return index < 0 ? { line: 1, column: 1 } : positionAt(source, index);
}

/** Line and column (1-based) of the character at `index` of the YAML source. */
export function positionAt(source: string, index: number): { line: number; column: number } {
  const before = source.slice(0, index).split('\n');
  return { line: before.length, column: [...before[before.length - 1]].length + 1 };
}
