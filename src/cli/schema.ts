import { campaignSchema } from '../campaign/schema';
import type { Io } from './report';

export const SCHEMA_USAGE = 'gongwen schema   输出活动文件的 JSON Schema（供编辑器补全）';

export async function schemaCommand(_args: string[], io: Io): Promise<number> {
  io.out(JSON.stringify(campaignSchema, null, 2));
  return 0;
}
