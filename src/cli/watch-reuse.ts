/**
 * Under --watch, a campaign whose rendering reads the same inputs as at its
 * last build takes over that build's rendered files instead of rendering them
 * again: the same file saved again, a save that changes only comments or
 * layout of the YAML, the campaigns watched beside the one edited.
 *
 * The key is everything rendering reads: the campaign and its Document as
 * composed, the formats and options asked for, and the identity on disk of
 * every file the campaign names (seal, pictures, attached PDFs: size, times,
 * inode), which renderers read again. Fonts are not in it: a process reads
 * them once, reused or not. Only each campaign's last build is kept.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { assetUses } from '../assets/check-assets';
import type { Campaign } from '../campaign/types';
import type { Document } from '../document/model';

/** What a file's identity on disk says: it changes when the file is written, replaced or touched. */
function fileIdentity(file: string): string {
  try {
    const s = statSync(file, { bigint: true });
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch {
    return 'missing';
  }
}

/** Plain data only: a Map or a function would print as {} or nothing, and a change in it would go unseen. */
function plainData(_key: string, value: unknown): unknown {
  if (value instanceof Map || value instanceof Set || typeof value === 'function') throw new Error('rendering key: not plain data');
  return value;
}

export interface RenderInputs {
  file: string;
  campaign: Campaign;
  document: Document;
  /** Formats and options, as they change what is rendered. */
  options: unknown;
}

/** A digest of everything the rendering of a campaign reads. */
export function renderKey({ file, campaign, document, options }: RenderInputs): string {
  const dir = path.dirname(path.resolve(file));
  const assets = assetUses(campaign).map((use) => [use.file, fileIdentity(path.resolve(dir, use.file))]);
  // node:crypto is loaded here, under --watch only, not by every build that bundles this module (1.5-5 ms).
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(JSON.stringify([campaign, document, options, assets], plainData)).digest('hex');
}

/** Each campaign's last rendering, by the key of its inputs. */
export class RenderedMemo<T> {
  private readonly last = new Map<string, { key: string; rendered: T }>();

  /** What was rendered for `file` from inputs with this key, if its last build had them. */
  get(file: string, key: string): T | undefined {
    const kept = this.last.get(path.resolve(file));
    return kept?.key === key ? kept.rendered : undefined;
  }

  set(file: string, key: string, rendered: T): void {
    this.last.set(path.resolve(file), { key, rendered });
  }
}
