// Quotes in the title (headline): found with sentence TITLE_SENTENCE and offsets into the title, their
// speaker from the headline's conventions or the body's speaker of the same words, or none.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../../src/understand/index.js';
import { isTitleQuote, TITLE_SENTENCE, type Annotations } from '../../src/model/index.js';

const body =
  'Tony Blair has said Labour will win the election. Mr Blair told activists in Gateshead: "We will win because we have the better ideas." ' +
  'Michael Howard rejected the claims. "The charge is racist and wrong," Mr Howard said. ' +
  'Gordon Brown said he would stay at the Treasury.';

const run = (title: string, text = body): Annotations => annotate({ text, published: '2005-03-01', title });
const titleQuotes = (a: Annotations) => a.quotes.filter(isTitleQuote);
const speakerName = (a: Annotations, key: string | null) => (key ? a.entities.find((e) => e.key === key)?.name ?? null : null);

test('a quote in the title is found with sentence TITLE_SENTENCE and offsets into the title; body quotes and sentences are as without a title', () => {
  const title = 'Blair: "We will win"';
  const a = run(title);
  const plain = annotate({ text: body, published: '2005-03-01' });
  const [q] = titleQuotes(a);
  assert.equal(q.sentence, TITLE_SENTENCE);
  assert.equal(title.slice(q.start, q.end), 'We will win');
  assert.equal(q.text, 'We will win');
  assert.deepEqual(a.quotes.filter((x) => !isTitleQuote(x)), plain.quotes);
  assert.deepEqual(a.sentences, plain.sentences);
  assert.deepEqual(a.coref, plain.coref);
  assert.deepEqual(a.events, plain.events);
  // the title's quotes come first, in reading order
  assert.ok(isTitleQuote(a.quotes[0]));
});

test("'Blair: \"We will win\"': the name before the colon speaks, resolved to the body's entity; a full utterance", () => {
  const a = run('Blair: "We will win"');
  const [q] = titleQuotes(a);
  assert.equal(q.speakerText, 'Blair');
  assert.equal(speakerName(a, q.speaker), 'Tony Blair');
  assert.equal(q.partial, false);
});

test("'\"Quote here\", says X': the phrase after the verb of saying speaks", () => {
  const a = run('"We have the better ideas", says Blair');
  const [q] = titleQuotes(a);
  assert.equal(q.text, 'We have the better ideas');
  assert.equal(q.cue, 'says');
  assert.equal(speakerName(a, q.speaker), 'Tony Blair');
});

test("'Howard denies \"racist\" claims' and single marks: the subject of the headline's verb of saying speaks", () => {
  const a = run('Howard denies \'racist\' claims');
  const [q] = titleQuotes(a);
  assert.equal(q.text, 'racist');
  assert.equal(q.cue, 'denies');
  assert.equal(speakerName(a, q.speaker), 'Michael Howard');
  assert.equal(q.partial, true);
  // a group or role keeps its words and no entity
  const m = titleQuotes(run("Ministers deny care sums 'wrong'"))[0];
  assert.deepEqual([m.text, m.speakerText, m.speaker], ['wrong', 'Ministers', null]);
});

test("'Brown \"will not quit\"' names nobody: the body's speaker of the same words, or none", () => {
  // no body quote holds the words: no speaker (the words may be anyone's claim about Brown)
  const none = titleQuotes(run('Brown "will not quit"'))[0];
  assert.deepEqual([none.text, none.speaker, none.speakerText], ['will not quit', null, null]);
  // a full body quote holds them: its speaker
  const a = run("Labour has 'the better ideas'");
  const [q] = titleQuotes(a);
  assert.equal(speakerName(a, q.speaker), 'Tony Blair');
  // one word does not take a speaker from the body ('racist' is in Howard's quote)
  const one = titleQuotes(run("Poll row over 'racist' poster"))[0];
  assert.equal(one.speaker, null);
});

test('a title that is the text\'s own first sentence (no headline line) gives no title quotes; no title gives none', () => {
  const text = '"We will win," Mr Blair said. Labour leads the polls.';
  assert.deepEqual(titleQuotes(run('"We will win," Mr Blair said', text)), []);
  assert.deepEqual(titleQuotes(annotate({ text, published: null })), []);
  // an apostrophe is no quote mark
  assert.deepEqual(titleQuotes(run("Blair's pledge on schools")), []);
});

test("headline single quotes the body's reading skips: a closing mark after an s ('tricks' face ban), a word starting like an elision ('needs'); an elision is no quote", () => {
  assert.deepEqual(titleQuotes(run("US casino 'tricks' face ban in UK")).map((q) => q.text), ['tricks']);
  assert.deepEqual(titleQuotes(run("UK 'needs true immigration data'")).map((q) => q.text), ['needs true immigration data']);
  assert.deepEqual(titleQuotes(run("'90s music fans' anger at Blair")), []);
  assert.deepEqual(titleQuotes(run("Rock 'n' roll fans' anger")), []);
});

test('a term in the headline (no verb, no function word) takes no speaker from a body quote that uses it; a claim does, by entity, without a bare pronoun', () => {
  const text = 'Jacques Barrot met the airline. "We will look at the state aid closely, and the loans were above board," Mr Barrot said. He added: "The rules will not bend."';
  const term = titleQuotes(run("EU to probe Alitalia 'state aid'", text))[0];
  assert.deepEqual([term.text, term.speaker, term.speakerText], ['state aid', null, null]);
  const a = run("Alitalia loans 'above board'", text);
  const claim = titleQuotes(a)[0];
  assert.deepEqual([speakerName(a, claim.speaker), claim.speakerText], ['Jacques Barrot', 'Mr Barrot']);
  const b = run("Rules 'will not bend'", text);
  const q = titleQuotes(b)[0];
  assert.deepEqual([speakerName(b, q.speaker), q.speakerText], ['Jacques Barrot', null]);
});

test("a bare verb form after a singular noun is a noun ('February poll claim'), after a plural a verb ('Ministers deny')", () => {
  const q = titleQuotes(run("February poll claim 'speculation'"))[0];
  assert.deepEqual([q.speakerText, q.cue], [null, null]);
  const m = titleQuotes(run("Campaigners attack MTV 'sleaze'"))[0];
  assert.deepEqual([m.speakerText, m.cue], ['Campaigners', 'attack']);
});

test("'Blair on Iraq: \"...\"' and 'Blair tells activists: \"...\"': the speaker before the colon is the name, not the topic or the listeners", () => {
  const a = run('Blair on the election: "We will win"');
  const [q] = titleQuotes(a);
  assert.deepEqual([q.speakerText, speakerName(a, q.speaker), q.partial], ['Blair', 'Tony Blair', false]);
  const b = run('Blair tells activists: "We will win"');
  const [r] = titleQuotes(b);
  assert.deepEqual([r.speakerText, r.cue, speakerName(b, r.speaker), r.partial], ['Blair', 'tells', 'Tony Blair', false]);
});
