/**
 * Build step (npm run build): compiles the campaign schema once into plain
 * JavaScript beside this file, so the CLI neither compiles the schema nor
 * loads ajv's compiler on any start (the validator needs only two small
 * helpers of ajv and ajv-formats). Under ts-jest, jest.config.js maps the
 * generated module to test/helpers/compiled-now/validator.ts, which compiles
 * the schema at run time.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import standaloneCode from 'ajv/dist/standalone';
import { campaignSchema } from './schema';
import { newAjv } from './compile-schema';

const ajv = newAjv(true);
const code = standaloneCode(ajv, ajv.compile(campaignSchema));
writeFileSync(path.join(__dirname, 'validator.generated.js'), code);
