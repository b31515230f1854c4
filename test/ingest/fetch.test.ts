// The fetcher against a real HTTP server on 127.0.0.1 that this test starts and stops.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { createFetcher, isBlockedAddress } from '../../src/ingest/fetch.js';

let server: http.Server;
let base = '';
const page = '<html><head><title>Hi</title></head><body><p>Hello</p></body></html>';

before(async () => {
  server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"', 'last-modified': 'Wed, 15 Oct 2025 10:00:00 GMT' });
      return res.end(page);
    }
    if (url === '/cached') {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' });
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' });
      return res.end('<rss/>');
    }
    if (url === '/slow') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html>');
      return; // never ends
    }
    if (url === '/big-declared') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(5_000_000) });
      return res.end();
    }
    if (url === '/big-streamed') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = 'x'.repeat(16_384);
      let sent = 0;
      const pump = () => {
        while (sent < 200 && !res.destroyed) {
          sent++;
          if (!res.write(chunk)) return res.once('drain', pump);
        }
        res.end();
      };
      return pump();
    }
    if (url === '/gzip-bomb') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      return res.end(gzipSync(Buffer.alloc(2_000_000, 0x61)));
    }
    if (url === '/gzip') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      return res.end(gzipSync(page));
    }
    if (url.startsWith('/loop')) {
      const n = Number(url.slice(5) || 0);
      res.writeHead(302, { location: `/loop${n + 1}` });
      return res.end();
    }
    if (url === '/hop') {
      res.writeHead(301, { location: '/page' });
      return res.end();
    }
    if (url === '/to-file') {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      return res.end();
    }
    if (url === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' });
      return res.end(Buffer.from([0x89, 0x50]));
    }
    if (url === '/missing') {
      res.writeHead(404, { 'content-type': 'text/html' });
      return res.end('nope');
    }
    res.writeHead(500);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const fetcher = createFetcher({ allowPrivate: true, timeoutMs: 1500, maxBytes: 1_000_000, maxRedirects: 3 });

test('a page: bytes, final URL, content type, headers and validators', async () => {
  const r = await fetcher({ url: `${base}/hop` });
  assert.ok(r.ok && !r.value.notModified);
  if (!r.ok || r.value.notModified) return;
  assert.equal(Buffer.from(r.value.bytes).toString(), page);
  assert.equal(r.value.url, `${base}/page`);
  assert.equal(r.value.contentType, 'text/html; charset=utf-8');
  assert.equal(r.value.etag, '"v1"');
  assert.equal(r.value.lastModified, 'Wed, 15 Oct 2025 10:00:00 GMT');
});

test('gzip bodies are decoded', async () => {
  const r = await fetcher({ url: `${base}/gzip` });
  assert.ok(r.ok && !r.value.notModified && Buffer.from(r.value.bytes).toString() === page);
});

test('conditional request: a matching ETag gives 304, not a body', async () => {
  const r = await fetcher({ url: `${base}/cached`, etag: '"v1"' });
  assert.ok(r.ok && r.value.notModified && r.value.status === 304);
  const fresh = await fetcher({ url: `${base}/cached`, etag: '"old"' });
  assert.ok(fresh.ok && !fresh.value.notModified);
});

test('timeout → FETCH_TIMEOUT', async () => {
  const started = Date.now();
  const r = await fetcher({ url: `${base}/slow` });
  assert.ok(!r.ok && r.error.code === 'FETCH_TIMEOUT');
  assert.ok(Date.now() - started < 5000);
});

test('too large: declared length, streamed body, and a gzip bomb → FETCH_TOO_LARGE', async () => {
  for (const path of ['/big-declared', '/big-streamed', '/gzip-bomb']) {
    const r = await fetcher({ url: `${base}${path}` });
    assert.ok(!r.ok && r.error.code === 'FETCH_TOO_LARGE', path);
  }
});

test('redirect loop → FETCH_TOO_MANY_REDIRECTS; redirects to non-http schemes are refused', async () => {
  const r = await fetcher({ url: `${base}/loop` });
  assert.ok(!r.ok && r.error.code === 'FETCH_TOO_MANY_REDIRECTS');
  const f = await fetcher({ url: `${base}/to-file` });
  assert.ok(!f.ok && f.error.code === 'BAD_URL');
});

test('bad content type and error status', async () => {
  const img = await fetcher({ url: `${base}/image` });
  assert.ok(!img.ok && img.error.code === 'FETCH_BAD_CONTENT_TYPE');
  const missing = await fetcher({ url: `${base}/missing` });
  assert.ok(!missing.ok && missing.error.code === 'FETCH_BAD_STATUS' && /404/.test(missing.error.message));
});

test('private addresses are blocked unless allowPrivate: IP literals and DNS answers alike', async () => {
  const strict = createFetcher({ timeoutMs: 1500 });
  const literal = await strict({ url: `${base}/page` });
  assert.ok(!literal.ok && literal.error.code === 'FETCH_BLOCKED_ADDRESS');
  // A public-looking name that resolves to loopback (DNS rebinding) is caught at connect time.
  const port = new URL(base).port;
  const rebinding = createFetcher({
    timeoutMs: 1500,
    lookup: ((_h: string, _o: unknown, cb: (e: null, a: { address: string; family: number }[]) => void) => cb(null, [{ address: '127.0.0.1', family: 4 }])) as never,
  });
  const named = await rebinding({ url: `http://news.example.com:${port}/page` });
  assert.ok(!named.ok && named.error.code === 'FETCH_BLOCKED_ADDRESS', !named.ok ? named.error.message : 'fetched');
  const ftp = await strict({ url: 'ftp://example.com/x' });
  assert.ok(!ftp.ok && ftp.error.code === 'BAD_URL');
});

test('address ranges: private, loopback, link-local, CGNAT, multicast, IPv6 ULA/loopback/mapped', () => {
  for (const a of ['10.1.2.3', '127.0.0.1', '169.254.169.254', '172.20.0.1', '192.168.1.1', '100.64.0.1', '224.0.0.1', '0.0.0.0', '::1', '::', 'fd00::1', 'fe80::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1']) {
    assert.ok(isBlockedAddress(a), a);
  }
  for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8', '172.32.0.1', '100.128.0.1']) {
    assert.ok(!isBlockedAddress(a), a);
  }
});
