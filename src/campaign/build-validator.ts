/**
 * Build step (npm run build): compiles the campaign schema once into plain
 * JavaScript beside this file, so the CLI does not spend ~150 ms compiling
 * the schema on every start. validate.ts falls back to compiling at run time
 * when the generated file is absent (as under ts-jest).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import standaloneCode from 'ajv/dist/standalone';
import { campaignSchema } from './schema';
import { newAjv } from './compile-schema';

const ajv = newAjv(true);
const code = standaloneCode(ajv, ajv.compile(campaignSchema));
writeFileSync(path.join(__dirname, 'validator.generated.js'), code);
