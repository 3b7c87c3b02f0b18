import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { campaignSchema } from './schema';

/** The one ajv configuration of the campaign schema: coerce the failsafe strings, report everything. */
export function newAjv(source = false) {
  const ajv = new Ajv2020({ allErrors: true, coerceTypes: true, strict: false, verbose: true, code: { source } });
  addFormats(ajv, ['date']);
  return ajv;
}

export const compileCampaignSchema = (source = false) => newAjv(source).compile(campaignSchema);
