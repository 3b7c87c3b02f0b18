import { COMMANDS, usageLine, type CommandName, type CommandSpec, type OptionSpec } from './commands';

/** The exit codes every command keeps to (also the table in the README). */
export const EXIT_CODES: [code: number, meaning: string][] = [
  [0, '成功 (success)'],
  [1, '完成，但有要处理的发现：check --strict 的警告、fmt --check 未整理、diff 有差异、collect 有问题报表 (done, with findings)'],
  [2, '错误，未写出任何文件：参数错误、活动文件有错、输出位置不可写 (error; nothing written)'],
  [3, '内部错误，请报告给维护人员 (internal error: please report it)'],
];

const HELP_OPTION: [string, string] = ['-h, --help', '显示帮助 (show this help)'];

function columns(rows: [string, string][]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}   ${right}`);
}

export function generalHelp(version: string): string {
  const commands = Object.entries(COMMANDS).map(([name, spec]: [string, CommandSpec]): [string, string] => [`${name} ${spec.args}`.trim(), spec.summary]);
  return [
    `gongwen ${version} — 公文生成工具 (GB/T 9704-2012 official notices from YAML)`,
    '',
    '用法 (usage): gongwen <命令> [参数…] [选项…]',
    '',
    '命令 (commands):',
    ...columns(commands),
    '',
    '选项 (options):',
    ...columns([HELP_OPTION, ['-V, --version', '显示版本 (show the version)']]),
    '',
    '每个命令的选项 (options of a command): gongwen <命令> --help',
    '',
    '退出码 (exit codes):',
    ...EXIT_CODES.map(([code, meaning]) => `  ${code}   ${meaning}`),
  ].join('\n');
}

export function commandHelp(name: CommandName): string {
  const spec: CommandSpec = COMMANDS[name];
  const options = Object.entries(spec.options).map(([long, o]: [string, OptionSpec]): [string, string] => [
    `${o.short ? `-${o.short}, ` : ''}--${long}${o.value ? ` ${o.value}` : ''}`,
    o.help,
  ]);
  const exits = spec.exits ? ['', '退出码 (exit codes):', ...spec.exits.map(([code, meaning]) => `  ${code}   ${meaning}`)] : [];
  return [`用法 (usage): ${usageLine(name)}`, '', spec.summary, '', '选项 (options):', ...columns([...options, HELP_OPTION]), ...exits].join('\n');
}
