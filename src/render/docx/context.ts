/**
 * Per-render state: the ids Word needs to be unique (tracked changes,
 * drawings), counted from 1 in document order so that the same Document
 * always gives the same file.
 */
import type { DocumentMeta } from '../../document/model';

export class RenderContext {
  private lastId = 0;

  constructor(readonly meta: DocumentMeta) {}

  nextId(): number {
    return ++this.lastId;
  }

  /** Author and date of the tracked changes of a redline. */
  revision(): { id: number; author: string; date: string } {
    const r = this.meta.revision ?? { author: this.meta.author, date: this.meta.date };
    return { id: this.nextId(), author: r.author, date: `${r.date}T00:00:00Z` };
  }
}
