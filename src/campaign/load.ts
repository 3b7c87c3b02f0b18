import { readFileSync, statSync } from 'node:fs';
import { isAlias, LineCounter, parseDocument, visit, type YAMLError } from 'yaml';
import { MAX_ALIAS_COUNT, MAX_CAMPAIGN_BYTES } from './limits';
import type { Problem } from './problem';
import { SourceMap } from './source-map';
import { bracesOnLine, bracesUnquoted, hashInText } from './yaml-slips';

export interface LoadedFile {
  file: string;
  source: string;
  data: unknown;
  sourceMap: SourceMap;
}

export type LoadResult = { ok: true; loaded: LoadedFile; problems: Problem[] } | { ok: false; problems: Problem[] };

const error = (file: string, line: number, column: number, code: string, message: string, english: string, hint: string): Problem => ({
  file, line, column, severity: 'error', code, message, english, hint,
});

/**
 * Reads a campaign file into plain data with a source map. Every scalar is
 * read as a string (YAML failsafe schema): `000001`, phone numbers and dates
 * stay exactly as written, and the schema validator coerces numbers and
 * booleans where the format asks for them.
 */
export async function loadCampaignFile(file: string): Promise<LoadResult> {
  const bytes = readBounded(file);
  if ('problem' in bytes) return { ok: false, problems: [bytes.problem] };
  const text = decodeUtf8(file, bytes.buffer);
  if ('problem' in text) return { ok: false, problems: [text.problem] };
  return parseCampaignSource(file, text.source);
}

export function parseCampaignSource(file: string, source: string): LoadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: true, schema: 'failsafe' });
  const sourceMap = new SourceMap(doc, lineCounter);
  // A tab in the indentation throws the lines after it out of shape: its own error says all there is to say.
  const tabs = doc.errors.filter((e) => e.code === 'TAB_AS_INDENT');
  const problems = [...(tabs.length ? tabs : doc.errors).map((e) => yamlProblem(file, source, e, 'error')), ...doc.warnings.map((e) => yamlProblem(file, source, e, 'warning'))];
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
      error(file, where.line, where.column, 'alias-bomb',
        `YAML 别名（*引用）展开过多，超过 ${MAX_ALIAS_COUNT} 次`,
        `too many YAML alias expansions (${(e as Error).message})`,
        '活动文件不需要别名：请把 &锚点 和 *引用 换成直接写出的内容'),
    );
    return { ok: false, problems };
  }
}

/** Read at once: a campaign is small, and `check` then need not load node:fs's promise API (~1 ms). */
function readBounded(file: string): { buffer: Buffer } | { problem: Problem } {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) {
      return { problem: error(file, 1, 1, 'not-a-file', '这不是一个文件', 'not a regular file', '请给出 .yaml 活动文件的路径') };
    }
    size = stat.size;
  } catch {
    return {
      problem: error(file, 1, 1, 'file-not-found', '文件不存在', 'file not found',
        '请检查文件名和路径，例如 campaigns/2023.yaml'),
    };
  }
  if (size > MAX_CAMPAIGN_BYTES) {
    return {
      problem: error(file, 1, 1, 'file-too-large',
        `文件过大（${(size / 1024 / 1024).toFixed(1)} MB），活动文件不应超过 ${MAX_CAMPAIGN_BYTES / 1024 / 1024} MB`,
        `file too large (${size} bytes; limit ${MAX_CAMPAIGN_BYTES})`,
        '请确认选对了文件；图片、PDF 等请放在 assets/ 中并在 YAML 里写路径'),
    };
  }
  return { buffer: readFileSync(file) };
}

function decodeUtf8(file: string, buffer: Buffer): { source: string } | { problem: Problem } {
  try {
    const source = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    return { source: source.startsWith('\uFEFF') ? source.slice(1) : source };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(buffer);
    const lines = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n');
    return {
      problem: error(file, lines.length, lines[lines.length - 1].length + 1, 'not-utf8',
        '文件不是 UTF-8 编码（可能是 GBK/GB2312）',
        'file is not valid UTF-8',
        '请在编辑器中选择“另存为 UTF-8”，或用 iconv -f GBK -t UTF-8 转换'),
    };
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

function yamlProblem(file: string, source: string, e: YAMLError, severity: Problem['severity']): Problem {
  const colon = colonInValue(source, e);
  if (colon) return { ...colon, file, severity };
  const braces = e.linePos ? bracesOnLine(file, source, e.linePos[0].line) : undefined;
  if (braces) return { ...braces, severity };
  const [message, hint] = YAML_MESSAGES[e.code] ?? ['YAML 格式错误', '对照上一年的活动文件检查这一行的写法'];
  const pos = (e.code === 'MISSING_CHAR' && openingQuote(source, e.pos[0])) || e.linePos?.[0] || { line: 1, col: 1 };
  const english = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return { file, line: pos.line, column: pos.col, severity, code: `yaml-${e.code.toLowerCase()}`, message, english, hint };
}
