// Event roles from the clause's structure, and modality, on invented sentences (issue 8). Each case
// says what structure it exercises; the labelled sets are scored by bench/eval-roles.ts, not here.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../../src/understand/sentences.js';
import { findEntities } from '../../src/understand/entities.js';
import { findEvents } from '../../src/understand/events.js';
import { annotate } from '../../src/understand/index.js';

function event(text: string, trigger: string) {
  const s = splitSentences(text);
  const { entities, mentions } = findEntities(text, s);
  const ev = findEvents(text, s, entities, mentions, []).find((e) => e.trigger === trigger);
  const name = (k: string | null) => entities.find((e) => e.key === k)?.name ?? null;
  return ev ? { cameo: ev.cameo, actor: name(ev.actor), target: name(ev.target), modality: ev.modality } : null;
}

test('the subject is the noun phrase before the verb group, not the clause\'s first name', () => {
  // a common-noun subject names nobody: not the name earlier in the sentence
  assert.equal(event('The Zantria Bank share sale was oversubscribed four times, bankers said on Friday.', 'said')?.actor, null);
  // a name modifying the subject's head noun is the one acting ("Toyota officials")
  assert.equal(event('Toyota officials met with the union on Friday.', 'met')?.actor, 'Toyota');
  // the possessor of "X's decision to V" acts
  assert.deepEqual(event("Tony Smith's decision to ban the march angered many.", 'ban'), { cameo: '17', actor: 'Tony Smith', target: null, modality: 'happened' });
  // a second verb after "and" shares the subject of the first
  assert.equal(event('Tony Smith said he was tired and predicted a defeat.', 'predicted')?.actor, 'Tony Smith');
});

test('passives: the agent after "by" acts, the subject is the target', () => {
  // the agent's name comes after a title
  assert.deepEqual(event('The plan was rejected by Mr Jones, who called it weak.', 'rejected')?.actor, 'Jones');
  // the agent is named in apposition after a description
  const acc = event('Tony Smith has been accused of fraud by the watchdog, Transparency International.', 'accused');
  assert.deepEqual([acc?.cameo, acc?.actor, acc?.target], ['11', 'Transparency International', 'Tony Smith']);
  // an irregular participle with a particle is passive too; no agent named
  const off = event('Manager Paul Brennan was sent off for arguing with the referee.', 'sent off');
  assert.deepEqual([off?.cameo, off?.actor, off?.target], ['17', null, 'Paul Brennan']);
});

test('the target is the object of the trigger, not a name inside a modifier of it', () => {
  // a demonym gives way to the named counterpart in apposition
  assert.equal(event('Tony Smith met his French counterpart, Jacques Chirac, in Paris.', 'met')?.target, 'Jacques Chirac');
  // two prepositions deep is a modifier of the object
  assert.equal(event('Tony Smith rejected calls for the publication of advice on the Iraq war.', 'rejected')?.target, null);
  // a name modifying the object yields to the one it goes to
  assert.equal(event('Tony Smith withheld US military aid to Ukraine last year.', 'withheld')?.target, 'Ukraine');
  // a statement has no target, unless it is told to someone
  assert.equal(event('Tony Smith said Gordon Brown was wrong.', 'said')?.target, null);
  assert.equal(event('Tony Smith told the BBC that he would stay.', 'told')?.target, 'BBC');
});

test('roots that depend on the clause', () => {
  // a warning with a condition is a threat; without one it is a statement
  assert.equal(event('Tony Smith warned that unions would strike unless pay rose.', 'warned')?.cameo, '13');
  assert.equal(event('Tony Smith warned that profits may slide.', 'warned')?.cameo, '01');
  // an attack on a person's record is criticism, not assault
  assert.equal(event("Tony Smith attacked Gordon Brown's record on tax.", 'attacked')?.cameo, '11');
  // phrasal verbs carry their class
  assert.equal(event('Chief executive Tony Smith stepped down last week.', 'stepped down')?.cameo, '08');
  assert.equal(event('The Zantria board turned down the offer from Tony Smith.', 'turned down')?.cameo, '12');
});

test('modality: reports, coordination, likelihood', () => {
  // in what a source says
  assert.equal(event('Police said Tony Smith kicked an officer.', 'kicked')?.modality, 'reported');
  // the speaker's own clause goes on: not a report
  assert.equal(event('Tony Smith said while visiting Paris that he was pleased.', 'visiting')?.modality, 'happened');
  assert.equal(event('Tony Smith said he was tired and predicted a defeat.', 'predicted')?.modality, 'happened');
  // "unlikely to" is a possibility, "unable to" a negation
  assert.equal(event('The board is unlikely to reject the offer from Tony Smith.', 'reject')?.modality, 'hypothetical');
  assert.equal(event('Tony Smith was unable to meet Gordon Brown.', 'meet')?.modality, 'negated');
});

test('a bare surname with an honorific joins only a person its gender fits', () => {
  const t = 'Cherie Blair spoke first. Tony Blair arrived later. The plan was rejected by Mr Blair.';
  assert.equal(event(t, 'rejected')?.actor, 'Tony Blair');
});

test('"under attack", "under pressure from Y": the subject is the target', () => {
  assert.deepEqual(event('Elizabeth Warren was under near-constant attack last month.', 'attack'), { cameo: '11', actor: null, target: 'Elizabeth Warren', modality: 'happened' });
  assert.deepEqual(event('Tony Smith is under pressure from Gordon Brown.', 'pressure'), { cameo: '10', actor: 'Gordon Brown', target: 'Tony Smith', modality: 'happened' });
});

test('a demonym with a role noun is the person the article titled so', () => {
  const t = 'Ukrainian President Volodymyr Zelensky spoke. Later Tony Smith met the Ukrainian president in Kyiv.';
  assert.equal(event(t, 'met')?.target, 'Volodymyr Zelensky');
});

// the whole pipeline, so the coreference stage's links reach the events
function annotated(text: string, trigger: string) {
  const a = annotate({ text, published: null });
  const ev = a.events.find((e) => e.trigger === trigger);
  const name = (k: string | null) => a.entities.find((e) => e.key === k)?.name ?? null;
  return ev ? { cameo: ev.cameo, actor: name(ev.actor), target: name(ev.target), modality: ev.modality } : null;
}

test('coreference: a role noun the coreference stage resolved is the subject it stands for', () => {
  // "The company" is linked to Acme Corp; without the link the actor was null
  assert.deepEqual(annotated('Acme Corp posted record profits in May. The company later sued Zentrix over a patent.', 'sued'), { cameo: '11', actor: 'Acme Corp', target: null, modality: 'happened' });
});

test('clauses: the subject of a verb that a clause places elsewhere', () => {
  // a name right before a finite verb is its subject, even when "says" governs that clause
  assert.deepEqual(annotated('In a new book, Paul Green says Lord Harris warned Tony Smith about the risks.', 'warned'), { cameo: '01', actor: 'Lord Harris', target: 'Tony Smith', modality: 'reported' });
  // a relative clause: its antecedent acts, past an adverb in the verb group
  const rel = annotated('The senator met Paul Green, who later criticised Tony Smith.', 'criticised');
  assert.deepEqual([rel?.actor, rel?.target], ['Paul Green', 'Tony Smith']);
  // a participle clause after a comma: the main clause's subject acts
  const part = annotated('Tony Smith spoke for an hour on Tuesday, repeatedly criticising Jane Brown over the budget.', 'criticising');
  assert.deepEqual([part?.actor, part?.target], ['Tony Smith', 'Jane Brown']);
  // a name in apposition to a common-noun subject is the one it was done to
  const app = annotated('The Welsh builder, Tom Evans, was arrested in May.', 'arrested');
  assert.deepEqual([app?.actor, app?.target], [null, 'Tom Evans']);
});

test('joint acts: a coordinated subject gives actor and target; a light verb carries the noun', () => {
  assert.deepEqual(annotated('Germany and France held talks in Paris on Monday.', 'talks'), { cameo: '04', actor: 'Germany', target: 'France', modality: 'happened' });
  const deal = annotated('Officials said the United States and China reached an agreement on Friday.', 'agreement');
  assert.deepEqual([deal?.cameo, deal?.actor, deal?.target], ['05', 'United States', 'China']);
  // "faced X from Y": Y acts on the subject
  const faced = annotated('The Foreign Office faced criticism from Greenpeace over the deal.', 'criticism');
  assert.deepEqual([faced?.cameo, faced?.actor, faced?.target], ['11', 'Greenpeace', 'Foreign Office']);
  // other verbs that only carry the event noun, a particle after the verb included
  assert.deepEqual(annotated('The European Union imposed sanctions on Russia in March.', 'sanctions'), { cameo: '16', actor: 'European Union', target: 'Russia', modality: 'happened' });
  const strikes = annotated('Israel carried out strikes on Gaza overnight.', 'strikes');
  assert.deepEqual([strikes?.actor, strikes?.target], ['Israel', 'Gaza']);
  // a non-joint act keeps a single target: the coordinated partner is no target of a criticism
  const crit = annotated('Germany and France criticised the plan on Monday.', 'criticised');
  assert.deepEqual([crit?.actor, crit?.target], ['Germany', null]);
});

test('objects: a plural pronoun stands for the names listed before it', () => {
  const t = annotated('Tony Smith named rivals, including Spain, Italy and Greece, publicly threatening them with fines.', 'threatening');
  assert.deepEqual([t?.cameo, t?.actor, t?.target], ['13', 'Tony Smith', 'Spain']);
});

test('modality: "would" in reported speech is a plan, in a condition a hypothesis', () => {
  assert.equal(annotated('Tony Smith said he would visit Paris next month.', 'visit')?.modality, 'planned');
  assert.equal(annotated('Tony Smith would visit Paris if invited.', 'visit')?.modality, 'hypothetical');
});

test('particles: "back" after a verb is no support, and a phrasal trigger is one event', () => {
  const s = 'Tony Smith tried to bring back Tom Evans in January.';
  assert.equal(annotate({ text: s, published: null }).events.filter((e) => e.cameo === '07').length, 0);
  // "backed" as a verb stays an event: backing a person endorses them (05, as the labellers define
  // backing); material backing of a body stays support (07)
  assert.equal(annotated('Tony Smith backed Tom Evans in January.', 'backed')?.cameo, '05');
  assert.equal(annotated('Iran has backed Hamas for years.', 'backed')?.cameo, '07');
  const p = annotate({ text: 'Tony Smith threw punches at Tom Evans.', published: null });
  assert.deepEqual(p.events.map((e) => [e.cameo, e.trigger]), [['18', 'threw punches']]);
});

test('a person\'s possessive before a noun for another person names someone else, not the owner', () => {
  // "the singer's agent" is not the singer; "his spokesman" still speaks for him
  assert.equal(annotated('Pop star Carla Lind is to marry Tom Evans, the singer\'s agent has confirmed.', 'confirmed')?.actor, null);
  assert.equal(annotated('Pop star Carla Lind is to marry Tom Evans, Ms Lind\'s lawyer has confirmed.', 'confirmed')?.actor, null);
  // an organisation's possessive still stands for it ("Toyota's board")
  assert.equal(annotated('Toyota\'s board met with the union on Friday.', 'met')?.actor, 'Toyota');
});

test('a possessive pronoun before an event noun is its actor, through the coreference stage', () => {
  // "its takeover" is the takeover by the company "its" was resolved to
  const e = annotated('Zantria Media Corporation is looking for games firms. Activa is said to be one firm on its takeover list.', 'takeover');
  assert.equal(e?.actor, 'Zantria Media Corporation');
});

test('declining to comment is a statement that happened (CAMEO 011), refusing a thing is a refusal', () => {
  assert.deepEqual(annotated('Tom Evans declined to comment on the report.', 'declined to comment'), { cameo: '01', actor: 'Tom Evans', target: null, modality: 'happened' });
  assert.deepEqual(annotated('Tom Evans refused to answer further questions.', 'refused to answer'), { cameo: '01', actor: 'Tom Evans', target: null, modality: 'happened' });
  // a speech verb with a determined object is a refusal of that thing
  assert.equal(annotated('Tom Evans refused to sign the treaty.', 'refused')?.cameo, '12');
});

test('reported: only what the report word reports, not an adverbial clause beside it', () => {
  // "claimed victory as ...": the hearing is the narrator's, not Smith's claim
  assert.equal(annotated('Tony Smith claimed victory as the Zantrian Senate concluded its hearing on the bill.', 'hearing')?.modality, 'happened');
  // "As X announced ..., Y urged": the urging is in the main clause
  assert.equal(annotated('As Tony Smith announced the budget date, Zantria Bank urged him to cut taxes.', 'urged')?.modality, 'happened');
  // what is said is still reported
  assert.equal(annotated('Police said Tony Smith kicked an officer.', 'kicked')?.modality, 'reported');
  // an announcement that something happened is a claim by a party
  assert.equal(annotated("Tony Smith's announcement that the United States and China had reached a trade agreement surprised many.", 'agreement')?.modality, 'reported');
});

test('reduced passives and subjects with modifiers after their head', () => {
  // a participle with its "by" agent and no auxiliary is passive: the agent acts on the noun before it
  const a = annotated('Two Britons detained by the United States in Cuba were freed on Monday.', 'detained');
  assert.deepEqual([a?.actor, a?.target], ['United States', 'Briton']);
  // the subject of "were freed" is the head before the participle phrase, not the agent inside it
  assert.equal(annotated('Two Britons detained by the United States in Cuba were freed on Monday.', 'freed')?.target, 'Briton');
  // a name inside a prepositional phrase after the subject's head is not the subject
  assert.equal(annotated('All four Britons held in the Cuban camp will be freed within weeks.', 'freed')?.target, 'Briton');
  // an adverb between the auxiliary and the participle keeps it passive
  const r = annotated('Tony Smith, arrested by French police in Paris, was later released.', 'released');
  assert.deepEqual([r?.actor, r?.target], [null, 'Tony Smith']);
  // an active verb with a "by" phrase of place is still active
  assert.equal(annotated('Police arrested Tony Smith by the river.', 'arrested')?.target, 'Tony Smith');
});

test('a transfer of possession has the party receiving as its target, in both voices', () => {
  // WordNet's verb.possession ("sell", "supply"): "to X" names who receives, not the thing sold
  assert.deepEqual(annotated('Newcastle sold Nolberto Solano to Aston Villa.', 'sold'), { cameo: '06', actor: 'Newcastle', target: 'Aston Villa', modality: 'happened' });
  assert.equal(annotated('The Peruvian international was sold to Aston Villa a year ago.', 'sold')?.target, 'Aston Villa');
  // not for other verbs: a "to" phrase there is no receiver of the act
  assert.notEqual(annotated('Tony Smith criticised Zantria Bank in a letter to Aston Villa.', 'criticised')?.target, 'Aston Villa');
});

test('"the two companies", "both firms" as subject: the pair the article just named, the first named leading', () => {
  const e = annotated('Acme Corp has long competed with Norvik Steel Corporation in Europe. Now the two companies will cooperate on a new plant.', 'cooperate');
  assert.deepEqual([e?.actor, e?.target], ['Acme Corp', 'Norvik Steel Corporation']);
  assert.equal(annotated('Acme Corp has long competed with Norvik Steel Corporation in Europe. Now both firms will cooperate on a new plant.', 'cooperate')?.actor, 'Acme Corp');
});

test('denials: denying a claim is a statement (CAMEO 016) and what is denied did not happen; refusing a request is a rejection', () => {
  assert.deepEqual(annotated('Gordon Brown denied that he had met Michael Howard.', 'denied'), { cameo: '01', actor: 'Gordon Brown', target: null, modality: 'happened' });
  assert.equal(annotated('Gordon Brown denied that he had met Michael Howard.', 'met')?.modality, 'negated');
  assert.equal(annotated('Gordon Brown denies attacking Michael Howard.', 'attacking')?.modality, 'negated');
  // an object WordNet makes a kind of statement ("the allegations") is a claim denied
  assert.equal(annotated('The Pentagon dismissed the allegations against Michael Howard.', 'dismissed')?.cameo, '01');
  // a request or a plea refused is a rejection (WordNet: a plea is first a request)
  assert.equal(annotated('Gordon Brown rejected the request from Michael Howard.', 'rejected')?.cameo, '12');
  assert.equal(annotated('In December the Lords rejected a plea by Michael Howard.', 'rejected')?.cameo, '12');
});

test('threats and promises: the act threatened is hypothetical, and the threat is aimed where that act is', () => {
  assert.deepEqual(annotated('The EU threatened to impose sanctions on Iran.', 'threatened'), { cameo: '13', actor: 'EU', target: 'Iran', modality: 'happened' });
  assert.equal(annotated('The EU threatened to impose sanctions on Iran.', 'sanctions')?.modality, 'hypothetical');
  // a pledge to do an act is that act, planned (the labelling rules' "pledged to"), aimed where it is
  assert.equal(annotated('Tony Smith has pledged to back Michael Howard.', 'pledged'), null);
  assert.deepEqual(annotated('Tony Smith has pledged to back Michael Howard.', 'back'), { cameo: '05', actor: 'Tony Smith', target: 'Michael Howard', modality: 'planned' });
});

test('"in May" is a month, not the modal; a gerund subject is not a participle clause of the main clause', () => {
  assert.equal(annotated('Tony Smith left the party in May, publicly criticising Michael Howard.', 'criticising')?.modality, 'happened');
  assert.equal(annotated('Tony Smith may criticise Michael Howard.', 'criticise')?.modality, 'hypothetical');
  // ", actually signing a deal has proved elusive": the signer is not the main clause's subject
  assert.equal(annotated("Despite Tony Smith's announcement in May that a deal was close, actually signing a deal with Zantria Bank has proved elusive.", 'signing')?.actor, null);
});

test('object control: the object of the verb governing an infinitive does it; an appeal leaves it unrealised', () => {
  assert.deepEqual(annotated('Tom Evans urged Jane Brown to condemn Paul Green.', 'condemn'), { cameo: '11', actor: 'Jane Brown', target: 'Paul Green', modality: 'hypothetical' });
  const hired = annotated('Tony Blair hired Goldman Sachs to buy Google.', 'buy');
  assert.deepEqual([hired?.actor, hired?.target], ['Goldman Sachs', 'Google']);
  // no object before "to": the subject still does it
  assert.equal(annotated('Tom Evans flew to London to meet Jane Brown.', 'meet')?.actor, 'Tom Evans');
});

test('reported clauses: the subject of a complement past a control verb, and a reporting clause between commas', () => {
  assert.equal(annotated('Acme Corp said Microsoft had agreed to sell Google to Tom Evans.', 'sell')?.actor, 'Microsoft');
  assert.deepEqual(annotated('Microsoft, Tom Evans said, had sued Google.', 'sued'), { cameo: '11', actor: 'Microsoft', target: 'Google', modality: 'reported' });
  // a report inside a relative clause does not report the main clause
  assert.equal(annotated('Tom Evans, who said he was tired, criticised Microsoft.', 'criticised')?.modality, 'happened');
});

test('passives: a thing of someone\'s done to is done to its owner, not so a person of theirs', () => {
  const t = annotated('Jane Brown\'s adaptation of the novel, however, has been attacked by Tom Evans.', 'attacked');
  assert.deepEqual([t?.actor, t?.target], ['Tom Evans', 'Jane Brown']);
  assert.equal(annotated('Jane Brown\'s brother, however, was arrested on Monday.', 'arrested')?.target, null);
});

test('a lead that describes a person and names them after: the person named next', () => {
  const lead = 'The creator of a famous television show is to join Acme Corp after signing up to write a film.\n\nJoss Whedon described the film as a dream.';
  assert.equal(annotated(lead, 'signing up')?.actor, 'Joss Whedon');
  const man = annotated('A man is facing charges of hacking into computers at Microsoft.\n\nThe Californian man, Tom Evans, was arrested in October.', 'charges');
  assert.deepEqual([man?.cameo, man?.target], ['11', 'Tom Evans']);
  // a titled person further on: "agent" names the agent, not the first person named
  const agent = 'Pop star Carla Lind is to marry Tom Evans, the singer\'s agent has confirmed.\n\nEvans, 26, proposed on holiday. "No plans have been set," said Lind\'s agent Meghan Prophet.';
  assert.equal(annotated(agent, 'confirmed')?.actor, 'Meghan Prophet');
  // later in the article, a description is not resolved forward
  const late = 'Acme Corp posted profits. It hired staff. It sold a plant. A man is facing charges of fraud.\n\nTom Evans was arrested.';
  assert.equal(annotated(late, 'charges')?.target, null);
});

test('a common-noun subject of a reported clause, and of an infinitive past an adjunct', () => {
  const phrase = (text: string, trigger: string) => {
    const ev = annotate({ text, published: null }).events.find((e) => e.trigger === trigger);
    return ev ? [ev.actorPhrase?.text ?? null, ev.modality] : null;
  };
  // "said the army attacked": the army, not the one who said it
  assert.deepEqual(phrase('Tom Evans said the army attacked Gaza.', 'attacked'), ['army', 'reported']);
  // "Creditors agreed on Friday to suspend": the subject of the verb that governs the infinitive
  assert.deepEqual(phrase('Creditors agreed on Friday to suspend payments to Acme Corp.', 'suspend'), ['Creditors', 'planned']);
});

test('a violent or coercive act announced for later in a report is a threat', () => {
  assert.deepEqual(annotated('Shareholders United said it would fight any move by Tom Evans.', 'fight'), { cameo: '13', actor: 'Shareholders United', target: 'Tom Evans', modality: 'hypothetical' });
  // not a scheduled act in the reporter's voice
  assert.equal(annotated('Police will arrest Tom Evans on Monday.', 'arrest')?.cameo, '17');
  // a capitalised modifier between the owner and the thing done to
  assert.equal(annotated('Jane Brown\'s Indian-style adaptation of the novel has been attacked by Tom Evans.', 'attacked')?.target, 'Jane Brown');
});

test('agreeing a thing settles an agreement (05); agreeing to a thing states an intent (03), to an act is that act, planned', () => {
  assert.deepEqual(annotated('Acme Corp agreed a rescue plan with Microsoft on Friday.', 'agreed'), { cameo: '05', actor: 'Acme Corp', target: 'Microsoft', modality: 'happened' });
  // (agreeing to an act that is an event is that act, planned: "agreed to buy")
  assert.equal(annotated('Acme Corp agreed to buy Microsoft.', 'agreed'), null);
  assert.deepEqual(annotated('Acme Corp agreed to buy Microsoft.', 'buy'), { cameo: '06', actor: 'Acme Corp', target: 'Microsoft', modality: 'planned' });
  assert.equal(annotated('Acme Corp agreed to a deal with Microsoft.', 'agreed')?.cameo, '03');
});

test('"accused X of attacking its ports": the object does the gerund, to the owner of its object', () => {
  assert.deepEqual(annotated('Ukraine accused Russia of attacking its ports.', 'attacking'), { cameo: '18', actor: 'Russia', target: 'Ukraine', modality: 'reported' });
});

test('an event noun after a preposition is the noun ("hit by sanctions imposed by the US")', () => {
  const s = annotated('Iran has been hit by sanctions imposed by the US.', 'sanctions');
  assert.deepEqual([s?.cameo, s?.actor], ['16', 'United States']);
});

test('to demonstrate or rally something is no protest; intransitive it is', () => {
  const ev = (t: string) => annotate({ text: t, published: null }).events.map((e) => e.cameo);
  assert.deepEqual(ev('Beijing is concerned, as demonstrated by the departure of its envoy.'), []);
  assert.deepEqual(ev('Shareholders United has been rallying opposition to the bid.'), []);
  assert.deepEqual(ev('Thousands demonstrated in Paris against the war.'), ['14']);
});

test('"the two sides": the pair the article just named, past a lone name of another type, in their order', () => {
  const t = 'Officials said the United States and China had reached a Phase 1 deal. The two sides continue to negotiate.';
  assert.deepEqual(annotated(t, 'negotiate'), { cameo: '04', actor: 'United States', target: 'China', modality: 'happened' });
});

test('a passive whose subject is a request: its "by" maker is the target, its "to" addressee rejects it', () => {
  const t = annotated('A previous approach to Microsoft by Mr Evans in October last year was turned down.', 'turned down');
  assert.deepEqual([t?.cameo, t?.actor, t?.target], ['12', 'Microsoft', 'Evans']);
  // a subordinating "after" before a name with a finite verb opens that name's clause
  assert.equal(annotated('Chaos followed after Mr Brown threatened to raise taxes.', 'threatened')?.actor, 'Brown');
});

test('judging a definite statement or plan with no owner named: aimed at whoever last acted before', () => {
  assert.deepEqual(annotated('Tony Blair announced the plan on Monday. Gordon Brown criticised the plan.', 'criticised'), { cameo: '11', actor: 'Gordon Brown', target: 'Tony Blair', modality: 'happened' });
  // not a thing that is no statement, act or plan, nor when nobody else acted in reach
  assert.equal(annotated('Tony Blair announced the plan on Monday. Gordon Brown criticised the weather.', 'criticised')?.target, null);
  assert.equal(annotated('Gordon Brown criticised the plan.', 'criticised')?.target, null);
});

test('an object relative clause\'s antecedent is the object; an event noun\'s own "by" its actor', () => {
  const rel = annotated('Gordon Brown, whom Tony Blair praised, met Jacques Chirac.', 'praised');
  assert.deepEqual([rel?.actor, rel?.target], ['Tony Blair', 'Gordon Brown']);
  // a complementiser "that" after an object is no relative pronoun
  assert.equal(annotated('Tony Blair told Microsoft that Google sued.', 'sued')?.target, null);
  const att = annotated('The attack on Ukraine by Russia was condemned.', 'attack');
  assert.deepEqual([att?.cameo, att?.actor, att?.target], ['18', 'Russia', 'Ukraine']);
});

test('withdrawing someone from a party: the party withdrawn from is the target', () => {
  assert.deepEqual(annotated('France has withdrawn its ambassador from Russia.', 'withdrawn'), { cameo: '08', actor: 'France', target: 'Russia', modality: 'happened' });
  // a person released stays the target
  assert.equal(annotated('Tom Evans was released from prison by Russia.', 'released')?.target, 'Tom Evans');
});

test('a second verb of a coordination takes the first verb\'s subject and modal, not a name in its object', () => {
  const t = annotated('Charles Kennedy will also highlight the anger over the Iraq war and call for a balanced approach.', 'call for');
  assert.deepEqual([t?.cameo, t?.actor, t?.modality], ['02', 'Charles Kennedy', 'planned']);
  // two clauses, each with its subject
  assert.equal(annotated('Microsoft sued Google and Apple sued Amazon.', 'sued')?.actor, 'Microsoft');
});

test('"thanks to" and coming back are no events; nobody is their own target', () => {
  const ev = (t: string) => annotate({ text: t, published: null }).events.map((e) => [e.cameo, e.trigger]);
  assert.deepEqual(ev('Tony Blair won thanks to Gordon Brown.'), []);
  assert.deepEqual(ev('Tom Evans returned to first-team action in May.'), []);
  assert.deepEqual(ev('Russia will return Crimea.'), [['08', 'return']]);
});

test('a common-noun subject with names coordinated in apposition: the first name', () => {
  const t = annotated('Roni Size became involved after two friends, Donna Small and Asha Jama, were shot in his Bristol hometown in October.', 'shot');
  assert.deepEqual([t?.cameo, t?.actor, t?.target], ['18', null, 'Donna Small']);
});

test('modality: a reporting clause closing the sentence, "would" after a report over an adjunct, "is to"', () => {
  // the clause before ", X said." is what X says; the statement itself happened
  assert.equal(annotated('Germany invaded Poland, Karl Brenner said.', 'invaded')?.modality, 'reported');
  assert.equal(annotated('Germany invaded Poland, Karl Brenner said.', 'said')?.modality, 'happened');
  // ... but not an event noun the clause takes as given
  assert.equal(annotated('The Zantex strikes on Poland will fuel unrest, Karl Brenner said.', 'strikes')?.modality, 'happened');
  // "said on Monday it would sue": the future of the past, a plan, not a hypothesis
  assert.equal(annotated('Zantex Corp said on Monday it would sue Brolmar Ltd.', 'sue')?.modality, 'planned');
  assert.equal(annotated('Zantex Corp said it would sue Brolmar Ltd if talks failed.', 'sue')?.modality, 'hypothetical');
  // "is to resign": an arrangement for later
  assert.equal(annotated('Karl Brenner is to resign next month.', 'resign')?.modality, 'planned');
});

test('a participle clause opening the sentence takes the main subject after its comma; a capitalised event noun opens one too', () => {
  const t = annotated('After meeting Anna Kovacs, Karl Brenner criticised Poland.', 'meeting');
  assert.deepEqual([t?.cameo, t?.actor, t?.target], ['04', 'Karl Brenner', 'Anna Kovacs']);
  const c = annotated('Criticising Poland, Karl Brenner said the talks had failed.', 'Criticising');
  assert.deepEqual([c?.cameo, c?.actor, c?.target], ['11', 'Karl Brenner', 'Poland']);
  // "Talks between A and B" at the sentence's start is the noun, not the verb "talks"
  const talks = annotated('Talks between Germany and Poland collapsed on Friday.', 'Talks');
  assert.deepEqual([talks?.actor, talks?.target], ['Germany', 'Poland']);
});

test('an event noun takes the fate of the verb carrying it; past its "by" agent to its own object', () => {
  assert.deepEqual(annotated('Karl Brenner cancelled his visit to Poland.', 'visit'), { cameo: '04', actor: 'Karl Brenner', target: 'Poland', modality: 'negated' });
  assert.deepEqual(annotated('The visit by Karl Brenner to Poland was cancelled.', 'visit'), { cameo: '04', actor: 'Karl Brenner', target: 'Poland', modality: 'negated' });
  assert.deepEqual(annotated('Karl Brenner postponed a meeting with Anna Kovacs.', 'meeting'), { cameo: '04', actor: 'Karl Brenner', target: 'Anna Kovacs', modality: 'planned' });
});

test('one who speaks for a body acts for it', () => {
  assert.deepEqual(annotated('A spokesman for Zantex Corp criticised Anna Kovacs.', 'criticised'), { cameo: '11', actor: 'Zantex Corp', target: 'Anna Kovacs', modality: 'happened' });
});

test('a judged thing as a passive\'s subject is aimed at whoever last acted, as it is as an object', () => {
  assert.deepEqual(annotated('Karl Brenner announced a new tax on Monday. The idea was rejected by Anna Kovacs.', 'rejected'), { cameo: '12', actor: 'Anna Kovacs', target: 'Karl Brenner', modality: 'happened' });
});

test('"the plan" as a noun is no intent; wanting another to act demands it; "must" too', () => {
  assert.equal(annotated('Karl Brenner announced a new tax. The plan was criticised by Anna Kovacs.', 'criticised')?.modality, 'happened');
  assert.deepEqual(annotated('Germany wants Poland to withdraw its troops.', 'withdraw')?.modality, 'hypothetical');
  assert.equal(annotated('Karl Brenner must resign, Anna Kovacs said.', 'resign')?.modality, 'hypothetical');
  assert.equal(annotated('Karl Brenner plans to visit Poland.', 'visit')?.modality, 'planned');
});

test('the possessor of an arrest, or of a noun with its own "by" agent, is the one it is done to', () => {
  const arrest = annotated("Anna Kovacs's arrest by police angered Germany.", 'arrest');
  assert.equal(arrest?.target, 'Anna Kovacs');
  assert.notEqual(arrest?.actor, 'Anna Kovacs');
  assert.deepEqual(annotated("Germany's attack on Poland began at dawn.", 'attack'), { cameo: '18', actor: 'Germany', target: 'Poland', modality: 'happened' });
});

test('reports: "said on Monday that X had"; another\'s act foretold by a speaker is no threat of the speaker\'s', () => {
  assert.equal(annotated('Germany said on Monday that it had arrested Anna Kovacs.', 'arrested')?.modality, 'reported');
  const inv = annotated('Karl Brenner told Anna Kovacs that Germany would invade Poland.', 'invade');
  assert.deepEqual(inv, { cameo: '19', actor: 'Germany', target: 'Poland', modality: 'planned' });
  // the speaker's own act announced for later still is
  assert.equal(annotated('Germany said it would invade Poland.', 'invade')?.cameo, '13');
});

test('an event noun\'s "into" names its object and its "from" its maker; a deployment or aid goes to its "to"', () => {
  assert.deepEqual(annotated('The European Commission has opened an investigation into Google.', 'investigation'), { cameo: '09', actor: 'European Commission', target: 'Google', modality: 'happened' });
  assert.equal(annotated('The proposal drew criticism from Greenpeace.', 'criticism')?.actor, 'Greenpeace');
  // a name modifying a noun after "from" gives way to the name it modifies
  assert.equal(annotated('Manchester United received a takeover offer from US businessman Malcolm Glazer.', 'takeover')?.actor, 'Malcolm Glazer');
  // a withdrawal is made from a place, which is its target, not its maker
  assert.notEqual(annotated('The withdrawal from Iraq was completed.', 'withdrawal')?.actor, 'Iraq');
  const dep = annotated('Germany deployed troops to Poland on Monday.', 'deployed');
  assert.deepEqual([dep?.actor, dep?.target], ['Germany', 'Poland']);
});

test('a verb form that is as often a noun is the verb only where a verb group can stand', () => {
  const ev = (t: string) => annotate({ text: t, published: null }).events.map((e) => e.trigger);
  // a noun after an adjective, another verb, a noun for a thing, or opening the sentence
  assert.deepEqual(ev('Analysts said mild weather tempered demand for heating oil.'), ['said']);
  assert.deepEqual(ev('Global demand rose in May.'), []);
  assert.deepEqual(ev('Zantex Corp faced major supply problems in May.'), []);
  // the verb after a name, a noun for people, a plural noun, a comma closing an apposition, "either"
  assert.equal(annotated('Karl Brenner, a member of the board, says Zantex Corp lied.', 'says')?.actor, 'Karl Brenner');
  assert.equal(annotated('The two companies coordinate efforts with Zantex Corp.', 'coordinate')?.cameo, '06');
  assert.equal(annotated('Karl Brenner urged Germany to either free or charge Anna Kovacs.', 'free')?.cameo, '08');
  // after a possessive the bare form is its event noun
  assert.deepEqual(annotated("Russia's support for Iran worries Germany.", 'support'), { cameo: '07', actor: 'Russia', target: 'Iran', modality: 'happened' });
});

test('to back a plan, a view or a person is to endorse it (05); a relative clause\'s name is no subject of the verb after it', () => {
  assert.equal(annotated('Karl Brenner backed the plan on Tuesday.', 'backed')?.cameo, '05');
  assert.equal(annotated('Germany supports Ukraine with weapons.', 'supports')?.cameo, '07');
  const met = annotated('Two councillors who back Karl Brenner met Anna Kovacs on Tuesday.', 'met');
  assert.deepEqual([met?.actor, met?.target], [null, 'Anna Kovacs']);
  // the antecedent, a noun for people, does the relative clause's verb and undergoes the main passive
  const arrested = annotated('The man who attacked Anna Kovacs was arrested by police.', 'arrested');
  assert.notEqual(arrested?.target, 'Anna Kovacs');
});

test('"officials in Delhi banned": a noun for people before a place is the subject; past a thing as object an adjunct\'s name is no target', () => {
  const t = 'This year, officials in Berlin banned fireworks ahead of Christmas, arresting 210 people.';
  const a = annotate({ text: t, published: null });
  const banned = a.events.find((e) => e.trigger === 'banned');
  assert.equal(banned?.actorPhrase?.text, 'officials');
  assert.equal(banned?.target, null);
  // the participle clause after the comma takes the actor the main verb was given
  assert.equal(a.events.find((e) => e.trigger === 'arresting')?.actorPhrase?.text, 'officials');
  // a target after "on" still is one ("imposed restrictions on Poland")
  assert.equal(annotated('Karl Brenner criticised the restrictions on Poland.', 'criticised')?.target, 'Poland');
});

test('a reduced passive with a phrase of its own before its agent: "the guests invited to an event by X"', () => {
  const a = annotate({ text: 'Anna Kovacs was one of the guests invited to a gala by Karl Brenner.', published: null });
  const inv = a.events.find((e) => e.trigger === 'invited');
  assert.equal(a.entities.find((e) => e.key === inv?.actor)?.name, 'Karl Brenner');
  assert.equal(inv?.targetPhrase?.text, 'guests');
  // an active verb with its object first is no passive, whatever "by" follows
  const act = annotated('Karl Brenner invited Anna Kovacs to a party by the lake.', 'invited');
  assert.deepEqual([act?.actor, act?.target], ['Karl Brenner', 'Anna Kovacs']);
});

test('a name owning the object, the object named after a comma: the named one is the target', () => {
  assert.equal(annotated('Karl Brenner has criticised Britain\'s financial watchdog, the Financial Services Authority.', 'criticised')?.target, 'Financial Services Authority');
  assert.equal(annotated("Karl Brenner met Russia's foreign minister, Sergei Lavrov, in Geneva.", 'met')?.target, 'Sergei Lavrov');
  // a name followed by its own verb after the comma is a reporting clause, not an apposition
  assert.equal(annotated("Karl Brenner criticised Poland's plan, Anna Kovacs said.", 'criticised')?.target, 'Poland');
});

test('clauses: a shared passive "be", an unresolved first-person subject, a coordination inside a when-clause, a scare-quoted word', () => {
  // "was convicted and sentenced": the second participle is passive too
  const sent = annotated('The suspect, Karl Brenner, was convicted and sentenced to life in prison.', 'sentenced');
  assert.deepEqual([sent?.actor, sent?.target], [null, 'Karl Brenner']);
  // "I welcome": the writer, not a name earlier in the sentence
  assert.equal(annotated('As one of thousands of people with broken Zantex keyboards, I welcome the return of the design.', 'welcome')?.actor, null);
  // verbs coordinated in a when-clause share its subject, not the main clause's
  const a = annotate({ text: 'Prosecutors in Texas released the footage when officers found and rescued her and arrested Karl Brenner.', published: null });
  assert.equal(a.events.find((e) => e.trigger === 'arrested')?.actorPhrase?.text, 'officers');
  // 'the "interim" government' is the object, and what it is called on to do is demanded
  const c = annotate({ text: 'Anna Kovacs said the deaths were caused by gunshots and called on the "interim" government to withdraw troops.', published: null });
  assert.equal(c.events.find((e) => e.trigger === 'called on')?.targetPhrase?.text, 'government');
  const w = c.events.find((e) => e.trigger === 'withdraw');
  assert.deepEqual([w?.actorPhrase?.text, w?.modality], ['government', 'hypothetical']);
});

test('an event noun in what a source says is taken as given, unless called alleged or carried by a light verb', () => {
  assert.equal(annotated("Anna Kovacs told lawmakers that Karl Brenner's request to Poland was inappropriate.", 'request')?.modality, 'happened');
  assert.equal(annotated('Karl Brenner said the alleged attack on Poland was staged.', 'attack')?.modality, 'reported');
  assert.equal(annotated('Brolmar Ltd is said to be top of its takeover list.', 'takeover')?.modality, 'reported');
  assert.equal(annotated('Karl Brenner said Germany had reached an agreement with Poland.', 'agreement')?.modality, 'reported');
});

test('phrasal verbs of the CAMEO verb classes: criticism voiced, withdrawal, rejection, a ruling against', () => {
  assert.deepEqual(event('Karl Brenner hit out at Brolmar Ltd over the closures.', 'hit out'), { cameo: '11', actor: 'Karl Brenner', target: 'Brolmar Ltd', modality: 'happened' });
  assert.equal(event('Karl Brenner hit back at Anna Kovacs on Monday.', 'hit back')?.cameo, '11');
  assert.equal(event('Brolmar Ltd pulled out of the Zantex deal.', 'pulled out')?.cameo, '16');
  assert.equal(event('The Zantex parliament has thrown out a bill on patents.', 'thrown out')?.cameo, '12');
  assert.equal(event('Labour MPs are expected to vote against the bill.', 'vote against')?.cameo, '12');
  assert.equal(event('The Supreme Court overruled Karl Brenner on the detentions.', 'overruled')?.cameo, '11');
  assert.equal(event('Karl Brenner was sacked by Brolmar Ltd on Friday.', 'sacked')?.cameo, '16');
  // "a ban" is the noun of a coercion
  assert.equal(event('Karl Brenner faces a ban from the Zantex Football Association.', 'ban')?.cameo, '17');
});

test('modality: a light verb carries its noun, a leading condition, readiness before an infinitive, a closing "reports say"', () => {
  // "is to begin talks": the talks are planned, as the verb carrying them is
  assert.equal(event('Karl Brenner is to begin talks with Brolmar Ltd.', 'talks')?.modality, 'planned');
  // a sentence opening with "If" states its main clause as a hypothesis
  assert.equal(event('If Karl Brenner loses his appeal against the fine at the hearing in the spring of next year, he will be banned by the Zantex Football Association.', 'banned')?.modality, 'hypothetical');
  // "eager to withdraw": intended, not done
  assert.equal(event('Karl Brenner has been eager to withdraw from the Zantex Union.', 'withdraw')?.modality, 'planned');
  // "..., reports say." closes a clause it reports
  assert.equal(event('Brolmar Ltd has sued Zantex Corp, reports say.', 'sued')?.modality, 'reported');
});

test('a contract of exchange between firms or people is material cooperation; an agreement of states or a settlement is not', () => {
  assert.equal(event('Karl Brenner has signed a three-year deal with Brolmar Studios.', 'signed')?.cameo, '06');
  // signing a player or a hire is a transfer
  assert.deepEqual(event('Zantex United would consider signing Karl Brenner next season.', 'signing')?.cameo, '06');
  assert.equal(event('Brolmar Ltd agreed a new kit deal with Zantex Athletics.', 'agreed')?.cameo, '06');
  assert.equal(event('Germany signed an agreement with Poland on Friday.', 'signed')?.cameo, '05');
  assert.equal(event('Brolmar Ltd agreed a rescue deal with Zantex Bank.', 'agreed')?.cameo, '05');
  // backing a name's demands endorses them
  assert.equal(event('The Greens backed Labour demands for a vote.', 'backed')?.cameo, '05');
});

test('an absolute "with" clause has its own subject; a place modifying a title gives way to the name it closes', () => {
  assert.equal(event('Zantex United has been criticised, with the Brolmar Players Union accusing the club of neglect.', 'accusing')?.actor, 'Brolmar Players Union');
  assert.equal(event('Karl Brenner criticised German carmaker Brolmar Motors on Monday.', 'criticised')?.target, 'Brolmar Motors');
  assert.equal(event('Karl Brenner has won a takeover battle for US phone firm Brolmar Telecom.', 'takeover')?.target, 'Brolmar Telecom');
});

test('willingness to act states an intent (03) aimed at whom the act is; a ruling that something is illegal disapproves', () => {
  assert.deepEqual(event('Brolmar Motors had been willing to buy Zantex Corp, but the founder refused.', 'willing'), { cameo: '03', actor: 'Brolmar Motors', target: 'Zantex Corp', modality: 'happened' });
  // "prepared" after "be" is no passive here, and without an infinitive no event
  assert.equal(event('Brolmar Ltd said it is prepared to accept a minority stake if Zantex Corp agrees.', 'prepared')?.actor, 'Brolmar Ltd');
  assert.equal(event('Karl Brenner was prepared for the worst.', 'prepared'), null);
  assert.deepEqual(event('The Zantex mask ban was ruled illegal by the High Court on Monday.', 'ruled illegal')?.cameo, '11');
});

test('the "by" agent of an act noun does its infinitive, past a parenthesis between dashes', () => {
  assert.equal(event('The move follows a decision by Karl Brenner - the brother of Zantex president Anna Kovacs - to resign from his post.', 'resign')?.actor, 'Karl Brenner');
  assert.equal(event('The move follows a decision earlier this month by Karl Brenner to resign from his post.', 'resign')?.actor, 'Karl Brenner');
});

test('withdrawing from a body, a deal or talks reduces relations (16); from a place it yields (08)', () => {
  assert.deepEqual(event('Brolmar Bank and Zantex Partners withdrew from the Karl Brenner bid team.', 'withdrew'), { cameo: '16', actor: 'Brolmar Bank', target: 'Karl Brenner', modality: 'happened' });
  assert.equal(event('Germany will withdraw from Iraq next year.', 'withdraw')?.cameo, '08');
  assert.equal(event('Germany pulled out of Afghanistan in 2021.', 'pulled out')?.cameo, '08');
  assert.equal(event('Germany withdrew its troops from Iraq.', 'withdrew')?.cameo, '08');
});

test('a noun heading a subject of likelihood or schedule is a hypothesis or a plan; backing with no object endorses', () => {
  assert.equal(event('A Zantex attack on Poland is likely.', 'attack')?.modality, 'hypothetical');
  assert.equal(event('A Zantex attack on Poland was widely condemned.', 'attack')?.modality, 'happened');
  assert.equal(event('Karl Brenner was sacked by Zantex United on Friday - a move Anna Kovacs has backed.', 'backed')?.cameo, '05');
  assert.equal(event('Iran has backed Hamas for years.', 'backed')?.cameo, '07');
});

test('a relative clause opened by a preposition of an argument: its antecedent is the target', () => {
  assert.equal(event('Anna Kovacs warned of miscarriages of justice like the Zantex Four - for which Karl Brenner recently apologised.', 'apologised')?.target, 'Zantex Four');
  assert.equal(event('It was Poland, to which Karl Brenner apologised on Monday.', 'apologised')?.target, 'Poland');
});

test('a statement made to someone has them as its target; what it reports does not', () => {
  assert.equal(event('Karl Brenner testified before the Zantex Select Committee on Tuesday.', 'testified')?.target, 'Zantex Select Committee');
  assert.equal(event('An Alibaba spokesperson declined to comment to Reuters.', 'declined to comment')?.target, 'Reuters');
  assert.equal(event('Karl Brenner said Anna Kovacs was tired.', 'said')?.target, null);
});

test('"hit back at" criticises but a comeback does not; leaving a contest is no event between actors', () => {
  assert.equal(event('Zantex United hit back to win 2-1 at home.', 'hit back'), null);
  assert.equal(event('Karl Brenner pulled out of the tournament with a knee injury.', 'pulled out'), null);
  assert.equal(event('Karl Brenner withdrew from the race with a knee injury.', 'withdrew'), null);
  assert.equal(event('Brolmar Telecom is set to pull out of the $3bn mobile deal.', 'pull out')?.cameo, '16');
});

test('"was set to", "is due to", "were expected to": the subject of "be" + predicate + infinitive does the act', () => {
  assert.equal(event('Observers said they thought Vodafone was set to pull out of the deal.', 'pull out')?.actor, 'Vodafone');
  assert.equal(event('Analysts believe Vodafone is due to criticise the regulator Ofcom.', 'criticise')?.actor, 'Vodafone');
  assert.equal(event('Analysts believe Vodafone was expected to pull out of the deal.', 'pull out')?.actor, 'Vodafone');
});

test('a statement made "to" someone past its topic\'s phrase is made to them ("declined to comment on the pricing to Reuters")', () => {
  assert.equal(event('A Zantex spokesperson declined to comment on the pricing to Reuters.', 'declined to comment')?.target, 'Reuters');
  // a "to" inside the topic's phrase is the topic's ("on plans to expand"): no addressee
  assert.equal(event('A Zantex spokesperson declined to comment on plans to expand into Europe.', 'declined to comment')?.target, null);
});

test('agreeing or pledging to do an act that is an event is that act, planned, not a second event of its own', () => {
  const text = 'Tony Blair has agreed to release Gordon Brown. Tony Blair pledged to criticise Microsoft.';
  const s = splitSentences(text);
  const { entities, mentions } = findEntities(text, s);
  const evs = findEvents(text, s, entities, mentions, []);
  assert.deepEqual(evs.map((e) => [e.cameo, e.trigger, e.modality]), [['08', 'release', 'planned'], ['11', 'criticise', 'planned']]);
  // an intent to a thing, no act named, stays an intent (CAMEO 03)
  assert.equal(event('Tony Blair agreed to a deal with Microsoft.', 'agreed')?.cameo, '03');
});

test('a participle coordinated with a passive further back shares its "be": what was done to the subject is done again', () => {
  // not the subject acting: Brown did not release anyone
  assert.deepEqual(event('Gordon Brown was arrested at his hotel and later released without charge.', 'released'), { cameo: '08', actor: null, target: 'Gordon Brown', modality: 'happened' });
  // past a reporting clause's subject, and reported as the first conjunct is
  const rel = annotated('Tom Smith said Gordon Brown was arrested at his hotel after the show but released without charge.', 'released');
  assert.deepEqual([rel?.actor, rel?.target, rel?.modality], [null, 'Gordon Brown', 'reported']);
  // an adjective after "be" is no passive: the subject acts in the second verb
  assert.equal(event('Gordon Brown was elected in 1997 and criticised Tony Blair.', 'criticised')?.actor, 'Gordon Brown');
});

test('triggers the lexicon does not list are classed through WordNet, only between parties', () => {
  // a verb reaches a seed class up its hypernyms: defend → argue → present → state (01)
  assert.deepEqual(event('Tony Smith also defended the decision on Friday.', 'defended'), { cameo: '01', actor: 'Tony Smith', target: null, modality: 'happened' });
  // a noun derived from a seed verb is an event noun of its class (rejection → reject: 12)
  assert.deepEqual(event("Tony Smith's rejection of the Acme Corp offer surprised analysts.", 'rejection')?.cameo, '12');
  // no parties, no event; a verb whose object is told to act is not the event ("challenged X to deny")
  assert.equal(event('The rejection surprised analysts.', 'rejection'), null);
  assert.equal(event('Lord Jones challenged Tony Smith to deny the reports.', 'challenged'), null);
  // a modal or an adjective is no learned verb ("will", "willing")
  assert.equal(event('Acme Corp will face Tony Smith in court.', 'will'), null);
  // an -ing form is a learned verb only in a verb group or a participle clause, not a modifier
  assert.equal(event('Two big US names have launched advertising campaigns.', 'advertising'), null);
  assert.equal(event('Acme Corp, alleging that Tony Smith lied, went to court.', 'alleging')?.cameo, '01');
});

test('victims of an event noun: the subject is what it was done to; a scare-quoted event noun is narration', () => {
  const a = event('Tony Smith was the victim of an unprovoked attack by Acme Corp.', 'attack');
  assert.deepEqual([a?.actor, a?.target], ['Acme Corp', 'Tony Smith']);
  // the noun inside a scare quote of two words is read; a verb inside one is not
  assert.equal(event('Acme Corp said it was the victim of an "unprovoked attack" in Leeds.', 'attack')?.target, 'Acme Corp');
  assert.equal(event('Acme Corp said Tony Smith "attacked them" in Leeds.', 'attacked'), null);
});

test('a negated verb whose WordNet antonym is a seed act is that act, done', () => {
  // accept ↔ reject: "did not accept" is a rejection (12) that happened, not a negated event
  assert.deepEqual(event('Mukesh Ambani did not accept the offer from Anil Ambani.', 'accept'), { cameo: '12', actor: 'Mukesh Ambani', target: 'Anil Ambani', modality: 'happened' });
  assert.deepEqual(event('The Zantrian government would not then accept the plan of Acme Corp.', 'accept')?.cameo, '12');
  // not negated: no event
  assert.equal(event('Mukesh Ambani accepted the offer from Anil Ambani.', 'accepted'), null);
});

test('a support verb carries its object noun\'s event, classed by the verb WordNet derives the noun from', () => {
  // quarantine (the noun) → quarantine (the verb): a coercion (17) by the support verb's subject
  assert.deepEqual(event('Acme Corp instituted a quarantine to stop the disease.', 'quarantine'), { cameo: '17', actor: 'Acme Corp', target: null, modality: 'happened' });
  // "struck a deal with": the deal (06) between the subject and the noun's "with", and no assault (18)
  assert.deepEqual(event('Acme Corp struck a deal with Zantria Bank.', 'deal'), { cameo: '06', actor: 'Acme Corp', target: 'Zantria Bank', modality: 'happened' });
  assert.equal(event('Acme Corp struck a deal with Zantria Bank.', 'struck'), null);
  // the support verb is no statement of its own; the warning is (warn: 01), past a modifier
  assert.equal(event('Acme Corp issued an official warning to Zantria Bank last year.', 'issued'), null);
  assert.equal(event('Acme Corp issued an official warning to Zantria Bank last year.', 'warning')?.actor, 'Acme Corp');
  // a noun modifying the object's head is no event: "raise fuel taxes" (fuel → fuel: supply)
  assert.equal(event('Tony Smith threatened to raise fuel taxes on Acme Corp.', 'fuel'), null);
  // only an act, a message, an event or a state is carried: money raised is no aid ("raise capital")
  assert.equal(event('Acme Corp would have to raise substantial new capital from Zantria Bank.', 'capital'), null);
  // a passive support verb's subject receives, and an indirect object is no event: "give the hosts a lead"
  assert.equal(event('Tony Smith was given a test by Acme Corp.', 'test'), null);
  assert.equal(event('Tony Smith scored to give the hosts a lead over Acme Corp.', 'hosts'), null);
  // a noun of the support verb's form is no support verb: "the European launch date"
  assert.equal(event('Acme Corp said the European launch date was near.', 'date'), null);
});
