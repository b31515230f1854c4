// The server's ask pool through real sockets: asks run on worker threads, a full queue is a 429, a late
// ask a 503, and pages answer while asks are held. The hold thread (hold-thread.mjs) stands in for the
// ask work so that "every thread busy" is a state the test sets; the pool, server and routes are real.
// The last tests run the real ask thread and compare it with asking on the request thread.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { BroadcastChannel } from 'node:worker_threads';
import type { AddressInfo } from 'node:net';
import { buildApp, loadConfig } from '../../src/app.js';
import { listen, type Listening } from '../../src/interfaces/http/server.js';
import type { AskPool } from '../../src/interfaces/http/ask-pool.js';
import { DeskError } from '../../src/model/index.js';
import { sampleApp } from '../helpers.js';

const HOLD = new URL('./hold-thread.mjs', import.meta.url);
const NOW = () => new Date('2026-01-01T00:00:00Z');

const channel = new BroadcastChannel('newsdesk-hold-thread');
channel.unref();
const started: string[] = [];
channel.onmessage = (e) => {
  const { started: q } = (e as { data: { started?: string } }).data;
  if (q !== undefined) started.push(q);
};
const release = (q: string) => channel.postMessage({ release: q });
after(() => channel.close());

/** Waits for a state of the pool (not for a duration); fails after 20 s so a bug cannot hang the run. */
async function until(what: string, ok: () => boolean): Promise<void> {
  const end = Date.now() + 20_000;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`gave up waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The sample desk served on 127.0.0.1 with one held ask thread and a wait queue of one. */
async function heldServer(extra: Record<string, string> = {}) {
  const t = await sampleApp({ NEWSDESK_ASK_THREADS: '1', NEWSDESK_ASK_QUEUE: '1', ...extra }, { askThread: HOLD });
  const server = await listen(t.app.http, '127.0.0.1', 0);
  const pool = t.app.asker as AskPool;
  await until('the ask thread ready (listen starts it)', () => pool.load.ready === 1);
  started.length = 0;
  return {
    ...t,
    pool,
    url: server.url,
    get: (path: string) => fetch(server.url + path),
    ask: (q: string) => fetch(server.url + '/v1/ask?q=' + encodeURIComponent(q)),
    async close() {
      release('*');
      await server.close();
      await t.dispose();
    },
  };
}

/** One ask held by the thread and one waiting: the pool is full. */
async function fill(s: Awaited<ReturnType<typeof heldServer>>) {
  const first = s.ask('first');
  await until('the first ask held by the thread', () => s.pool.load.running === 1 && started.includes('first'));
  const second = s.ask('second');
  await until('the second ask waiting', () => s.pool.load.waiting === 1);
  return { first, second };
}

test('with every thread busy and the queue full, the next ask is a 429 BUSY with Retry-After, in JSON and on the ask page', async () => {
  const s = await heldServer();
  try {
    const { first, second } = await fill(s);
    const busy = await s.ask('third');
    assert.equal(busy.status, 429);
    const retry = Number(busy.headers.get('retry-after'));
    assert.ok(Number.isInteger(retry) && retry >= 1, `Retry-After: ${busy.headers.get('retry-after')}`);
    assert.equal((await busy.json()).error.code, 'BUSY');

    const posted = await fetch(s.url + '/v1/ask', { method: 'POST', body: JSON.stringify({ question: 'third' }), headers: { 'content-type': 'application/json' } });
    assert.equal(posted.status, 429);

    const page = await s.get('/ask?q=' + encodeURIComponent('Who is Zelensky?'));
    assert.equal(page.status, 429);
    assert.ok(Number(page.headers.get('retry-after')) >= 1);
    assert.match(await page.text(), /The desk is busy answering other questions\. Retry in \d+ s\./);

    release('*');
    assert.equal((await first).status, 200);
    assert.equal((await second).status, 200);
    assert.deepEqual(started, ['first', 'second'], 'refused asks never reach a thread');
  } finally {
    await s.close();
  }
});

test('article pages, lists and search answer while asks are running and waiting', async () => {
  const s = await heldServer();
  try {
    const { first, second } = await fill(s);
    let asksDone = false;
    void Promise.all([first, second]).then(() => (asksDone = true));

    const list = await s.get('/v1/articles');
    assert.equal(list.status, 200);
    const [a] = (await list.json()).articles;
    for (const path of [`/articles/${a.id}`, `/v1/articles/${a.id}`, '/', '/v1/search?q=Budapest', '/search?q=Budapest', '/entities?type=PERSON']) {
      const res = await s.get(path);
      assert.equal(res.status, 200, path);
      await res.arrayBuffer();
    }
    assert.equal(asksDone, false, 'the pages were answered before the held asks');
    assert.deepEqual(s.pool.load, { ready: 1, running: 1, waiting: 1, furnitureWaiting: 0 });

    release('*');
    assert.deepEqual((await Promise.all([first, second])).map((r) => r.status), [200, 200]);
  } finally {
    await s.close();
  }
});

test('an article page shows its text at once while every ask thread is held; read also and related questions come after, behind the asks', async () => {
  const s = await heldServer();
  try {
    const [a] = (await (await s.get('/v1/articles')).json()).articles;
    const first = s.ask('first');
    await until('the first ask held by the thread', () => started.includes('first'));

    const res = await s.get(`/articles/${a.id}`);
    assert.equal(res.status, 200);
    const body = await res.text();
    assert.match(body, /<mark class="PERSON"/, 'the article and its entities are on the page');
    assert.match(body, new RegExp(`<div class="later" data-part="/articles/${a.id}/read-also\\?fragment=1"`));
    assert.match(body, new RegExp(`<div class="later" data-part="/articles/${a.id}/questions\\?fragment=1"`));
    assert.match(body, new RegExp(`<a href="/articles/${a.id}/questions">Show the related questions</a>`), 'a link for readers without scripts');
    assert.deepEqual(s.pool.load, { ready: 1, running: 1, waiting: 0, furnitureWaiting: 0 }, 'the page asked the pool for nothing');

    // The part the page's script loads waits in its own lane; an ask that arrives after it goes first.
    const part = s.get(`/articles/${a.id}/questions?fragment=1`);
    await until('the related questions waiting', () => s.pool.load.furnitureWaiting === 1);
    const second = s.ask('second');
    await until('the second ask waiting', () => s.pool.load.waiting === 1);
    release('first');
    await until('the next task started', () => started.length === 2);
    assert.deepEqual(started, ['first', 'second'], 'the waiting ask before the furniture that arrived first');
    release('*');
    assert.deepEqual((await Promise.all([first, second])).map((r) => r.status), [200, 200]);
    const fragment = await part;
    assert.equal(fragment.status, 200);
    assert.deepEqual(started, ['first', 'second', `article-questions ${a.id}`]);
    assert.match(await fragment.text(), /^<div class="related-q"><a href="\/ask\?q=Held%20article-questions%20[0-9a-f]+%3F">/);

    // Known now: the next view shows them in the page, and the pool is not asked again.
    const again = await (await s.get(`/articles/${a.id}`)).text();
    assert.match(again, new RegExp(`<div class="related-q"><a href="/ask\\?q=Held%20article-questions%20${a.id}%3F">Held article-questions ${a.id}\\?</a></div>`));
    assert.doesNotMatch(again, /data-part="[^"]*questions/);
    assert.equal(started.length, 3);
  } finally {
    await s.close();
  }
});

test('read also and related questions have a queue of their own: when it is full they are a 429, and asks are still taken', async () => {
  const s = await heldServer();
  try {
    const [a, b] = (await (await s.get('/v1/articles')).json()).articles;
    const first = s.ask('first');
    await until('the first ask held by the thread', () => started.includes('first'));
    const waiting = s.get('/v1/ask/related?q=' + encodeURIComponent('Who is Zelensky?'));
    await until('the related questions waiting', () => s.pool.load.furnitureWaiting === 1);

    const json = await s.get(`/v1/articles/${a.id}/related`);
    assert.equal(json.status, 429);
    assert.ok(Number(json.headers.get('retry-after')) >= 1);
    assert.equal((await json.json()).error.code, 'BUSY');
    // The part a page loads says so, with a link to try again; so does its page for readers without scripts.
    const fragment = await s.get(`/articles/${b.id}/questions?fragment=1`);
    assert.equal(fragment.status, 429);
    assert.match(await fragment.text(), new RegExp(`^<p class="empty" role="alert" data-code="BUSY">The desk is busy answering questions\\. <a href="/articles/${b.id}/questions">Try again</a> in \\d+ s\\.</p>$`));
    const noScript = await s.get(`/articles/${b.id}/questions`);
    assert.equal(noScript.status, 429);
    assert.match(await noScript.text(), /<h1>Explore related questions<\/h1><p class="meta">For <a href="\/articles\/[0-9a-f]+">/);

    const second = s.ask('second');
    await until('the second ask waiting', () => s.pool.load.waiting === 1);
    release('*');
    assert.deepEqual((await Promise.all([first, second, waiting])).map((r) => r.status), [200, 200, 200]);
    assert.deepEqual(started, ['first', 'second', 'Who is Zelensky?']);
  } finally {
    await s.close();
  }
});

test('an ask past its deadline is a 503 ASK_TIMEOUT with Retry-After; the one waiting behind it is dropped, not run', async () => {
  const s = await heldServer({ NEWSDESK_ASK_TIMEOUT: '3' });
  try {
    // Never released. The second waits behind it and has too little time left when the first is stopped.
    const { first, second } = await fill(s);
    for (const res of [await first, await second]) {
      assert.equal(res.status, 503);
      assert.ok(Number(res.headers.get('retry-after')) >= 1);
      const { error } = await res.json();
      assert.equal(error.code, 'ASK_TIMEOUT');
      assert.match(error.message, /within 3 s/);
    }
    await until('the pool idle', () => s.pool.load.running === 0 && s.pool.load.waiting === 0);

    // The held thread was stopped at its deadline and replaced; the fresh thread takes the next ask.
    await until('the replacement thread ready', () => s.pool.load.ready === 1);
    const next = s.ask('next');
    await until('the next ask started', () => started.includes('next'));
    release('next');
    assert.equal((await next).status, 200);
    assert.ok(!started.includes('second'), `ran: ${started.join(', ')}`);
  } finally {
    await s.close();
  }
});

test('the page says when an ask timed out', async () => {
  const s = await heldServer({ NEWSDESK_ASK_TIMEOUT: '0.5' });
  try {
    const page = await s.get('/ask?q=' + encodeURIComponent('Who is Zelensky?'));
    assert.equal(page.status, 503);
    assert.match(await page.text(), /did not answer this question in time\. Retry in \d+ s\./);
  } finally {
    await s.close();
  }
});

test('a thread that cannot start fails the asks waiting for it at once (500), instead of letting them time out', async () => {
  const broken = new URL('data:text/javascript,throw new Error("the store cannot be opened")');
  const t = await sampleApp({ NEWSDESK_ASK_THREADS: '1', NEWSDESK_ASK_TIMEOUT: '60' }, { askThread: broken });
  const quiet = console.error;
  console.error = () => {};
  try {
    const res = await t.app.http.request('/v1/ask?q=Who');
    assert.equal(res.status, 500);
    assert.equal((await res.json()).error.code, 'INTERNAL');
  } finally {
    console.error = quiet;
    await t.dispose();
  }
});

test('ask settings are validated once, from the environment', () => {
  assert.deepEqual(loadConfig({ NEWSDESK_ASK_THREADS: '3' }).ask, { threads: 3, queue: 12, timeoutMs: 15_000, relatedBudgetMs: 1000 });
  assert.equal(loadConfig({ NEWSDESK_RELATED_BUDGET: '0.25' }).ask.relatedBudgetMs, 250);
  assert.equal(loadConfig({ NEWSDESK_ASK_THREADS: '0' }).ask.threads, 0);
  assert.equal(loadConfig({ NEWSDESK_ASK_TIMEOUT: '2.5' }).ask.timeoutMs, 2500);
  for (const env of [{ NEWSDESK_ASK_THREADS: '-1' }, { NEWSDESK_ASK_THREADS: 'two' }, { NEWSDESK_ASK_QUEUE: '1.5' }, { NEWSDESK_ASK_TIMEOUT: '0' }, { NEWSDESK_RELATED_BUDGET: 'x' }]) {
    assert.throws(() => loadConfig(env), (e: unknown) => e instanceof DeskError && e.code === 'BAD_REQUEST' && e.message.includes(Object.keys(env)[0]));
  }
});

// Questions with different paths through ask: a place, an abstention with nearby sentences, a quote,
// a count; each with its checked related questions.
const QUESTIONS = ['Where does Trump plan to meet Putin?', 'What is the capital of Argentina?', 'What did Zelensky say about Tomahawks?', 'How many living hostages were freed?'];

test('the real ask thread answers exactly as the request thread does, on the sample corpus', async () => {
  // A budget no check reaches here: the two must check every proposal to compare what they offer.
  const inline = await sampleApp({ NEWSDESK_ASK_THREADS: '0', NEWSDESK_RELATED_BUDGET: '600' });
  const threaded = await buildApp(loadConfig({ NEWSDESK_ASK_THREADS: '1', NEWSDESK_RELATED_BUDGET: '600' }, { dataDir: inline.dir, allowFetch: false }), { now: NOW });
  const servers: Listening[] = [];
  try {
    for (const app of [inline.app, threaded]) servers.push(await listen(app.http, '127.0.0.1', 0));
    const [a, b] = servers;
    let offered = 0;
    for (const q of QUESTIONS) {
      const path = '/v1/ask?q=' + encodeURIComponent(q);
      const [x, y] = await Promise.all([fetch(a.url + path), fetch(b.url + path)]);
      assert.equal(y.status, 200, q);
      const answer = await y.json();
      assert.deepEqual(answer, await x.json(), q);
      const [rx, ry] = await Promise.all([fetch(a.url + answer.relatedUrl), fetch(b.url + answer.relatedUrl)]);
      assert.equal(ry.status, 200, q);
      const related = await ry.json();
      assert.deepEqual(related, await rx.json(), q);
      assert.equal(related.complete, true, q);
      offered += related.related.length;
    }
    assert.ok(offered > 0, 'some related questions are offered');
    for (const { id } of (await (await fetch(a.url + '/v1/articles')).json()).articles) {
      for (const path of [`/v1/articles/${id}/related`, `/v1/articles/${id}/questions`]) {
        const [x, y] = await Promise.all([fetch(a.url + path), fetch(b.url + path)]);
        assert.equal(y.status, 200, path);
        assert.deepEqual(await y.json(), await x.json(), path);
      }
    }
    // A follow-up on the web desk: the previous turn crosses to the thread with the question.
    const first = await (await fetch(a.url + '/v1/ask?q=' + encodeURIComponent(QUESTIONS[0]))).json();
    const prev = Buffer.from(JSON.stringify({ question: first.question, answer: first.answer, answerType: first.answerType })).toString('base64url');
    const path = `/ask?q=${encodeURIComponent('When will they meet?')}&prev=${prev}`;
    const [x, y] = await Promise.all([fetch(a.url + path), fetch(b.url + path)]);
    assert.equal(y.status, 200);
    const page = await y.text();
    assert.match(page, /Read as: /);
    assert.equal(page, await x.text());
  } finally {
    for (const s of servers) await s.close();
    await threaded.close();
    await inline.dispose();
  }
});

test('with a language model configured, the thread writes the fluent answer the request thread would', async () => {
  const llm: Server = createServer((req, res) => {
    req.resume().on('end', () => {
      const content = 'Trump plans to meet Putin in Budapest [1].';
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] }));
    });
  });
  await new Promise<void>((r) => llm.listen(0, '127.0.0.1', r));
  const env = { NEWSDESK_LLM_URL: `http://127.0.0.1:${(llm.address() as AddressInfo).port}/v1`, NEWSDESK_LLM_MODEL: 'tiny' };
  const inline = await sampleApp({ ...env, NEWSDESK_ASK_THREADS: '0' });
  const threaded = await buildApp(loadConfig({ ...env, NEWSDESK_ASK_THREADS: '1' }, { dataDir: inline.dir, allowFetch: false }), { now: NOW });
  try {
    const path = '/v1/ask?q=' + encodeURIComponent(QUESTIONS[0]);
    const viaThread = await (await threaded.http.request(path)).json();
    assert.equal(viaThread.generated?.model, 'tiny');
    assert.match(viaThread.generated.text, /Budapest/);
    assert.deepEqual(viaThread, await (await inline.app.http.request(path)).json());
  } finally {
    await threaded.close();
    await inline.dispose();
    await new Promise<void>((r) => llm.close(() => r()));
  }
});
