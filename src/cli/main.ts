import { checkArgs, unknownCommand } from './check-args';
import { isCommand, usageLine, type CommandName } from './commands';
import { commandHelp, generalHelp } from './help';
import { OutputError } from './output-error';
import { processIo, type Io } from './process-io';
import { packageVersion } from './version';

type Command = (args: string[], io: Io) => Promise<number>;

/** Each command is loaded only when it runs: `check` never pays for exceljs, `build` never for the diff library. */
const LOADERS: Record<CommandName, () => Promise<Command>> = {
  check: async () => (await import('./check')).checkCommand,
  build: async () => {
    const { buildCommand } = await import('./build');
    return (args, io) => buildCommand(args, io);
  },
  fmt: async () => (await import('./fmt')).fmtCommand,
  diff: async () => {
    const { diffCommand } = await import('./diff');
    return (args, io) => diffCommand(args, io);
  },
  new: async () => (await import('./new')).newCommand,
  collect: async () => (await import('./collect')).collectCommand,
  fonts: async () => (await import('./fonts')).fontsCommand,
  schema: async () => (await import('./schema')).schemaCommand,
  server: async () => (await import('../server/stop')).serverCommand,
};

/** Exit codes: see EXIT_CODES in ./help (0 done, 1 findings, 2 error and nothing written, 3 internal error). */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof OutputError) {
      io.err(e.message);
      return 2;
    }
    // Every other error a user can cause is reported where it happens; what reaches here is a bug.
    io.err(`内部错误 (internal error): ${(e as Error).message}\n这是 gongwen 的缺陷，请把以下信息报告给维护人员 (this is a bug in gongwen; please report it with what follows)`);
    io.err((e as Error).stack ?? String(e));
    return 3;
  }
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    io.out(`gongwen ${packageVersion()}`);
    return 0;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = rest[0];
    io.out(topic !== undefined && isCommand(topic) ? commandHelp(topic) : generalHelp(packageVersion()));
    return 0;
  }
  if (name === undefined || !isCommand(name)) {
    if (name !== undefined) io.err(unknownCommand(name));
    io.err(generalHelp(packageVersion()));
    return 2;
  }
  const checked = checkArgs(name, rest);
  if (checked.help) {
    io.out(commandHelp(name));
    return 0;
  }
  if (checked.problem) {
    io.err(`${checked.problem}\n用法 (usage): ${usageLine(name)}\n更多说明 (more): gongwen ${name} --help`);
    return 2;
  }
  return (await LOADERS[name]())(rest, io);
}
