/**
 * Paragraphs already set, kept for the process under --watch: after a clerk
 * edits one sentence, only that paragraph is set again (and a paragraph met
 * twice, a form's cells 0, 合计, 是/否, is set once).
 *
 * A setting is looked up by everything it depends on (`settingKey`): each
 * run's text, size, cell and the face it is set in (by identity: a process
 * opens a face once, src/fonts/load.ts), the shapes of the first and
 * following lines (every line after the first has the shape of line 1,
 * src/render/pdf/typeset/break-lines.ts), whether it is justified and run
 * long. Settings are shared, never changed by those who read them.
 *
 * Memory is bounded: once the settings kept hold MEMO_CHARACTERS characters,
 * they become the older generation, looked in (and taken back from) until the
 * next turn, so a long notice keeps what its next build will ask for without
 * holding every line of it (a line's pieces take ten times the memory of its
 * glyphs, src/render/pdf/layout-text.ts).
 */
import type { TrueTypeFont } from '../../../fonts';
import type { SetLine } from './piece';
import { perProcess } from '../../../startup/process-state';

/** Settings kept from builds before (in memory here, on disk in settings-file.ts), by the key TextSetter gives them. */
export interface Settings {
  get(key: string): SetLine[] | undefined;
  set(key: string, setting: Setting): void;
  /** How a key names a face; undefined: paragraphs set in it are not kept. */
  faceTag(font: TrueTypeFont): string | undefined;
}

const MEMO_CHARACTERS = 60_000;

export interface Setting {
  lines: SetLine[];
  /** What it counts against the bound: its key's length, about its characters. */
  size: number;
}

/** Each face opened in this process, by a number that stands for it in a setting's key. */
const faceNumbers = new WeakMap<TrueTypeFont, number>();
let nextFaceNumber = 0;

export class SettingMemo implements Settings {
  private current = new Map<string, Setting>();
  private older = new Map<string, Setting>();
  private held = 0;

  get(key: string): SetLine[] | undefined {
    const kept = this.current.get(key);
    if (kept) return kept.lines;
    const old = this.older.get(key);
    if (old) this.set(key, old);
    return old?.lines;
  }

  /** A face by its identity in this process: it opens a face once (src/fonts/load.ts). */
  faceTag(font: TrueTypeFont): string {
    let n = faceNumbers.get(font);
    if (n === undefined) faceNumbers.set(font, (n = nextFaceNumber++));
    return String(n);
  }

  set(key: string, setting: Setting): void {
    if (this.held + setting.size > MEMO_CHARACTERS) {
      this.older = this.current;
      this.current = new Map();
      this.held = 0;
    }
    this.current.set(key, setting);
    this.held += setting.size;
  }
}

/** The settings the builds of this process keep (src/render/pdf/index.ts). */
export const keptSettings = perProcess(() => new SettingMemo());
