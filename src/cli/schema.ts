import { campaignSchema } from '../campaign/schema';
import type { Io } from './report';

export async function schemaCommand(_args: string[], io: Io): Promise<number> {
  io.out(JSON.stringify(campaignSchema, null, 2));
  return 0;
}
