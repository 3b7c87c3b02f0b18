/**
 * Under ts-jest, in place of the validator compiled at build time
 * (src/campaign/validator.generated.js, see jest.config.js): the campaign
 * schema compiled now, with the same ajv configuration.
 */
import { compileCampaignSchema } from '../../../src/campaign/compile-schema';

export = compileCampaignSchema();
