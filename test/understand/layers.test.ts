// Unit tests per layer, in pipeline order. Each case states what behaviour it pins down.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/understand/sentences.js';
import { findEntities } from '../../src/understand/entities.js';
import { findQuotes } from '../../src/understand/quotes.js';
import { findNumbers } from '../../src/understand/numbers.js';
import { findEvents } from '../../src/understand/events.js';
import { annotate } from '../../src/understand/index.js';
import type { TimeExpr } from '../../src/model/index.js';

const sents = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

test('sentences: a quote with full stops inside stays one sentence', () => {
  const t = 'Trump said: "We have to finish with Russia. That\'s what we need to do first." The week ended.';
  assert.deepEqual(sents(t), ['Trump said: "We have to finish with Russia. That\'s what we need to do first."', 'The week ended.']);
});

test('sentences: abbreviations, initials, numbers and titles do not split', () => {
  const t = 'Mr. Smith met Dr. Jones and Gen. Lee on Jan. 5 in the U.S. capital. J. K. Rowling earned $1.5bn, up 3.5%. Next.';
  assert.deepEqual(sents(t), ['Mr. Smith met Dr. Jones and Gen. Lee on Jan. 5 in the U.S. capital.', 'J. K. Rowling earned $1.5bn, up 3.5%.', 'Next.']);
});

test('sentences: "U.S." ends a sentence when a sentence opener follows', () => {
  assert.deepEqual(sents('They depend on the U.S. The talks failed.'), ['They depend on the U.S.', 'The talks failed.']);
});

test('sentences: line breaks always split; offsets point into the text', () => {
  const t = 'Headline without stop\n\nBody one. Body two';
  const s = splitSentences(t);
  assert.deepEqual(s.map((x) => t.slice(x.start, x.end)), ['Headline without stop', 'Body one.', 'Body two']);
  assert.deepEqual(s.map((x) => x.index), [0, 1, 2]);
});

test('sentences: an ellipsis followed by a capital splits outside quotes', () => {
  assert.deepEqual(sents('We waited... Then it rained.'), ['We waited...', 'Then it rained.']);
});

test('sentences: BBC continued quotes split at the new opening mark', () => {
  const t = 'Mr Howard said: "I believe it should change. "In the past I voted for it."';
  assert.deepEqual(sents(t), ['Mr Howard said: "I believe it should change.', '"In the past I voted for it."']);
});

function ents(t: string) {
  const s = splitSentences(t);
  return { ...findEntities(t, s), s };
}

test('entities: name variants with titles are one person named in full', () => {
  const t = 'U.S. President Donald Trump met reporters. President Donald Trump spoke. Later Trump, smiling, left. Putin waited.';
  const { entities, mentions } = ents(t);
  const trump = entities.filter((e) => e.type === 'PERSON' && /Trump/.test(e.name));
  assert.equal(trump.length, 1);
  assert.equal(trump[0].name, 'Donald Trump');
  assert.equal(trump[0].key, 'PERSON:donald trump');
  assert.deepEqual(new Set(trump[0].titles), new Set(['U.S. President', 'President']));
  for (const m of mentions) assert.equal(t.slice(m.start, m.end), m.text);
  assert.ok(!mentions.some((m) => /,/.test(m.text)));
});

test('entities: Mr drops from the name; lower-case roles become titles', () => {
  const { entities } = ents('Tony Blair spoke. Mr Blair left. Later, addressing special peace envoy Steve Witkoff, he smiled.');
  const blair = entities.find((e) => e.name === 'Tony Blair')!;
  assert.ok(blair.aliases.includes('Blair'));
  assert.deepEqual(blair.titles, []);
  assert.deepEqual(entities.find((e) => e.name === 'Steve Witkoff')?.titles, ['special peace envoy']);
});

test('entities: a city and its country stay distinct; country aliases join', () => {
  const { entities } = ents('Talks in Kyiv went on while Ukraine waited. The U.S. and the United States are one.');
  const types = Object.fromEntries(entities.map((e) => [e.name, e.type]));
  assert.equal(types['Kyiv'], 'GPE');
  assert.equal(types['Ukraine'], 'GPE');
  assert.equal(entities.filter((e) => e.name === 'United States').length, 1);
});

test('entities: a country is named as the text writes it; the gazetteer name stays an alias', () => {
  const name = (t: string) => ents(t).entities.filter((e) => e.type === 'GPE');
  const tr = name('Turkey said it would act. Turkish troops moved and Turkey warned again.');
  assert.deepEqual(tr.map((e) => [e.key, e.name]), [['GPE:turkey', 'Turkey']]);
  assert.ok(tr[0].aliases.includes('Türkiye'));
  // the demonym points at the same spelling
  assert.equal(ents('Turkey said it would act. Turkish troops moved.').entities.find((e) => e.type === 'NORP')?.place, 'Turkey');
  assert.deepEqual(name('Türkiye said it would act.').map((e) => e.name), ['Türkiye']);
  assert.deepEqual(name('Burma held a vote. Burma and Myanmar are one country; Burma votes again.').map((e) => [e.name, e.aliases.includes('Myanmar')]), [['Burma', true]]);
  assert.deepEqual(name('The Czech Republic voted.').map((e) => [e.name, e.aliases.includes('Czechia')]), [['Czech Republic', true]]);
  assert.deepEqual(name("Fighting in Côte d'Ivoire spread.").map((e) => [e.name, e.aliases.includes('Ivory Coast')]), [["Côte d'Ivoire", true]]);
  // codes never name a country; a short form does, and still joins the long one
  assert.deepEqual(name('The US said so.').map((e) => e.name), ['United States']);
  assert.deepEqual(name('Britain and the UK are one.').map((e) => [e.name, e.aliases.includes('United Kingdom')]), [['Britain', true]]);
});

test('entities: demonyms are NORP linked to their country', () => {
  const { entities } = ents('Israeli troops moved while Palestinian groups waited.');
  const isr = entities.find((e) => e.type === 'NORP' && e.name === 'Israeli');
  assert.equal(isr?.place, 'Israel');
  assert.equal(entities.find((e) => e.name === 'Palestinian')?.place, 'Palestine');
});

test('entities: religions, peoples and parties that are no country\'s demonym are NORP, from WordNet', () => {
  // WordNet noun.person kinds that are members of a group (Catholic, Arab, Democrat); plural
  // mentions join the singular; "the top Catholic" is not taken for an organisation.
  const { entities } = ents('The top Catholic in England spoke. Catholics, Arab leaders and Muslim groups met. Anti-Muslim attacks rose. Democrats and Jewish groups objected.');
  const norp = entities.filter((e) => e.type === 'NORP').map((e) => e.name).sort();
  assert.deepEqual(norp, ['Arab', 'Catholic', 'Democrat', 'Jewish', 'Muslim']);
  assert.equal(entities.find((e) => e.name === 'Catholic')?.place, null);
  // not an acronym's reading (WASP), a star sign (Leo) or an era (Victorian)
  const other = ents('Wasps beat Leicester. Leo said the Victorian houses were sold.').entities;
  assert.deepEqual(other.filter((e) => e.type === 'NORP').map((e) => e.name), []);
});

test('entities: organisations from context and form, not from a list', () => {
  const { entities } = ents(
    'Zorbak fighters crossed the border. The militant group Quarnel said in a statement it would fight. ' +
      'He appeared before the Velmora Court of Appeal and the Brantish Treasury.',
  );
  const type = (n: string) => entities.find((e) => e.name === n)?.type;
  assert.equal(type('Zorbak'), 'ORG');
  assert.equal(type('Quarnel'), 'ORG');
  assert.equal(type('Velmora Court of Appeal'), 'ORG');
  assert.equal(type('Brantish Treasury'), 'ORG');
});

test('entities: an ampersand joins the names of a firm', () => {
  const { entities } = ents('Accountancy firm Ernst & Young urged caution, and Marks & Spencer agreed.');
  assert.deepEqual(entities.map((e) => [e.name, e.type]), [['Ernst & Young', 'ORG'], ['Marks & Spencer', 'ORG']]);
});

test('entities: an acronym joins the organisation with those initials', () => {
  const { entities } = ents('The International Criminal Court issued a warrant. The ICC said more would follow.');
  const icc = entities.filter((e) => e.type === 'ORG');
  assert.equal(icc.length, 1);
  assert.ok(icc[0].aliases.includes('ICC'));
});

test('entities: sentence-initial ordinary words and headline case are not entities', () => {
  const { entities } = ents('However, nothing happened. Achieving peace is hard.\nWhy The Big Plan Failed Without Warning');
  assert.deepEqual(entities.map((e) => e.name), []);
});

test('entities: a bare surname is a person by what it does: speaks and is "he", has a lawyer, is Mr', () => {
  const type = (t: string, n: string) => ents(t).entities.find((e) => e.name === n)?.type;
  assert.equal(type('Dranovic said he would stay at the club.', 'Dranovic'), 'PERSON');
  assert.equal(type('Later, Dranovic warned that the deal was off. He left.', 'Dranovic'), 'PERSON');
  assert.equal(type("Dranovic's lawyer asked for bail.", 'Dranovic'), 'PERSON');
  assert.equal(type('The board met. Mr Dranovic left.', 'Dranovic'), 'PERSON');
  // the same verbs with "it"/"its" make an organisation
  assert.equal(type('Quelltech said it expected profits to rise.', 'Quelltech'), 'ORG');
  assert.equal(type('Quelltech said its profits rose.', 'Quelltech'), 'ORG');
  // a "he" in a quote is someone else
  assert.equal(type('Quelltech said its profits fell. Then Quelltech warned: "He is wrong."', 'Quelltech'), 'ORG');
  // "Varno boss Dranovic said he": the name heads the clause, the club before it is a modifier
  assert.notEqual(type('And Varno boss Dranovic said he was happy.', 'Varno'), 'PERSON');
});

test('entities: plural product names are things, not organisations', () => {
  const { entities } = ents('Kyiv wants Vexhawk missiles. Washington said the Vexhawks would not be released, and will not deliver Vexhawks.');
  assert.ok(!entities.some((e) => /Vexhawk/.test(e.name)), JSON.stringify(entities.map((e) => e.name)));
  const { entities: e2 } = ents('The firm agreed to supply Korvans to the navy. Korvans are fast.');
  assert.ok(!e2.some((e) => e.name === 'Korvans'));
});

test('entities: a demonym whose country adds -n ("Swede") points at it', () => {
  assert.equal(ents('A Swede won.').entities.find((e) => e.type === 'NORP')?.place, 'Sweden');
});

test('entities: a bare surname with no cue in its article is not found (known miss)', { todo: true }, () => {
  // BBC sport: no first name, no title, no pronoun and no speech verb in the sentence
  const type = (t: string, n: string) => ents(t).entities.find((e) => e.name === n)?.type;
  assert.equal(type('But Mourinho has revealed defender Willian Gallas and striker Didier Drogba will be in the starting line-up.', 'Mourinho'), 'PERSON');
  assert.equal(type('Sotherton finished third in the Olympic heptathlon in Athens, where the Swede took gold.', 'Sotherton'), 'PERSON');
});

function quotes(t: string) {
  const s = splitSentences(t);
  const { entities, mentions } = findEntities(t, s);
  return { q: findQuotes(t, s, entities, mentions), entities };
}

test('quotes: colon-introduced, after-cue, pronoun and role speakers', () => {
  const t =
    'U.S. President Donald Trump met Vladimir Putin. Trump said: "We have to finish with Russia. That\'s what we need to do first." ' +
    'The president appeared convinced. "I think we have a lot of momentum," he said, adding: "We had to set the table."';
  const { q } = quotes(t);
  const full = q.filter((x) => !x.partial);
  assert.equal(full.length, 3);
  for (const x of full) assert.equal(x.speaker, 'PERSON:donald trump');
  assert.equal(full[0].text, "We have to finish with Russia. That's what we need to do first.");
  assert.equal(full[0].speakerText, 'Trump');
  assert.equal(full[1].cue, 'said');
  assert.equal(full[2].cue, 'adding');
  for (const x of q) assert.equal(t.slice(x.start, x.end), x.text);
});

test('quotes: curly quotes, quipped, and partial quotes', () => {
  const t =
    'Donald Trump praised the deal, which created “momentum” and “credibility” for Benjamin Netanyahu. ' +
    'Trump seemed to grasp the pressures facing Netanyahu before the Knesset: “Cigars and champagne—who cares about that?” he quipped.';
  const { q } = quotes(t);
  assert.deepEqual(q.map((x) => [x.text, x.partial]), [['momentum', true], ['credibility', true], ['Cigars and champagne—who cares about that?', false]]);
  assert.equal(q[2].speaker, 'PERSON:donald trump');
  assert.equal(q[2].cue, 'quipped');
});

test('quotes: BBC style, continued quotes keep the speaker, plural sources stay unresolved', () => {
  const t =
    'Home Secretary Charles Clarke spoke. "We will act," said Mr Clarke. "The plans are ready.\n' +
    'U.S. officials said: "Nothing has changed."';
  const { q } = quotes(t);
  assert.equal(q[0].speaker, 'PERSON:charles clarke');
  assert.equal(q[0].speakerText, 'Mr Clarke');
  assert.equal(q[1].speaker, 'PERSON:charles clarke');
  assert.equal(q[1].text, 'The plans are ready.');
  assert.equal(q[2].speaker, null);
  assert.equal(q[2].speakerText, 'U.S. officials');
});

// issue 8's labelled sets: "a spokesman for a person speaks for that person" (the cue names the spokesman)
test("quotes: a person's spokesman speaks for that person, and the speaker text keeps the spokesman", () => {
  const { q, entities } = quotes('Mr Blair\'s spokesman said: "The church has a position."');
  assert.equal(entities.find((e) => e.key === q[0].speaker)?.name.endsWith('Blair'), true);
  assert.equal(q[0].speakerText, "Mr Blair's spokesman");
});

const nums = (t: string) => findNumbers(t, splitSentences(t)).map((n) => ({ text: n.text, kind: n.kind, value: n.value, unit: n.unit, counted: n.counted }));

test('numbers: counts, money, percentages, durations, written numbers', () => {
  assert.deepEqual(nums('Hamas freed 20 living hostages.'), [{ text: '20', kind: 'count', value: 20, unit: null, counted: 'living hostages' }]);
  assert.deepEqual(nums('He approved $20 billion in support.')[0], { text: '$20 billion', kind: 'money', value: 20e9, unit: 'USD', counted: null });
  assert.deepEqual(nums('It cost £5m and €3bn.').map((n) => [n.value, n.unit]), [[5e6, 'GBP'], [3e9, 'EUR']]);
  assert.deepEqual(nums('They paid 20 billion dollars.').map((n) => [n.text, n.value, n.unit]), [['20 billion dollars', 20e9, 'USD']]);
  assert.deepEqual(nums('Prices rose 3.5% and 12 per cent.').map((n) => [n.kind, n.value]), [['percent', 3.5], ['percent', 12]]);
  assert.deepEqual(nums('his 36-hour trip')[0], { text: '36-hour', kind: 'duration', value: 36, unit: 'hour', counted: null });
  assert.deepEqual(nums('two nuclear powers and a dozen ships').map((n) => [n.value, n.counted]), [[2, 'nuclear powers'], [12, 'ships']]);
});

test('numbers: years, dates and governed time spans belong to times', () => {
  assert.deepEqual(nums('On 7 October 2023, in 1999 and within two weeks, 58 days ago.'), []);
});

function events(t: string, times: TimeExpr[] = []) {
  const s = splitSentences(t);
  const { entities, mentions } = findEntities(t, s);
  const ev = findEvents(t, s, entities, mentions, times);
  return { ev, name: (k: string | null) => entities.find((e) => e.key === k)?.name ?? null };
}

test('events: the design example — planned CONSULT with place and date range', () => {
  const t = 'Donald Trump plans to meet Vladimir Putin in Budapest within two weeks.';
  const i = t.indexOf('within');
  const time: TimeExpr = { start: i, end: i + 17, text: 'within two weeks', value: '2025-10-18/2025-11-01', granularity: 'range', relative: true, sentence: 0 };
  const { ev, name } = events(t, [time]);
  const meet = ev.find((e) => e.trigger === 'meet')!;
  assert.equal(meet.cameo, '04');
  assert.equal(name(meet.actor), 'Donald Trump');
  assert.equal(name(meet.target), 'Vladimir Putin');
  assert.equal(name(meet.place), 'Budapest');
  assert.equal(meet.modality, 'planned');
  assert.equal(meet.when, '2025-10-18/2025-11-01');
});

test('events: classes and modality', () => {
  const cases: Array<[string, string, string, string]> = [
    ['Russia attacked Ukraine.', 'attacked', '18', 'happened'],
    ['Iran did not attack Israel.', 'attack', '18', 'negated'],
    ['Israel could strike Iran.', 'strike', '18', 'hypothetical'],
    ['Officials said that Russia condemned Ukraine.', 'condemned', '11', 'reported'],
    ['France will sanction Russia.', 'sanction', '16', 'planned'],
    ['Police arrested Tony Smith in London.', 'arrested', '17', 'happened'],
  ];
  for (const [t, trig, cameo, mod] of cases) {
    const e = events(t).ev.find((x) => x.trigger === trig);
    assert.ok(e, t);
    assert.equal(e!.cameo, cameo, t);
    assert.equal(e!.modality, mod, t);
  }
});

test('events: speech inside quotes is not narration', () => {
  const { ev } = events('Donald Trump said: "We will attack nobody."');
  assert.ok(!ev.some((e) => e.trigger === 'attack'));
});

test('events: roles stay inside the clause of the trigger', () => {
  const roles = (t: string, trig: string) => {
    const { ev, name } = events(t);
    const e = ev.find((x) => x.trigger === trig);
    return e ? [name(e.actor), name(e.target)] : null;
  };
  // the target does not cross a comma or a new clause
  assert.deepEqual(roles('Mr Blair threatened sanctions, and Tony Smith visited France.', 'threatened'), ['Blair', null]);
  assert.deepEqual(roles('Mr Blair met the men when Jacques Chirac arrived.', 'met'), ['Blair', null]);
  // an apposition or a relative clause between the subject and the verb is stepped over
  assert.deepEqual(roles('Tony Smith, for the Liberal Democrats, accused Gordon Brown of lying.', 'accused'), ['Tony Smith', 'Gordon Brown']);
  assert.deepEqual(roles('Iran, which Israel distrusts, condemned Egypt.', 'condemned'), ['Iran', 'Egypt']);
  // a name inside a parenthesis between dashes is not the subject
  assert.deepEqual(roles('Jacques Chirac praised the deal—which put Moscow in reach—and met with the firm.', 'met'), ['Jacques Chirac', null]);
  // a possessive is a modifier, not the subject: "the way Tony Smith's government works"
  // (a peer is named with the title: "Lord Butler")
  assert.deepEqual(roles("Lord Butler criticised the way Tony Smith's government works, accusing it of spin.", 'accusing'), ['Lord Butler', null]);
  // passive: the subject is the one it was done to
  assert.deepEqual(roles('Gordon Brown has been criticised by Tony Smith.', 'criticised'), ['Tony Smith', 'Gordon Brown']);
  assert.deepEqual(roles('Gordon Brown was criticised.', 'criticised'), [null, 'Gordon Brown']);
});

test('events: a noun event needs a named participant; modifiers name them', () => {
  const { ev, name } = events('The attack emboldened them. Ceasefire talks stalled. The renewed Israeli strikes on Gaza went on. The Russia-Ukraine war goes on.');
  assert.deepEqual(ev.map((e) => [e.trigger, name(e.actor), name(e.target)]), [
    ['strikes', 'Israeli', 'Gaza'],
    ['war', 'Russia', 'Ukraine'],
  ]);
  // nouns and adjectives that look like verbs are not triggers
  assert.deepEqual(events('Certain states backed weapons of mass destruction and a negotiated settlement.').ev.map((e) => e.trigger), ['backed']);
  // "backing down" is a concession, not support
  assert.equal(events('Tony Smith risks backing down.').ev[0]?.cameo, '08');
});

test('events: "a meeting between X and Y" names both; an imminent meeting is planned', () => {
  // the "and" joins the two participants of "between", it does not end the clause
  const { ev, name } = events('The planned meeting between Donald Trump and Vladimir Putin in Budapest was called off.');
  const m = ev.find((e) => e.trigger === 'meeting');
  assert.deepEqual(m && [name(m.actor), name(m.target), name(m.place), m.modality], ['Donald Trump', 'Vladimir Putin', 'Budapest', 'planned']);
  const soon = events('Tony Smith arrived in Paris ahead of an imminent meeting with Jacques Chirac.').ev.find((e) => e.trigger === 'meeting');
  assert.equal(soon?.modality, 'planned');
});

test('quotes: of several names in the speaker phrase, the person at its head speaks, not a name the tagger misread before it', () => {
  const text =
    'Conservative Shadow chancellor Oliver Letwin said: "I cannot find a single forecaster who agrees." ' +
    'Lib Dem home affairs spokesman Mark Oaten said: "There is a lot of talking left."';
  const a = annotate({ text, published: '2005-01-01' });
  assert.deepEqual(
    a.quotes.map((q) => q.speaker),
    ['PERSON:oliver letwin', 'PERSON:mark oaten'],
  );
});
