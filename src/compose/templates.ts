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
/** What Handlebars.precompile gives (a global type of handlebars' typings). */
type TemplateSpecification = Parameters<typeof Handlebars.template>[0];
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

/** How every template is compiled, at run time or by build-templates.ts. */
export const COMPILE_OPTIONS = { noEscape: true, strict: true, knownHelpersOnly: true, knownHelpers: { if: true } } as const;

/** Each template precompiled at build time (build-templates.ts), absent under ts-jest. */
function precompiled(): Record<string, TemplateSpecification> | undefined {
  try {
    // A literal path, so the CLI's bundles carry the templates in them.
    return require('./templates.generated') as Record<string, TemplateSpecification>;
  } catch (e) {
    if ((e as { code?: string }).code === 'MODULE_NOT_FOUND') return undefined;
    throw e;
  }
}

/** A template's source, templates/NAME.hbs. */
export function templateSource(name: string): string {
  return readFileSync(path.join(templatesDir(), `${name}.hbs`), 'utf8');
}

export function renderTemplate(name: TemplateName, data: Record<string, unknown>): string {
  let template = cache.get(name);
  if (!template) {
    // Compiling a template at run time parses it with handlebars' compiler, the slowest part of composing a notice.
    const spec = precompiled()?.[name];
    template = spec ? environment().template(spec) : environment().compile(templateSource(name), COMPILE_OPTIONS);
    cache.set(name, template);
  }
  return template(data).trim();
}

let dir: string | undefined;
export function templatesDir(): string {
  if (dir) return dir;
  for (let d = __dirname; d !== path.dirname(d); d = path.dirname(d)) {
    if (existsSync(path.join(d, 'package.json')) && existsSync(path.join(d, 'templates'))) return (dir = path.join(d, 'templates'));
  }
  throw new Error('templates/ folder not found above ' + __dirname);
}
