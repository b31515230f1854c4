// Stories through the real pipeline (understand → store → placing), on news written for this test:
// two developing stories, a copy run by a second outlet, an unrelated report, and a months-later
// article on the same people.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempApp } from '../helpers.js';
import type { App } from '../../src/app.js';
import { aggregateFeatures, aggregateOf, bestPlaced, extendAggregate, minhash, pairFeatures } from '../../src/query/stories.js';

const BRIDGE_1 = `Calloway bridge collapses into the Brennick river
A section of the Calloway road bridge collapsed into the Brennick river on Monday night, the county council said.
Nobody was on the span when it fell, but two barges moored below were crushed and their crews were treated for shock.
Council leader Ellen Varga said the bridge had passed an inspection by Dunmore Engineering only last spring.
"We need to know how a bridge we were told was safe could fall into the river," Varga told reporters.
Traffic between Calloway and the coast is being diverted through Eastvale, adding an hour to journeys.`;

const BRIDGE_COPY = `Calloway bridge collapses into river
A section of the Calloway road bridge collapsed into the Brennick river on Monday night, the county council said.
Nobody was on the span when it fell, but two barges moored below were crushed and their crews were treated for shock.
Council leader Ellen Varga said the bridge had passed an inspection by Dunmore Engineering only last spring.
"We need to know how a bridge we were told was safe could fall into the river," Varga told reporters.
Traffic between Calloway and the coast is being diverted through Eastvale, adding an hour to journeys, officials added.`;

const BRIDGE_2 = `Inquiry into Calloway bridge collapse to question inspectors
An independent inquiry into the collapse of the Calloway bridge will question the engineers of Dunmore Engineering who inspected the span last spring.
Ellen Varga, the council leader, announced the inquiry on Wednesday and said its chair would be the retired judge Tomas Ridley.
Ridley said he would publish the inspection reports and hear from the barge crews who were on the Brennick river that night.
Dunmore Engineering said it would cooperate fully and stood by its inspectors.
The county council has closed two other bridges of the same design as a precaution.`;

const BRIDGE_3 = `Calloway to get temporary bridge by summer
Army engineers will build a temporary crossing over the Brennick river at Calloway while the collapsed bridge is replaced, the council said.
Ellen Varga said the temporary bridge should open by the summer and would carry cars but not lorries.
The inquiry led by Tomas Ridley into the collapse, which is examining the inspections by Dunmore Engineering, will report in the autumn.
Businesses in Calloway say the diversion through Eastvale has cost them a third of their trade.`;

const WATER_1 = `Valley Water Board staff vote to strike over pensions
Staff at the Valley Water Board have voted to strike over changes to their pension scheme, the Unified Utilities union said.
The union's general secretary, Amara Okafor, said 78% of members who voted backed a walkout in the first week of March.
The board wants staff to work until 67 before drawing a full pension, two years longer than now.
"Our members keep the taps running and they will not be told to work longer for less," Okafor said.`;

const WATER_2 = `Water strike called off after pension offer
A strike by Valley Water Board staff planned for March has been called off after the board improved its pension offer.
Amara Okafor of the Unified Utilities union said members would be balloted on the new offer, which keeps the pension age at 65 for current staff.
The board's chief executive, Jonas Lindqvist, said the offer was fair and final.
Okafor said the union had suspended the walkout while the ballot is held.`;

const MATCH = `Aldport win the cup on penalties
Aldport Rovers won the county cup for the first time in 40 years, beating Harbour Town on penalties after a goalless draw.
Goalkeeper Marco Bellini saved two spot-kicks before captain Priya Raman scored the winner.
More than 9,000 fans watched the final at the Northgate stadium on Saturday.
Rovers manager said the win was the best moment of his career.`;

const WATER_LATER = `Water board pension deal approved
Members of the Unified Utilities union have approved the Valley Water Board's pension offer, ending the dispute.
Amara Okafor said the deal kept the pension age at 65 for current staff and would be reviewed in three years.
Jonas Lindqvist, the board's chief executive, welcomed the vote.`;

let app: App;
let dispose: () => Promise<void>;
let dir: string;
const ids = new Map<string, string>();

async function add(name: string, text: string, published: string, source: string) {
  const file = join(dir, `${name}.txt`);
  writeFileSync(file, text);
  const r = await app.desk.add(app.read(file, { published, source }));
  assert.equal(r.failed.length, 0, JSON.stringify(r.failed));
  ids.set(name, (r.added[0] ?? r.duplicates[0]).id);
}

async function storyOf(name: string): Promise<string> {
  const [m] = await app.store.storyMembers([ids.get(name)!]);
  assert.ok(m, `${name} is in a story`);
  return m.storyId;
}

before(async () => {
  const t = await tempApp();
  app = t.app;
  dispose = t.dispose;
  dir = mkdtempSync(join(tmpdir(), 'newsdesk-stories-in-'));
  await add('bridge1', BRIDGE_1, '2025-03-03', 'County Courier');
  await add('water1', WATER_1, '2025-02-10', 'Valley Post');
  await add('match', MATCH, '2025-03-08', 'County Courier');
  await add('bridgecopy', BRIDGE_COPY, '2025-03-04', 'Coast Times');
  await add('bridge2', BRIDGE_2, '2025-03-05', 'Valley Post');
  await add('water2', WATER_2, '2025-02-27', 'County Courier');
  await add('bridge3', BRIDGE_3, '2025-03-12', 'County Courier');
});

after(async () => {
  await dispose();
  rmSync(dir, { recursive: true, force: true });
});

test('articles of one developing story land in one story; other stories stay apart', async () => {
  const bridge = await storyOf('bridge1');
  assert.equal(await storyOf('bridge2'), bridge, 'the inquiry is part of the collapse story');
  assert.equal(await storyOf('bridge3'), bridge, 'the temporary bridge too');
  const water = await storyOf('water1');
  assert.equal(await storyOf('water2'), water, 'the called-off strike follows the strike vote');
  assert.notEqual(water, bridge);
  const match = await storyOf('match');
  assert.ok(match !== bridge && match !== water, 'the cup final is its own story');
  assert.equal(bridge, 's' + ids.get('bridge1'), 'named after the article that started it');
});

test('a copy from another outlet folds into its original, with the outlet under "also in"', async () => {
  const view = await app.desk.story(await storyOf('bridge1'));
  assert.ok(view);
  assert.equal(view.title, 'Calloway bridge collapses into the Brennick river');
  assert.deepEqual(view.articles.map((a) => a.id), [ids.get('bridge1'), ids.get('bridge2'), ids.get('bridge3')], 'by date, the copy folded');
  assert.deepEqual(view.articles[0].alsoIn.map((c) => c.source), ['Coast Times']);
  assert.match(view.articles[1].reason, /^joins “Calloway bridge/);
  assert.deepEqual([view.first, view.last], ['2025-03-03', '2025-03-12']);
  assert.ok(view.entities.some((e) => e.name === 'Ellen Varga'), 'its people');
  assert.ok(view.quotes.some((g) => g.speaker?.name === 'Ellen Varga'), 'who said what');
  assert.deepEqual(view.outlets.map((o) => o.source), ['County Courier', 'Coast Times', 'Valley Post'], 'who reported it, first first');
});

test('a rebuild from scratch places every article as the incremental run did', async () => {
  const before = await app.store.storyMembers([...ids.values()]);
  const report = await app.desk.rebuildStories();
  assert.equal(report.placed, ids.size);
  const afterRebuild = await app.store.storyMembers([...ids.values()]);
  assert.deepEqual(
    afterRebuild.map((m) => [m.articleId, m.storyId]).sort(),
    before.map((m) => [m.articleId, m.storyId]).sort(),
  );
});

test('later articles never move or rename existing stories; months later the same people start a new story', async () => {
  const snapshot = await app.store.listStories({ limit: 100 });
  const members = await app.store.storyMembers([...ids.values()]);
  await add('waterlater', WATER_LATER, '2025-11-20', 'Valley Post');
  const now = await app.store.storyMembers([...ids.values()].filter((id) => id !== ids.get('waterlater')));
  assert.deepEqual(now.map((m) => [m.articleId, m.storyId]).sort(), members.map((m) => [m.articleId, m.storyId]).sort());
  for (const s of snapshot) assert.equal((await app.store.getStory(s.id))?.title, s.title);
  const later = await storyOf('waterlater');
  assert.notEqual(later, await storyOf('water1'), 'nine months on, a new story');
  const view = await app.desk.story(later);
  assert.match(view!.articles[0].reason, /starts a story: nearest is “Valley Water Board staff vote|starts a story: nearest is “Water strike called off/);
  assert.match(view!.articles[0].reason, /days apart/);
});

test('stories list: latest news first, with articles and entities', async () => {
  const list = await app.desk.stories(10);
  assert.equal(list[0].id, await storyOf('waterlater'));
  const bridge = list.find((s) => s.id === 's' + ids.get('bridge1'))!;
  assert.equal(bridge.articleCount, 4, 'the copy is a member too');
  assert.ok(bridge.entities.length > 0);
  assert.equal(await app.desk.story('s-nope'), null);
});

test('read also: the same story first, newest developments first, copies folded, each with its reason', async () => {
  const related = await app.desk.related(ids.get('bridge2')!, 5);
  assert.ok(related);
  assert.deepEqual(related.slice(0, 2).map((r) => r.article.id), [ids.get('bridge3'), ids.get('bridge1')]);
  assert.ok(!related.some((r) => r.article.id === ids.get('bridgecopy')), 'the copy is folded into its original');
  assert.match(related[0].reason, /^same story \(“Calloway bridge collapses into the Brennick river”\)/);
});

test('ask within one story reads only its articles; answers carry the date they hold as of', async () => {
  const q = 'Who is the chief executive of the Valley Water Board?';
  const all = await app.desk.ask(q, { related: false });
  assert.match(all.answer ?? '', /Lindqvist/);
  assert.equal(all.asOf, all.citations.map((c) => c.published).sort().pop());
  const inWater = await app.desk.ask(q, { related: false, story: await storyOf('water2') });
  assert.match(inWater.answer ?? '', /Lindqvist/);
  assert.ok(inWater.citations.every((c) => c.articleId === ids.get('water2')));
  const inBridge = await app.desk.ask(q, { related: false, story: await storyOf('bridge1') });
  assert.equal(inBridge.abstained, true, 'the bridge story does not say');
  await assert.rejects(app.desk.ask(q, { story: 's-none' }), /No story with id "s-none"/);
});

test('a member carries its story as of its joining, and the story as a whole links articles that share its vocabulary', async () => {
  const [third] = await app.store.storyMembers([ids.get('bridge3')!]);
  const [first] = await app.store.storyMembers([ids.get('bridge1')!]);
  assert.equal(first.signature.story, undefined, 'the article that started the story carries no aggregate');
  assert.ok(third.signature.story && third.signature.story.members >= 2, 'a joining article carries the story so far: ' + JSON.stringify(third).slice(0, 300));
  assert.ok('callowai' in third.signature.story.terms, 'the story terms: ' + Object.keys(third.signature.story.terms).join(' '));

  // two members on different sides of one affair; a third article sharing both sides' words
  const sig = (terms: Record<string, number>) => ({ terms, title: {}, names: {}, numbers: [], minhash: [], published: null });
  const a = sig({ bridge: 0.6, collapse: 0.6, barge: 0.53 });
  const b = sig({ bridge: 0.6, inquiry: 0.6, ridley: 0.53 });
  const story = extendAggregate(aggregateOf(a), b);
  assert.equal(story.members, 2, 'two members summed');
  const both = sig({ bridge: 0.5, collapse: 0.5, inquiry: 0.5, ridley: 0.5 });
  const whole = aggregateFeatures(both, story).terms;
  assert.ok(whole > pairFeatures(both, a).terms && whole > pairFeatures(both, b).terms, `${whole}`);
});

test('candidates: the best placed ones are found asking about a few ids, not every holder', async () => {
  // ranked holders as placing ranks them: ids not in any story (queued, or unknown) mixed with placed ones
  const placed = [...ids.values()];
  const ranked = [
    ...Array.from({ length: 30 }, (_, i) => `unplaced${i}`),
    placed[0], 'unplaced-a', placed[1], placed[2], 'unplaced-b', placed[3], placed[4], placed[5], placed[6],
    ...Array.from({ length: 400 }, (_, i) => `later${i}`),
  ].map((id) => ({ id }));
  let asked = 0;
  const counting = { storyOf: (xs: string[]) => ((asked += xs.length), app.store.storyOf(xs)) };
  const inStory = new Set((await app.store.storyOf(ranked.map((r) => r.id))).map((m) => m.articleId));
  for (const n of [1, 3, 7, 50]) {
    asked = 0;
    const got = await bestPlaced(counting, ranked, n);
    assert.deepEqual(got.map((r) => r.id), ranked.filter((r) => inStory.has(r.id)).slice(0, n).map((r) => r.id), `n = ${n}`);
    if (n <= 7) assert.ok(asked < 100, `n = ${n}: asked about ${asked} of ${ranked.length} ids`);
  }
  assert.deepEqual(await bestPlaced(counting, [], 5), []);
});

test('a term named like an object property ("constructor") weighs as any other word', () => {
  const sig = (terms: Record<string, number>) => ({ terms, title: {}, names: {}, numbers: [], minhash: [], published: null });
  const f1 = sig({ constructor: 0.8, ferrari: 0.6 });
  const f2 = sig({ ferrari: 1 });
  assert.equal(pairFeatures(f1, f2).terms, 0.6, 'not NaN: the other article does not hold "constructor"');
  assert.equal(pairFeatures(f1, sig({ constructor: 1 })).terms, 0.8);
  const story = extendAggregate(aggregateOf(f2), sig({ constructor: 0.5, ferrari: 0.5 }));
  assert.deepEqual({ ...story.terms }, { ferrari: 1.5, constructor: 0.5 });
});

test('minhash gives the values stored signatures hold (unsigned 32-bit minima, as the code before integer arithmetic gave)', () => {
  // a text too short for one shingle hashes the empty one: minima over the whole unsigned range
  const empty = minhash('');
  assert.deepEqual(empty.slice(0, 8), [3301261163, 3777851131, 3542431179, 1864581767, 1724358961, 1541756186, 3979404050, 2576804797]);
  assert.equal(empty.filter((x) => x >= 2 ** 31).length, 33);
  assert.equal(empty.reduce((a, b) => a + b, 0), 139304288656);
  const m = minhash('The quick brown fox jumps over the lazy dog near the river bank.');
  assert.equal(m.length, 64);
  assert.deepEqual(m.slice(0, 6), [381628306, 38383168, 335815089, 18601621, 101712552, 1174867805]);
  assert.equal(m.reduce((a, b) => a + b, 0), 29682885661);
});
