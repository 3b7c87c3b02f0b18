/**
 * The YAML half of loading a campaign (load.ts), in a bundle of its own
 * (bundle.ts): a run that finds the parse or the check in the cache folder
 * (text-cache.ts) loads no YAML library at all.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type YAMLError } from 'yaml';
import { MAX_ALIAS_COUNT } from './limits';
import type { LoadResult } from './load';
import { fileError, type Problem } from './problem';
import { SourceMap, type DataPath, type NodePlace, type SourceTable } from './source-map';
import { lineSlip } from './yaml-line-slips';
import { bracesOnLine, bracesUnquoted, hashInText } from './yaml-slips';

export function parseCampaignSource(file: string, source: string): LoadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: true, schema: 'failsafe' });
  const sourceMap = new SourceMap(sourceTable(doc, lineCounter));
  // A slip of the keyboard (a tab or full-width space in the indentation, a full-width colon) throws the lines
  // after it out of shape: its own error, once, says all there is to say.
  const errors = doc.errors.map((e) => yamlProblem(file, source, e, 'error'));
  const slips = errors.filter((p, i) => SLIPS.has(p.code) && errors.findIndex((q) => q.line === p.line && q.code === p.code) === i);
  const problems = [...(slips.length ? slips : errors), ...doc.warnings.map((e) => yamlProblem(file, source, e, 'warning'))];
  if (doc.errors.length > 0) return { ok: false, problems };
  const braces = bracesUnquoted(file, doc, source, sourceMap);
  if (braces.length > 0) return { ok: false, problems: [...problems, ...braces] };
  problems.push(...hashInText(file, doc, source, sourceMap));
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { ok: true, loaded: { file, source, data, sourceMap }, problems };
  } catch (e) {
    let where = { line: 1, column: 1 };
    visit(doc, {
      Alias(_, node) {
        if (isAlias(node) && node.range) where = sourceMap.position(node.range[0]);
        return visit.BREAK;
      },
    });
    problems.push(
      fileError(file, where.line, where.column, 'alias-bomb',
        `YAML 别名（*引用）展开过多，超过 ${MAX_ALIAS_COUNT} 次`,
        `too many YAML alias expansions (${(e as Error).message})`,
        '活动文件不需要别名：请把 &锚点 和 *引用 换成直接写出的内容'),
    );
    return { ok: false, problems };
  }
}

const YAML_MESSAGES: Record<string, [string, string]> = {
  DUPLICATE_KEY: ['同一层中键重复出现', '请删除或合并重复的键；同一层的每个键只能出现一次'],
  BAD_INDENT: ['缩进不正确', '同一层的键必须左对齐，子项比父项多缩进两个空格'],
  TAB_AS_INDENT: ['缩进中使用了 Tab 字符', '请用空格缩进，不要用 Tab'],
  MISSING_CHAR: ['缺少必要的符号（如引号、括号或冒号）', '检查这一行的引号、方括号、花括号是否成对'],
  BLOCK_AS_IMPLICIT_KEY: ['缩进不一致：下一行比这一行的键缩进得更多', '同一层的键必须左对齐，请检查下一行开头的空格数'],
  MULTILINE_IMPLICIT_KEY: ['键不能跨行', '键与冒号写在同一行；长文本请写在冒号后，用 >- 折行'],
  UNEXPECTED_TOKEN: ['出现了意外的符号', '检查这一行的冒号、短横线和引号；文本中含“: ”或“#”时请加引号'],
  BAD_SCALAR_START: ['文本不能以这个符号开头', '以 @、`、%、*、& 等开头的文本请加引号'],
};

/** YAML notices a missing closing quote only where the file ends; point at the quote that was opened instead. */
function openingQuote(source: string, errorOffset: number): { line: number; col: number } | undefined {
  const lines = source.slice(0, errorOffset).split('\n');
  for (let i = 0; i < lines.length; i++) {
    for (const quote of ['"', "'"]) {
      if (lines[i].split(quote).length % 2 === 0) return { line: i + 1, col: lines[i].lastIndexOf(quote) + 1 };
    }
  }
  return undefined;
}

/**
 * `联系电话: 0591…` or `市场监督管理局:` in a value: a half-width colon before a space or the line's end makes YAML
 * read a key where a text was, which it reports as a nested mapping (the indentation message would mislead).
 */
function colonInValue(source: string, e: YAMLError): Problem | undefined {
  const at = e.code === 'BLOCK_AS_IMPLICIT_KEY' ? e.linePos?.[0] : undefined;
  if (!at) return undefined;
  const line = source.split('\n')[at.line - 1] ?? '';
  const colon = /:(?=\s|$)/.exec(line.slice(at.col - 1));
  if (!colon) return undefined;
  return {
    file: '', line: at.line, column: at.col + colon.index, severity: 'error', code: 'yaml-colon-in-value',
    message: '文字中有半角冒号“:”（其后是空格或行末），YAML 把这一行当成了新的键',
    english: 'a ":" followed by a space or the line end inside a value reads as a key',
    hint: '改为全角冒号“：”，或给整段文字加引号；主送机关后的冒号由公文自动加上，不用写',
  };
}

const SLIPS = new Set(['yaml-tab_as_indent', 'yaml-full-width-indent', 'yaml-full-width-colon', 'yaml-colon-no-space']);

function yamlProblem(file: string, source: string, e: YAMLError, severity: Problem['severity']): Problem {
  const slip = e.linePos ? lineSlip(file, source, e.linePos[0].line, severity) : undefined;
  if (slip) return slip;
  const colon = colonInValue(source, e);
  if (colon) return { ...colon, file, severity };
  const braces = e.linePos ? bracesOnLine(file, source, e.linePos[0].line) : undefined;
  if (braces) return { ...braces, severity };
  const [message, hint] = YAML_MESSAGES[e.code] ?? ['YAML 格式错误', '对照上一年的活动文件检查这一行的写法'];
  const pos = (e.code === 'MISSING_CHAR' && openingQuote(source, e.pos[0])) || e.linePos?.[0] || { line: 1, col: 1 };
  const english = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return { file, line: pos.line, column: pos.col, severity, code: `yaml-${e.code.toLowerCase()}`, message, english, hint };
}

/**
 * Every node's place under its data path, as yaml's getIn would find it: through maps (by their keys' text) and
 * sequences, not through an alias (*ref), whose own place is kept.
 */
function sourceTable(doc: Document, lineCounter: LineCounter): SourceTable {
  const nodes: Record<string, NodePlace> = {};
  const walk = (node: Node | null | undefined, path: DataPath, keyStart?: number) => {
    const place: NodePlace = {};
    if (node?.range) place.range = [node.range[0], node.range[1], node.range[2]];
    if (isScalar(node)) {
      place.scalar = true;
      if (node.comment) place.comment = node.comment;
    }
    if (keyStart !== undefined) place.keyStart = keyStart;
    nodes[JSON.stringify(path)] = place;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = pair.key.value as string | number;
        walk(pair.value as Node | null, [...path, key], pair.key.range?.[0]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item as Node | null, [...path, i]));
    }
  };
  walk(doc.contents as Node | null, []);
  return { nodes, lineStarts: lineCounter.lineStarts };
}
