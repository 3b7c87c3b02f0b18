/**
 * Build step (npm run build): every templates/*.hbs precompiled into plain
 * JavaScript beside this file, so the CLI does not parse and compile them on
 * every start. templates.ts compiles at run time when the generated file is
 * absent (as under ts-jest).
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { COMPILE_OPTIONS, templateSource, templatesDir } from './templates';

const names = readdirSync(templatesDir())
  .filter((f) => f.endsWith('.hbs'))
  .map((f) => path.basename(f, '.hbs'))
  .sort();
const specs = names.map((name) => `  ${JSON.stringify(name)}: ${Handlebars.precompile(templateSource(name), COMPILE_OPTIONS)},`);
writeFileSync(path.join(__dirname, 'templates.generated.js'), `module.exports = {\n${specs.join('\n')}\n};\n`);
