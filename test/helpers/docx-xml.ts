/** Reading a written DOCX back: its parts as text, and a few regex helpers over WordprocessingML. */
import JSZip from 'jszip';

export interface DocxParts {
  names: string[];
  part(name: string): string;
}

export async function openDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const texts = new Map<string, string>();
  for (const n of names) if (/\.(xml|rels)$/.test(n)) texts.set(n, await zip.files[n].async('string'));
  return {
    names,
    part(name) {
      const t = texts.get(name);
      if (t === undefined) throw new Error(`${name} is not in the package (${names.join(', ')})`);
      return t;
    },
  };
}

/** Every element `<tag …>` (self-closing or not) with its attributes; `body` is the content up to the matching close. */
export function elements(xml: string, tag: string): { attrs: Record<string, string>; body: string }[] {
  const out: { attrs: Record<string, string>; body: string }[] = [];
  const open = new RegExp(`<${tag}(\\s[^>]*?)?(/?)>`, 'g');
  for (let m = open.exec(xml); m; m = open.exec(xml)) {
    const attrs = Object.fromEntries([...(m[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
    let body = '';
    if (!m[2]) {
      // Find the matching close tag, counting nested elements of the same name.
      let depth = 1;
      const scan = new RegExp(`<(/?)${tag}(\\s[^>]*?)?(/?)>`, 'g');
      scan.lastIndex = open.lastIndex;
      let s: RegExpExecArray | null;
      while (depth > 0 && (s = scan.exec(xml))) {
        if (s[1]) depth--;
        else if (!s[3]) depth++;
        if (depth === 0) body = xml.slice(open.lastIndex, s.index);
      }
    }
    out.push({ attrs, body });
  }
  return out;
}

/** The text of a paragraph or run body (w:t and w:delText contents). */
export const textOf = (xml: string) => [...xml.matchAll(/<w:(?:t|delText)(?:\s[^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)].map((m) => m[1]).join('');

/** The paragraph (w:p body) whose text contains `needle`. */
export function paragraphWith(xml: string, needle: string): string {
  const p = elements(xml, 'w:p').find((e) => textOf(e.body).includes(needle));
  if (!p) throw new Error(`no paragraph contains ${needle}`);
  return p.body;
}

/** The first run of a paragraph whose text contains `needle`. */
export function runWith(paragraph: string, needle: string): string {
  const r = elements(paragraph, 'w:r').find((e) => textOf(e.body).includes(needle));
  if (!r) throw new Error(`no run contains ${needle}`);
  return r.body;
}

export const attr = (xml: string, tag: string, name: string) => elements(xml, tag)[0]?.attrs[name];
