/** The PDF outline (bookmarks): one entry for the notice and one for every annex. */
import type { PdfFile } from './pdf-file';
import { Hex, type PdfDict, type Ref } from './pdf-syntax';

export interface OutlineEntry {
  title: string;
  /** Index of the page the entry opens. */
  page: number;
}

/** The outline's objects, and the catalog's entries that open it (none without entries). */
export function addOutline(file: PdfFile, entries: OutlineEntry[], pages: Ref[]): PdfDict {
  if (entries.length === 0) return {};
  const root = file.nextRef();
  const refs = entries.map(() => file.nextRef());
  entries.forEach((entry, i) => {
    file.assign(refs[i], {
      Title: new Hex(entry.title),
      Parent: root,
      Dest: [pages[entry.page], 'XYZ', null, null, null],
      Prev: i > 0 ? refs[i - 1] : undefined,
      Next: i < refs.length - 1 ? refs[i + 1] : undefined,
    });
  });
  file.assign(root, { Type: 'Outlines', First: refs[0], Last: refs[refs.length - 1], Count: refs.length });
  return { Outlines: root, PageMode: 'UseOutlines' };
}
