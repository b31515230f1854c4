// Entity forms the store needs to link across articles (issue 8), on invented sentences.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../../src/understand/sentences.js';
import { findEntities } from '../../src/understand/entities.js';
import { annotate } from '../../src/understand/index.js';

const entities = (t: string) => findEntities(t, splitSentences(t)).entities;

test('"Paris-based IEA": the place before -based is a mention of its own, the rest another', () => {
  const es = entities('The Paris-based IEA watchdog said so. The London-listed firm Zantria Holdings fell.');
  assert.deepEqual(es.map((e) => `${e.type}:${e.name}`).sort(), ['GPE:London', 'GPE:Paris', 'ORG:IEA', 'ORG:Zantria Holdings']);
});

test('an honorific before a bare surname is kept as an alias, for the store to check against first names', () => {
  const es = entities('Tony Quill arrived. Mr Quill said he was glad.');
  assert.deepEqual(es.find((e) => e.name === 'Tony Quill')?.aliases.sort(), ['Mr Quill', 'Quill', 'Tony Quill']);
  // within one article, "Mr Blair" never joins Cherie Blair
  const two = entities('Cherie Blair spoke first. Tony Blair arrived later. Mr Blair left.');
  assert.ok(two.find((e) => e.name === 'Tony Blair')?.aliases.includes('Mr Blair'));
  assert.ok(!two.find((e) => e.name === 'Cherie Blair')?.aliases.includes('Mr Blair'));
});

test('a peer is named with the title, and the territory after "of" belongs to the name', () => {
  const es = entities('Home Office minister Baroness Kendal said no. Kendal is a town in Cumbria.');
  assert.ok(es.some((e) => e.type === 'PERSON' && e.name === 'Baroness Kendal'));
  const lord = entities('Lord Quill of Tarnby, in his ruling, said it was wrong. Lord Quill added more.');
  assert.deepEqual(lord.filter((e) => e.type === 'PERSON').map((e) => e.name), ['Lord Quill of Tarnby']);
  // the person's own name stays canonical when the peerage comes second
  const both = entities('Tony Quill entered the Lords as Baron Quill of Tarnby. Lord Quill said he was proud.');
  const q = both.filter((e) => e.type === 'PERSON');
  assert.deepEqual(q.map((e) => e.name), ['Tony Quill']);
  assert.ok(q[0].aliases.includes('Baron Quill of Tarnby'));
});

test('an institution named "X of Y" with an organisation head before "of" is an organisation', () => {
  const es = entities('Ross Quill, an economist at Royal Bank of Tarnby, said rates would rise.');
  assert.ok(es.some((e) => e.type === 'ORG' && e.name === 'Royal Bank of Tarnby'));
});

test('"the Bank" alone is the institution named with that head word, without becoming its alias', () => {
  const es = entities('The Bank of Tarnby held rates. Analysts at Royal Bank of Quill disagreed. The Bank said inflation was low.');
  const boe = es.find((e) => e.name === 'Bank of Tarnby');
  assert.ok(boe && !es.some((e) => e.name === 'Bank'));
  assert.ok(!boe.aliases.includes('Bank'));
  // two institutions named with the word and none leading with it: no guess
  const two = entities('Shares in Royal Bank of Quill and National Bank of Tarnby both fell. The Bank said nothing.');
  assert.ok(two.some((e) => e.name === 'Bank'));
});

test('a numbered name is one name and no person; a street that speaks is the institution there', () => {
  const es = entities('Number 10 said the report was a soap opera. He spent years at Number 10. Mr Quill told BBC Radio 4 he was sure.');
  assert.ok(es.some((e) => e.type === 'ORG' && e.name === 'Number 10'));
  assert.ok(es.some((e) => e.type === 'ORG' && e.name === 'BBC Radio 4'));
  assert.ok(!es.some((e) => e.name === 'Number'));
  // a score after a team is not part of its name
  assert.ok(!entities('It ended Tarnby Rovers 2 Quillford 1 on Saturday.').some((e) => /\d/.test(e.name)));
  const st = entities('Downing Street said it was wrong, and Downing Street said he would stay.');
  assert.deepEqual(st.map((e) => `${e.type}:${e.name}`), ['ORG:Downing Street']);
});

test('a party or kind of person before a first name and a surname is a title, not part of the name', () => {
  const es = entities('The Lib Dems disagreed, but Tory Liam Quill said his party offered a clear choice. Republican Jane Tarnby agreed.');
  const quill = es.find((e) => e.type === 'PERSON' && e.name === 'Liam Quill');
  assert.ok(quill && quill.titles.includes('Tory'));
  assert.ok(es.some((e) => e.type === 'PERSON' && e.name === 'Jane Tarnby'));
});

test('an organisation word before a place names an institution; shares are held in a company', () => {
  const es = entities('The interview with BBC Radio Sheffield was made before he resigned. Shares in Quillcorp fell, and Quillcorp had warned.');
  assert.ok(es.some((e) => e.type === 'ORG' && e.name === 'BBC Radio Sheffield'));
  assert.ok(es.some((e) => e.type === 'ORG' && e.name === 'Quillcorp'));
});

test('"the Reserve Bank" and "the Bank" join "Reserve Bank of Tarnby", the bank the article names most', () => {
  const es = entities(
    'The Reserve Bank of Tarnby lifted rates. Ian Quill, Governor of the Reserve Bank, said so. ' +
      'Analysts at the Commonwealth Bank of Tarnby agreed. The Bank said it had acted to curb inflation.',
  );
  const orgs = es.filter((e) => e.type === 'ORG').map((e) => e.name);
  assert.ok(orgs.includes('Reserve Bank of Tarnby') && orgs.includes('Commonwealth Bank of Tarnby'));
  assert.ok(!orgs.includes('Bank') && !orgs.includes('Reserve Bank'));
});

test('a chunk ending in an office with no first name is a role, not a person; an office and a full name split', () => {
  const es = entities('The Prime Minister spoke to the Foreign Secretary. The Conservative Party Co-Chairman said no. John Major met Labour Leader Neil Quill.');
  const people = es.filter((e) => e.type === 'PERSON');
  assert.deepEqual(people.map((e) => e.name), ['John Major', 'Neil Quill']);
  assert.ok(people[1].titles.includes('Labour Leader'));
  assert.ok(es.some((e) => e.type === 'ORG' && e.name === 'Conservative Party'));
  // an office that is also an organisation's head word stays in the organisation's name
  assert.ok(entities('The Safety Executive said that it had launched an initiative.').some((e) => e.name === 'Safety Executive'));
});

test('a place name opening the article\'s one organisation so named is that organisation when it acts, not as a place or modifier', () => {
  const es = entities(
    'Texas Quillware has unveiled a chip. Texas, which makes chips for phones, said it was pleased. ' +
      'The firm has a plant in Texas. The Texas team reported results.',
  );
  const org = es.find((e) => e.name === 'Texas Quillware')!;
  const place = es.find((e) => e.type === 'GPE' && e.name === 'Texas');
  assert.ok(org && place, 'the organisation and the place are both kept');
  // "Texas, which makes chips" is the company; "in Texas" and "The Texas team" stay the place
  const { mentions } = findEntities(
    'Texas Quillware has unveiled a chip. Texas, which makes chips for phones, said it was pleased. The firm has a plant in Texas. The Texas team reported results.',
    splitSentences('Texas Quillware has unveiled a chip. Texas, which makes chips for phones, said it was pleased. The firm has a plant in Texas. The Texas team reported results.'),
  );
  const keys = mentions.filter((m) => m.text === 'Texas').map((m) => m.entity.split(':')[0]);
  assert.deepEqual(keys, ['ORG', 'GPE', 'GPE']);
});

test('a holiday is a time, not an entity; a stadium is never a person', () => {
  const es = entities('Mr Quill will renew the law in the New Year. The club will move to the Tarnby Stadium, and Tarnby Stadium said it was ready.');
  assert.ok(!es.some((e) => e.name === 'New Year'));
  assert.ok(!es.some((e) => e.type === 'PERSON' && /Stadium/.test(e.name)));
});

test('a club named with FC is an organisation', () => {
  assert.ok(entities('Quillford FC expects more money. David Tarnby said it would help.').some((e) => e.type === 'ORG' && e.name === 'Quillford FC'));
});

test('entities: a middle initial stays inside the name; an office "of" a place is the title of the name after it', () => {
  const text = 'Dana R. Whitcombe, the lawyer, spoke first. Secretary of State Owen Farrow spoke next. The team topped Group A. Smith scored.';
  const a = findEntities(text, splitSentences(text));
  const names = a.entities.map((e) => e.name);
  assert.ok(names.includes('Dana R. Whitcombe'), names.join(' | '));
  const farrow = a.entities.find((e) => e.name === 'Owen Farrow');
  assert.ok(farrow, names.join(' | '));
  assert.ok(farrow!.titles.includes('Secretary of State'), JSON.stringify(farrow!.titles));
  assert.ok(!names.some((n) => /Group A\. Smith|A\. Smith/.test(n)), 'a group letter ending a sentence is no initial');
});

test('a month\'s short form before a name is a first name; with its full stop or a day it is a date', () => {
  const es = entities('"It is grim," said Jan Quillberg, head of the relief office. The deal closed on Jan 5 in Tarnby.');
  assert.ok(es.some((e) => e.type === 'PERSON' && e.name === 'Jan Quillberg'));
  assert.ok(!es.some((e) => /Jan 5|Jan$/.test(e.name)));
  const dated = entities('Sales rose in Jan. Quillberg said so.');
  assert.ok(!dated.some((e) => e.name.startsWith('Jan')));
});

test('a firm\'s first word alone is the firm when its name ends in a firm\'s word; a product\'s is not', () => {
  const es = entities('Walbrook Capital Partners lost the case. Walbrook said it would appeal. Walbrook will pay costs.');
  assert.deepEqual(es.map((e) => `${e.type}:${e.name}`), ['ORG:Walbrook Capital Partners']);
  // "Quorra TV" is a product: "Quorra" alone stays the maker
  const two = entities('Quorra launched Quorra TV on Monday. Quorra said sales were strong. Quorra expects growth.');
  assert.ok(two.some((e) => e.name === 'Quorra'));
});

test('compass or region words before a demonym are a people, not an organisation ("South African", "Latin American")', () => {
  const es = entities('The South African archbishop spoke. Latin American leaders met in Lima.');
  assert.equal(es.find((e) => e.name === 'South African')?.type, 'NORP');
  assert.equal(es.find((e) => e.name === 'Latin American')?.type, 'NORP');
});

test('a clipped form of a longer name is that name ("Lib Dems" → "Liberal Democrats"); a word with a capital inside is no clip', () => {
  const es = entities('The Liberal Democrats want a new tax. The Lib Dems say they will look at it. Lib Dem leader Charles Kennedy agreed.');
  assert.deepEqual(es.filter((e) => e.type !== 'PERSON').map((e) => e.name), ['Liberal Democrats']);
  const mac = entities('Apple sells the MacBook Pro laptop. Apple also sells the Mac Pro desktop.');
  assert.ok(!mac.find((e) => e.name === 'MacBook Pro')?.aliases.includes('Mac Pro'));
});

test('a name WordNet knows as a place is a place; a firm named with a noun of English is no person', () => {
  const type = (t: string, name: string) => entities(t).find((e) => e.name === name)?.type;
  // a city the gazetteer lacks, after a verb and before a comma
  assert.equal(type('The founders opened a bar on the strip after visiting Las Vegas, then flew home.', 'Las Vegas'), 'GPE');
  assert.equal(type('Herders in Inner Mongolia lost thousands of sheep.', 'Inner Mongolia'), 'GPE');
  // a surname that is also a town stays a person when the article has the person speak
  assert.equal(type('Ellen Houston said the vote was fair. Houston added that she would stand again.', 'Ellen Houston'), 'PERSON');
  // two capitalised words, the last a common noun and the first no first name: a company
  assert.equal(type('The sequel was made by Quorvane Pictures last year.', 'Quorvane Pictures'), 'ORG');
  // ... but a first name WordNet knows as a person's keeps the person
  assert.equal(type('Taylor Quill left the label last week.', 'Taylor Quill'), 'PERSON');
  // a town of GeoNames that the lexicon and WordNet lack
  assert.equal(type('The new line would run as far as Maidenhead, officials said.', 'Maidenhead'), 'GPE');
  // a place and compass words after it: a district or a constituency of that place
  assert.equal(type('The party hopes to win Bristol North East and Hanoi Central at the vote.', 'Bristol North East'), 'GPE');
});

test('a place that opens the name of an event or a building stays the place when it acts', () => {
  const t = 'Veterans of the Vietnam War met in Tarnby. Vietnam is now a trading partner, and Vietnam, officials said, wants more. Guests at the Nairobi Grand Hotel left early. Nairobi has grown.';
  const { mentions } = findEntities(t, splitSentences(t));
  const keys = mentions.filter((m) => m.text === 'Vietnam' || m.text === 'Nairobi').map((m) => m.entity.split(':')[0]);
  assert.deepEqual(keys, ['GPE', 'GPE', 'GPE']);
});

test('an organisation noun set right before a name says what it is, over a first name or a bare two-word name', () => {
  // "Orla" is a first name; the article calls the name a drugs group once and uses it bare after
  const es = entities('Meanwhile, drugs group Orla Benning is planning a campaign. Orla Benning said sales rose. Later Orla Benning said more.');
  assert.ok(es.some((e) => e.type === 'ORG' && e.name === 'Orla Benning'), JSON.stringify(es.map((e) => `${e.type}:${e.name}`)));
  // an apposition set off by commas: "Ireland's state-owned airline, Aer Quenta, ..."
  const air = entities("Three executives of Tarnland's state-owned airline, Aer Quenta, are set to leave. What they do after they leave Aer Quenta is open. Aer Quenta said so.");
  assert.ok(air.some((e) => e.type === 'ORG' && e.name === 'Aer Quenta'), JSON.stringify(air.map((e) => `${e.type}:${e.name}`)));
  // a person-noun before a name is a role, not an organisation ("chief executive Tom Quill")
  const exec = entities('The firm said chief executive Tom Quill would stay. Tom Quill said he was glad.');
  assert.ok(exec.some((e) => e.type === 'PERSON' && e.name === 'Tom Quill'));
  // a title anywhere keeps a person a person
  const mr = entities('The band Jon Quell formed split. Mr Quell said he was sad. Jon Quell left.');
  assert.ok(mr.some((e) => e.type === 'PERSON' && e.name === 'Jon Quell'), JSON.stringify(mr.map((e) => `${e.type}:${e.name}`)));
});

test('a singular name that takes a plural verb ("Kelsey have sacked") is a team or a firm, not one person', () => {
  const es = entities('Kelsey have sacked Adrian Moto after he failed a drugs test. Kelsey have decided to write off the fee. Kelsey are top of the league.');
  assert.ok(es.some((e) => e.type === 'ORG' && e.name === 'Kelsey'), JSON.stringify(es.map((e) => `${e.type}:${e.name}`)));
  // two people joined by "and" take a plural verb too
  const two = entities('Tom Quill and Kelsey Brand have married. Kelsey Brand said she was glad.');
  assert.ok(two.some((e) => e.type === 'PERSON' && e.name === 'Kelsey Brand'), JSON.stringify(two.map((e) => `${e.type}:${e.name}`)));
});

test('an acronym with a plural s ("PCs", "DVDs", "ISPs") names a kind of thing or person, not an organisation', () => {
  const es = entities('Corvane Group said sales of PCs and DVDs rose, and ISPs cut prices. Corvane Group said so.');
  assert.deepEqual(es.map((e) => `${e.type}:${e.name}`), ['ORG:Corvane Group']);
});

test('a function word or a pronoun contraction on its own is never a name ("There", "We\'ve")', () => {
  const es = entities('"But There is a problem," said Marc Tovey, an economist. "We\'ve seen it before, and There it is," he said. Marc Tovey left.');
  assert.deepEqual(es.filter((e) => !/Tovey/.test(e.name)).map((e) => `${e.type}:${e.name}`), []);
});

test('a name before a person-role noun and a person ("Zantrex analyst Carl Brodin") is that person\'s organisation', () => {
  const es = entities('Oil prices fell on Monday, Zantrex analyst Carl Brodin said. Output rose, Velmor analyst Tarvek Osk said. Prices had risen in May.');
  assert.ok(es.some((e) => e.type === 'ORG' && e.name === 'Zantrex'), JSON.stringify(es.map((e) => `${e.type}:${e.name}`)));
  // the person's first name need not be known
  assert.ok(es.some((e) => e.type === 'ORG' && e.name === 'Velmor'), JSON.stringify(es.map((e) => `${e.type}:${e.name}`)));
  const two = entities('The deal was praised by Quorvia striker Anna Pellet after a long night of talks. Velnor founder Tarvek Osk agreed.');
  assert.ok(two.some((e) => e.type === 'ORG' && e.name === 'Quorvia'), JSON.stringify(two.map((e) => `${e.type}:${e.name}`)));
  // an agent noun whose first WordNet sense is no person ("founder")
  assert.ok(two.some((e) => e.type === 'ORG' && e.name === 'Velnor'), JSON.stringify(two.map((e) => `${e.type}:${e.name}`)));
});

test('a person-role noun before "at"/"with" a name ("a strategist at Zantrex") makes the name an organisation', () => {
  const es = entities('"No end is in sight," said Carl Brodin, a strategist at Zantrex. He expects more falls.');
  assert.ok(es.some((e) => e.type === 'ORG' && e.name === 'Zantrex'), JSON.stringify(es.map((e) => `${e.type}:${e.name}`)));
});

test('a building named after a preposition of place ("at the Verlane Grand Hotel", "in Dorvik Center") is a location; the same word heading a body that acts stays an organisation', () => {
  const es = entities('The talks were held at the Verlane Grand Hotel on Friday. The Wild won 4-1 in front of 15,522 in Dorvik Center.');
  const types = JSON.stringify(es.map((e) => `${e.type}:${e.name}`));
  assert.ok(es.some((e) => e.type === 'LOC' && e.name === 'Verlane Grand Hotel'), types);
  assert.ok(es.some((e) => e.type === 'LOC' && e.name === 'Dorvik Center'), types);
  const body = entities('Tarnby Hospital said it would close two wards.');
  assert.ok(body.some((e) => e.type === 'ORG' && e.name === 'Tarnby Hospital'), JSON.stringify(body.map((e) => `${e.type}:${e.name}`)));
});

test('a capitalised common noun for a body of people mid-sentence ("so Parliament could") is an organisation', () => {
  const es = entities('He wanted a sunset clause so Parliament could consider it all. Jon Quill said Congress would vote.');
  const types = JSON.stringify(es.map((e) => `${e.type}:${e.name}`));
  assert.ok(es.some((e) => e.type === 'ORG' && e.name === 'Parliament'), types);
  assert.ok(es.some((e) => e.type === 'ORG' && e.name === 'Congress'), types);
});

test('a name with no evidence of its own listed with names of one type takes that type ("Facebook, Twitter, and Quorbly")', () => {
  const es = entities('Be sure to visit us on Facebook, Twitter, and Quorbly this weekend.');
  assert.ok(es.some((e) => e.type === 'ORG' && e.name === 'Quorbly'), JSON.stringify(es.map((e) => `${e.type}:${e.name}`)));
});

test('a short capital-letter word before a town\'s name is a club ("AC Tarnby" beside "FC Porto")', () => {
  const es = entities('Ferguson said the task against AC Milan would not be easy, and FC Porto were next.');
  const types = JSON.stringify(es.map((e) => `${e.type}:${e.name}`));
  assert.ok(es.some((e) => e.type === 'ORG' && e.name === 'AC Milan'), types);
  assert.ok(es.some((e) => e.type === 'ORG' && e.name === 'FC Porto'), types);
  // the place's name alone is the club, except after a preposition of place
  const t = 'FC Porto won again. Porto beat Benfica, and Porto\'s coach was pleased. Fans in Porto cheered.';
  const { mentions } = findEntities(t, splitSentences(t));
  const of = mentions.filter((m) => m.text === 'Porto' || m.text === 'FC Porto').map((m) => `${m.text}=${m.entity}`);
  assert.deepEqual(of, ['FC Porto=ORG:fc porto', 'Porto=ORG:fc porto', 'Porto=ORG:fc porto', 'Porto=GPE:porto']);
});

test('a place\'s name before a head word for an event ("the Burma War", "the Lisbon Marathon") names no organisation', () => {
  const es = entities('He served in the Burma War and later ran the Lisbon Marathon twice. Lisbon Water said prices would rise.');
  const types = JSON.stringify(es.map((e) => `${e.type}:${e.name}`));
  assert.ok(!es.some((e) => e.type === 'ORG' && /War|Marathon/.test(e.name)), types);
  // an ordinary head after a place's name still makes a firm's name
  assert.ok(es.some((e) => e.type === 'ORG' && e.name === 'Lisbon Water'), types);
});

test('a name ending in Bill or Act after no first name ("the Anti-Fraud Bill", "the Coastal Waters Act") is a law, no organisation or person', () => {
  const es = entities('MPs debated the Anti-Fraud Bill on Monday. The Coastal Waters Act was passed in 1990. Bill Quill said no.');
  const types = JSON.stringify(es.map((e) => `${e.type}:${e.name}`));
  assert.ok(!es.some((e) => /Anti-Fraud|Coastal Waters/.test(e.name)), types);
  assert.ok(es.some((e) => e.type === 'PERSON' && e.name === 'Bill Quill'), types);
});

test('a place\'s name used as a team (a score, a team\'s people, what teams do) is the team in every mention', () => {
  const es = entities('Dorchester beat Swindon 2-1 on Saturday. Swindon\'s striker missed a penalty late on. Dorchester manager Alan Pike was pleased. Fans travelled to Dorchester by train.');
  const types = new Map(es.map((e) => [e.name, e.type]));
  assert.equal(types.get('Dorchester'), 'ORG');
  assert.equal(types.get('Swindon'), 'ORG');
  // no team reading without a team's context
  const town = entities('Swindon is a town in Wiltshire. Many people moved to Swindon last year.');
  assert.equal(town.find((e) => e.name === 'Swindon')?.type, 'GPE');
});

test('a work or a competition (the kind of work before it, an actor\'s role in it, a competition\'s head word) is no entity', () => {
  const es = entities('Her role in Quiet Harbour won praise. The film Quiet Harbour opens on Friday, and Quiet Harbour has eleven nominations. Tom Vell won the Dorvik Open last year.');
  const names = es.map((e) => `${e.type}:${e.name}`);
  assert.ok(!names.some((n) => /Quiet Harbour|Dorvik Open/.test(n)), JSON.stringify(names));
  assert.ok(names.includes('PERSON:Tom Vell'), JSON.stringify(names));
});

test('a town the lexicon lists only as a place is a political place when GeoNames knows it as a town', () => {
  const es = entities('Voters in Taunton and Cambridge queued for hours on Thursday.');
  assert.deepEqual(es.map((e) => `${e.type}:${e.name}`).sort(), ['GPE:Cambridge', 'GPE:Taunton']);
});

test('in a long comma list, an "and" inside an item joins one name, and weakly typed items take the list\'s type', () => {
  const es = entities('The party\'s target seats are: Bristol West, Leeds North West, Quarnby and Holmvale, Oxford East, Tarnby Riverside, Sheffield Central, Dorvik, Isle of Wight, Cardiff Central.');
  const types = new Map(es.map((e) => [e.name, e.type]));
  for (const n of ['Quarnby and Holmvale', 'Tarnby Riverside', 'Dorvik', 'Isle of Wight']) assert.equal(types.get(n), 'GPE', `${n}: ${JSON.stringify([...types])}`);
  // two people are never joined: a first name on either side of the "and"
  const people = entities('The panel was Ann Quill, Tom Vell and Sam Ort, Joe Holm and Eva Lind.');
  assert.ok(people.some((e) => e.name === 'Tom Vell') && people.some((e) => e.name === 'Sam Ort'), JSON.stringify(people.map((e) => e.name)));
});

test('where a name is a team, its game with a place\'s name makes that a team, and the words a team plays are its players', () => {
  const es = entities('Dorchester beat Swindon 2-1 on Saturday. Dorchester now face a game with Yeovil. "We can play Quorvik up front and bring Tellani in," Alan Pike said.');
  const types = new Map(es.map((e) => [e.name, e.type]));
  assert.equal(types.get('Yeovil'), 'ORG', JSON.stringify([...types]));
  assert.equal(types.get('Quorvik'), 'PERSON', JSON.stringify([...types]));
  assert.equal(types.get('Tellani'), 'PERSON', JSON.stringify([...types]));
  // no team in the article: "play" says nothing
  const none = entities('Children can play Quorvik at the fair in Yeovil, a town in Somerset.');
  assert.notEqual(new Map(none.map((e) => [e.name, e.type])).get('Quorvik'), 'PERSON');
});

test('a lower-case particle inside an unknown name is a person\'s, not an English word ("van")', () => {
  const es = entities('Then Joost van Quarlemo is fit again, the club said.');
  assert.equal(es.find((e) => e.name === 'Joost van Quarlemo')?.type, 'PERSON', JSON.stringify(es.map((e) => `${e.type}:${e.name}`)));
});

test('a team noun after two names joined by "and" is the first name\'s too ("Yeovil and Exeter coaches")', () => {
  const es = entities('Dorchester beat Swindon 2-1 on Saturday. The Yeovil and Exeter coaches watched from the stand.');
  const types = new Map(es.map((e) => [e.name, e.type]));
  assert.equal(types.get('Yeovil'), 'ORG', JSON.stringify([...types]));
  assert.equal(types.get('Exeter'), 'ORG', JSON.stringify([...types]));
});

test('"the" before a word for a party\'s or a creed\'s members makes no organisation ("the Tories" are NORP)', () => {
  const es = entities('Voters in Tarnby deserted the Tories last spring. Since then the Tories would promise anything, and the Tories know it.');
  assert.equal(es.find((e) => e.name === 'Tories' || e.name === 'Tory')?.type, 'NORP', JSON.stringify(es.map((e) => `${e.type}:${e.name}`)));
});

test('a natural object first in WordNet (a planet) is a location, after "the" or a preposition of place too', () => {
  const es = entities('The Quorvik probe left the Earth in May and reached Jupiter after six years. From Jupiter it sent pictures back to the Earth.');
  const types = new Map(es.map((e) => [e.name, e.type]));
  assert.equal(types.get('Earth'), 'LOC', JSON.stringify([...types]));
  assert.equal(types.get('Jupiter'), 'LOC', JSON.stringify([...types]));
});

test('a street word\'s short form after a name ("Quillon St", "Tarnby Rd") makes a place, never a person', () => {
  const es = entities('Protesters gathered outside Quillon St on Monday. Cars were parked on Tarnby Rd all day.');
  assert.deepEqual(es.map((e) => `${e.type}:${e.name}`).sort(), ['LOC:Quillon St', 'LOC:Tarnby Rd']);
});

test('an office\'s possessive inside an institution\'s name stays in it ("Tarnby Commissioner\'s Office"), and its initials join it', () => {
  const es = entities("The Quillon Commissioner's Office said it would investigate. The QCO fined the firm.");
  assert.deepEqual(es.map((e) => `${e.type}:${e.name}`), ["ORG:Quillon Commissioner's Office"]);
  assert.ok(es[0].aliases.includes('QCO'));
  // a place before the possessive owns what follows
  const own = entities("Tarnby's Home Office said no.");
  assert.ok(!own.some((e) => e.name.includes("'s")));
});

test('letters usually no organisation\'s ("GM", "PR") join an organisation the article names with those initials', () => {
  const es = entities('Garvel Motors said sales fell. GM will cut 500 jobs in Tarnby.');
  const org = es.find((e) => e.type === 'ORG');
  assert.equal(org?.name, 'Garvel Motors');
  assert.ok(org?.aliases.includes('GM'));
  assert.ok(!es.some((e) => e.name === 'GM'));
  // with no such name, or a title's initials ("the Prime Minister"), they name nothing
  assert.ok(!entities('Farmers in Tarnby grow GM crops.').some((e) => e.name === 'GM'));
  assert.ok(!entities('The Prime Minister spoke. The PM said no.').some((e) => e.name === 'PM' || e.aliases.includes('PM')));
});

test('an organisation\'s first word alone, or its clip after "the", is that organisation ("the Fed", "Amnesty")', () => {
  const fed = entities('The Federal Tarnby Authority raised rates. The Fed said inflation was high.');
  assert.deepEqual(fed.map((e) => `${e.type}:${e.name}`), ['ORG:Federal Tarnby Authority']);
  const m = findEntities('The Federal Tarnby Authority raised rates. The Fed said inflation was high.', splitSentences('The Federal Tarnby Authority raised rates. The Fed said inflation was high.')).mentions;
  assert.equal(m.length, 2);
  const amn = entities('The charity Clemency Watch said the trial was unfair. Later Clemency called for a retrial.');
  assert.deepEqual(amn.map((e) => `${e.type}:${e.name}`), ['ORG:Clemency Watch']);
  // a person's word stays the person's
  const p = entities('The charity Clemency Watch said so. Its head, Jo Clemency, agreed. Clemency said more.');
  assert.ok(p.some((e) => e.type === 'PERSON'));
});

test('a name of English words only opening a sentence keeps its first word and is a body ("Clemency International said")', () => {
  const es = entities('Clemency International said the trial was unfair.');
  assert.deepEqual(es.map((e) => `${e.type}:${e.name}`), ['ORG:Clemency International']);
  // a first name or a surname among the words still makes a person
  assert.ok(entities('Grace Hope said the trial was unfair.').some((e) => e.type === 'PERSON'));
});

test('a name, a role and a person\'s name in one capitalised run are three things ("Zantrex CEO Tomas Quill")', () => {
  const es = entities('Shares rose after Zantrex CEO Tomas Quill spoke. Later Quorvia Chairman Bill Dorvik said no. Tarnby Party MP Jane Quillon agreed.');
  const got = es.map((e) => `${e.type}:${e.name}`).sort();
  assert.deepEqual(got, ['ORG:Quorvia', 'ORG:Tarnby Party', 'ORG:Zantrex', 'PERSON:Bill Dorvik', 'PERSON:Jane Quillon', 'PERSON:Tomas Quill']);
  assert.deepEqual(es.find((e) => e.name === 'Tomas Quill')?.titles, ['Zantrex CEO']);
  // (a title made of office words only stays the person's title: no organisation is named)
  const office = entities('Shadow Home Secretary Tomas Quill said no. Prime Minister Jane Quillon agreed.');
  assert.deepEqual(office.map((e) => `${e.type}:${e.name}`).sort(), ['PERSON:Jane Quillon', 'PERSON:Tomas Quill']);
});

test('ordinary words joined by "and" before an institution\'s head are one name; a country before it, where the article also uses the rest, is a place of its own', () => {
  const es = entities('It filed to the US Securities and Exchange Commission (SEC) on Monday. The Food and Drug Administration agreed. The Transport and General Workers\' Union said no.');
  const got = es.map((e) => `${e.type}:${e.name}`).sort();
  assert.deepEqual(got, ['GPE:United States', 'ORG:Food and Drug Administration', 'ORG:Securities and Exchange Commission', "ORG:Transport and General Workers' Union"]);
  assert.ok(es.find((e) => e.name === 'Securities and Exchange Commission')?.aliases.includes('SEC'));
  // two bodies joined by "and" stay two; a name known whole keeps its country ("UKIP" is its initials)
  const two = entities('The Electoral Commission and National Union of Students are worried. The UK Independence Party (UKIP) said so.');
  assert.deepEqual(two.map((e) => e.name).filter((n) => n !== 'UKIP').sort(), ['Electoral Commission', 'National Union of Students', 'UK Independence Party']);
});

test('a list drawn from organisations ("carmakers including ...") makes its names organisations; one organisation makes its partner in "X and Y" one', () => {
  const es = entities('Several carmakers, including Quorvia, Toyota, Suzuki and Zantrex, already have plants there.');
  assert.deepEqual(es.map((e) => `${e.type}:${e.name}`).sort(), ['ORG:Quorvia', 'ORG:Suzuki', 'ORG:Toyota', 'ORG:Zantrex']);
  const pair = entities('Rivals such as Quorbly and Microsoft try to grab users.');
  assert.ok(pair.some((e) => e.type === 'ORG' && e.name === 'Quorbly'));
  // (not a person from a clause joined by "and": "at Old Trafford and Ancelotti said")
  const clause = entities('Milan won after a 0-0 tie at Quillford Park and Carlo Ancelotti said they were happy.');
  assert.ok(!clause.some((e) => e.type === 'PERSON' && e.name === 'Quillford Park'));
});

test('a body\'s name of several words right before a full name is a mention of its own ("Lib Dems David Laws"); a name before -based keeps its capital at a sentence start', () => {
  const es = entities('For the Lib Dems David Quill said it was wrong. Tarnby Democrats Jane Quillon agreed.');
  assert.deepEqual(es.map((e) => `${e.type}:${e.name}`).sort(), ['ORG:Lib Dems', 'ORG:Tarnby Democrats', 'PERSON:David Quill', 'PERSON:Jane Quillon']);
  assert.deepEqual(es.find((e) => e.name === 'David Quill')?.titles, ['Lib Dems']);
  const based = entities('Munich-based research group Quorvia said its index fell.');
  assert.ok(based.some((e) => e.type === 'GPE' && e.name === 'Munich'));
});

test('a country before one word for a body of people is the country and that body ("UK Treasury"); a suffixed name inside a chunk is its own mention', () => {
  const es = entities('It says the UK Treasury has allocated money. Quorvia Airways and China Mobile rose.');
  const got = es.map((e) => `${e.type}:${e.name}`);
  assert.ok(got.includes('GPE:United Kingdom') && got.includes('ORG:Treasury'));
  assert.ok(got.includes('ORG:China Mobile'));
  const house = entities('He won as the Tarnby Party-controlled House of Representatives met.');
  assert.deepEqual(house.map((e) => e.name).sort(), ['House of Representatives', 'Tarnby Party']);
});

test('a web domain after a name is part of it and an organisation; two words ending in a first name, nothing else known, are a person', () => {
  const es = entities('It links to Quorvia.com if it finds a book. A song performed by Ray Charles and Vicki Quill. Charles, who died last year, sang it.');
  const got = es.map((e) => `${e.type}:${e.name}`);
  assert.ok(got.includes('ORG:Quorvia.com'));
  assert.ok(got.includes('PERSON:Ray Charles'));
  assert.ok(es.find((e) => e.name === 'Ray Charles')?.aliases.includes('Charles'));
});

test('a job word before a full name is a title; a market code or a stray acronym after a name is no part of it', () => {
  const es = entities('Defenseman Tomas Quill had scored. Aluminum on the Tarnby Metal Exchange CMAL3 lost 0.06%. Tested by: Jane Quillon RRP: £23.99. Elsa Dorvik QC said so.');
  const names = es.map((e) => e.name);
  assert.ok(names.includes('Tomas Quill') && names.includes('Tarnby Metal Exchange') && names.includes('Jane Quillon'));
  assert.ok(names.includes('Elsa Dorvik QC'));
});

test('"Office of the X General" is an institution; a web domain in lower case names a site, not inside an address', () => {
  const es = entities('The report by the Office of the Inspector General found flaws. She joined from quillradio.com. Write to jane@tarnby.com now.');
  const names = es.map((e) => `${e.type}:${e.name}`);
  assert.ok(names.includes('ORG:Office of the Inspector General'));
  assert.ok(names.includes('ORG:quillradio.com'));
  assert.ok(!names.some((n) => n.includes('tarnby')));
});

test('a body\'s name less the word coordinated into its remit joins that body ("the Foreign Office" after "the Foreign and Commonwealth Office")', () => {
  const es = entities('The Trade and Commonwealth Office said it would close posts. Later the Trade Office said more.');
  assert.deepEqual(es.map((e) => e.name), ['Trade and Commonwealth Office']);
  assert.ok(es[0].aliases.includes('Trade Office'));
});

test('a firm\'s distinctive word alone joins the firm whose other word is a plural of a firm\'s kind ("WMC" after "WMC Resources"), not a town', () => {
  const es = entities('Quorvia bid for ZMC Resources last month. He said ZMC would pursue options.');
  assert.ok(es.find((e) => e.name === 'ZMC Resources')?.aliases.includes('ZMC'));
});

test('two names joined by "and" opening a clause with a singular verb are one firm\'s name ("Marks and Spencer has")', () => {
  const es = entities('Quill and Dorvik has reported a fall in sales. Tomas Quill and Jane Dorvik have left. Later Quill said no.');
  const names = es.map((e) => e.name);
  assert.ok(names.includes('Quill and Dorvik'));
  assert.ok(names.includes('Tomas Quill') && names.includes('Jane Dorvik'));
});

test('a name in -s owning something after a handing-over verb is an owner, not a thing handed over', () => {
  // invented sentences: "sold Zentos' main arm" names the firm; "deliver the Tomahawks" hands over things
  const es = entities('Oil firm Zentos has sued the state. The Kremlin sold Zentos\' main production arm to Rosneft.');
  assert.ok(es.some((e) => e.name === 'Zentos' && e.type === 'ORG'), 'the owner stays an entity');
  assert.ok(!entities('They will deliver the Tomahawks to Ukraine soon.').some((e) => e.name === 'Tomahawks'));
});

test('a name shaped like a person\'s that the article uses as only a body is used is an organisation (issue 8: organisations typed as people)', () => {
  const type = (es: ReturnType<typeof entities>, name: string) => es.find((e) => e.name === name || e.aliases.includes(name))?.type;
  // a first name and a surname, but customers and a statement: a firm, and its first word alone with it
  const firm = entities('Howard Brennan has lost a claim against his former employer. Brennan had worked for Howard Brennan\'s most important customers in Europe. "We are pleased," Howard Brennan said in a statement. Howard said it would appeal.');
  assert.equal(type(firm, 'Howard Brennan'), 'ORG');
  // one use of the kind is not enough against a person's shape
  const person = entities('Howard Brennan met his staff. Howard Brennan said he was pleased.');
  assert.equal(type(person, 'Howard Brennan'), 'PERSON');
  // a founder and employing are a body's; a party named in the plural of its members is the party
  assert.equal(type(entities('Zorvex founder Anna Lind spoke. Lind said Zorvex employs 450 people.'), 'Zorvex'), 'ORG');
  assert.equal(type(entities('The Free Democrats said it was a scandal.'), 'Free Democrats'), 'ORG');
  // the first word's use as a body ("Brenta are") is the full name's where that name has a person's shape
  assert.equal(type(entities('Chelsea asked about Brenta Calvo\'s young star. Brenta are said to want £40m.'), 'Brenta Calvo'), 'ORG');
});

test('a pronoun after a person titled as one is not evidence that the sentence\'s subject is a person', () => {
  const es = entities('Quorvane was formed by Mr Hallam last month after he quit the party. Quorvane has four members.');
  assert.notEqual(es.find((e) => e.name === 'Quorvane')?.type, 'PERSON');
});

test('a noun for a person as well as a body before a first name ("broadcaster Cyril Fletcher") leaves a person', () => {
  const es = entities('Veteran comedian and broadcaster Cyril Fletcher has died aged 91 at his home. Fletcher was a regular on TV.');
  assert.equal(es.find((e) => e.name === 'Cyril Fletcher')?.type, 'PERSON');
  // (a body's noun alone still names a body: "the broadcaster Channel Nine")
  assert.equal(entities('The deal was signed with broadcaster Zentra Vision on Monday.').find((e) => e.name === 'Zentra Vision')?.type, 'ORG');
});

test('a lower-case role noun right before a name ("defensive captain Cam Heyward") makes it a person\'s, and the surname alone joins it', () => {
  const es = entities('Steelers defensive captain Cam Heyfard, who lobbied for a ban, said nothing. Heyfard said later that he was focused on the next game.');
  const e = es.find((x) => x.name === 'Cam Heyfard');
  assert.equal(e?.type, 'PERSON');
  assert.ok(e?.aliases.includes('Heyfard'));
});

test('an acronym in brackets right after an organisation\'s name joins it even when the initials leave a word out', () => {
  const es = entities('Lockwell signed a deal with Tarvani Industries (TIL) on Monday. Later TIL said it would build engines.');
  const e = es.find((x) => x.name === 'Tarvani Industries');
  assert.equal(e?.type, 'ORG');
  assert.ok(e?.aliases.includes('TIL'), JSON.stringify(es));
});

test('an acronym with "o" or "f" for "of" and "for" joins the organisation those initials spell ("BoE", "DfES"), a two-capital brand does not', () => {
  const es = entities('The Bank of Tarvania kept rates on hold. Later the BoT said inflation was low. The Department for Harbours and Roads said it would act, but the DfHR denied it. Shares in PayNet and BoxTube rose.');
  const bank = es.find((x) => x.name === 'Bank of Tarvania');
  assert.ok(bank?.aliases.includes('BoT'), JSON.stringify(es));
  const dept = es.find((x) => x.name === 'Department for Harbours and Roads');
  assert.ok(dept?.aliases.includes('DfHR'), JSON.stringify(es));
  assert.ok(!es.some((x) => x.name === 'BoT' || x.name === 'DfHR'), JSON.stringify(es));
  assert.ok(es.some((x) => x.name === 'PayNet') && es.some((x) => x.name === 'BoxTube'), JSON.stringify(es));
});

test('entities: a name after "of"/"at" right after a person\'s full name, or "analysts at", is where they work (an organisation), so "he" stays with the person', () => {
  const a = annotate({ text: '"Margins are down," said Tobias Wrenfield of Caldor Paribas. "Costs are high," he said. Analysts at Brenmoor Stockbrokers agreed. Mr Hill of Leeds was not so sure.', published: '2005-01-01' });
  const type = (n: string) => a.entities.find((e) => e.name === n)?.type;
  assert.equal(type('Caldor Paribas'), 'ORG');
  assert.equal(type('Brenmoor Stockbrokers'), 'ORG');
  assert.equal(type('Leeds'), 'GPE');
  const he = a.quotes.find((q) => q.text.startsWith('Costs'));
  assert.equal(a.entities.find((e) => e.key === he?.speaker)?.name, 'Tobias Wrenfield');
});

test('entities: a pronoun after a person noun in the subject\'s own clause is no evidence that the subject is a person ("Varnholt is to pay the ex-finance chief who left her post")', () => {
  const a = annotate({ text: 'Varnholt is to pay $1m to the ex-finance chief who stepped down from her post. Varnholt restated its reserves four times.', published: '2005-01-01' });
  assert.equal(a.entities.find((e) => e.name === 'Varnholt')?.type, 'ORG');
  // (a pronoun in the subject's clause with no other person in it still makes a bare name a person)
  const b = annotate({ text: 'Tarquell said the court had breached his rights. Tarquell will appeal.', published: '2005-01-01' });
  assert.equal(b.entities.find((e) => e.name === 'Tarquell')?.type, 'PERSON');
});

test('entities: a name ending in the plural of a common noun, with no first name, is a body of people ("Tarco Juniors"), not a surname ("Cesc Fabregas")', () => {
  const a = annotate({ text: 'Bernardo Gandulla left Tarco Juniors in his native Argentina and headed for Brazil. He arrived with prestige. Cesc Fabregas said he was happy.', published: '2005-01-01' });
  const type = (n: string) => a.entities.find((e) => e.name === n)?.type;
  assert.equal(type('Tarco Juniors'), 'ORG');
  assert.equal(type('Cesc Fabregas'), 'PERSON');
});

test('a middle initial stays inside a name whatever the first name, but not after a word of English or a title', () => {
  // "Tarquin" and "Zelby" are no lexicon first names; the initial joins them all the same
  // (the span is the point here: an invented name after "Rep." is typed by other evidence)
  assert.ok(entities('"We object," said Rep. Zelby K. Varnum, the committee chair.').some((e) => e.name === 'Zelby K. Varnum'));
  assert.ok(entities('Tarquin J. Obeng told reporters the vote was close.').some((e) => e.type === 'PERSON' && e.name === 'Tarquin J. Obeng'));
  // "War I." ends a war's name and a sentence: no person "World War I. Officials"
  assert.ok(!entities('It was the worst since World War I. Officials said so.').some((e) => e.name.includes('War I.')));
});

test('a title chosen but not yet taken up ("President-elect", "minister-designate") is a title, not part of the name', () => {
  const es = entities('President-elect Tarquin Obeng met Prime Minister-designate Zelby Varnum on Monday.');
  assert.deepEqual(es.filter((e) => e.type === 'PERSON').map((e) => e.name).sort(), ['Tarquin Obeng', 'Zelby Varnum']);
});

test('"Chief of Staff Tarquin Obeng", "Secretary of State Rex Varnum": the holder after an office with "of", whatever the first name', () => {
  const people = (t: string) => entities(t).filter((e) => e.type === 'PERSON').map((e) => e.name);
  assert.deepEqual(people('White House Chief of Staff Tarquin Obeng said so.'), ['Tarquin Obeng']);
  // "Rex" is also a noun; the surname is no word of English, so the two are the holder
  assert.deepEqual(people('Secretary of State Rex Varnum flew to Oslo.'), ['Rex Varnum']);
  // no holder: the office's institution is a mention of its own, and no one is named
  const es = entities('The Governor of the Reserve Bank spoke first.');
  assert.deepEqual(es.map((e) => `${e.type}:${e.name}`), ['ORG:Reserve Bank']);
});

test('entities: an office before a full name that opens with an honorific is a title ("Auditor General Sir Alan Pike" is Alan Pike)', () => {
  const es = entities('Auditor General Sir Alan Pike said the scheme had worked. Sir Alan said more was needed.');
  assert.deepEqual(es.filter((e) => e.type === 'PERSON').map((e) => e.name), ['Alan Pike']);
});

test('entities: a name given an age in apposition is a person\'s, and keeps a first name that is also a word at the sentence start', () => {
  // "Hazel" is a tree and "Gilbert" a town; ", 23," says a person is meant
  const es = entities('Hazel Gilbert, 23, an information manager from Leeds, gave up ballet at ten.');
  assert.deepEqual(es.filter((e) => e.type === 'PERSON').map((e) => e.name), ['Hazel Gilbert']);
  assert.equal(es.find((e) => e.name === 'Leeds')?.type, 'GPE');
});

test('entities: a first initial after a title opens the person\'s name ("Union President J. Alan Reed Sr." is J. Alan Reed Sr), and the title\'s words stay out of it', () => {
  const es = entities('Dockworkers Union President J. Alan Reed Sr. warned of strikes. J. Alan Reed spoke later.');
  const people = es.filter((e) => e.type === 'PERSON').map((e) => e.name);
  assert.ok(people.some((n) => /^J\. Alan Reed/.test(n)), people.join(', '));
  assert.ok(!people.some((n) => /President/.test(n)), people.join(', '));
});

test('a country code the article spells out as an organisation is that organisation, not the country', () => {
  // invented text
  const t = 'Figures from the Mobile Data Association (MDA) show texting rose again. The MDA expects more growth. Shipments to the USA and to Moldova fell.';
  const names = entities(t).map((e) => `${e.type}:${e.name}`);
  assert.ok(names.includes('ORG:Mobile Data Association'), names.join(', '));
  assert.ok(names.includes('GPE:Moldova'), 'the country named as such stays a place');
  const { mentions } = findEntities(t, splitSentences(t));
  assert.deepEqual([...new Set(mentions.filter((m) => m.text === 'MDA').map((m) => m.entity))], ['ORG:mobile data association'], 'the letters are its mentions');
  // a code news writes for its country ("USA") stays the country
  assert.ok(names.includes('GPE:United States'), names.join(', '));
});

test('a function word opening a sentence before a number is no numbered name ("About 53", "Some 20"), "No 10" and "Radio 4" are', () => {
  // invented text
  const t = 'About 53 million people own a phone. Some 20 firms bid. The 50 songs were chosen. Aides at No 10 were calm. He listens to Radio 4.';
  const names = entities(t).map((e) => e.name);
  for (const junk of ['About 53', 'Some 20', 'The 50']) assert.ok(!names.includes(junk), `${junk}: ${names.join(', ')}`);
  assert.ok(names.includes('No 10'), names.join(', '));
  assert.ok(names.includes('Radio 4'), names.join(', '));
});

test('capitals glued to a numeral ("3G", "4K", "60GB") are a technical term, not a name or a country code', () => {
  // invented text
  const t = 'Vodafone sold 3G phones with 60GB drives and 4K screens.';
  assert.deepEqual(entities(t).map((e) => `${e.type}:${e.name}`), ['ORG:Vodafone']);
});
