/**
 * Worker entry (docx-in-thread.ts): loads the DOCX renderer as soon as it
 * starts, then renders each Document posted to it until told to close. The
 * colophon's place follows in a second message, once the PDF's pages are laid
 * out on the main thread; the render waits for it only where it places the colophon.
 * After the last Document it will be given, the thread ends by itself, while
 * the main thread is still busy with the PDF, instead of being waited for.
 */
import { parentPort } from 'node:worker_threads';
import type { Document } from '../document/model';
import type { ColophonPlace } from '../render/colophon-placement';
import { renderDocx } from '../render/docx';

type Message = { id: number; doc: Document; last: boolean } | { id: number; colophonPlace: ColophonPlace } | 'close';

const port = parentPort!;
const decisions = new Map<number, (place: ColophonPlace) => void>();
port.on('message', async (message: Message) => {
  // Exiting, not being terminated, runs the thread's exit handlers.
  if (message === 'close') process.exit();
  if ('colophonPlace' in message) {
    decisions.get(message.id)?.(message.colophonPlace);
    decisions.delete(message.id);
    return;
  }
  const colophonPlace = new Promise<ColophonPlace>((resolve) => decisions.set(message.id, resolve));
  const bytes = await renderDocx(message.doc, { colophonPlace });
  port.postMessage({ id: message.id, bytes });
  if (message.last) process.exit();
});
