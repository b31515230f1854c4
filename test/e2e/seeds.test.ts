// End to end on the sample corpus: ingest the two seed pages, ask the seed QA set through the same
// code path as `newsdesk ask --json`, and hold the floor we measured.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, sampleApp } from '../helpers.js';
import { judge, parseQa, summarise, formatSummary, type QaOutcome } from '../../bench/lib/qa.js';

let t: Awaited<ReturnType<typeof sampleApp>>;
before(async () => {
  t = await sampleApp();
});
after(async () => {
  await t?.dispose();
});

test('the sample articles land with their dates and no furniture', async () => {
  const list = await t.app.desk.articles();
  assert.equal(list.length, 2);
  assert.deepEqual(list.map((a) => a.published).sort(), ['2025-03-18', '2025-10-18']);
  for (const a of list) {
    const full = await t.app.desk.article(a.id);
    assert.ok(full);
    assert.doesNotMatch(full.text, /Ask me anything|Explore related questions/);
    assert.ok(full.sentences.length > 10, 'sentences found');
    assert.ok(full.entities.some((e) => e.type === 'PERSON' && /Trump/.test(e.name)), 'Trump found');
  }
});

test('re-adding the sample reports duplicates and changes nothing', async () => {
  const again = await t.app.desk.add(t.app.read(join(ROOT, 'sample')));
  assert.equal(again.added.length, 0);
  assert.equal(again.duplicates.length, 2);
  assert.equal(await t.app.store.countArticles(), 2);
});

test('Trump is one entity across both articles', async () => {
  const people = await t.app.desk.entities({ type: 'PERSON', limit: 200 });
  const trumps = people.filter((p) => /\bTrump\b/.test(p.name));
  assert.equal(trumps.length, 1, `one Trump, got ${trumps.map((p) => p.name).join(', ')}`);
  assert.equal(trumps[0].articleCount, 2);
});

test('the seed QA set: answers and citations above the measured floor', async () => {
  const cases = parseQa(readFileSync(join(ROOT, 'test/qa/seeds.jsonl'), 'utf8'));
  const outcomes: QaOutcome[] = [];
  for (const c of cases) {
    const t0 = performance.now();
    const answer = await t.app.desk.ask(c.question);
    const ms = performance.now() - t0;
    outcomes.push({ case: c, answer, ms, ...judge(c, answer) });
  }
  const s = summarise(outcomes);
  console.log(formatSummary('seeds', s));
  for (const o of outcomes) if (!o.correct) console.log(`  miss ${o.case.id}: ${o.case.question} → ${o.answer.abstained ? '(abstained)' : o.answer.answer}`);
  // Floors we actually meet (see the issue notes for the measured figures); raise them as the desk improves.
  assert.ok(s.answerAccuracy >= FLOOR.answers, `answer accuracy ${s.answerAccuracy}`);
  assert.ok(s.citationAccuracy >= FLOOR.citations, `citation accuracy ${s.citationAccuracy}`);
  assert.equal(s.abstentionAccuracy, 1, 'abstains on the question the articles do not answer');
});

test('answers cite real sentences of the cited article', async () => {
  const ans = await t.app.desk.ask('Where does Trump plan to meet Putin?');
  assert.equal(ans.abstained, false);
  for (const c of ans.citations) {
    const a = await t.app.desk.article(c.articleId);
    assert.ok(a);
    assert.equal(a.text.slice(c.start, c.end), c.sentence);
    assert.equal(a.title, c.title);
    assert.equal(a.published, c.published);
  }
});

const FLOOR = { answers: 0.85, citations: 0.85 };

test('the two Trump articles, seven months apart, are two stories, and the later one says why', async () => {
  const stories = await t.app.desk.stories(10);
  assert.equal(stories.length, 2);
  const october = stories.find((s) => s.first === '2025-10-18');
  assert.ok(october, 'the October story is listed first (latest news)');
  assert.equal(stories[0].id, october.id);
  const view = await t.app.desk.story(october.id);
  assert.match(view!.articles[0].reason, /^starts a story: nearest is “.*”.* days apart$/);
  const budapest = view!.timeline.find((e) => e.place?.name === 'Budapest');
  assert.ok(budapest, 'the Budapest meeting is on the story timeline');
  assert.equal(budapest.modality, 'planned');
  assert.equal(budapest.date, '2025-10-18/2025-11-01');
  assert.deepEqual([budapest.actor?.name, budapest.target?.name], ['Donald Trump', 'Vladimir Putin']);
});
