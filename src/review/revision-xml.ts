/**
 * The redline's marked strings (tracked-text.ts) → Word revisions in
 * word/document.xml: each marked stretch of a run becomes a run of its own
 * inside w:ins or w:del (w:t → w:delText). Then a paragraph whose text is all
 * inserted or all deleted gets its paragraph mark tracked too, and a table
 * row its row, so accepting or rejecting every change leaves no empty line.
 */
import { escapeXml } from '../render/xml-escape';
import { MARK, MARKERS } from './tracked-text';

type State = 'plain' | 'inserted' | 'deleted';

export interface Reviser {
  author: string;
  /** ISO day. */
  date: string;
}

const RUN = /<w:r(?:\s[^>]*)?>[\s\S]*?<\/w:r>/g;
const RUN_PARTS = /^(<w:r(?:\s[^>]*)?>)((?:<w:rPr>[\s\S]*?<\/w:rPr>)?)([\s\S]*)<\/w:r>$/;
/** A run's children: text, or any other element (tab, break). */
const RUN_CHILD = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<[^>]+\/>|<(w:\w+)[^>]*>[\s\S]*?<\/\2>/g;
const OPENS: Record<string, State> = { [MARK.insOpen]: 'inserted', [MARK.delOpen]: 'deleted' };
const CLOSES = new Set<string>([MARK.insClose, MARK.delClose]);
/** The document cut after each section's properties: a section's runs, then its w:sectPr. */
const SECTION = /[\s\S]*?(?:<\/w:sectPr>[\s\S]*?<\/w:p>|$)/g;
const PARAGRAPH = /<w:p(?:\s[^>]*?)?(?<!\/)>[\s\S]*?<\/w:p>/g;

/** The state a whole section or paragraph is forced into by its marker, if any. */
const forced = (xml: string, deletedMark: string, insertedMark: string): State | undefined =>
  xml.includes(deletedMark) ? 'deleted' : xml.includes(insertedMark) ? 'inserted' : undefined;

/** Revisions the renderer already wrote (model runs), undone so that a forced state can wrap everything once. */
const unwrapped = (xml: string) => xml.replace(/<\/?w:(?:ins|del)(?:\s[^>]*?)?(?<!\/)>/g, '').replace(/<(\/?)w:delText([\s>])/g, '<$1w:t$2');

/** Revision attributes; ids continue after the highest the renderer used. */
function revisionAttributes(xml: string, who: Reviser): () => string {
  let id = 0;
  for (const m of xml.matchAll(/w:id="(\d+)"/g)) id = Math.max(id, Number(m[1]));
  return () => `w:id="${++id}" w:author="${escapeXml(who.author)}" w:date="${who.date}T00:00:00Z"`;
}

/** Runs split where their marked stretches begin and end; `base` is the state outside any marker. */
function splitRuns(xml: string, attributes: () => string, base: State): string {
  let state: State = base;
  return xml.replace(RUN, (run) => {
    if (state === 'plain' && !MARKERS.test(run)) return run;
    const [, open, props, content] = RUN_PARTS.exec(run)!;
    const pieces: { state: State; xml: string }[] = [];
    const add = (xml: string) => {
      const last = pieces.at(-1);
      if (last?.state === state) last.xml += xml;
      else pieces.push({ state, xml });
    };
    for (const child of content.matchAll(RUN_CHILD)) {
      if (child[1] === undefined) {
        add(child[0]);
        continue;
      }
      for (const part of child[1].split(/([\uFDD0-\uFDD7])/)) {
        if (OPENS[part]) state = OPENS[part];
        else if (CLOSES.has(part)) state = base;
        else if (part && !MARKERS.test(part)) add(`<w:t xml:space="preserve">${part}</w:t>`);
      }
    }
    return pieces
      .map((p) => {
        if (p.state === 'plain') return `${open}${props}${p.xml}</w:r>`;
        if (p.state === 'inserted') return `<w:ins ${attributes()}>${open}${props}${p.xml}</w:r></w:ins>`;
        return `<w:del ${attributes()}>${open}${props}${p.xml.replace(/<(\/?)w:t([\s>])/g, '<$1w:delText$2')}</w:r></w:del>`;
      })
      .join('');
  });
}

const TRACKED = /<w:(ins|del)\s[^>]*?(?<!\/)>[\s\S]*?<\/w:\1>/g;
const HAS_TEXT = /<w:(?:t|delText)(?:\s[^>]*)?>[^<]+</;

/** Whether all the text of a paragraph or row is inserted, or all deleted. */
function wholly(xml: string): 'ins' | 'del' | undefined {
  if (HAS_TEXT.test(xml.replace(TRACKED, ''))) return undefined;
  const kinds = new Set([...xml.matchAll(TRACKED)].filter((m) => HAS_TEXT.test(m[0])).map((m) => m[1] as 'ins' | 'del'));
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

/**
 * A paragraph that ends a section keeps its mark, which holds the section
 * break, unless the whole section goes (`whole`): accepting the deletion of a
 * removed annex then leaves no empty page, rejecting an added one none either.
 */
function trackParagraphMark(p: string, attributes: () => string, whole: State): string {
  const kind = wholly(p);
  if (!kind || (p.includes('<w:sectPr') && whole !== { ins: 'inserted', del: 'deleted' }[kind])) return p;
  const mark = `<w:${kind} ${attributes()}/>`;
  const props = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(p)?.[0];
  if (!props) return p.replace(/^<w:p(?:\s[^>]*)?>/, (open) => `${open}<w:pPr><w:rPr>${mark}</w:rPr></w:pPr>`);
  // The mark's run properties come before the section properties (CT_PPr's order).
  const marked = props.includes('<w:rPr>')
    ? props.replace('<w:rPr>', `<w:rPr>${mark}`)
    : props.replace(/<w:sectPr|<\/w:pPr>/, (end) => `<w:rPr>${mark}</w:rPr>${end}`);
  return p.replace(props, marked);
}

function trackRows(table: string, attributes: () => string): string {
  return table.replace(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g, (row) => {
    const kind = wholly(row);
    if (!kind) return row;
    const mark = `<w:${kind} ${attributes()}/>`;
    return row.includes('</w:trPr>') ? row.replace('</w:trPr>', `${mark}</w:trPr>`) : row.replace(/^<w:tr(?:\s[^>]*)?>/, (open) => `${open}<w:trPr>${mark}</w:trPr>`);
  });
}

const BLOCK = /<w:tbl>[\s\S]*?<\/w:tbl>|<w:p(?:\s[^>]*?)?(?<!\/)>[\s\S]*?<\/w:p>/g;

/** document.xml with every marked string as Word revisions by `who`. */
export function markRevisions(xml: string, who: Reviser): string {
  const attributes = revisionAttributes(xml, who);
  return xml.replace(SECTION, (section) => {
    const whole = forced(section, MARK.sectionDeleted, MARK.sectionInserted);
    const lines = (p: string) => {
      const line = forced(p, MARK.lineDeleted, MARK.lineInserted);
      return line ? splitRuns(unwrapped(p), attributes, line) : p;
    };
    const runs = whole ? splitRuns(unwrapped(section), attributes, whole) : splitRuns(section.replace(PARAGRAPH, lines), attributes, 'plain');
    return runs.replace(BLOCK, (block) =>
      block.startsWith('<w:tbl>') ? trackRows(block, attributes) : trackParagraphMark(block, attributes, whole ?? 'plain'),
    );
  });
}
