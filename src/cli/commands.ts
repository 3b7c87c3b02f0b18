import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { FORM_WORKBOOKS, FORMATS } from '../render/formats';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  default?: string;
  /** What the value stands for in the usage line (DIR, FILE, ID…). */
  value?: string;
  /** Shown without brackets in the usage line; the command itself refuses to run without it. */
  required?: boolean;
  /** The endings a file-name value may have, the usual one first ([".xlsx"]): the file is written in that format whatever it is called. */
  extensions?: [string, ...string[]];
  /** One line of `--help`: Chinese, then English in parentheses. */
  help: string;
}

export interface CommandSpec {
  /** The positional arguments as the usage line shows them. */
  args: string;
  summary: string;
  options: Record<string, OptionSpec>;
  /** What each exit code means for this command, when it says more than the general table. */
  exits?: [code: number, meaning: string][];
}

const formats = [...Object.keys(FORMATS), FORM_WORKBOOKS].join(',');

/**
 * Every command with its arguments and options: the one source of `--help`,
 * of the usage lines and of what each command's parseArgs accepts. Adding an
 * option is one line here. Nothing here loads a command module, so `--help`
 * costs nothing at start-up.
 */
export const COMMANDS = {
  check: {
    args: 'FILE…',
    summary: '检查活动文件（格式、取值、公文规范） (check campaign files)',
    options: {
      strict: { type: 'boolean', help: '有警告或“待填写”也算不通过 (warnings and unfilled values fail too)' },
    },
  },
  build: {
    args: 'FILE…',
    summary: '生成公文 (build the notices)',
    options: {
      format: {
        type: 'string',
        value: formats,
        help: '输出哪些格式，用逗号分隔；默认 docx,pdf；xlsx 为各统计表的填报工作簿，仅在指定时生成 (formats to write; default docx,pdf; xlsx: the fill-in workbook of each statistics form, only when asked for)',
      },
      out: { type: 'string', value: 'DIR', default: 'output', help: '输出文件夹；默认 output (output folder)' },
      fonts: { type: 'string', multiple: true, value: 'DIR', help: '先在这个文件夹里找字体，可写多次 (a font folder to search first; repeatable)' },
      draft: { type: 'boolean', help: '加“草稿”水印 (mark every output as a draft)' },
      json: { type: 'boolean', help: '在标准输出给出机器可读的摘要 (machine-readable summary on stdout)' },
      watch: { type: 'boolean', help: '每次保存后自动重新生成，Ctrl+C 退出 (rebuild on every save)' },
    },
  },
  fmt: {
    args: 'FILE…',
    summary: '把活动文件整理为统一格式 (rewrite campaign files in the canonical layout)',
    options: {
      check: { type: 'boolean', help: '只检查，不改写；未整理的文件退出码 1 (only check; exit 1 if any file is not canonical)' },
    },
  },
  diff: {
    args: 'OLD NEW',
    summary: '比较两年的活动文件 (what changed between two campaigns)',
    options: {
      json: { type: 'boolean', help: '输出 JSON (print the changes as JSON)' },
      redline: { type: 'string', value: 'OUT.docx', extensions: ['.docx'], help: '另生成带修订痕迹的 Word 文件 (also write a DOCX with tracked changes)' },
    },
    exits: [
      [0, '内容相同（只有格式差异） (same content)'],
      [1, '内容不同；有 --redline 时修订稿已写出 (different; the redline, if asked for, is written)'],
      [2, '出错：文件有错、无法写入，或修订稿无法标出全部修改（不写出） (trouble: a bad file, cannot write, or a redline that cannot show every change, not written)'],
    ],
  },
  new: {
    args: 'YEAR',
    summary: '以去年的文件为底稿，新建今年的活动文件 (start next year from last year\'s file)',
    options: {
      from: { type: 'string', value: 'FILE', required: true, help: '去年的活动文件（必填） (last year\'s campaign; required)' },
      out: { type: 'string', value: 'FILE.yaml', extensions: ['.yaml', '.yml'], help: '新文件写到哪里；默认与 --from 同一文件夹的 YEAR.yaml (where to write)' },
    },
  },
  collect: {
    args: 'FILE RETURNS…',
    summary: '汇总各单位报送的统计表 (add up the returned statistics workbooks)',
    options: {
      out: { type: 'string', value: 'summary.xlsx', extensions: ['.xlsx'], help: '汇总表写到哪里 (where to write the summary workbook)' },
      form: { type: 'string', value: 'ID', help: '汇总哪个统计表附件（有多个时必填） (which form annex; required when there are several)' },
      report: { type: 'string', value: 'docx,pdf', help: '另生成 Word/PDF 版汇总 (also write the summary as DOCX/PDF)' },
    },
    exits: [
      [0, '全部报表无问题，汇总已写出 (every return clean; summary written)'],
      [1, '汇总已写出，但有报表有问题（见问题清单） (summary written; some returns had problems, listed)'],
      [2, '出错，未写出：活动文件有错、参数错误，或没有一份可汇总的报表 (trouble, nothing written)'],
    ],
  },
  fonts: {
    args: '[FILE…]',
    summary: '显示各字体角色选用的字体，并检查活动文件中缺字 (which font plays each role; missing characters)',
    options: {
      fonts: { type: 'string', multiple: true, value: 'DIR', help: '先在这个文件夹里找字体，可写多次 (a font folder to search first; repeatable)' },
    },
  },
  schema: {
    args: '',
    summary: '输出活动文件的 JSON Schema，供编辑器补全 (the JSON Schema of campaign files)',
    options: {
      reference: { type: 'boolean', help: '改为输出中文字段说明（Markdown，即 docs/campaign-format.md） (the Chinese field reference instead)' },
    },
  },
  server: {
    args: 'stop',
    summary: '停止后台生成服务（下次生成时会自动重新启动） (stop the background build servers; the next build starts one again)',
    options: {},
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

export const isCommand = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);

/** A command's arguments, read by its own table entry (main has already refused unknown options). */
export function parseCommandArgs<O extends ParseArgsOptionsConfig>(options: O, args: string[]) {
  return parseArgs({ args, allowPositionals: true, strict: true, options });
}

/** `gongwen build FILE… [--format text,docx,pdf] [--out DIR] …` */
export function usageLine(name: CommandName): string {
  const spec: CommandSpec = COMMANDS[name];
  const options = Object.entries(spec.options).map(([long, o]: [string, OptionSpec]) => {
    const option = `--${long}${o.value ? ` ${o.value}` : ''}`;
    return o.required ? option : `[${option}]`;
  });
  return ['gongwen', name, spec.args, ...options].filter(Boolean).join(' ');
}
