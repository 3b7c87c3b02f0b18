import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The yearly boilerplate sentences live in templates/*.hbs, compiled in a
 * private environment with no HTML escaping (our output is not HTML), strict
 * lookups and only the built-in `if` helper: at build time by
 * build-templates.ts, or at run time under ts-jest (jest.config.js).
 */
export const COMPILE_OPTIONS = { noEscape: true, strict: true, knownHelpersOnly: true, knownHelpers: { if: true } } as const;

/** The name of every templates/NAME.hbs, sorted. */
export function templateNames(): string[] {
  return readdirSync(templatesDir())
    .filter((f) => f.endsWith('.hbs'))
    .map((f) => path.basename(f, '.hbs'))
    .sort();
}

/** A template's source, templates/NAME.hbs. */
export function templateSource(name: string): string {
  return readFileSync(path.join(templatesDir(), `${name}.hbs`), 'utf8');
}

let dir: string | undefined;
function templatesDir(): string {
  if (dir) return dir;
  for (let d = __dirname; d !== path.dirname(d); d = path.dirname(d)) {
    if (existsSync(path.join(d, 'package.json')) && existsSync(path.join(d, 'templates'))) return (dir = path.join(d, 'templates'));
  }
  throw new Error('templates/ folder not found above ' + __dirname);
}
