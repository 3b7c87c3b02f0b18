import path from 'node:path';
import type { Campaign } from '../../src/campaign/types';
import { composeDocument } from '../../src/compose';
import { renderFormWorkbooks } from '../../src/render/xlsx';
import { formLayouts } from '../../src/render/xlsx/form-layout';

/** `campaign`, read from `file` (and perhaps edited), composed from the file's own folder as a build composes it. */
const composedAt = (file: string, campaign: Campaign) => composeDocument(campaign, path.dirname(path.resolve(file)));

/** The form layouts of `campaign` (read from `file`, perhaps edited) as a build lays them out. */
export const formLayoutsAt = (file: string, campaign: Campaign) => formLayouts(campaign, composedAt(file, campaign));

/** The fill-in workbooks of `campaign` (read from `file`, perhaps edited) as a build renders them. */
export const formWorkbooksAt = (file: string, campaign: Campaign) => renderFormWorkbooks(campaign, composedAt(file, campaign));
