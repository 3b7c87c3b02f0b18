/**
 * A draft (status: draft, --draft, or a campaign still marked 待填写) says so
 * on every page, odd and even, so an unfinished DOCX cannot pass for the
 * final notice: 草稿 at the sheet's top, in the band above the top margin.
 */
import { DRAFT_HEADER, DRAFT_WATERMARK, mmToPt, OFFICIAL_FACES, PAGE, ptToMm } from '../../style/gbt9704';
import { run, runStyle, textElement } from './fonts';
import type { PageParts } from './footer';
import { aligned, OFF_GRID_STYLE, paragraph, paragraphXml } from './paragraphs';
import { LINE_PITCH, TWIPS_PER_PT } from './units';
import { element } from './xml';

const DRAFT_HEADER_XML = paragraphXml(
  aligned([run({ ...runStyle({ role: 'heiti', sizePt: DRAFT_HEADER.sizePt }), color: DRAFT_HEADER.color }, textElement(DRAFT_WATERMARK.text))], 'center', OFF_GRID_STYLE),
);

export const draftHeaders = (): PageParts => ({ default: DRAFT_HEADER_XML, even: DRAFT_HEADER_XML });

/** The upright mark's ink, in ems of its size: two 黑体 glyphs side by side, each a little less than an em square. */
const INK_EMS = { along: 1.9, across: 0.9 };

/** A length for VML's style attribute, in points to the hundredth. */
const pt = (mm: number) => `${Number(mmToPt(mm).toFixed(2))}pt`;

/**
 * On a landscape page the sheet's top is the page's right edge (section-
 * properties.ts turns the binding edge to the top), so the mark stands there
 * turned a quarter clockwise, across the same place on the sheet as on every
 * upright page: centred on the portrait text block's width, in the middle of
 * the header's line. A table cell's vertical text will not do: LibreOffice
 * keeps Chinese upright in it (Word turns it), so on the sheet it would read
 * sideways. It is Word's own watermark instead, a WordArt shape (VML
 * textpath) turned 90° in the header, which Word, WPS and LibreOffice all
 * draw turned; the text stretches to the shape, which is the upright mark's
 * ink.
 */
function turnedDraftMark(): string {
  const em = ptToMm(DRAFT_HEADER.sizePt);
  const [along, across] = [INK_EMS.along * em, INK_EMS.across * em];
  // The header's line (the default exact line pitch) starts fromTopMm below the sheet's top (section-properties.ts).
  // The centre on the landscape page: the sheet's top is its right edge, the sheet's left its top.
  const fromSheetTop = DRAFT_HEADER.fromTopMm + ptToMm(LINE_PITCH / TWIPS_PER_PT) / 2;
  const centre = { x: PAGE.heightMm - fromSheetTop, y: PAGE.marginLeftMm + PAGE.textWidthMm / 2 };
  // VML places the shape unturned and turns it about its centre.
  const style = [
    'position:absolute',
    `margin-left:${pt(centre.x - along / 2)}`,
    `margin-top:${pt(centre.y - across / 2)}`,
    `width:${pt(along)}`,
    `height:${pt(across)}`,
    'rotation:90',
    'z-index:-251657216',
    'mso-position-horizontal-relative:page',
    'mso-position-vertical-relative:page',
  ].join(';');
  const type = element('v:shapetype', { id: '_x0000_t136', coordsize: '21600,21600', 'o:spt': 136 }, element('v:path', { textpathok: 't' }) + element('v:textpath', { on: 't', fitshape: 't' }));
  const text = element('v:textpath', { style: `font-family:"${OFFICIAL_FACES.heiti.name}";font-size:${DRAFT_HEADER.sizePt}pt`, string: DRAFT_WATERMARK.text });
  const wrap = element('w10:wrap', { anchorx: 'page', anchory: 'page' });
  const shape = element('v:shape', { id: 'DraftMark', type: '#_x0000_t136', style, 'o:allowincell': 'f', fillcolor: `#${DRAFT_HEADER.color}`, stroked: 'f' }, text + wrap);
  return paragraphXml(paragraph([`<w:r><w:pict>${type}${shape}</w:pict></w:r>`], OFF_GRID_STYLE));
}

const TURNED_DRAFT_XML = turnedDraftMark();

export const turnedDraftHeaders = (): PageParts => ({ default: TURNED_DRAFT_XML, even: TURNED_DRAFT_XML });
