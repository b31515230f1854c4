// add.ts with understand threads: the same report, articles and stories as understanding on the main
// thread, in the same order, with a failed item among them (threads start past the first batch).

import { availableParallelism } from 'node:os';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DeskError, type Document } from '../../src/model/index.js';
import type { ItemResult } from '../../src/ingest/index.js';
import { UnderstandPool, understandHere } from '../../src/query/understand-pool.js';
import { prepareAhead, prepareArticle, rowsFromAhead } from '../../src/store/prepare.js';
import { tempApp } from '../helpers.js';

const PEOPLE = ['Angela Merkel', 'Tony Blair', 'Gordon Brown', 'Jacques Chirac', 'Kofi Annan'];
const PLACES = ['Berlin', 'London', 'Paris', 'Geneva'];

function items(): ItemResult[] {
  const out: ItemResult[] = [];
  for (let i = 0; i < 45; i++) {
    const a = PEOPLE[i % 5];
    const b = PEOPLE[(i + 2) % 5];
    const text = `${a} met ${b} in ${PLACES[i % 4]} on Monday to discuss trade talks number ${i}. ` +
      `"We will not give up," ${a.split(' ')[1]} said. He added that about ${i + 10} people had come.\n\n` +
      `The talks in ${PLACES[(i + 1) % 4]} are due to resume in March ${2000 + i}, officials said.`;
    const doc: Document = {
      title: `Talks ${i}`, text, byline: null, published: `2005-0${1 + (i % 9)}-1${i % 10}`, canonicalUrl: `https://example.org/talks/${i}`,
      source: 'test', relatedHints: [], origin: `talks-${i}.txt`,
      // every other document left for add to detect its language, as app.read gives them (ReadOptions.language 'later')
      ...(i % 2 ? {} : { language: 'en' }),
    };
    out.push(i === 38
      ? { item: `bad-${i}`, ok: false, error: new DeskError('EMPTY_TEXT', `bad-${i}: no text`, `bad-${i}`) }
      : { item: `talks-${i}.txt`, ok: true, doc, ...(doc.language ? {} : { languageLater: { title: doc.title } }) });
  }
  return out;
}

test('add with an understand thread stores what add without one does', async () => {
  const runs = [];
  for (const threads of ['0', '1']) {
    const t = await tempApp({ NEWSDESK_ADD_THREADS: threads });
    try {
      assert.equal(t.app.config.addThreads, Number(threads));
      const report = await t.app.desk.add(items());
      const articles = await Promise.all(report.added.map((a) => t.app.store.getArticle(a.id)));
      const stories = await t.app.store.listStories({ limit: 100 });
      runs.push({ report, articles, stories, log: await t.app.store.ingestLog({ limit: 100 }) });
    } finally {
      await t.dispose();
    }
  }
  assert.equal(runs[0].report.added.length, 44);
  assert.deepEqual(runs[0].report.failed, [{ item: 'bad-38', code: 'EMPTY_TEXT', error: 'bad-38: no text' }]);
  assert.deepEqual(runs[1], runs[0]);
});

test('an understand thread gives the language, annotations and store rows the main thread does, errors included', async () => {
  const pool = new UnderstandPool(1);
  try {
    const docs = items().flatMap((x) => (x.ok ? [x.doc] : []));
    const here = docs.map((d) => understandHere(d, d.language ? undefined : { title: d.title }));
    assert.ok(here.every((u) => u.doc.language === 'en' && u.prepared === undefined));
    assert.equal(here.filter((u) => u.doc.provenance?.language === 'detected').length, docs.filter((d) => !d.language).length);
    assert.ok(docs.some((d) => !d.language));
    const there = await Promise.all(docs.map((d) => pool.understand(d, d.language ? undefined : { title: d.title })));
    assert.deepEqual(there.map(({ doc, ann }) => ({ doc, ann })), here);
    assert.deepEqual(there.map((u) => u.prepared), here.map((u) => prepareAhead(u.doc, u.ann)));
    assert.ok(there.every((u) => u.prepared?.deflated instanceof Uint8Array && u.prepared.sentences.length > 0));
    // what the store writes from them is what it would prepare itself
    there.forEach((u, i) => {
      const own = prepareArticle(here[i].doc, here[i].ann);
      const rows = rowsFromAhead(u.prepared!);
      assert.deepEqual({ ...rows, deflated: undefined }, { ...own, sentences: own.sentences.map(({ idx, start, end, terms }) => ({ idx, start, end, terms })), deflated: undefined });
      assert.deepEqual([...rows.termSentences], [...own.termSentences]); // the order term_df is written in
    });
    // a document without a language that was not left to add keeps none, on a thread as here
    const plain = docs.find((d) => !d.language)!;
    assert.equal(understandHere(plain).doc.language, undefined);
    assert.equal((await pool.understand(plain)).doc.language, undefined);
    // a malformed document throws there as it does here
    const bad = { ...docs[0], text: null as unknown as string };
    const thrown = (() => { try { understandHere(bad); return null; } catch (e) { return (e as Error).message; } })();
    assert.ok(thrown);
    await assert.rejects(pool.understand(bad), (e: Error) => e.message === thrown);
  } finally {
    await pool.close();
  }
});

test('by default add understands on one thread where the machine has a second core, on none with one core', async () => {
  const t = await tempApp({});
  try {
    assert.equal(t.app.config.addThreads, availableParallelism() >= 2 ? 1 : 0);
  } finally {
    await t.dispose();
  }
});
