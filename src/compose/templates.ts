import type { TemplateDelegate } from 'handlebars';

export type TemplateName =
  | 'title-notice'
  | 'title-forward'
  | 'title-plan'
  | 'title-publish'
  | 'forward-opening'
  | 'contact'
  | 'form-filler'
  | 'remark';

let templates: Record<TemplateName, TemplateDelegate> | undefined;

/** Renders templates/NAME.hbs, precompiled at build time (build-templates.ts) and loaded with the first template. */
export function renderTemplate(name: TemplateName, data: Record<string, unknown>): string {
  // A literal path, so the CLI's bundles carry the templates in them.
  templates ??= require('./templates.generated') as Record<TemplateName, TemplateDelegate>;
  return templates[name](data).trim();
}
