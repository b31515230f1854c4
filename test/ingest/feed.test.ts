import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseJsonFeed, parseXmlFeed } from '../../src/ingest/feed.js';
import { parseLoaded } from '../../src/ingest/source.js';
import type { Fetcher } from '../../src/ingest/fetch.js';
import type { ItemResult } from '../../src/ingest/types.js';

const long = (s: string) => `<p>${s}</p>`.repeat(1) + '<p>' + 'The talks continued through the night and into the morning, officials said. '.repeat(8) + '</p>';

async function results(text: string, name: string, opts: { allowFetch: boolean; fetch?: Fetcher }): Promise<ItemResult[]> {
  const out: ItemResult[] = [];
  for await (const r of parseLoaded({ item: name, name, bytes: Buffer.from(text), contentType: null, url: null }, opts)) out.push(r);
  return out;
}

test('RSS 2.0: title, link, pubDate, dc:creator, feed title as source', () => {
  const xml = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Desk</title>
    <item><title>Talks resume</title><link>https://n.example/a</link><guid>a-1</guid><pubDate>Wed, 15 Oct 2025 10:00:00 GMT</pubDate>
    <dc:creator>Kim Lee</dc:creator><description>Short teaser.</description></item></channel></rss>`;
  const r = parseXmlFeed(xml, 'feed.xml');
  assert.ok(r.ok);
  const it = r.ok ? r.value.items[0] : null;
  assert.equal(r.ok && r.value.title, 'Desk');
  assert.deepEqual({ ...it }, { item: 'feed.xml#a-1', title: 'Talks resume', link: 'https://n.example/a', published: '2025-10-15T10:00:00Z', author: 'Kim Lee', content: '', summary: 'Short teaser.' });
});

test('Atom: alternate link, published before updated, html and text constructs', () => {
  const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Notes</title>
    <entry><title type="html">A &amp;lt;b&amp;gt; tag</title><id>urn:1</id><link rel="self" href="https://n.example/self"/><link href="https://n.example/post"/>
    <updated>2025-10-02T00:00:00Z</updated><published>2025-10-01T00:00:00Z</published><author><name>A. Writer</name></author>
    <summary>Plain &amp; simple</summary></entry></feed>`;
  const r = parseXmlFeed(xml, 'n.atom');
  assert.ok(r.ok);
  const it = r.ok ? r.value.items[0] : null;
  assert.equal(it?.title, 'A <b> tag');
  assert.equal(it?.link, 'https://n.example/post');
  assert.equal(it?.published, '2025-10-01T00:00:00Z');
  assert.equal(it?.author, 'A. Writer');
  assert.equal(it?.summary, 'Plain & simple');
});

test('JSON Feed 1.1: content_html to text, authors joined; other JSON is refused', () => {
  const feed = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '7', url: 'https://j.example/7', title: 'T', content_html: '<p>One</p><p>Two &amp; three</p>', authors: [{ name: 'X' }] }] });
  const r = parseJsonFeed(feed, 'j.json');
  assert.ok(r.ok);
  assert.equal(r.ok && r.value.items[0].content, 'One\nTwo & three');
  const bad = parseJsonFeed('{"items":[]}', 'k.json');
  assert.ok(!bad.ok && bad.error.code === 'FEED_UNPARSEABLE');
});

test('XXE: a feed declaring an external entity is refused, and the file is never read', () => {
  const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&xxe;</title><item><title>x</title></item></channel></rss>`;
  const r = parseXmlFeed(xml, 'evil.xml');
  assert.ok(!r.ok && r.error.code === 'FEED_UNPARSEABLE');
  assert.match(!r.ok ? r.error.message : '', /evil\.xml.*entit/i);
});

// Refused before any expansion: expanding would take 10^9 copies and hit the timeout (a hang guard, not a speed check).
test('billion laughs: nested entity declarations are refused, not expanded', { timeout: 60_000 }, () => {
  let decl = '<!ENTITY lol "lol">';
  for (let i = 1; i <= 9; i++) decl += `<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`;
  const xml = `<?xml version="1.0"?><!DOCTYPE rss [${decl}]><rss><channel><title>&lol9;</title></channel></rss>`;
  const r = parseXmlFeed(xml, 'lol.xml');
  assert.ok(!r.ok && r.error.code === 'FEED_UNPARSEABLE');
});

test('a DOCTYPE without entities is ignored; undefined entities are not expanded from anywhere', () => {
  const xml = `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>Old &amp; fine</title><item><title>Hi</title><link>https://o.example/1</link></item></channel></rss>`;
  const r = parseXmlFeed(xml, 'old.xml');
  assert.ok(r.ok);
  assert.equal(r.ok && r.value.title, 'Old & fine');
});

test('malformed XML → FEED_UNPARSEABLE naming the feed; the rest of a batch is unaffected', async () => {
  const out = await results('<rss><channel><title>x</channel></rss', 'broken.rss', { allowFetch: false });
  assert.equal(out.length, 1);
  assert.ok(!out[0].ok && out[0].error.code === 'FEED_UNPARSEABLE' && out[0].error.message.startsWith('broken.rss'));
});

test('full content is used as is; a teaser fetches the linked page when allowed', async () => {
  const xml = `<rss version="2.0"><channel><title>Desk</title>
    <item><title>Full</title><link>https://n.example/full</link><guid>f</guid><description><![CDATA[${long('Full body.')}]]></description></item>
    <item><title>Teaser</title><link>https://n.example/teaser</link><guid>t</guid><description>Only a teaser.</description></item>
  </channel></rss>`;
  const fetched: string[] = [];
  const page = `<html><head><title>Page</title><meta property="og:site_name" content="N"></head><body><article><h1>Teaser</h1>${long('The whole story from the page.')}</article></body></html>`;
  const fetch: Fetcher = async (req) => {
    fetched.push(req.url);
    return { ok: true, value: { notModified: false, status: 200, url: req.url, contentType: 'text/html', bytes: Buffer.from(page), headers: {}, etag: null, lastModified: null } };
  };
  const withFetch = await results(xml, 'desk.rss', { allowFetch: true, fetch });
  assert.deepEqual(fetched, ['https://n.example/teaser']);
  assert.ok(withFetch[1].ok && withFetch[1].doc.text.includes('The whole story from the page.'));
  assert.equal(withFetch[1].ok && withFetch[1].doc.origin, 'desk.rss#t');
  assert.equal(withFetch[1].ok && withFetch[1].doc.source, 'Desk');

  const noFetch = await results(xml, 'desk.rss', { allowFetch: false, fetch });
  assert.equal(fetched.length, 1);
  assert.ok(noFetch[0].ok && noFetch[0].doc.text.startsWith('Full body.'));
  assert.ok(noFetch[1].ok && noFetch[1].doc.text === 'Only a teaser.');
});

test('a linked page that fails to fetch still leaves a document from the summary', async () => {
  const xml = `<rss version="2.0"><channel><title>Desk</title><item><title>T</title><link>https://n.example/x</link><description>Summary text.</description></item></channel></rss>`;
  const fetch: Fetcher = async (req) => ({ ok: false, error: new (await import('../../src/model/index.js')).DeskError('FETCH_TIMEOUT', `${req.url}: slow`, req.url) });
  const out = await results(xml, 'd.rss', { allowFetch: true, fetch });
  assert.ok(out[0].ok && out[0].doc.text === 'Summary text.');
});
