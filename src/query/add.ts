// The add use case: every item from every source goes through understand and lands in the store
// in batches of one transaction, each article in its own savepoint; a bad item is reported by name
// and the batch goes on.

import type { Annotations, Document, IngestLogEntry } from '../model/index.js';
import { DeskError } from '../model/index.js';
import type { Store } from '../store/contract.js';
import type { ItemResult, LanguageLater } from '../ingest/index.js';
import type { PreparedAhead } from '../store/index.js';
import { placeQueued } from './stories.js';
import { UnderstandPool, understandHere, type Understood } from './understand-pool.js';

export interface AddReport {
  added: { id: string; title: string; source: string | null; item: string }[];
  duplicates: { id: string; title: string; item: string }[];
  failed: { item: string; code: string; error: string }[];
}

export interface AddProgress {
  done: number;
  added: number;
  duplicates: number;
  failed: number;
  elapsedMs: number;
}

export interface AddDeps {
  store: Store;
  /** The clock comes in from the composition root. */
  now: () => Date;
  /**
   * Worker threads that understand the next articles while this thread stores the ones before them
   * (0 or absent: understood here). They start once an add has more than 32 items (THREADS_AFTER), so adding one
   * file never waits for a thread to start; the annotations are the same either way.
   */
  understandThreads?: number;
}

/**
 * Articles stored per transaction: one commit for many articles is most of the store's speed. 64 rather
 * than 32: half the commits (each writes the pages the batch changed, term_df's and the indexes' mostly
 * the same ones, to the WAL) and half the story placements' fixed work; the same rows, FTS5 segments
 * included (it flushes at each article's savepoint), and the same stories (placement reads statistics
 * as of each article's turn). bench:ingest 2,000 --threads 1 after the first ~500, two alternating pairs
 * at load 5-6: main thread 11.2/10.4 -> 10.5/9.8 CPU ms an article, all threads 29.9/28.1 -> 26.4/25.1.
 */
const BATCH = 64;
/** Items an add understands on this thread before it starts its understand threads (an add of one file never waits for one). */
const THREADS_AFTER = 32;
/** A slow source (a feed being fetched) does not hold understood articles back longer than this. */
const MAX_WAIT_MS = 1000;

export async function addItems(
  deps: AddDeps,
  items: AsyncIterable<ItemResult> | Iterable<ItemResult>,
  onProgress?: (p: AddProgress) => void,
): Promise<AddReport> {
  const report: AddReport = { added: [], duplicates: [], failed: [] };
  const t0 = deps.now().getTime();
  let done = 0;
  let pending: { item: string; doc: Document; ann: Annotations; prepared?: PreparedAhead; at: string }[] = [];
  let log: IngestLogEntry[] = [];
  let oldest = 0;
  const progress = () =>
    onProgress?.({
      done,
      added: report.added.length,
      duplicates: report.duplicates.length,
      failed: report.failed.length,
      elapsedMs: deps.now().getTime() - t0,
    });
  const fail = (item: string, e: DeskError, at: string) => {
    report.failed.push({ item, code: e.code, error: e.message });
    log.push({ item, status: 'failed', articleId: null, code: e.code, message: e.message, at });
  };
  const flush = async () => {
    const batch = pending;
    pending = [];
    const results = batch.length ? await deps.store.addArticles(batch.map(({ doc, ann, prepared }) => ({ doc, ann, prepared })), batch[0].at) : [];
    results.forEach((r, i) => {
      const { item, doc, at } = batch[i];
      if (r instanceof DeskError) return fail(item, r, at);
      if (r.status === 'added') report.added.push({ id: r.id, title: doc.title, source: doc.source, item });
      else report.duplicates.push({ id: r.id, title: doc.title, item });
      log.push({ item, status: r.status, articleId: r.id, code: null, message: null, at });
    });
    const entries = log;
    log = [];
    if (entries.length) await deps.store.logIngest(entries);
    if (results.some((r) => !(r instanceof DeskError) && r.status === 'added')) await placeStories(deps);
    done += batch.length;
    if (batch.length) progress();
  };
  for await (const { item, at, got, err } of understood(deps, items)) {
    if (!item.ok) {
      if (pending.length) await flush(); // the log keeps the order items came in
      fail(item.item, item.error, at);
      done++;
      progress();
    } else {
      if (got) {
        if (pending.length === 0) oldest = deps.now().getTime();
        pending.push({ item: item.item, doc: got.doc, ann: got.ann, prepared: got.prepared, at });
      } else {
        if (pending.length) await flush();
        fail(item.item, err instanceof DeskError ? err : new DeskError('STORE_FAILED', `${item.item}: ${(err as Error).message}`, item.item), at);
        done++;
        progress();
      }
    }
    if (pending.length >= BATCH || (pending.length && deps.now().getTime() - oldest >= MAX_WAIT_MS) || log.length >= BATCH) await flush();
  }
  await flush();
  return report;
}

/**
 * The stored articles join their stories. A failure here loses nothing: the articles stay stored and
 * queued, and the next add (or `stories --rebuild`) places them.
 */
async function placeStories(deps: AddDeps): Promise<void> {
  try {
    await placeQueued(deps.store, { now: deps.now });
  } catch (err) {
    process.emitWarning(`newsdesk: stories not updated (articles stay queued): ${(err as Error).message}`);
  }
}

/** Items understood ahead on threads: enough for a batch being stored and the next one. */
const AHEAD = 2 * BATCH;

/**
 * The items in their order, each with its document understood (its language given when the read left
 * it to add, its annotations, and on a thread its store rows) or what understanding it threw; the
 * time an item arrived is its log time. With threads, up to AHEAD items are read and sent to them ahead
 * of the one given out.
 */
async function* understood(
  deps: AddDeps,
  items: AsyncIterable<ItemResult> | Iterable<ItemResult>,
): AsyncGenerator<{ item: ItemResult; at: string; got: Understood | null; err: unknown }> {
  const threads = deps.understandThreads ?? 0;
  let pool: UnderstandPool | null = null;
  let seen = 0;
  type Outcome = { item: ItemResult; at: string; got: Understood | null; err: unknown };
  // One item's outcome settled into a value (here or on a thread), so a failure waiting its turn is
  // never an unhandled rejection.
  const settle = (item: ItemResult, at: string, run: (doc: Document, later?: LanguageLater) => Understood | Promise<Understood>): Promise<Outcome> =>
    !item.ok
      ? Promise.resolve({ item, at, got: null, err: null })
      : Promise.resolve(item.doc).then((doc) => run(doc, item.languageLater)).then((got) => ({ item, at, got, err: null }), (err: unknown) => ({ item, at, got: null, err }));
  const ahead: Promise<Outcome>[] = [];
  try {
    for await (const item of items) {
      const at = deps.now().toISOString();
      if (threads > 0 && !pool && ++seen > THREADS_AFTER) pool = new UnderstandPool(threads);
      if (!pool) {
        yield await settle(item, at, understandHere);
        continue;
      }
      const threaded = pool;
      ahead.push(settle(item, at, (doc, later) => threaded.understand(doc, later)));
      if (ahead.length > AHEAD) yield await ahead.shift()!;
    }
    while (ahead.length) yield await ahead.shift()!;
  } finally {
    await pool?.close();
  }
}
