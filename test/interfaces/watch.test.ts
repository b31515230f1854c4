// `newsdesk watch` against a real HTTP server on 127.0.0.1 that this test starts and stops. The
// schedule runs on a fake clock and a fake sleep, so the loop is bounded and nothing waits.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildApp, loadConfig, type App } from '../../src/app.js';
import { createFetcher } from '../../src/ingest/index.js';
import { main, type Out } from '../../src/interfaces/cli/main.js';
import { loadFeedStates, parseEvery, watchFeeds, type WatchDeps } from '../../src/interfaces/cli/watch.js';
import { rss, startServer, story, type TestServer } from '../feed-server.js';
import { ROOT } from '../helpers.js';

let srv: TestServer;
let wire = { version: 1, items: [story(1), story(2)] };
const dirs: string[] = [];

before(async () => {
  srv = await startServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/wire.xml') {
      const etag = `"w${wire.version}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag });
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag });
      return res.end(rss('Valley Wire', wire.items));
    }
    if (path === '/other.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"o1"' });
      return res.end(rss('Other Wire', [story(20), { guid: 'hollow-9' }, story(21)]));
    }
    if (path === '/page.html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('<!doctype html><html><head><title>Home</title></head><body><p>Welcome.</p></body></html>');
    }
    if (path === '/down.xml') {
      res.writeHead(500);
      return res.end('down');
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
  const d = mkdtempSync(join(tmpdir(), 'newsdesk-watch-'));
  dirs.push(d);
  return d;
}

function capture(): Out & { out: string[]; errs: string[] } {
  const out: string[] = [];
  const errs: string[] = [];
  return { out, errs, log: (s) => out.push(s), err: (s) => errs.push(s), isTTY: false };
}

async function appIn(dir: string): Promise<App> {
  return buildApp(loadConfig({ NEWSDESK_ALLOW_PRIVATE: '1' }, { dataDir: dir }), { now: () => new Date('2026-01-01T00:00:00Z') });
}

/** A clock that only moves when the watch sleeps, and a sleep that runs `steps[i]` on its i-th call. */
function fakeSchedule(steps: (() => void)[]) {
  const ac = new AbortController();
  let t = Date.parse('2026-01-01T00:00:00Z');
  const slept: number[] = [];
  const deps: WatchDeps = {
    fetch: createFetcher({ allowPrivate: true, timeoutMs: 5000 }),
    now: () => new Date(t),
    signal: ac.signal,
    sleep: async (ms) => {
      slept.push(ms);
      t += ms;
      const step = steps[slept.length - 1];
      if (step) step();
      else ac.abort(); // bounded: no step left means stop
    },
  };
  return { deps, slept, abort: () => ac.abort() };
}

test('the loop: new items, then 304 with If-None-Match, then only the new item; a failing feed never stops the others', async () => {
  wire = { version: 1, items: [story(1), story(2)] };
  const dir = tempDir();
  const app = await appIn(dir);
  const wireUrl = `${srv.base}/wire.xml`;
  const downUrl = `${srv.base}/down.xml`;
  const io = capture();
  let wireRequests: typeof srv.seen = [];
  const sched = fakeSchedule([
    () => {}, // round 2: nothing changed
    () => {
      wire = { version: 2, items: [story(3), story(1), story(2)] };
    },
  ]);
  const seenBefore = srv.seen.length;
  try {
    const code = await watchFeeds(app, [downUrl, wireUrl], { everyMs: 15 * 60_000, once: false, json: true }, sched.deps, io);
    assert.equal(code, 0);
    wireRequests = srv.seen.slice(seenBefore).filter((s) => s.path === '/wire.xml');
    const polls = io.out.map((l) => JSON.parse(l));
    const wirePolls = polls.filter((p) => p.feed === wireUrl);
    const downPolls = polls.filter((p) => p.feed === downUrl);

    // Three rounds, each polling both feeds, the failing one first.
    assert.equal(polls.length, 6);
    assert.deepEqual(sched.slept, [900_000, 900_000, 900_000]);
    assert.deepEqual(downPolls.map((p) => p.status), ['failed', 'failed', 'failed']);
    assert.match(downPolls[0].error, /down\.xml: the server answered HTTP 500/);

    assert.deepEqual(wirePolls.map((p) => [p.status, p.added, p.duplicates, p.failed]), [
      ['updated', 2, 0, 0],
      ['not-modified', 0, 0, 0],
      ['updated', 1, 2, 0],
    ]);
    assert.equal(wireRequests[0].headers['if-none-match'], undefined, 'the first poll is unconditional');
    assert.equal(wireRequests[1].headers['if-none-match'], '"w1"', 'the second poll sent the ETag');
    assert.equal(wireRequests[2].headers['if-none-match'], '"w1"');
    assert.equal(await app.store.countArticles(), 3);

    // The state file has the newest validator and the failing feed's error.
    const { states, problem } = await loadFeedStates(dir);
    assert.equal(problem, null);
    assert.equal(states[wireUrl].etag, '"w2"');
    assert.equal(states[wireUrl].lastError, null);
    assert.equal(states[wireUrl].lastPolledAt, '2026-01-01T00:30:00.000Z');
    assert.match(states[downUrl].lastError ?? '', /HTTP 500/);
    assert.equal(states[downUrl].etag, null);
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary files left behind');

    // The feed failure is in the ingest log, like any failed item.
    const log = await app.desk.ingestLog(50);
    assert.ok(log.some((l) => l.item === downUrl && l.status === 'failed'));
  } finally {
    await app.close();
  }
});

test('validators survive a restart: a new run over the same data directory starts conditional', async () => {
  wire = { version: 5, items: [story(1), story(2)] };
  const dir = tempDir();
  const url = `${srv.base}/wire.xml`;
  for (const expect of ['updated', 'not-modified']) {
    const app = await appIn(dir);
    const io = capture();
    try {
      const code = await watchFeeds(app, [url], { everyMs: 60_000, once: true, json: true }, fakeSchedule([]).deps, io);
      assert.equal(code, 0);
      assert.equal(JSON.parse(io.out[0]).status, expect);
    } finally {
      await app.close();
    }
  }
  assert.equal(srv.seen.at(-1)?.headers['if-none-match'], '"w5"');
});

test('a stop signal during the wait ends the loop after the poll, without another round', async () => {
  wire = { version: 1, items: [story(1)] };
  const dir = tempDir();
  const app = await appIn(dir);
  const io = capture();
  const sched = fakeSchedule([]);
  try {
    // The first sleep aborts (no steps): the watch stops with 0 and says so.
    const code = await watchFeeds(app, [`${srv.base}/wire.xml`], { everyMs: 30_000, once: false, json: false }, sched.deps, io);
    assert.equal(code, 0);
    assert.equal(sched.slept.length, 1);
    assert.equal(io.out.filter((l) => l.includes('/wire.xml')).length, 1);
    assert.equal(io.out.at(-1), 'Stopped.');
  } finally {
    await app.close();
  }
});

async function nd(dir: string, ...args: string[]) {
  const io = capture();
  const saved = process.env.NEWSDESK_ALLOW_PRIVATE;
  process.env.NEWSDESK_ALLOW_PRIVATE = '1';
  try {
    const code = await main(['watch', ...args, '--data', dir], io);
    return { code, ...io };
  } finally {
    if (saved === undefined) delete process.env.NEWSDESK_ALLOW_PRIVATE;
    else process.env.NEWSDESK_ALLOW_PRIVATE = saved;
  }
}

test('watch --once: per-feed lines, a bad item named on stderr, exit 1 when a feed failed', async () => {
  wire = { version: 1, items: [story(1), story(2)] };
  const dir = tempDir();
  const ok = await nd(dir, `${srv.base}/other.xml`, '--once');
  assert.equal(ok.code, 0, ok.errs.join('\n'));
  assert.match(ok.out[0], /other\.xml {2}2 new, 0 duplicate, 1 failed$/);
  assert.equal(ok.errs.length, 1);
  assert.match(ok.errs[0], new RegExp(`^  failed  ${srv.base.replace(/\./g, '\\.')}/other\\.xml#hollow-9: `));

  const mixed = await nd(dir, `${srv.base}/page.html`, `${srv.base}/down.xml`, `${srv.base}/wire.xml`, '--once');
  assert.equal(mixed.code, 1);
  assert.match(mixed.errs.join('\n'), /page\.html: not a feed/);
  assert.match(mixed.errs.join('\n'), /down\.xml: the server answered HTTP 500/);
  assert.match(mixed.out.join('\n'), /wire\.xml {2}2 new, 0 duplicate, 0 failed/, 'the good feed is still polled');
});

test('a corrupt feeds.json is reported, kept aside and replaced; the watch goes on', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'feeds.json'), '{"feeds": {"http://x/": {"etag": "');
  const r = await nd(dir, `${srv.base}/wire.xml`, '--once');
  assert.equal(r.code, 0, r.errs.join('\n'));
  assert.match(r.errs[0], /feeds\.json: not valid JSON .*replaced/);
  assert.ok(existsSync(join(dir, 'feeds.json.corrupt')));
  const saved = JSON.parse(readFileSync(join(dir, 'feeds.json'), 'utf8'));
  assert.ok(saved.feeds[`${srv.base}/wire.xml`].etag);

  writeFileSync(join(dir, 'feeds.json'), '[1, 2]');
  const again = await nd(dir, `${srv.base}/wire.xml`, '--once');
  assert.equal(again.code, 0);
  assert.match(again.errs[0], /not a \{"feeds"/);
});

test('--every and the feed list are validated with one line each', async () => {
  assert.equal(parseEvery('30s'), 30_000);
  assert.equal(parseEvery('15m'), 900_000);
  assert.equal(parseEvery('1h'), 3_600_000);
  const dir = tempDir();
  for (const args of [['http://127.0.0.1/f.xml', '--every', '5s'], ['http://127.0.0.1/f.xml', '--every', '15'], ['http://127.0.0.1/f.xml', '--every', '2d'], ['http://127.0.0.1/f.xml', '--every', '25h'], ['feed.xml'], ['ftp://x/f.xml'], []]) {
    const r = await nd(dir, ...args);
    assert.notEqual(r.code, 0, args.join(' '));
    assert.equal(r.errs.length, 1, args.join(' '));
    assert.doesNotMatch(r.errs[0], /\n/);
  }
  assert.match((await nd(dir, 'http://127.0.0.1/f.xml', '--every', '5s')).errs[0], /from 10s to 24h/);
});

test('Ctrl-C (SIGINT) stops a running watch cleanly between polls', async () => {
  wire = { version: 1, items: [story(1)] };
  const dir = tempDir();
  const child = spawn(process.execPath, [join(ROOT, 'bin/newsdesk.js'), 'watch', `${srv.base}/wire.xml`, '--every', '10s', '--data', dir], {
    cwd: ROOT,
    env: { ...process.env, NEWSDESK_ALLOW_PRIVATE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (c) => {
        stdout += c;
        if (/wire\.xml {2}\d+ new/.test(stdout)) resolve();
      });
      child.on('exit', () => reject(new Error(`exited before polling: ${stderr}`)));
    });
    child.kill('SIGINT');
    const code = await exited;
    assert.equal(code, 0, stderr);
    assert.match(stderr, /stopping after the poll in progress/);
    assert.match(stdout, /Stopped\.\s*$/);
    assert.ok(existsSync(join(dir, 'feeds.json')));
  } finally {
    clearTimeout(timer);
    child.kill('SIGKILL');
  }
});
