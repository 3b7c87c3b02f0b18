/**
 * An edited campaign parsed again from the parse of its text before the edit
 * (kept with its check, check-file.ts), without the YAML library, whose cold
 * parse is the largest part of checking an edited file. It applies where a
 * clerk's usual edits land: the old and new texts differ in a few places
 * (reparsed one after another), each inside one text value written in a form
 * this module reads exactly as YAML does (a block text `|`/`|-`/`>`/`>-`, a
 * one-line plain, "double-quoted" or 'single-quoted' text) that its new text
 * keeps (no new key, item, comment, quote, escape or indentation), or in the
 * comment at the end of a one-line value's line (the clerk deletes
 * `# 待核对 1a2b` to confirm a value). The data gets the new value, or the
 * value its new comment; the source table's places after the edit move by
 * its length. Whatever is not sure to parse the same returns undefined, and
 * the text is parsed in full (parse-yaml.ts). Each reading is first tried on
 * the old text, and must give the value the library gave.
 */
import type { NodePlace, SourceTable } from './source-map';

/** A text's parse as kept: its data as JSON (before validation coerces it) and its source table. */
export interface KeptParse {
  source: string;
  table: SourceTable;
  data: string;
}

/** Characters YAML reads specially in any text, or that this module leaves to it: control characters but \n and \r (each text sees to those), BOM, tabs. */
const UNSURE_CHARACTERS = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;

/** At most this many places edited apart (each inside a text value or its comment), reparsed one after another. */
const MOST_EDITS = 8;

export function reparseEdit(kept: KeptParse, source: string): Reparsed | undefined {
  if (kept.source === source || kept.data.includes('"__proto__"')) return undefined;
  let parse: Parse = { source: kept.source, table: kept.table, data: JSON.parse(kept.data) };
  for (let edits = 0; edits < MOST_EDITS; edits++) {
    const whole = reparseStretch(parse, source);
    if (whole) return whole;
    // Edited in more than one place: the first place's edit alone, on the way to the new text.
    const firstOnly = firstEditOnly(parse.source, source);
    const partial = firstOnly === undefined ? undefined : reparseStretch(parse, firstOnly);
    if (!partial) return undefined;
    parse = { ...partial, source: firstOnly! };
  }
  return undefined;
}

type Reparsed = { data: unknown; table: SourceTable };

/** A parse on the way: its data is this module's own, changed in place. */
type Parse = Reparsed & { source: string };

/** The parse of `source`, which differs from the parse's text in one stretch. */
function reparseStretch(parse: Parse, source: string): Reparsed | undefined {
  // A line added after the last of a text matches the next line's indentation from the front: the stretch is also
  // sought from the back, where it ends before that indentation.
  for (const edit of [changedStretch(parse.source, source, true), changedStretch(parse.source, source, false)]) {
    const reparsed = valueEdited(parse, source, edit) ?? commentEdited(parse, source, edit);
    if (reparsed) return reparsed;
  }
  return undefined;
}

/**
 * The new text with its first edit only: the lines from where the texts first differ to where they go on alike
 * again (the nearest two lines the same in both) taken from the new text, the rest from the old. Undefined when
 * they do not go on alike within a few lines.
 */
function firstEditOnly(old: string, source: string): string | undefined {
  const oldLines = old.split('\n');
  const newLines = source.split('\n');
  let first = 0;
  while (first < oldLines.length && first < newLines.length && oldLines[first] === newLines[first]) first++;
  const alike = (a: number, b: number) => a + 1 < oldLines.length && b + 1 < newLines.length && oldLines[a] === newLines[b] && oldLines[a + 1] === newLines[b + 1];
  for (let apart = 1; apart <= 40; apart++) {
    for (let a = first; a <= first + apart; a++) {
      const b = first + apart - (a - first);
      if (alike(a, b)) return [...newLines.slice(0, b), ...oldLines.slice(a)].join('\n');
    }
  }
  return undefined;
}

/** The edit lies inside a text value: the value is read again from the new text. */
function valueEdited(parse: Parse, source: string, edit: Edit): Reparsed | undefined {
  const edited = scalarHolding(parse.table, ([start, end]) => start <= edit.at && edit.oldEnd <= end);
  if (!edited) return undefined;
  const [key, place] = edited;
  const path = JSON.parse(key) as (string | number)[];
  const [start, end, next] = place.range!;
  const read = valueReader(parse.table, path, parse.source, start, end, edit);
  const before = read?.(parse.source, end);
  const after = read?.(source, end + edit.delta);
  if (before === undefined || after === undefined) return undefined;
  const moved = { ...place, range: [start, end + edit.delta, next + edit.delta] as [number, number, number] };
  const table = movedTable(parse, source, edit, [key, moved], start, end);
  // The data changes last, once nothing else can fail.
  return table && replaceAt(parse.data, path, before, after) ? { data: parse.data, table } : undefined;
}

/**
 * The edit lies after a one-line text value, before the end of its line, in a block collection: a comment there
 * written, changed or deleted (`# 待核对 1a2b` deleted to confirm a value). The data stays as it was.
 */
function commentEdited(parse: Parse, source: string, edit: Edit): Reparsed | undefined {
  const old = parse.source;
  const edited = scalarHolding(parse.table, ([, end, next]) => end <= edit.at && edit.oldEnd < next);
  if (!edited) return undefined;
  const [key, place] = edited;
  const [start, end, next] = place.range!;
  const lineEnd = old[next - 1] !== '\n' ? -1 : old[next - 2] === '\r' ? next - 2 : next - 1;
  const path = JSON.parse(key) as (string | number)[];
  if (edit.oldEnd > lineEnd || '|>'.includes(old[start]) || /[\n\r]/.test(old.slice(start, end)) || inFlow(parse.table, path, old) !== false) return undefined;
  const before = lineComment(old.slice(end, lineEnd));
  const after = lineComment(source.slice(end, lineEnd + edit.delta));
  if (!before || !after || before.comment !== place.comment) return undefined;
  const moved: NodePlace = { range: [start, end, next + edit.delta], scalar: true };
  if (after.comment !== undefined) moved.comment = after.comment;
  if (place.keyStart !== undefined) moved.keyStart = place.keyStart;
  const table = movedTable(parse, source, edit, [key, moved], end, next);
  return table && { data: parse.data, table };
}

/** What follows a value on its line: spaces, then maybe a comment (after a space, `#` and a space); else undefined. */
function lineComment(tail: string): { comment?: string } | undefined {
  if (/^ *$/.test(tail)) return {};
  const comment = /^ +#( [^\r\n]*)$/.exec(tail);
  return comment && !UNSURE_CHARACTERS.test(comment[1]) ? { comment: comment[1] } : undefined;
}

/** The new text's places: the edited one as given, the others before `start` as they were, after `end` moved. */
function movedTable(parse: Parse, source: string, edit: Edit, edited: [string, NodePlace], start: number, end: number): SourceTable | undefined {
  const nodes = movedPlaces(parse.table.nodes, parse.source, edited, start, end, edit.delta);
  const lineStarts = movedLineStarts(parse.table.lineStarts, parse.source, source, edit);
  return nodes && lineStarts && { nodes, lineStarts };
}

/** Where the texts differ: from `at` to `oldEnd` in the old one, replaced by `delta` more characters in the new. */
interface Edit {
  at: number;
  oldEnd: number;
  delta: number;
}

/**
 * The longest common start, then end (or, not `frontFirst`, end then start) of the two texts, and what lies between.
 * Found by halving, comparing slices: a loop over each character, in code run once, costs milliseconds.
 */
function changedStretch(old: string, source: string, frontFirst: boolean): Edit {
  const shorter = Math.min(old.length, source.length);
  const front = (most: number) => longestSame(most, (from, to) => old.slice(from, to) === source.slice(from, to));
  const back = (most: number) => longestSame(most, (from, to) => old.slice(old.length - to, old.length - from) === source.slice(source.length - to, source.length - from));
  let at: number;
  let tail: number;
  if (frontFirst) {
    at = front(shorter);
    tail = back(shorter - at);
  } else {
    tail = back(shorter);
    at = front(shorter - tail);
  }
  return { at, oldEnd: old.length - tail, delta: source.length - old.length };
}

/** The largest n ≤ most whose first n characters are the same, where same(from, to) compares characters from..to. */
function longestSame(most: number, same: (from: number, to: number) => boolean): number {
  let low = 0;
  let high = most;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (same(low, mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The one text value whose range (start, end of the value, end of its line or comment) `holds` the change, with its table key. */
function scalarHolding(table: SourceTable, holds: (range: [number, number, number]) => boolean): [string, NodePlace] | undefined {
  let found: [string, NodePlace] | undefined;
  for (const key in table.nodes) {
    const place = table.nodes[key];
    if (!place.scalar || !place.range || !holds(place.range)) continue;
    if (found) return undefined;
    found = [key, place];
  }
  return found;
}

/**
 * What yaml's LineCounter records, where each line starts (after each \n), for the new text: as before the edit,
 * less those after a \n it removed, plus those after a \n it wrote, and moved by its length after it.
 */
function movedLineStarts(starts: number[], old: string, source: string, edit: Edit): number[] | undefined {
  const firstAfter = (at: number) => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid] <= at) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const kept = firstAfter(edit.at);
  const moved = firstAfter(edit.oldEnd);
  if (moved - kept !== old.slice(edit.at, edit.oldEnd).split('\n').length - 1) return undefined;
  const written = source.slice(edit.at, edit.oldEnd + edit.delta).split('\n');
  const added: number[] = [];
  for (let i = 0, at = edit.at; i < written.length - 1; i++) added.push((at += written[i].length + 1));
  return [...starts.slice(0, kept), ...added, ...starts.slice(moved).map((start) => start + edit.delta)];
}

type Reader = (text: string, end: number) => string | undefined;

/**
 * How to read the value that starts at `start` in either text (ending at `end`, moved for the new one), or
 * undefined when its form is not one read here, or the edit touches what is not its content (a block text's
 * header line). A value is read only where it follows `key: `, `- `, `[` or `, ` on its line: no anchor or tag.
 */
function valueReader(table: SourceTable, path: (string | number)[], old: string, start: number, end: number, edit: Edit): Reader | undefined {
  if (path.length === 0 || end <= start) return undefined;
  let before = start - 1;
  while (before >= 0 && old[before] === ' ') before--;
  if (before < 0 || !':-[{,'.includes(old[before])) return undefined;
  const first = old[start];
  if (first === '|' || first === '>') {
    const header = /^([|>])(-?)(\r?\n)/.exec(old.slice(start, start + 4));
    if (!header || edit.at < start + header[0].length) return undefined;
    const contentStart = start + header[0].length;
    return (text, to) => blockText(text.slice(contentStart, to), header[1] === '|', header[2] === '-', indentOf(old, contentStart));
  }
  if (first === '"') return (text, to) => doubleQuoted(text.slice(start, to));
  if (first === "'") return (text, to) => singleQuoted(text.slice(start, to));
  const flow = inFlow(table, path, old);
  return flow === undefined ? undefined : (text, to) => plainText(text.slice(start, to), flow);
}

const indentOf = (text: string, at: number) => {
  let n = 0;
  while (text[at + n] === ' ') n++;
  return n;
};

/** Whether the value at `path` lies inside a [ ] or { } collection; undefined when an enclosing place is unknown. */
function inFlow(table: SourceTable, path: (string | number)[], text: string): boolean | undefined {
  for (let n = path.length - 1; n >= 0; n--) {
    const range = table.nodes[JSON.stringify(path.slice(0, n))]?.range;
    if (!range) return undefined;
    if (text[range[0]] === '[' || text[range[0]] === '{') return true;
  }
  return false;
}

/**
 * A plain text on one line, as written: it cannot start with an indicator or a space, end with a space, or hold
 * ` #` (a comment), `: ` or a last `:` (a key); inside [ ] or { }, nor any of , [ ] { }.
 */
function plainText(text: string, flow: boolean): string | undefined {
  if (text === '' || UNSURE_CHARACTERS.test(text) || /[\n\r]/.test(text)) return undefined;
  if ('-?:,[]{}#&*!|>\'"%@` '.includes(text[0]) || text.endsWith(' ') || text.endsWith(':')) return undefined;
  if (text.includes(' #') || text.includes(': ') || (flow && /[,[\]{}]/.test(text))) return undefined;
  return text;
}

/** "…" on one line without a backslash: the text between the quotes. */
function doubleQuoted(text: string): string | undefined {
  if (text.length < 2 || !text.startsWith('"') || !text.endsWith('"') || UNSURE_CHARACTERS.test(text) || /[\n\r\\]/.test(text)) return undefined;
  const inner = text.slice(1, -1);
  return inner.includes('"') ? undefined : inner;
}

/** '…' on one line: the text between the quotes, each '' read as one '. */
function singleQuoted(text: string): string | undefined {
  if (text.length < 2 || !text.startsWith("'") || !text.endsWith("'") || UNSURE_CHARACTERS.test(text) || /[\n\r]/.test(text)) return undefined;
  const inner = text.slice(1, -1);
  return inner.replace(/''/g, '').includes("'") ? undefined : inner.replace(/''/g, "'");
}

/**
 * The lines of a block text, each ending in \n (or \r\n): every line is empty or indented by the `indent` of
 * the first, which is not empty, nor is the last; a line holds no other white space alone. A folded text (>)
 * also has no line indented further and none ending in a space: its lines join with a space, or with a \n for
 * each empty line between. The last line break is kept unless the header says `-`.
 */
function blockText(content: string, literal: boolean, strip: boolean, indent: number): string | undefined {
  if (indent === 0 || !content.endsWith('\n') || UNSURE_CHARACTERS.test(content)) return undefined;
  const lines = content.slice(0, -1).split('\n');
  const texts: string[] = [];
  for (const written of lines) {
    const line = written.endsWith('\r') ? written.slice(0, -1) : written;
    if (line.includes('\r')) return undefined;
    if (line === '') {
      texts.push('');
      continue;
    }
    if (indentOf(line, 0) < indent || line.trim() === '') return undefined;
    const text = line.slice(indent);
    if (!literal && (text.startsWith(' ') || text.endsWith(' '))) return undefined;
    texts.push(text);
  }
  if (texts[0] === '' || texts[texts.length - 1] === '' || indentOf(content, 0) !== indent) return undefined;
  const value = literal ? texts.join('\n') : folded(texts);
  return strip ? value : `${value}\n`;
}

function folded(texts: string[]): string {
  let value = texts[0];
  let empty = 0;
  for (const text of texts.slice(1)) {
    if (text === '') {
      empty++;
      continue;
    }
    value += (empty === 0 ? ' ' : '\n'.repeat(empty)) + text;
    empty = 0;
  }
  return value;
}

/** Puts `after` at `path` in the data, where `before` must be. */
function replaceAt(data: unknown, path: (string | number)[], before: string, after: string): boolean {
  let parent = data;
  for (const step of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null || !Object.hasOwn(parent, step)) return false;
    parent = (parent as Record<string | number, unknown>)[step];
  }
  const last = path[path.length - 1];
  if (typeof parent !== 'object' || parent === null || (parent as Record<string | number, unknown>)[last] !== before) return false;
  (parent as Record<string | number, unknown>)[last] = after;
  return true;
}

/**
 * The places of the new text: the edited one as given, those up to `start` as they were, those from `end` moved by
 * `delta`. None may lie between, nor be an alias (*ref): its data is another place's, which would then differ.
 */
function movedPlaces(nodes: Record<string, NodePlace>, old: string, [editedKey, editedPlace]: [string, NodePlace], start: number, end: number, delta: number): Record<string, NodePlace> | undefined {
  const moved: Record<string, NodePlace> = {};
  const move = (at: number) => (at <= start ? at : at >= end ? at + delta : NaN);
  for (const key in nodes) {
    const place = nodes[key];
    if (!place.scalar && place.range && old[place.range[0]] === '*') return undefined;
    if (key === editedKey) {
      moved[key] = editedPlace;
      continue;
    }
    const copy: NodePlace = { ...place };
    if (place.range) {
      copy.range = [move(place.range[0]), move(place.range[1]), move(place.range[2])];
      if (copy.range.some(Number.isNaN)) return undefined;
    }
    if (place.keyStart !== undefined) {
      copy.keyStart = move(place.keyStart);
      if (Number.isNaN(copy.keyStart)) return undefined;
    }
    moved[key] = copy;
  }
  return moved;
}
