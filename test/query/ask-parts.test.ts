// The parts of ask that need no corpus: answer clauses, the learned models, answer pooling, name checks.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerClause, MAX_WORDS } from '../../src/query/ask/clause.js';
import { boostedValue, treeValue } from '../../src/query/ask/trees.js';
import { SENTENCE_FEATURES, boostRanker, fitConditionalLogit, fitLogistic, fitRanker, linear, poolAnswers, predict, sameAnswer, sentenceRelevance, softmax, statesCause } from '../../src/query/ask/score.js';
import { nameInText } from '../../src/query/ask/verify.js';
import { approximated, asksAfterSource, capitalisedNumber, scorePart, countFits, countMatch, foreignNear, sourceFrame, questionWords, headPhrases, isAge, itemsFit, joinCoordinated, kindFit, nearShare, nesting, ownerNear, partOfWhole, placeWithin, roleIn, scores, stateAfter, titleRuns, withNumber, headModifiers, modifierFit, modifierPatterns } from '../../src/query/ask/candidates.js';
import { termHits } from '../../src/understand/terms.js';
import { ArticleIndex } from '../../src/query/articles.js';
import { analyseQuestion, dimensionAsked, hasUnit, quantityFits } from '../../src/query/ask/question.js';
import { expandQuestion, holdsAsked, nameMatchers, questionNameTypes, questionPairs, rivalShare, wordOrder } from '../../src/query/ask/evidence.js';
import { indexTerms } from '../../src/understand/terms.js';
import { fitsWhen, questionWhen, saysWhen } from '../../src/query/ask/when.js';
import type { TimeExpr } from '../../src/model/index.js';

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

test('a why-answer is the stated reason, one clause of at most 25 words', () => {
  const s =
    'Auction spokesman Erik Simon said the tapes were withdrawn because they did not meet the minimum price set by the owners, who had hoped for far more interest from collectors in America and Europe this year.';
  const a = answerClause(s, [s.indexOf('withdrawn')], 'reason');
  assert.match(a, /^because they did not meet the minimum price/);
  assert.ok(words(a) <= MAX_WORDS + 1, a);
  // (invented) scare quotes inside the reason are part of it; a reason inside a quote ends with the quote
  const scare = 'The band finished second because of the "eye-watering" cost of its stage show, the magazine said.';
  assert.equal(answerClause(scare, [scare.indexOf('second')], 'reason'), 'because of the "eye-watering" cost of its stage show, the magazine said');
  const quoted = '"We stayed because the fans deserved it," said the captain after the match.';
  assert.equal(answerClause(quoted, [quoted.indexOf('stayed')], 'reason'), 'because the fans deserved it');
});

test('a long sentence without a reason word gives the clause holding the question words, cut to 25 words', () => {
  const s =
    'The company said on Tuesday that profits had fallen sharply in the third quarter; analysts had expected a much smaller drop after two years of steady growth in its core markets in Asia, Europe and the Americas.';
  const a = answerClause(s, [s.indexOf('profits'), s.indexOf('fallen')], 'summary');
  assert.match(a, /profits had fallen sharply/);
  assert.doesNotMatch(a, /analysts/);
  assert.ok(words(a) <= MAX_WORDS + 2, a);
});

test("a long sentence's answer is the clause holding the question's verb, though another holds more of its words", () => {
  // Invented sentence: the first clause repeats the question's names and nouns, the second holds its verb.
  const s =
    'The settlement means the two publishers will close their joint printing ventures in the north, but Harbour Press will keep selling paperback atlases and the cash will let it cut its borrowing this year.';
  const anchors = ['settlement', 'publishers', 'joint', 'printing', 'ventures', 'Harbour', 'keep'].map((w) => s.indexOf(w));
  const verb = [s.indexOf('selling')];
  assert.match(answerClause(s, anchors, 'summary'), /^The settlement means/);
  const a = answerClause(s, anchors, 'summary', verb);
  assert.match(a, /keep selling paperback atlases/);
  assert.ok(words(a) <= MAX_WORDS + 2, a);
});

test('the logistic model learns a separable rule and the ranker prefers the right candidate', () => {
  const rows = Array.from({ length: 200 }, (_, i) => {
    const x = [(i % 10) / 10, ((i * 7) % 10) / 10];
    return { x, group: 'entity' as const, y: x[0] > 0.5 ? 1 : 0 };
  });
  const m = fitLogistic(rows);
  assert.ok(predict(m, [0.9, 0.1], 'entity') > 0.8);
  assert.ok(predict(m, [0.1, 0.9], 'entity') < 0.2);
  const questions = Array.from({ length: 60 }, (_, i) => ({
    group: 'number' as const,
    cands: [
      { x: [1, (i % 3) / 3], y: 1 },
      { x: [0, ((i + 1) % 3) / 3], y: 0 },
      { x: [0.2, 0.5], y: 0 },
    ],
  }));
  const r = fitRanker(questions);
  assert.ok(linear(r, [1, 0], 'number') > linear(r, [0, 1], 'number'));
});

test('boosted trees on the ranker learn an interaction a linear score cannot: x0 wins only when x1 is set', () => {
  // Right candidate: high x0 when the question has x1 = 1, low x0 when x1 = 0 (an XOR of the two).
  const questions = Array.from({ length: 120 }, (_, i) => {
    const flag = i % 2;
    const hi = 0.6 + (i % 5) / 20;
    const lo = 0.1 + (i % 7) / 20;
    return {
      group: 'thing' as const,
      cands: [
        { x: [hi, flag], y: flag ? 1 : 0 },
        { x: [lo, flag], y: flag ? 0 : 1 },
      ],
    };
  });
  const lin = fitRanker(questions);
  const boosted = boostRanker(questions, lin, { rounds: 60, depth: 2, rate: 0.3, leaf: 5 });
  assert.ok(boosted.trees && boosted.trees.trees.length > 0);
  const wins = (m: typeof lin, flag: number) => linear(m, [0.8, flag], 'thing') > linear(m, [0.2, flag], 'thing');
  // a linear score must put one order on x0 for both kinds of question; the trees give each its own
  assert.equal(wins(lin, 1) === wins(lin, 0), true);
  assert.equal(wins(boosted, 1), true);
  assert.equal(wins(boosted, 0), false);

  // Stochastic boosting: each tree on about half the questions and half the features still learns the
  // interaction; the same seed grows the same trees, another seed other ones, and subsample 1 is the plain fit.
  const opts = { rounds: 120, depth: 2, rate: 0.3, leaf: 5 };
  const sampled = boostRanker(questions, lin, { ...opts, subsample: 0.5, colsample: 0.5, seed: 7 });
  assert.equal(wins(sampled, 1), true);
  assert.equal(wins(sampled, 0), false);
  assert.deepEqual(boostRanker(questions, lin, { ...opts, subsample: 0.5, colsample: 0.5, seed: 7 }).trees, sampled.trees);
  assert.notDeepEqual(boostRanker(questions, lin, { ...opts, subsample: 0.5, colsample: 0.5, seed: 8 }).trees, sampled.trees);
  assert.deepEqual(boostRanker(questions, lin, { ...opts, subsample: 1, colsample: 1, seed: 8 }).trees, boostRanker(questions, lin, opts).trees);

  // the flat arrays ask evaluates the trees with give what walking the trees gives, to the last bit
  const trees = sampled.trees!;
  for (const x of [[0.8, 1, 0, 0, 0, 0, 1, 0], [0.2, 0, 0, 0, 0, 0, 1, 0], [0.55, 1, 0, 0, 0, 0, 1, 0]]) {
    let walked = 0;
    for (const t of trees.trees) walked += treeValue(t, x);
    assert.equal(boostedValue(trees, x), trees.rate * walked);
  }
});

test('softmax gives probabilities; the same answer from several sentences pools them', () => {
  const p = softmax([2, 1, 0]);
  assert.ok(Math.abs(p.reduce((a, b) => a + b, 0) - 1) < 1e-9);
  const pooled = poolAnswers([
    { key: 'e1', text: 'Beverley Hughes', p: 0.3 },
    { key: 'x', text: 'Hughes', p: 0.25 },
    { key: 'e2', text: 'David Blunkett', p: 0.45 },
  ]);
  assert.equal(pooled[0].best.text, 'Beverley Hughes');
  assert.ok(Math.abs(pooled[0].p - 0.55) < 1e-9);
  assert.equal(sameAnswer('US', 'industry'), false, 'words, not letters');
});

test('a name the question gives is found in the article as the article writes it', () => {
  assert.ok(nameInText('RFU', 'High, the Rugby Football Union referees manager, said'));
  assert.ok(nameInText('US', 'Some 200 U.S. troops remain'));
  // a name of ordinary words with a demonym holds where the text names the place
  assert.ok(nameInText('Northern Irish', 'McIlroy, from Northern Ireland, set a world-leading mark'));
  assert.ok(!nameInText('Northern Irish', 'McIlroy, from Ireland, set a world-leading mark'));
  assert.ok(nameInText('Europe', 'the best European impersonator'));
  assert.ok(nameInText('British', 'nothing about the country'), 'a demonym is no constraint');
  assert.ok(nameInText('Nealy Cox', 'US Attorney Erin Nealy Cox said'));
  assert.equal(nameInText('Argentina', 'Talks in Budapest between Trump and Putin'), false);
  assert.equal(nameInText('Eiffel Tower', 'Talks in Budapest between Trump and Putin'), false);
  // a country by another of its forms: its short name, its full name, its demonym
  assert.ok(nameInText('UK', 'Prices in Britain rose'));
  assert.ok(nameInText('America', 'the United States economy'));
  assert.ok(nameInText('UK', 'British shoppers spent more'));
  assert.equal(nameInText('Germany', 'Prices in Britain rose'), false);
  // a demonym phrase by its place, a capital for its country, a party's short form by its words
  assert.ok(nameInText('South Korean', 'The South Korea economy grew'));
  assert.equal(nameInText('North Korean', 'The South Korea economy grew'), false);
  assert.ok(nameInText('Seoul', 'South Korea will spend more'));
  assert.ok(nameInText('Lib Dem', 'the Liberal Democrats said'));
  assert.equal(nameInText('Lib Dem', 'the Labour party said'), false);
  // a party or company of ordinary words by its name without the head, as capitalised
  assert.ok(nameInText('Labour Party', 'Kinnock was Labour leader from 1983'));
  assert.equal(nameInText('Labour Party', 'the labour market tightened'), false);
});

test('the noun a question asks for is read from its tags', () => {
  assert.equal(analyseQuestion('What kind of drug is Crestor?').head, 'drug');
  assert.equal(analyseQuestion('Which Dresdner Kleinwort telecoms analyst praised Deutsche Telekom?').type, 'person');
  assert.equal(analyseQuestion('How much is Ferrovial paying Jarvis for its stake?').head, null);
  const years = analyseQuestion('How many years did Chris Tarrant spend at Capital FM?');
  assert.equal(years.duration, true);
  assert.deepEqual(analyseQuestion('Roughly how many US troops are at the base?').names, ['US']);
  // a possessive ends a name, unless one ordinary word follows it inside a title (invented questions)
  assert.deepEqual(analyseQuestion("How much did Tarrant's Game earn at the box office?").names, ["Tarrant's Game"]);
  assert.deepEqual(analyseQuestion("What did Labour's Gordon Brown say about tax?").names, ['Labour', 'Gordon Brown']);
});

test('the asked noun: a possessor is asked for, names inside the phrase do not type it, listed roles beat WordNet', () => {
  // invented questions, not from any QA set
  const possessor = analyseQuestion("Which club's supporters sang loudest at the final?");
  assert.equal(possessor.type, 'organisation');
  assert.equal(possessor.head, 'club');
  const named = analyseQuestion('For which Martin Scorsese film did the actor win an award?');
  assert.equal(named.type, 'thing');
  assert.equal(named.head, 'film');
  const role = analyseQuestion('Which striker beat Harry Kane to the award?');
  assert.equal(role.type, 'person');
  assert.equal(role.head, 'striker');
  // an ex-X is asked for as an X (invented)
  const former = analyseQuestion('Which ex-chancellor of the university did students honour?');
  assert.equal(former.type, 'person');
  assert.equal(former.head, 'chancellor');
});

test('a phrase before the question word is read at its end; a quantity is asked after a bare copula, an owner or a name', () => {
  // invented questions, not from any QA set
  const fronted = analyseQuestion("In the bank's latest survey of retailers, what percentage expected sales to fall?");
  assert.equal(fronted.type, 'number');
  assert.equal(fronted.head, 'percentage');
  assert.equal(analyseQuestion('According to the coach, which striker impressed most in training?').type, 'person');
  // a question word inside the opening phrase is the question's own: nothing moves
  const own = analyseQuestion('In which town does the painter, who sold the portrait, live?');
  assert.equal(own.type, 'place');
  const bare = analyseQuestion('What was voter turnout in the local elections?');
  assert.equal(bare.type, 'number');
  assert.equal(bare.head, 'turnout');
  // a clause's subject after the copula is no asked noun
  assert.notEqual(analyseQuestion('What are French farmers demanding from the government?').type, 'person');
  const owner = analyseQuestion("What was Andy Murray's world ranking after the defeat?");
  assert.equal(owner.type, 'number');
  assert.equal(owner.head, 'ranking');
  const named = analyseQuestion('What is the largest penalty Ofcom could impose on the broadcaster?');
  assert.equal(named.head, 'penalty');
  assert.equal(analyseQuestion('What is the largest fine Ofcom could impose on the broadcaster?').type, 'number');
  // a figure named by its party is a person; "in what capacity" asks a role; a verb in the past ends a partitive
  assert.equal(analyseQuestion('Which Labour figure did the minister praise in his speech?').type, 'person');
  assert.equal(analyseQuestion('What was the region\'s unemployment figure in May?').type, 'number');
  assert.notEqual(analyseQuestion('In what capacity was the former coach attending the match?').type, 'number');
  assert.equal(analyseQuestion("How many of the club's 30 players came from abroad?").head, 'players');
  // a question word left where the answer stands, at the end (invented)
  const insitu = analyseQuestion('Jane Doe, who spoke at the summit, is chief economist at which bank?');
  assert.equal(insitu.type, 'organisation');
  assert.equal(insitu.head, 'bank');
  // "&" joins a name (invented)
  assert.deepEqual(analyseQuestion('How much did Smith & Wesson earn in the third quarter?').names, ['Smith & Wesson']);
  // a time inside what someone warned of is part of the claim, not a constraint; before it, it is one
  assert.equal(analyseQuestion('Which economist warned that exports would slow in 2027?', '2026-01-10').when, null);
  assert.ok(analyseQuestion('Which economist warned in March that exports would slow?', '2026-06-10').when);
  // a kind is no named organisation; "what number", "what size" ask numbers whatever noun follows
  assert.equal(analyseQuestion('What kind of business does the footballer run in Manchester?').type, 'thing');
  assert.equal(analyseQuestion('What number shirt will the new signing wear?').type, 'number');
  const size = analyseQuestion('What size engine powers the new hatchback?');
  assert.equal(size.type, 'number');
  assert.equal(size.quantity, 'measure');
});

test('a title, party or place before a person\'s name is no part of the name; an honorific name is found by its later forms', () => {
  // invented questions, not from any QA set
  assert.deepEqual(analyseQuestion('Why is Labour MP Karen Whitfield standing down?').names, ['Karen Whitfield']);
  assert.deepEqual(analyseQuestion('What did Ohio Governor Mike Dawes veto?').names, ['Mike Dawes']);
  // an honorific stays, and so do names that are no person
  assert.deepEqual(analyseQuestion('Where did Sir Roger Blake die?').names, ['Sir Roger Blake']);
  assert.deepEqual(analyseQuestion('Which Lehman Morgan Securities analyst spoke?').names, ['Lehman Morgan Securities']);
  const [sir] = nameMatchers(['Sir Roger Blake']);
  assert.ok(sir.some((m) => m.re.test('Sir Roger said')), 'Sir + first name');
  assert.ok(sir.some((m) => m.re.test('Mr Blake said')), 'surname');
});

test('"what was X\'s Y": the owner, named in several words or read by the tagger as "X is", is no asked noun', () => {
  // invented questions, not from any QA set
  const plural = analyseQuestion("What were General Motors' profits last year?");
  assert.equal(plural.type, 'number');
  assert.equal(plural.head, 'profit');
  assert.deepEqual(plural.names, ['General Motors']);
  const contracted = analyseQuestion("What was Germany's estimated inflation rate in March?");
  assert.equal(contracted.type, 'number');
  assert.equal(contracted.head, 'rate');
  const titled = analyseQuestion("What was Barclays economist Jane Smith's forecast for the pound?");
  assert.equal(titled.head, 'forecast');
  assert.equal(titled.type, 'thing');
});

test('"which piece of X" asks for an X; a standing asked with "where" is a number or an ordinal, not a place', () => {
  // invented questions, not from any QA set
  assert.equal(analyseQuestion('Which piece of legislation did the MPs reject?').head, 'legislation');
  // a standing asked with "where": a number or an ordinal, not a place
  assert.equal(analyseQuestion('Where did the Kestrels finish in the league table?').type, 'number');
  assert.equal(analyseQuestion('Where does Norway rank among the happiest nations?').type, 'number');
  assert.equal(analyseQuestion('Where did she finish her studies?').type, 'place');
});

test('the quantity a number question asks for decides which numbers can answer it', () => {
  const q = (s: string) => analyseQuestion(s).quantity;
  assert.equal(q('How much did the club pay for the striker?'), 'money');
  assert.equal(q('How many people does the bakery chain employ?'), 'count');
  assert.equal(q('What percentage of voters backed the plan?'), 'percent');
  assert.equal(q('How much does the new tablet weigh?'), 'measure');
  // a change may be a percentage or an amount; "how much oil" names no kind
  assert.equal(q('By how much did profits fall?'), null);
  assert.equal(q('How much more will commuters pay?'), null);
  // "how far" with a verb of change or "above" asks a change, not a distance; "how much of" a share
  assert.equal(q('How far did the firm\'s profits slide?'), null);
  assert.equal(q('How far above the offer price were the shares trading?'), null);
  assert.equal(q('How far is the recycling centre from his office?'), 'measure');
  assert.equal(q('How much of the bonds\' original value could holders lose?'), null);
  assert.equal(quantityFits('count', 'percent'), false);
  assert.equal(quantityFits('money', 'percent'), false);
  assert.equal(quantityFits('money', 'number'), false);
  assert.equal(quantityFits('percent', 'count'), false);
  assert.equal(quantityFits('measure', 'money'), true);
  assert.equal(quantityFits(null, 'ordinal'), true);
});

test('a sentence that states a cause or purpose is told apart from one that only reports', () => {
  assert.equal(statesCause('The minister resigned on the grounds of ill health.'), 1);
  assert.equal(statesCause('Flights were cancelled due to fog over the airport.'), 1);
  assert.equal(statesCause('The minister resigned on Tuesday after ten years in office.'), 0);
});

test('measures, standings and deadlines are asked as numbers and dates, not as things', () => {
  assert.equal(analyseQuestion('Until when will the bridge stay closed?').type, 'date');
  assert.equal(analyseQuestion('What was the deadline for entries to the contest?').type, 'date');
  const rev = analyseQuestion("What were Acme's profits in the first half?");
  assert.equal(rev.type, 'number');
  assert.equal(rev.quantity, 'money');
  assert.equal(analyseQuestion('What was the attendance at the derby?').type, 'number');
  assert.equal(analyseQuestion('What height did the jumper clear?').quantity, 'measure');
  assert.equal(analyseQuestion('Which Leeds and Bradford charity did she found?').type, 'organisation');
});

test('a "who" question asks for a person or group, and a role after an owner is its head', () => {
  assert.deepEqual(analyseQuestion('Who opened the new hospital wing?').slotTypes.includes('GPE'), false);
  const owned = analyseQuestion("Who is the mayor's deputy in the council?");
  assert.equal(owned.type, 'person');
  assert.equal(analyseQuestion("Who is Anna Berg's brother in the band?").head, 'brother');
  // a determiner ends the asked phrase: "fine", not "man"
  const fine = analyseQuestion('What is the largest fine the driver who crashed could face?');
  assert.equal(fine.type, 'number');
  assert.equal(fine.quantity, 'money');
});

test('what a number counts and a hyphenated role are read whole', () => {
  assert.equal(analyseQuestion('Which two firms are building the bridge?').type, 'organisation');
  assert.equal(analyseQuestion('Which three Dutch banks did the report name?').head, 'bank');
  assert.equal(analyseQuestion('Which Chelsea team-mate of the captain was injured?').type, 'person');
});

test('a count answers "how many X" only when it counts X or a kind of it; a measure needs its unit', () => {
  assert.equal(countFits('people', 'voters'), true);
  assert.equal(countFits('car', 'electric cars'), true);
  assert.equal(countFits('people', 'tickets'), false);
  assert.equal(countFits('organisations', 'Ugandan NGOs'), true);
  // graded for the ranker and the confidence: the same noun, a WordNet relative or kind, only people, something else
  assert.equal(countMatch('consoles', 'handheld consoles'), 1);
  assert.equal(countMatch('aircraft', 'jets'), 0.5);
  assert.equal(countMatch('fans', 'spectators'), 0);
  assert.equal(countMatch('people', 'cars'), -1);
  assert.equal(countMatch('people', ''), 0);
  assert.equal(countMatch('oilfields', 'mature oil fields'), 1);
  assert.equal(hasUnit('mass', '1.4kg', ''), true);
  assert.equal(hasUnit('mass', '15', '-inch screen'), false);
  assert.equal(hasUnit('length', '2', ' kilometres long'), true);
});

test('an engine\'s power, a device\'s storage and a temperature are measures with their own units', () => {
  // invented questions and sentences
  const power = analyseQuestion('How much power does the new sports car engine produce?');
  assert.equal(power.quantity, 'measure');
  assert.equal(dimensionAsked(power), 'power');
  assert.equal(hasUnit('power', '420', ' horsepower and 380 lb-ft'), true);
  assert.equal(hasUnit('power', '151', ' PS at 6,000rpm'), true);
  assert.equal(hasUnit('power', '10', '-speed automatic gearbox'), false);
  const storage = analyseQuestion('How much storage does the cheaper tablet have?');
  assert.equal(dimensionAsked(storage), 'data');
  assert.equal(hasUnit('data', '64GB', ''), true);
  assert.equal(hasUnit('data', '$299', ''), false);
  assert.equal(dimensionAsked(analyseQuestion('How powerful is the console\'s graphics chip?')), 'power');
  assert.equal(dimensionAsked(analyseQuestion('How hot did it get in Seville on Sunday?')), 'temperature');
  assert.equal(hasUnit('temperature', '46', 'C, a record'), true);
  assert.equal(hasUnit('speed', '8Mbps', ''), true);
});

test('the plain verbs of speaking stand for one another in the question\'s terms', () => {
  // invented question
  const { of } = expandQuestion(analyseQuestion('Which radio station did the coach speak to?'));
  for (const t of indexTerms('told')) assert.ok(of.has(t), `"told" (${t}) is searched`);
  for (const t of indexTerms('said')) assert.ok(of.has(t), `"said" (${t}) is searched`);
});

test('phrasal verbs as the question inflects them, and three-word ones, bring their WordNet synonyms', () => {
  // invented questions
  const turned = expandQuestion(analyseQuestion('Which offer did the board turn down last week?')).of;
  const turnedPast = expandQuestion(analyseQuestion('Which offer was turned down by the board?')).of;
  for (const t of indexTerms('rejected')) {
    assert.ok(turned.has(t), `"rejected" (${t}) is searched for "turn down"`);
    assert.ok(turnedPast.has(t), `"rejected" (${t}) is searched for "turned down"`);
  }
  const work = expandQuestion(analyseQuestion('How many people were out of work in March?')).of;
  for (const t of indexTerms('jobless')) assert.ok(work.has(t), `"jobless" (${t}) is searched for "out of work"`);
});

test('word order: question pairs kept together in the sentence and compact matches score higher', () => {
  const q = analyseQuestion('What was the list price value of the Emirates order?');
  const { of } = expandQuestion(q);
  const w = () => 1;
  const pairs = questionPairs(q);
  assert.ok(pairs.some(([a, b]) => a === 'list' && b === 'price'), JSON.stringify(pairs));
  const together = wordOrder(indexTerms('Emirates placed an order worth $8.8bn at list prices.'), of, pairs, w);
  const apart = wordOrder(indexTerms('Prices were discussed on Monday; weeks later a list of carriers, among them Emirates and several rivals from Asia, was published, and an order was expected.'), of, pairs, w);
  assert.ok(together.phrase > apart.phrase, `${together.phrase} > ${apart.phrase}`);
  assert.ok(together.compact > apart.compact, `${together.compact} > ${apart.compact}`);
  assert.deepEqual(wordOrder(indexTerms('Nothing here matches.'), of, pairs, w), { phrase: 0, compact: 0 });
});

test('the sentence model orders evidence by its learned score, and by the hand-weighted score when none is fitted', () => {
  const base = { coverage: 0.5, content: 0.5, names: 1, articleNames: 1, articleScore: 0.8, relatives: 0, lead: 0, windowContent: 0.5, articleContent: 0.8, phrase: 0, compact: 0.5, bm25: 0.5, score: 0.6, asked: 1, dated: 0, local: 0.5 };
  assert.equal(sentenceRelevance(base, null), 0.6);
  // a question's evidence sentence keeps the question's word pairs together; the others do not
  const qs = Array.from({ length: 40 }, (_, i) => ({
    cands: [
      { x: SENTENCE_FEATURES.map((n) => (n === 'phrase' ? 1 : n === 'score' ? 0.5 : 0.3)), y: 1 },
      { x: SENTENCE_FEATURES.map((n) => (n === 'phrase' ? 0 : n === 'score' ? 0.5 + (i % 3) * 0.1 : 0.3)), y: 0 },
    ],
  }));
  const weights = fitConditionalLogit(qs);
  const model = { groups: Object.fromEntries(['entity', 'date', 'number', 'quote', 'thing', 'sentence'].map((g) => [g, { bias: 0, weights }])) } as Parameters<typeof sentenceRelevance>[1];
  assert.ok(sentenceRelevance({ ...base, phrase: 1 }, model) > sentenceRelevance({ ...base, phrase: 0, score: 0.8 }, model));
});

test("the sentence model's trees read the question's type: one feature can matter for dates and not for people", () => {
  const base = { coverage: 0.5, content: 0.5, names: 1, articleNames: 1, articleScore: 0.8, relatives: 0, lead: 0, windowContent: 0.5, articleContent: 0.8, phrase: 0, compact: 0.5, bm25: 0.5, score: 0.6, asked: 0, dated: 0, local: 0.5 };
  const row = (asked: number) => SENTENCE_FEATURES.map((n) => (n === 'asked' ? asked : (base as Record<string, number>)[n]));
  // date questions: the sentence holding a date (asked) is the evidence; person questions: asked tells nothing
  const qs = Array.from({ length: 60 }, (_, i) => {
    const date = i % 2 === 0;
    const right = date ? 0 : i % 4 === 1 ? 0 : 1;
    return { group: (date ? 'date' : 'entity') as 'date' | 'entity', cands: [{ x: row(1), y: right === 0 ? 1 : 0 }, { x: row(0), y: right === 1 ? 1 : 0 }] };
  });
  const weights = fitConditionalLogit(qs);
  const linearModel = { groups: Object.fromEntries(['entity', 'date', 'number', 'quote', 'thing', 'sentence'].map((g) => [g, { bias: 0, weights }])) } as NonNullable<Parameters<typeof sentenceRelevance>[1]>;
  const model = boostRanker(qs, linearModel, { rounds: 60, depth: 2, rate: 0.3, leaf: 5 });
  const gap = (group: 'date' | 'entity') => sentenceRelevance({ ...base, asked: 1 }, model, group) - sentenceRelevance({ ...base, asked: 0 }, model, group);
  assert.ok(gap('date') > gap('entity') + 0.5, `date ${gap('date')} vs entity ${gap('entity')}`);
  // without trees every type shares the linear score
  assert.equal(sentenceRelevance({ ...base, asked: 1 }, linearModel, 'date'), sentenceRelevance({ ...base, asked: 1 }, linearModel, 'entity'));
});

test('a span is a kind of the asked noun by WordNet or by how its own article names it', () => {
  const article = 'Users were warned about the Hackarmy trojan. The site Suprnova closed. Giselle, the ballet she danced, endured. Keane won.';
  assert.equal(kindFit({ text: 'a goose' }, 'animal', ''), 1, 'WordNet: a goose is an animal');
  assert.equal(kindFit({ text: 'Hackarmy' }, 'trojan', article), 1, 'the noun right after the name');
  assert.equal(kindFit({ text: 'Suprnova' }, 'sites', article), 1, 'the noun right before it, plural asked');
  assert.equal(kindFit({ text: 'Giselle' }, 'ballet', article), 1, 'in apposition');
  assert.equal(kindFit({ text: 'Keane' }, 'album', article), 0, 'a name the article never calls one');
  assert.equal(kindFit({ text: 'Hackarmy' }, 'trojan', 'The Hackarmy computer trojan spread.'), 1, 'one word between');
  assert.equal(kindFit({ text: 'reports' }, 'food', 'He could shed no light on reports that food was thrown.'), 0, 'no function word between');
  assert.equal(kindFit({ text: 'groin injury' }, 'animal', article), 0);
  assert.equal(kindFit({ text: 'trojan' }, 'trojan', article), 0, 'the asked noun itself is no kind of it');
});

test('an adjective alone is no asked noun: the phrase goes on to its noun when the tagger stops early', () => {
  const price = analyseQuestion('What was the early list price of the new console?');
  assert.equal(price.type, 'number');
  assert.equal(price.head, 'price');
  assert.equal(analyseQuestion('How much is a monthly Netflix subscription?').head, 'subscription');
  assert.equal(analyseQuestion('Which British company bought the builder?').head, 'company', 'a name before the noun still leaves the noun as head');
});

test('a year that names which one of a thing is no time constraint; a year said of the event is', () => {
  assert.equal(questionWhen('How big is the 2006 budget?', '2026-01-01'), null, 'the year qualifies the noun after it');
  assert.equal(questionWhen('Who scored in the 2005 cup final?', '2026-01-01'), null);
  assert.equal(questionWhen('Which team won Euro 2020?', '2026-01-01'), null, 'the year closes a name');
  assert.equal(questionWhen('How many titles did she win in 2004?', '2026-01-01')?.text, '2004');
  assert.equal(questionWhen('What did he say in November 2004 about the plan?', '2026-01-01')?.text, 'November 2004');
});

test('"who <verb>s" asks for the one who does it, by the verb\'s derived person nouns in WordNet', () => {
  assert.deepEqual(analyseQuestion('Who coaches the national side?').agents, ['coach']);
  assert.ok(analyseQuestion('Who will found the new party?').agents?.includes('founder'));
  assert.deepEqual(analyseQuestion('Who said the talks would resume?').agents, [], 'saying names nobody');
  assert.deepEqual(analyseQuestion('Which striker scored?').agents, [], 'a "which X" question has its noun already');
});

test('"who is the X" asks for a person when WordNet files X under persons only; the adverb of a participle is no head', () => {
  assert.deepEqual(analyseQuestion("Who is the striker's agent?").slotTypes, ['PERSON']);
  assert.equal(analyseQuestion("Who is the striker's agent?").head, 'agent');
  const q = analyseQuestion('Who is the newly elected party treasurer?');
  assert.equal(q.head, 'treasurer');
  assert.deepEqual(q.slotTypes, ['PERSON']);
});

test('a "where" answer is placed against the places the question and its sentence name', () => {
  assert.equal(placeWithin('Monroe', ['Louisiana'], []), 1, 'within the asked state');
  assert.equal(placeWithin('Texas', ['Fort Worth'], []), -1, 'the state holding the asked city');
  assert.equal(placeWithin('Fort Worth', ['Fort Worth'], []), -1, 'the asked place itself');
  assert.equal(placeWithin('China', [], [{ text: 'Inner Mongolia' }, { text: 'China' }]), -0.5, 'broader than a place beside it');
  assert.equal(placeWithin('Inner Mongolia', [], [{ text: 'Inner Mongolia' }, { text: 'China' }]), 0);
});

test('a sentence that names another of a question name\'s kind in its place is a rival', () => {
  const text = 'Zed Arno hurt his knee in the Lakeside Cup. Bo Renner also picked up a thigh injury in the Lakeside Cup.';
  const ent = (id: string, name: string, type: 'PERSON' | 'EVENT', at: [number, number][]) => ({
    id, name, type, mentions: at.map(([s, e]) => ({ sentence: s, start: e, end: e + name.length, text: name })),
  });
  const article = new ArticleIndex({
    title: 'Injuries', text, quotes: [], events: [],
    sentences: [{ start: 0, end: 43 }, { start: 44, end: text.length }],
    entities: [ent('p1', 'Zed Arno', 'PERSON', [[0, 0]]), ent('p2', 'Bo Renner', 'PERSON', [[1, 44]]), ent('e1', 'Lakeside Cup', 'EVENT', [[0, 30], [1, text.indexOf('Lakeside', 44)]])],
  } as unknown as ConstructorParameters<typeof ArticleIndex>[0]);
  const names = nameMatchers(['Zed Arno', 'Lakeside Cup']);
  const types = questionNameTypes(names, [article]);
  assert.deepEqual(types, ['PERSON', 'EVENT']);
  const second = article.mentions(1).map((m) => ({ ...m, start: m.start - 44, end: m.end - 44 }));
  // The second sentence lacks Zed Arno but names Bo Renner, a person: one rival of two names. The first
  // sentence, before it, names him: read as context, so a sentence right after the name is no rival.
  assert.equal(rivalShare(names, types, article, 1, article.sentenceText(1), second), 0);
  const alone = new ArticleIndex({ ...article.article, text: 'Bo Renner also picked up a thigh injury in the Lakeside Cup.', sentences: [{ start: 0, end: 59 }],
    entities: [ent('p2', 'Bo Renner', 'PERSON', [[0, 0]]), ent('e1', 'Lakeside Cup', 'EVENT', [[0, 47]])] } as unknown as ConstructorParameters<typeof ArticleIndex>[0]);
  assert.equal(rivalShare(names, types, alone, 0, alone.sentenceText(0), alone.mentions(0)), 0.5);
  assert.equal(rivalShare(nameMatchers(['Bo Renner']), ['PERSON'], alone, 0, alone.sentenceText(0), alone.mentions(0)), 0, 'the asked person is there');
});

test('a sentence is about the entities its pronouns and role nouns were linked to, as about its speakers', () => {
  const text = 'Pete Doherty and Alan Wass were arrested on 2 February. They are next due in court on 18 April.';
  const article = new ArticleIndex({
    title: 'Court', text, quotes: [], events: [], entities: [],
    sentences: [{ start: 0, end: 55 }, { start: 56, end: text.length }],
    coref: [{ start: 56, end: 60, text: 'They', sentence: 1, kind: 'pronoun', confidence: 0.8, entity: { id: 'p1', name: 'Pete Doherty', type: 'PERSON' } }],
  } as unknown as ConstructorParameters<typeof ArticleIndex>[0]);
  assert.deepEqual(article.resolvedNames(1), ['Pete Doherty']);
  assert.deepEqual(article.resolvedNames(0), []);
});

test('a sentence holds the asked type when it gives a name, figure, time or quote the question does not', () => {
  const text = 'Zed Arno praised Bo Renner. Arno signed for 3m pounds in 2003. Arno said: "We won." Arno left because of an injury.';
  const s = [0, text.indexOf('Arno signed'), text.indexOf('Arno said'), text.indexOf('Arno left')];
  const ends = [s[1] - 1, s[2] - 1, s[3] - 1, text.length];
  const at = (i: number, w: string) => text.indexOf(w, s[i]);
  const article = new ArticleIndex({
    title: 'Arno', text, events: [],
    sentences: s.map((start, i) => ({ start, end: ends[i] })),
    entities: [
      { id: 'p1', name: 'Zed Arno', type: 'PERSON', mentions: [0, 1, 2, 3].map((i) => ({ sentence: i, start: at(i, i ? 'Arno' : 'Zed'), end: at(i, 'Arno') + 4, text: i ? 'Arno' : 'Zed Arno' })) },
      { id: 'p2', name: 'Bo Renner', type: 'PERSON', mentions: [{ sentence: 0, start: at(0, 'Bo'), end: at(0, 'Bo') + 9, text: 'Bo Renner' }] },
    ],
    numbers: [{ sentence: 1, start: at(1, '3m'), end: at(1, '3m') + 9, text: '3m pounds' }],
    times: [{ sentence: 1, start: at(1, '2003'), end: at(1, '2003') + 4, text: '2003' }],
    quotes: [{ sentence: 2, start: at(2, '"'), end: ends[2], text: 'We won.' }],
  } as unknown as ConstructorParameters<typeof ArticleIndex>[0]);
  const holds = (q: string) => [0, 1, 2, 3].map((i) => holdsAsked(analyseQuestion(q), article, i, article.sentenceText(i)));
  assert.deepEqual(holds('Whom did Zed Arno praise?'), [1, 0, 0, 0], 'another person than the one asked about');
  assert.deepEqual(holds('How much did Zed Arno sign for?'), [0, 1, 0, 0]);
  assert.deepEqual(holds('How much did Zed Arno sign for 3m pounds?'), [0, 0, 0, 0], 'a figure the question gives is not an answer');
  assert.deepEqual(holds('When did Zed Arno sign?'), [0, 1, 0, 0]);
  assert.deepEqual(holds('What did Zed Arno say about the match?'), [0, 0, 1, 0]);
  assert.deepEqual(holds('Why did Zed Arno leave?'), [0, 0, 0, 1]);
});

test('a who/which question asks for the doer of its verb or the one it is done to', () => {
  const role = (q: string) => analyseQuestion(q).role;
  assert.deepEqual(role('Who coaches the Lakeside rugby side?'), { verb: 'coach', wants: 'agent' });
  assert.deepEqual(role('Which firm has bought the Zedco brewery?'), { verb: 'bought', wants: 'agent' });
  assert.equal(role('Who was sacked by the Lakeside club?')?.wants, 'patient');
  assert.equal(role('Which company did Zedco buy last year?')?.wants, 'patient');
  assert.equal(role('Which pop stars lend their voices to the film?')?.verb, 'lend', 'a noun the tagger reads as a verb inside the wh-phrase is skipped');
  assert.equal(role('Who is the chairman of Zedco?'), null, 'a copula says neither');
  assert.equal(role('Which bank did Zedco sell shares in?'), null, 'a stranded preposition asks for its object, not the verb\'s');
});

test('a span\'s part in the verb is read from where it stands: subject, object, "by" after a passive, inverted "said"', () => {
  const at = (text: string, name: string, verb: string, wants: 'agent' | 'patient') => {
    const s = text.indexOf(name);
    const v = text.indexOf(verb);
    return roleIn(text, s, s + name.length, [[v, v + verb.length]], wants);
  };
  assert.equal(at('Lakeside sacked Bo Renner on Monday.', 'Bo Renner', 'sacked', 'patient'), 1);
  assert.equal(at('Lakeside sacked Bo Renner on Monday.', 'Lakeside', 'sacked', 'patient'), -1);
  assert.equal(at('Bo Renner was sacked by Lakeside on Monday.', 'Lakeside', 'sacked', 'agent'), 1);
  assert.equal(at('The data were collected by the Zed probe in 2004.', 'Zed', 'collected', 'agent'), 1, 'a reduced passive');
  assert.equal(at('Bo Renner, who coaches the Eagles, agreed.', 'Bo Renner', 'coaches', 'agent'), 1, 'a relative clause');
  assert.equal(at('"We will win," said Bo Renner.', 'Bo Renner', 'said', 'agent'), 1, 'an inverted reporting verb');
  assert.equal(at('Her killer, Bo Renner, 19 - who was jailed in May - lived nearby.', 'Bo Renner', 'jailed', 'patient'), 1, 'an age after the name');
  assert.equal(at('Bo Renner, 19, was jailed for life.', 'Bo Renner', 'jailed', 'patient'), 1, 'an age between commas');
  assert.equal(at('Their coach Bo Renner agreed.', 'Bo Renner', 'coach', 'agent'), 1, 'the verb as a noun before the name');
  assert.equal(at('Zedco reached a deal with Lakeside.', 'Lakeside', 'reached', 'patient'), 0, 'the object of a preposition is no object of the verb');
  assert.equal(at('Analysts in Leeds said Zedco has bought Lakeside.', 'Leeds', 'bought', 'agent'), 0, 'too far, a clause between');
});

test('the main verb of a question is what its date, number or place is of', () => {
  const verb = (q: string) => analyseQuestion(q).verb;
  assert.equal(verb('In what year was the actor Bo Renner born?'), 'born');
  assert.equal(verb('How many cars a year does Zedco sell?'), 'sell');
  assert.equal(verb('By how much did Norwich Union cut its bonus rates?'), 'cut', 'a verb the tagger reads as a noun after a name');
  assert.equal(verb('Where did the hunter who caught the plague eat the rabbit?'), 'eat', 'not the relative clause\'s verb');
  assert.equal(verb('How big is Bo Renner\'s stake in Zedco?'), null, 'a copula question has none');
});

test('near: of two numbers in one sentence, the one the question words surround; words inside the span or far away do not count', () => {
  const s = 'Emirates ordered 50 Airbus A350-900 jets at the show, while a separate deal with Boeing for its 787 aircraft, signed later in the week after long talks, came to 30.';
  // The question's terms ("airbus", "a350", "boeing") with their share of the question's weight.
  const share: Record<string, number> = {};
  for (const t of ['Airbus', 'A350', 'Boeing']) share[indexTerms(t)[0]] = 0.3;
  const weighted = termHits(s, new Set(Object.keys(share))).map((h) => ({ ...h, w: share[h.term] }));
  const at = (x: string) => [s.indexOf(x), s.indexOf(x) + x.length] as const;
  const fifty = nearShare(weighted, ...at('50'));
  const thirty = nearShare(weighted, ...at('30'));
  assert.ok(fifty >= 0.6 - 1e-9, `50 stands by Airbus and A350: ${fifty}`);
  assert.equal(thirty, 0, 'nothing of the question within eight words of 30');
  // A span that holds the question's words gets no credit for them (an echo is not context): only
  // "Boeing", outside it and within eight words, counts.
  assert.equal(nearShare(weighted, ...at('Airbus A350-900')), 0.3);
  // Each term once, at its best match; never above 1.
  const twice = [...weighted, ...weighted.map((w) => ({ ...w, w: 0.9 }))];
  assert.ok(nearShare(twice, ...at('50')) <= 1);
});

test('a name inside the asked phrase modifies its noun; a verb the tagger read as a noun ends the phrase', () => {
  // invented questions, not from any QA set
  assert.equal(analyseQuestion('Which veteran Hollywood producer backed the Leeds film festival?').head, 'producer');
  assert.equal(analyseQuestion('How many home Premier League games had Fulham won by March?').head, 'games');
  assert.equal(analyseQuestion('Which third Ana Ruiz novel won the prize?').head, 'novel');
  // a possessive name is an owner, not a modifier: the phrase stops before it
  assert.notEqual(analyseQuestion("How many times Spain's budget would Portugal spend?").head, 'budget');
  // an acronym WordNet knows as a person or a thing is a common noun; one for a place or a body is a name
  const dj = analyseQuestion('What is the name of the breakfast DJ who interviewed the minister?');
  assert.equal(dj.head, 'dj');
  assert.equal(dj.type, 'person');
  assert.equal(analyseQuestion('In which US state was the firm founded?').head, 'state');
  // so is a noun the tagger reads as a verb right before the verb in the past: two verbs cannot stand side by side
  const sub = analyseQuestion('Which Borders substitute scored the late try against Ulster?');
  assert.equal(sub.head, 'substitute');
  assert.notEqual(sub.type, 'place');
  assert.equal(analyseQuestion('Which German club has shown interest in the midfielder?').head, 'club');
  // the verb after a singular noun and before its object
  const city = analyseQuestion('Which Spanish city hosts the robotics fair?');
  assert.equal(city.head, 'city');
  assert.equal(city.type, 'place');
  assert.equal(analyseQuestion('Which Kenyan runner beat Ana Ruiz over 5,000m in Oslo?').head, 'runner');
  // "who was the <role> ...": the role ends at its last word for a person, names aside
  assert.equal(analyseQuestion('Who was the Leeds council chief executive paid a £40,000 bonus?').head, 'executive');
  assert.equal(analyseQuestion('Who was the Wales manager Ana Ruiz spoke to about the friendly?').head, 'manager');
  // a noun that is also a verb stays when the question's own verb follows the name
  assert.equal(analyseQuestion('Which drug test Ana Ruiz missed cost her the title?').head, 'test');
});

test("foreign: the span is another entity's when the name nearest it is not the question's and the sentence names none of them", () => {
  const s = 'Acme chief executive Ana Ruiz said profits rose, while Li Wei of Globex disagreed.';
  const m = (x: string, id: string, type: string) => ({ start: s.indexOf(x), end: s.indexOf(x) + x.length, entityId: id, type });
  const mentions = [m('Acme', 'acme', 'ORG'), m('Ana Ruiz', 'ruiz', 'PERSON'), m('Li Wei', 'li', 'PERSON'), m('Globex', 'globex', 'ORG')];
  const at = (x: string) => [s.indexOf(x), s.indexOf(x) + x.length] as const;
  // asked about Initech, named nowhere here: Ana Ruiz is Acme's
  assert.equal(foreignNear(mentions, ...at('Ana Ruiz'), new Set(['initech'])), 1);
  // asked about Acme: the sentence names it, so nothing here is another's by this feature (owner reads it)
  assert.equal(foreignNear(mentions, ...at('Ana Ruiz'), new Set(['acme'])), 0);
  // a name further than FOREIGN_NEAR away makes nothing another's
  assert.equal(foreignNear([m('Acme', 'acme', 'ORG')], ...at('disagreed'), new Set(['initech'])), 0);
});

test('source: a span the words come from (told, according to, reported, a post or report of) and not what they say', () => {
  const frame = (s: string, x: string) => sourceFrame(s, s.indexOf(x), s.indexOf(x) + x.length);
  assert.ok(frame('The deal is off, the minister told Globe Radio on Monday.', 'Globe Radio'));
  assert.ok(frame('Profits fell by a third, according to the Daily Ledger.', 'Daily Ledger'));
  assert.ok(frame('Northwind reported that the talks had stalled.', 'Northwind'));
  assert.ok(frame("In a Facebook post, she thanked the nurses.", 'Facebook'));
  assert.ok(frame("Harbour News's report said 12 people were hurt.", 'Harbour News'));
  // the speaker and what was done are no source
  assert.ok(!frame('Acme said profits rose.', 'Acme'));
  // the one told is the listener whoever it is: residents as much as a radio station
  assert.ok(frame('The police told residents to leave.', 'residents') && !frame('The police told residents to leave.', 'police'));
  assert.ok(!frame('Acme bought Globex for $2bn.', 'Globex'));
  // a question about the telling itself may want the source
  assert.ok(asksAfterSource('Which radio station did the minister tell the deal was off?'));
  assert.ok(asksAfterSource('Which newspaper first reported the sale?'));
  assert.ok(!asksAfterSource('Which company bought Globex?'));
});

test('a country restates the nationality the question gives (an echo, not an answer)', () => {
  const words = questionWords("In which Swedish town is Saab's factory?");
  assert.ok(words.has('sweden') && words.has('swedish') && words.has('saab'));
  assert.ok(questionWords('Which British gamers won?').has('kingdom'));
  assert.ok(!questionWords('Which town is the factory in?').has('sweden'));
});

test('the asked noun after a name: "of the" inside the name, a noun the tagger read as a verb, no noun after "how much did"', () => {
  // invented questions, not from any QA set
  const ofThe = analyseQuestion('Which Lord of the Rings actor opened the festival in Leeds?');
  assert.equal(ofThe.head, 'actor');
  assert.equal(ofThe.type, 'person');
  const misread = analyseQuestion('In which US state was the carmaker founded by Henry Lane?');
  assert.equal(misread.head, 'state');
  assert.equal(misread.type, 'place');
  assert.equal(analyseQuestion("How much did Acme Holdings pay for the Leeds factory?").head, null);
  assert.equal(analyseQuestion('How much could Pedro Alvarez be fined for his remarks?').head, null);
  assert.equal(analyseQuestion('How many Acme shares were sold in May?').head, 'shares');
  assert.equal(analyseQuestion('Who is the coach behind the Leeds Rhinos revival?').head, 'coach');
  // "what did <name> <verb>": the name is the subject, not what is asked
  const predicted = analyseQuestion("What did Barclays' Anna Price predict for the pound next year?");
  assert.notEqual(predicted.type, 'person');
  assert.equal(predicted.head, null);
  assert.equal(analyseQuestion('What did the city council decide about the bridge?').type, 'thing');
});

test('the asked noun after a count, a participle or "the name of": "which two Welsh sides", "the name of the app"', () => {
  // invented questions, not from any QA set
  const counted = analyseQuestion('Which two Welsh clubs could Leeds United face in the next round?');
  assert.equal(counted.head, 'club');
  assert.equal(counted.type, 'organisation');
  const participle = analyseQuestion('Which two jailed Egyptian journalists is the union campaigning for?');
  assert.equal(participle.head, 'journalist');
  assert.equal(participle.type, 'person');
  const named = analyseQuestion('What is the name of the budgeting software launched by the Leeds start-up?');
  assert.equal(named.head, 'software');
  assert.equal(analyseQuestion('Which Dutch Labour MEP criticised the fishing quota?').type, 'person');
  // after "what" the owner is not asked, what it owns is: a number here
  const owned = analyseQuestion("What were the carmaker's sales in March?");
  assert.equal(owned.type, 'number');
  assert.equal(owned.quantity, 'money');
  assert.equal(analyseQuestion("Which country's voters backed the treaty?").type, 'place');
  // the phrase's last noun is its head when it names a kind, though an earlier noun is a listed one
  const officers = analyseQuestion('Which two prison officers gave evidence at the Leeds inquest?');
  assert.equal(officers.head, 'officer');
  assert.equal(officers.type, 'person');
});

test('a "what" question whose verb asks a price is a money question; "how wide/tall" asks a measure', () => {
  // invented questions, not from any QA set
  for (const q of ['What does the Acme X2 phone cost in Germany?', 'What is Leeds Holdings paying for the brewery?', "What was the Leeds club's offer for the striker worth?"]) {
    const a = analyseQuestion(q);
    assert.equal(a.type, 'number', q);
    assert.equal(a.quantity, 'money', q);
  }
  assert.notEqual(analyseQuestion('What did the mayor pay tribute to?').type, 'number');
  const wide = analyseQuestion('How wide is the new bridge over the Tyne?');
  assert.equal(wide.type, 'number');
  assert.equal(wide.quantity, 'measure');
});

test('a title keeps its small words; two names joined by "and" are no title, nor a name and a weekday', () => {
  const runs = (s: string) => titleRuns(s, []).map((r) => r.text);
  assert.deepEqual(runs('He starred in Mutiny on the Bounty in 1962.'), ['Mutiny on the Bounty']);
  assert.deepEqual(runs("The Streets' album A Grand Don't Come for Free topped the poll."), ["A Grand Don't Come for Free"]);
  assert.deepEqual(runs('Readers chose Bridget Jones: The Edge of Reason as their film.'), ['Bridget Jones: The Edge of Reason']);
  assert.deepEqual(runs('He told CBS programme 60 Minutes that it was dark.'), ['60 Minutes']);
  assert.deepEqual(runs('The Bank of England in London held rates; Britain and France agreed.'), []);
  assert.deepEqual(runs('Arsenal beat Chelsea on Sunday.'), []);
  assert.deepEqual(runs("He hosted They Think It's All Over for years."), ["They Think It's All Over"]);
  assert.deepEqual(runs("Labour's Gordon Brown spoke."), []);
  // a possessive before an ordinary word is inside a title; an owner before the title is a run of its own
  assert.deepEqual(runs("Jane Field's Lost Man's Boots won the award."), ["Jane Field's Lost Man's Boots", "Lost Man's Boots"]);
});

test('two names joined by "and" fit the asked type only as well as the weaker one', () => {
  const text = 'Ulster led with tries from Paul Steinmetz and Bryn Cunningham.';
  const a = { text: 'Paul Steinmetz', start: 27, end: 41, prior: 0, slot: 0, entityType: 'PERSON' as const };
  const b = { text: 'Bryn Cunningham', start: 46, end: 61, prior: 0, slot: 0.6, entityType: 'PERSON' as const };
  const pair = joinCoordinated([a, b], text).find((s) => s.text === 'Paul Steinmetz and Bryn Cunningham');
  assert.equal(pair?.slot, 0);
  assert.equal(pair?.entityType, 'PERSON');
});

test('"how old" asks an age: a number written as one fits, another number in the sentence does not', () => {
  assert.equal(analyseQuestion('How old is the Olympic champion over 10,000m?').quantity, 'age');
  assert.equal(analyseQuestion('At what age did the singer retire?').quantity, 'age');
  const s = 'Kenenisa Bekele, 22, won the 10,000m and his rival, aged 31, the 5,000m.';
  const at = (w: string) => [s.indexOf(w), s.indexOf(w) + w.length] as const;
  assert.equal(isAge(s, ...at('22'), null), true);
  assert.equal(isAge(s, ...at('31'), null), true);
  assert.equal(isAge(s, ...at('10,000'), null), false);
  assert.equal(isAge('The 24-year-old was elected.', 4, 6, 'year'), true);
  assert.equal(isAge('He won 24 seats.', 7, 9, null), false);
});

test('"what kind of X" is answered by the words the sentence puts before X, capitalised or not', () => {
  const phrases = (t: string, h: string, kind: boolean) => headPhrases(t, h, kind).map((s) => s.text);
  assert.deepEqual(phrases('Lipitor is a cholesterol-lowering drug sold by Pfizer.', 'drug', true), ['cholesterol-lowering drug']);
  assert.deepEqual(phrases('The crew staged a silent protest outside.', 'protest', true), ['silent protest']);
  assert.deepEqual(phrases('Hackers could send .gif files to run code.', 'file', true), ['.gif files']);
  assert.deepEqual(phrases('It is the best drug on sale.', 'drug', true), []);
  // without "kind of", only capitalised or numeric modifiers make a phrase
  assert.deepEqual(phrases('The crew staged a silent protest outside.', 'protest', false), []);
  assert.deepEqual(phrases('They fired Tomahawk missiles.', 'missile', true), ['Tomahawk missiles']);
});

test('a why-answer inside a quote ends where the quote does', () => {
  const s = '"I love the city because my sister lives here," said the singer, who moved in May.';
  assert.equal(answerClause(s, [s.indexOf('love')], 'reason'), 'because my sister lives here');
  const t = 'He said: “We left because the rent doubled.” Then he went home.';
  assert.equal(answerClause(t, [t.indexOf('left')], 'reason'), 'because the rent doubled');
});

test('a question that counts its answers wants that many names, joined by commas and "and"', () => {
  assert.equal(analyseQuestion('Which two firms are building the plant?').items, 2);
  assert.equal(analyseQuestion('Who were the three men charged over the theft?').items, 3);
  assert.equal(analyseQuestion('Which firm is building the plant?').items, undefined);
  assert.equal(itemsFit('Ford and GM', 2), 1);
  assert.equal(itemsFit('Ford', 2), -1);
  assert.equal(itemsFit('Ford, GM and Fiat', 3), 1);
  assert.equal(itemsFit('Ford, GM and Fiat', 2), -0.5);
  const text = 'The deal was signed by Ford, General Motors and Fiat on Monday.';
  const at = (w: string, type: 'ORG' | 'PERSON' = 'ORG') => ({ text: w, start: text.indexOf(w), end: text.indexOf(w) + w.length, prior: 0, slot: 1, entityType: type });
  const joined = joinCoordinated([at('Ford'), at('General Motors'), at('Fiat')], text).map((s) => s.text);
  assert.ok(joined.includes('Ford, General Motors and Fiat'), JSON.stringify(joined));
  assert.ok(joined.includes('General Motors and Fiat'));
});

test('a race\'s time asks how long it took, a number; "at what time" and a kick-off time ask when', () => {
  for (const q of ['What time did the sprinter run in the indoor 400m final?', "What was the champion's winning time over 1,500m?", 'In what time did the relay team win gold?', 'What is her world record time for the mile?']) {
    const a = analyseQuestion(q);
    assert.deepEqual([a.type, a.quantity], ['number', 'elapsed'], q);
  }
  for (const q of ['At what time did the bomb go off?', 'What time does the polling station open?', 'To what kick-off time was the match moved?']) assert.equal(analyseQuestion(q).type, 'date', q);
});

test('"by what score" asks a result: hyphened pairs, a tennis match\'s sets as one; "to" ranges are no result', () => {
  assert.equal(analyseQuestion('By what score did the visitors win the final?').quantity, 'score');
  assert.equal(analyseQuestion('What was the score when the two sides met?').quantity, 'score');
  // the number pairs numberRanges gives, found here by their text (the nth occurrence from `from`)
  const spansOf = (t: string, pairs: string[]) => {
    let from = 0;
    return pairs.map((p) => {
      const start = t.indexOf(p, from);
      from = start + p.length;
      return { text: p, start, end: start + p.length, prior: 0, slot: 1, kind: 'number' as const };
    });
  };
  const t1 = 'Dent beat Hewitt 7-6 (7-4) 6-3 to reach the final.';
  assert.deepEqual(scores(t1, spansOf(t1, ['7-6', '7-4', '6-3'])).map((s) => s.text), ['7-6 (7-4) 6-3']);
  const t2 = 'Wales won 11-9 after trailing by 5 to 10 points.';
  assert.deepEqual(scores(t2, spansOf(t2, ['11-9', '5 to 10'])).map((s) => s.text), ['11-9']);
});

test('whose a span is: the nearest name, when the question names one in the sentence', () => {
  const text = 'Unison has 1.3 million members while the GMB has 600,000.';
  const m = (w: string, id: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, entityId: id });
  const mentions = [m('Unison', 'unison'), m('GMB', 'gmb')];
  const span = (w: string): [number, number] => [text.indexOf(w), text.indexOf(w) + w.length];
  assert.equal(ownerNear(mentions, ...span('600,000'), new Set(['gmb'])), 1);
  assert.equal(ownerNear(mentions, ...span('1.3 million members'), new Set(['gmb'])), -1);
  // the question names no one here: the feature says nothing
  assert.equal(ownerNear(mentions, ...span('600,000'), new Set(['tuc'])), 0);
});

test('a number as the part or the whole of "N of M"', () => {
  const at = (text: string, w: string) => partOfWhole(text, text.indexOf(w), text.indexOf(w) + w.length);
  const t = 'The motion was backed by 212 of the 340 delegates on Friday.';
  assert.equal(at(t, '212'), 1);
  assert.equal(at(t, '340'), -1);
  const u = "Some 2.4m of Scotland's 4.1m voters turned out.";
  assert.equal(at(u, '2.4m'), 1);
  assert.equal(at(u, '4.1m'), -1);
  assert.equal(at('Sales rose 12% to 900 units.', '900'), 0);
});

test('a name inside another: the inner one against the one that holds it', () => {
  const at = (text: string, w: string) => nesting(text, text.indexOf(w), text.indexOf(w) + w.length);
  const t = "The band will play at Glasgow's Barrowland Ballroom next month.";
  assert.equal(at(t, 'Barrowland Ballroom'), 1);
  assert.equal(at(t, 'Glasgow'), -1);
  const u = 'The men are held at Wakefield Prison in West Yorkshire.';
  assert.equal(at(u, 'Wakefield Prison'), 1);
  assert.equal(at(u, 'West Yorkshire'), -1);
  assert.equal(at('Talks resume in Geneva on Monday.', 'Geneva'), 0);
});

test('the asked noun: a closed compound WordNet lacks is a kind of its last part; "and" joins two nouns of the phrase', () => {
  const a = analyseQuestion('Which Rangers goalkeeper was injured in the derby?');
  assert.equal(a.type, 'person');
  const b = analyseQuestion('Which environment and rural affairs secretary announced the cull?');
  assert.deepEqual([b.type, b.head], ['person', 'secretary']);
  // a name after "and" still ends the phrase
  assert.equal(analyseQuestion('Which club and Arsenal played on Saturday?').head, 'club');
});

test('a number is shown with the words that bound or round it, scored as the number alone', () => {
  const text = 'Police said more than 250 people died, and about 3,000 were hurt; up to 10% of homes and some 40 shops burned, over 12 days.';
  const at = (w: string) => ({ text: w, start: text.indexOf(w), end: text.indexOf(w) + w.length, prior: 0, kind: 'number' as const });
  assert.equal(approximated(text, { ...at('250'), shown: '250 people' }).shown, 'more than 250 people');
  assert.equal(approximated(text, at('3,000')).shown, 'about 3,000');
  assert.equal(approximated(text, at('10%')).shown, 'up to 10%');
  assert.equal(approximated(text, at('40')).shown, 'some 40');
  assert.equal(approximated(text, at('12')).shown, 'over 12');
  // the span itself is unchanged; a number with nothing before it is left alone
  assert.equal(approximated(text, at('250')).text, '250');
  const plain = 'The firm cut 40 jobs.';
  assert.equal(approximated(plain, { text: '40', start: plain.indexOf('40'), end: plain.indexOf('40') + 2, prior: 0 }).shown, undefined);
});

test("the asked phrase's head is its last noun, and a noun modifier tagged as a verb stays in the phrase", () => {
  // WordNet's first sense of "white" is a person; the phrase's head is the pigment.
  const pigment = analyseQuestion('Which white pigment drove higher profits at the chemicals group?');
  assert.equal(pigment.type, 'thing');
  assert.equal(pigment.head, 'pigment');
  // "police" read as a verb after a singular name cannot be the question's verb ("polices").
  const inspector = analyseQuestion('Which Winnipeg police inspector said the two men were unknown to him?');
  assert.equal(inspector.type, 'person');
  assert.equal(inspector.head, 'inspector');
  // a listed kind before the last word still wins over WordNet's sense of it
  assert.equal(analyseQuestion('Which police force raided the site?').type, 'organisation');
  assert.equal(analyseQuestion('Which Italian side missed out on the knockout stage?').type, 'organisation');
  // a verb with its own object after the name stays the verb
  assert.equal(analyseQuestion('Which Chelsea striker scored the winner?').head, 'striker');
});

test('a role written without its article heads a who-question', () => {
  assert.equal(analyseQuestion('Who was chairman of Upjohn when it offered early retirement?').head, 'chairman');
  assert.equal(analyseQuestion('Who is chief executive of the engineering firm Jarvis?').head, 'executive');
  // a verb is no role, and neither is a name
  assert.equal(analyseQuestion('Who is directing the Pirates of the Caribbean sequel?').head, null);
  assert.equal(analyseQuestion('Who was Tony Blair talking to?').head, null);
});

test('"how fast did it grow" asks a rate of change (a number, not a speed); "how fast can it go" a speed', () => {
  for (const q of ['How fast did the Chinese economy grow last year?', 'How quickly are house prices rising in London?']) {
    const a = analyseQuestion(q);
    assert.deepEqual([a.type, a.quantity], ['number', null], q);
  }
  const speed = analyseQuestion('How fast can the new train travel?');
  assert.deepEqual([speed.type, speed.quantity], ['number', 'measure']);
  // a toll is a count: "what death toll" is answered by a number
  assert.equal(analyseQuestion('What death toll did officials give for the earthquake?').type, 'number');
});

test('the asked noun is singular by WordNet where it knows the noun: businesses, lies, news', () => {
  assert.equal(analyseQuestion('What lies did the minister tell the inquiry?').head, 'lie');
  assert.equal(analyseQuestion('What news did the carmaker announce on Monday?').head, 'news');
  assert.equal(analyseQuestion('Which businesses did the fund buy in 2004?').head, 'business');
  assert.equal(analyseQuestion('Which companies bid for the airline?').head, 'company');
});

test('"how much did sales drop" asks a change, however the sales are counted; "how much did X pay for the sales unit" money', () => {
  assert.equal(analyseQuestion('How much did US retail sales drop in January 2005?').quantity, null);
  assert.equal(analyseQuestion('How much have shares in the carmaker risen this year?').quantity, null);
  assert.equal(analyseQuestion('How much did Metlife pay for the sales unit?').quantity, 'money');
});

test('a month with no year, in an article with no date, fits a question that names that month of a year', () => {
  const when = questionWhen('By how much did production fall in October 2004?', null)!;
  const t = (value: string) => ({ text: 'x', value, start: 0, end: 1, sentence: 0 }) as unknown as TimeExpr;
  assert.equal(fitsWhen(when, null, [t('XXXX-10')], true), true);
  assert.equal(fitsWhen(when, null, [t('XXXX-10-12')], true), true);
  assert.equal(fitsWhen(when, null, [t('XXXX-09')], true), false);
  assert.equal(fitsWhen(when, null, [t('XXXX-WXX-1')], true), false);
  assert.equal(fitsWhen(when, null, [t('2003-10')], true), false);
});

test('a sentence says the asked month when one of its dates lies inside it; a year that holds the month only fits', () => {
  const when = questionWhen('How many texts were sent in the UK in December 2004?', null)!;
  const t = (value: string) => ({ text: 'x', value, start: 0, end: 1, sentence: 0 }) as unknown as TimeExpr;
  // "26 billion texts were sent in total in 2004" fits the question's time, but only by a coarser date
  assert.equal(fitsWhen(when, null, [t('2004')], true), true);
  assert.equal(saysWhen(when, null, [t('2004')]), false);
  // "2.4 billion were fired off in December alone" (a December with no year, or of 2004) says it
  assert.equal(saysWhen(when, null, [t('XXXX-12')]), true);
  assert.equal(saysWhen(when, null, [t('2004-12-24')]), true);
  assert.equal(saysWhen(when, null, [t('2004-11')]), false);
  // an article published that month says it in every sentence
  assert.equal(saysWhen(when, '2004-12-30T10:00:00Z', []), true);
  assert.equal(saysWhen(when, '2005-01-04T10:00:00Z', []), false);
});

test('a town is shown with the US state the article writes after it (AP abbreviations and the eight unabbreviated names), not with the next item of a list', () => {
  assert.equal(stateAfter(', Mass., said the company'), ', Mass.');
  assert.equal(stateAfter(', N.M.'), ', N.M.');
  assert.equal(stateAfter(', Texas.'), ', Texas');
  assert.equal(stateAfter(', Washington and Moscow'), null);
  assert.equal(stateAfter(', Georgia and Moldova'), null);
  assert.equal(stateAfter(', Texas-based'), null);
});

test('a model or edition number after a name is part of the name a "which" answer shows', () => {
  // invented sentences
  const named = (text: string, name: string) => {
    const start = text.indexOf(name);
    return withNumber(text, { text: name, start, end: start + name.length, prior: 0 }).text;
  };
  assert.equal(named('The chip will go into the PlayStation 3 next year.', 'PlayStation'), 'PlayStation 3');
  assert.equal(named('Passengers need a Nokia 3220, which reads the tags.', 'Nokia'), 'Nokia 3220');
  assert.equal(named('Critics voted for Fahrenheit 9/11 as best documentary.', 'Fahrenheit'), 'Fahrenheit 9/11');
  // a year, a score and a count are not part of the name
  assert.equal(named('She won at the Brits 2005 ceremony.', 'Brits'), 'Brits');
  assert.equal(named('It ended Chelsea 2-1 after extra time.', 'Chelsea'), 'Chelsea');
  assert.equal(named('Shares in Rover 25% lower.', 'Rover'), 'Rover');
});

test('the words a question puts before its asked noun are read around each answer in its article', () => {
  // invented question and article
  assert.deepEqual(headModifiers(analyseQuestion('Which Japanese drug company may pull out of the deal?')), ['Japanese', 'drug']);
  assert.deepEqual(headModifiers(analyseQuestion('Which two firms are building the bridge?')), []);
  assert.deepEqual(headModifiers(analyseQuestion("Which Arsenal forward did the midfielder say was kicked?")), ['Arsenal']);
  const article =
    'Shares in Phytomed fell after a partner said it may leave an Alzheimer drug deal. Japanese firm Yamada said it was reviewing the deal. ' +
    'Phytomed is listed on the London Stock Exchange. Yamada, the drug maker based in Osaka, gave no date.';
  const mods = modifierPatterns(['Japanese', 'drug']);
  assert.equal(modifierFit({ text: 'Yamada' }, mods, article), 1);
  assert.equal(modifierFit({ text: 'London Stock Exchange' }, mods, article), 0);
  // a nationality is its country too
  assert.equal(modifierFit({ text: 'Kanto Steel' }, modifierPatterns(['Japanese']), "Output at Japan's Kanto Steel fell."), 1);
});

test('a number inside a result or spelled capitalised inside a name counts nothing', () => {
  // invented sentences
  const win = 'The visitors sealed a 3-0 league win in front of 40,000 fans.';
  assert.equal(scorePart(win, win.indexOf('3'), win.indexOf('3') + 1), true);
  assert.equal(scorePart(win, win.indexOf('0 league'), win.indexOf('0 league') + 1), true);
  const draw = 'It ended in a 2-2 draw.';
  assert.equal(scorePart(draw, draw.indexOf('2'), draw.indexOf('2') + 1), true);
  const range = 'The firm will cut 30-40 staff.';
  assert.equal(scorePart(range, range.indexOf('30'), range.indexOf('30') + 2), false);
  assert.equal(scorePart(range, range.indexOf('40'), range.indexOf('40') + 2), false);
  const season = 'He scored 12 goals in the 2004-05 season.';
  assert.equal(scorePart(season, season.indexOf('12'), season.indexOf('12') + 2), false);
  const name = 'Wales can still win the Six Nations, he said.';
  assert.equal(capitalisedNumber(name, name.indexOf('Six'), name.indexOf('Six') + 3), true);
  const opening = 'Six people were hurt.';
  assert.equal(capitalisedNumber(opening, 0, 3), false);
  const plain = 'He won six caps.';
  assert.equal(capitalisedNumber(plain, plain.indexOf('six'), plain.indexOf('six') + 3), false);
});

test('kindFit reads a place name by WordNet: of the asked kind of place, of another, or unknown', () => {
  // invented sentence
  const art = 'The carmaker will move the plant from Leipzig to Hungary, near the border with Slovakia.';
  assert.equal(kindFit({ text: 'Hungary' }, 'country', art), 1);
  assert.equal(kindFit({ text: 'Leipzig' }, 'country', art), -1);
  assert.equal(kindFit({ text: 'Leipzig' }, 'city', art), 1);
});
