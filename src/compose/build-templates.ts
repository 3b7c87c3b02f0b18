/**
 * Build step (npm run build): every templates/*.hbs precompiled into plain
 * JavaScript beside this file, run by handlebars' runtime, so the CLI neither
 * parses templates nor loads handlebars' compiler (four fifths of it) on any
 * start. Under ts-jest, jest.config.js maps the generated module to
 * test/helpers/compiled-now/templates.ts, which compiles them at run time.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { COMPILE_OPTIONS, templateNames, templateSource } from './template-sources';

const templates = templateNames().map((name) => `  ${JSON.stringify(name)}: runtime.template(${Handlebars.precompile(templateSource(name), COMPILE_OPTIONS)}),`);
writeFileSync(
  path.join(__dirname, 'templates.generated.js'),
  `const runtime = require('handlebars/dist/handlebars.runtime.min.js').create();\nmodule.exports = {\n${templates.join('\n')}\n};\n`,
);
