// Entity resolution rules, case by case, without a database.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocEntity, EntityType } from '../../src/model/index.js';
import { acronymFolds, aliasKey, chooseByEvidence, coMentionScores, currentCoMentions, entityId, lookupKeys, nameKey, resolutionOrder, resolveEntity, reviseTarget, revisionDestination, surnameRivals, type Candidate, type CoMention, type Rule } from '../../src/store/resolve.js';
import { planSplit } from '../../src/store/corrections.js';

const de = (name: string, type: EntityType = 'PERSON', aliases: string[] = [name], titles: string[] = []): DocEntity =>
  ({ key: 'k', name, type, aliases, titles });
const cand = (id: string, name: string, type: EntityType = 'PERSON', aliases: string[] = [name]): Candidate =>
  ({ id, name, type, aliases, titles: [], place: null });

test('alias keys: lowercase, accents folded, dots and apostrophes joined, other punctuation a space', () => {
  assert.equal(aliasKey('U.S.'), 'us');
  assert.equal(aliasKey("O'Brien"), 'obrien');
  assert.equal(aliasKey('Jean-Claude  Juncker'), 'jean claude juncker');
  assert.equal(aliasKey('Zelénskyy'), 'zelenskyy');
  assert.equal(nameKey('President Donald Trump', 'PERSON'), 'donald trump');
  assert.equal(nameKey('King', 'PERSON'), 'king'); // an honorific alone is a name
  assert.equal(nameKey('President Hotel', 'ORG'), 'president hotel');
});

test('new entities get the id of type:name key, stable across spellings of the key', () => {
  assert.equal(entityId('PERSON', 'Donald Trump'), entityId('PERSON', 'donald  TRUMP'));
  assert.notEqual(entityId('PERSON', 'Jordan'), entityId('GPE', 'Jordan'));
  assert.notEqual(entityId('PERSON', 'Jordan', 1), entityId('PERSON', 'Jordan'));
});

test('exact name or alias of the same type links; another type does not', () => {
  // same name, same type: the one entity
  assert.equal(resolveEntity(de('Kyiv', 'GPE'), [cand('a', 'Kyiv', 'GPE')]).id, 'a');
  // a doc alias ("UN") known as the alias of a stored ORG
  assert.equal(resolveEntity(de('UN', 'ORG'), [cand('u', 'United Nations', 'ORG', ['United Nations', 'UN'])]).id, 'u');
  // the doc's own alias finds the stored name
  assert.equal(resolveEntity(de('U.N.', 'ORG', ['U.N.', 'United Nations']), [cand('u', 'United Nations', 'ORG')]).id, 'u');
  // Jordan the person is not Jordan the country
  assert.equal(resolveEntity(de('Jordan', 'PERSON'), [cand('j', 'Jordan', 'GPE')]).id, null);
  // Kyiv is not Ukraine
  assert.equal(resolveEntity(de('Kyiv', 'GPE'), [cand('u', 'Ukraine', 'GPE')]).id, null);
});

test('a surname alone links to the unique person with that surname, never to one of several', () => {
  const r = resolveEntity(de('Trump'), [cand('t', 'Donald Trump')]);
  assert.deepEqual([r.id, r.reason, r.name], ['t', 'surname', 'Donald Trump']);
  // two Smiths: ambiguous, a new entity
  const smiths = [cand('j', 'John Smith'), cand('n', 'Jane Smith')];
  assert.deepEqual([resolveEntity(de('Smith'), smiths).id, resolveEntity(de('Smith'), smiths).reason], [null, 'ambiguous']);
  // once the ambiguous bare Smith exists, later bare Smiths share it
  assert.equal(resolveEntity(de('Smith'), [...smiths, cand('s', 'Smith')]).id, 's');
  // a first name alone is not a surname
  assert.equal(resolveEntity(de('Donald'), [cand('t', 'Donald Trump')]).id, null);
});

test('a full name upgrades a lone bare surname, keeping its id, unless other people share the surname', () => {
  const up = resolveEntity(de('Donald Trump', 'PERSON', ['Donald Trump', 'Trump'], ['President']), [cand('t', 'Trump')]);
  assert.deepEqual([up.id, up.reason, up.name], ['t', 'upgrade', 'Donald Trump']);
  assert.deepEqual(up.aliases, ['Trump', 'Donald Trump']);
  assert.deepEqual(up.titles, ['President']);
  // "Bob Smith" with John Smith and a bare (ambiguous) Smith in the corpus: a new person
  assert.equal(resolveEntity(de('Bob Smith'), [cand('j', 'John Smith'), cand('s', 'Smith')]).id, null);
  // Jane Smith when John Smith exists: a new person, even if her article also says "Smith"
  assert.equal(resolveEntity(de('Jane Smith', 'PERSON', ['Jane Smith', 'Smith']), [cand('j', 'John Smith', 'PERSON', ['John Smith', 'Smith'])]).id, null);
});

test('same first and last name with a middle initial links; titles left in a name are ignored', () => {
  assert.equal(resolveEntity(de('Donald J. Trump'), [cand('t', 'Donald Trump')]).id, 't');
  assert.equal(resolveEntity(de('President Donald Trump'), [cand('t', 'Donald Trump')]).id, 't');
});

test('titles and aliases accumulate without duplicates (by key)', () => {
  const c = { ...cand('t', 'Donald Trump', 'PERSON', ['Donald Trump', 'Trump']), titles: ['President'] };
  const r = resolveEntity(de('Donald Trump', 'PERSON', ['donald trump', 'Mr. Trump'], ['president', 'U.S. President']), [c]);
  assert.deepEqual(r.aliases, ['Donald Trump', 'Trump', 'Mr. Trump']);
  assert.deepEqual(r.titles, ['President', 'U.S. President']);
});

test('NORP links by exact name only and keeps its place', () => {
  const r = resolveEntity({ ...de('Israeli', 'NORP'), place: 'Israel' }, [cand('i', 'Israel', 'GPE')]);
  assert.deepEqual([r.id, r.place], [null, 'Israel']);
  assert.equal(resolveEntity(de('Israeli', 'NORP'), [{ ...cand('n', 'Israeli', 'NORP'), place: 'Israel' }]).place, 'Israel');
});

test('lookupKeys asks the store for every alias key and, for persons, the surname', () => {
  const k = lookupKeys(de('President Donald Trump', 'PERSON', ['Trump']));
  assert.deepEqual(k.aliasKeys.sort(), ['donald trump', 'president donald trump', 'trump']);
  assert.equal(k.surname, 'trump');
  assert.equal(lookupKeys(de('Kyiv', 'GPE')).surname, null);
});

test('a role left before a full name links to the person with that full name, keeping the shorter name', () => {
  const r = resolveEntity(de('Health Secretary Mary Quill'), [cand('q', 'Mary Quill')]);
  assert.deepEqual([r.id, r.reason, r.name], ['q', 'titled', 'Mary Quill']);
  // the titled form came first: the plain full name links and becomes the name
  const back = resolveEntity(de('Mary Quill'), [cand('q', 'Health Secretary Mary Quill')]);
  assert.deepEqual([back.id, back.name], ['q', 'Mary Quill']);
  // two people whose names end alike: no guess
  assert.equal(resolveEntity(de('Deputy Mary Quill'), [cand('a', 'Mary Quill'), cand('b', 'Envoy Mary Quill')]).id, null);
  // a different first name is a different person
  assert.equal(resolveEntity(de('Minister Tom Quill'), [cand('q', 'Mary Quill')]).id, null);
});

test('a name of two or more words known under another type links to it; one word never does', () => {
  const r = resolveEntity(de('Brackley Motors', 'PERSON'), [cand('b', 'Brackley Motors', 'ORG')]);
  assert.deepEqual([r.id, r.reason, r.type], ['b', 'other-type', 'ORG']);
  assert.equal(resolveEntity(de('Jordan', 'PERSON'), [cand('j', 'Jordan', 'GPE')]).id, null);
  // one word between an organisation and a place the gazetteer does not know: one thing
  assert.equal(resolveEntity(de('Zorvex', 'GPE'), [cand('z', 'Zorvex', 'ORG')]).id, 'z');
  // a known place keeps its own entity apart from an organisation of that name
  assert.equal(resolveEntity(de('Jordan', 'ORG'), [cand('j', 'Jordan', 'GPE')]).id, null);
  // a demonym group never crosses
  assert.equal(resolveEntity(de('New Zealander', 'NORP'), [cand('n', 'New Zealander', 'PERSON')]).id, null);
  // two stored things of other types with that name: no guess
  assert.equal(resolveEntity(de('Port Vale', 'PERSON'), [cand('a', 'Port Vale', 'ORG'), cand('b', 'Port Vale', 'GPE')]).id, null);
});

test('an honorific keeps a bare surname off a person of the other sex', () => {
  // "Mr Quill" with only Mary Quill known: a new (bare) person, not Mary
  assert.equal(resolveEntity(de('Quill', 'PERSON', ['Quill', 'Mr Quill']), [cand('m', 'Mary Quill')]).id, null);
  // with John Quill known too, "Mr Quill" is John
  assert.equal(resolveEntity(de('Quill', 'PERSON', ['Quill', 'Mr Quill']), [cand('m', 'Mary Quill'), cand('j', 'John Quill')]).id, 'j');
  // no honorific: the unique Quill, as before
  assert.equal(resolveEntity(de('Quill'), [cand('m', 'Mary Quill')]).id, 'm');
});

test("a user's merge pins a name to the survivor; a split bans a name from the entity it left", () => {
  const pin = (key: string, entityId: string): Rule => ({ key, type: 'PERSON', rule: 'pin', entityId });
  const ban = (key: string, entityId: string): Rule => ({ key, type: 'PERSON', rule: 'ban', entityId });
  const smiths = [cand('j', 'John Smith', 'PERSON', ['John Smith', 'Smith']), cand('n', 'Jane Smith')];
  // two Smiths: a bare Smith is ambiguous, unless the user merged the bare Smith into John
  assert.equal(resolveEntity(de('Smith'), smiths).id, null);
  const pinned = resolveEntity(de('Smith'), smiths, [pin('smith', 'j')]);
  assert.deepEqual([pinned.id, pinned.reason], ['j', 'corrected']);
  // a pin names one key: Jane by her full name is still Jane
  assert.equal(resolveEntity(de('Jane Smith'), smiths, [pin('smith', 'j')]).id, 'n');
  // the only Trump is Melania; once "Trump" is split from her, a bare Trump is new, not her
  const melania = [cand('m', 'Melania Trump', 'PERSON', ['Melania Trump', 'Trump'])];
  assert.equal(resolveEntity(de('Trump'), melania).id, 'm');
  assert.deepEqual([resolveEntity(de('Trump'), melania, [ban('trump', 'm')]).id], [null]);
  // her full name still links, and the banned form does not come back as her alias
  const r = resolveEntity(de('Melania Trump', 'PERSON', ['Melania Trump', 'Trump']), [cand('m', 'Melania Trump')], [ban('trump', 'm')]);
  assert.deepEqual([r.id, r.aliases], ['m', ['Melania Trump']]);
});

test('a new full name sharing a surname with known people asks for their first-come bare links to be revised', () => {
  const r = resolveEntity(de('Donald Trump'), [cand('m', 'Melania Trump', 'PERSON', ['Melania Trump', 'Trump']), cand('x', 'Trump')]);
  assert.deepEqual([r.id, r.reason, r.revise], [null, 'new', ['m', 'x']]);
  // an upgrade or a link revises nothing
  assert.equal(resolveEntity(de('Donald Trump'), [cand('x', 'Trump')]).revise, undefined);
  assert.equal(resolveEntity(de('Donald Trump'), [cand('d', 'Donald Trump')]).revise, undefined);
});

test('a split takes every spelling of the form off the entity, keeping keys its other names still give', () => {
  const e = { id: 'm', type: 'PERSON' as const, name: 'Melania Trump', aliases: ['Melania Trump', 'Trump', 'Mrs Trump'], titles: [], place: null };
  const plan = planSplit(e, 'trump');
  assert.equal(plan.alias, 'Trump');
  assert.deepEqual(plan.aliases, ['Melania Trump']);
  assert.deepEqual([...plan.dropKeys].sort(), ['mrs trump', 'trump']);
  assert.deepEqual(plan.bans.map((b) => [b.key, b.entityId]).sort(), [['mrs trump', 'm'], ['trump', 'm']]);
  assert.throws(() => planSplit(e, 'Melania  Trump'), /is the name of entity m/);
  assert.throws(() => planSplit(e, 'Ivanka'), /no alias "Ivanka"/);
});

test('an organisation links to its short forms: designators, word abbreviations, party members, "of" plural', () => {
  const org = (name: string, aliases: string[] = [name]) => de(name, 'ORG', aliases);
  const c = (id: string, name: string) => cand(id, name, 'ORG');
  // the same company with and without its designators, either way round
  assert.equal(resolveEntity(org('Brackley Foods Group Corp'), [c('b', 'Brackley Foods')]).id, 'b');
  assert.equal(resolveEntity(org('Quorvex'), [c('q', 'Quorvex Inc')]).id, 'q');
  // ...but an ordinary word alone is no company's core ("World Group" is not "World")
  assert.equal(resolveEntity(org('Harbour Group'), [c('h', 'Harbour')]).id, null);
  // word by word abbreviation: clipped words, not a word that begins another
  assert.equal(resolveEntity(org('Prog Refs'), [c('p', 'Progressive Reformists')]).id, 'p');
  assert.equal(resolveEntity(org('Quillan News'), [c('p', 'Quillan Newcastle')]).id, null);
  // a party and its members
  assert.equal(resolveEntity(org('Radicals'), [c('p', 'Radical Party')]).id, 'p');
  assert.equal(resolveEntity(org('Agrarian Party'), [c('a', 'Agrarians')]).id, 'a');
  // the plural after "of"
  assert.equal(resolveEntity(org('Elders'), [c('h', 'Council of Elders')]).id, 'h');
  // not: a different word, two names with the same initials, another type
  assert.equal(resolveEntity(org('Radicals'), [c('p', 'Radical Gazette')]).id, null);
  assert.equal(resolveEntity(org('Quillan Farm Lobby'), [c('q', 'Quillan Farming League')]).id, null);
  assert.equal(resolveEntity(de('Brackley Foods Inc', 'GPE'), [c('b', 'Brackley Foods')]).id, null);
  // lookups ask for the keys that find those candidates
  assert.ok(lookupKeys(org('Brackley Foods Group Corp')).aliasKeys.includes('brackley foods'));
});

test('a place links to its name less a natural-feature word, not less "City" or "State"', () => {
  assert.equal(resolveEntity(de('Quillan Bay', 'LOC'), [cand('q', 'Quillan', 'LOC')]).id, 'q');
  assert.equal(resolveEntity(de('Quillan', 'GPE'), [cand('q', 'Quillan Island', 'GPE')]).id, 'q');
  assert.equal(resolveEntity(de('Quillan City', 'GPE'), [cand('q', 'Quillan', 'GPE')]).id, null);
  assert.equal(resolveEntity(de('Quillan', 'GPE'), [cand('q', 'Quillan State', 'GPE')]).id, null);
  assert.ok(lookupKeys(de('Quillan Bay', 'LOC')).aliasKeys.includes('quillan'));
});

test('initials alone never link across articles: nothing there says which full name they stand for', () => {
  const org = (name: string, aliases: string[] = [name]) => de(name, 'ORG', aliases);
  assert.equal(resolveEntity(org('QFL'), [cand('q', 'Quillan Farming League', 'ORG')]).id, null);
  assert.equal(resolveEntity(org('Quillan Farming League'), [cand('q', 'QFL', 'ORG')]).id, null);
  // hyphenated words are one word each: "Wi-Fi" has no initials of "Wells Fargo"
  assert.equal(resolveEntity(org('Wi-Fi'), [cand('w', 'Wells Fargo', 'ORG')]).id, null);
  // an acronym the candidate answers to still links exactly
  assert.equal(resolveEntity(org('QFL'), [cand('q', 'Quillan Farming League', 'ORG', ['Quillan Farming League', 'QFL'])]).id, 'q');
});

test('an organisation of several words links to its plural, a one-word name does not', () => {
  assert.equal(resolveEntity(de('Free Farmers', 'ORG'), [cand('f', 'Free Farmer', 'ORG')]).id, 'f');
  assert.equal(resolveEntity(de('Quills', 'ORG'), [cand('q', 'Quill', 'ORG')]).id, null);
});

test('members WordNet defines by a party link to the stored party, before a group entity of that name', () => {
  const party = cand('w', 'Whig Party', 'ORG');
  const r = resolveEntity(de('Whigs', 'NORP'), [party, cand('n', 'Whigs', 'NORP')]);
  assert.deepEqual([r.id, r.type, r.reason], ['w', 'ORG', 'variant']);
  assert.ok(r.aliases.includes('Whigs'));
  assert.equal(resolveEntity(de('Whigs', 'ORG'), [party]).id, 'w');
  assert.ok(lookupKeys(de('Whigs', 'NORP')).aliasKeys.includes('member:whig'));
  // no party stored: the group entity as before; a people is no party's members
  assert.equal(resolveEntity(de('Whigs', 'NORP'), [cand('n', 'Whigs', 'NORP')]).id, 'n');
  assert.equal(resolveEntity(de('Americans', 'NORP'), [cand('a', 'American Party', 'ORG')]).id, null);
});

test('the plural of a word for people is the same body; the plural of a thing is another name', () => {
  const org = (name: string) => de(name, 'ORG');
  // a magazine and a band: "Quillan Stone" is not "Quillan Stones"
  assert.equal(resolveEntity(org('Quillan Stones'), [cand('q', 'Quillan Stone', 'ORG')]).id, null);
  assert.equal(resolveEntity(org('Quillan Stone'), [cand('q', 'Quillan Stones', 'ORG')]).id, null);
  // a party's members, in either number, and clipped
  assert.equal(resolveEntity(org('Quillan Reformer'), [cand('r', 'Quillan Reformers', 'ORG')]).id, 'r');
  assert.equal(resolveEntity(org('Prog Refs'), [cand('p', 'Progressive Reformist', 'ORG')]).id, 'p');
  assert.equal(resolveEntity(org('Prog Ref'), [cand('p', 'Progressive Reformists', 'ORG')]).id, 'p');
});

test('a bare surname several people share goes where the co-mentions clearly point, else stays its own', () => {
  const rivals = [cand('v', 'Vera Quillan', 'PERSON', ['Vera Quillan', 'Quillan']), cand('o', 'Otto Quillan', 'PERSON', ['Otto Quillan', 'Quillan']), cand('b', 'Quillan')];
  const doc = de('Quillan');
  assert.deepEqual(surnameRivals(doc, rivals).sort(), ['o', 'v']);
  // only one person of that name: nothing to weigh
  assert.deepEqual(surnameRivals(doc, rivals.slice(0, 1)), []);
  assert.deepEqual(surnameRivals(de('Vera Quillan'), rivals), []);
  // Vera was named with two rare entities of this article, Otto with a common one only
  const rows: CoMention[] = [
    { cand: 'v', other: 'harbour-fc', n: 3 },
    { cand: 'v', other: 'brackley', n: 5 },
    { cand: 'v', other: 'brackley', n: 5 },
    { cand: 'o', other: 'uk', n: 90 },
  ];
  const scores = coMentionScores(rows, 100);
  assert.ok(Math.abs(scores.get('v')! - (Math.log(100 / 3) + Math.log(100 / 5))) < 1e-9, 'each co-mentioned entity counts once');
  const r = resolveEntity(doc, rivals, [], scores);
  assert.deepEqual([r.id, r.reason], ['v', 'evidence']);
  // no evidence, or as much for both: the bare entity
  assert.equal(resolveEntity(doc, rivals, [], new Map()).id, 'b');
  assert.equal(resolveEntity(doc, rivals, [], new Map([['v', 5], ['o', 4]])).id, 'b');
  assert.equal(chooseByEvidence(['v', 'o'], new Map([['v', 1]])), null, 'too little to go on');
  // with no bare entity yet, weak evidence creates it
  assert.deepEqual([resolveEntity(doc, rivals.slice(0, 2), [], new Map([['v', 1]])).reason], ['ambiguous']);
});

test('revising a first-come link: to the person the article\'s company points to, else the bare entity', () => {
  const rivals = [{ id: 'v', name: 'Vera Quillan' }, { id: 'o', name: 'Otto Quillan' }];
  const rows: CoMention[] = [{ cand: 'o', other: 'harbour-fc', n: 2 }];
  assert.equal(reviseTarget(rivals, ['Quillan'], rows, 100), 'o');
  assert.equal(reviseTarget(rivals, ['Quillan'], [], 100), null);
  // "Mrs Quillan" is not Otto, however strong his evidence
  assert.equal(reviseTarget(rivals, ['Mrs Quillan'], rows, 100), null);
  // where the article goes: a person, the bare entity (''), or nowhere (null: it stays)
  assert.equal(revisionDestination({ id: 'v', name: 'Vera Quillan' }, 'quillan', rivals, ['Quillan'], rows, 100), 'o');
  assert.equal(revisionDestination({ id: 'o', name: 'Otto Quillan' }, 'quillan', rivals, ['Quillan'], rows, 100), null, 'already his');
  assert.equal(revisionDestination({ id: 'v', name: 'Vera Quillan' }, 'quillan', rivals, ['Quillan'], [], 100), '');
  assert.equal(revisionDestination({ id: 'b', name: 'Quillan' }, 'quillan', rivals, ['Quillan'], [], 100), null, 'the bare entity keeps its own article');
  // the document being added is one more article naming its people together
  assert.deepEqual(currentCoMentions(['v', 'o'], ['harbour-fc', 'uk'], new Set(['o', 'harbour-fc']), () => 2), [{ cand: 'o', other: 'harbour-fc', n: 3 }]);
});

test('bare person names are resolved after the rest of the document, so their company is known', () => {
  const order = resolutionOrder([de('Quillan'), de('Harbour FC', 'ORG'), de('Vera Quillan'), de('Mr Brackley')]);
  assert.deepEqual(order.map((e) => e.name), ['Harbour FC', 'Vera Quillan', 'Quillan', 'Mr Brackley']);
});

test('a full name upgrades a bare entity only when its honorifics fit; other bare links are weighed again', () => {
  // "Mrs Quill" is not Tom Quill: a new person, the bare entity kept
  const r = resolveEntity(de('Tom Quill'), [cand('b', 'Quill', 'PERSON', ['Quill', 'Mrs Quill'])]);
  assert.deepEqual([r.id, r.reason], [null, 'new']);
  assert.equal(resolveEntity(de('Mary Quill'), [cand('b', 'Quill', 'PERSON', ['Quill', 'Mrs Quill'])]).id, 'b');
  // a second Quill: the first one's and the bare entity's articles are both revised
  assert.deepEqual(resolveEntity(de('Tom Quill'), [cand('m', 'Mary Quill'), cand('b', 'Quill')]).revise, ['m', 'b']);
});

test('an entity known only by the acronym a document spells out beside its name is offered for folding', () => {
  const league = de('Quillan Farming League', 'ORG', ['Quillan Farming League', 'QFL']);
  const stored = [cand('y', 'Quillan Farming League', 'ORG'), cand('x', 'QFL', 'ORG'), cand('z', 'QFL', 'ORG', ['QFL', 'Quillan Ferry Line'])];
  // x only; z has a full name of its own, y is the entity the document named
  assert.deepEqual(acronymFolds(league, 'y', stored), ['x']);
  // not without the acronym beside the name, nor for a person, nor for other initials
  assert.deepEqual(acronymFolds(de('Quillan Farming League', 'ORG'), 'y', stored), []);
  assert.deepEqual(acronymFolds(de('Quillan Farming League', 'ORG', ['Quillan Farming League', 'QFA']), 'y', [cand('a', 'QFA', 'ORG')]), []);
  assert.deepEqual(acronymFolds(de('Quinn Fa Lee', 'PERSON', ['Quinn Fa Lee', 'QFL']), 'y', [cand('p', 'QFL', 'PERSON')]), []);
});

test('a country before an institution\'s name of two words or more is the same body; before one word it is another name', () => {
  const org = (name: string) => de(name, 'ORG');
  assert.equal(resolveEntity(org('US Securities and Exchange Commission'), [cand('s', 'Securities and Exchange Commission', 'ORG')]).id, 's');
  assert.equal(resolveEntity(org('Financial Services Authority'), [cand('f', 'UK Financial Services Authority', 'ORG')]).id, 'f');
  assert.equal(resolveEntity(org('US Airways'), [cand('a', 'Airways', 'ORG')]).id, null);
  // (a place of two words is not its first word: "New Zealand Rugby Union" keeps "new zealand" whole)
  assert.deepEqual(lookupKeys(org('New Zealand Rugby Union')).aliasKeys.includes('zealand rugby union'), false);
});

test('a firm\'s web domain is the firm', () => {
  assert.equal(resolveEntity(de('Quorvia.com', 'ORG'), [cand('q', 'Quorvia', 'ORG')]).id, 'q');
  assert.equal(resolveEntity(de('Quorvia', 'ORG'), [cand('q', 'Quorvia.com', 'ORG')]).id, 'q');
});
