/**
 * What pdf-lib still makes for a notice: the pages of attached PDFs (parsing
 * a file and copying a page with everything it uses). Loaded only for a
 * notice that attaches one. pdf-lib's objects take their numbers from our
 * file's count at the moment they are made, and are written with pdf-lib's
 * own bytes into it, so the file is the one pdf-lib made when it wrote all of it.
 */
import { readFileSync } from 'node:fs';
import type { PDFContext, PDFPageLeaf } from 'pdf-lib';
import type { PdfFile } from './pdf-file';
import { Ref, type PdfDict } from './pdf-syntax';
import { pdfLib } from './pdf-lib';

export interface ForeignPage {
  ref: Ref;
  leaf: PDFPageLeaf;
}

/** Resource names (by kind: Font, XObject, ExtGState) and the objects they name. */
export type PageResources = Record<'Font' | 'XObject' | 'ExtGState', PdfDict>;

export class Foreign {
  private readonly context: PDFContext = pdfLib.PDFContext.create();

  constructor(private readonly file: PdfFile) {}

  /** Runs `make` numbering pdf-lib's new objects on from the file's count. */
  private numbered<T>(make: () => T): T {
    this.context.largestObjectNumber = this.file.largest;
    const made = make();
    this.file.largest = this.context.largestObjectNumber;
    return made;
  }

  /** Every page of each file, copied with what it uses. */
  async copyPages(files: string[]): Promise<Map<string, ForeignPage[]>> {
    const copied = new Map<string, ForeignPage[]>();
    for (const file of files) {
      const source = await pdfLib.PDFDocument.load(readFileSync(file), { updateMetadata: false, throwOnInvalidObject: true });
      const copier = pdfLib.PDFObjectCopier.for(source.context, this.context);
      const pages = this.numbered(() =>
        source.getPages().map((page) => {
          const leaf = copier.copy(page.node);
          return { leaf, ref: new Ref(this.context.register(leaf).objectNumber) };
        }),
      );
      copied.set(file, pages);
    }
    return copied;
  }

  setParent(page: ForeignPage, parent: Ref): void {
    page.leaf.setParent(pdfLib.PDFRef.of(parent.number));
  }

  /** A prefix no resource name of the page starts with (a Gongwen PDF attached as an annex uses ours). */
  unusedPrefix({ leaf }: ForeignPage): string {
    const resources = leaf.Resources();
    const names = ['Font', 'XObject', 'ExtGState'].flatMap((kind) => {
      const dict = resources && this.context.lookup(resources.get(pdfLib.PDFName.of(kind)));
      return dict instanceof pdfLib.PDFDict ? dict.keys().map((k) => k.decodeText()) : [];
    });
    for (let n = 0; ; n++) {
      const prefix = `Gw${n}`;
      if (!names.some((name) => name.startsWith(prefix))) return prefix;
    }
  }

  addResources({ leaf }: ForeignPage, resources: PageResources): void {
    const { PDFName, PDFRef } = pdfLib;
    const set = { Font: leaf.setFontDictionary, XObject: leaf.setXObject, ExtGState: leaf.setExtGState };
    this.numbered(() => {
      for (const kind of ['Font', 'XObject', 'ExtGState'] as const) {
        for (const [name, ref] of Object.entries(resources[kind])) set[kind].call(leaf, PDFName.of(name), PDFRef.of((ref as Ref).number));
      }
    });
  }

  mediaBox({ leaf }: ForeignPage): { x: number; y: number; width: number; height: number } {
    return leaf.MediaBox().asRectangle();
  }

  /** Puts `before` and `after` round the page's content, and `ours` after it. */
  addContent({ leaf }: ForeignPage, before: Ref, after: Ref, ours: Ref): void {
    const { PDFRef } = pdfLib;
    this.numbered(() => {
      leaf.wrapContentStreams(PDFRef.of(before.number), PDFRef.of(after.number));
      leaf.addContentStream(PDFRef.of(ours.number));
    });
  }

  /** Writes all of pdf-lib's objects into the file. */
  writeInto(): void {
    for (const [ref, object] of this.context.enumerateIndirectObjects()) {
      const body = new Uint8Array(object.sizeInBytes());
      object.copyBytesInto(body, 0);
      this.file.assignWritten(ref.objectNumber, body);
    }
  }
}
