// pollFeed against a real HTTP server on 127.0.0.1 that this test starts and stops: conditional
// requests (ETag and Last-Modified), feed-level errors naming the feed, item errors naming the item.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createFetcher, pollFeed, type ItemResult, type ReadOptions } from '../../src/ingest/index.js';
import { rss, startServer, story, type TestServer } from '../feed-server.js';

let srv: TestServer;
let items = [story(1), story(2)];
let version = 1;
const opts: ReadOptions = { fetch: createFetcher({ allowPrivate: true, timeoutMs: 5000 }), allowFetch: true };

before(async () => {
  srv = await startServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/feed.xml') {
      const etag = `"v${version}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag });
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag });
      return res.end(rss('Valley Wire', items));
    }
    if (path === '/dated.xml') {
      const lm = 'Wed, 15 Oct 2025 10:00:00 GMT';
      if (req.headers['if-modified-since'] === lm) {
        res.writeHead(304); // no validators repeated: the caller keeps its own
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'last-modified': lm });
      return res.end(rss('Dated Wire', [story(7)]));
    }
    if (path === '/broken-item.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      return res.end(rss('Mixed Wire', [story(3), { guid: 'hollow-1' }, story(4)]));
    }
    if (path === '/page.html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('<!doctype html><html><head><title>A page</title></head><body><article><p>Just a page.</p></article></body></html>');
    }
    if (path === '/bad.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      return res.end('<rss version="2.0"><channel><item><title>unclosed</channel></rss>');
    }
    if (path === '/empty.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"e"' });
      return res.end(rss('Quiet Wire', []));
    }
    if (path === '/fail') {
      res.writeHead(500, { 'content-type': 'text/plain' });
      return res.end('boom');
    }
    res.writeHead(404);
    res.end();
  });
});
after(() => srv.close());

async function collect(it: AsyncIterable<ItemResult>): Promise<ItemResult[]> {
  const out: ItemResult[] = [];
  for await (const r of it) out.push(r);
  return out;
}

test('first poll reads every item and returns the ETag; the next poll sends If-None-Match and gets 304', async () => {
  const url = `${srv.base}/feed.xml`;
  const first = await pollFeed(url, { etag: null, lastModified: null }, opts);
  assert.ok(first.ok, !first.ok ? first.error.message : '');
  assert.equal(first.value.notModified, false);
  assert.equal(first.value.etag, '"v1"');
  const got = await collect(first.value.items);
  assert.deepEqual(got.map((r) => r.item), [`${url}#item-1`, `${url}#item-2`]);
  assert.ok(got.every((r) => r.ok));
  assert.equal(got[0].ok && got[0].doc.source, 'Valley Wire');
  assert.ok(got[0].ok && got[0].doc.text.length >= 500, 'full item content, no linked page needed');

  const before = srv.seen.length;
  const second = await pollFeed(url, { etag: first.value.etag, lastModified: first.value.lastModified }, opts);
  assert.ok(second.ok);
  assert.equal(srv.seen[before].headers['if-none-match'], '"v1"', 'the validator reached the server');
  assert.equal(second.value.notModified, true);
  assert.equal(second.value.etag, '"v1"');
  assert.deepEqual(await collect(second.value.items), []);

  // The feed changes: a new ETag, the stale one no longer matches, and the new body comes back.
  items = [story(1), story(2), story(5)];
  version = 2;
  const third = await pollFeed(url, { etag: '"v1"', lastModified: null }, opts);
  assert.ok(third.ok);
  assert.equal(third.value.notModified, false);
  assert.equal(third.value.etag, '"v2"');
  assert.equal((await collect(third.value.items)).length, 3);
});

test('Last-Modified is sent back as If-Modified-Since; a bare 304 keeps the caller\'s validators', async () => {
  const url = `${srv.base}/dated.xml`;
  const first = await pollFeed(url, { etag: null, lastModified: null }, opts);
  assert.ok(first.ok);
  assert.equal(first.value.etag, null);
  assert.equal(first.value.lastModified, 'Wed, 15 Oct 2025 10:00:00 GMT');
  await collect(first.value.items);
  const n = srv.seen.length;
  const second = await pollFeed(url, { etag: null, lastModified: first.value.lastModified }, opts);
  assert.ok(second.ok);
  assert.equal(srv.seen[n].headers['if-modified-since'], 'Wed, 15 Oct 2025 10:00:00 GMT');
  assert.equal(second.value.notModified, true);
  assert.equal(second.value.lastModified, 'Wed, 15 Oct 2025 10:00:00 GMT');
});

test('a malformed item fails by name and the items around it still come through', async () => {
  const url = `${srv.base}/broken-item.xml`;
  const r = await pollFeed(url, { etag: null, lastModified: null }, opts);
  assert.ok(r.ok);
  const got = await collect(r.value.items);
  assert.deepEqual(got.map((x) => [x.item, x.ok]), [[`${url}#item-3`, true], [`${url}#hollow-1`, false], [`${url}#item-4`, true]]);
  const bad = got[1];
  assert.ok(!bad.ok && bad.error.message.startsWith(`${url}#hollow-1:`), !bad.ok ? bad.error.message : '');
});

test('feed-level failures are error results that name the feed', async () => {
  const cases: [string, string, RegExp][] = [
    ['/fail', 'FETCH_BAD_STATUS', /HTTP 500/],
    ['/page.html', 'UNSUPPORTED_FORMAT', /not a feed/],
    ['/bad.xml', 'FEED_UNPARSEABLE', /not well-formed/],
  ];
  for (const [path, code, re] of cases) {
    const url = `${srv.base}${path}`;
    const r = await pollFeed(url, { etag: null, lastModified: null }, opts);
    assert.ok(!r.ok, path);
    assert.equal(r.error.code, code, path);
    assert.match(r.error.message, re);
    assert.ok(r.error.message.startsWith(url), r.error.message);
  }
  const nofetch = await pollFeed(`${srv.base}/feed.xml`, { etag: null, lastModified: null }, { allowFetch: false });
  assert.ok(!nofetch.ok && nofetch.error.code === 'FETCH_NOT_ALLOWED');
  const file = await pollFeed('/etc/hosts', { etag: null, lastModified: null }, opts);
  assert.ok(!file.ok && file.error.code === 'BAD_URL');
});

test('a feed with no items is quiet, not an error, and still returns its validators', async () => {
  const r = await pollFeed(`${srv.base}/empty.xml`, { etag: null, lastModified: null }, opts);
  assert.ok(r.ok, !r.ok ? r.error.message : '');
  assert.equal(r.value.etag, '"e"');
  assert.deepEqual(await collect(r.value.items), []);
});

test('the address guard still applies: 127.0.0.1 is refused without allowPrivate', async () => {
  const guarded: ReadOptions = { fetch: createFetcher({ timeoutMs: 5000 }), allowFetch: true };
  const r = await pollFeed(`${srv.base}/feed.xml`, { etag: null, lastModified: null }, guarded);
  assert.ok(!r.ok && r.error.code === 'FETCH_BLOCKED_ADDRESS');
});
