// Ask on small hand-built corpora: time constraints in questions, speakers with one surname.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, loadConfig, type App } from '../../src/app.js';
import type { Document } from '../../src/model/index.js';
import { analyseQuestion, answerQuestion } from '../../src/query/index.js';
import { fitsWhen, valueInterval } from '../../src/query/ask/when.js';
import { isDeictic } from '../../src/query/ask/candidates.js';
import { gatherEvidence } from '../../src/query/ask/evidence.js';
import { ArticleCache } from '../../src/query/articles.js';
import { verify } from '../../src/query/ask/verify.js';

const doc = (title: string, text: string, published: string): { item: string; ok: true; doc: Document } => ({
  item: title,
  ok: true,
  doc: { title, text, published, byline: null, canonicalUrl: null, source: 'Test Wire', relatedHints: [], origin: title },
});

/** A fresh desk on 2025-10-18 for one test, removed after it. */
async function onCorpus(fn: (app: App) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-cases-'));
  const app = await buildApp(loadConfig({}, { dataDir: dir, allowFetch: false }), { now: () => new Date('2025-10-18T12:00:00Z') });
  try {
    await fn(app);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The candidate answer with this text among a question's candidates. */
const candidate = (r: Awaited<ReturnType<typeof answerQuestion>>, text: string) => r.candidates.find((c) => c.text === text);

test('time values become date intervals', () => {
  assert.deepEqual(valueInterval('2025-10'), { from: '2025-10-01', to: '2025-10-31' });
  assert.deepEqual(valueInterval('2025-W42'), { from: '2025-10-13', to: '2025-10-19' });
  assert.deepEqual(valueInterval('2025-10-18/2025-11-01'), { from: '2025-10-18', to: '2025-11-01' });
  assert.deepEqual(valueInterval('2024'), { from: '2024-01-01', to: '2024-12-31' });
  assert.equal(valueInterval('P2W'), null);
  assert.equal(valueInterval('PRESENT_REF'), null);
});

test('the time words of a question constrain, they are not searched', () => {
  const q = analyseQuestion('Where did Smith meet Jones last week?', '2025-10-18');
  assert.ok(q.when, 'a constraint was found');
  assert.ok(q.when.from <= '2025-10-10' && q.when.to >= '2025-10-10');
  assert.ok(!q.terms.includes('week') && !q.terms.includes('last'));
});

test('"last week" and "in June" pick the meeting of that time', async () => {
  await onCorpus(async (app) => {
    await app.desk.add([
      doc('Talks in Paris', 'Foreign minister Anna Smith met her counterpart Peter Jones in Paris on Monday. The talks lasted three hours.', '2025-10-14'),
      doc('Talks in Rome', 'Foreign minister Anna Smith met her counterpart Peter Jones in Rome. The two discussed trade.', '2025-06-10'),
    ]);
    const recent = await app.desk.ask('Where did Smith meet Jones last week?', { related: false });
    assert.equal(recent.answer, 'Paris');
    const june = await app.desk.ask('Where did Smith meet Jones in June?', { related: false });
    assert.equal(june.answer, 'Rome');
  });
});

test('"at what time" asks a time of day: the clock time, not the day it fell on', async () => {
  assert.equal(analyseQuestion('At what time did the bomb go off?').granularity, 'time');
  assert.equal(analyseQuestion('What time does the polling station open?').granularity, 'time');
  assert.equal(analyseQuestion('On what day did the bomb go off?').granularity, 'day');
  await onCorpus(async (app) => {
    await app.desk.add([doc('Blast at the depot', 'A bomb exploded outside the Harlow fuel depot at 10:35 a.m. on Thursday, Oct. 16, police said. Nobody was hurt.', '2025-10-17')]);
    const at = await app.desk.ask('At what time did the bomb explode outside the Harlow depot?', { related: false });
    assert.match(at.answer ?? '', /10:35/);
    const day = await answerQuestion(app.store, 'On what day did the bomb explode outside the Harlow depot?', { today: null });
    assert.match(day.candidates[0]?.text ?? '', /Thursday|Oct\. 16|10:35/, 'a day question may take the day or the time that names it');
  });
});

test('"what did X say" never answers with another person of the same surname', async () => {
  await onCorpus(async (app) => {
    await app.desk.add([
      doc('Skills report', 'Education minister Ivan Lewis said: "We will keep widening access to adult skills courses."', '2025-10-10'),
      doc('Waiting lists', 'Surgeon Richard Lewis said: "Waiting lists in Wales must come down faster."', '2025-10-11'),
    ]);
    const richard = await app.desk.ask('What did Richard Lewis say about waiting lists?', { related: false });
    assert.match(richard.answer ?? '', /Waiting lists in Wales/);
    const ivan = await app.desk.ask('What did Ivan Lewis say?', { related: false });
    assert.doesNotMatch(ivan.answer ?? '', /Waiting lists/);
  });
});

test('"what did X say": a title, party or organisation around the asked name still finds the speaker\'s quotes', async () => {
  // invented articles: the quote sentence names nobody ("he said"), and shares no word with the question
  await onCorpus(async (app) => {
    await app.desk.add([
      doc('Radio plans', 'Short-range radio will change offices, said Daniel Okafor, chief engineer at Brightwave. "It is like having a compass inside every desk," he said.', '2025-10-10'),
      doc('Games rules', 'Ministers met the industry on Monday. "Children cannot choose and they must be shielded," said Culture Secretary Maria Keane after the meeting.', '2025-10-11'),
    ]);
    const org = await answerQuestion(app.store, 'How did Daniel Okafor of Brightwave describe short-range radio?');
    assert.ok(candidate(org, 'It is like having a compass inside every desk'), 'the quote is a candidate');
    const titled = await app.desk.ask('What did Culture Secretary Maria Keane say about children?', { related: false });
    assert.match(titled.answer ?? '', /must be shielded/);
  });
});

test('paraphrase: "quit" finds "resigned", "born" finds "birth", and a range comes back whole', async () => {
  await onCorpus(async (app) => {
    await app.desk.add([
      doc('Minister goes', 'Transport minister Alan Greene resigned on Tuesday after a row over rail fares. His deputy, Jane Holt, takes over.', '2025-10-14'),
      doc('Singer profile', 'The singer Maria Oduya gave birth to her first child in Lisbon in 2019. She later toured Brazil.', '2025-09-02'),
      doc('Plant closes', 'The Hallam plant will cut 30-40 staff when it closes next spring, the owners said.', '2025-10-01'),
      doc('Market report', 'Shares in London rose on Monday as oil prices fell for a third day.', '2025-10-13'),
    ]);
    const quit = await app.desk.ask('Which transport minister quit?', { related: false });
    assert.match(quit.answer ?? '', /Greene/, JSON.stringify(quit));
    assert.match(quit.citations[0]?.sentence ?? '', /resigned/);
    const born = await app.desk.ask("Where was Maria Oduya's child born?", { related: false });
    assert.match(born.answer ?? '', /Lisbon/, JSON.stringify(born));
    const staff = await app.desk.ask('How many staff will the Hallam plant cut?', { related: false });
    assert.match(staff.answer ?? '', /30\s*-\s*40/, JSON.stringify(staff));
  });
});

test('an unsupported question abstains, says what was missing and cites what the articles do say nearby', async () => {
  await onCorpus(async (app) => {
    await app.desk.add([
      doc('Summit', 'Leaders from Argentina and Chile met in Santiago on Friday to discuss trade and border crossings.', '2025-10-10'),
      doc('Pledges', 'Germany pledged $2bn to the climate fund, while France said it would announce its own pledge later.', '2025-10-11'),
    ]);
    const capital = await app.desk.ask('What is the capital of Argentina?', { related: false });
    assert.equal(capital.abstained, true, JSON.stringify(capital));
    assert.ok(capital.missing?.includes('capital'), JSON.stringify(capital.missing));
    assert.ok((capital.nearby?.length ?? 0) > 0, 'the nearby sentences are cited');
    const france = await app.desk.ask('How much did France pledge to the climate fund?', { related: false });
    assert.notEqual(france.answer, '$2bn', 'another country’s amount is no answer');
  });
});

test('a name the question already gives, as written or by its initials, is never the answer', async () => {
  await onCorpus(async (app) => {
    await app.desk.add([
      doc(
        'Candidate quits over far-right meeting',
        'A UKIP candidate has quit after the East Anglian Daily Times reported that he attended a British National Party meeting. ' +
          'The BNP meeting was held in Ipswich last month, the newspaper said.',
        '2025-10-10',
      ),
    ]);
    // what it would answer, whatever its confidence on a one-article corpus
    const r = await answerQuestion(app.store, 'Which newspaper revealed that the UKIP candidate had been to a BNP meeting?');
    assert.ok(!r.candidates.some((c) => c.text === 'British National Party'), 'the question names the BNP by its initials');
    assert.match(r.proposed?.answer ?? '', /East Anglian Daily Times/);
  });
});

test('a plural of a name the question gives, and the asked noun alone, are no answers', async () => {
  await onCorpus(async (app) => {
    await app.desk.add([
      doc(
        'Veteran actor dies',
        'Irish actor Tom Brennan, who was nominated for best actor at the 1961 Oscars, has died. ' +
          'His Oscar nomination was for the film The Long Harbour, one of several westerns he made. ' +
          'Critics said the collection of westerns leaves out Red Canyon.',
        '2025-10-10',
      ),
    ]);
    const film = await answerQuestion(app.store, 'For which film was Tom Brennan up for a best actor Oscar?');
    assert.ok(!film.candidates.some((c) => c.text === 'Oscars'), JSON.stringify(film.candidates.map((c) => c.text)));
    const western = await answerQuestion(app.store, 'Which western is missing from the collection?');
    assert.ok(!western.candidates.some((c) => /^westerns$/i.test(c.text)), JSON.stringify(western.candidates.map((c) => c.text)));
  });
});

test('a time said relative to the publication date is marked deictic; a written-out date is not', () => {
  for (const t of ['a year ago', 'almost three years ago', 'on Wednesday', 'last month', 'today']) assert.equal(isDeictic(t), true, t);
  for (const t of ['December 2003', '24 January', '1976', 'early 2014', '5-6 March', 'the 1990s', 'Jan 5']) assert.equal(isDeictic(t), false, t);
});

test('"on what date" is not answered by a time that names no day, even with no publication date', async () => {
  await onCorpus(async (app) => {
    const undated = doc('Drug withdrawn', 'Vioxx was withdrawn from shops last year, Merck said. Merck stopped sales of Vioxx on 30 September after a study linked it to heart attacks.', '');
    await app.desk.add([{ ...undated, doc: { ...undated.doc, published: null } }]);
    const r = await answerQuestion(app.store, 'On what date did Merck withdraw Vioxx?');
    assert.ok(!r.candidates.some((c) => /last year/i.test(c.text)), JSON.stringify(r.candidates.map((c) => c.text)));
    assert.match(r.proposed?.answer ?? '', /30 September/);
  });
});

test('an answer in another person\'s clause is not given, also when an unspaced em dash divides the clauses', async () => {
  await onCorpus(async (app) => {
    await app.desk.add([
      doc(
        'Minister plans two meetings',
        'Foreign minister Anna Smith plans to meet Peter Jones in Vienna—within days, she said—and then hold talks with Maria Brown in Lisbon. ' +
          'The meetings follow weeks of tension over trade.',
        '2025-10-10',
      ),
    ]);
    const a = await app.desk.ask('Where will Anna Smith meet Maria Brown?');
    assert.notEqual(a.answer, 'Vienna', 'Vienna is where she meets Jones');
  });
});

test('a country answering "where" is marked broad, unless the question asks for a country', async () => {
  await onCorpus(async (app) => {
    await app.desk.add([
      doc('Casino plans', 'The government plans eight resorts across Britain, one of them in Scotland. A super-casino in Glasgow could be built at Ibrox, the council said.', '2025-10-10'),
    ]);
    const broad = async (question: string) => {
      const r = await answerQuestion(app.store, question);
      return Object.fromEntries(r.candidates.map((c) => [c.text, c.features.broad]));
    };
    const where = await broad('Where in Glasgow could a super-casino be built?');
    assert.equal(where.Scotland, 1, JSON.stringify(where));
    assert.equal(where.Ibrox, 0, JSON.stringify(where));
    const which = await broad('Which country will get one of the resorts?');
    assert.ok(Object.values(which).every((b) => b === 0), JSON.stringify(which));
  });
});

test('an amount restated in another currency is the same answer; a country is no answer to "what injury"', async () => {
  await onCorpus(async (app) => {
    await app.desk.add([
      doc('Rail sale', 'The sale of the 33% stake to Spain\'s Ferrovial for £146m ($281m) is a lifeline to Jarvis, which has debts of £230m.', '2025-10-14'),
      doc('Tennis', 'Tommy Haas is a doubt for the Australian Open after picking up a thigh injury playing for Germany in the Hopman Cup.', '2025-10-12'),
    ]);
    const paying = await answerQuestion(app.store, 'How much is Ferrovial paying for the Jarvis stake?', { today: null });
    const key = (text: string) => candidate(paying, text)?.key;
    assert.ok(key('£146m') !== undefined && key('£146m') === key('$281m'), JSON.stringify(paying.candidates.map((c) => [c.text, c.key])));
    assert.notEqual(key('£146m'), key('£230m'), 'a different amount stays a rival');
    // whichever of them wins, the answer shows the amount as the article writes it, the reported figure first
    assert.equal(candidate(paying, '$281m')?.span?.shown, '£146m ($281m)');
    assert.equal(candidate(paying, '£146m')?.span?.shown, '£146m ($281m)');
    const injury = await answerQuestion(app.store, 'What injury did Tommy Haas pick up at the Hopman Cup?', { today: null });
    const slot = (text: string) => candidate(injury, text)?.features.slot;
    assert.equal(slot('Germany'), 0.3, JSON.stringify(injury.candidates.map((c) => [c.text, c.features.slot])));
    assert.equal(slot('thigh injury'), 1);
  });
});

test('an amount restated in two currencies pools all three, and a bound before the reported figure is shown with each', async () => {
  await onCorpus(async (app) => {
    await app.desk.add([
      doc('Auction', 'Baikal Finance Group agreed to pay more than 260.75bn roubles (£4.8bn; $9.4bn) for the oil unit, on top of debts of $3bn.', '2025-10-14'),
    ]);
    const r = await answerQuestion(app.store, 'How much did Baikal Finance Group agree to pay for the oil unit?', { today: null });
    const c = (text: string) => candidate(r, text);
    assert.ok(c('£4.8bn') && c('£4.8bn')?.key === c('$9.4bn')?.key && c('£4.8bn')?.key === c('260.75bn roubles')?.key, JSON.stringify(r.candidates.map((x) => [x.text, x.key])));
    assert.notEqual(c('$3bn')?.key, c('$9.4bn')?.key, 'a different amount stays a rival');
    assert.equal(c('$9.4bn')?.span?.shown, 'more than 260.75bn roubles (£4.8bn; $9.4bn)');
    assert.equal(c('260.75bn roubles')?.span?.shown, 'more than 260.75bn roubles (£4.8bn; $9.4bn)');
  });
});

test('a speaker asked by role ("the club\'s chief executive") is the person the article gave that role', async () => {
  await onCorpus(async (app) => {
    await app.desk.add([
      doc(
        'Gerrard stays',
        'Liverpool chief executive Rick Parry ruled out a sale of Steven Gerrard. "Steven is above money," Parry said of the captain. Manager Rafael Benitez was less sure. "Every player has a price," Benitez said.',
        '2025-10-14',
      ),
    ]);
    const r = await answerQuestion(app.store, "What did Liverpool's chief executive say about Gerrard?", { today: null });
    const slot = (text: string) => candidate(r, text)?.features.slot;
    assert.equal(slot('Steven is above money'), 1, JSON.stringify(r.candidates.map((c) => [c.text, c.features.slot])));
    assert.notEqual(slot('Every player has a price'), 1, 'the manager is not the chief executive');
  });
});

test('the parts of a quote its attribution splits are one answer, shown whole; another speaker\'s quote stays apart', async () => {
  await onCorpus(async (app) => {
    await app.desk.add([
      doc(
        'Games award',
        'Game designer Peter Molyneux was honoured on Monday. "It was thought to be like skateboarding," he said, "a craze that everyone thought would go away." His rival Ian Livingstone disagreed. "Games were never a craze," Livingstone said.',
        '2025-10-14',
      ),
    ]);
    const r = await answerQuestion(app.store, 'What did Peter Molyneux say computer games were once thought to be like?', { today: null });
    const first = candidate(r, 'It was thought to be like skateboarding');
    const second = candidate(r, 'a craze that everyone thought would go away.');
    assert.ok(first && second, JSON.stringify(r.candidates.map((c) => c.text)));
    assert.equal(first.key, second.key);
    assert.equal(first.span?.shown, 'It was thought to be like skateboarding … a craze that everyone thought would go away.');
    assert.equal(second.span?.shown, first.span?.shown);
    const other = candidate(r, 'Games were never a craze');
    if (other) assert.notEqual(other.key, first.key, 'another speaker\'s words are another answer');
  });
});

test('a resolved time is shown as a reader writes a date, not as an ISO value', async () => {
  const { datedText } = await import('../../src/query/ask/candidates.js');
  assert.equal(datedText('today', '2019-11-18'), 'today (18 November 2019)');
  assert.equal(datedText('24 January', '2005-01-24'), '24 January 2005');
  assert.equal(datedText('last month', '2004-05'), 'last month (May 2004)');
  assert.equal(datedText('2005', '2005'), '2005');
  assert.equal(datedText('next week', '2004-W23'), 'next week (2004-W23)');
  assert.equal(datedText('within two weeks', '2025-10-18/2025-11-01'), 'within two weeks (18 October – 1 November 2025)');
  assert.equal(datedText('over the winter', '2024-12-20/2025-01-10'), 'over the winter (20 December 2024 – 10 January 2025)');
});

test('a named building answers "where" though the tagger calls it an organisation', async () => {
  await onCorpus(async (app) => {
    await app.desk.add([
      doc('Live session', 'George Michael will play a live session for BBC Radio 2 at the Abbey Road studios in London next month.', '2025-10-14'),
    ]);
    const r = await answerQuestion(app.store, 'Where will George Michael play his live session?', { today: null });
    const c = candidate(r, 'Abbey Road');
    assert.ok(c, JSON.stringify(r.candidates.map((x) => [x.text, x.span?.entityType, x.features.slot])));
    assert.ok(c.features.slot >= 0.6, `slot ${c.features.slot} (${c.span?.entityType})`);
    const radio = r.candidates.find((x) => /BBC Radio/.test(x.text));
    assert.ok(!radio || radio.features.slot < 0.6, 'a station is no site');
  });
});

test('a number inside a name counts nothing: "Windows 95, 98", "10 Downing Street"', async () => {
  await onCorpus(async (app) => {
    await app.desk.add([
      doc('Trojan', 'Computers running Microsoft Windows 95, 98, 2000 and XP are vulnerable to the trojan. The Prime Minister left 10 Downing Street on Friday.', '2025-10-14'),
      doc('Outbreak', 'Between 2019 and 2024, 25 computers at the council were infected by the worm.', '2025-10-12'),
    ]);
    const trojan = await answerQuestion(app.store, 'How many computers were infected by the trojan?', { today: null });
    const texts = trojan.candidates.map((c) => c.text);
    for (const n of ['95', '98', '2000', '10']) assert.ok(!texts.includes(n), `${n} is part of a name: ${JSON.stringify(texts)}`);
    assert.ok(texts.includes('25'), `a count after a year list stays: ${JSON.stringify(texts)}`);
  });
});

test('a score is no address: "their 3-0 FA Cup win" answers what the score was', async () => {
  await onCorpus(async (app) => {
    await app.desk.add([
      doc('Cup tie', 'Tottenham manager Martin Jol praised his players after their 3-0 FA Cup fifth-round victory over Nottingham Forest.', '2025-10-14'),
    ]);
    const r = await answerQuestion(app.store, 'What was the score when Tottenham beat Nottingham Forest in the FA Cup?', { today: null });
    assert.ok(r.candidates.some((c) => c.text === '3-0'), JSON.stringify(r.candidates.map((c) => c.text)));
    await app.desk.add([doc('Qualifier', 'Switzerland beat Gibraltar 6-0 to win Group D.', '2025-10-15')]);
    const s = await answerQuestion(app.store, 'By what score did Switzerland defeat Gibraltar?', { today: null });
    const texts = s.candidates.map((c) => c.text);
    assert.ok(texts.includes('6-0'), JSON.stringify(texts));
  });
});

test('"hundreds" answers only a question that asks roughly; a score is no count', async () => {
  await onCorpus(async (app) => {
    await app.desk.add([
      doc('Cruise', 'Hundreds of passengers had booked the cancelled Aurora world cruise, and Spurs fans saw a 3-0 win on board.', '2025-10-14'),
    ]);
    const texts = async (q: string) => (await answerQuestion(app.store, q, { today: null })).candidates.map((c) => c.text);
    assert.ok(!(await texts('How many passengers had booked the Aurora cruise?')).includes('Hundreds'));
    assert.ok((await texts('Roughly how many passengers had booked the Aurora cruise?')).includes('Hundreds'));
    assert.ok(!(await texts('How many Spurs fans saw the win on board the Aurora?')).includes('3-0'));
    assert.ok(!(await texts('What is the name of the cruise that hundreds of passengers booked?')).includes('Hundreds'));
  });
});

test('"how long ago" is answered by the time a sentence dates back ("five weeks ago")', async () => {
  await onCorpus(async (app) => {
    await app.desk.add([doc('Knee', 'Farrell had an operation on his knee five weeks ago and is expected to be out for another three months.', '2025-10-14')]);
    const r = await answerQuestion(app.store, 'How long ago did Farrell have his knee operation?', { today: null });
    assert.ok(r.candidates.some((c) => c.text === 'five weeks ago'), JSON.stringify(r.candidates.map((c) => c.text)));
  });
});

test('local: the question word one sentence of the article holds outweighs the story words every sentence holds', async () => {
  await onCorpus(async (app) => {
    await app.desk.add([
      doc('Trade gap', 'The US trade gap widened in December. The trade gap is a worry for the US. Analysts expect the US trade gap to grow. The deficit with China was the largest ever.', '2025-10-14'),
    ]);
    const ev = await gatherEvidence(app.store, new ArticleCache(app.store), analyseQuestion('What was the US trade gap with China?', null), undefined, 600);
    const china = ev.find((e) => /China/.test(e.hit.text));
    const story = ev.find((e) => /widened/.test(e.hit.text));
    assert.ok(china && story, JSON.stringify(ev.map((e) => e.hit.text)));
    // the story sentence holds three of the question's four words, all of them in three of the four sentences
    assert.ok(story.local < 0.5 * china.local, `within the article the China sentence is the one that stands apart: ${china.local} vs ${story.local}`);
  });
});

test('a rate question prefers an amount said at that rate', async () => {
  await onCorpus(async (app) => {
    await app.desk.add([
      doc('Transfer', 'Everton sold midfielder Tom Garner for £2m, and he will now earn £40,000 a week at his new club.', '2025-10-14'),
    ]);
    const r = await answerQuestion(app.store, 'How much does Tom Garner earn a week?', { today: null });
    const slot = (text: string) => candidate(r, text)?.features.slot;
    assert.equal(slot('£40,000'), 1, JSON.stringify(r.candidates.map((c) => [c.text, c.features.slot])));
    assert.equal(slot('£2m'), 0.5);
  });
});

test('a number comes back with what it counts or measures when the sentence writes it right after', async () => {
  await onCorpus(async (app) => {
    await app.desk.add([
      doc('Farm network', 'The pilot scheme in the Ribera valley, 80 kilometres north of the capital Quito, links 300 farmers to market prices.', '2025-10-01'),
      doc('Plant closes', 'The Hallam plant will cut 30-40 staff when it closes next spring, the owners said.', '2025-10-01'),
      doc('Market report', 'Shares in London rose on Monday as oil prices fell for a third day.', '2025-10-13'),
    ]);
    const far = await app.desk.ask('How far is the Ribera valley from Quito?', { related: false });
    assert.match(far.answer ?? '', /^80 kilometres$/, JSON.stringify(far));
    const staff = await app.desk.ask('How many staff will the Hallam plant cut?', { related: false });
    assert.match(staff.answer ?? '', /^30\s*-\s*40 staff$/, JSON.stringify(staff));
  });
});

test('a nationality is no answer to "which film"; quoted names come without their closing mark or the sentence\'s comma', async () => {
  await onCorpus(async (app) => {
    await app.desk.add([
      doc('Actor dies', 'Welsh actor Gareth Price, whose only Oscar nomination was for the musical Blue Harbour, has died at 81.', '2025-10-12'),
      doc('Oxygen bar', 'According to its website, the name of the new oxygen bar in Leeds is ‘Clear Air’. Visitors called it "a welcome relief," said the owner.', '2025-10-14'),
    ]);
    const film = await answerQuestion(app.store, 'For which film was Gareth Price nominated for an Oscar?', { today: null });
    const slot = (text: string) => candidate(film, text)?.features.slot;
    assert.equal(slot('Welsh'), 0.3, JSON.stringify(film.candidates.map((c) => [c.text, c.features.slot])));
    const nationality = await answerQuestion(app.store, 'What nationality was the actor Gareth Price?', { today: null });
    assert.notEqual(candidate(nationality, 'Welsh')?.features.slot, 0.3, 'a nationality still answers "what nationality"');
    const bar = await answerQuestion(app.store, 'What is the oxygen bar in Leeds called?', { today: null });
    const texts = bar.candidates.map((c) => c.text);
    assert.ok(texts.includes('Clear Air'), JSON.stringify(texts));
    assert.ok(!texts.some((t) => /[’',]$/.test(t)), JSON.stringify(texts));
  });
});

test('"what did X say" is not answered with quoted words in another person\'s clause of the same sentence', async () => {
  await onCorpus(async (app) => {
    const text =
      'Mayor Ellen Varga met the transport minister on Tuesday. Afterwards Varga said they had agreed to keep the talks private, while Minister Paul Okafor repeated his promise of trams "before the next winter," hinting at new funds.';
    await app.desk.add([doc('Tram talks', text, '2025-10-15T09:00:00Z')]);
    const r = await answerQuestion(app.store, 'What did Varga say about the trams?', { today: '2025-10-18' });
    assert.equal(candidate(r, 'before the next winter'), undefined, JSON.stringify(r.candidates.map((c) => c.text)));
  });
});

test("verification takes a work's name for its title and the article's outlet as named", async () => {
  await onCorpus(async (app) => {
    const album = doc('Band tops chart', 'The Manchester band Lanterns have entered the album chart at number one with their new release, Quiet Harbours.', '2025-10-10');
    album.doc.source = 'Harbour Gazette';
    await app.desk.add([album]);
    const checked = async (question: string) => {
      const r = await answerQuestion(app.store, question);
      const best = r.candidates[0];
      assert.ok(best, `a candidate for ${question}`);
      return verify(r.question, best.evidence, best.text, best.span).missing;
    };
    // The sentence names the album without the word "title"; the outlet is the article's, not its text's.
    assert.deepEqual(await checked("What is the title of Lanterns' new album?"), []);
    assert.deepEqual(await checked('Which album by Lanterns went straight to number one, according to the Harbour Gazette?'), []);
    assert.deepEqual(await checked('Which album by Lanterns went straight to number one, according to the Dockside Courier?'), ['Dockside Courier']);
  });
});

test('a yes/no question is not answered by a sentence that names none of what it asks about', async () => {
  await onCorpus(async (app) => {
    // Invented: the only sentence with the question's verb is about something else, far from the names.
    await app.desk.add([
      doc(
        'Talks',
        'Maria Lind met the mayor of Harbourtown on Monday to ask for funding for the new bridge. The mayor promised to study the plan. Officials said the council would meet again next month. "It will be a great honour to get it done," one official said.',
        '2025-10-10',
      ),
    ]);
    const r = await answerQuestion(app.store, 'Did Maria Lind get the bridge money?');
    const far = r.candidates.find((c) => /get it done/.test(c.evidence.hit.text));
    assert.ok(far, 'the sentence with the verb is read');
    assert.deepEqual(verify(r.question, far.evidence, far.text, far.span).missing, ['Maria Lind']);
    const near = r.candidates.find((c) => /Maria Lind met/.test(c.evidence.hit.text));
    if (near) assert.deepEqual(verify(r.question, near.evidence, near.text, near.span).missing, []);
  });
});

test('"what place did X slip to" asks a standing in a chart or table, "what place did X visit" a place', () => {
  assert.equal(analyseQuestion("What place did the film slip to in its second weekend?").type, 'number');
  assert.equal(analyseQuestion('To what place in the league table did the win lift Ulster?').type, 'number');
  assert.equal(analyseQuestion('What place did the Queen visit in 2004?').type, 'place');
  assert.equal(analyseQuestion('Which former Tyco boss was jailed?').type, 'person', '"boss" is no plural of the genus Bos');
});

test('a sentence that says no date of its own is of its article\'s time; one dated another year is not', async () => {
  await onCorpus(async (app) => {
    const undated = (title: string, text: string) => ({ ...doc(title, text, '2025-01-01'), doc: { ...doc(title, text, '2025-01-01').doc, published: null } });
    await app.desk.add([
      undated('Car demand surges in South Africa', "South Africa's car market boomed during 2004, the industry body said. New vehicle sales jumped 22% to 449,603, it said."),
      undated('Renault sales rise', 'Renault sold more than 2.4 million vehicles in 2004, an increase of 4%.'),
      undated('South African car sales slump', 'In 2001 new vehicle sales in South Africa fell to 300,000.'),
    ]);
    const r = await answerQuestion(app.store, 'How many new vehicles were sold in South Africa during 2004?', { today: '2025-10-18' });
    const of = (s: string) => r.evidence.find((e) => e.hit.text.includes(s));
    assert.equal(of('jumped 22%')?.dated, 0, 'kept, with no date of its own');
    assert.equal(of('boomed during 2004')?.dated, 1);
    assert.equal(of('In 2001'), undefined, 'a sentence dated another year does not answer');
  });
});

test('a month the question names as its time is no name an article must hold', () => {
  assert.deepEqual(analyseQuestion('Which BBC correspondent reported from Pristina on the March 1998 offensive?', '2025-10-18').names, ['BBC', 'Pristina']);
  assert.deepEqual(analyseQuestion("Which agency did The World's January 1998 quiz name?", '2025-10-18').names, ['World']);
  assert.deepEqual(analyseQuestion('What did Theresa May say in 2017?', '2025-10-18').names, ['Theresa May']);
});

test('a name followed by a word for a site answers "where" ("the Hammersmith Apollo venue", also past the first sentence), and a town keeps its US state ("Randolph, Mass.")', async () => {
  await onCorpus(async (app) => {
    await app.desk.add([
      doc('Gig', 'The tour opens next month. The band will play the Hammersmith Apollo venue in May, its manager said.', '2025-10-14'),
      doc('Donut deal', 'Dunkin Donuts Inc. agreed to the offer. Dunkin Donuts is based in Randolph, Mass., the company said.', '2025-10-14'),
    ]);
    const r = await answerQuestion(app.store, 'Where will the band play in May?', { today: null });
    const c = r.candidates.find((x) => x.text === 'Hammersmith Apollo');
    assert.ok(c, JSON.stringify(r.candidates.map((x) => [x.text, x.span?.entityType, x.features.slot])));
    assert.ok(c.features.slot >= 0.6, `slot ${c.features.slot} (${c.span?.entityType})`);
    const town = await answerQuestion(app.store, 'Where is Dunkin Donuts based?', { today: null });
    assert.ok(town.candidates.some((x) => x.text === 'Randolph, Mass.'), JSON.stringify(town.candidates.map((x) => x.text)));
  });
});

test('a number is no part of the question because its digits stand inside a model name there', async () => {
  // invented article
  await onCorpus(async (app) => {
    await app.desk.add([
      doc('Gulf carrier orders jets', 'The Gulf carrier Skyline announced an order of 40 Aerobus X350-400 jets on Monday at the Doha air show. It also ordered 12 cargo planes.', '2025-10-15'),
    ]);
    const r = await answerQuestion(app.store, 'How many X350-400s did Skyline order at the Doha air show?', { today: null });
    assert.ok(candidate(r, '40'), `40 is a candidate (${r.candidates.map((c) => c.text).join(', ')})`);
  });
});

test('a one-digit number is a candidate, and "No 3" is a rank, not a name\'s number', async () => {
  await onCorpus(async (app) => {
    await app.desk.add([
      doc('Racing game tops the charts', 'The racing game Turbo Drift went straight to the top of the UK games charts this week. The shooter Star Raid debuted at No 3 in the UK charts. Sales were strong across the top ten.', '2025-10-10T09:00:00Z'),
    ]);
    const r = await answerQuestion(app.store, 'At what position did Star Raid debut in the UK charts?', { today: null });
    assert.ok(candidate(r, '3'), `"3" is among ${r.candidates.map((c) => c.text).join(', ')}`);
  });
});

test('a result, an order or a number inside a name is no count or amount', async () => {
  // invented articles
  await onCorpus(async (app) => {
    await app.desk.add([
      doc('Rovers cruise into the quarter-finals', 'Rovers sealed a 3-0 cup win over Albion on Saturday, their third victory in a row. The club hopes to win the Six Nations of youth football next year.', '2025-10-12'),
      doc('Thriller tops the box office', 'The thriller came third in the chart and took £2.1m in its opening weekend, the distributor said.', '2025-10-13'),
    ]);
    const fans = await answerQuestion(app.store, 'How many fans watched Rovers beat Albion in the cup?', { today: '2025-10-18' });
    assert.equal(candidate(fans, '0'), undefined);
    assert.equal(candidate(fans, '3'), undefined);
    const nations = await answerQuestion(app.store, 'How many youth tournaments does the club hope to win?', { today: '2025-10-18' });
    assert.equal(candidate(nations, 'Six'), undefined);
    const takings = await answerQuestion(app.store, 'How much did the thriller take in its opening weekend?', { today: '2025-10-18' });
    assert.equal(candidate(takings, 'third'), undefined);
    assert.ok(candidate(takings, '£2.1m'), JSON.stringify(takings.candidates.map((c) => c.text)));
  });
});

test("a number is of the time written nearest it, when the sentence gives the question's time and another", async () => {
  // invented article
  await onCorpus(async (app) => {
    await app.desk.add([doc('Chip shipments to soar', 'Shipments of the chips will rise from 17 million in 2024 to 55 million in 2026, analysts at the research firm said.', '2025-10-13')]);
    const top = async (question: string) => {
      const r = await answerQuestion(app.store, question, { today: '2025-10-18' });
      return [...r.candidates].sort((a, b) => b.p - a.p)[0]?.text;
    };
    assert.equal(await top('How many chips will be shipped in 2026, according to the analysts?'), '55 million');
    assert.equal(await top('How many chips were shipped in 2024, according to the analysts?'), '17 million');
  });
});

test('among articles alike in words, those of the asked time are read first; a quarter without its year fits the asked year', async () => {
  // invented articles: fourteen monthly jobless figures alike in words, one of them of December 2024
  await onCorpus(async (app) => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const docs = months.map((m, i) => doc(`Freedonia jobless figures ${i}`, `The jobless rate in Freedonia stood at ${i + 3}.1% in ${m} 2023, the statistics office said.`, '2025-02-01'));
    docs.push(doc('Freedonia jobless figures late', 'The jobless rate in Freedonia stood at 9.9% in December 2024, the statistics office said.', '2025-02-01'));
    docs.push(doc('Freedonia jobless figures early', 'The jobless rate in Freedonia stood at 2.2% in January 2022, the statistics office said.', '2025-02-01'));
    await app.desk.add(docs);
    const r = await answerQuestion(app.store, "What was Freedonia's jobless rate in December 2024?", { today: '2025-10-18' });
    assert.equal([...r.candidates].sort((a, b) => b.p - a.p)[0]?.text, '9.9%');
  });
  const q = analyseQuestion('How fast did the economy grow in the final quarter of 2004?');
  assert.ok(q.when);
  assert.equal(fitsWhen(q.when, null, [{ start: 0, end: 18, text: 'the fourth quarter', value: 'XXXX-Q4', granularity: 'quarter', relative: true, sentence: 0 }]), true);
});
