import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { canonicalizeUrl, contentHash, createFetcher, extractDocument, readSource, sourceInputs, type ItemResult, type ReadOptions } from '../../src/ingest/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ingest-source-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function all(input: string, opts: ReadOptions = { allowFetch: false }): Promise<ItemResult[]> {
  const out: ItemResult[] = [];
  for await (const r of readSource(input, opts)) out.push(r);
  return out;
}

const story = (n: number) => `Story ${n} text. The council met on Monday and agreed the budget.\n`;

test('a directory: recursive, sorted, hidden names skipped, META.json applied, overrides win', async () => {
  const root = join(dir, 'corpus');
  mkdirSync(join(root, 'sub'), { recursive: true });
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, 'b.txt'), story(2));
  writeFileSync(join(root, 'a.txt'), story(1));
  writeFileSync(join(root, 'sub', 'c.md'), `# Third\n\n${story(3)}`);
  writeFileSync(join(root, '.hidden.txt'), story(9));
  writeFileSync(join(root, '.git', 'x.txt'), story(9));
  writeFileSync(join(root, 'META.json'), JSON.stringify({ note: 'ignored', 'a.txt': { published: '2025-03-18', source: 'Wire', title: 'Given title' }, 'b.txt': { published: 'soon' } }));
  const out = await all(root);
  assert.deepEqual(out.map((r) => r.item.slice(root.length + 1)), ['a.txt', 'b.txt', 'sub/c.md']);
  assert.ok(out[0].ok && out[0].doc.published === '2025-03-18' && out[0].doc.source === 'Wire' && out[0].doc.title === 'Given title');
  assert.ok(!out[1].ok && out[1].error.code === 'BAD_DATE' && out[1].error.message.includes('b.txt'));
  assert.ok(out[2].ok && out[2].doc.title === 'Third' && out[2].doc.published === null);

  const over = await all(root, { allowFetch: false, overrides: { published: '2025-10-18', source: 'Mine' } });
  assert.ok(over.filter((r) => r.ok).every((r) => r.ok && r.doc.published === '2025-10-18' && r.doc.source === 'Mine'));

  // A single file still finds the META.json beside it.
  const single = await all(join(root, 'a.txt'));
  assert.ok(single[0].ok && single[0].doc.published === '2025-03-18');
});

test('sourceInputs lists what readSource reads, one source each (queued as one job per file)', async () => {
  const root = join(dir, 'listed');
  mkdirSync(join(root, 'sub'), { recursive: true });
  mkdirSync(join(root, '.git'));
  for (const [p, n] of [['b.txt', 2], ['a.txt', 1], ['sub/c.txt', 3], ['.hidden.txt', 9], ['.git/x.txt', 9]] as const) writeFileSync(join(root, p), story(n));
  writeFileSync(join(root, 'META.json'), JSON.stringify({ 'a.txt': { published: '2025-03-18' } }));
  const listed: string[] = [];
  for await (const r of sourceInputs(root)) if (r.ok) listed.push(r.value);
  assert.deepEqual(listed, (await all(root)).map((r) => r.item), 'same files, same order, META.json not among them');
  const one: ItemResult[] = [];
  for (const f of listed) one.push(...(await all(f)));
  assert.deepEqual(one, await all(root), 'reading them one by one gives the same documents (META.json honoured)');

  const odd: string[] = [];
  for (const input of [join(root, 'a.txt'), 'https://example.org/feed.xml', 'ftp://example.org/x', join(root, 'nope.txt')]) {
    for await (const r of sourceInputs(input)) odd.push(r.ok ? `ok ${r.value}` : `${r.error.code} ${r.error.message}`);
  }
  assert.deepEqual(odd, [
    `ok ${join(root, 'a.txt')}`,
    'ok https://example.org/feed.xml',
    'BAD_URL ftp://example.org/x: only http and https URLs are read',
    `FILE_UNREADABLE ${join(root, 'nope.txt')}: no such file or directory`,
  ]);
});

test('the sample seeds get their dates from sample/META.json', async () => {
  const out = await all(new URL('../../sample', import.meta.url).pathname);
  assert.deepEqual(out.map((r) => r.ok && r.doc.published), ['2025-03-18', '2025-10-18']);
});

test('--published must be a real YYYY-MM-DD day → BAD_DATE', async () => {
  for (const bad of ['2025-02-30', '18/10/2025', '2025-10']) {
    const out = await all(dir, { allowFetch: false, overrides: { published: bad } });
    assert.equal(out.length, 1);
    assert.ok(!out[0].ok && out[0].error.code === 'BAD_DATE', bad);
  }
});

test('missing files, unsupported formats and URLs without permission fail with their codes', async () => {
  const missing = await all(join(dir, 'nope.txt'));
  assert.ok(!missing[0].ok && missing[0].error.code === 'FILE_UNREADABLE' && missing[0].error.message.includes('nope.txt'));
  writeFileSync(join(dir, 'data.bin.xml'), '<?xml version="1.0"?><catalog><book/></catalog>');
  const xml = await all(join(dir, 'data.bin.xml'));
  assert.ok(!xml[0].ok && xml[0].error.code === 'UNSUPPORTED_FORMAT');
  const url = await all('https://example.com/a', { allowFetch: false });
  assert.ok(!url[0].ok && url[0].error.code === 'FETCH_NOT_ALLOWED');
  const ftp = await all('ftp://example.com/a', { allowFetch: true, fetch: createFetcher() });
  assert.ok(!ftp[0].ok && ftp[0].error.code === 'BAD_URL');
});

test('a URL is fetched, detected (page or feed) and extracted', async () => {
  const para = '<p>' + 'Rescue teams reached the village after the river burst its banks on Sunday night. '.repeat(6) + '</p>';
  const server = http.createServer((req, res) => {
    if (req.url === '/story') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<html><head><title>Flood | Valley Post</title><meta property="og:site_name" content="Valley Post"><meta property="article:published_time" content="2025-10-12T08:00:00Z"><link rel="canonical" href="/story?utm_source=x"></head><body><nav><a href="/">Home</a></nav><article><h1>Flood</h1>${para}${para}</article><footer>© Valley Post</footer></body></html>`);
    } else if (req.url === '/gone') {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('gone');
    } else {
      // The item links to a page that is gone: the summary still makes a document.
      const link = `http://127.0.0.1:${(server.address() as AddressInfo).port}/gone`;
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(`<feed xmlns="http://www.w3.org/2005/Atom"><title>VP</title><entry><id>1</id><title>Flood</title><link href="${link}"/><summary>Short.</summary></entry></feed>`);
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const opts = { allowFetch: true, fetch: createFetcher({ allowPrivate: true, timeoutMs: 2000 }) };
    const [page] = await extractDocument(`${base}/story`, opts);
    assert.ok(page.ok, page.ok ? '' : page.error.message);
    if (!page.ok) return;
    assert.equal(page.doc.title, 'Flood');
    assert.equal(page.doc.source, 'Valley Post');
    assert.equal(page.doc.published, '2025-10-12T08:00:00Z');
    assert.equal(page.doc.canonicalUrl, `${base}/story`);
    assert.ok(page.doc.text.startsWith('Rescue teams reached the village'));
    assert.ok(!page.doc.text.includes('Home') && !page.doc.text.includes('©'));
    const feed = await extractDocument(`${base}/feed`, { allowFetch: true, fetch: createFetcher({ allowPrivate: true, timeoutMs: 500 }) });
    assert.equal(feed.length, 1);
    assert.ok(feed[0].ok && feed[0].item === `${base}/feed#1` && feed[0].doc.text === 'Short.' && feed[0].doc.source === 'VP');
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
});

test('dedup keys: content hash ignores case, spacing and punctuation; URLs lose tracking', () => {
  assert.equal(contentHash('Trump met Putin — in Budapest.'), contentHash('trump  met putin in budapest'));
  assert.notEqual(contentHash('Trump met Putin'), contentHash('Putin met Trump'));
  assert.equal(canonicalizeUrl('HTTPS://News.Example.COM/a/b/?utm_source=x&id=3&fbclid=y#top'), 'https://news.example.com/a/b?id=3');
  assert.equal(canonicalizeUrl('https://news.example.com/'), 'https://news.example.com');
  assert.equal(canonicalizeUrl('https://news.example.com/x?gclid=1'), 'https://news.example.com/x');
  assert.equal(canonicalizeUrl('mailto:a@b.c'), null);
});
