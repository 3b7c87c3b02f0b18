import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type Handlebars from 'handlebars';

/**
 * The yearly boilerplate sentences live in templates/*.hbs. Only these
 * project templates are ever compiled, in a private environment with no
 * HTML escaping (our output is not HTML), strict lookups and only the
 * built-in `if` helper.
 */
let handlebars: typeof Handlebars | undefined;
const cache = new Map<string, Handlebars.TemplateDelegate>();

/**
 * Loaded with the first template, so `check` never pays for it; from its
 * single-file bundle (~10 ms), as the CommonJS entry requires ~40 modules (~23 ms).
 */
function environment(): typeof Handlebars {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  handlebars ??= (require('handlebars/dist/handlebars.min.js') as typeof Handlebars).create();
  return handlebars;
}

export type TemplateName =
  | 'title-notice'
  | 'title-forward'
  | 'title-plan'
  | 'title-publish'
  | 'forward-opening'
  | 'contact'
  | 'form-filler'
  | 'remark';

export function renderTemplate(name: TemplateName, data: Record<string, unknown>): string {
  let template = cache.get(name);
  if (!template) {
    const source = readFileSync(path.join(templatesDir(), `${name}.hbs`), 'utf8');
    template = environment().compile(source, {
      noEscape: true,
      strict: true,
      knownHelpersOnly: true,
      knownHelpers: { if: true },
    });
    cache.set(name, template);
  }
  return template(data).trim();
}

let dir: string | undefined;
function templatesDir(): string {
  if (dir) return dir;
  for (let d = __dirname; d !== path.dirname(d); d = path.dirname(d)) {
    if (existsSync(path.join(d, 'package.json')) && existsSync(path.join(d, 'templates'))) return (dir = path.join(d, 'templates'));
  }
  throw new Error('templates/ folder not found above ' + __dirname);
}
