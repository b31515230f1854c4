// `newsdesk watch`: poll feeds on a schedule with conditional requests, add what is new through
// the one add path (or, with --queue, queue each item read for `newsdesk worker`), and remember each
// feed's validators in <dataDir>/feeds.json. A failing feed or item is reported and the round goes
// on; a signal stops the loop between polls.

import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { App } from '../../app.js';
import { pollFeed, type Fetcher } from '../../ingest/index.js';
import { DeskError } from '../../model/index.js';
import type { Out } from './main.js';
import { sleep } from './sleep.js';
import { enqueueItems, jobQueue } from './worker.js';

export const FEEDS_FILE = 'feeds.json';

/** What is remembered about one feed between polls (and between runs). */
export interface FeedState {
  etag: string | null;
  lastModified: string | null;
  /** ISO time of the last poll, whatever its outcome. */
  lastPolledAt: string | null;
  /** The last poll's feed-level error, null when it succeeded. */
  lastError: string | null;
}

export type FeedStates = Record<string, FeedState>;

const EMPTY: FeedState = { etag: null, lastModified: null, lastPolledAt: null, lastError: null };

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/**
 * Read feeds.json. Missing: no state yet. Unreadable or not the expected shape: the problem is
 * returned for the caller to report, the bad file is kept beside it as feeds.json.corrupt, and
 * polling starts afresh (the cost is one unconditional fetch per feed; duplicates are harmless).
 */
export async function loadFeedStates(dataDir: string): Promise<{ states: FeedStates; problem: string | null }> {
  const file = join(dataDir, FEEDS_FILE);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { states: {}, problem: null };
    return { states: {}, problem: `${file}: cannot be read (${(e as Error).message}); starting without saved feed state` };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    return { states: {}, problem: await setAside(file, `not valid JSON (${(e as Error).message})`) };
  }
  const feeds = (data as { feeds?: unknown } | null)?.feeds;
  if (!feeds || typeof feeds !== 'object' || Array.isArray(feeds)) {
    return { states: {}, problem: await setAside(file, 'not a {"feeds": {...}} object') };
  }
  const states: FeedStates = {};
  for (const [url, v] of Object.entries(feeds as Record<string, unknown>)) {
    if (!v || typeof v !== 'object') continue;
    const o = v as Record<string, unknown>;
    states[url] = { etag: str(o.etag), lastModified: str(o.lastModified), lastPolledAt: str(o.lastPolledAt), lastError: str(o.lastError) };
  }
  return { states, problem: null };
}

async function setAside(file: string, why: string): Promise<string> {
  try {
    await rename(file, `${file}.corrupt`);
    return `${file}: ${why}; kept as ${FEEDS_FILE}.corrupt and replaced`;
  } catch {
    return `${file}: ${why}; replaced`;
  }
}

/** Write feeds.json atomically: a temporary file in the same directory, then rename over it. */
export async function saveFeedStates(dataDir: string, states: FeedStates): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, FEEDS_FILE);
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, JSON.stringify({ feeds: states }, null, 2) + '\n');
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  }
}

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000 } as const;
export const MIN_EVERY_MS = 10_000;
export const MAX_EVERY_MS = 24 * 3_600_000;

/** `30s`, `15m`, `1h` → milliseconds; from 10s to 24h. */
export function parseEvery(v: string): number {
  const m = /^(\d{1,6})(s|m|h)$/.exec(v.trim());
  const ms = m ? Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS] : NaN;
  if (!(ms >= MIN_EVERY_MS && ms <= MAX_EVERY_MS)) {
    throw new DeskError('BAD_REQUEST', `--every "${v}": give a number with s, m or h, from 10s to 24h (e.g. 30s, 15m, 1h)`);
  }
  return ms;
}

/** A feed URL as the user typed it, checked once before anything runs. */
export function checkFeedUrl(v: string): string {
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    throw new DeskError('BAD_URL', `"${v}" is not a URL; watch takes feed URLs (http or https)`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new DeskError('BAD_URL', `"${v}": only http and https feeds can be watched`);
  return v;
}

export { sleep } from './sleep.js';

export interface WatchDeps {
  fetch: Fetcher;
  now: () => Date;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Aborted: finish the poll in progress, then stop. */
  signal: AbortSignal;
}

export interface WatchOptions {
  everyMs: number;
  once: boolean;
  json: boolean;
  /** Queue each item read as an ingest job instead of adding it here (workers understand and store it). */
  queue?: boolean;
}

/** The outcome of one poll of one feed, as printed. */
export interface PollOutcome {
  feed: string;
  at: string;
  status: 'updated' | 'not-modified' | 'failed';
  added: number;
  duplicates: number;
  /** Items queued for workers (--queue); they are added or found duplicate there. */
  queued: number;
  failed: number;
  /** The feed-level error, when status is failed. */
  error: string | null;
  /** Items that failed (the feed itself carries on). */
  itemErrors: { item: string; code: string; error: string }[];
}

/** Poll each feed once, in order; stops early (between feeds) when the signal fires. */
export async function pollRound(app: App, feeds: string[], states: FeedStates, deps: WatchDeps, opts: WatchOptions, out: Out): Promise<PollOutcome[]> {
  const outcomes: PollOutcome[] = [];
  for (const feed of feeds) {
    if (deps.signal.aborted) break;
    const o = await pollOne(app, feed, states, deps, !!opts.queue);
    outcomes.push(o);
    print(o, opts.json, !!opts.queue, out);
    try {
      await saveFeedStates(app.config.dataDir, states);
    } catch (e) {
      // Losing the validators costs one unconditional fetch next time; it must not stop the watch.
      out.err(`newsdesk watch: could not save ${join(app.config.dataDir, FEEDS_FILE)}: ${(e as Error).message}`);
    }
  }
  return outcomes;
}

async function pollOne(app: App, feed: string, states: FeedStates, deps: WatchDeps, queue: boolean): Promise<PollOutcome> {
  const prev = states[feed] ?? EMPTY;
  const at = deps.now().toISOString();
  const outcome: PollOutcome = { feed, at, status: 'failed', added: 0, duplicates: 0, queued: 0, failed: 0, error: null, itemErrors: [] };
  try {
    const r = await pollFeed(feed, prev, { fetch: deps.fetch, allowFetch: app.config.allowFetch });
    if (!r.ok) {
      outcome.error = r.error.message;
      states[feed] = { ...prev, lastPolledAt: at, lastError: r.error.message };
      // The ingest log shows feed failures beside item failures, as `add` does for a bad URL.
      await app.desk.add([{ item: feed, ok: false, error: r.error }]);
      return outcome;
    }
    if (!r.value.notModified && queue) {
      // every item of a fresh body is queued: whether it is new is known where it is stored
      const q = await enqueueItems(jobQueue(app), r.value.items, deps.now);
      outcome.queued = q.queued;
      // items that could not be read are logged and reported here, as without --queue
      const report = await app.desk.add(q.failed);
      outcome.failed = report.failed.length;
      outcome.itemErrors = report.failed;
    } else if (!r.value.notModified) {
      const report = await app.desk.add(r.value.items);
      outcome.added = report.added.length;
      outcome.duplicates = report.duplicates.length;
      outcome.failed = report.failed.length;
      outcome.itemErrors = report.failed;
    }
    // Validators are kept even when some items failed: a malformed item stays malformed, and
    // every failure is already in the ingest log.
    outcome.status = r.value.notModified ? 'not-modified' : 'updated';
    states[feed] = { etag: r.value.etag, lastModified: r.value.lastModified, lastPolledAt: at, lastError: null };
    return outcome;
  } catch (e) {
    // Anything unexpected (the store, the disk) fails this feed's poll, not the watch.
    const msg = `${feed}: ${(e as Error).message}`;
    outcome.error = msg;
    outcome.status = 'failed';
    states[feed] = { ...prev, lastPolledAt: at, lastError: msg };
    return outcome;
  }
}

function print(o: PollOutcome, json: boolean, queued: boolean, out: Out): void {
  if (json) {
    out.log(JSON.stringify(o));
    return;
  }
  if (o.status === 'failed') {
    out.err(`${o.at}  ${o.feed}  failed: ${o.error}`);
    return;
  }
  if (o.status === 'not-modified') out.log(`${o.at}  ${o.feed}  not modified`);
  else if (queued) out.log(`${o.at}  ${o.feed}  ${o.queued} queued, ${o.failed} failed`);
  else out.log(`${o.at}  ${o.feed}  ${o.added} new, ${o.duplicates} duplicate, ${o.failed} failed`);
  // Messages already name their item; add it only when one does not.
  for (const f of o.itemErrors) out.err(`  failed  ${f.error.startsWith(f.item) ? f.error : `${f.item}: ${f.error}`}`);
}

/**
 * Poll every feed, then wait until `everyMs` after the round began, until the signal fires.
 * `once`: one round, exit 1 when any feed failed. Otherwise 0 after a clean stop.
 */
export async function watchFeeds(app: App, feeds: string[], opts: WatchOptions, deps: WatchDeps, out: Out): Promise<number> {
  const note = (s: string) => (opts.json ? out.err(s) : out.log(s));
  const { states, problem } = await loadFeedStates(app.config.dataDir);
  if (problem) out.err(`newsdesk watch: ${problem}`);
  const queueing = opts.queue ? ', queueing their items for workers' : '';
  if (!opts.once) note(`Watching ${feeds.length} feed${feeds.length === 1 ? '' : 's'} every ${human(opts.everyMs)}${queueing} (Ctrl-C to stop).`);
  for (;;) {
    const start = deps.now().getTime();
    const outcomes = await pollRound(app, feeds, states, deps, opts, out);
    if (opts.once) return outcomes.some((o) => o.status === 'failed') ? 1 : 0;
    if (deps.signal.aborted) break;
    const wait = Math.max(0, opts.everyMs - (deps.now().getTime() - start));
    await deps.sleep(wait, deps.signal);
    if (deps.signal.aborted) break;
  }
  note('Stopped.');
  return 0;
}

function human(ms: number): string {
  if (ms % UNIT_MS.h === 0) return `${ms / UNIT_MS.h}h`;
  if (ms % UNIT_MS.m === 0) return `${ms / UNIT_MS.m}m`;
  return `${ms / UNIT_MS.s}s`;
}

/** The command: validate, build the app, wire signals to a clean stop. */
export async function watchCommand(app: () => Promise<App>, values: Record<string, any>, positionals: string[], out: Out): Promise<number> {
  if (positionals.length === 0) throw new DeskError('BAD_REQUEST', 'watch: name at least one feed URL');
  const feeds = [...new Set(positionals.map(checkFeedUrl))];
  const everyMs = parseEvery(values.every ?? '15m');
  const a = await app();
  if (!a.config.allowFetch) throw new DeskError('FETCH_NOT_ALLOWED', 'watch needs to fetch URLs, and NEWSDESK_NO_FETCH=1 forbids it');
  const ac = new AbortController();
  const onSignal = () => {
    if (ac.signal.aborted) {
      out.err('newsdesk watch: stopping now.');
      process.exit(130);
    }
    out.err('newsdesk watch: stopping after the poll in progress (Ctrl-C again to stop now).');
    ac.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const deps: WatchDeps = { fetch: a.fetch, now: () => new Date(), sleep, signal: ac.signal };
    return await watchFeeds(a, feeds, { everyMs, once: !!values.once, json: !!values.json, queue: !!values.queue }, deps, out);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
