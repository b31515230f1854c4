// An ask thread: the composition root of one worker thread of the server's ask pool. It opens its own
// store connection (SQLite in WAL mode lets it read beside the server's; PostgreSQL gets its own pool)
// and its own read-side desk from the server's config, then answers one task at a time.

import { parentPort, workerData } from 'node:worker_threads';
import { DeskError } from './model/index.js';
import { deskFor, openConfiguredStore, type Config } from './app.js';
import { runAskTask, type TaskMessage, type ThreadMessage } from './interfaces/http/ask-pool.js';

const { config } = workerData as { config: Config };
const port = parentPort!;
// The pool sends one task at a time to a thread, so one clock set per task is enough.
let now = new Date();
const desk = deskFor(config, await openConfiguredStore(config), () => now);

port.on('message', async ({ id, task, now: at }: TaskMessage) => {
  now = new Date(at);
  let reply: ThreadMessage;
  try {
    reply = { id, ok: true, value: await runAskTask(desk, task) };
  } catch (e) {
    reply = e instanceof DeskError ? { id, ok: false, code: e.code, message: e.message } : { id, ok: false, code: null, message: (e as Error)?.stack ?? String(e) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies ThreadMessage);
