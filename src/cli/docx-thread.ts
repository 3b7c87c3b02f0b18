/**
 * Worker entry (docx-in-thread.ts): loads the DOCX renderer as soon as it
 * starts, then renders each Document posted to it until told to close.
 */
import { parentPort } from 'node:worker_threads';
import type { Document } from '../document/model';
import { colophonAtFoot } from '../render/colophon-placement';
import { renderDocx } from '../render/docx';

const port = parentPort!;
port.on('message', async (message: { id: number; doc: Document; fontDirs?: string[] } | 'close') => {
  // Exiting, not being terminated, runs the thread's exit handlers.
  if (message === 'close') process.exit();
  const bytes = await renderDocx(message.doc, { colophonAtFoot: await colophonAtFoot(message.doc, message.fontDirs) });
  port.postMessage({ id: message.id, bytes });
});
