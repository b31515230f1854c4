// "the club said" goes to a club: the noun's kind against what the article says each organisation is.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/understand/index.js';
import { kindOfNoun } from '../../src/understand/org-kind.js';

const speakerOf = (text: string, quote: string): string | null => {
  const a = annotate({ text, published: null });
  const q = a.quotes.find((x) => x.text.startsWith(quote));
  return a.entities.find((e) => e.key === q?.speaker)?.name ?? null;
};

test('nouns name a kind; words for any organisation name none', () => {
  assert.equal(kindOfNoun('club'), 'sport');
  assert.equal(kindOfNoun('firm'), 'company');
  assert.equal(kindOfNoun('planemaker'), 'company', 'a coined maker noun is a company');
  assert.equal(kindOfNoun('ministry'), 'government');
  assert.equal(kindOfNoun('organisation'), null, 'WordNet files it with administration; it names any kind');
});

test('"the club" skips a more recent company for the organisation the article called a club', () => {
  const text = 'Premiership club Chelsea have signed a deal with the airline Emirates. The deal with Emirates is worth £10m a year. "We are delighted with the partnership," the club said.';
  assert.equal(speakerOf(text, 'We are delighted'), 'Chelsea');
});

test('a document speaks for its issuer; an unnamed source stays unnamed', () => {
  const report = 'A report by the Fraser of Allander Institute says the costs were wrong. "Dubious" assumptions could drive the cost up, the report warned.';
  assert.match(speakerOf(report, 'Dubious') ?? '', /Allander Institute/);
  const source = 'Talks went on at Stamford Bridge with Chelsea. "It is a good deal," a source close to Chelsea said.';
  assert.equal(speakerOf(source, 'It is a good deal'), null);
});

test('kindOfNoun: "league" is a league; "conference" is no league by a WordNet synonym', () => {
  assert.equal(kindOfNoun('league'), 'league');
  assert.notEqual(kindOfNoun('conference'), 'league');
});

test('"X boss", "X fans" make X a club only in an article some other sign puts in sport', async () => {
  const { orgKinds } = await import('../../src/understand/org-kind.js');
  const { splitSentences } = await import('../../src/understand/sentences.js');
  const { tokenize } = await import('../../src/understand/tokens.js');
  const { findEntities } = await import('../../src/understand/entities.js');
  const kindsOf = (text: string) => {
    const s = splitSentences(text);
    const { entities, mentions } = findEntities(text, s, tokenize(text, s));
    return new Map([...orgKinds(text, entities, mentions)].map(([k, v]) => [entities.find((e) => e.key === k)?.name, [...v]]));
  };
  // invented articles
  const business = kindsOf('Former Telvane boss Anna Ruiz denied fraud on Monday. The phone company collapsed in 2003.');
  assert.ok(!(business.get('Telvane') ?? []).includes('sport'), 'a company boss is no club');
  const sport = kindsOf('Harwick boss Tom Reid praised his side. Harwick striker Leo Marsh scored twice.');
  assert.deepEqual(sport.get('Harwick'), ['sport']);
});
