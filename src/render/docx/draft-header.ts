/**
 * A draft (status: draft, --draft, or a campaign still marked 待填写) says so
 * on every page, odd and even, so an unfinished DOCX cannot pass for the
 * final notice.
 */
import { DRAFT_HEADER, DRAFT_WATERMARK } from '../../style/gbt9704';
import { run, runStyle, textElement } from './fonts';
import type { PageParts } from './footer';
import { aligned, OFF_GRID_STYLE, paragraphXml } from './paragraphs';

export const DRAFT_HEADER_XML = paragraphXml(
  aligned([run({ ...runStyle({ role: 'heiti', sizePt: DRAFT_HEADER.sizePt }), color: DRAFT_HEADER.color }, textElement(DRAFT_WATERMARK.text))], 'center', OFF_GRID_STYLE),
);

export const draftHeaders = (): PageParts => ({ default: DRAFT_HEADER_XML, even: DRAFT_HEADER_XML });
