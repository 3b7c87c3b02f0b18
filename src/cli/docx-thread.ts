/**
 * Worker entry (docx-in-thread.ts): loads the DOCX renderer as soon as it
 * starts, then renders each Document posted to it.
 */
import { parentPort } from 'node:worker_threads';
import type { Document } from '../document/model';
import { renderDocx } from '../render/docx';

const port = parentPort!;
port.on('message', async ({ id, doc }: { id: number; doc: Document }) => {
  const bytes = await renderDocx(doc);
  port.postMessage({ id, bytes });
});
