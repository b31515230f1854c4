// Ask on the sample corpus: relevance cases with their reasons, and bad input that must never error.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sampleApp } from '../helpers.js';
import { analyseQuestion, turnOf } from '../../src/query/index.js';

let t: Awaited<ReturnType<typeof sampleApp>>;
before(async () => {
  t = await sampleApp();
});
after(async () => {
  await t?.dispose();
});

test('question analysis: answer types from the wh-word and the head noun', () => {
  const cases: [string, string, string | null][] = [
    ['Where does Trump plan to meet Putin?', 'place', null],
    ['Which court wants Putin?', 'organisation', 'court'], // "court" names an organisation
    ['Which states have backed Hamas?', 'place', 'state'],
    ['How many living hostages were freed?', 'number', 'hostages'], // the counted noun, not the adjective
    ['How many investment firms signed up to the deal?', 'number', 'firms'], // "firms" before a verb is a noun
    ['Which company owns shares in Ferrari?', 'organisation', 'company'], // "owns" before a noun stays a verb
    ['Which artist teams up with Nelly?', 'person', 'artist'], // and before a particle
    ['What new elected post did he propose?', 'thing', 'post'], // a participle after an adjective modifies the noun
    ['How many of its own common shares did Cilcorp buy back?', 'number', 'shares'], // partitive: the noun after "of"
    ['How long was the trip?', 'number', null],
    ['When did Hamas attack Israel?', 'date', null],
    ['In what year did she retire?', 'date', null],
    ['What did Zelensky say about Tomahawks?', 'quote', null],
    ['Which immigration minister resigned?', 'person', 'minister'],
    ['What missiles did Zelensky hope to get?', 'thing', 'missile'],
    ['Why did the ceasefire collapse?', 'reason', null],
  ];
  for (const [q, type, head] of cases) {
    const a = analyseQuestion(q);
    assert.equal(a.type, type, q);
    if (head) assert.equal(a.head, head, q);
  }
  assert.equal(analyseQuestion('In what year did she retire?').granularity, 'year');
  assert.equal(analyseQuestion('What did Zelensky say about Tomahawks?').speaker, 'Zelensky');
});

test('bad input gets an answer or a clean abstention, never an error', async () => {
  const inputs = [
    '',
    '   ',
    'x'.repeat(10 * 1024),
    'Wo wird sich Trump mit Putin treffen?',
    '特朗普将在哪里会见普京？',
    '"',
    '* NEAR(Trump Putin)',
    '-Trump :title',
    "'; DROP TABLE articles; --",
    'Trump" OR 1=1 --',
    '((((((',
    '\u0000\u0001 control',
  ];
  for (const q of inputs) {
    const a = await t.app.desk.ask(q);
    assert.equal(typeof a.abstained, 'boolean', JSON.stringify(q.slice(0, 40)));
    assert.ok(a.confidence >= 0 && a.confidence <= 1);
    if (a.abstained) assert.equal(a.answer, null);
  }
  assert.equal(await t.app.store.countArticles(), 2, 'nothing was dropped');
});

test('a question the articles do not answer abstains', async () => {
  for (const q of ['What is the capital of Argentina?', 'Who won the 1998 World Cup?', 'How tall is the Eiffel Tower?']) {
    const a = await t.app.desk.ask(q);
    assert.equal(a.abstained, true, `${q} → ${a.answer}`);
    assert.equal(a.citations.length, 0);
  }
});

test('a reader who asks for sure answers gets fewer, and is told it was the bar, not the articles', async () => {
  const q = 'Where does Trump plan to meet Putin?';
  const given = await t.app.desk.ask(q, { related: false });
  assert.equal(given.abstained, false);
  assert.equal(given.belowBar, undefined);
  assert.ok(given.confidence < 1, `confidence ${given.confidence}`);
  // Under its confidence (shown rounded) the same answer stands; above it, it is held back and the bar is named.
  const same = await t.app.desk.ask(q, { related: false, minConfidence: Math.max(0.5, given.confidence - 0.01) });
  assert.equal(same.answer, given.answer);
  const held = await t.app.desk.ask(q, { related: false, minConfidence: 1 });
  assert.equal(held.abstained, true);
  assert.equal(held.answer, null);
  assert.equal(held.belowBar, 1);
  assert.equal(held.confidence, given.confidence);
  assert.equal(held.citations.length, 0);
  // A question the articles do not answer is not "below the bar": they do not say.
  const trap = await t.app.desk.ask('What is the capital of Argentina?', { related: false, minConfidence: 0.7 });
  assert.equal(trap.abstained, true);
  assert.equal(trap.belowBar, undefined);
  // The bar never goes under the desk's own, and must be a number.
  for (const bad of [0.2, 1.5, Number.NaN]) await assert.rejects(t.app.desk.ask(q, { minConfidence: bad }), (e: Error & { code?: string }) => e.code === 'BAD_REQUEST' && /minConfidence/.test(e.message));
  const { readMinConfidence } = await import('../../src/query/index.js');
  assert.equal(readMinConfidence(''), undefined);
  assert.equal(readMinConfidence('0.85'), 0.85);
  assert.throws(() => readMinConfidence('sure'), /minConfidence must be a number/);
});

test('a span its sentence gives to someone else does not compete: Putin\'s Budapest is no answer to where Trump meets Xi', async () => {
  const { answerQuestion } = await import('../../src/query/index.js');
  const r = await answerQuestion(t.app.store, 'Where will Trump meet Xi?', { today: null });
  // the seed sentence: "Trump plans to meet Putin in Budapest ... and then hold a summit with Xi in Asia"
  const sameSentence = r.candidates.filter((c) => /meet Putin in Budapest/.test(c.evidence.hit.text));
  assert.ok(sameSentence.length > 0, 'the sentence is read');
  assert.ok(!sameSentence.some((c) => c.text === 'Budapest'), 'Budapest there belongs to the Putin meeting');
  assert.ok(sameSentence.some((c) => c.text === 'Asia'));
});

test('each candidate carries its sentence\'s odds against the best sentence under the sentence model', async () => {
  const { answerQuestion } = await import('../../src/query/index.js');
  const r = await answerQuestion(t.app.store, 'Where will Trump meet Putin?', { today: null });
  const best = r.evidence[0];
  assert.ok(r.candidates.length > 1);
  for (const c of r.candidates) {
    const want = Math.exp(c.evidence.relevance - best.relevance);
    assert.ok(Math.abs(c.features.odds - want) < 1e-9, `${c.text}: ${c.features.odds} vs ${want}`);
    assert.ok(c.features.odds > 0 && c.features.odds <= 1);
    if (c.evidence === best) assert.equal(c.features.odds, 1);
  }
  assert.ok(r.evidence.every((e, i) => i === 0 || e.relevance <= r.evidence[i - 1].relevance), 'the evidence is in the sentence model\'s order');
});

test('related questions are answerable, distinct and not the question itself', async () => {
  const q = 'Where does Trump plan to meet Putin?';
  const a = await t.app.desk.ask(q);
  assert.ok(a.related.length <= 5);
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z ]/g, '');
  assert.ok(!a.related.map(norm).includes(norm(q)));
  assert.equal(new Set(a.related.map(norm)).size, a.related.length);
  for (const r of a.related) {
    const ans = await t.app.desk.ask(r, { related: false });
    assert.equal(ans.abstained, false, `related question "${r}" must be answerable`);
  }
});

test('a follow-up resolves "he" against the previous turn', async () => {
  const first = await t.app.desk.ask('Who did Trump approve $20 billion in Treasury support for?');
  const follow = await t.app.desk.ask('Where does he plan to meet Putin?', { previous: turnOf(first) });
  assert.match(follow.resolvedQuestion ?? '', /Trump/);
  assert.match(follow.answer ?? '', /Budapest/);
});
