import type { Campaign } from '../../campaign/types';
import { formLayouts } from './form-layout';
import { formWorkbook } from './form-workbook';

/** The fill-in workbook of every statistics form (annex kind form) of a campaign. */
export async function renderFormWorkbooks(campaign: Campaign): Promise<{ annexId: string; title: string; bytes: Uint8Array }[]> {
  return Promise.all(
    formLayouts(campaign).map(async (layout) => ({ annexId: layout.identity.annex, title: layout.title, bytes: await formWorkbook(layout) })),
  );
}
