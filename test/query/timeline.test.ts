// The timeline of a story, on articles written here in the style of news and ingested through the
// real pipeline (ingest → understand → store), then read back as stored ArticleViews. Each case
// states why the entry is expected.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, loadConfig, type App } from '../../src/app.js';
import type { ArticleView, Document } from '../../src/model/index.js';
import { buildTimeline, type TimelineEntry } from '../../src/query/index.js';
import { valueInterval } from '../../src/query/ask/when.js';
import { sampleApp } from '../helpers.js';

const doc = (title: string, text: string, published: string | null, source: string): { item: string; ok: true; doc: Document } => ({
  item: title,
  ok: true,
  doc: { title, text, published, byline: null, canonicalUrl: null, source, relatedHints: [], origin: title },
});

/** Ingests the documents into a fresh desk and returns their stored views, in the order given. */
async function views(docs: ReturnType<typeof doc>[]): Promise<ArticleView[]> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-timeline-'));
  const app: App = await buildApp(loadConfig({}, { dataDir: dir, allowFetch: false }), { now: () => new Date('2026-01-01T00:00:00Z') });
  try {
    const report = await app.desk.add(docs);
    assert.equal(report.added.length, docs.length, JSON.stringify(report));
    const out: ArticleView[] = [];
    for (const a of report.added) out.push((await app.desk.article(a.id))!);
    return out;
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const who = (e: TimelineEntry) => `${e.actor?.name ?? '-'} → ${e.target?.name ?? '-'}`;
const show = (tl: TimelineEntry[]) => tl.map((e) => `${e.date} ${e.cameo} ${e.trigger} ${who(e)} ${e.modality}${e.cue ? ` (${e.cue})` : ''}`).join('\n');

test('a plan, then its call-off in a later article: both shown, linked, each as of its own date', async () => {
  const [plan, off] = await views([
    doc('Smith to meet Li', 'Foreign minister Anna Smith will meet Li Wei in Geneva next week, officials said. The talks are expected to focus on trade.', '2025-10-18', 'Wire A'),
    doc('Geneva meeting off', 'The planned meeting between Anna Smith and Li Wei in Geneva has been called off, officials said on Wednesday. No new date was given.', '2025-10-22', 'Wire B'),
  ]);
  const tl = buildTimeline([off, plan]);
  const planned = tl.find((e) => e.articleId === plan.id && e.cameo === '04');
  const called = tl.find((e) => e.articleId === off.id && e.cameo === '04');
  assert.ok(planned && called, show(tl));
  // "will meet ... next week": planned, the week after 18 October, from the text
  assert.equal(planned.modality, 'planned');
  assert.equal(planned.date, '2025-W43');
  assert.equal(planned.granularity, 'week');
  assert.equal(planned.dateFrom, 'text');
  // "has been called off": negated by the words after the trigger, whatever events.ts read before it
  assert.equal(called.modality, 'negated');
  assert.equal(called.cue, 'called off');
  assert.deepEqual(called.revises, { key: planned.key, kind: 'called-off' });
  assert.deepEqual(planned.revisedBy, [called.key]);
  // "on Wednesday" is across the comma, the time of the saying: the call-off stands where the plan stood
  assert.equal(called.date, '2025-W43');
  assert.equal(called.dateFrom, 'revised');
  assert.equal(called.published, '2025-10-22');
  assert.equal(called.source, 'Wire B');
  // "officials said" after "next week," has no date of its own: not on the timeline; "officials said
  // on Wednesday" has one, but unnamed officials are no actor (it used to read as Li Wei, the last
  // name before it), and a timeline entry needs an actor or a target
  assert.ok(!tl.some((e) => e.cameo === '01' && e.articleId === plan.id), show(tl));
  assert.ok(!tl.some((e) => e.cameo === '01' && e.articleId === off.id), show(tl));
  // on request, statements without a date of their own are kept too ("will say ..." is planned, so it
  // has no publication date either and needs `undated`)
  // ("officials" name nobody, so a named speaker shows it)
  const [named] = await views([doc('Smith to speak', 'Anna Smith will say more about the talks, her office said.', '2025-10-19', 'Wire C')]);
  assert.ok(!buildTimeline([named]).some((e) => e.cameo === '01' && e.date === null));
  assert.ok(buildTimeline([named], { includeStatements: true, undated: true }).some((e) => e.cameo === '01' && e.date === null));
});

test('"put on hold" and "postponed" after or before the trigger call a plan off', async () => {
  const [plan, hold, later] = await views([
    doc('Summit set', 'President Maria Costa is due to meet Chancellor Karl Brandt in Lisbon next month, her spokesman said.', '2025-10-01', 'Wire A'),
    doc('Summit on hold', 'Maria Costa’s meeting with Karl Brandt in Lisbon is now on hold amid a row over tariffs.', '2025-10-09', 'Wire B'),
    doc('Summit moved', 'President Maria Costa has postponed her meeting with Karl Brandt until December.', '2025-10-15', 'Wire C'),
  ]);
  const tl = buildTimeline([plan, hold, later]);
  const p = tl.find((e) => e.articleId === plan.id && e.cameo === '04');
  const h = tl.find((e) => e.articleId === hold.id && e.cameo === '04');
  const l = tl.find((e) => e.articleId === later.id && e.cameo === '04');
  assert.ok(p && h && l, show(tl));
  assert.equal(p.date, '2025-11');
  assert.equal(p.granularity, 'month');
  assert.equal(h.cue, 'on hold');
  assert.equal(h.revises?.key, p.key);
  // the postponement revises the latest state (on hold), and carries its new date, December
  assert.equal(l.cue, 'postponed');
  assert.equal(l.modality, 'negated');
  assert.equal(l.revises?.key, h.key);
  assert.equal(l.date, '2025-12');
});

test('a plan that went ahead, and one that a later "will not" takes back', async () => {
  const [plan, done, other, no] = await views([
    doc('Talks set', 'Anna Smith will meet Li Wei in Geneva on Monday.', '2025-10-18', 'Wire A'),
    doc('Talks held', 'Anna Smith met Li Wei in Geneva on Monday.', '2025-10-21', 'Wire B'),
    doc('Visit set', 'Prime Minister Ellen Varga will visit Tomas Ridley in Prague next month.', '2025-10-18', 'Wire A'),
    doc('Visit off', 'Ellen Varga will not visit Tomas Ridley in Prague next month after all.', '2025-10-25', 'Wire C'),
  ]);
  const tl = buildTimeline([plan, done, other, no]);
  const at = (a: ArticleView) => tl.find((e) => e.articleId === a.id && e.cameo === '04');
  // planned for Monday 20 October, reported as held on that Monday: the second carries the first out
  assert.equal(at(done)?.revises?.kind, 'went-ahead', show(tl));
  assert.equal(at(done)?.revises?.key, at(plan)?.key);
  // "will not visit" is negated by events.ts itself (no cue needed) and takes the plan back
  assert.equal(at(no)?.modality, 'negated', show(tl));
  assert.equal(at(no)?.cue, null);
  assert.deepEqual(at(no)?.revises, { key: at(other)!.key, kind: 'called-off' });
});

test('two outlets reporting one meeting give one entry with both citations', async () => {
  const [a, b] = await views([
    doc('Smith meets Li', 'Anna Smith met Li Wei in Geneva on Monday, her office said. The two discussed trade.', '2025-10-21', 'Wire A'),
    doc('Geneva talks', 'On Monday, foreign minister Anna Smith met Li Wei in Geneva to discuss trade and tariffs.', '2025-10-22', 'Wire B'),
  ]);
  const tl = buildTimeline([b, a]).filter((e) => e.cameo === '04' && e.trigger === 'met');
  assert.equal(tl.length, 1, show(tl));
  // the first report is the primary; the other is a citation of the same entry
  assert.equal(tl[0].articleId, a.id);
  assert.equal(tl[0].date, '2025-10-20');
  assert.deepEqual(tl[0].alsoIn.map((c) => [c.articleId, c.source, c.published]), [[b.id, 'Wire B', '2025-10-22']]);
});

test('a role no name fills is on the timeline as its noun phrase with a CAMEO actor type; phrases fold only when both roles agree', async () => {
  const [a, b] = await views([
    doc(
      'Leeds arrest',
      [
        'Police arrested Thomas Renner in Leeds on Tuesday.',
        'Police arrested a man in York on Tuesday.',
        'The government condemned the attack on Wednesday, officials said on Thursday.',
        'Riot police clashed with protesters in Paris on Saturday.',
      ].join(' '),
      '2025-10-23',
      'Wire A',
    ),
    doc('Paris clashes', 'Riot police clashed with protesters in Paris on Saturday, witnesses said.', '2025-10-20', 'Wire B'),
  ]);
  const tl = buildTimeline([a, b]);
  const phrases = (e: TimelineEntry) => `${e.actor?.name ?? e.actorPhrase} [${e.actorCameoType}] → ${e.target?.name ?? e.targetPhrase} [${e.targetCameoType}]`;
  const all = tl.map((e) => `${e.date} ${e.trigger} ${phrases(e)}`).join('\n');
  // "Police arrested Thomas Renner": the police are no entity; the entry keeps them as written, typed COP
  const renner = tl.find((e) => e.target?.name === 'Thomas Renner');
  assert.ok(renner, all);
  assert.equal(renner.actor, null);
  assert.equal(renner.actorPhrase, 'Police');
  assert.equal(renner.actorCameoType, 'COP');
  assert.equal(renner.targetPhrase, null, 'an entity in a role leaves no phrase beside it');
  assert.equal(renner.targetCameoType, null);
  assert.equal(renner.date, '2025-10-21');
  // an event whose only participant is a phrase is kept: "the government condemned", dated by "on Wednesday"
  const condemned = tl.find((e) => e.trigger === 'condemned');
  assert.ok(condemned, all);
  assert.match(condemned.actorPhrase ?? '', /government/i);
  assert.equal(condemned.actorCameoType, 'GOV');
  assert.equal(condemned.date, '2025-10-22');
  // "officials said on Thursday", "witnesses said": a statement by nobody named is no timeline entry
  assert.ok(!tl.some((e) => e.cameo === '01'), all);
  // two arrests by "police" on one day are two events: a shared phrase is not a shared participant
  const arrests = tl.filter((e) => e.trigger === 'arrested');
  assert.equal(arrests.length, 2, all);
  assert.ok(arrests.every((e) => e.alsoIn.length === 0), all);
  // the same clash in two outlets, both roles the same phrases: one entry with both citations
  const clash = tl.filter((e) => e.cameo === '19');
  assert.equal(clash.length, 1, all);
  assert.equal(clash[0].date, '2025-10-18');
  assert.equal(clash[0].actorCameoType, 'COP');
  assert.equal(clash[0].targetPhrase, 'protesters');
  assert.deepEqual(clash[0].alsoIn.map((c) => c.articleId), [a.id]);
});

test('a revised number is a change, not a duplicate: both shown, the later linked', async () => {
  const [first, second] = await views([
    doc('Strikes on Gaza', 'Israeli strikes on Gaza killed at least 20 people on Monday, officials said.', '2025-10-20', 'Wire A'),
    doc('Toll rises', 'Israeli strikes on Gaza killed 35 people on Monday, the health ministry said on Tuesday.', '2025-10-21', 'Wire B'),
  ]);
  // "strikes ... killed": one event per sentence (same root, same actor), one entry per article
  const tl = buildTimeline([first, second]).filter((e) => e.cameo === '18');
  assert.equal(tl.length, 2, show(tl));
  const [early, late] = tl;
  assert.equal(early.articleId, first.id);
  assert.equal(early.number?.value, 20);
  assert.equal(late.number?.value, 35);
  assert.deepEqual(late.revises, { key: early.key, kind: 'number' });
  // same day referred to: ordered by publication
  assert.equal(early.date, late.date);
});

test('dates keep their uncertainty and order by the start of what they refer to', async () => {
  const [a] = await views([
    doc(
      'A month of talks',
      [
        'Prime Minister Ellen Varga will visit Warsaw within two weeks, her office said on Friday.',
        'Varga met President Tomas Ridley in Prague in October.',
        'On 3 October, Varga criticised Ridley over the border dispute.',
        'Varga plans to meet Ridley again.',
        'Ridley welcomed Varga at the airport.',
      ].join(' '),
      '2025-10-24',
      'Wire A',
    ),
  ]);
  const tl = buildTimeline([a]);
  const dates = tl.map((e) => e.date);
  // the month (starts 1 October) before the day in it, the day before the two-week window starting 24 October
  assert.deepEqual(
    tl.map((e) => [e.date, e.granularity, e.trigger]),
    [
      ['2025-10', 'month', 'met'],
      ['2025-10-03', 'day', 'criticised'],
      // "her office said on Friday" has a date of its own; the welcome has none and happened: publication
      ['2025-10-24', 'day', 'said'],
      ['2025-10-24', 'day', 'welcomed'],
      ['2025-10-24/2025-11-07', 'range', 'visit'],
    ],
    show(tl),
  );
  // a meeting with no date that happened is dated by publication, and says so
  const fallback = tl.find((e) => e.trigger === 'welcomed')!;
  assert.equal(fallback.dateFrom, 'published');
  assert.ok(dates.every((d) => d !== null));
  // "plans to meet Ridley again" has no date: left out by default, kept last on request
  const all = buildTimeline([a], { undated: true });
  assert.equal(all[all.length - 1].date, null);
  assert.equal(all[all.length - 1].modality, 'planned');
});

test('without a publication date, relative times and undated events stay off the timeline', async () => {
  const [a] = await views([doc('Undated', 'Prime Minister Ellen Varga met President Tomas Ridley in Prague on Monday. Varga visited Berlin in March 2004.', null, 'Wire A')]);
  const tl = buildTimeline([a]);
  // "on Monday" has no anchor; "March 2004" is absolute
  assert.deepEqual(tl.map((e) => [e.date, e.trigger]), [['2004-03', 'visited']], show(tl));
});

test('a happened event is never dated after its article was published', async () => {
  const [a] = await views([doc('Ahead', 'Ellen Varga met Tomas Ridley in Prague, and the two will sign the treaty next month.', '2025-10-24', 'Wire A')]);
  const met = buildTimeline([a]).find((e) => e.trigger === 'met');
  assert.ok(met);
  // "next month" is after publication: not when the meeting happened
  assert.equal(met.dateFrom, 'published');
  assert.equal(met.date, '2025-10-24');
});

test('the seeds: the October article plans the Budapest meeting within 2025-10-18/2025-11-01', async () => {
  const t = await sampleApp();
  try {
    const list = await t.app.desk.articles();
    const vs = await Promise.all(list.map(async (a) => (await t.app.desk.article(a.id))!));
    const tl = buildTimeline(vs);
    const october = list.find((a) => a.published === '2025-10-18')!;
    const budapest = tl.filter((e) => e.articleId === october.id && e.cameo === '04' && e.place?.name === 'Budapest' && /Trump/.test(e.actor?.name ?? '') && /Putin/.test(e.target?.name ?? ''));
    assert.ok(budapest.length >= 1, show(tl));
    for (const e of budapest) {
      assert.equal(e.modality, 'planned');
      const iv = valueInterval(e.date);
      assert.ok(iv && iv.from >= '2025-10-18' && iv.to <= '2025-11-01', `date ${e.date}`);
    }
    // nowhere does the timeline say the Trump–Putin meeting in Budapest already happened
    assert.ok(!tl.some((e) => e.cameo === '04' && e.place?.name === 'Budapest' && e.modality === 'happened'), show(tl));
    // ordered by date: the attack of 7 October 2023 (March article) comes first
    assert.equal(tl[0].date, '2023-10-07');
  } finally {
    await t.dispose();
  }
});
