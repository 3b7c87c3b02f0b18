import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { campaignSchema } from './schema';

/**
 * The one ajv configuration of the campaign schema: coerce the failsafe
 * strings, report everything, with the schema of each error (validate.ts
 * reads its description) but without ajv's English messages. Each $defs
 * entry is one function, not copied into every place that refers to it: that
 * halves the validator compiled at build time.
 */
export function newAjv(source = false) {
  const ajv = new Ajv2020({ allErrors: true, coerceTypes: true, strict: false, verbose: true, messages: false, inlineRefs: false, code: { source } });
  addFormats(ajv, ['date']);
  return ajv;
}

export const compileCampaignSchema = () => newAjv().compile(campaignSchema);
