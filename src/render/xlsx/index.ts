import type { Campaign } from '../../campaign/types';
import type { Document } from '../../document/model';
import { formLayouts } from './form-layout';
import { formWorkbook } from './form-workbook';

/** The fill-in workbook of every statistics form (annex kind form) of a campaign; `document` is the campaign composed from its own folder. */
export async function renderFormWorkbooks(campaign: Campaign, document: Document): Promise<{ annexId: string; title: string; bytes: Uint8Array }[]> {
  return formLayouts(campaign, document).map((layout) => ({ annexId: layout.identity.annex, title: layout.title, bytes: formWorkbook(layout) }));
}
