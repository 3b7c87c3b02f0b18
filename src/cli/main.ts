import { BUILD_USAGE, buildCommand } from './build';
import { CHECK_USAGE, checkCommand } from './check';
import { COLLECT_USAGE, collectCommand } from './collect';
import { DIFF_USAGE, diffCommand } from './diff';
import { FMT_USAGE, fmtCommand } from './fmt';
import { FONTS_USAGE, fontsCommand } from './fonts';
import { NEW_USAGE, newCommand } from './new';
import { processIo, type Io } from './report';
import { SCHEMA_USAGE, schemaCommand } from './schema';

const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = {
  check: checkCommand,
  build: buildCommand,
  schema: schemaCommand,
  fmt: fmtCommand,
  diff: (args, io) => diffCommand(args, io),
  new: newCommand,
  collect: collectCommand,
  fonts: fontsCommand,
};

const USAGE = ['gongwen — 公文生成工具 (GB/T 9704-2012)', '', `  ${CHECK_USAGE}`, `  ${BUILD_USAGE}`, `  ${FMT_USAGE}`, `  ${DIFF_USAGE}`, `  ${NEW_USAGE}`, `  ${COLLECT_USAGE}`, `  ${FONTS_USAGE}`, `  ${SCHEMA_USAGE}`].join('\n');

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(USAGE);
    return name === '--help' || name === 'help' ? 0 : 2;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    const err = e as Error & { code?: string };
    if (err.code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`参数错误 (bad arguments): ${err.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}
