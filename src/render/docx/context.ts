/**
 * Per-render state: the ids Word needs to be unique (tracked changes,
 * drawings), counted from 1 in document order so that the same Document
 * always gives the same file, and the pictures the document shows.
 */
import type { DocumentMeta } from '../../document/model';

export interface Picture {
  data: Buffer;
  type: 'png' | 'jpg';
}

/** Where a picture's relationship id goes; NUL cannot come from text, which escapeXml strips of it. */
const PICTURE_REFERENCE = /\0([0-9a-f]{40})\0/g;

export class RenderContext {
  private lastId = 0;
  /** The pictures by a hash of their bytes: one file serves every use of the same picture. */
  private readonly pictures = new Map<string, Picture>();

  constructor(readonly meta: DocumentMeta) {}

  nextId(): number {
    return ++this.lastId;
  }

  /** Author and date of the tracked changes of a redline. */
  revision(): { id: number; author: string; date: string } {
    const r = this.meta.revision ?? { author: this.meta.author, date: this.meta.date };
    return { id: this.nextId(), author: r.author, date: `${r.date}T00:00:00Z` };
  }

  /** A reference to the picture, for r:embed; relationshipIds turns it into the picture's relationship id. */
  pictureReference(picture: Picture): string {
    // node:crypto is loaded by a notice with a picture only (~1.5 ms of a build's start).
    const { createHash } = require('node:crypto') as typeof import('node:crypto');
    const key = createHash('sha1').update(picture.data).digest('hex');
    this.pictures.set(key, picture);
    return `\0${key}\0`;
  }

  /**
   * The pictures `xml` shows, in the order it first shows them, numbered from
   * `firstId`, and the XML with their relationship ids in place.
   */
  relationshipIds(xml: string, firstId: number): { xml: string; pictures: Picture[] } {
    if (this.pictures.size === 0) return { xml, pictures: [] };
    const order = new Map<string, number>();
    const replaced = xml.replace(PICTURE_REFERENCE, (_, key: string) => {
      if (!order.has(key)) order.set(key, order.size);
      return `rId${firstId + order.get(key)!}`;
    });
    return { xml: replaced, pictures: [...order.keys()].map((key) => this.pictures.get(key)!) };
  }
}
