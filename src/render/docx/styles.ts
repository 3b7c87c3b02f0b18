/**
 * Document defaults: every paragraph 三号仿宋 on the exact line pitch of the
 * grid (§5.2), justified; other faces and sizes are set per run.
 */
import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import { BODY_SIZE_PT } from '../../style/gbt9704';
import { runFont } from './fonts';
import { halfPoints, LINE_PITCH } from './units';

export const EXACT_LINE = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

export const exactLine = (twips: number) => ({ ...EXACT_LINE, line: twips });

export const DOCUMENT_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: runFont('fangsong'), size: halfPoints(BODY_SIZE_PT), sizeComplexScript: halfPoints(BODY_SIZE_PT) },
      paragraph: { spacing: EXACT_LINE, alignment: AlignmentType.JUSTIFIED },
    },
  },
};
