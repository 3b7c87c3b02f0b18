/**
 * The package, byte-identical for identical input: docx packs our own
 * core.xml (dated by the notice, ../core-properties.ts), font table
 * (font-table.ts) and theme (theme.ts) in place of its own, and every zip
 * entry gets the same fixed date (fixed-date-zip.ts) without being
 * compressed again.
 */
import { Packer, type Document as WordDocument } from 'docx';
import type { DocumentMeta } from '../../document/model';
import { fixedDateZip } from '../fixed-date-zip';
import { corePropertiesXml } from '../core-properties';
import { fontTableXml } from './font-table';
import { themeXml } from './theme';

export async function deterministicPackage(word: WordDocument, meta: DocumentMeta): Promise<Uint8Array> {
  const overrides = [
    {
      path: 'docProps/core.xml',
      data: corePropertiesXml({
        title: meta.title,
        subject: meta.subject,
        creator: meta.author,
        keywords: meta.keywords,
        lastModifiedBy: meta.revision?.author ?? meta.author,
        day: meta.date,
      }),
    },
    { path: 'word/fontTable.xml', data: fontTableXml() },
    { path: 'word/theme/theme1.xml', data: themeXml() },
  ];
  return fixedDateZip(await Packer.toBuffer(word, false, overrides), meta.date);
}
