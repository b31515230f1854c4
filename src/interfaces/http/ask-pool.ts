// Asks off the request thread. An ask is hundreds of milliseconds of CPU on a large desk, so the server
// hands it to a few worker threads and keeps the request thread for pages. Bounded on both sides: a
// full wait queue answers BUSY (429) at once, and an ask past its deadline answers ASK_TIMEOUT (503)
// and is dropped from the queue, so no work starts for a client that left; a runaway one stops its thread.
// The page furniture that costs an ask's worth of work (read also, checked related questions) runs here
// too, in a lane of its own behind the asks: an answer never waits for furniture that is still waiting.

import type { Worker } from 'node:worker_threads';
import type { Answer } from '../../model/index.js';
import { DeskError, RetryLater } from '../../model/index.js';
import type { CheckedQuestions, Desk, RelatedArticle, Turn } from '../../query/index.js';

/** Work for a thread as plain data: it crosses to a thread by structured clone, and runs the same inline. */
export type AskTask =
  /** The answer alone, with its citations (within one story when `story` is set). */
  | { kind: 'ask'; question: string; previous?: Turn | null; story?: string | null; minConfidence?: number }
  /** The checked related questions of a question, checking for at most `budgetMs` once started. */
  | { kind: 'related'; question: string; story?: string | null; budgetMs: number }
  /** An article page's "Explore related questions", with the same budget. */
  | { kind: 'article-questions'; articleId: string; budgetMs: number }
  /** An article page's "Read also". */
  | { kind: 'read-also'; articleId: string; limit: number };

/** What each kind of task answers. */
export interface TaskResult {
  ask: Answer;
  related: CheckedQuestions;
  'article-questions': CheckedQuestions | null;
  'read-also': RelatedArticle[] | null;
}
type Kind = AskTask['kind'];
type TaskOf<K extends Kind> = Extract<AskTask, { kind: K }>;

/** Asks go first; furniture takes a thread only when no ask waits for one. */
type Lane = 'ask' | 'furniture';
const laneOf = (task: AskTask): Lane => (task.kind === 'ask' ? 'ask' : 'furniture');

/** Main → thread: the task and the main thread's clock, so a thread answers "last week" as `now()` would. */
export interface TaskMessage {
  id: number;
  task: AskTask;
  now: string;
}
/** Thread → main: ready once (store open), then one reply per task. A DeskError keeps its code; anything
 *  else is a bug and becomes a 500. */
export type ThreadMessage = { ready: true } | ReplyMessage;
export type ReplyMessage = { id: number; ok: true; value: unknown } | { id: number; ok: false; code: string | null; message: string };

/** What the HTTP interfaces ask through: the pool, or the desk itself on the request thread. */
export interface Asker {
  /** Runs one task: on a thread of the pool, or on the request thread. */
  run<K extends Kind>(task: TaskOf<K>): Promise<TaskResult[K]>;
  /** Starts what answers asks now rather than on the first ask. */
  warm(): void;
  close(): Promise<void>;
}

/** The one place an AskTask meets the desk, so a thread and the request thread answer alike. */
export async function runAskTask(desk: Desk, task: AskTask): Promise<TaskResult[Kind]> {
  switch (task.kind) {
    case 'ask':
      // Related questions are a task of their own: the answer does not wait for them.
      return desk.ask(task.question, { related: false, previous: task.previous ?? null, story: task.story ?? null, minConfidence: task.minConfidence });
    case 'related':
      return desk.relatedQuestions(task.question, { story: task.story ?? null, stop: budget(task.budgetMs) });
    case 'article-questions':
      return desk.questionsAbout(task.articleId, { stop: budget(task.budgetMs) });
    case 'read-also':
      return desk.related(task.articleId, task.limit);
  }
}

/** True once `ms` have passed since the task started (waiting is not counted: the pool's deadline covers it). */
function budget(ms: number): () => boolean {
  const end = performance.now() + ms;
  return () => performance.now() >= end;
}

/** Threads = 0: asks run on the request thread, unbounded, as before the pool existed. */
export function inlineAsker(desk: Desk): Asker {
  return {
    run: (task) => runAskTask(desk, task) as never,
    warm: () => {},
    close: async () => {},
  };
}

export interface PoolOptions {
  threads: number;
  /** Asks that may wait for a thread; one more is BUSY. Furniture tasks have a queue of the same size. */
  queue: number;
  /** From arrival to answer, waiting (and a thread's start-up) included. */
  timeoutMs: number;
  /** Starts one thread that speaks TaskMessage/ThreadMessage (the composition root knows which module). */
  spawn: () => Worker;
  now: () => Date;
}

interface Job {
  id: number;
  task: AskTask;
  lane: Lane;
  resolve(v: unknown): void;
  reject(e: Error): void;
  timer: NodeJS.Timeout;
  /** performance.now() by which it must be answered. */
  deadline: number;
  slot: Slot | null;
  startedAt: number;
}

interface Slot {
  worker: Worker | null;
  /** The thread has said ready: only then is work sent, so start-up never counts as an ask's run. */
  ready: boolean;
  job: Job | null;
}

/** A running ask's duration is guessed from recent ones, for Retry-After. */
const FIRST_GUESS_MS = 1000;

export class AskPool implements Asker {
  private readonly slots: Slot[];
  private readonly waiting: Record<Lane, Job[]> = { ask: [], furniture: [] };
  private nextId = 1;
  /** Recent run times per lane: checking related questions costs several asks. */
  private readonly avgMs: Record<Lane, number> = { ask: FIRST_GUESS_MS, furniture: FIRST_GUESS_MS };
  private closed = false;

  constructor(private readonly opts: PoolOptions) {
    if (!(opts.threads >= 1)) throw new Error('AskPool needs at least one thread (0 threads is inlineAsker)');
    this.slots = Array.from({ length: opts.threads }, () => ({ worker: null, ready: false, job: null }));
  }

  run<K extends Kind>(task: TaskOf<K>): Promise<TaskResult[K]> {
    return this.submit(task) as Promise<TaskResult[K]>;
  }

  /** Threads ready, tasks running, asks waiting and furniture tasks waiting (for tests and the load bench). */
  get load(): { ready: number; running: number; waiting: number; furnitureWaiting: number } {
    return {
      ready: this.slots.filter((s) => s.ready).length,
      running: this.slots.filter((s) => s.job).length,
      waiting: this.waiting.ask.length,
      furnitureWaiting: this.waiting.furniture.length,
    };
  }

  /** Starts every thread (each pays the TypeScript loader, the modules and a store connection, ~5 s of CPU). */
  warm(): void {
    if (this.closed) return;
    for (const s of this.slots) if (!s.worker) this.start(s);
  }

  private submit(task: AskTask): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('AskPool is closed'));
    // A thread lost to a runaway ask, or never started, starts now.
    this.warm();
    const lane = laneOf(task);
    const idle = this.slots.find((s) => s.ready && !s.job);
    // Refused now rather than timed out later: its lane's queue is full, or at recent speed it would wait
    // and run past its deadline anyway.
    const queued = this.waiting[lane].length;
    if (!idle && (queued >= this.opts.queue || this.expectedMs(lane) > this.opts.timeoutMs)) {
      const secs = this.retryAfter(lane);
      const what = lane === 'ask' ? 'questions are' : 'read-also and related-question checks are';
      return Promise.reject(new RetryLater('BUSY', `Every ask thread is busy and ${queued} ${what} waiting; retry in ${secs} s.`, secs));
    }
    return new Promise((resolve, reject) => {
      const deadline = performance.now() + this.opts.timeoutMs;
      const job: Job = { id: this.nextId++, task, lane, resolve, reject, deadline, slot: null, startedAt: 0, timer: setTimeout(() => this.expire(job), this.opts.timeoutMs) };
      if (idle) this.dispatch(idle, job);
      else this.waiting[lane].push(job);
    });
  }

  /** From arrival to answer for a new task of this lane: the work ahead of it, spread over the threads, then its own. */
  private expectedMs(lane: Lane): number {
    const ahead = this.waiting.ask.length * this.avgMs.ask + (lane === 'furniture' ? this.waiting.furniture.length * this.avgMs.furniture : 0);
    return ahead / this.slots.length + this.avgMs[lane];
  }

  async close(): Promise<void> {
    this.closed = true;
    const gone = new Error('AskPool closed');
    for (const j of [...this.waiting.ask.splice(0), ...this.waiting.furniture.splice(0)]) this.settle(j, gone);
    const stops: Promise<number>[] = [];
    for (const s of this.slots) {
      if (s.job) this.settle(s.job, gone);
      s.job = null;
      if (s.worker) stops.push(s.worker.terminate());
      s.worker = null;
      s.ready = false;
    }
    await Promise.all(stops);
  }

  /** Seconds until a thread is likely free for a new task of this lane. */
  private retryAfter(lane: Lane): number {
    return Math.min(60, Math.max(1, Math.ceil(this.expectedMs(lane) / 1000)));
  }

  private dispatch(slot: Slot, job: Job): void {
    slot.job = job;
    job.slot = slot;
    job.startedAt = performance.now();
    const msg: TaskMessage = { id: job.id, task: job.task, now: this.opts.now().toISOString() };
    slot.worker!.postMessage(msg);
  }

  private start(slot: Slot): void {
    const w = this.opts.spawn();
    slot.worker = w;
    slot.ready = false;
    // Idle threads must not keep a CLI or test process alive; a pending ask's timer does.
    w.unref();
    w.on('message', (m: ThreadMessage) => {
      if (slot.worker !== w) return;
      if ('ready' in m) {
        slot.ready = true;
        return this.free(slot);
      }
      const job = slot.job;
      if (!job || job.id !== m.id) return;
      this.avgMs[job.lane] = 0.8 * this.avgMs[job.lane] + 0.2 * (performance.now() - job.startedAt);
      if (m.ok) this.settle(job, null, m.value);
      else this.settle(job, m.code ? new DeskError(m.code as never, m.message) : new Error(`ask thread: ${m.message}`));
      this.free(slot);
    });
    const lost = (e: Error) => {
      if (slot.worker !== w) return;
      const wasReady = slot.ready;
      slot.worker = null;
      slot.ready = false;
      if (slot.job) this.settle(slot.job, e);
      slot.job = null;
      if (wasReady) {
        // A bug in one ask: that ask is a 500, and a fresh thread takes the rest.
        if (!this.closed) this.start(slot);
      } else {
        // It could not start (the store cannot be opened, a module fails): every waiting ask would fail alike,
        // so they fail now (500) instead of timing out; the next ask tries a new thread.
        for (const j of [...this.waiting.ask.splice(0), ...this.waiting.furniture.splice(0)]) this.settle(j, e);
      }
    };
    w.on('error', lost);
    w.on('exit', (code) => lost(new Error(`ask thread exited (code ${code})`)));
  }

  /** The slot's thread is ready for work: give it the oldest waiting ask that can still be answered in time,
   *  else the oldest such furniture task. */
  private free(slot: Slot): void {
    slot.job = null;
    if (this.closed) return;
    for (const lane of ['ask', 'furniture'] as const) {
      for (let next = this.waiting[lane].shift(); next; next = this.waiting[lane].shift()) {
        if (next.deadline - performance.now() > this.avgMs[lane]) return this.dispatch(slot, next);
        // Too little of its time is left for a typical run: answer it now instead of running it for nobody.
        this.expire(next);
      }
    }
  }

  private expire(job: Job): void {
    const secs = this.opts.timeoutMs / 1000;
    const what = job.lane === 'ask' ? 'The question could not be answered' : 'Read also and related questions could not be checked';
    this.settle(job, new RetryLater('ASK_TIMEOUT', `${what} within ${secs} s (the desk is busy or the question is slow); it was dropped.`, this.retryAfter(job.lane)));
    const queue = this.waiting[job.lane];
    const i = queue.indexOf(job);
    if (i >= 0) {
      queue.splice(i, 1);
      return;
    }
    const slot = job.slot;
    if (slot?.job !== job) return;
    // Running: an ask cannot be interrupted in place. Stopping its thread costs a restart, so it may
    // finish (for nobody) unless its run alone reaches the whole budget; then its thread is replaced.
    const left = job.startedAt + this.opts.timeoutMs - performance.now();
    job.timer = setTimeout(() => slot.job === job && this.stop(slot), Math.max(0, left)).unref();
  }

  /** Ends a runaway ask's thread and starts its replacement at once. */
  private stop(slot: Slot): void {
    const w = slot.worker;
    slot.worker = null;
    slot.job = null;
    void w?.terminate();
    if (!this.closed) this.start(slot);
  }

  private settle(job: Job, err: Error | null, value?: unknown): void {
    clearTimeout(job.timer);
    if (err) job.reject(err);
    else job.resolve(value!);
  }
}
