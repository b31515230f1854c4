// The web desk's pure parts: date buckets for the chart, the quote word filter, co-occurrence counts.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleView } from '../../src/model/index.js';
import { barChart, bucketDates } from '../../src/interfaces/web/chart.js';
import { filterTerms, highlightRanges, matchTerms } from '../../src/interfaces/web/terms.js';
import { coOccurrences } from '../../src/interfaces/web/cooccur.js';

test('dates within two months are bucketed by day, gaps filled with zeros', () => {
  const s = bucketDates(['2025-10-20', '2025-10-18T09:00:00Z', '2025-10-18', null, 'soon']);
  assert.equal(s.unit, 'day');
  assert.deepEqual(s.buckets.map((b) => [b.key, b.count]), [['2025-10-18', 2], ['2025-10-19', 0], ['2025-10-20', 1]]);
  assert.equal(s.undated, 2, 'null and unparseable dates are counted apart, not drawn');
});

test('longer spans go by month across a year boundary, and by year past four years', () => {
  const m = bucketDates(['2024-11-30', '2025-02-01']);
  assert.equal(m.unit, 'month');
  assert.deepEqual(m.buckets.map((b) => b.key), ['2024-11', '2024-12', '2025-01', '2025-02']);
  assert.equal(m.buckets[0].label, 'Nov 2024');
  const y = bucketDates(['2015-01-01', '2025-06-01', '2025-07-01']);
  assert.equal(y.unit, 'year');
  assert.equal(y.buckets.length, 11);
  assert.equal(y.buckets.at(-1)!.count, 2);
});

test('no dated items: no chart, a sentence instead', () => {
  assert.deepEqual(bucketDates([null]).buckets, []);
  assert.match(barChart(bucketDates([]), { id: 'x', title: 't', noun: ['article', 'articles'] }).value, /No dated articles/);
});

test('the chart has one bar per bucket, each with its own tooltip, and a table of the non-zero ones', () => {
  const svg = barChart(bucketDates(['2025-10-18', '2025-10-20', '2025-10-20']), { id: 'c', title: 'Articles', noun: ['article', 'articles'] }).value;
  assert.equal(svg.match(/<rect /g)?.length, 3);
  assert.match(svg, /<title>20 Oct 2025: 2 articles<\/title>/);
  assert.match(svg, /<title>19 Oct 2025: 0 articles<\/title>/);
  assert.equal(svg.match(/<tr><td>/g)?.length, 2);
  assert.match(svg, /the most, 2, in 20 Oct 2025/);
});

test('filter words: folded, punctuation ignored, deduplicated', () => {
  assert.deepEqual(filterTerms('  “Tomahawks”, tomahawks! Zelenskyy'), ['tomahawks', 'zelenskyy']);
  assert.deepEqual(filterTerms('Ésta'), ['esta']);
  assert.deepEqual(filterTerms('"" --'), []);
});

test('every word must start a word of the quote; accents and case do not matter', () => {
  const text = 'Zelenskyy wants Tomahawks; “Énergie” matters.';
  assert.deepEqual(matchTerms(text, ['tomahawk']), [[16, 25]]);
  assert.deepEqual(matchTerms(text, ['energie', 'zel'])?.length, 2);
  assert.equal(matchTerms(text, ['hawk']), null, 'not inside a word');
  assert.equal(matchTerms(text, ['tomahawk', 'missile']), null);
  assert.deepEqual(matchTerms(text, []), []);
});

test('highlighting escapes everything around and inside the marks', () => {
  const text = '<b>Tomahawk</b> & more';
  const out = highlightRanges(text, matchTerms(text, ['tomahawk'])!).value;
  assert.equal(out, '&lt;b&gt;<mark class="hit">Tomahawk</mark>&lt;/b&gt; &amp; more');
});

function view(id: string, entities: [string, string, number[]][]): ArticleView {
  return {
    id, title: id, source: null, published: null, canonicalUrl: null, byline: null, language: 'en', languageConfidence: 1, addedAt: '', text: '', origin: '', relatedHints: [],
    sentences: [], quotes: [], times: [], numbers: [], events: [],
    entities: entities.map(([eid, name, sents]) => ({ id: eid, name, type: 'PERSON', titles: [], mentions: sents.map((s) => ({ start: 0, end: 1, text: name, sentence: s })) })),
  };
}

test('co-occurrence counts shared sentences, not mentions, and articles apart', () => {
  const a1 = view('a1', [['me', 'Me', [0, 0, 2]], ['p', 'Putin', [0, 0, 0, 1]], ['x', 'Xi', [2]], ['far', 'Far', [5]]]);
  const a2 = view('a2', [['me', 'Me', [3]], ['x', 'Xi', [3]]]);
  const a3 = view('a3', [['p', 'Putin', [0]], ['x', 'Xi', [0]]]);
  const got = coOccurrences('me', [a1, a2, a3]);
  assert.deepEqual(got.map((c) => [c.entity.name, c.sentences, c.articles]), [['Xi', 2, 2], ['Putin', 1, 1]]);
  assert.equal(coOccurrences('me', [a1, a2, a3], 1).length, 1);
  assert.deepEqual(coOccurrences('nobody', [a1]), []);
});
