import { isMap, isPair, isScalar, isSeq, parseDocument, Scalar, type Node } from 'yaml';
import { normalizeText, titleText } from '../compose/normalize-text';
import { childSchema, effectiveSchema, isFlowList, rootSchema, type SchemaNode } from '../campaign/schema-walk';

/** Text longer than this becomes a block scalar, one sentence per line. */
const LONG_TEXT = 50;
/** A Chinese sentence ends here; the line break after it carries no meaning (see normalizeText). */
const SENTENCE_END = /(?<=[。！？；])(?=.)/u;

/**
 * The one canonical layout of a campaign file, so that reviewers' diffs show
 * only real changes: keys in schema order, block collections (one item per
 * line) except a table's rows and per-column lists (one row per line), scalars plain unless a YAML reader would take them for a number or
 * boolean (in a table cell, a number-like one keeps or goes without its quotes as written), long text as a literal block with one sentence per line.
 * Comments stay with the keys and items they precede.
 */
export function canonicalYaml(source: string): string {
  const doc = parseDocument(source, { schema: 'failsafe' });
  canonicalNode(doc.contents as Node | null, rootSchema(), doc.toJS(), false, 'notice');
  return doc.toString({ lineWidth: 0, indent: 2, indentSeq: true, flowCollectionPadding: false });
}

/**
 * `place`: the file's top map or an annex (`notice`), a list of annexes, or the title of either, whose line breaks
 * are the clerk's (titleText).
 */
function canonicalNode(node: Node | null, schema: SchemaNode | undefined, data: unknown, inFlow = false, place?: 'notice' | 'annexes' | 'title'): void {
  const effective = effectiveSchema(schema, data);
  const flow = inFlow || isFlowList(schema);
  if (isMap(node)) {
    node.flow = flow;
    const order = Object.keys(effective.properties ?? {});
    const rank = (key: unknown) => {
      const i = order.indexOf(String(isScalar(key) ? key.value : key));
      return i < 0 ? order.length : i;
    };
    node.items.sort((a, b) => rank(a.key) - rank(b.key));
    const obj = (data ?? {}) as Record<string, unknown>;
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      const inner = place === 'notice' && (key === 'title' || key === 'annexes') ? key : undefined;
      canonicalNode(pair.value as Node | null, childSchema(effective, key), obj[key], flow, inner);
    }
  } else if (isSeq(node)) {
    node.flow = flow;
    const list = (data ?? []) as unknown[];
    node.items.forEach((item, i) => canonicalNode(item as Node, effective.items, list[i], flow, place === 'annexes' ? 'notice' : undefined));
  } else if (isScalar(node)) {
    styleScalar(node, effective, inFlow, place === 'title');
  }
}

function styleScalar(scalar: Scalar, schema: SchemaNode, inFlow: boolean, keepsBreaks: boolean): void {
  const raw = String(scalar.value);
  const types = ([] as string[]).concat(schema.type ?? 'string');
  if (!types.includes('string')) {
    scalar.value = raw.trim();
    scalar.type = Scalar.PLAIN;
    return;
  }
  const text = keepsBreaks ? titleText(raw) : normalizeText(raw);
  if (types.includes('number') && readsAsNumber(text)) {
    // Where text or a number may stand (a table cell), only the clerk's quotes say which a YAML reader takes: a quoted
    // "0.5", "01" or "1.50" stays text, a plain 0.5 or 1e3 a number, each as written. (The parse set `type` to the style written.)
    scalar.value = text;
    scalar.type = scalar.type === Scalar.PLAIN ? Scalar.PLAIN : Scalar.QUOTE_DOUBLE;
  } else if ((text.length > LONG_TEXT || text.includes('\n')) && !inFlow) {
    // the title's breaks are the clerk's and print (titleText): it is not cut into sentences
    scalar.value = keepsBreaks ? text : text.split(SENTENCE_END).join('\n');
    scalar.type = Scalar.BLOCK_LITERAL;
  } else {
    scalar.value = text;
    scalar.type = readsAsOtherThanText(text) ? Scalar.QUOTE_DOUBLE : Scalar.PLAIN;
  }
}

/** What a YAML reader with the usual (core) schema makes of this text written plain; undefined where it cannot read it. */
function coreReading(text: string): unknown {
  const doc = parseDocument(text);
  return doc.errors.length === 0 ? doc.contents : undefined;
}

const readsAsNumber = (text: string) => {
  const read = coreReading(text);
  return isScalar(read) && typeof read.value === 'number';
};

/** A YAML reader with the usual (core) schema would turn this into a number, boolean or null. */
function readsAsOtherThanText(text: string): boolean {
  const read = coreReading(text);
  return read !== undefined && !(isScalar(read) && typeof read.value === 'string');
}
