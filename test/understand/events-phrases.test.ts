// Event roles that no name fills but a common noun for people does ("police", "the creditors"), kept
// as the text's phrase with a CAMEO actor type from WordNet (issue 8). Invented sentences; the
// labelled sets are scored by bench/eval-roles.ts, not here.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../../src/understand/sentences.js';
import { findEntities } from '../../src/understand/entities.js';
import { findEvents } from '../../src/understand/events.js';
import { actorTypeOf, actorTypeOfNoun, namesParticipant } from '../../src/understand/actor-type.js';
import type { RolePhrase } from '../../src/model/index.js';

function event(text: string, trigger: string) {
  const s = splitSentences(text);
  const { entities, mentions } = findEntities(text, s);
  const ev = findEvents(text, s, entities, mentions, []).find((e) => e.trigger === trigger);
  const name = (k: string | null) => entities.find((e) => e.key === k)?.name ?? null;
  const role = (k: string | null, p: RolePhrase | null | undefined) => name(k) ?? (p ? `${p.text}/${p.type ?? '-'}` : null);
  return ev ? { cameo: ev.cameo, actor: role(ev.actor, ev.actorPhrase), target: role(ev.target, ev.targetPhrase) } : null;
}

test('WordNet types a noun by the nearest CAMEO kind above its frequent senses', () => {
  assert.equal(actorTypeOfNoun('police'), 'COP');
  assert.equal(actorTypeOfNoun('insurgents'), 'REB');
  assert.equal(actorTypeOfNoun('soldiers'), 'MIL');
  assert.equal(actorTypeOfNoun('creditors'), 'BUS');
  assert.equal(actorTypeOfNoun('unions'), 'LAB');
  assert.equal(actorTypeOfNoun('prosecutors'), 'JUD');
  assert.equal(actorTypeOfNoun('journalists'), 'MED');
  assert.equal(actorTypeOfNoun('civilians'), 'CVL');
  // a government minister, not a cleric (the nearer of the two senses' kinds)
  assert.equal(actorTypeOfNoun('minister'), 'GOV');
  // British spelling of a word WordNet writes the American way
  assert.equal(namesParticipant('organisers'), true);
  // a noun modifier that names a kind decides: "police officers", "government officials"
  assert.equal(actorTypeOf(['police', 'officers']), 'COP');
  assert.equal(actorTypeOf(['hospital', 'doctors']), 'HLH');
  // things are no participants, and a person of no listed kind has no type
  assert.equal(namesParticipant('measures'), false);
  assert.equal(namesParticipant('shares'), false);
  // a group of things is no group of people; a body part is no worker
  assert.equal(namesParticipant('series'), false);
  assert.equal(namesParticipant('economy'), false);
  assert.equal(namesParticipant('hand'), false);
  assert.equal(namesParticipant('audience'), true);
  assert.equal(actorTypeOfNoun('players'), null);
  // a noun for any kind of body types nothing by itself, though it names people
  assert.equal(actorTypeOf(['exporter', 'organisations']), null);
  assert.equal(namesParticipant('groups'), true);
  assert.equal(actorTypeOf(['rights', 'groups']), null);
});

test('a common-noun subject is kept as the actor phrase, typed', () => {
  assert.deepEqual(event('The Norvell Bank bond sale was delayed again, bankers said on Tuesday.', 'said'), { cameo: '01', actor: 'bankers/BUS', target: null });
  // sentence-initial, capitalised
  assert.deepEqual(event('Police arrested three men after the match in Carlow.', 'arrested')?.actor, 'Police/COP');
  assert.deepEqual(event('Striking dock workers blocked the road to the port.', 'blocked')?.actor, 'dock workers/LAB');
  // a noun modifying another noun is no participant ("police investigation")
  assert.equal(event('A police investigation criticised the Halvorsen Group over safety.', 'criticised')?.actor, null);
});

test('a common-noun object or passive agent is kept as the target or actor phrase', () => {
  assert.deepEqual(event('Maria Tellez urged the government to lower fuel duty.', 'urged'), { cameo: '02', actor: 'Maria Tellez', target: 'government/GOV' });
  assert.deepEqual(event('Dara Quinlan was arrested by police in Limerick.', 'arrested'), { cameo: '17', actor: 'police/COP', target: 'Dara Quinlan' });
  // a name in apposition to the phrase is the participant
  assert.equal(event('The minister was criticised by the charity, Oxfam.', 'criticised')?.actor, 'Oxfam');
  // a phrase that opens a clause of its own is not the object ("and creditors have been pushing")
  assert.deepEqual(event('Chief executive Tomas Berg resigned last week and creditors have been pushing for changes.', 'resigned'), { cameo: '08', actor: 'Tomas Berg', target: null });
  // a phrase inside a "whether" clause is not what is investigated
  assert.equal(event('Detectives are investigating whether the songs incite attacks on gay people.', 'investigating')?.target, null);
});

test('a nationality or a place before a noun for people makes the phrase, not the participant', () => {
  assert.equal(event('Kerrow urged the American public to stay calm.', 'urged')?.target, 'American public/CVL');
  assert.equal(event('Greek farmers blocked the motorway near the border.', 'blocked')?.actor, 'Greek farmers/AGR');
  // an organisation before it is still the participant: its officials speak for it
  assert.equal(event('Halvorsen officials met with the regulators on Friday.', 'met')?.actor, 'Halvorsen');
});

test('a name still wins over a phrase: the name modifying the head, or a resolved role', () => {
  assert.equal(event('Halvorsen officials met with the regulators on Friday.', 'met')?.actor, 'Halvorsen');
  // "attacked" by people is criticism (CAMEO 11), not an assault
  assert.equal(event('The Harwell film has been attacked by critics in the US.', 'attacked')?.cameo, '11');
});
