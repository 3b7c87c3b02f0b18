import { parseArgs } from 'node:util';
import { closestName } from '../campaign/did-you-mean';
import { COMMANDS, type CommandName, type CommandSpec, type OptionSpec } from './commands';

export type ArgsCheck = { help: true } | { help: false; problem?: string };

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

function hint(typed: string, candidates: string[]): { en: string; zh: string } {
  const near = closestName(typed, candidates);
  return near ? { en: `; did you mean "${near}"?`, zh: `  提示：是不是要写“${near}”？` } : { en: '', zh: '' };
}

/**
 * Reads a command's arguments against its table entry before the command is
 * loaded: asks for help, or names the first unknown option (with the option
 * it most likely meant), missing value or value given to a switch.
 */
export function checkArgs(name: CommandName, args: string[]): ArgsCheck {
  const spec: CommandSpec = COMMANDS[name];
  const { values, tokens } = parseArgs({ args, allowPositionals: true, strict: false, tokens: true, options: { ...spec.options, ...HELP } });
  if (values.help === true) return { help: true };
  const known = [...Object.keys(spec.options).map((o) => `--${o}`), '--help'];
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === 'help') continue;
    const option: OptionSpec | undefined = Object.hasOwn(spec.options, token.name) ? spec.options[token.name] : undefined;
    if (!option) {
      const h = hint(token.rawName, known);
      return { help: false, problem: `未知的选项“${token.rawName}” (unknown option "${token.rawName}" for ${name}${h.en})${h.zh}` };
    }
    if (option.type === 'string' && token.value === undefined) {
      return { help: false, problem: `选项 ${token.rawName} 后面要写${option.value ?? '一个值'} (option ${token.rawName} needs a value)` };
    }
    if (option.type === 'string' && !token.inlineValue && token.value?.startsWith('-')) {
      return {
        help: false,
        problem: `选项 ${token.rawName} 后面要写${option.value ?? '一个值'}，而不是“${token.value}” (option ${token.rawName} needs a value, not "${token.value}")  提示：值本身以 - 开头时写成 ${token.rawName}=${token.value}`,
      };
    }
    const endings = option.extensions;
    if (endings && token.value !== undefined && !endings.some((e) => token.value!.toLowerCase().endsWith(e))) {
      const fixed = token.value.replace(/\.[^./\\]*$/, '') + endings[0];
      return {
        help: false,
        problem: `选项 ${token.rawName} 的文件名要以 ${endings.join(' 或 ')} 结尾，而不是“${token.value}” (option ${token.rawName} writes a ${endings[0]} file; its name must end in ${endings.join(' or ')})  提示：写成 ${token.rawName} ${fixed}`,
      };
    }
    if (option.type === 'boolean' && token.inlineValue) {
      return { help: false, problem: `选项 ${token.rawName} 不带值，去掉“=${token.value}” (option ${token.rawName} takes no value)` };
    }
  }
  return { help: false };
}

/** What to say about a first argument that is not a command. */
export function unknownCommand(typed: string): string {
  const what = typed.startsWith('-') ? ['选项', 'option'] : ['命令', 'command'];
  const h = hint(typed, typed.startsWith('-') ? ['--help', '--version'] : Object.keys(COMMANDS));
  return `未知的${what[0]}“${typed}” (unknown ${what[1]} "${typed}"${h.en})${h.zh}`;
}
