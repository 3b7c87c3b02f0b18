/**
 * An attached PDF, opened the way the PDF writer will open it: parsed
 * strictly, not encrypted, with at least one page, and every page copyable
 * with its content and resources present. pdf-lib is loaded only here and
 * only for a campaign that attaches a PDF.
 */
import type { AssetFault } from './fault';

const broken = (detail: string): AssetFault => ({ message: 'PDF 文件已损坏或不完整，无法读取', english: `cannot read the PDF: ${detail}` });

export async function inspectPdf(bytes: Uint8Array): Promise<{ pages: number } | AssetFault> {
  const { pdfLib } = await import('../render/pdf/pdf-lib');
  if (bytes.length === 0) return { message: 'PDF 文件是空的（0 字节）', english: 'the PDF file is empty' };
  if (Buffer.from(bytes.subarray(0, 1024)).indexOf('%PDF-') < 0) return { message: '这不是 PDF 文件', english: 'not a PDF file' };
  let source;
  try {
    source = await pdfLib.PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
  } catch (e) {
    if ((e as Error).name === 'EncryptedPDFError' || /encrypted/i.test((e as Error).message)) {
      return { message: 'PDF 文件已加密（设有密码或权限限制）', english: 'the PDF is encrypted' };
    }
    return broken(firstLine(e));
  }
  if (source.isEncrypted) return { message: 'PDF 文件已加密（设有密码或权限限制）', english: 'the PDF is encrypted' };
  let count: number;
  try {
    count = source.getPageCount();
  } catch (e) {
    return broken(firstLine(e));
  }
  if (count === 0) return { message: 'PDF 文件没有任何页面', english: 'the PDF has no pages' };
  try {
    const { PDFDict, PDFName } = pdfLib;
    for (const page of source.getPages()) {
      if (!(page.node.Resources() instanceof PDFDict)) return broken('a page has no resources');
      const contents = page.node.get(PDFName.of('Contents'));
      if (contents && !source.context.lookup(contents)) return broken('a page has no content');
    }
    const trial = await pdfLib.PDFDocument.create({ updateMetadata: false });
    await trial.copyPages(source, source.getPageIndices());
  } catch (e) {
    return broken(firstLine(e));
  }
  return { pages: count };
}

const firstLine = (e: unknown) => String((e as Error)?.message ?? e).split('\n')[0].slice(0, 200);
