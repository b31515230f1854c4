// The web desk's pure parts: date buckets for the chart, the quote word filter, co-occurrence counts,
// the story timeline's plot and table.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleView } from '../../src/model/index.js';
import { barChart, bucketDates } from '../../src/interfaces/web/chart.js';
import { filterTerms, highlightRanges, matchTerms } from '../../src/interfaces/web/terms.js';
import { coOccurrences } from '../../src/interfaces/web/cooccur.js';
import { timelinePlot, timelineTable, whenLabel, type TimelineMark } from '../../src/interfaces/web/timeline.js';
import { answerView } from '../../src/interfaces/web/routes.js';

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

const mark = (over: Partial<TimelineMark> & { key: string }): TimelineMark => ({
  date: '2025-10-18',
  granularity: 'day',
  dateFrom: 'text',
  dateText: null,
  cameoLabel: 'CONSULT',
  trigger: 'meet',
  actor: { id: 'a1', name: 'Anna Smith', type: 'PERSON' },
  target: { id: 'l1', name: 'Li Wei', type: 'PERSON' },
  actorPhrase: null,
  actorCameoType: null,
  targetPhrase: null,
  targetCameoType: null,
  place: { id: 'g1', name: 'Geneva', type: 'GPE' },
  modality: 'happened',
  cue: null,
  sentence: 'Anna Smith met Li Wei in Geneva.',
  articleId: 'art1',
  sentenceIndex: 0,
  published: '2025-10-18',
  source: 'Wire A',
  alsoIn: [],
  revises: null,
  ...over,
});

test('when labels keep the date uncertainty: a day, a month, a week, a window', () => {
  assert.equal(whenLabel('2025-10-18', 'day'), '18 Oct 2025');
  assert.equal(whenLabel('2025-10', 'month'), 'Oct 2025');
  assert.equal(whenLabel('2025-W43', 'week'), 'week of 20 Oct 2025');
  assert.equal(whenLabel('2025-10-18/2025-11-01', 'range'), '18 Oct – 1 Nov 2025');
  assert.equal(whenLabel('2025', 'year'), '2025');
  assert.equal(whenLabel(null, null), 'undated');
});

test('the timeline plot: a dot for a day, a bar for a window, a style per modality, a legend, a change linked to what it changes', () => {
  const entries = [
    mark({ key: 'k1', date: '2025-10-18/2025-11-01', granularity: 'range', modality: 'planned', published: '2025-10-18' }),
    mark({ key: 'k2', date: '2025-10-22', modality: 'negated', cue: 'called off', published: '2025-10-22', revises: { key: 'k1', kind: 'called-off' } }),
    mark({ key: 'k3', date: '2025-10-16', modality: 'happened', published: '2025-10-17' }),
    mark({ key: 'k4', date: null, granularity: null }),
  ];
  const svg = timelinePlot(entries, { id: 'tl', title: 'Timeline' }).value;
  assert.match(svg, /<svg width="100%" height="\d+" role="img" aria-labelledby="tl-t tl-d">/);
  // the window is a bar, the single days are dots (the legend's swatches are before the plot)
  const plot = svg.slice(svg.indexOf('<svg width="100%"'));
  assert.equal(plot.match(/<rect class="mark m-planned"/g)?.length, 1);
  assert.equal(plot.match(/<circle class="mark m-negated"/g)?.length, 1);
  assert.equal(plot.match(/<circle class="mark m-happened"/g)?.length, 1);
  assert.equal(plot.match(/class="strike"/g)?.length, 1, 'called off is struck through');
  assert.match(svg, /<line class="rev"[^>]*><title>2 changes 1<\/title>/);
  // the event of 16 Oct reported on 17 Oct: the "as of" tick beside it
  assert.equal(plot.match(/<line class="asof"/g)?.length, 1);
  // every mark links to its table row and says everything in its tooltip
  assert.match(svg, /<a href="#tl-1"><g class="row"><title>1\. 18 Oct – 1 Nov 2025 · planned · consult \(“meet”\): Anna Smith → Li Wei in Geneva · as of 18 Oct 2025, Wire A<\/title>/);
  assert.match(svg, /called off \/ did not happen \(“called off”\)/);
  assert.match(svg, /class="legend tl-legend"[^]*planned[^]*called off[^]*date known only to a window[^]*a later report changes it/);
  assert.match(svg, /1 without a date are in the table only/);
  assert.ok(!svg.includes('viewBox'), 'placed by percentage, so its text keeps its size');
  assert.match(timelinePlot([mark({ key: 'x', date: null })], { id: 'tl', title: 'T' }).value, /No dated events to plot; the table lists them/);
});

test('the timeline table lists every entry: when, what, who, where, status with its change, the cited sentence, as of', () => {
  const entries = [
    mark({ key: 'k1', date: '2025-10-18/2025-11-01', granularity: 'range', dateText: 'within two weeks', modality: 'planned', alsoIn: [{ articleId: 'art9', sentenceIndex: 3, sentence: 'Anna Smith met Li Wei in Geneva.', source: 'Copy Herald', published: '2025-10-19' }] }),
    mark({ key: 'k2', date: '2025-10-22', modality: 'negated', cue: 'called off', articleId: 'art2', sentenceIndex: 4, published: '2025-10-22', source: 'Wire B', revises: { key: 'k1', kind: 'called-off' }, place: null }),
  ];
  const table = timelineTable(entries, { id: 'tl' }).value;
  assert.equal(table.match(/<tr id="tl-\d+"/g)?.length, 2);
  assert.match(table, /<td data-label="When">18 Oct – 1 Nov 2025 <span class="meta">“within two weeks”<\/span><\/td>/);
  assert.match(table, /<td data-label="Who"><a href="\/entities\/a1">Anna Smith<\/a> → <a href="\/entities\/l1">Li Wei<\/a><\/td>/);
  assert.match(table, /<td data-label="Where">—<\/td>/);
  assert.match(table, /changed by <a href="#tl-2">2<\/a>/);
  assert.match(table, /changes <a href="#tl-1">1<\/a>/);
  assert.match(table, /<a href="\/articles\/art2#s-4">Anna Smith met Li Wei in Geneva\.<\/a>/);
  assert.match(table, /also in: <a href="\/articles\/art9#s-3">Copy Herald<\/a>/);
  assert.match(table, /<td data-label="As of">22 Oct 2025<div class="meta">Wire B<\/div><\/td>/);
});

test('a role no entity fills shows as its noun phrase with its CAMEO actor type, in the plot and the table', () => {
  const entries = [
    mark({ key: 'k1', trigger: 'arrested', actor: null, actorPhrase: 'Police', actorCameoType: 'COP', target: { id: 'b1', name: 'Bo Renner', type: 'PERSON' }, place: null }),
    mark({ key: 'k2', trigger: 'blocked', actor: null, actorPhrase: 'the creditors', actorCameoType: 'BUS', target: null, targetPhrase: 'striking workers', targetCameoType: null, place: null }),
  ];
  const svg = timelinePlot(entries, { id: 'tl', title: 'T' }).value;
  // the tooltip and the wide label carry the type; the narrower label has room for the phrase only
  assert.match(svg, /<title>1\. 18 Oct 2025 · happened · consult \(“arrested”\): Police \(COP\) → Bo Renner · as of/);
  assert.match(svg, /<text class="label l"[^>]*>1\. arrested: Police \(COP\) → Bo Ren/);
  assert.match(svg, /<text class="label m"[^>]*>1\. arrested: Police<\/text>/);
  assert.match(svg, /<text class="label l"[^>]*>2\. blocked: the creditors \(BUS\) → /);
  assert.doesNotMatch(svg, /: — |: → |: <\/text>/, 'no row without its actor');
  const table = timelineTable(entries, { id: 'tl' }).value;
  assert.match(table, /<td data-label="Who"><span class="phrase">Police<\/span> <abbr class="atype" title="CAMEO actor type: police">COP<\/abbr> → <a href="\/entities\/b1">Bo Renner<\/a><\/td>/);
  // a phrase WordNet gives no type shows without one
  assert.match(table, /<span class="phrase">the creditors<\/span> <abbr class="atype" title="CAMEO actor type: business">BUS<\/abbr> → <span class="phrase">striking workers<\/span><\/td>/);
  const evil = mark({ key: 'k3', actor: null, actorPhrase: '<script>x</script>', actorCameoType: 'GOV' });
  for (const out of [timelinePlot([evil], { id: 'tl', title: 'T' }).value, timelineTable([evil], { id: 'tl' }).value]) assert.doesNotMatch(out, /<script>/);
});

test('timeline text from articles is escaped in the plot and the table', () => {
  const evil = '<script>alert(1)</script>';
  const e = mark({ key: 'k1', trigger: evil, sentence: `${evil} said`, source: `"><img src=x onerror=alert(2)>`, actor: { id: '"><b>', name: evil, type: 'PERSON' }, cue: evil, dateText: evil });
  for (const out of [timelinePlot([e], { id: 'tl', title: evil }).value, timelineTable([e], { id: 'tl' }).value]) {
    assert.doesNotMatch(out, /<script>|<img|"><b>/);
    assert.match(out, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  }
});

test('the time axis has two to four ticks whatever the span, the first with its year', () => {
  for (const [from, to] of [['2003-03-07', '2003-03-17'], ['2025-09-01', '2025-10-31'], ['2023-10-07', '2025-10-18'], ['2025-10-18', '2025-10-18']]) {
    const svg = timelinePlot([mark({ key: 'a', date: from, published: from }), mark({ key: 'b', date: to, published: to })], { id: 'tl', title: 'T' }).value;
    const ticks = [...svg.matchAll(/<text class="tick"[^>]*>([^<]+)</g)].map((m) => m[1]);
    assert.ok(ticks.length >= 2 && ticks.length <= 4, `${from}..${to}: ${ticks.join(', ')}`);
    assert.doesNotMatch(svg, /a later report changes it/, 'no revision, no legend entry for one');
    assert.match(ticks[0], /\d{4}$/, `${from}..${to}: ${ticks.join(', ')}`);
  }
});

test('an answer whose sources differ says so under its citations, with the other article cited, escaped', () => {
  const cite = (n: number, articleId: string, sentence: string, source: string, published: string) => ({ n, articleId, title: 'T', url: null, source, published, sentence, sentenceIndex: 2, start: 0, end: 1 });
  const page = answerView({
    question: 'How many jobs are at risk?',
    answer: '1,200',
    abstained: false,
    confidence: 0.8,
    answerType: 'number',
    citations: [cite(1, 'a1', '1,200 jobs are at risk.', 'Wire A', '2025-10-13')],
    related: [],
    asOf: '2025-10-13',
    disagreement: { answer: '2,000 <b>', citations: [cite(1, 'a2', '2,000 jobs are at risk.', 'Wire <B>', '2025-10-15')] },
  }).value;
  assert.match(page, /<span class="as-of">as of 13 Oct 2025<\/span>/);
  assert.match(page, /<div class="disagree" role="note"><p><strong>Sources differ:<\/strong> another article says <b>2,000 &lt;b&gt;<\/b>\.<\/p><ul class="cites"><li><a href="\/articles\/a2#s-2">2,000 jobs are at risk\.<\/a><span class="src">T · Wire &lt;B&gt; · 15 Oct 2025<\/span>/);
});
