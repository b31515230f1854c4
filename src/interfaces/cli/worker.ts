// Ingest through the store's job queue, so several processes (on PostgreSQL, several machines) share
// the work: `add --queue` and `watch --queue` enqueue, `newsdesk worker` consumes, `newsdesk jobs`
// reports. A job is one input (a file or URL, with the add overrides) or one document a watched feed
// already read; the worker reads it, adds it through the one add path and completes the job, with the
// reason when it failed (the queue retries it until its attempts run out). A worker that dies loses
// nothing (its lease runs out and another worker claims the job) and doubles nothing (adding is
// idempotent: a re-run job finds its article already there, a duplicate).

import { hostname } from 'node:os';
import { resolve } from 'node:path';
import type { App } from '../../app.js';
import { sourceInputs, type ItemResult, type Overrides } from '../../ingest/index.js';
import { DeskError, META_ORIGINS, PROVENANCE_FIELDS, type Document, type MetaOrigin, type Provenance } from '../../model/index.js';
import type { Job, JobInfo, JobQueue } from '../../store/index.js';
import type { Out } from './main.js';
import { sleep } from './sleep.js';

export const INGEST = 'ingest';

/** What an ingest job carries: one input to read (file path or URL), or one document already read. */
export type IngestPayload = { input: string; overrides?: Overrides } | { item: string; document: Document };

const isStr = (v: unknown): v is string => typeof v === 'string';
const strOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** A payload read back from the queue, checked once: an older version or a hand-made job may have written it. */
export function ingestPayload(v: unknown): IngestPayload | null {
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  if (isStr(o.input) && o.input) {
    if (o.overrides === undefined) return { input: o.input };
    if (!o.overrides || typeof o.overrides !== 'object') return null;
    const { published, source } = o.overrides as Record<string, unknown>;
    if ((published !== undefined && !isStr(published)) || (source !== undefined && !isStr(source))) return null;
    return { input: o.input, overrides: { ...(published !== undefined && { published }), ...(source !== undefined && { source }) } };
  }
  const d = o.document as Record<string, unknown> | null | undefined;
  if (isStr(o.item) && d && typeof d === 'object') {
    const { title, text, byline, published, canonicalUrl, source, relatedHints, origin, language, languageConfidence, provenance } = d;
    if (isStr(title) && isStr(text) && isStr(origin) && strOrNull(byline) && strOrNull(published) && strOrNull(canonicalUrl) &&
      strOrNull(source) && Array.isArray(relatedHints) && relatedHints.every(isStr)) {
      // What the reader found out about the page (its language, where each field came from) goes on with
      // it, when well formed: the worker would otherwise guess the language again from the text alone.
      const prov = provenanceOf(provenance);
      return {
        item: o.item,
        document: {
          title, text, byline, published, canonicalUrl, source, relatedHints, origin,
          ...(isStr(language) && language ? { language } : {}),
          ...(typeof languageConfidence === 'number' && Number.isFinite(languageConfidence) ? { languageConfidence } : {}),
          ...(prov ? { provenance: prov } : {}),
        },
      };
    }
  }
  return null;
}

const FIELDS = new Set<string>(PROVENANCE_FIELDS);
const ORIGINS = new Set<string>(META_ORIGINS);

/** A document's provenance from a payload: only known fields with known origins, or nothing. */
function provenanceOf(v: unknown): Provenance | null {
  if (!v || typeof v !== 'object') return null;
  const out: Provenance = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (FIELDS.has(k) && isStr(x) && ORIGINS.has(x)) out[k as keyof Provenance] = x as MetaOrigin;
  }
  return Object.keys(out).length ? out : null;
}

/** The item a job is about, as the ingest log names it. */
export function jobItem(job: Pick<Job, 'id' | 'payload'>): string {
  const p = ingestPayload(job.payload);
  return p ? ('input' in p ? p.input : p.item) : `job ${job.id}`;
}

export function jobQueue(app: App): JobQueue {
  if (!app.store.jobs) throw new DeskError('BAD_REQUEST', `the ${app.store.kind} store has no job queue`);
  return app.store.jobs;
}

export interface QueueReport {
  queued: number;
  failed: { item: string; code: string; error: string }[];
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/**
 * One job per file of each input (directories walked as `add` walks them) and one per URL (a feed
 * URL is one job: its worker reads every item). Paths are made absolute for workers started elsewhere.
 */
export async function enqueueInputs(q: JobQueue, inputs: string[], overrides: Overrides, now: () => Date): Promise<QueueReport> {
  const report: QueueReport = { queued: 0, failed: [] };
  const given = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) as Overrides;
  for (const input of inputs) {
    for await (const r of sourceInputs(input)) {
      if (!r.ok) {
        report.failed.push({ item: r.error.item ?? input, code: r.error.code, error: r.error.message });
        continue;
      }
      const at = isUrl(r.value) ? r.value : resolve(r.value);
      const payload: IngestPayload = Object.keys(given).length ? { input: at, overrides: given } : { input: at };
      await q.enqueue(INGEST, payload, now().toISOString());
      report.queued++;
    }
  }
  return report;
}

/** Queues each document read (a feed's items); failed reads are handed back for the caller to log. */
export async function enqueueItems(q: JobQueue, items: AsyncIterable<ItemResult> | Iterable<ItemResult>, now: () => Date) {
  let queued = 0;
  const failed: ItemResult[] = [];
  for await (const it of items) {
    if (!it.ok) {
      failed.push(it);
      continue;
    }
    const payload: IngestPayload = { item: it.item, document: it.doc };
    await q.enqueue(INGEST, payload, now().toISOString());
    queued++;
  }
  return { queued, failed };
}

// ---- the worker ----

export interface WorkerOptions {
  /** Jobs run at once in this process (they share its CPU: more helps only while jobs wait on I/O). */
  concurrency: number;
  /** Stop when nothing is queued or running anywhere, instead of waiting for more. */
  once: boolean;
  /** How long a claim holds; it is renewed every third of it while the job runs. */
  leaseSeconds: number;
  /** Stop after this many jobs (null: no limit). */
  maxJobs: number | null;
}

export interface WorkerDeps {
  /** Names this process's claims (`host/pid`); each concurrent slot adds `/n`. */
  id: string;
  now: () => Date;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Aborted: finish the jobs in progress, then stop. */
  signal: AbortSignal;
}

export interface JobResult {
  id: string;
  item: string;
  worker: string;
  attempt: number;
  maxAttempts: number;
  /** One item: added or duplicate; several (a feed): done; any item failing fails the job. */
  status: 'added' | 'duplicate' | 'done' | 'failed';
  added: number;
  duplicates: number;
  failed: number;
  error: string | null;
  /** Failed with attempts left: queued again. */
  retry: boolean;
  /** The lease ran out and another worker took the job over (or the store could not be told): this outcome was not recorded. */
  lost: boolean;
  ms: number;
}

export interface WorkerSummary {
  jobs: number;
  added: number;
  duplicates: number;
  /** Jobs that failed for good (no attempts left). */
  failed: number;
  /** Jobs that failed and were queued again. */
  retried: number;
  /** Jobs another worker took over before this one finished them. */
  lost: number;
  seconds: number;
  stopped: 'drained' | 'max-jobs' | 'signal' | 'error';
  /** Why the worker stopped on its own, when `stopped` is error. */
  error: string | null;
}

const MAX_ERROR = 2000;
/** Consecutive queue errors (claim, counts) before the worker gives up: its supervisor restarts it. */
const MAX_QUEUE_ERRORS = 3;

async function runJob(app: App, job: Job) {
  const item = jobItem(job);
  const p = ingestPayload(job.payload);
  if (!p) return { item, added: 0, duplicates: 0, failed: 1, error: `job ${job.id}: not an ingest payload ({input} or {item, document})` };
  const items = 'input' in p ? app.read(p.input, p.overrides) : [{ item: p.item, ok: true as const, doc: p.document }];
  try {
    const r = await app.desk.add(items);
    // Messages already name their item; add it only when one does not.
    const errors = r.failed.map((f) => (f.error.startsWith(f.item) ? f.error : `${f.item}: ${f.error}`));
    return { item, added: r.added.length, duplicates: r.duplicates.length, failed: r.failed.length, error: errors.length ? errors.join('; ') : null };
  } catch (e) {
    // the store or the disk failed under the add path: the job is retried like any other failure
    return { item, added: 0, duplicates: 0, failed: 1, error: `${item}: ${(e as Error).message}` };
  }
}

/**
 * Claims and runs ingest jobs until the signal fires, `maxJobs` are done, or (`once`) the queue is
 * empty with nothing running anywhere, including a dead worker's job still under lease: that one is
 * waited for and claimed when its lease runs out.
 */
export async function runWorker(app: App, opts: WorkerOptions, deps: WorkerDeps, onJob: (r: JobResult) => void): Promise<WorkerSummary> {
  const q = jobQueue(app);
  const t0 = deps.now().getTime();
  const sum: WorkerSummary = { jobs: 0, added: 0, duplicates: 0, failed: 0, retried: 0, lost: 0, seconds: 0, stopped: 'signal', error: null };
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  deps.signal.addEventListener('abort', onAbort, { once: true });
  // idle polling: often enough that a dead worker's job is re-claimed soon after its lease runs out
  const pollMs = Math.min(2000, Math.max(100, opts.leaseSeconds * 250));
  let claimed = 0;
  let queueErrors = 0;
  const queueError = (e: unknown): boolean => {
    if (++queueErrors < MAX_QUEUE_ERRORS) return false;
    sum.stopped = 'error';
    sum.error = `the job queue failed ${MAX_QUEUE_ERRORS} times in a row: ${(e as Error).message}`;
    stop.abort();
    return true;
  };

  const work = async (job: Job, worker: string): Promise<JobResult> => {
    const started = deps.now().getTime();
    const beat = setInterval(() => {
      // a failed renewal is tried again next beat; a lost lease shows when the job completes
      q.renew(job.id, worker, deps.now().toISOString(), { leaseSeconds: opts.leaseSeconds }).catch(() => {});
    }, (opts.leaseSeconds * 1000) / 3);
    let r;
    try {
      r = await runJob(app, job);
    } finally {
      clearInterval(beat);
    }
    const error = r.error && r.error.length > MAX_ERROR ? `${r.error.slice(0, MAX_ERROR)}…` : r.error;
    let recorded = false;
    try {
      recorded = await q.complete(job.id, worker, error === null ? { ok: true } : { ok: false, error }, deps.now().toISOString());
    } catch {
      // not recorded: the lease runs out and the job is run again, which finds its articles there
    }
    const total = r.added + r.duplicates + r.failed;
    return {
      id: job.id,
      item: r.item,
      worker,
      attempt: job.attempts,
      maxAttempts: job.maxAttempts,
      status: error !== null ? 'failed' : total === 1 ? (r.added ? 'added' : 'duplicate') : 'done',
      added: r.added,
      duplicates: r.duplicates,
      failed: r.failed,
      error,
      retry: error !== null && job.attempts < job.maxAttempts,
      lost: !recorded,
      ms: deps.now().getTime() - started,
    };
  };

  const slot = async (n: number): Promise<void> => {
    const worker = `${deps.id}/${n}`;
    while (!stop.signal.aborted) {
      if (opts.maxJobs !== null && claimed >= opts.maxJobs) {
        if (sum.stopped !== 'error') sum.stopped = 'max-jobs';
        return;
      }
      claimed++; // taken before the await, so concurrent slots never overshoot --max-jobs
      let job: Job | null = null;
      try {
        job = await q.claim(worker, deps.now().toISOString(), { kinds: [INGEST], leaseSeconds: opts.leaseSeconds });
        queueErrors = 0;
      } catch (e) {
        claimed--;
        if (queueError(e)) return;
        await deps.sleep(pollMs, stop.signal);
        continue;
      }
      if (!job) {
        claimed--;
        if (opts.once) {
          try {
            const c = await q.counts();
            if (c.queued === 0 && c.running === 0) {
              if (sum.stopped !== 'error') sum.stopped = 'drained';
              return;
            }
          } catch (e) {
            if (queueError(e)) return;
          }
        }
        await deps.sleep(pollMs, stop.signal);
        continue;
      }
      const r = await work(job, worker);
      sum.jobs++;
      sum.added += r.added;
      sum.duplicates += r.duplicates;
      if (r.lost) sum.lost++;
      else if (r.error !== null) r.retry ? sum.retried++ : sum.failed++;
      onJob(r);
    }
  };

  try {
    await Promise.all(Array.from({ length: opts.concurrency }, (_, n) => slot(n)));
  } finally {
    deps.signal.removeEventListener('abort', onAbort);
  }
  if (deps.signal.aborted && sum.stopped !== 'error') sum.stopped = 'signal';
  sum.seconds = (deps.now().getTime() - t0) / 1000;
  return sum;
}

// ---- printing ----

function jobLine(r: JobResult): string {
  const what =
    r.status === 'failed'
      ? `failed (attempt ${r.attempt} of ${r.maxAttempts}${r.retry ? ', will be retried' : ', no attempts left'}): ${r.error}`
      : r.status === 'done'
        ? `${r.added} added, ${r.duplicates} duplicate`
        : r.status;
  const lost = r.lost ? '  (not recorded: the lease ran out and another worker took the job over)' : '';
  return `job ${r.id}  ${r.item}  ${what}${lost}`;
}

export function summaryLine(id: string, s: WorkerSummary): string {
  const rate = s.seconds > 0 ? (s.jobs / s.seconds).toFixed(1) : '—';
  return (
    `Worker ${id}: ${s.jobs} job${s.jobs === 1 ? '' : 's'} in ${s.seconds.toFixed(1)} s (${rate}/s): ${s.added} added, ` +
    `${s.duplicates} duplicate, ${s.failed} failed, ${s.retried} to retry, ${s.lost} taken over; stopped: ${s.stopped}` +
    (s.error ? ` (${s.error})` : '')
  );
}

/** `newsdesk worker`: run jobs, one line each, a summary at the end; the first signal finishes the jobs in progress. */
export async function workerCommand(app: () => Promise<App>, opts: WorkerOptions & { json: boolean }, out: Out): Promise<number> {
  const a = await app();
  const id = `${hostname()}/${process.pid}`;
  const note = (s: string) => (opts.json ? out.err(s) : out.log(s));
  const ac = new AbortController();
  const onSignal = () => {
    if (ac.signal.aborted) {
      out.err('newsdesk worker: stopping now; unfinished jobs are claimed again when their lease runs out.');
      process.exit(130);
    }
    out.err('newsdesk worker: stopping after the job in progress (Ctrl-C again to stop now).');
    ac.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    note(
      `Worker ${id} on ${a.store.kind}: ${opts.concurrency} job${opts.concurrency === 1 ? '' : 's'} at a time, lease ${opts.leaseSeconds} s` +
        `${opts.once ? ', until the queue is empty' : ''} (Ctrl-C stops after the job in progress).`,
    );
    const deps: WorkerDeps = { id, now: () => new Date(), sleep, signal: ac.signal };
    const s = await runWorker(a, opts, deps, (r) => {
      if (opts.json) out.log(JSON.stringify(r));
      else if (r.status === 'failed') out.err(jobLine(r));
      else out.log(jobLine(r));
    });
    if (opts.json) out.log(JSON.stringify({ worker: id, ...s }));
    else note(summaryLine(id, s));
    if (s.stopped === 'error') return 1;
    return opts.once && s.failed > 0 ? 1 : 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** A job as `newsdesk jobs --json` shows it: the item, not the payload (a queued document is a whole article). */
function jobView(j: JobInfo) {
  const { payload: _payload, ...rest } = j;
  return { ...rest, item: jobItem(j) };
}

/** `newsdesk jobs`: counts by status, who holds what, and the last failures with their reasons. */
export async function jobsCommand(app: () => Promise<App>, opts: { limit: number; json: boolean }, out: Out): Promise<number> {
  const q = jobQueue(await app());
  const counts = await q.counts();
  const running = await q.list({ status: 'running', limit: opts.limit });
  const failed = await q.list({ status: 'failed', limit: opts.limit });
  if (opts.json) {
    out.log(JSON.stringify({ counts, running: running.map(jobView), failed: failed.map(jobView) }));
    return 0;
  }
  out.log(`${counts.queued} queued, ${counts.running} running, ${counts.done} done, ${counts.failed} failed`);
  if (running.length) out.log('\nRunning:');
  for (const j of running) {
    out.log(`  job ${j.id}  ${jobItem(j)}  ${j.worker}, attempt ${j.attempts} of ${j.maxAttempts}, lease until ${j.leaseUntil}`);
  }
  if (failed.length) out.log('\nLast failed:');
  for (const j of failed) out.log(`  job ${j.id}  ${j.finishedAt}  ${jobItem(j)}  after ${j.attempts} attempt${j.attempts === 1 ? '' : 's'}: ${j.error}`);
  return 0;
}
