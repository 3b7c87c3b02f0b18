import { campaignSchema } from './schema';

/** A node of the campaign schema, seen only through the keywords our schema uses. */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  description?: string;
  properties?: Record<string, SchemaNode | true>;
  required?: string[];
  items?: SchemaNode;
  if?: SchemaNode;
  then?: SchemaNode;
  else?: SchemaNode;
  allOf?: SchemaNode[];
  minimum?: number;
  pattern?: string;
}

const ROOT = campaignSchema as unknown as SchemaNode & { $defs: Record<string, SchemaNode> };

const typeOf = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);

/** Whether `data` satisfies an `if` condition of our schema (type, required, property const). */
function satisfies(cond: SchemaNode, data: unknown): boolean {
  if (cond.type && !([] as string[]).concat(cond.type).includes(typeOf(data))) return false;
  const obj = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  if (cond.required && !cond.required.every((k) => k in obj)) return false;
  for (const [k, sub] of Object.entries(cond.properties ?? {})) {
    if (sub !== true && 'const' in sub && obj[k] !== sub.const) return false;
  }
  return true;
}

/**
 * The schema that applies to `data` here, with $ref, if/then/else and allOf
 * resolved: its properties in schema order, its items, its type.
 */
export function effectiveSchema(node: SchemaNode | undefined, data: unknown): SchemaNode {
  if (!node) return {};
  if (node.$ref) return effectiveSchema(refSchema(node.$ref), data);
  let merged: SchemaNode = { type: node.type, properties: { ...node.properties }, items: node.items };
  const branch = node.if ? (satisfies(node.if, data) ? node.then : node.else) : undefined;
  for (const part of [...(branch ? [branch] : []), ...(node.allOf ?? [])]) {
    const resolved = effectiveSchema(part, data);
    merged = {
      type: merged.type ?? resolved.type,
      properties: { ...merged.properties, ...withoutPlaceholders(resolved.properties) },
      items: merged.items ?? resolved.items,
    };
  }
  return merged;
}

/** `id: true` in a conditional branch only allows a key already described: keep the description. */
function withoutPlaceholders(props: SchemaNode['properties']) {
  return Object.fromEntries(Object.entries(props ?? {}).filter(([, v]) => v !== true));
}

export const rootSchema = (): SchemaNode => ROOT;

/** The $defs entry a $ref names (#/$defs/contact). */
export const refSchema = (ref: string): SchemaNode | undefined => ROOT.$defs[ref.replace('#/$defs/', '')];

const TABLE = ROOT.$defs.table.properties as Record<string, SchemaNode>;

/** Lists written on one line, [a, b, c]: a table's rows (one line per row, as the table reads) and its per-column lists. */
export const isFlowList = (node: SchemaNode | undefined): boolean =>
  node?.$ref === '#/$defs/tableRow' || node === TABLE.widths || node === TABLE.align;

/** Schema for the value of `key` in an object governed by `parent`. */
export function childSchema(parent: SchemaNode, key: string | number): SchemaNode | undefined {
  if (typeof key === 'number') return parent.items;
  const child = parent.properties?.[key];
  return child === true ? undefined : child;
}
