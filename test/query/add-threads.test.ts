// add.ts with understand threads: the same report, articles and stories as understanding on the main
// thread, in the same order, with a failed item among them (threads start past the first batch).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DeskError, type Document } from '../../src/model/index.js';
import type { ItemResult } from '../../src/ingest/index.js';
import { UnderstandPool } from '../../src/query/understand-pool.js';
import { annotate } from '../../src/understand/index.js';
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
      source: 'test', relatedHints: [], origin: `talks-${i}.txt`, language: 'en',
    };
    out.push(i === 38 ? { item: `bad-${i}`, ok: false, error: new DeskError('EMPTY_TEXT', `bad-${i}: no text`, `bad-${i}`) } : { item: `talks-${i}.txt`, ok: true, doc });
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

test('an understand thread gives the annotations the main thread does, errors included', async () => {
  const pool = new UnderstandPool(1);
  try {
    const docs = items().flatMap((x) => (x.ok ? [x.doc] : []));
    const inputs = docs.map((d) => ({ text: d.text, published: d.published, language: d.language }));
    assert.deepEqual(await Promise.all(inputs.map((i) => pool.annotate(i))), inputs.map((i) => annotate(i)));
    // a malformed input throws there as it does here
    const bad = { text: null as unknown as string, published: null };
    const here = (() => { try { annotate(bad); return null; } catch (e) { return (e as Error).message; } })();
    assert.ok(here);
    await assert.rejects(pool.annotate(bad), (e: Error) => e.message === here);
  } finally {
    await pool.close();
  }
});
