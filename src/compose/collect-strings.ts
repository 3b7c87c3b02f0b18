/** Every string written in body nodes, for checking which placeholders a clerk used. */
export function collectStrings(nodes: unknown): string[] {
  if (typeof nodes === 'string') return [nodes];
  if (Array.isArray(nodes)) return nodes.flatMap(collectStrings);
  if (nodes && typeof nodes === 'object') return Object.values(nodes).flatMap(collectStrings);
  return [];
}
