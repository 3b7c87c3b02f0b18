import { childSchema, effectiveSchema, rootSchema, type SchemaNode } from './schema-walk';
import { fieldLabel } from './field-label';
import type { LoadedFile } from './load';
import type { Problem } from './problem';
import type { DataPath } from './source-map';

/** What `gongwen new` writes where the clerk still has to fill something in. */
export const UNFILLED = '待填写';

/**
 * Finds every value still marked 待填写 and reports it; in the data, the mark
 * is replaced with a stand-in of the right type (1 January of the campaign
 * year, 31 December for a deadline, sequence 1) so the rest of the file can still be checked and
 * a draft built, where composing prints a visible blank in its place (〔2025〕　号, 　　年　月　日).
 * `paths` are the dotted paths of the values marked.
 */
export function takeUnfilled(loaded: LoadedFile): { problems: Problem[]; paths: string[] } {
  const problems: Problem[] = [];
  const paths: string[] = [];
  const root = loaded.data as Record<string, unknown>;
  const year = /^\d{4}$/.test(String(root?.year)) ? String(root.year) : '2000';
  const visit = (value: unknown, schema: SchemaNode | undefined, path: DataPath, set: (v: unknown) => void) => {
    const effective = effectiveSchema(schema, value);
    if (value === UNFILLED) {
      const pos = loaded.sourceMap.valueAt(path);
      paths.push(path.join('.'));
      problems.push({
        file: loaded.file, line: pos.line, column: pos.column, severity: 'warning', code: 'unfilled',
        message: `${fieldLabel(loaded.data, path)}尚未填写`, english: `"${path.join('.')}" is not filled in yet`,
        hint: `把“${UNFILLED}”换成实际内容；未填写完的文件只能生成草稿`,
      });
      const types = ([] as string[]).concat(effective.type ?? 'string');
      if (types.includes('integer')) set(path[path.length - 1] === 'year' ? year : '1');
      else if (schema?.format === 'date') set(path[path.length - 1] === 'deadline' ? `${year}-12-31` : `${year}-01-01`);
      return;
    }
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, childSchema(effective, i), [...path, i], (x) => (value[i] = x)));
    else if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      for (const k of Object.keys(obj)) visit(obj[k], childSchema(effective, k), [...path, k], (x) => (obj[k] = x));
    }
  };
  visit(loaded.data, rootSchema(), [], () => undefined);
  return { problems, paths };
}
