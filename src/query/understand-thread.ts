// An understand thread: gives the documents add.ts sends it, one message each, in order, their language
// (when they have none), annotations and store rows. All three are pure functions of the document, so a
// thread gives what the main thread would.

import { parentPort } from 'node:worker_threads';
import { DeskError } from '../model/index.js';
import { understandOnThread, type UnderstandReply, type UnderstandRequest } from './understand-pool.js';

const port = parentPort!;
port.on('message', ({ id, doc, later }: UnderstandRequest) => {
  let reply: UnderstandReply;
  try {
    reply = { id, ok: true, ...understandOnThread(doc, later) };
  } catch (e) {
    reply = e instanceof DeskError ? { id, ok: false, code: e.code, message: e.message } : { id, ok: false, code: null, message: (e as Error)?.message ?? String(e) };
  }
  port.postMessage(reply);
});
