// npm run stories:misses [-- --set bbc] [--distractors N] — DEV split only: why articles of one story
// are left apart.
//
// Places the dev split of each labelled set in a fresh desk (as eval:stories does) with hooks that
// record, for every article, the rare terms its candidates were read by, every holder of those terms
// (ranked) and the candidates kept. Each article with an earlier article of its gold story ("mate")
// is then put in one class:
//   joined     it joined a story holding one of its mates
//   wrong      it joined a story holding none of its mates
//   apart/cand it started a story though a mate was among its candidates (scored under the threshold)
//   apart/rank a mate holds one of its chosen rare terms but was ranked past the candidates kept
//   apart/none no mate holds any of its chosen rare terms (the index lookup never finds the story)
// and the gold pairs lost are counted by the class of the later article. Never reads the test split's
// labels (its article paths only, to keep them out of the distractors).
//
// --thresholds 0.75,0.7 places the same desk again at each threshold and prints its pairwise scores.
//
// --distractors N (BBC only): N unlabelled BBC articles (in no labelled set, as for the background
// frequencies of bench/make-background.ts) are mixed into the stream, so that the candidates are
// looked up in a larger desk; the classes and the pairwise scores are over the dev articles only.

import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DATA } from './lib/corpus.js';
import { placeQueued, pairScore } from '../src/query/stories.js';
import { STORY_MODEL } from '../src/query/story-weights.js';
import { goldStories, ingestSplit, pct, predictedStories, readStorySet, scoreClusters, STORY_SET_NAMES, streamOrder, type StorySetName } from './lib/stories.js';

const { values } = parseArgs({ options: { set: { type: 'string' }, verbose: { type: 'boolean', default: false }, distractors: { type: 'string', default: '0' }, thresholds: { type: 'string', default: '' } } });
const distractors = Number(values.distractors);
const sets = values.set ? [values.set as StorySetName] : STORY_SET_NAMES;

for (const set of sets) {
  const gold = readStorySet('dev', set);
  const goldOf = goldStories(gold);
  const sha = (x: string) => createHash('sha1').update(x).digest('hex');
  const labelled = new Set([...readStorySet('dev', set), ...readStorySet('test', set)].flatMap((x) => x.articles));
  const extra =
    set === 'bbc' && distractors > 0
      ? ['business', 'entertainment', 'politics', 'sport', 'tech']
          .flatMap((cat) => readdirSync(join(BENCH_DATA, 'bbc', cat)).filter((f) => f.endsWith('.txt')).map((f) => `${cat}/${f}`))
          .filter((x) => !labelled.has(x))
          .sort((x, y) => (sha(x) < sha(y) ? -1 : 1))
          .slice(0, distractors)
      : [];
  // the dev articles in stream order, the distractors mixed in by the same sha1 order
  const stream = [...streamOrder(gold), ...extra].sort((x, y) => (sha(x) < sha(y) ? -1 : 1));
  const ing = await ingestSplit(set === 'bbc' ? stream : streamOrder(gold));
  const pathOf = new Map<string, string>();
  for (const [p, id] of ing.idOf) if (!pathOf.has(id)) pathOf.set(id, p);
  const g = (id: string) => goldOf.get(pathOf.get(id)!)!;
  await ing.app.store.resetStories();
  const order: string[] = [];
  const cands = new Map<string, { chosen: string[]; holders: string[]; candidates: string[] }>();
  const pairP = new Map<string, Map<string, number>>();
  await placeQueued(ing.app.store, {
    now: () => new Date(),
    onCandidates: (a, chosen, ranked, candidates) => cands.set(a, { chosen, holders: ranked.map((r) => r.id), candidates }),
    onPair: (a, b, f) => {
      if (!pairP.has(a)) pairP.set(a, new Map());
      pairP.get(a)!.set(b, pairScore(f));
    },
    onProgress: () => {},
  });
  const members = await ing.app.store.storyMembers([...new Set(ing.idOf.values())]);
  const memberOf = new Map(members.map((m) => [m.articleId, m]));
  // the placing order is the stored order (stream order; a copy maps to the article it duplicates)
  order.push(...new Set((set === 'bbc' ? stream : streamOrder(gold)).map((p) => ing.idOf.get(p)!)));
  const at = new Map(order.map((id, i) => [id, i]));

  const counts = new Map<string, { articles: number; pairs: number }>();
  const seen: string[] = [];
  const bump = (k: string, pairs: number) => {
    const c = counts.get(k) ?? { articles: 0, pairs: 0 };
    c.articles++;
    c.pairs += pairs;
    counts.set(k, c);
  };
  const lines: string[] = [];
  for (const a of order) {
    if (!goldOf.has(pathOf.get(a)!)) continue;
    const mates = seen.filter((b) => g(b) === g(a));
    seen.push(a);
    if (mates.length === 0) continue;
    const story = memberOf.get(a)!.storyId;
    // gold pairs (a, mate) not predicted together
    const lost = mates.filter((b) => memberOf.get(b)!.storyId !== story).length;
    const c = cands.get(a) ?? { chosen: [], holders: [], candidates: [] };
    let cls: string;
    if (mates.some((b) => memberOf.get(b)!.storyId === story)) cls = 'joined';
    else if (members.some((m) => m.storyId === story && at.get(m.articleId)! < at.get(a)!)) cls = 'wrong';
    else if (mates.some((b) => c.candidates.includes(b))) cls = 'apart/cand';
    else if (mates.some((b) => c.holders.includes(b))) cls = 'apart/rank';
    else cls = 'apart/none';
    bump(cls, lost);
    if (values.verbose && cls.startsWith('apart')) {
      const best = Math.max(0, ...mates.map((b) => pairP.get(a)?.get(b) ?? 0));
      const rank = Math.min(...mates.map((b) => c.holders.indexOf(b)).filter((i) => i >= 0));
      lines.push(`  ${cls} ${pathOf.get(a)} [${gold.find((x) => x.story === g(a))!.label}] mates ${mates.length}, best mate pair p ${best.toFixed(2)}, best mate rank ${Number.isFinite(rank) ? rank : '-'} of ${c.holders.length}; ${(await ing.app.store.getStory(story))?.members.find((m) => m.article.id === a)?.reason ?? ''}`);
    }
  }
  let lostAll = 0;
  for (const c of counts.values()) lostAll += c.pairs;
  const sc = scoreClusters(goldOf, await predictedStories(ing));
  console.log(`\n${set} dev: ${seen.length} articles${extra.length ? ` in a desk of ${order.length} (${extra.length} unlabelled distractors)` : ''}: pairwise P/R/F1 ${pct(sc.pairwise.p)} / ${pct(sc.pairwise.r)} / ${pct(sc.pairwise.f1)};`);
  console.log(`  articles with an earlier same-story article, by class (gold pairs lost with an earlier article):`);
  for (const k of ['joined', 'wrong', 'apart/cand', 'apart/rank', 'apart/none']) {
    const c = counts.get(k) ?? { articles: 0, pairs: 0 };
    console.log(`  ${k.padEnd(11)} ${String(c.articles).padStart(4)} articles  ${String(c.pairs).padStart(4)} pairs lost (${pct(c.pairs / Math.max(1, lostAll))}%)`);
  }
  if (values.verbose) console.log(lines.join('\n'));
  // --thresholds 0.75,0.7: the same desk placed again at other joining thresholds (pairwise only)
  for (const t of values.thresholds.split(',').filter(Boolean).map(Number)) {
    await ing.app.store.resetStories();
    await placeQueued(ing.app.store, { now: () => new Date(), model: { ...STORY_MODEL, threshold: t }, onProgress: () => {} });
    const at = scoreClusters(goldOf, await predictedStories(ing));
    console.log(`  at threshold ${t}: pairwise P/R/F1 ${pct(at.pairwise.p)} / ${pct(at.pairwise.r)} / ${pct(at.pairwise.f1)}`);
  }
  await ing.done();
}
