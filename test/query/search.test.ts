// Search relevance on the sample corpus; each case says why the expected article wins.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sampleApp } from '../helpers.js';

let t: Awaited<ReturnType<typeof sampleApp>>;
before(async () => {
  t = await sampleApp();
});
after(async () => {
  await t?.dispose();
});

async function topDate(q: string): Promise<string | null> {
  const r = await t.app.desk.search(q);
  assert.ok(r.length > 0, `results for ${q}`);
  return r[0].article.published;
}

test('relevance: the article that holds the rare words comes first', async () => {
  // only the October article mentions Tomahawk missiles
  assert.equal(await topDate('Tomahawk missiles'), '2025-10-18');
  // only the March article speaks of Hezbollah and Iran's backing
  assert.equal(await topDate('Hezbollah backed by Iran'), '2025-03-18');
  // "hostages" is in both; "living hostages freed" only in October
  assert.equal(await topDate('living hostages freed'), '2025-10-18');
});

test('snippets highlight the matched words, inflections included', async () => {
  const [first] = await t.app.desk.search('missile');
  const s = first.snippets[0];
  const marked = s.highlights.map(([a, b]) => s.sentence.slice(a, b).toLowerCase());
  assert.ok(marked.some((w) => w.startsWith('missile')), marked.join(','));
});

test('no terms, no results; stop words alone find nothing', async () => {
  assert.deepEqual(await t.app.desk.search(''), []);
  assert.deepEqual(await t.app.desk.search('the of and'), []);
});

test('a term held by more than 500 articles gives candidates from the articles holding it most', async () => {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { openStore } = await import('../../src/store/index.js');
  const { annotations, doc } = await import('../store/contract.js');
  const { search } = await import('../../src/query/search.js');
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-search-'));
  const store = await openStore({ kind: 'sqlite', path: join(dir, 'x.db') });
  try {
    // stored first: 20 articles naming Zagreb in two short sentences (BM25's favourites); then 500
    // articles naming it in three longer sentences each, which fill its list of 500 (store/topk.ts)
    const fewer: string[] = [];
    for (let i = 0; i < 20; i++) {
      const text = `Zagreb ${i}. Zagreb again. Other things happened elsewhere that day.`;
      fewer.push((await store.addArticle(doc(text, { canonicalUrl: `https://example.org/once/${i}` }), annotations(text), '2025-01-01T00:00:00Z')).id);
    }
    for (let i = 0; i < 500; i++) {
      const text = `In Zagreb the council met for the ${i}th time this year. Zagreb residents waited outside the hall for news. Later Zagreb heard the outcome.`;
      await store.addArticle(doc(text, { canonicalUrl: `https://example.org/about/${i}` }), annotations(text), '2025-01-01T00:00:00Z');
    }
    const found = await search(store, 'Zagreb', { limit: 10 });
    assert.equal(found.length, 10);
    assert.ok(found.every((r) => !fewer.includes(r.article.id)), 'none of the articles that name it in fewer sentences');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
