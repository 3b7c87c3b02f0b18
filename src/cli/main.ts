import { processIo, type Io } from './report';
import { packageVersion } from './version';

type Command = (args: string[], io: Io) => Promise<number>;
interface Loaded {
  run: Command;
  usage: string;
}

/** Each command is loaded only when it runs: `check` never pays for exceljs, `build` never for the diff library. */
const COMMANDS: Record<string, () => Promise<Loaded>> = {
  check: async () => import('./check').then((m) => ({ run: m.checkCommand, usage: m.CHECK_USAGE })),
  build: async () => import('./build').then((m) => ({ run: (a, io) => m.buildCommand(a, io), usage: m.BUILD_USAGE })),
  fmt: async () => import('./fmt').then((m) => ({ run: m.fmtCommand, usage: m.FMT_USAGE })),
  diff: async () => import('./diff').then((m) => ({ run: (a, io) => m.diffCommand(a, io), usage: m.DIFF_USAGE })),
  new: async () => import('./new').then((m) => ({ run: m.newCommand, usage: m.NEW_USAGE })),
  collect: async () => import('./collect').then((m) => ({ run: m.collectCommand, usage: m.COLLECT_USAGE })),
  fonts: async () => import('./fonts').then((m) => ({ run: m.fontsCommand, usage: m.FONTS_USAGE })),
  schema: async () => import('./schema').then((m) => ({ run: m.schemaCommand, usage: m.SCHEMA_USAGE })),
};

async function usage(): Promise<string> {
  const lines = await Promise.all(Object.values(COMMANDS).map(async (load) => `  ${(await load()).usage}`));
  return ['gongwen — 公文生成工具 (GB/T 9704-2012)', '', ...lines].join('\n');
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    io.out(`gongwen ${packageVersion()}`);
    return 0;
  }
  const load = name ? COMMANDS[name] : undefined;
  if (!load) {
    io.err(await usage());
    return name === '--help' || name === 'help' ? 0 : 2;
  }
  try {
    return await (await load()).run(rest, io);
  } catch (e) {
    const err = e as Error & { code?: string };
    if (err.code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`参数错误 (bad arguments): ${err.message}\n${await usage()}`);
      return 2;
    }
    throw e;
  }
}
