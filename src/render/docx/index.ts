/**
 * Document → .docx for the office (GB/T 9704-2012): Word sections with the
 * standard's page geometry and grid, page-number footers, and a final section
 * for the colophon; packed so the same Document gives the same bytes.
 */
import { arrange, isLetter } from '../../arrange';
import type { Colophon, Document } from '../../document/model';
import type { ColophonPlace } from '../colophon-placement';
import { colophonHeight, colophonTable } from './colophon';
import { RenderContext } from './context';
import { draftHeaders, turnedDraftHeaders } from './draft-header';
import { EMPTY_FOOTER, emptyFooters, numberedFooters, turnedFooters, type PageParts } from './footer';
import { noticeSections } from './notice';
import { wordPackage, type WordSection } from './package';
import { OFF_GRID_STYLE, paragraph } from './paragraphs';
import { exactLine } from './styles';
import { ptToTwip, TEXT_HEIGHT } from './units';

/** The least line height: the paragraph after the colophon, and the room left for the rules' thickness. */
const HAIRLINE = ptToTwip(1);

/**
 * The colophon at the foot of the last page, which is an even page (the back
 * of the sheet, §7.4): where our PDF sets it below the text of an even last
 * page, it floats there (colophonTable's atFoot); otherwise it stands alone
 * in a section of its own. Where it follows the text directly, that page is
 * numbered and the colophon floats at its foot as below text; after a blank
 * page Word inserts, neither page carries a number (§7.5), and its last rule
 * sits on the bottom edge of the text block because the section is
 * bottom-aligned, a spacer paragraph filling the lines above for clients that
 * ignore that (LibreOffice 7.4).
 * The even page is the section break's w:type="evenPage": Word and WPS insert
 * (and print) a blank page when needed; LibreOffice does too, but its PDF
 * export leaves that page out unless IsSkipEmptyPages is false.
 */
function withColophon(sections: WordSection[], c: Colophon | undefined, place: ColophonPlace, footers: PageParts, letter: boolean): WordSection[] {
  if (!c) return sections;
  // A document cannot end with a table: a hairline paragraph follows it (and anchors it when it floats).
  const hairline = paragraph([], { ...OFF_GRID_STYLE, spacing: exactLine(HAIRLINE) });
  const last = sections[sections.length - 1];
  if (place === 'foot') return [...sections.slice(0, -1), { ...last, children: [...last.children, colophonTable(c, true, letter), hairline] }];
  // A letter's colophon page is whichever follows the text (§10.1); another notice's is even (§7.4).
  const start = letter ? 'nextPage' : 'evenPage';
  // Numbered, it floats at the foot as it does below text (the footer keeps to the band below the block: footer.ts).
  if (place === 'next-page') return [...sections, { shape: { orientation: 'portrait', start }, footers, children: [colophonTable(c, true, letter), hairline] }];
  const spacer = paragraph([], { ...OFF_GRID_STYLE, spacing: exactLine(TEXT_HEIGHT - colophonHeight(c) - 2 * HAIRLINE) });
  const children = [spacer, colophonTable(c, false, letter), hairline];
  return [...sections, { shape: { orientation: 'portrait', start, bottom: true }, footers: emptyFooters(), children }];
}

export interface DocxOptions {
  /** Where the colophon goes (decided on the typeset pages: render/colophon-placement.ts); unknown, it takes an unnumbered page of its own. */
  colophonPlace?: ColophonPlace | Promise<ColophonPlace>;
  /** A last edit of word/document.xml before it is zipped: the redline marks its revisions there (review/revision-xml.ts). */
  editDocumentXml?: (xml: string) => string;
}

export async function renderDocx(doc: Document, options: DocxOptions = {}): Promise<Uint8Array> {
  const ctx = new RenderContext(doc.meta);
  const laid = noticeSections(ctx, doc.notice, arrange(doc));
  const decided = (await options.colophonPlace) ?? 'after-blank';
  // The colophon floats only below upright text; under a turned last page it takes a page of its own.
  const place = decided === 'foot' && laid[laid.length - 1].orientation !== 'portrait' ? 'after-blank' : decided;
  // One pair of footers (and of draft headers) serves every upright section, one every turned one; each section gets its own parts of them (package.ts).
  const footers = numberedFooters();
  const turned = turnedFooters();
  const drafts = doc.meta.draft ? { portrait: draftHeaders(), landscape: turnedDraftHeaders() } : undefined;
  const sections: WordSection[] = laid.map((s) => {
    const shape = { orientation: s.orientation, start: 'nextPage' as const };
    const own = s.orientation === 'portrait' ? footers : turned;
    const headers = drafts?.[s.orientation];
    const draft = headers ? { headers } : {};
    if (!s.letter) return { shape, footers: own, ...draft, children: s.children };
    // §10.1: a letter's first page shows no page number (a draft's still says 草稿).
    const first = headers ? { headers: { ...headers, first: headers.default } } : {};
    return { shape: { ...shape, titlePage: true }, footers: { ...own, first: EMPTY_FOOTER }, ...first, children: s.children };
  });
  const all = withColophon(sections, doc.notice.colophon, place, footers, isLetter(doc.notice));
  // The colophon's upright sections are the drafts' too.
  return wordPackage(ctx, drafts ? all.map((s) => ({ ...s, headers: s.headers ?? drafts.portrait })) : all, doc.meta, options.editDocumentXml);
}
