/**
 * A draft (status: draft, --draft, or a campaign still marked 待填写) says so
 * on every page, odd and even, so an unfinished DOCX cannot pass for the
 * final notice.
 */
import { Header, TextRun } from 'docx';
import { DRAFT_HEADER, DRAFT_WATERMARK } from '../../style/gbt9704';
import { runStyle } from './fonts';
import { aligned, OFF_GRID_STYLE } from './paragraphs';

function draftHeader(): Header {
  const run = new TextRun({ ...runStyle({ role: 'heiti', sizePt: DRAFT_HEADER.sizePt }), color: DRAFT_HEADER.color, text: DRAFT_WATERMARK.text });
  return new Header({ children: [aligned([run], 'center', OFF_GRID_STYLE)] });
}

export const draftHeaders = () => ({ default: draftHeader(), even: draftHeader() });
