/**
 * DOCX rendered on a worker thread while this one composes and renders the
 * PDF: the thread starts (and loads docx, ~40 ms) before the campaign is even
 * parsed, and for `gongwen build` before the build command itself is loaded
 * (startDocxThreadFor). A renderer error ends the thread and fails every
 * pending render.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Document } from '../document/model';
import type { ColophonPlace } from '../render/colophon-placement';
import { askedFormats } from '../render/formats';
import { COMMANDS, parseCommandArgs } from './commands';

export interface DocxThread {
  /**
   * Renders `doc`; `colophonPlace` is posted on when this thread knows it (the PDF being laid out here decides it).
   * After the `last` render the thread ends by itself.
   */
  render(doc: Document, colophonPlace: Promise<ColophonPlace>, last: boolean): Promise<Uint8Array>;
  /** Ends the thread; resolved when it has (it may keep its code cache first, see use-code-cache.ts). */
  close(): Promise<void>;
}

const ENTRY = path.join(__dirname, 'docx-thread.js');
/** A thread asked to close that has not ended by then is stopped (ending only writes its code cache, if that). */
const CLOSE_GRACE_MS = 2000;

/** The DOCX thread for the arguments of `gongwen build` (already checked), if they name files and ask for DOCX. */
export function startDocxThreadFor(buildArgs: string[]): DocxThread | undefined {
  const { values, positionals } = parseCommandArgs(COMMANDS.build.options, buildArgs);
  return positionals.length > 0 && askedFormats(values.format).includes('docx') ? startDocxThread() : undefined;
}

/**
 * The thread gets this one's preloads (the code cache among them, see
 * use-code-cache.ts) and no other Node option: a worker refuses V8's
 * (node --max-old-space-size=4096 bin/gongwen.js build … failed with exit 3).
 */
function preloadsOf(execArgv: string[]): string[] {
  const preloads: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i];
    if ((arg === '--require' || arg === '-r') && i + 1 < execArgv.length) preloads.push('--require', execArgv[++i]);
    else if (arg.startsWith('--require=')) preloads.push(arg);
  }
  return preloads;
}

/** A thread for DOCX, or undefined where the entry is not compiled (ts-jest): render in this thread then. */
export function startDocxThread(): DocxThread | undefined {
  if (!existsSync(ENTRY)) return undefined;
  const worker = new Worker(ENTRY, { execArgv: preloadsOf(process.execArgv) });
  const pending = new Map<number, { resolve: (b: Uint8Array) => void; reject: (e: unknown) => void }>();
  let lastId = 0;
  let failure: unknown;
  const fail = (e: unknown) => {
    failure ??= e;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  };
  worker.on('message', ({ id, bytes }: { id: number; bytes: Uint8Array }) => {
    pending.get(id)?.resolve(bytes);
    pending.delete(id);
  });
  worker.on('error', fail);
  const exited = new Promise<void>((resolve) =>
    worker.on('exit', (code) => {
      fail(new Error(`DOCX thread exited (${code})`));
      resolve();
    }),
  );
  return {
    render(doc, colophonPlace, last) {
      if (failure) return Promise.reject(failure);
      const id = ++lastId;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, doc, last });
        void colophonPlace.then((place) => worker.postMessage({ id, colophonPlace: place }), reject);
      });
    },
    close() {
      worker.postMessage('close');
      const stop = setTimeout(() => void worker.terminate(), CLOSE_GRACE_MS);
      return exited.finally(() => clearTimeout(stop));
    },
  };
}
