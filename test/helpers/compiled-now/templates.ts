/**
 * Under ts-jest, in place of the templates precompiled at build time
 * (src/compose/templates.generated.js, see jest.config.js): each compiled now
 * with handlebars' compiler, so tests comparing the CLI with in-process runs
 * prove precompiling changes nothing.
 */
import Handlebars from 'handlebars';
import { COMPILE_OPTIONS, templateNames, templateSource } from '../../../src/compose/template-sources';

const environment = Handlebars.create();
export = Object.fromEntries(templateNames().map((name) => [name, environment.compile(templateSource(name), COMPILE_OPTIONS)]));
