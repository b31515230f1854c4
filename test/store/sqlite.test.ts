// The Store contract against SQLite: a fresh file per case, in a temp dir removed afterwards.

import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.js';
import { annotations, doc, runStoreContract } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'newsdesk-sqlite-'));
let n = 0;
after(() => rmSync(dir, { recursive: true, force: true }));

runStoreContract('sqlite', (opts) => openStore({ kind: 'sqlite', path: join(dir, `store-${n++}.db`), ...opts }));

// termArticles within given articles reads the terms' postings, or decodes the articles when the
// postings are many (over ~1,000 per article not yet decoded): both plans must give the same answer.
test('SQLite termArticles within articles: the same from postings as from decoded articles', async () => {
  const path = join(dir, `store-${n++}.db`);
  const big = 'Officials said it. '.repeat(1200) + 'Putin spoke in Budapest.';
  const texts = [big, 'Putin said nothing.', 'Budapest is quiet today.'];
  let s = await openStore({ kind: 'sqlite', path });
  const ids: string[] = [];
  for (const t of texts) ids.push((await s.addArticle(doc(t), annotations(t), '2025-10-20T12:00:00.000Z')).id);
  await s.close();
  const norm = (xs: { articleId: string; terms: string[] }[]) =>
    xs.map((x) => `${ids.indexOf(x.articleId)}:${[...x.terms].sort().join(',')}`).sort();
  // reopened, nothing is decoded: 'said' has 1,201 postings, more than one cold article's worth
  s = await openStore({ kind: 'sqlite', path });
  assert.deepEqual(norm(await s.termArticles(['said', 'putin'], { articleIds: [ids[0]] })), ['0:putin,said']);
  // three cold articles' worth is more than the postings: read from the index
  assert.deepEqual(norm(await s.termArticles(['said', 'putin', 'budapest'], { articleIds: ids })),
    ['0:budapest,putin,said', '1:putin,said', '2:budapest']);
  assert.deepEqual(norm(await s.termArticles(['putin', 'budapest'], { articleIds: [ids[1], ids[2]] })), ['1:putin', '2:budapest']);
  await s.close();
  // and the same with every article decoded (their term sets)
  s = await openStore({ kind: 'sqlite', path });
  for (const id of ids) await s.getSentences(id, 'all');
  assert.deepEqual(norm(await s.termArticles(['said', 'putin', 'budapest'], { articleIds: ids })),
    ['0:budapest,putin,said', '1:putin,said', '2:budapest']);
  assert.deepEqual(norm(await s.termArticles(['putin', 'budapest'], { articleIds: [ids[1], ids[2]] })), ['1:putin', '2:budapest']);
  await s.close();
});

// Story signatures are stored as key and weight arrays (format 2) and read back as the same records;
// rows in the plain JSON of before still read.
test('SQLite story signatures: stored as [keys, weights], read back with the same values and key order', async () => {
  const { encodeStorySignature, storySignature } = await import('../../src/store/rows.js');
  const sig = {
    terms: { varga: 0.61, constructor: 0.5, bridge: 0.4, '2024': 0.1 },
    title: { calloway: 1 },
    names: { varga: 1 },
    numbers: ['4.75', '30'],
    minhash: [7, 3, 9],
    published: '2025-03-03',
    story: { members: 2, terms: { bridge: 1.2, inquiry: 0.5 }, names: { varga: 2 }, title: { calloway: 2 }, numbers: ['30'], first: '2025-03-01', last: '2025-03-03' },
  };
  const stored = encodeStorySignature(sig);
  assert.deepEqual(JSON.parse(stored).terms, [['2024', 'varga', 'constructor', 'bridge'], [0.1, 0.61, 0.5, 0.4]]);
  const back = storySignature(stored);
  assert.equal(JSON.stringify(back), JSON.stringify(sig), 'same values, same key order');
  assert.equal(back.terms.constructor, 0.5);
  assert.equal(back.title.constructor, undefined, 'no inherited keys: a term is a weight or absent');
  // the plain JSON of before reads as it is
  assert.deepEqual(storySignature(JSON.stringify(sig)), sig);
  assert.throws(() => storySignature(JSON.stringify({ v: 2, terms: [['a'], []] })), /story signature: a weighted vector must be \[keys, weights\]/);

  const path = join(dir, `store-${n++}.db`);
  const s = await openStore({ kind: 'sqlite', path });
  const a = await s.addArticle(doc('Calloway bridge text.'), annotations('Calloway bridge text.'), '2025-10-20T12:00:00.000Z');
  await s.joinStory({ articleId: a.id, storyId: null, signature: sig, score: 1, reason: 'starts', duplicateOf: null, now: '2025-10-20T12:00:00.000Z' });
  const [m] = await s.storyMembers([a.id]);
  assert.equal(JSON.stringify(m.signature), JSON.stringify(sig));
  // the parsed signature is cached and handed to every caller: no part of it can be changed by one
  const parts = [m.signature, m.signature.terms, m.signature.title, m.signature.names, m.signature.numbers, m.signature.minhash,
    m.signature.story!, m.signature.story!.terms, m.signature.story!.names, m.signature.story!.title, m.signature.story!.numbers];
  for (const p of parts) assert.ok(Object.isFrozen(p), JSON.stringify(p));
  assert.throws(() => { (m.signature.terms as Record<string, number>).bridge = 9; }, TypeError);
  const [again] = await s.storyMembers([a.id]);
  assert.equal(again.signature, m.signature, 'the cached signature');
  assert.equal(again.signature.terms.bridge, 0.4);
  await s.close();
});

// Story signatures are now stored in binary (format 3): the same values in the same key order as the
// JSON formats gave, each weight the same double; a signature it cannot write exactly is stored in
// format 2, and rows of formats 1 and 2 written by earlier code still read.
test('story signatures in format 3: read back as format 2 gave them; older rows still read', async () => {
  const { encodeStorySignature, packStorySignature, readStorySignature, storedStorySignature, storySignature } = await import('../../src/store/rows.js');
  const { deflateRawSync } = await import('node:zlib');
  const same = (a: unknown, b: unknown) => assert.equal(JSON.stringify(a), JSON.stringify(b));
  const sig = {
    terms: { varga: 0.61, constructor: 0.5, bridge: -0.4, '2024': 0.1, 'café': 0.0001 },
    title: { calloway: 1 },
    names: {},
    numbers: ['4.75', '30'],
    minhash: [0, 4294967295, 7, 2147483648],
    published: '2025-03-03',
    story: { members: 70000, terms: { bridge: 1.2, inquiry: 123456.7891 }, names: { varga: 2 }, title: { calloway: 2 }, numbers: ['30'], first: null, last: '2025-03-03' },
  };
  const packed = packStorySignature(sig)!;
  assert.ok(packed && packed[0] === 0x07, 'format 3');
  const back = readStorySignature(packed);
  same(back, sig);
  same(back, storySignature(encodeStorySignature(sig)));
  assert.equal(back.terms.constructor, 0.5);
  assert.equal(back.title.constructor, undefined, 'no inherited keys');
  assert.equal(back.story!.terms.inquiry, 123456.7891);
  // weights that are not k / 10^4 for an int32 k (and -0) are kept as float64, exactly
  const odd = { ...sig, story: undefined } as Record<string, unknown>;
  delete odd.story;
  const floats = { ...odd, published: null, terms: { a: 1 / 3, b: -0, c: 2 ** 40 } };
  const f = readStorySignature(packStorySignature(floats as never)!);
  assert.equal(f.terms.a, 1 / 3);
  assert.ok(Object.is(f.terms.b, -0));
  assert.equal(f.terms.c, 2 ** 40);
  assert.equal(f.published, null);
  assert.equal(f.story, undefined);
  // more than 256 strings: two-byte indexes
  const many = { ...odd, terms: Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`t${i}`, i / 1e4])) };
  same(readStorySignature(packStorySignature(many as never)!), many);
  // not writable exactly as format 3 (another field, a string with a newline): stored as format 2
  for (const x of [{ ...odd, extra: 1 }, { ...odd, numbers: ['a\nb'] }]) {
    assert.equal(packStorySignature(x as never), null);
    const stored = storedStorySignature(x as never);
    assert.notEqual(stored[0], 0x07);
    same(readStorySignature(stored), storySignature(encodeStorySignature(x as never)));
  }
  // rows as earlier code wrote them: format 2 deflated, format 1 as JSON text
  same(readStorySignature(deflateRawSync(Buffer.from(encodeStorySignature(sig)))), sig);
  same(readStorySignature(JSON.stringify(sig)), sig);

  // through the store: a row rewritten in format 2 and one in format 1 (as an older store holds them) read the same
  const path = join(dir, `store-${n++}.db`);
  let s = await openStore({ kind: 'sqlite', path });
  const a = await s.addArticle(doc('Calloway bridge text.'), annotations('Calloway bridge text.'), '2025-10-20T12:00:00.000Z');
  const b = await s.addArticle(doc('Varga spoke at length.'), annotations('Varga spoke at length.'), '2025-10-20T12:00:00.000Z');
  await s.joinStory({ articleId: a.id, storyId: null, signature: sig, score: 1, reason: 'starts', duplicateOf: null, now: '2025-10-20T12:00:00.000Z' });
  await s.joinStory({ articleId: b.id, storyId: null, signature: sig, score: 1, reason: 'starts', duplicateOf: null, now: '2025-10-20T12:00:00.000Z' });
  await s.close();
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(path);
  assert.equal((db.prepare('SELECT signature FROM story_articles WHERE article_id = ?').get(a.id) as { signature: Buffer }).signature[0], 0x07);
  db.prepare('UPDATE story_articles SET signature = ? WHERE article_id = ?').run(deflateRawSync(Buffer.from(encodeStorySignature(sig))), a.id);
  db.prepare('UPDATE story_articles SET signature = ? WHERE article_id = ?').run(JSON.stringify(sig), b.id);
  db.close();
  s = await openStore({ kind: 'sqlite', path });
  const got = await s.storyMembers([a.id, b.id]);
  assert.equal(got.length, 2);
  for (const m of got) same(m.signature, sig);
  await s.close();
});

/** Two connections to one new SQLite file, and a batch add through either. */
async function twoConnections() {
  const path = join(dir, `store-${n++}.db`);
  const a = await openStore({ kind: 'sqlite', path });
  const b = await openStore({ kind: 'sqlite', path });
  const add = (s: typeof a, texts: string[]) => s.addArticles(texts.map((t) => ({ doc: doc(t), ann: annotations(t) })), '2025-10-20T12:00:00.000Z');
  return { a, b, add };
}

// termStats answers a batch's terms from the counts its upserts returned, while no other connection
// has committed since (PRAGMA data_version): a second process adding articles is seen at once, and an
// article rolled back to its savepoint after its terms were counted counts for nothing.
test('SQLite termStats after a batch: the batch counts, and another connection\'s commits', async () => {
  const { a, b, add } = await twoConnections();
  await add(a, ['Putin spoke in Budapest.', 'Putin said it.', 'Budapest is quiet.']);
  const first = await a.termStats(['putin', 'budapest', 'quiet', 'unknown']);
  assert.deepEqual([first.adf, first.df], [{ putin: 2, budapest: 2, quiet: 1, unknown: 0 }, { putin: 2, budapest: 2, quiet: 1, unknown: 0 }]);
  // the other connection commits: a's next answer has its counts
  await add(b, ['Putin is in Budapest again. Putin stays.']);
  const second = await a.termStats(['putin', 'budapest', 'quiet']);
  assert.deepEqual([second.adf, second.df, second.articles], [{ putin: 3, budapest: 3, quiet: 1 }, { putin: 4, budapest: 3, quiet: 1 }, 4]);
  // the first article of this batch fails after its terms were counted (the store's step hook)
  let fail = true;
  (a as unknown as { afterStep: (s: string) => void }).afterStep = (step) => {
    if (step === 'sentences' && fail) {
      fail = false;
      throw new Error('refused');
    }
  };
  const r = await add(a, ['Quiet Putin.', 'Quiet calm.']);
  assert.ok(r[0] instanceof Error && !(r[1] instanceof Error));
  const third = await a.termStats(['putin', 'quiet', 'calm']);
  assert.deepEqual([third.adf, third.df], [{ putin: 3, quiet: 2, calm: 1 }, { putin: 4, quiet: 2, calm: 1 }]);
  await a.close();
  await b.close();
});

// termArticles keeps each term's articles while no other connection commits, and adds this one's
// committed articles to them: the same answers as the index gives.
test('SQLite termArticles across batches and connections: the articles the index holds', async () => {
  const { a, b, add } = await twoConnections();
  const ids: string[] = [];
  const holders = async (term: string) => (await a.termArticles([term])).map((x) => ids.indexOf(x.articleId)).sort();
  for (const r of await add(a, ['Putin met Søren.', 'Putin again.', 'Nothing here.'])) ids.push((r as { id: string }).id);
  assert.deepEqual(await holders('putin'), [0, 1]);
  assert.deepEqual(await holders('søren'), [0]);
  for (const r of await add(b, ['Putin in Berlin with Søren.'])) ids.push((r as { id: string }).id);
  assert.deepEqual(await holders('putin'), [0, 1, 3]);
  for (const r of await add(a, ['Putin here.', 'Søren there.'])) ids.push((r as { id: string }).id);
  assert.deepEqual(await holders('putin'), [0, 1, 3, 4]);
  assert.deepEqual(await holders('søren'), [0, 3, 5]);
  assert.deepEqual(await holders('berlin'), [3]);
  await a.close();
  await b.close();
});
