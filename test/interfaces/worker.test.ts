// Ingest through the job queue on SQLite (one process): `add --queue`, `watch --queue`, `newsdesk
// worker` and `newsdesk jobs` through main, the worker loop in process for signals, --max-jobs and
// lease renewal, and one real process stopped by SIGTERM. Several processes on PostgreSQL, with one
// killed mid-job, are in test/e2e/postgres-workers.test.ts.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { buildApp, loadConfig, type App } from '../../src/app.js';
import type { Fetcher } from '../../src/ingest/index.js';
import { main, type Out } from '../../src/interfaces/cli/main.js';
import { sleep } from '../../src/interfaces/cli/sleep.js';
import { enqueueInputs, ingestPayload, jobQueue, runWorker, type JobResult, type WorkerOptions } from '../../src/interfaces/cli/worker.js';
import { rss, startServer, story, type TestServer } from '../feed-server.js';
import { ROOT } from '../helpers.js';
import { storyText, writeStories } from '../stories.js';

const dirs: string[] = [];
let srv: TestServer;

before(async () => {
  srv = await startServer((req, res) => {
    if (req.url === '/wire.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      return res.end(rss('Valley Wire', [story(1), { guid: 'hollow-9' }, story(2)]));
    }
    res.writeHead(404);
    res.end();
  });
});
after(async () => {
  await srv.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'newsdesk-worker-'));
  dirs.push(d);
  return d;
}

/** The CLI in process, on the SQLite file in `dir`. */
async function nd(dir: string, ...args: string[]): Promise<{ code: number; out: string[]; errs: string[] }> {
  const out: string[] = [];
  const errs: string[] = [];
  const o: Out = { log: (s) => out.push(s), err: (s) => errs.push(s), isTTY: false };
  const code = await main([...args, '--data', dir], o);
  return { code, out, errs };
}

async function appIn(dir: string, deps: { fetch?: Fetcher } = {}): Promise<App> {
  return buildApp(loadConfig({}, { dataDir: dir, allowFetch: !!deps.fetch }), deps);
}

async function withApp<T>(dir: string, fn: (app: App) => Promise<T>): Promise<T> {
  const app = await appIn(dir);
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}

const ONCE: WorkerOptions = { concurrency: 1, once: true, leaseSeconds: 60, maxJobs: null };

function worker(app: App, opts: Partial<WorkerOptions>, signal = new AbortController().signal, id = 'test') {
  const results: JobResult[] = [];
  const run = runWorker(app, { ...ONCE, ...opts }, { id, now: () => new Date(), sleep, signal }, (r) => results.push(r));
  return { results, run };
}

test('add --queue: one job per file, walked as add walks (absolute paths, overrides kept); worker --once adds each; a re-run job finds a duplicate', async () => {
  const dir = tempDir();
  const inputs = join(dir, 'in');
  mkdirSync(join(inputs, 'sub'), { recursive: true });
  const files = [...writeStories(inputs, 3), ...writeStories(join(inputs, 'sub'), 1, 3)];
  writeFileSync(join(inputs, '.hidden.txt'), storyText(9));
  writeFileSync(join(inputs, 'META.json'), JSON.stringify({ 'story-000.txt': { published: '2025-03-18' } }));

  const q = await nd(dir, 'add', '--queue', relative(process.cwd(), inputs), join(dir, 'missing.txt'), '--source', 'Wire');
  assert.equal(q.code, 1, 'a missing input is an error, after queueing the rest');
  assert.match(q.out[0], /^4 jobs queued, 1 failed; run "newsdesk worker"/);
  assert.deepEqual(q.errs, [`failed     ${join(dir, 'missing.txt')}: no such file or directory`]);
  const queued = await withApp(dir, async (app) => jobQueue(app).list({ limit: 10 }));
  assert.deepEqual(
    queued.map((j) => j.payload).reverse(),
    files.map((input) => ({ input, overrides: { source: 'Wire' } })),
    'sorted as add reads them; hidden files and META.json are not jobs',
  );
  assert.deepEqual((await nd(dir, 'jobs')).out, ['4 queued, 0 running, 0 done, 0 failed']);

  const w = await nd(dir, 'worker', '--once');
  assert.equal(w.code, 0, w.errs.join('\n'));
  assert.match(w.out[0], /^Worker .+ on sqlite: 1 job at a time, lease 300 s, until the queue is empty/);
  assert.deepEqual(w.out.slice(1, -1), files.map((f, i) => `job ${i + 1}  ${f}  added`));
  assert.match(w.out.at(-1)!, /: 4 jobs in .* 4 added, 0 duplicate, 0 failed, 0 to retry, 0 taken over; stopped: drained$/);

  await withApp(dir, async (app) => {
    const list = await app.store.listArticles();
    assert.equal(list.length, 4);
    assert.ok(list.every((a) => a.source === 'Wire'), 'overrides travel with the job');
    assert.equal(list.filter((a) => a.published === '2025-03-18').length, 1, 'META.json beside a queued file is honoured');
    // the same inputs again, as a job re-run after a crash would: duplicates, never a second article
    await enqueueInputs(jobQueue(app), [inputs], {}, () => new Date());
    const { results, run } = worker(app, {});
    const s = await run;
    assert.deepEqual(results.map((r) => r.status), ['duplicate', 'duplicate', 'duplicate', 'duplicate']);
    assert.deepEqual([s.jobs, s.added, s.duplicates, s.stopped], [4, 0, 4, 'drained']);
    assert.equal(await app.store.countArticles(), 4);
    const log = await app.store.ingestLog();
    assert.deepEqual([log.filter((l) => l.status === 'added').length, log.filter((l) => l.status === 'duplicate').length], [4, 4]);
  });
});

test('a bad input fails after its attempts run out, with its reason kept; the jobs around it are done', async () => {
  const dir = tempDir();
  const [a, b] = writeStories(dir, 2);
  const blob = join(dir, 'blob.txt');
  writeFileSync(blob, Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
  assert.equal((await nd(dir, 'add', '--queue', a, blob, b)).code, 0);

  const w = await nd(dir, 'worker', '--once');
  assert.equal(w.code, 1, '--once exits 1 when a job failed for good');
  assert.deepEqual(w.out.slice(1, -1), [`job 1  ${a}  added`, `job 3  ${b}  added`]);
  assert.equal(w.errs.length, 3, w.errs.join('\n'));
  w.errs.forEach((line, i) => {
    const left = i < 2 ? 'will be retried' : 'no attempts left';
    assert.equal(line, `job 2  ${blob}  failed (attempt ${i + 1} of 3, ${left}): ${blob}: binary content (NUL or control bytes), not text`);
  });
  assert.match(w.out.at(-1)!, /5 jobs .* 2 added, 0 duplicate, 1 failed, 2 to retry/);

  const jobs = await nd(dir, 'jobs');
  assert.equal(jobs.out[0], '0 queued, 0 running, 2 done, 1 failed');
  assert.match(jobs.out.join('\n'), new RegExp(`Last failed:\\n  job 2  \\S+  ${blob}  after 3 attempts: .*binary content`));
  const json = JSON.parse((await nd(dir, 'jobs', '--json')).out[0]);
  assert.deepEqual(json.counts, { queued: 0, running: 0, done: 2, failed: 1 });
  assert.deepEqual(
    [json.failed[0].id, json.failed[0].item, json.failed[0].attempts, json.failed[0].maxAttempts, 'payload' in json.failed[0]],
    ['2', blob, 3, 3, false],
  );
  assert.match(json.failed[0].error, /not text/);
});

test('a stop signal finishes the job in progress and leaves the rest queued; --max-jobs bounds a run; slots share the queue', async () => {
  const dir = tempDir();
  await withApp(dir, async (app) => {
    const q = jobQueue(app);
    await enqueueInputs(q, writeStories(dir, 6), {}, () => new Date());
    // the signal fires as soon as the first job is claimed, i.e. while it runs
    const ac = new AbortController();
    const claim = q.claim.bind(q);
    q.claim = async (...args) => {
      const job = await claim(...args);
      if (job) ac.abort();
      return job;
    };
    const first = worker(app, { once: false }, ac.signal);
    const s1 = await first.run;
    q.claim = claim;
    assert.deepEqual([s1.jobs, s1.added, s1.stopped, first.results[0].status], [1, 1, 'signal', 'added']);
    assert.deepEqual(await q.counts(), { queued: 5, running: 0, done: 1, failed: 0 }, 'finished, not abandoned');

    const bounded = worker(app, { maxJobs: 2, concurrency: 2 });
    const s2 = await bounded.run;
    assert.deepEqual([s2.jobs, s2.stopped], [2, 'max-jobs']);
    assert.deepEqual(await q.counts(), { queued: 3, running: 0, done: 3, failed: 0 });

    const three = worker(app, { concurrency: 3 });
    const s3 = await three.run;
    assert.deepEqual([s3.jobs, s3.added, s3.stopped], [3, 3, 'drained']);
    assert.ok(three.results.every((r) => /^test\/[012]$/.test(r.worker)));
    assert.equal(await app.store.countArticles(), 6);
  });
});

test('a job longer than its lease renews it, so no other worker claims it meanwhile', async () => {
  const dir = tempDir();
  const url = 'https://news.example/slow.html';
  const html = `<!doctype html><html><head><title>Slow page</title></head><body><article><h1>Slow page</h1>${storyText(5)
    .split('\n')
    .slice(2)
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;
  // the page takes 2.5 s to arrive: longer than the 1 s lease, renewed every third of a second
  const slow: Fetcher = async (req) => {
    await new Promise((r) => setTimeout(r, 2500));
    const bytes = new TextEncoder().encode(html);
    return { ok: true, value: { notModified: false, status: 200, url: req.url, contentType: 'text/html', bytes, headers: {}, etag: null, lastModified: null } };
  };
  const app = await appIn(dir, { fetch: slow });
  try {
    const q = jobQueue(app);
    await enqueueInputs(q, [url], {}, () => new Date());
    const a = worker(app, { leaseSeconds: 1 }, undefined, 'a');
    const tries: (string | null)[] = [];
    for (const ms of [1200, 1900]) {
      await new Promise((r) => setTimeout(r, ms - (tries.length ? 1200 : 0)));
      tries.push((await q.claim('b', new Date().toISOString(), { leaseSeconds: 1 }))?.id ?? null);
    }
    const s = await a.run;
    assert.deepEqual(tries, [null, null], 'the lease was renewed while the page was read');
    assert.deepEqual([s.jobs, s.added, s.lost], [1, 1, 0]);
    assert.deepEqual([a.results[0].attempt, a.results[0].item], [1, url]);
  } finally {
    await app.close();
  }
});

test('watch --queue queues each item read for the workers; an item that cannot be read is logged where it was read', async () => {
  const dir = tempDir();
  const saved = process.env.NEWSDESK_ALLOW_PRIVATE;
  process.env.NEWSDESK_ALLOW_PRIVATE = '1';
  try {
    const feed = `${srv.base}/wire.xml`;
    const w = await nd(dir, 'watch', feed, '--once', '--queue');
    assert.equal(w.code, 0, w.errs.join('\n'));
    assert.match(w.out[0], /wire\.xml {2}2 queued, 1 failed$/);
    assert.match(w.errs[0], /failed {2}.*wire\.xml#hollow-9: /);
    const r = await nd(dir, 'worker', '--once');
    assert.deepEqual(r.out.slice(1, -1), [`job 1  ${feed}#item-1  added`, `job 2  ${feed}#item-2  added`]);
    await withApp(dir, async (app) => {
      const list = await app.store.listArticles();
      assert.deepEqual(list.map((a) => a.source), ['Valley Wire', 'Valley Wire'], 'the documents as the feed gave them');
      const log = await app.store.ingestLog();
      assert.deepEqual(log.map((l) => l.status).sort(), ['added', 'added', 'failed']);
    });
  } finally {
    if (saved === undefined) delete process.env.NEWSDESK_ALLOW_PRIVATE;
    else process.env.NEWSDESK_ALLOW_PRIVATE = saved;
  }
});

test('worker options are validated with one line each', async () => {
  const dir = tempDir();
  for (const args of [['--concurrency', '0'], ['--lease', 'x'], ['--max-jobs', '-1'], ['--concurrency', '33']]) {
    const r = await nd(dir, 'worker', ...args);
    assert.notEqual(r.code, 0, args.join(' '));
    assert.equal(r.errs.length, 1, args.join(' '));
  }
});

test('SIGTERM: a running worker process finishes the job in progress and exits 0, leaving nothing running', async () => {
  const dir = tempDir();
  await withApp(dir, async (app) => {
    await enqueueInputs(jobQueue(app), writeStories(dir, 8), {}, () => new Date());
  });
  const child = spawn(process.execPath, [join(ROOT, 'bin/newsdesk.js'), 'worker', '--data', dir], {
    cwd: ROOT,
    env: { ...process.env, NEWSDESK_DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (c) => {
        stdout += c;
        if (/^job \d+ /m.test(stdout)) resolve();
      });
      child.on('exit', () => reject(new Error(`exited before a job: ${stderr}`)));
    });
    child.kill('SIGTERM');
    assert.equal(await exited, 0, stderr);
    assert.match(stderr, /stopping after the job in progress/);
    assert.match(stdout, /stopped: signal\s*$/);
    const counts = await withApp(dir, async (app) => jobQueue(app).counts());
    assert.equal(counts.running, 0, 'the job in progress was finished, not abandoned');
    assert.equal(counts.done + counts.queued, 8);
    assert.ok(counts.done >= 1);
  } finally {
    clearTimeout(timer);
    child.kill('SIGKILL');
  }
});

test('a queued document keeps its language and provenance through the queue; malformed ones are left out, not fatal', () => {
  const doc = { title: 'T', text: 'Le texte.', byline: null, published: null, canonicalUrl: null, source: 'Le Journal', relatedHints: [], origin: 'feed:x#1' };
  const full = ingestPayload(JSON.parse(JSON.stringify({ item: 'feed:x#1', document: { ...doc, language: 'fr', languageConfidence: 0.93, provenance: { title: 'feed', language: 'meta' } } })));
  assert.ok(full && 'document' in full);
  assert.equal(full.document.language, 'fr');
  assert.equal(full.document.languageConfidence, 0.93);
  assert.deepEqual(full.document.provenance, { title: 'feed', language: 'meta' });
  const odd = ingestPayload({ item: 'feed:x#1', document: { ...doc, language: 7, languageConfidence: 'high', provenance: { title: 'guessed', colour: 'meta' } } });
  assert.ok(odd && 'document' in odd);
  assert.equal(odd.document.language, undefined);
  assert.equal(odd.document.languageConfidence, undefined);
  assert.equal(odd.document.provenance, undefined);
});
