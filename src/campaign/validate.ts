import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import { closestName } from './did-you-mean';
import { fieldLabel } from './field-label';
import { refSchema, type SchemaNode } from './schema-walk';
import type { LoadedFile } from './load';
import type { Problem } from './problem';
import type { DataPath } from './source-map';
import type { Campaign } from './types';
import { FULL_WIDTH_DIGITS, halfWidthDigits } from './full-width-digits';
import { EMPTY_PARAGRAPH_ENGLISH, EMPTY_PARAGRAPH_HINT, PARAGRAPH_PATTERN } from './blank-line';

let compiled: ValidateFunction | undefined;

/** The validator compiled at build time (build-validator.ts), loaded with the first file validated. */
function validator(): ValidateFunction {
  // A literal path, so the CLI's bundles carry the validator in them.
  compiled ??= require('./validator.generated') as ValidateFunction;
  return compiled;
}

/** Validates (and coerces numbers and booleans in) the loaded data against the campaign schema. */
export function validateCampaign(loaded: LoadedFile): { campaign?: Campaign; problems: Problem[] } {
  const validate = validator();
  if (validate(loaded.data)) return { campaign: loaded.data as Campaign, problems: [] };
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const e of validate.errors ?? []) {
    const problem = toProblem(loaded, e);
    if (!problem) continue;
    const key = `${problem.line}:${problem.column}:${problem.code}:${problem.message}`;
    if (!seen.has(key)) problems.push(problem);
    seen.add(key);
  }
  // A text that became a key (直属各单位:), or a field named in Chinese (成文日期:), leaves the object without its
  // required keys too: that follows from the one slip.
  const slips = new Set(problems.filter((p) => p.code === 'colon-in-text' || p.code === 'chinese-key').map((p) => `${p.line}:${p.column}`));
  return { problems: problems.filter((p) => p.code !== 'missing-key' || !slips.has(`${p.line}:${p.column}`)) };
}

/** The words a clerk writes for the format's English values (文种, 状态, 对齐, 填报类型, 附件类型, 字号). */
const CHINESE_VALUES: Record<string, string[]> = {
  通知: ['notice'], 本机关通知: ['notice'], 转发: ['forward'], 转发通知: ['forward'], 方案: ['plan'], 活动方案: ['plan'],
  联合: ['joint'], 联合行文: ['joint'], 联合通知: ['joint'],
  草稿: ['draft'], 正式: ['final'], 定稿: ['final'],
  左: ['left'], 左对齐: ['left'], 居左: ['left'], 中: ['center'], 居中: ['center'], 右: ['right'], 右对齐: ['right'], 居右: ['right'],
  整数: ['count'], 数量: ['count'], 个数: ['count'], 金额: ['amount'], 小数: ['amount'], 文字: ['text'], 情况: ['text'], 是否: ['yesno'], 是或否: ['yesno'],
  口号: ['slogans'], 文件: ['document'], 被转发的通知: ['notice'], 统计表: ['form'], 表格: ['form'], 图片: ['image'], 只列目录: ['listed'], 目录: ['listed'],
  小四: ['small'], 小四号: ['small'], 三号: ['body'], 正文: ['body'],
};

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  integer: '整数',
  number: '数字',
  boolean: 'true 或 false',
  array: '列表（每项以“- ”开头）',
  object: '键值对（每行写成“键: 值”）',
};

function describe(schema: unknown): string {
  const d = (schema as { description?: string } | undefined)?.description;
  return d ? `说明：${d}` : '';
}

function toProblem(loaded: LoadedFile, e: ErrorObject): Problem | undefined {
  const path = parsePointer(e.instancePath);
  const at = (p: DataPath) => loaded.sourceMap.valueAt(p);
  const make = (pos: { line: number; column: number }, code: string, message: string, english: string, hint: string): Problem => ({
    file: loaded.file, line: pos.line, column: pos.column, severity: 'error', code, message, english, hint,
  });
  const field = path.length ? fieldLabel(loaded.data, path) : '文件顶层';
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const known = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
      const guess = closestName(key, known);
      // Every key of the format is ASCII: a Chinese "key" is a field named in Chinese (标题: …), or text whose
      // half-width ": " YAML read as a key.
      const named = /[^\x00-\x7f]/.test(key) ? namedInChinese(key, (e.parentSchema as SchemaNode | undefined)?.properties ?? {}) : undefined;
      if (named) {
        return make(loaded.sourceMap.keyAt(path, key), 'chinese-key', `“${key}”不是字段名：字段名用英文，${named.name}写作 ${named.key}`,
          `"${key}" is not a field name: fields are named in English, this one "${named.key}"`, `写成 ${named.key}: …`);
      }
      if (/[^\x00-\x7f]/.test(key)) {
        return make(loaded.sourceMap.keyAt(path, key), 'colon-in-text', `“${key}:”被当成了键：文字中的半角冒号“:”后接空格时，YAML 把它前面的文字读作键`,
          `text before a ":" and a space reads as the key "${key}"`, '改为全角冒号“：”，或给整段文字加引号');
      }
      return make(loaded.sourceMap.keyAt(path, key), 'unknown-key',
        `未知的键“${key}”`, `unknown key "${key}"${guess ? `; did you mean "${guess}"?` : ''}`,
        guess ? `是不是要写“${guess}”？` : `此处可用的键：${known.join('、')}  ${describe(e.parentSchema)}`.trim());
    }
    case 'required': {
      const missing = String(e.params.missingProperty);
      const props = (e.parentSchema as { properties?: Record<string, unknown> })?.properties ?? {};
      return make(at(path), 'missing-key', `${field}缺少必填项“${missing}”`, `missing required key "${missing}"`,
        `请添加 ${missing}: …  ${describe(props[missing])}`.trim());
    }
    case 'type': {
      const want = String(e.params.type).split(',').map((t) => TYPE_NAMES[t] ?? t).join('或');
      const typed = typeof e.data === 'string' ? e.data.trim() : '';
      if (/integer|number/.test(String(e.params.type)) && FULL_WIDTH_DIGITS.test(typed) && /^[\d.]+$/.test(halfWidthDigits(typed))) {
        return make(at(path), 'full-width-digits', `${field}应为${want}：“${typed}”用的是全角数字`, `must be ${e.params.type}; "${typed}" is written in full-width digits`,
          `改为半角数字：${halfWidthDigits(typed)}（输入法切换到半角后输入）`);
      }
      return make(at(path), 'wrong-type', `${field}应为${want}`, `must be ${e.params.type}`,
        writtenAsObject(e) ?? describe(e.parentSchema));
    }
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const inChinese = CHINESE_VALUES[String(e.data).trim()]?.find((v) => allowed.includes(v));
      const guess = inChinese ?? closestName(String(e.data), allowed);
      return make(at(path), 'bad-value', `${field}的取值“${String(e.data)}”无效，只能是：${allowed.join('、')}`,
        `must be one of ${allowed.join(', ')}`, guess ? `是不是要写“${guess}”？` : describe(e.parentSchema));
    }
    case 'format': {
      const typed = String(e.data);
      const fullWidth = FULL_WIDTH_DIGITS.test(typed) ? '日期中的全角数字改为半角数字；' : '';
      return make(at(path), 'bad-date', `日期“${typed}”不存在或格式不对`, `not a valid date "${typed}"`,
        fullWidth + (paddedDate(halfWidthDigits(typed)) ?? '请写成 YYYY-MM-DD，并确认这一天存在，如 2023-09-01'));
    }
    case 'minLength':
    case 'pattern':
      if (e.keyword === 'minLength' || e.params.pattern === '\\S' || e.params.pattern === PARAGRAPH_PATTERN) {
        const paragraph = (e.parentSchema as { pattern?: string } | undefined)?.pattern === PARAGRAPH_PATTERN;
        return paragraph
          ? make(at(path), 'empty-text', `${field}不能为空`, EMPTY_PARAGRAPH_ENGLISH, EMPTY_PARAGRAPH_HINT)
          : make(at(path), 'empty-text', `${field}不能为空`, 'must not be empty', describe(e.parentSchema));
      }
      return make(at(path), 'bad-format', `${field}的写法“${String(e.data)}”不符合要求`,
        `does not match ${String(e.params.pattern)}`, FULL_WIDTH_DIGITS.test(String(e.data)) ? `改为半角数字：${halfWidthDigits(String(e.data))}` : describe(e.parentSchema));
    case 'minimum':
    case 'maximum': {
      const bound = String(e.params.limit);
      const word = e.keyword === 'minimum' ? '小于' : '大于';
      return make(at(path), 'out-of-range', `${field}的值 ${String(e.data)} 不能${word} ${bound}`,
        `must be ${e.keyword === 'minimum' ? '>=' : '<='} ${bound}`, describe(e.parentSchema));
    }
    case 'minItems':
      return make(at(path), 'too-few', `${field}至少需要 ${String(e.params.limit)} 项`,
        `must have at least ${String(e.params.limit)} items`, describe(e.parentSchema));
    case 'minProperties':
      return make(at(path), 'empty-object', `${field}不能为空`, 'must not be empty', describe(e.parentSchema));
    default:
      // if/then and similar wrappers only repeat what the concrete errors above already say.
      return undefined;
  }
}

/** The field whose Chinese name (its description's first words: 标题, 主送机关, 成文日期) the clerk wrote as the key. */
function namedInChinese(written: string, properties: Record<string, SchemaNode | true>): { key: string; name: string } | undefined {
  const names = Object.entries(properties).map(([key, node]) => {
    if (node === true) return { key, name: '' };
    const description = node.description ?? (node.$ref ? refSchema(node.$ref)?.description : undefined) ?? '';
    return { key, name: description.split(/[；，。（：:\s]/)[0] };
  }).filter((n) => [...n.name].length >= 2);
  return names.find((n) => n.name === written) ?? names.find((n) => [...written].length >= 2 && (n.name.includes(written) || written.includes(n.name)));
}

function parsePointer(pointer: string): DataPath {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** 2025-8-28, 2025/8/28 or 2025年8月28日 as the schema wants it, when that is a real day: a did-you-mean for the hint. */
function paddedDate(text: string): string | undefined {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return undefined;
  return `是不是要写 ${day.toISOString().slice(0, 10)}？日期写成 YYYY-MM-DD，月、日不足两位时前面补 0`;
}

/** The object a value may be written as: the schema's own, or the object among the shapes of a value written in several (a contact, or a list of them). */
function objectShape(node: SchemaNode | undefined): SchemaNode | undefined {
  if (node?.$ref) return objectShape(refSchema(node.$ref));
  if (node?.if?.type === undefined) return node;
  return node.if.type === 'object' ? objectShape(node.then) : objectShape(node.else);
}

const PRINTED_NUMBER = /^\s*(\S*?)\s*[〔[［(（]\s*(\d{4})\s*[〕\]］)）]\s*(\d+)\s*号?\s*$/;

/**
 * A text where the format wants fields, as copied from a printed notice: the 发文字号 闽质强省办〔2024〕8号, or an
 * issuer's bare name. The hint gives the fields the text stands for.
 */
function writtenAsObject(e: ErrorObject): string | undefined {
  if (![e.params.type].flat().includes('object') || typeof e.data !== 'string') return undefined;
  const fullWidthColon = /^([A-Za-z][A-Za-z0-9]*)\s*：\s*(.*)$/s.exec(e.data.trim());
  if (fullWidthColon) return `字段名“${fullWidthColon[1]}”后的全角冒号“：”改为半角冒号和一个空格：${fullWidthColon[1]}: ${fullWidthColon[2]}`;
  const required = objectShape(e.parentSchema as SchemaNode | undefined)?.required ?? [];
  const number = required.includes('seq') ? PRINTED_NUMBER.exec(e.data) : null;
  if (number) {
    const prefix = number[1] ? `prefix: ${number[1]}, ` : '';
    return `发文字号分项填写，写成 { ${prefix}year: ${Number(number[2])}, seq: ${Number(number[3])} }（机关代字与发文机关的 short 相同时可省略 prefix）`;
  }
  if (required.length === 1 && required[0] === 'name') return `写成 { name: ${e.data.trim()} }（或另起一行写 name: ${e.data.trim()}）`;
  return undefined;
}
