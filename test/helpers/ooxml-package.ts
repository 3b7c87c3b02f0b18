/**
 * What Word and Excel refuse in a package ("found unreadable content", "found a problem with some content")
 * that no XML schema can say, because it spans elements, parts or the package: checked on a written DOCX or
 * XLSX, each rule with where it is required.
 *
 * - Open Packaging Conventions (ECMA-376 Part 2): every part has a content type (§10.1.2.4), an Override names
 *   a part that exists, part names are unique ignoring case (§9.1.1.1), every relationship Id is unique in its
 *   .rels (§9.3.2.2) and an internal Target resolves to a part of the package (§9.3.3).
 * - Core properties: only those Part 2 §11.1 lists, each once, dates typed dcterms:W3CDTF (the SDK leaves
 *   docProps/core.xml unchecked).
 * - Namespaces: each part is namespace-well-formed; every prefix in mc:Ignorable is declared where it
 *   stands, and an element or attribute of a namespace Office 2007 does not know (w14, x14ac …) is ignorable
 *   there or inside an mc:Choice or an extLst's ext (ECMA-376 Part 3 §10.1.1: else Word refuses the part).
 * - References: an attribute in the relationships namespace (r:id, r:embed …) names a relationship of its
 *   part (Part 1 §17.18 ST_RelationshipId).
 * - WordprocessingML: wp:docPr ids are unique across document, headers and footers (Part 1 §20.4.2.5; Word
 *   rejects duplicates, dolanmiu/docx#2719, onizet/html2openxml#113); bookmark ids unique and each start has
 *   its end (§17.13.6); a table cell's last block is a paragraph (Word repairs a cell ending in a table:
 *   pandoc#6983, unidoc/unioffice#234); the body's w:sectPr is its last child (§17.6.17); a style a paragraph,
 *   run or table names is defined in styles.xml, and a style id is defined once (§17.7.4.17); a w:numId other
 *   than 0 names a w:num of numbering.xml (§17.9.18); each table row covers the table's grid exactly and a
 *   continued vertical merge stands under a merged cell (§17.4.14, §17.4.85; Word's "ambiguous cell mapping");
 *   text beginning or ending with a space is marked xml:space="preserve" (§17.3.3.31; Word drops the space);
 *   complex fields pair up (§17.16.18); a w:num names a w:abstractNum (§17.9.2).
 * - SpreadsheetML: sheet names are unique ignoring case, at most 31 characters and free of []:*?/\ (Part 1
 *   §18.2.19), none is History, which Excel keeps for its change history, and none holds U+FFFD (a character
 *   cut in half); merged ranges do not overlap (Excel drops them: XlsxWriter#687, #848); rows ascend, and cells
 *   within a row ascend and belong to it (§18.3.1.73, §18.3.1.4); a shared-string index and a style index name
 *   an entry that exists (§18.4.9, §18.8.10); a defined name's localSheetId names a sheet (§18.2.5); a
 *   drop-down list written out is at most 255 characters (Excel's limit; it repairs the sheet otherwise).
 */
import path from 'node:path';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

const NS = {
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  s: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  ct: 'http://schemas.openxmlformats.org/package/2006/content-types',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  xml: 'http://www.w3.org/XML/1998/namespace',
};

interface Node {
  uri: string;
  local: string;
  attrs: { uri: string; local: string; value: string }[];
  children: Node[];
  text: string;
}

const attr = (n: Node, local: string, uri = '') => n.attrs.find((a) => a.local === local && a.uri === uri)?.value;
const kids = (n: Node, uri: string, local: string) => n.children.filter((c) => c.uri === uri && c.local === local);

function* walk(n: Node): Generator<Node> {
  yield n;
  for (const c of n.children) yield* walk(c);
}

const XMLNS = 'http://www.w3.org/2000/xmlns/';

/**
 * Namespaces of ECMA-376's first edition, which Word and Excel 2007 read; anything else (w14, w15, x14ac …)
 * must be ignorable where it is used, or an older reader refuses the part (ECMA-376 Part 3 §10.1.1).
 */
const understood = (uri: string) =>
  uri === '' ||
  uri.startsWith('http://schemas.openxmlformats.org/') ||
  uri.startsWith('urn:schemas-microsoft-com:') ||
  [
    'http://schemas.microsoft.com/office/word/2006/wordml',
    'http://purl.org/dc/elements/1.1/',
    'http://purl.org/dc/terms/',
    'http://purl.org/dc/dcmitype/',
    'http://www.w3.org/2001/XMLSchema-instance',
    'http://www.w3.org/XML/1998/namespace',
  ].includes(uri);

/** The part's element tree, or the namespace errors that keep it from being read (unbound prefixes included). */
function parse(xml: string, problems: string[], part: string): Node | undefined {
  const parser = new SaxesParser({ xmlns: true });
  const stack: Node[] = [];
  const scopes: Record<string, string>[] = [];
  let root: Node | undefined;
  parser.on('error', (e) => {
    problems.push(`${part}: ${e.message}`);
  });
  // Namespace URIs ignorable where each open element stands (mc:Ignorable is inherited), and whether it
  // lies inside an mc:Choice or an ext, where a reader that does not understand the namespace never looks.
  const ignorable: { uris: Set<string>; choice: boolean }[] = [];
  parser.on('opentag', (tag) => {
    const node: Node = {
      uri: tag.uri ?? '',
      local: tag.local ?? tag.name,
      attrs: Object.values(tag.attributes).map((a) => (typeof a === 'string' ? { uri: '', local: '', value: a } : { uri: a.uri, local: a.local, value: a.value })),
      children: [],
      text: '',
    };
    scopes.push(tag.ns ?? {});
    const outer = ignorable.at(-1) ?? { uris: new Set<string>(), choice: false };
    // An extLst's ext is the other way to extend: a reader skips the ext whose uri it does not know.
    const skipped = (node.uri === NS.mc && node.local === 'Choice') || (node.local === 'ext' && understood(node.uri));
    const here = { uris: new Set(outer.uris), choice: outer.choice || skipped };
    for (const prefix of attr(node, 'Ignorable', NS.mc)?.split(/\s+/).filter(Boolean) ?? []) {
      const uri = [...scopes].reverse().find((s) => prefix in s)?.[prefix];
      if (uri === undefined) problems.push(`${part}: mc:Ignorable names the prefix ${prefix}, which is not declared`);
      else here.uris.add(uri);
    }
    ignorable.push(here);
    if (!here.choice) {
      const used = [{ uri: node.uri, what: `<${tag.name}>` }, ...node.attrs.filter((a) => a.uri !== XMLNS).map((a) => ({ uri: a.uri, what: `${a.local} of <${tag.name}>` }))];
      for (const { uri, what } of used) {
        if (!understood(uri) && !here.uris.has(uri)) problems.push(`${part}: ${what} is in ${uri}, which Office 2007 does not know, and no mc:Ignorable names it`);
      }
    }
    (stack.at(-1)?.children ?? []).push(node);
    if (!stack.length) root = node;
    stack.push(node);
  });
  parser.on('closetag', () => {
    stack.pop();
    scopes.pop();
    ignorable.pop();
  });
  parser.on('text', (t) => {
    const top = stack.at(-1);
    if (top) top.text += t;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    problems.push(`${part}: ${(e as Error).message}`);
  }
  return root;
}

/** Where a relationship of `source` points: its Target resolved against the source part's folder. */
function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const relsDir = path.posix.dirname(source);
  const sourceDir = path.posix.dirname(relsDir);
  return path.posix.normalize(path.posix.join(sourceDir, target)).replace(/^\.\//, '');
}

/** The part a .rels file describes ("" for the package). */
function relsSource(rels: string): string {
  const dir = path.posix.dirname(path.posix.dirname(rels));
  const base = path.posix.basename(rels).slice(0, -'.rels'.length);
  return dir === '.' ? base : `${dir}/${base}`;
}

function packageProblems(files: Record<string, Uint8Array>, parts: Map<string, Node>, problems: string[]): Map<string, Set<string>> {
  const names = Object.keys(files).filter((n) => !n.endsWith('/'));
  const lower = new Map<string, string>();
  for (const n of names) {
    if (n.startsWith('/') || n.includes('\\')) problems.push(`${n}: a part name begins with / or holds \\`);
    const seen = lower.get(n.toLowerCase());
    if (seen) problems.push(`${n}: the same part name as ${seen}, ignoring case`);
    lower.set(n.toLowerCase(), n);
  }
  const types = parts.get('[Content_Types].xml');
  if (!types) problems.push('[Content_Types].xml is missing');
  const defaults = new Set(types ? kids(types, NS.ct, 'Default').map((d) => (attr(d, 'Extension') ?? '').toLowerCase()) : []);
  const overrides = new Set(types ? kids(types, NS.ct, 'Override').map((o) => (attr(o, 'PartName') ?? '').toLowerCase()) : []);
  for (const o of overrides) if (!lower.has(o.slice(1))) problems.push(`[Content_Types].xml: an Override names ${o}, which is not in the package`);
  for (const n of names) {
    if (n === '[Content_Types].xml') continue;
    const ext = /\.([^./]+)$/.exec(n)?.[1].toLowerCase() ?? '';
    if (!overrides.has(`/${n.toLowerCase()}`) && !defaults.has(ext)) problems.push(`${n}: no content type (no Override, no Default for .${ext})`);
  }
  // Relationship ids of each source part, to resolve r:id and friends.
  const relIds = new Map<string, Set<string>>();
  for (const n of names.filter((x) => x.endsWith('.rels'))) {
    const rels = parts.get(n);
    if (!rels) continue;
    const source = relsSource(n);
    const ids = new Set<string>();
    for (const r of kids(rels, NS.rel, 'Relationship')) {
      const id = attr(r, 'Id') ?? '';
      if (ids.has(id)) problems.push(`${n}: the relationship Id ${id} is used twice`);
      ids.add(id);
      const target = attr(r, 'Target') ?? '';
      if (attr(r, 'TargetMode') === 'External') continue;
      const part = resolveTarget(n, target);
      if (!lower.has(part.toLowerCase())) problems.push(`${n}: ${id} points at ${target} (${part}), which is not in the package`);
    }
    relIds.set(source, ids);
  }
  if (!(relIds.get('') ?? new Set()).size) problems.push('_rels/.rels is missing or empty');
  return relIds;
}

function referenceProblems(parts: Map<string, Node>, relIds: Map<string, Set<string>>, problems: string[]) {
  for (const [name, root] of parts) {
    if (name.endsWith('.rels') || name === '[Content_Types].xml') continue;
    const ids = relIds.get(name) ?? new Set<string>();
    for (const n of walk(root)) {
      for (const a of n.attrs) {
        if (a.uri === NS.r && !ids.has(a.value)) problems.push(`${name}: ${n.local}/@r:${a.local}="${a.value}" names no relationship of the part`);
      }
    }
  }
}

function wordProblems(parts: Map<string, Node>, problems: string[]) {
  const wordParts = [...parts].filter(([n]) => /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/.test(n));
  const docPr = new Map<string, string>();
  for (const [name, root] of wordParts) {
    for (const n of walk(root)) {
      if (n.uri === NS.wp && n.local === 'docPr') {
        const id = attr(n, 'id') ?? '';
        if (!/^[1-9]\d*$/.test(id)) problems.push(`${name}: wp:docPr id="${id}" is not a positive number`);
        if (docPr.has(id)) problems.push(`${name}: wp:docPr id="${id}" is also used in ${docPr.get(id)}`);
        docPr.set(id, name);
      }
    }
  }
  const styles = parts.get('word/styles.xml');
  const styleIds = new Set<string>();
  for (const s of styles ? kids(styles, NS.w, 'style') : []) {
    const id = attr(s, 'styleId', NS.w) ?? '';
    if (styleIds.has(id)) problems.push(`word/styles.xml: the style id ${id} is defined twice`);
    styleIds.add(id);
  }
  const numbering = parts.get('word/numbering.xml');
  const numIds = new Set(numbering ? kids(numbering, NS.w, 'num').map((n) => attr(n, 'numId', NS.w)) : []);
  const abstractIds = new Set(numbering ? kids(numbering, NS.w, 'abstractNum').map((n) => attr(n, 'abstractNumId', NS.w)) : []);
  for (const num of numbering ? kids(numbering, NS.w, 'num') : []) {
    const id = attr(kids(num, NS.w, 'abstractNumId')[0] ?? num, 'val', NS.w);
    if (!abstractIds.has(id)) problems.push(`word/numbering.xml: w:num ${attr(num, 'numId', NS.w)} names no w:abstractNum (${id})`);
  }
  for (const [name, root] of [...wordParts, ...(styles ? [['word/styles.xml', styles] as const] : [])]) {
    const bookmarks = new Map<string, number>();
    for (const n of walk(root)) {
      if (n.uri !== NS.w) continue;
      if (n.local === 'tc') {
        const blocks = n.children.filter((c) => c.uri === NS.w && c.local !== 'tcPr');
        const last = blocks.at(-1);
        if (!last || last.local !== 'p') problems.push(`${name}: a w:tc ends with ${last ? `w:${last.local}` : 'nothing'}, not a w:p`);
      }
      if (n.local === 'tbl') problems.push(...tableGridProblems(n).map((p) => `${name}: ${p}`));
      if (['t', 'delText', 'instrText'].includes(n.local) && /^[ \t\r\n]|[ \t\r\n]$/.test(n.text) && attr(n, 'space', NS.xml) !== 'preserve') {
        problems.push(`${name}: w:${n.local} "${n.text}" begins or ends with a space but has no xml:space="preserve"`);
      }
      if (n.local === 'body') {
        const sect = n.children.findIndex((c) => c.uri === NS.w && c.local === 'sectPr');
        if (sect >= 0 && sect !== n.children.length - 1) problems.push(`${name}: the body's w:sectPr is not its last child`);
      }
      if (n.local === 'bookmarkStart' || n.local === 'bookmarkEnd') {
        const id = attr(n, 'id', NS.w) ?? '';
        const open = bookmarks.get(id) ?? 0;
        if (n.local === 'bookmarkStart' && open !== 0) problems.push(`${name}: the bookmark id ${id} is used twice`);
        bookmarks.set(id, n.local === 'bookmarkStart' ? 1 : open === 1 ? 2 : -1);
      }
      if (['pStyle', 'rStyle', 'tblStyle'].includes(n.local) && name !== 'word/styles.xml') {
        const id = attr(n, 'val', NS.w) ?? '';
        if (!styleIds.has(id)) problems.push(`${name}: w:${n.local} names the style ${id}, which styles.xml does not define`);
      }
      if (n.local === 'numId') {
        const id = attr(n, 'val', NS.w) ?? '';
        if (id !== '0' && !numIds.has(id)) problems.push(`${name}: w:numId ${id} names no w:num of numbering.xml`);
      }
    }
    problems.push(...fieldProblems(root).map((p) => `${name}: ${p}`));
    for (const [id, state] of bookmarks) if (state !== 2) problems.push(`${name}: the bookmark id ${id} has ${state === 1 ? 'no w:bookmarkEnd' : 'an end without a start'}`);
  }
}

/**
 * Complex fields are whole: each w:fldChar begin has at most one separate and then its end, nested fields
 * inside (§17.16.18); Word repairs a part whose field characters do not pair up.
 */
function fieldProblems(root: Node): string[] {
  const open: boolean[] = []; // per open field: separated yet
  const problems: string[] = [];
  for (const n of walk(root)) {
    if (n.uri !== NS.w || n.local !== 'fldChar') continue;
    const type = attr(n, 'fldCharType', NS.w);
    if (type === 'begin') open.push(false);
    else if (!open.length) problems.push(`a w:fldChar ${type} with no field begun`);
    else if (type === 'separate') {
      if (open.at(-1)) problems.push('a field separated twice');
      open[open.length - 1] = true;
    } else open.pop();
  }
  if (open.length) problems.push(`${open.length} field(s) begun and never ended`);
  return problems;
}

/**
 * A row's cells and its w:gridBefore/w:gridAfter cover the table's grid exactly, and a cell that continues a
 * vertical merge stands under a merged cell (§17.4.14, §17.4.85): Word reports "ambiguous cell mapping" or
 * repairs the table otherwise.
 */
function tableGridProblems(tbl: Node): string[] {
  const problems: string[] = [];
  const grid = kids(tbl, NS.w, 'tblGrid').flatMap((g) => kids(g, NS.w, 'gridCol')).length;
  const val = (parent: Node | undefined, local: string) => {
    const el = parent && kids(parent, NS.w, local)[0];
    return el ? (attr(el, 'val', NS.w) ?? '') : undefined;
  };
  let merged = new Set<number>();
  kids(tbl, NS.w, 'tr').forEach((tr, r) => {
    const trPr = kids(tr, NS.w, 'trPr')[0];
    let col = Number(val(trPr, 'gridBefore') ?? 0);
    const next = new Set<number>();
    for (const tc of kids(tr, NS.w, 'tc')) {
      const tcPr = kids(tc, NS.w, 'tcPr')[0];
      const vMerge = val(tcPr, 'vMerge');
      if (vMerge !== undefined) {
        if (vMerge !== 'restart' && !merged.has(col)) problems.push(`row ${r + 1} continues a vertical merge at grid column ${col + 1} with no merged cell above`);
        next.add(col);
      }
      col += Number(val(tcPr, 'gridSpan') ?? 1);
    }
    col += Number(val(trPr, 'gridAfter') ?? 0);
    if (col !== grid) problems.push(`row ${r + 1} covers ${col} grid columns of the table's ${grid}`);
    merged = next;
  });
  return problems;
}

/** Column and row of an A1 reference (1-based). */
function cellAt(ref: string): { col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return { col: NaN, row: NaN };
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { col, row: Number(m[2]) };
}

function sheetProblems(parts: Map<string, Node>, problems: string[]) {
  const workbook = parts.get('xl/workbook.xml');
  if (!workbook) return;
  const names = new Set<string>();
  for (const sheets of kids(workbook, NS.s, 'sheets')) {
    for (const s of kids(sheets, NS.s, 'sheet')) {
      const name = attr(s, 'name') ?? '';
      const refused = !name || name.length > 31 || /[[\]:*?/\\\uFFFD]/.test(name) || /^'|'$/.test(name) || name.toLowerCase() === 'history';
      if (refused) problems.push(`xl/workbook.xml: the sheet name "${name}" is not one Excel accepts`);
      if (names.has(name.toLowerCase())) problems.push(`xl/workbook.xml: two sheets are named "${name}", ignoring case`);
      names.add(name.toLowerCase());
    }
  }
  const sheetCount = kids(workbook, NS.s, 'sheets').flatMap((x) => kids(x, NS.s, 'sheet')).length;
  for (const d of kids(workbook, NS.s, 'definedNames').flatMap((x) => kids(x, NS.s, 'definedName'))) {
    const local = attr(d, 'localSheetId');
    if (local !== undefined && !(Number(local) < sheetCount)) problems.push(`xl/workbook.xml: the defined name ${attr(d, 'name')} belongs to sheet ${local}, of ${sheetCount}`);
  }
  const sst = parts.get('xl/sharedStrings.xml');
  const strings = sst ? kids(sst, NS.s, 'si').length : 0;
  const styles = parts.get('xl/styles.xml');
  const xfs = styles ? kids(styles, NS.s, 'cellXfs').flatMap((x) => kids(x, NS.s, 'xf')).length : 0;
  for (const [name, root] of parts) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    let lastRow = 0;
    for (const data of kids(root, NS.s, 'sheetData')) {
      for (const row of kids(data, NS.s, 'row')) {
        const r = Number(attr(row, 'r'));
        if (!(r > lastRow)) problems.push(`${name}: row ${r} does not come after row ${lastRow}`);
        lastRow = r;
        let lastCol = 0;
        for (const c of kids(row, NS.s, 'c')) {
          const ref = attr(c, 'r') ?? '';
          const at = cellAt(ref);
          if (at.row !== r) problems.push(`${name}: cell ${ref} stands in row ${r}`);
          if (!(at.col > lastCol)) problems.push(`${name}: cell ${ref} does not come after the cell before it in row ${r}`);
          lastCol = at.col;
          const s = attr(c, 's');
          if (s !== undefined && !(Number(s) < xfs)) problems.push(`${name}: cell ${ref} has style ${s}, of ${xfs} in styles.xml`);
          const v = kids(c, NS.s, 'v')[0]?.text;
          if (attr(c, 't') === 's' && !(Number(v) < strings)) problems.push(`${name}: cell ${ref} names shared string ${v}, of ${strings}`);
        }
      }
    }
    for (const dv of kids(root, NS.s, 'dataValidations').flatMap((x) => kids(x, NS.s, 'dataValidation'))) {
      const list = kids(dv, NS.s, 'formula1')[0]?.text ?? '';
      if (attr(dv, 'type') === 'list' && list.startsWith('"') && list.length > 257) problems.push(`${name}: a drop-down list of ${list.length - 2} characters, more than Excel's 255`);
    }
    const ranges = kids(root, NS.s, 'mergeCells').flatMap((m) => kids(m, NS.s, 'mergeCell')).map((m) => {
      const [a, b = a] = (attr(m, 'ref') ?? '').split(':');
      return { ref: attr(m, 'ref') ?? '', from: cellAt(a), to: cellAt(b) };
    });
    ranges.forEach((x, i) => {
      for (const y of ranges.slice(i + 1)) {
        const overlap = x.from.col <= y.to.col && y.from.col <= x.to.col && x.from.row <= y.to.row && y.from.row <= x.to.row;
        if (overlap) problems.push(`${name}: the merged ranges ${x.ref} and ${y.ref} overlap`);
      }
    });
  }
}

const CORE = {
  'http://schemas.openxmlformats.org/package/2006/metadata/core-properties': ['category', 'contentStatus', 'contentType', 'keywords', 'lastModifiedBy', 'lastPrinted', 'revision', 'version'],
  'http://purl.org/dc/elements/1.1/': ['creator', 'description', 'identifier', 'language', 'subject', 'title'],
  'http://purl.org/dc/terms/': ['created', 'modified'],
} as Record<string, string[]>;

/**
 * The core properties part, which the Open XML SDK leaves unchecked (ECMA-376 Part 2 §11.1): only the
 * properties it lists, each once (M4.1), no markup compatibility (M4.2), no xml:lang (M4.4), and an xsi:type
 * only on dcterms:created and dcterms:modified, where it is dcterms:W3CDTF (M4.5) with a W3CDTF date.
 */
function corePropertiesProblems(parts: Map<string, Node>, problems: string[]) {
  const core = parts.get('docProps/core.xml');
  if (!core) return;
  const seen = new Set<string>();
  for (const n of core.children) {
    const where = `docProps/core.xml: ${n.local}`;
    if (!CORE[n.uri]?.includes(n.local)) problems.push(`${where} is not a core property`);
    if (seen.has(`${n.uri} ${n.local}`)) problems.push(`${where} is given twice`);
    seen.add(`${n.uri} ${n.local}`);
    if (n.attrs.some((a) => a.uri === NS.mc || (a.uri === NS.xml && a.local === 'lang'))) problems.push(`${where} has markup compatibility or xml:lang`);
    const type = attr(n, 'type', 'http://www.w3.org/2001/XMLSchema-instance');
    const dated = n.uri === 'http://purl.org/dc/terms/';
    if (dated ? type !== 'dcterms:W3CDTF' || !/^\d{4}(-\d\d(-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d))?)?)?$/.test(n.text) : type !== undefined) {
      problems.push(`${where} has xsi:type="${type ?? ''}" and "${n.text}" (only created and modified are typed, as dcterms:W3CDTF dates)`);
    }
  }
}

/** Every rule above broken by the package, as "part: what" lines (empty when Word and Excel have nothing to repair). */
export function ooxmlPackageProblems(bytes: Uint8Array): string[] {
  const problems: string[] = [];
  const files = unzipSync(bytes);
  const parts = new Map<string, Node>();
  const decoder = new TextDecoder();
  for (const [name, data] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const root = parse(decoder.decode(data), problems, name);
    if (root) parts.set(name, root);
  }
  const relIds = packageProblems(files, parts, problems);
  referenceProblems(parts, relIds, problems);
  corePropertiesProblems(parts, problems);
  wordProblems(parts, problems);
  sheetProblems(parts, problems);
  return problems;
}
