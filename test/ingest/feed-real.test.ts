// Saved real feeds (test/ingest/feeds/, README there) read through the desk's feed reader, as
// `newsdesk add feed.xml` or a fetched feed would be: each case states what the feed carries.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Document } from '../../src/model/index.js';
import type { Fetcher } from '../../src/ingest/fetch.js';
import { parseLoaded } from '../../src/ingest/source.js';
import type { ItemResult } from '../../src/ingest/types.js';

const DIR = join(import.meta.dirname, 'feeds');
const bytes = (name: string) => readFileSync(join(DIR, name));

async function read(name: string, opts: { url?: string | null; xml?: string; fetch?: Fetcher } = {}): Promise<ItemResult[]> {
  const out: ItemResult[] = [];
  const src = { item: name, name, bytes: opts.xml ? Buffer.from(opts.xml) : bytes(name), contentType: null, url: opts.url ?? null };
  for await (const r of parseLoaded(src, { allowFetch: !!opts.fetch, fetch: opts.fetch })) out.push(r);
  return out;
}

const docs = (rs: ItemResult[]): Document[] => rs.map((r) => (r.ok ? r.doc : assert.fail(`${r.item}: ${r.error.message}`)));

// How many items (distinct guids/ids) each saved feed has.
const FEEDS: Record<string, number> = {
  'arcgames-relative-links.rss': 2,
  'braingle-guid-dupes.rss': 1,
  'guardian-us.rss': 2,
  'intertwingly-relative-links.atom': 2,
  'ongoing-xml-base.atom': 2,
  'oreilly-rss092-no-item-dates.rss': 2,
  'tpm.atom': 1,
};

test('every item of every saved feed becomes one article named by its feed and guid', async () => {
  for (const [name, count] of Object.entries(FEEDS)) {
    const rs = await read(name);
    assert.equal(rs.length, count, name);
    for (const r of rs) {
      assert.ok(r.item.startsWith(`${name}#`), r.item);
      assert.ok(r.ok, `${r.item}: ${r.ok ? '' : r.error.message}`);
      assert.ok(r.doc.title && r.doc.text, r.item);
      assert.equal(r.doc.origin, r.item);
    }
  }
});

test('a broken item is an error naming the item, and the items after it still come through', async () => {
  // The O'Reilly example with its first item's title and description taken out: a link alone is no article.
  const xml = bytes('oreilly-rss092-no-item-dates.rss')
    .toString('latin1')
    .replace('<title>The First Item</title>', '')
    .replace('<description>This is the first item.</description>', '');
  const rs = await read('oreilly-rss092-no-item-dates.rss', { xml });
  assert.equal(rs.length, 2);
  assert.ok(!rs[0].ok && rs[0].error.code === 'EMPTY_TEXT');
  assert.match(!rs[0].ok ? rs[0].error.message : '', /^oreilly-rss092-no-item-dates\.rss#http:\/\/www\.oreilly\.com\/example\/001\.html: /);
  assert.ok(rs[1].ok && rs[1].doc.title === 'The Second Item');
});

test('HTML in descriptions and content becomes text: no tags, entities decoded, one paragraph a line', async () => {
  const all = (await Promise.all(Object.keys(FEEDS).map((f) => read(f)))).flatMap(docs);
  for (const d of all) {
    for (const s of [d.title, d.text]) {
      assert.doesNotMatch(s, /<\/?[a-z][^>]*>/i, `${d.origin}: a tag left in ${JSON.stringify(s.slice(0, 80))}`);
      assert.doesNotMatch(s, /&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);/i, `${d.origin}: an entity left`);
    }
  }
  // TPM: escaped HTML whose text is itself entity-encoded (&amp;#8220;).
  const tpm = docs(await read('tpm.atom'))[0];
  assert.ok(tpm.text.includes('“Joining us now is Dr. Sebastian Gorka,” Hannity said on his radio show.'), tpm.text);
  assert.equal(tpm.text.split('\n').length, 6);
  // The Guardian: a list becomes lines; "Related:" is a read-also hint; "Continue reading..." is dropped.
  const [union, train] = docs(await read('guardian-us.rss'));
  assert.deepEqual(union.relatedHints, ["Fact check: Donald Trump's State of the Union address analyzed"]);
  assert.doesNotMatch(union.text, /Related|Continue reading/);
  assert.deepEqual(train.text.split('\n').slice(0, 2), ['One person who was not aboard the train was killed', 'Two crew members and two passengers were taken to a local hospital with minor injuries']);
  // Braingle: feedburner's flare links and tracking pixel leave nothing behind.
  assert.equal(docs(await read('braingle-guid-dupes.rss'))[0].text, "What's the Rebus?\nHow's that; how's that\nCheck Braingle.com for the answer.");
  // ongoing: XHTML content whose source lines break mid-paragraph is one line a paragraph.
  const [cfp] = docs(await read('ongoing-xml-base.atom'));
  assert.equal(cfp.text.split('\n').length, 1);
  assert.ok(cfp.text.startsWith('The Java One Call for Papers closes this Friday the 15th'), cfp.text);
  // arcgames: tags stripped by the publisher left CSS rules in a plain-text description.
  const [, bags] = docs(await read('arcgames-relative-links.rss'));
  assert.doesNotMatch(bags.text, /[{}]|background-position|share-link/);
  assert.ok(bags.text.endsWith('Prophecy of Madness, and Demogorgon!'), bags.text);
});

test('relative links resolve against xml:base, the fetched address or the feed\'s self link', async () => {
  // ongoing: xml:base on the feed (absolute) and on each entry (relative); the link equals the entry id.
  assert.deepEqual(docs(await read('ongoing-xml-base.atom')).map((d) => d.canonicalUrl), [
    'http://www.tbray.org/ongoing/When/200x/2006/12/12/Java-One-CFP',
    'http://www.tbray.org/ongoing/When/200x/2006/12/11/Mac-Crash',
  ]);
  // intertwingly: no xml:base; from a file the rel="self" link is the base, fetched the address is.
  assert.equal(docs(await read('intertwingly-relative-links.atom'))[0].canonicalUrl, 'http://intertwingly.net/blog/2012/07/10/utf8mb4');
  assert.equal(
    docs(await read('intertwingly-relative-links.atom', { url: 'https://intertwingly.net/blog/index.atom' }))[0].canonicalUrl,
    'https://intertwingly.net/blog/2012/07/10/utf8mb4',
  );
  assert.equal(
    docs(await read('tpm.atom'))[0].canonicalUrl,
    'http://talkingpointsmemo.com/livewire/hannity-announces-fox-hired-sebastian-gorka-national-security-strategist',
  );
  // arcgames: every link in the feed is relative, its self link too; fetched, the address resolves them.
  const fetched = docs(await read('arcgames-relative-links.rss', { url: 'http://www.arcgames.com/en/games/neverwinter/news/rss' }));
  assert.equal(fetched[0].canonicalUrl, 'http://www.arcgames.com/en/games/neverwinter/news/detail/10743874-neverwinter-%26-jingle-jam-humble-bundle%21');
  // From a file nothing makes them absolute: no link rather than a path; the isPermaLink="false" guid is not one.
  assert.deepEqual(docs(await read('arcgames-relative-links.rss')).map((d) => d.canonicalUrl), [null, null]);
  // Braingle: no <link>, but a guid is a permalink unless it says otherwise (RSS 2.0).
  assert.equal(docs(await read('braingle-guid-dupes.rss'))[0].canonicalUrl, 'http://www.braingle.com/50366.html');
});

test('a missing date stays null: the channel date is not the item\'s, and nothing is "now"', async () => {
  // The O'Reilly example: the channel has a pubDate, the items have none.
  for (const d of docs(await read('oreilly-rss092-no-item-dates.rss'))) {
    assert.equal(d.published, null);
    assert.equal(d.provenance?.published, undefined);
  }
  // Atom: published, else updated (RFC 4287 §4.2.15 — the reader's documented rule); intertwingly has only updated.
  assert.deepEqual(docs(await read('intertwingly-relative-links.atom')).map((d) => d.published), ['2012-07-10T10:55:32-07:00', '2012-05-29T14:50:26-07:00']);
  // Two-digit years (RFC 822) as arcgames sends them.
  assert.equal(docs(await read('arcgames-relative-links.rss'))[0].published, '2017-12-07T10:00:29-08:00');
});

test('duplicate guids give one article', async () => {
  // Braingle (real): one item carrying its guid twice.
  const braingle = await read('braingle-guid-dupes.rss');
  assert.equal(braingle.length, 1);
  assert.equal(braingle[0].item, 'braingle-guid-dupes.rss#http://www.braingle.com/50366.html');
  // Constructed from the real Guardian feed (no saved real feed repeats an item): its first item again,
  // retitled, at the end, as a feed does when it re-publishes a story. The first one seen is kept.
  const xml = bytes('guardian-us.rss').toString('utf8');
  const first = /<item>[\s\S]*?<\/item>/.exec(xml)![0];
  const again = first.replace(/<title>[^<]*<\/title>/, '<title>Trump State of the Union: updated</title>');
  const rs = docs(await read('guardian-us.rss', { xml: xml.replace('</channel>', `${again}\n</channel>`) }));
  assert.equal(rs.length, 2);
  assert.deepEqual(rs.map((d) => d.title), ['Trump State of the Union address promised unity but emphasized discord', 'Train carrying dozens of GOP lawmakers hits truck in Virginia']);
});

test('a teaser item fetches the page behind its link, found through the guid permalink', async () => {
  const asked: string[] = [];
  const page = `<html><head><title>Huh? - Braingle</title></head><body><article><h1>Huh?</h1>
    <p>What's the Rebus? How's that; how's that. ${'The answer is hidden in the way the words are written on the page. '.repeat(6)}</p></article></body></html>`;
  const fetch: Fetcher = async (req) => {
    asked.push(req.url);
    return { ok: true, value: { notModified: false, status: 200, url: req.url, contentType: 'text/html', bytes: Buffer.from(page), headers: {}, etag: null, lastModified: null } };
  };
  const [d] = docs(await read('braingle-guid-dupes.rss', { fetch }));
  assert.deepEqual(asked, ['http://www.braingle.com/50366.html']);
  assert.ok(d.text.includes('The answer is hidden in the way the words are written'), d.text);
  assert.equal(d.title, 'Huh?');
  assert.equal(d.published, '2014-06-19T06:00:00Z');
  assert.equal(d.origin, 'braingle-guid-dupes.rss#http://www.braingle.com/50366.html');

  // A relative link is fetched at its resolved address, and a failed fetch keeps the item's own text.
  asked.length = 0;
  const failing: Fetcher = async (req) => {
    asked.push(req.url);
    return { ok: false, error: new (await import('../../src/model/index.js')).DeskError('FETCH_FAILED', `${req.url}: 404`, req.url) };
  };
  const fetched = docs(await read('arcgames-relative-links.rss', { url: 'http://www.arcgames.com/en/games/neverwinter/news/rss', fetch: failing }));
  assert.ok(asked.every((u) => u.startsWith('http://www.arcgames.com/en/games/neverwinter/news/detail/')), asked.join(' '));
  assert.ok(fetched[0].text.startsWith('Greetings Adventurers!'));
});
