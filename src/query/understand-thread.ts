// An understand thread: annotates the documents add.ts sends it, one message each, in order. The
// annotators are pure functions of the document, so a thread gives what the main thread would.

import { parentPort } from 'node:worker_threads';
import { DeskError } from '../model/index.js';
import { annotate, type UnderstandInput } from '../understand/index.js';
import type { UnderstandReply, UnderstandRequest } from './understand-pool.js';

const port = parentPort!;
port.on('message', ({ id, input }: UnderstandRequest) => {
  let reply: UnderstandReply;
  try {
    reply = { id, ok: true, ann: annotate(input satisfies UnderstandInput) };
  } catch (e) {
    reply = e instanceof DeskError ? { id, ok: false, code: e.code, message: e.message } : { id, ok: false, code: null, message: (e as Error)?.message ?? String(e) };
  }
  port.postMessage(reply);
});
