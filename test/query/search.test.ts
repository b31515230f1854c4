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
