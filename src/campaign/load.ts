import { readFileSync, statSync } from 'node:fs';
import { MAX_CAMPAIGN_BYTES } from './limits';
import { fileError, type Problem } from './problem';
import type { SourceMap } from './source-map';
import { keep, keptFor, type TextCache } from './text-cache';

export interface LoadedFile {
  file: string;
  source: string;
  data: unknown;
  sourceMap: SourceMap;
}

export type LoadResult = { ok: true; loaded: LoadedFile; problems: Problem[] } | { ok: false; problems: Problem[] };

/** A parse as kept in the cache folder: the data before anything changes it (the validator coerces in place). */
const PARSES: TextCache<{ data: unknown; problems: Problem[] }> = {
  kind: 'parse',
  madeBy: ['parse-yaml'],
  isValue: (v): v is { data: unknown; problems: Problem[] } => typeof v === 'object' && v !== null && 'data' in v && Array.isArray((v as { problems?: unknown }).problems),
};

/**
 * Reads a campaign file into plain data with a source map. Every scalar is
 * read as a string (YAML failsafe schema): `000001`, phone numbers and dates
 * stay exactly as written, and the schema validator coerces numbers and
 * booleans where the format asks for them.
 */
export async function loadCampaignFile(file: string): Promise<LoadResult> {
  const text = readCampaignText(file);
  if ('problem' in text) return { ok: false, problems: [text.problem] };
  const kept = keptFor(PARSES, file, text.source);
  if (kept) {
    const loaded = { file, source: text.source, data: kept.value.data, sourceMap: kept.sourceMap };
    return { ok: true, loaded, problems: kept.value.problems.map((p) => ({ ...p, file })) };
  }
  const parsed = parseCampaignSource(file, text.source);
  if (parsed.ok) keep(PARSES, file, text.source, parsed.loaded.sourceMap.table, { data: parsed.loaded.data, problems: parsed.problems });
  return parsed;
}

/** The YAML text of a campaign parsed (parse-yaml.ts, loaded only when a parse is needed). */
export function parseCampaignSource(file: string, source: string): LoadResult {
  return (require('./parse-yaml') as typeof import('./parse-yaml')).parseCampaignSource(file, source);
}

/** A campaign file's text, or why it cannot be read: missing, not a file, too large, not UTF-8. */
export function readCampaignText(file: string): { source: string } | { problem: Problem } {
  const bytes = readBounded(file);
  return 'problem' in bytes ? bytes : decodeUtf8(file, bytes.buffer);
}

/** Read at once: a campaign is small, and `check` then need not load node:fs's promise API (~1 ms). */
function readBounded(file: string): { buffer: Buffer } | { problem: Problem } {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) {
      return { problem: fileError(file, 1, 1, 'not-a-file', '这不是一个文件', 'not a regular file', '请给出 .yaml 活动文件的路径') };
    }
    size = stat.size;
  } catch {
    return {
      problem: fileError(file, 1, 1, 'file-not-found', '文件不存在', 'file not found',
        '请检查文件名和路径，例如 campaigns/2023.yaml'),
    };
  }
  if (size > MAX_CAMPAIGN_BYTES) {
    return {
      problem: fileError(file, 1, 1, 'file-too-large',
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
      problem: fileError(file, lines.length, lines[lines.length - 1].length + 1, 'not-utf8',
        '文件不是 UTF-8 编码（可能是 GBK/GB2312）',
        'file is not valid UTF-8',
        '请在编辑器中选择“另存为 UTF-8”，或用 iconv -f GBK -t UTF-8 转换'),
    };
  }
}

