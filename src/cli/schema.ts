import { campaignSchema } from '../campaign/schema';
import { COMMANDS, parseCommandArgs } from './commands';
import type { Io } from './report';

export async function schemaCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs(COMMANDS.schema.options, args);
  if (values.reference) {
    const { campaignFormatReference } = await import('../campaign/format-reference');
    io.out(campaignFormatReference().trimEnd());
  } else {
    io.out(JSON.stringify(campaignSchema, null, 2));
  }
  return 0;
}
