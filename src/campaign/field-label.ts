/**
 * A field named as a clerk would say it: 附件1“活动口号”的第3条口号,
 * 正文“加强组织领导”一节的正文, 成文日期 — never annexes.0.items.2.
 */
import { childSchema, effectiveSchema, refSchema, rootSchema, type SchemaNode } from './schema-walk';
import type { DataPath } from './source-map';
import { quoted } from './quoted';
import { normalizeText } from '../compose/normalize-text';

/** Containers whose name the leaf needs (电话 alone could be anyone's). */
const NAMED_CONTAINERS = new Set(['contact', 'header', 'colophon']);
const LEAF_NAMES: Record<string, string> = { text: '正文', heading: '标题', body: '正文', name: '名称' };

const short = (s: string, n = 16) => ([...s].length > n ? `${[...s].slice(0, n).join('')}…` : s);
const clause = (description: string | undefined) => (description ?? '').split(/[；，。（：:]/)[0];

/** A field's description; a container's (版记, 联系方式) is on the $defs entry its property refers to. */
function description(node: SchemaNode | undefined): string | undefined {
  return node?.description ?? (node?.$ref ? description(refSchema(node.$ref)) : undefined);
}

/** A table's row or column, counted from 1 as printed: 第3行, 表头第1行, 第2列的宽度. */
function tablePart(listKey: string | number, index: number): string {
  if (listKey === 'rows') return `第${index + 1}行`;
  if (listKey === 'header') return `表头第${index + 1}行`;
  return `第${index + 1}列的${listKey === 'widths' ? '宽度' : '对齐方式'}`;
}

/** A statistics form's row, named by its group or item when it has one: “检查情况”组, “检查加油站”一行. */
function formRow(value: unknown, index: number): string {
  const row = value as { group?: unknown; item?: unknown } | undefined;
  if (typeof row?.group === 'string') return `${quoted(short(row.group))}组`;
  if (typeof row?.item === 'string') return `${quoted(short(row.item))}一行`;
  return `第${index + 1}行`;
}

/** An annex printed without a label (annexLabel: false, a 规章 after its 令): it takes no 附件 number. */
const unlabelled = (annex: unknown) => (annex as { kind?: unknown; annexLabel?: unknown } | null)?.kind === 'document' && (annex as { annexLabel?: unknown }).annexLabel === false;

/** An annex as printed: 附件2“活动口号”, numbered among those that print a label; one printed without by its title alone. */
function annexName(list: unknown[], index: number): string {
  const annex = list[index];
  const title = (annex as { title?: unknown } | null)?.title;
  const quotedTitle = typeof title === 'string' ? quoted(short(normalizeText(title))) : '';
  if (unlabelled(annex)) return quotedTitle || `第${index + 1}个附件`;
  const labelled = list.filter((a) => !unlabelled(a));
  return `${labelled.length === 1 ? '附件' : `附件${labelled.indexOf(annex) + 1}`}${quotedTitle}`;
}

export function fieldLabel(data: unknown, p: DataPath): string {
  const parts: string[] = [];
  let value: unknown = data;
  let schema: SchemaNode | undefined = rootSchema();
  let inBody = false;
  /** The list an item is numbered in, when its own name was not said (签发人 in 版头的签发人姓名第1项). */
  let list = '';
  for (let k = 0; k < p.length; k++) {
    const key = p[k];
    const parent = value as Record<string | number, unknown>;
    const effective = effectiveSchema(schema, value);
    value = parent?.[key];
    schema = childSchema(effective, key);
    const last = k === p.length - 1;
    if (typeof key === 'number') {
      const listKey = p[k - 1];
      if (listKey === 'annexes') {
        parts.push(annexName(parent as unknown as unknown[], key));
      } else if (listKey === 'body') {
        const heading = (value as { heading?: string })?.heading;
        if (!inBody) parts.push('正文');
        inBody = true;
        parts.push(heading ? `“${short(heading)}”一节` : typeof value === 'string' ? `第${key + 1}段（“${short(value, 10)}”）` : `第${key + 1}项${(value as { table?: unknown })?.table ? '表格' : ''}`);
      } else if (listKey === 'items' && p[k - 3] === 'annexes') {
        parts.push(`第${key + 1}条口号`);
      } else if (p[k - 3] === 'table') {
        parts[parts.length - 1] += `第${key + 1}格`;
      } else if (p[k - 2] === 'table') {
        parts.push(tablePart(listKey, key));
      } else if (listKey === 'rows') {
        parts.push(formRow(value, key));
      } else {
        parts.push(`${list}第${key + 1}项`);
      }
      continue;
    }
    list = '';
    if (key === 'annexes' || (key === 'body' && !last) || (key === 'items' && p[k - 2] === 'annexes')) continue;
    if (!last && (key === 'rows' || (key === 'header' && p[k - 1] === 'table') || (key === 'table' && p[k - 2] === 'body'))) continue;
    if (last || NAMED_CONTAINERS.has(key)) parts.push(LEAF_NAMES[key] ?? (clause(description(schema)) || String(key)));
    else list = clause(description(schema));
  }
  return parts.join('的').replace(/一节的正文$/, '一节的正文') || '文件';
}
