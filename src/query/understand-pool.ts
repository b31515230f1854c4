// Worker threads that understand documents while the main thread stores the ones before them (add.ts).
// Understanding is about a third of ingest's time and the main thread's reading, writes and story
// placement the rest (docs/SCALING.md), so where a core is free the two overlap; where none is, a
// thread only adds its start-up.

import { Worker } from 'node:worker_threads';
import type { Annotations } from '../model/index.js';
import { DeskError, type ErrorCode } from '../model/index.js';
import { annotate, type UnderstandInput } from '../understand/index.js';

export interface UnderstandRequest {
  id: number;
  input: UnderstandInput;
}

export type UnderstandReply =
  | { id: number; ok: true; ann: Annotations }
  | { id: number; ok: false; code: ErrorCode | null; message: string };

const ENTRY = new URL('./understand-thread-entry.mjs', import.meta.url);

export class UnderstandPool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { input: UnderstandInput; resolve: (a: Annotations) => void; reject: (e: Error) => void }>();
  private next = 0;
  private failed: Error | null = null;

  constructor(threads: number, entry: URL = ENTRY) {
    this.workers = Array.from({ length: threads }, () => {
      const w = new Worker(entry);
      w.on('message', (r: UnderstandReply) => {
        const p = this.waiting.get(r.id);
        if (!p) return;
        this.waiting.delete(r.id);
        if (r.ok) p.resolve(r.ann);
        else p.reject(r.code ? new DeskError(r.code, r.message) : new Error(r.message));
      });
      // A thread that dies (it cannot load, or runs out of memory) loses nothing: what it was given, and
      // everything after, is understood here instead, as it would be without threads.
      const die = (e: Error) => {
        this.failed ??= e;
        const left = [...this.waiting.values()];
        this.waiting.clear();
        for (const p of left) this.inline(p.input).then(p.resolve, p.reject);
      };
      w.on('error', die);
      w.on('exit', (code) => { if (code !== 0) die(new Error(`an understand thread exited with code ${code}`)); });
      return w;
    });
  }

  /** The document's annotations, from the threads in turn. */
  annotate(input: UnderstandInput): Promise<Annotations> {
    if (this.failed) return this.inline(input);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { input, resolve, reject });
      this.workers[id % this.workers.length].postMessage({ id, input } satisfies UnderstandRequest);
    });
  }

  private async inline(input: UnderstandInput): Promise<Annotations> {
    return annotate(input);
  }

  async close(): Promise<void> {
    this.failed ??= new Error('closed');
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
