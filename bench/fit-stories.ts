// npm run fit:stories — fits the story model on the DEV split only and writes src/query/story-weights.ts.
// The dev split of both labelled sets (undated BBC, dated TempEval-3; STORY_SETS=bbc for one), each in
// a desk of its own; the threshold keeps the precision floor on each set.
//
// 1. Adds the dev articles to a fresh desk and replays the placing with a hook that records every
//    (article, earlier candidate) pair the method scores, with its features; the label is whether the
//    two are in one gold story. Pairs do not depend on the model (signatures and candidates do not).
// 2. Fits two logistic regressions (Newton's method, small ridge), 5-fold cross-validated by gold story:
//    the pair model over the recorded pairs, then the story model over (article, candidate gold story)
//    rows, each story as its gold members before the article sum up, with the best member's pair
//    log-odds under the fold's pair model as one feature.
// 3. Picks the joining threshold by replaying the single-pass decisions offline over the recorded
//    pairs (story aggregates included, as placeQueued keeps them): the highest pairwise F1 whose
//    precision is at least MIN_PRECISION (else the highest F1). Within each CV fold it is picked on the
//    fold's training stories; the shipped one (since 2026-12-05) on the pooled CV curve, i.e. on
//    held-out decisions (THRESHOLD=dev: on all dev in sample, as before).
// The CV is printed twice: scored within each held-out fold, and pooled over every pair with a
// held-out article over the whole dev, so that a held-out article wrongly joining a training story
// counts against precision. CV_CURVE=1 adds the pooled CV at fixed thresholds (to compare models at
// equal precision).
// PAIRS_CACHE=/tmp/x.json keeps the recorded pairs, so trying a variant skips the 2-minute ingest.
// Ablations: PICK=bcubed picks the threshold for B-cubed F1 (MIN_PRECISION=0 drops the floor);
// FIXED_T=0.8 cross-validates at one threshold instead of picking it on each fold's training stories;
// CV_T=0.6,0.7 the thresholds of the pooled curve; DROP=6,8 zeroes story-model columns; EXTRA=numboth,
// numconf,numlog appends figure columns to both models (dropped 2026-12-05: pooled CV 73.1 → 57.9 / 68.0);
// DIAG=5 prints, for every gold story of at least 5 dev articles, each article's decision.
// On 2026-12-03 (dev, 5 folds, pooled P/R/F1): best member or centroid under the pair model, the
// better of the two, 90.3/50.2/64.5; the story model 86.6/55.8/67.9 (at a fixed 0.80: 90.0/55.5/68.7).
// STORY_ROWS=own (DAgger) also fits the story model on the stories its teacher-fitted model builds itself
// at OWN_T (fragments and wrong joins included), not only on gold stories as their members so far sum up.
//
// 2026-12-05, dev enlarged with bbc-3.jsonl (bbc + bbc-2 + bbc-3 + dated: 707 articles, 24,025 pairs
// scored, candidate recall 66.8% of 1,461 gold pairs; DATES=prior GRACE=90 as shipped; background frequencies
// still counting bbc-3's articles, as before dfec992), all dropped:
// - refit as is, floor 90: threshold 0.925, pooled CV P/R/F1 87.9/21.4/34.5 (bbc 84.2/20.1/32.4, dated
//   100/26.2/41.5); all dev bbc 92.5/12.6/22.2, dated 100/8.1/15.0, against the shipped model's
//   82.8/22.0/34.7 and 100/61.7/76.4 on the same dev (bbc and bbc-2 in its sample). MIN_PRECISION=0.85:
//   threshold 0.825, pooled CV 85.8/28.8/43.1; all dev bbc 86.3/21.7/34.7, dated 100/16.6/28.4.
// - "any k of the story's articles": a story column, the mean pair probability of its best min(3, size)
//   members (absent ones 0). Fitted weight −5.3; pooled CV 87.9/21.4/34.5 → 86.8/19.8/32.3.
// - STORY_ROWS=own, OWN_T 0.675 / 0.5: more recall at a given threshold, less at a given precision; the
//   pooled curve never reaches P 90 (best 88.5 at 0.95, R 16.6; the teacher-only curve 91.4/16.4 at
//   0.925, 83.7/33.3 at 0.75 against 77.9/35.3).
// - refit again after the background was made without bbc-3 (dfec992), floor 90: threshold 0.925, pooled
//   CV 89.0/17.5/29.2 (bbc 87.4/19.3, dated 100/11.1); all dev bbc 92.6/12.9/22.6, dated 100/8.1/15.0,
//   against the shipped model's 67.3/31.1/42.5 and 100/61.7/76.4 with that background.
// Why: in bbc-3's largest stories the mates are no closer than the hard negatives. The Oscars story (21
// articles): of the candidate pairs with one of its articles, 92 same-story and 1,454 not; the Golden Globes, Bafta, SAG and
// critics' awards articles share its names (Foxx, Swank, Aviator) with term cosines as high as the
// mates' (0.36-0.45 against 0.23-0.61). Four stories of 15-21 hold 661 of bbc-3's 848 gold pairs.
//
// 2026-12-05, second look (same dev, same pairs; PAIRS_CACHE), all dropped, the shipped model kept.
// QUICK=1 skips the CV and, with CURVE=1, prints the in-sample curve per set at PICK_GRID (a minute
// instead of ten); SHIPPED=1 replays the shipped weights instead of fitting. Pairwise P/R per set:
// - shipped, replayed: at 0.675 bbc 67.3/31.1, dated 100/61.7 (= eval:stories); at 0.85 bbc 88.3/14.8,
//   dated 100/25.9. Refit, no new column: at 0.85 bbc 88.8/20.5, dated 100/13.6; pooled CV at 0.85 bbc
//   82.5/29.4, dated 100/23.8; at 0.925 bbc 90.2/18.6, dated 100/9.0.
// - which event the headline names: EXTRA=tb (share of each title's weight on words the other
//   article, or the story, holds), tbmin, tabs (the heaviest title word the other lacks): the in-sample
//   curve does not move (0.85: bbc 88.8/20.3); tb,pt,pn (and the share of terms and names held) 0.85:
//   bbc 89.2/20.5. Story size × centroid cosines (lmt,lmn,lmti) 0.85: bbc 85.7/20.1. terms × names and
//   terms² (tn,sq) worse: 0.85 bbc 86.6/12.8, dated 2.7.
// - the story's most central candidate member (closest to its centroid), STORYX=central (its pair
//   log-odds) and cgap (best member's less it): weights -0.04 and -0.09, curve unchanged (0.85: bbc
//   88.8/20.3). A story aggregate of 300 terms instead of 96 (AGGREGATE_TERMS): the shipped model's
//   curve identical, the refit's within 0.4.
// - the headline and the lead weigh more in the term signature (a title word's weight ×2; else a
//   word of the first sentence ×2; signatures made again, same candidates): in-sample 0.85 bbc
//   89.2/20.5, dated 100/11.1 (title), 83.5/29.0 and 100/10.2 (lead; 0.9: 90.2/15.8, 1.8): no gain.
// - a rule for large stories, BIG=3,-0.3 (a story of 3 or more absorbs at the threshold less 0.3):
//   pooled CV at 0.9 bbc 82.6/20.2, dated 100/49.7, against no rule at 0.85 bbc 82.5/29.4, dated
//   100/23.8: recall moves to the dated set's 24-article story, the BBC sets lose precision for it.
//   Per file (CURVE prints each BBC dev file), in sample: shipped at 0.675 bbc 93.1/57.0, bbc-2
//   94.6/57.9, bbc-3 54.7/21.2, dated 100/61.7; refit with BIG=3,-0.2 at 0.75 92.2/57.6, 92.2/61.8,
//   59.0/21.3, 100/61.4 (its pooled CV at 0.75 with BIG=3,-0.3: bbc 63.3/33.6, dated 100/61.4): no
//   better than the shipped model. bbc-3's recall is nearly all its Yukos and Blair-Brown stories, and
//   its precision the hard negatives they absorb (Khodorkovsky, Gazprom); at 0.85 the refit keeps bbc-3
//   at 88.8/8.4.
// 2026-12-05, third look (same dev; pairs recorded again with the background prior at 3,000 articles,
// stories.ts PRIOR_ARTICLES, tried on branch h-stories: eval dev bbc 67.3/31.1/42.5 -> 80.6/32.4/46.3, dated 100/61.7 ->
// 100/56.9). Pair-level checks on dev's 21,664 BBC candidate pairs (5-fold CV by story, logistic; AP of
// the same-story pairs): signature cosine alone 65.2 (prior 100) / 68.0 (3000); the pair model 65.6.
// Nothing added from the texts moved it past 69: full-text cosine with background frequencies 69.0
// (its top 64 terms 68.8, so the signature's length is not what limits it), the lead's cosine, the
// cosine of the words that are not names, rare-bigram cosine, the index's shared rare terms (sum, count,
// max), the title's words held by the other article, and gradient-boosted trees (depth 2, 150 rounds)
// over all of these instead of the logistic (62.4). Per article, the best-scored candidate is a
// same-story one for 268-273 of the 293 BBC articles that have one among their candidates: the
// ranking holds, the absolute score does not separate "same story" from "same entity, another event"
// (the wrong joins left are at 0.8-0.99: FA Cup draws, Cairn's announcements, Air Deccan's orders,
// Yukos's hard negatives). Dropped, in-sample curves (QUICK=1 CURVE=1) against that refit
// (0.75: bbc 80.6/32.4, bbc-3 75.2/22.5, dated 100/56.9):
// - a story column, the margin of the story's best member over the article's best candidate in any
//   other story (pair log-odds, capped at ±4; 0 with no rival): 0.8 bbc 70.9/32.3, bbc-3 60.1/22.4,
//   dated 100/78.9. The dated set gains, the BBC sets lose precision: a Yukos hard negative's best
//   candidates are all in the Yukos story, so its margin is as wide as a true member's.
// - the story model fitted only on each article's k best candidate stories (by pair log-odds), k = 1
//   or 3, instead of on every candidate story: 0.75 (k 3) bbc 83.8/27.1, 0.7 73.5/31.5.
// - the pair model alone deciding (story columns dropped): 0.4 bbc 71.8/35.2 (bbc-2 74.7/73.7),
//   0.6 78.6/30.6, dated 99.6/67.8 and 100/47.6.
// Then the story's size dropped from the story model (DROP=7, at 0.8): eval dev bbc
// 83.9/32.1/46.4, dated 100/56.9. On test (aggregate, the session's second run) the two steps
// together went the other way: bbc 93.3/35.2/51.1 -> 90.4/30.3/45.4, dated 100/78.5/87.9 ->
// 99.4/79.5/88.3. Why dev misled: its pairwise figures are a few clusters' decisions. Of dev bbc's
// precision gain (67.3 -> 83.9), nearly all is the Yukos story absorbing fewer hard negatives (wrong
// pairs with its members 119 -> 51 -> 34); recall moved by single decisions (Celebrity Big Brother
// 60 -> 100 -> 60, Parmalat 0 -> 100 -> 10, SAP Open 13 -> 40, Davis Cup final 60 -> 10). A bootstrap
// over dev stories (1,000 draws, in sample: the models were fitted on these stories) gives the first
// file (bbc.jsonl) a coin flip (F1 70.7 -> 71.6, 95% [-5.7, 9.0]). Compare models on more than the
// pooled pairwise F1 before the next test run: per file, and with a bootstrap over stories. Neither
// step was merged: main keeps the model fitted before them (test bbc 93.3/35.2/51.1 as measured then).
// Where recall is lost (npm run stories:misses -- --set bbc, shipped model): 86.8% of the lost gold
// pairs have a mate among the article's candidates scored under the threshold, 1.6% none among them:
// the index finds the stories, the scores do not tell them. The wrong joins left at 0.85 (refit) are
// one entity, another event: the FA Cup third/fourth/fifth round draws, Cairn's two announcements, Air
// Deccan's two aircraft orders, Scotland v Italy and v Ireland, Blu-ray's two backers.
//
// 2026-12-06, fourth look: features that tell EVENTS apart, from the understand stage, and bbc-3's labels
// (same dev and pairs, PAIRS_CACHE; shipped model and threshold 0.675; no test run). Tools:
// bench/stories-annotations.ts dumps each dev article's events, figures, times and entities
// (ANNOTATIONS=file feeds them to EXTRA=lent,evactor,evtrig,evroot,lnconf,lnshare,evgap, between two
// articles only); DUMP=file (DUMP_T) writes the replayed grouping; bench/stories-compare.ts base.json
// variant.json [--exclude n002,...] prints each dev file's pairwise P/R/F1 for both and a bootstrap
// over gold stories (1,000 draws within each file) of ΔF1, with its 95% interval. All dropped:
// - Pair level (BBC: 21,664 candidate pairs, 803 same-story; 5-fold CV by story, logistic on the pair
//   model's columns plus one, in a throwaway numpy script over PAIRS_CACHE and ANNOTATIONS; AP, all pairs / pairs the shipped pair model scores above even odds):
//   base 65.3 / 84.8; + lead entities shared (first two sentences) 65.6 / 85.4; + the lead event
//   (first non-statement CAMEO event in two sentences) with the same actor 65.3 / 85.1, same trigger
//   65.3 / 84.9, same root 65.3 / 84.8; + lead figures that conflict (both first sentences give money,
//   percent, counts or ordinals and neither's is in the other's text) 65.2 / 84.8, their share 65.0 / 84.3; +
//   "third round" vs "fourth round" (ordinals in title and opening) 65.4 / 84.8; all together 64.7 / 84.7. Why: of the hard
//   pairs (above even odds) only 46 have figures in both leads and 28 a lead event with one actor, and
//   same-story pairs give different lead figures as often as the hard negatives (a follow-up reports
//   a new number); 53% of the BBC events are statements (CAMEO 01), and only 307 of 592 BBC
//   articles have another in their first two sentences. Resolved event dates: the BBC files
//   are undated, so no lead resolves to a full date (0 pairs). The dated dev: 935 of 2,361 pairs have
//   one in both leads, holding 168 of its 173 same-story pairs (three stories: 129, 33, 6 pairs);
//   there the event-date gap ranks same-story pairs at AUC 0.90, the publication gap 0.86, the pair
//   model 0.99; as a column (evgap) its weight is +0.23 (a proxy for having dates) and dated in sample
//   at 0.6 falls 68.5 -> 64.5.
// - The decisions, refit in sample with and without the columns, per file (ΔF1 [95%]): lent,evactor,
//   evtrig at 0.675 bbc-2 76.9 -> 74.9 (-2.1 [-4.7, -0.3]), bbc-3 32.0 -> 30.7 (-0.7 [-2.4, 1.3]), bbc
//   71.4 unchanged; at 0.85 bbc +1.1 [0.0, 3.9], bbc-2 -0.6 [-1.9, 0.0]; lnconf,lnshare at 0.6 all BBC
//   -0.5 [-1.3, -0.0]. Pooled CV (out of fold), without -> with lent,evactor,evtrig: at 0.675 bbc
//   69.3/34.8/46.4 -> 70.1/33.0/44.9, dated 100/52.1/68.5 -> 100/47.6/64.5; at 0.6 bbc 46.6 -> 46.8,
//   dated 76.6 -> 68.5.
// - A runner-up rule on the shipped model (RUNNERUP=tlow,delta: also join at tlow or above when the
//   best story leads the runner-up story by delta): at tlow 0.5, delta 0.2 or 0.3, every BBC file
//   comes out exactly as a plain threshold of 0.5 (the articles at 0.5-0.675 have no close rival
//   story), so the rule only lowers the threshold. Shipped at 0.5 against 0.675: bbc 92.6/60.6/73.3 vs
//   93.1/57.0/70.7 (+2.5 [-0.3, 6.9]), bbc-2 90.4/67.8/77.4 vs 94.6/57.9/71.8 (+5.7 [-0.4, 13.2]),
//   bbc-3 50.3/22.5/31.1 vs 54.7/21.2/30.6 (+0.6 [-1.7, 3.0]); dated with the rule 100/78.9/88.2 vs
//   100/61.7/76.4. Not taken: the shipped weights were fitted on bbc, bbc-2 and dated, so bbc-3 is the
//   only file out of sample for them, and there it is flat with precision lower; precision moves away
//   from the 95 goal, and the pooled CV curve chose 0.675.
// bbc-3's labels (no label changed): three of its "stories" are topics, not one story: the Oscars
// (n002, 21 articles from the eligibility list, "Oscar nominees gear up for lunch", "Sky takes over
// Oscar night mantle" and the bookmakers' odds to the results, over three months), the tsunami's
// consequences (n003, 21: Asian and European share moves, Sri Lanka's growth, the Paris Club debt
// freeze, the Gurkhas, Elton John's Paris concert, web donations and an aid-site scam), and CES
// (n006, 9: panels on casual gaming, peer-to-peer nets, TV's future held at the show). The same
// labeller splits Yukos finely (the Khodorkovsky trial, Gazprom's back-tax claim, each on its own)
// and sport to one match, where the first labeller kept a tournament (SAP Open, Dubai) as one. Those
// three hold 456 of bbc-3's 848 gold pairs; the shipped model pairs 4 of them. Its wrong pairs are
// one cluster: Yukos (all 17 together) with 7 of its hard negatives, 140 of bbc-3's 149. Shipped,
// per file (bbc and bbc-2 are untouched by it): bbc-3 54.7/21.2/30.6, without the Oscars 54.6/28.1/37.1,
// without the three 54.2/44.9/49.1; all BBC dev 67.3/31.1/42.5 -> 67.2/37.8/48.4 -> 67.0/50.5/57.6.
// So bbc-3's pooled figures are a few decisions (one Yukos cluster, three topics no signature of one
// event can hold together); bbc and bbc-2 are the files like test (stories of 1-7 articles).


import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StoryAggregate, StorySignature } from '../src/model/index.js';
import { aggregateFeatures, aggregateOf, aggregateVector, pairFeatures, DUPLICATE_JACCARD, extendAggregate, featureVector, placeQueued, type PairFeatures, type StoryLinks } from '../src/query/stories.js';
import { ROOT } from './lib/corpus.js';
import { STORY_MODEL } from '../src/query/story-weights.js';
import { goldStories, ingestSplit, pct, readStorySet, scoreClusters, STORY_SET_NAMES, storySetFiles, streamOrder, type StorySetName } from './lib/stories.js';

// The dev splits of both labelled sets, each ingested into a desk of its own (undated BBC, dated
// TempEval-3); ids are prefixed with the set's name, so the two never meet in a candidate list and the
// replay below places them as the desks did. STORY_SETS=bbc fits on one set only.
const SETS = (process.env.STORY_SETS ?? STORY_SET_NAMES.join(',')).split(',') as StorySetName[];
for (const set of SETS) if (!STORY_SET_NAMES.includes(set)) throw new Error(`STORY_SETS: "${set}" is not one of ${STORY_SET_NAMES.join(', ')}`);
const gold = SETS.flatMap((set) => readStorySet('dev', set));
const goldOf = goldStories(gold);
const setOfPath = new Map(SETS.flatMap((set) => readStorySet('dev', set).flatMap((g) => g.articles.map((a) => [a, set] as [string, StorySetName]))));
// DATES: how the date gap enters the model. prior: the fixed prior of undated models (no date weight);
// none: not at all; pair / story / both: the dateGap feature fitted in the pair model, the story model
// or both (its column is zeroed where it is not fitted, so its weight stays 0).
const DATES = process.env.DATES ?? 'both';
if (!['prior', 'none', 'pair', 'story', 'both'].includes(DATES)) throw new Error(`DATES=${DATES}: not one of prior, none, pair, story, both`);
const datePrior = DATES === 'prior';
// GRACE=n: with DATES=prior, the days apart the prior forgives (7 unless given).
const dateGraceDays = Number(process.env.GRACE ?? 7);
// EXTRA=numboth,numconf: experimental columns appended to both models (computed from the signatures;
// the story model's from the story aggregate): see extras() for the names
const EXTRA = (process.env.EXTRA ?? '').split(',').filter(Boolean);
type XF = PairFeatures & { x?: number[] };
interface Side { terms: Record<string, number>; title: Record<string, number>; names: Record<string, number>; numbers: string[]; members?: number; id?: string }
// ANNOTATIONS=file (bench/stories-annotations.ts): each dev article's understand output (events, numbers,
// times, entities), for the event columns of EXTRA (lent, evactor, evtrig, evroot, lnconf, lnshare):
// evgap: log(1 + days) between the full dates the two leads resolve to; read between two articles only
// (0 against a story aggregate).
interface Ann { title: string; lead: string; times: { value: string | null; sentence: number }[]; events: { cameo: string; trigger: string; actor: string | null; sentence: number }[]; numbers: { kind: string; value: number; unit: string | null; sentence: number }[]; entities: { id: string; first: number }[] }
const ANN: Record<string, Ann> = process.env.ANNOTATIONS ? JSON.parse(readFileSync(process.env.ANNOTATIONS, 'utf8')) : {};
const leadEvent = (a: Ann) => a.events.find((e) => e.sentence <= 1 && e.cameo !== '01') ?? null;
const NUM_KINDS = new Set(['money', 'percent', 'count', 'ordinal']);
const numKeys = (a: Ann, maxSentence = Infinity) => new Set(a.numbers.filter((n) => n.sentence < maxSentence && NUM_KINDS.has(n.kind)).map((n) => `${n.kind} ${Math.round(n.value * 1000) / 1000} ${n.unit}`));
function annExtra(e: string, a: Ann, b: Ann): number {
  if (e === 'lent') {
    const la = new Set(a.entities.filter((x) => x.first <= 1).map((x) => x.id));
    const lb = b.entities.filter((x) => x.first <= 1).map((x) => x.id);
    return la.size && lb.length ? lb.filter((x) => la.has(x)).length / Math.min(la.size, lb.length) : 0;
  }
  if (e === 'evgap') {
    // days between the nearest full dates the two leads (first three sentences) resolve to, as log(1 + days); 0 when either has none
    const dates = (x: Ann) => x.times.filter((t) => t.sentence < 3 && t.value && /^\d{4}-\d\d-\d\d$/.test(t.value)).map((t) => Date.parse(t.value!) / 86_400_000);
    const da = dates(a), db = dates(b);
    if (!da.length || !db.length) return 0;
    return Math.log1p(Math.min(...da.flatMap((x) => db.map((y) => Math.abs(x - y)))));
  }
  const ea = leadEvent(a), eb = leadEvent(b);
  if (e === 'evactor') return ea && eb && ea.actor && ea.actor === eb.actor ? 1 : 0;
  if (e === 'evtrig') return ea && eb && ea.trigger.toLowerCase() === eb.trigger.toLowerCase() ? 1 : 0;
  if (e === 'evroot') return ea && eb && ea.cameo === eb.cameo ? 1 : 0;
  const la = numKeys(a, 1), lb = numKeys(b, 1), aa = numKeys(a), ab = numKeys(b);
  const hit = (x: Set<string>, y: Set<string>) => [...x].filter((k) => y.has(k)).length;
  if (e === 'lnconf') return la.size && lb.size && !hit(la, ab) && !hit(lb, aa) ? 1 : 0;
  if (e === 'lnshare') return la.size && lb.size ? (hit(la, ab) / la.size + hit(lb, aa) / lb.size) / 2 : 0;
  throw new Error(`EXTRA: ${e}?`);
}
const ANN_EXTRAS = new Set(['evgap', 'lent', 'evactor', 'evtrig', 'evroot', 'lnconf', 'lnshare']);
// share of x's squared weight on terms y holds (presence, not weight)
const pres = (x: Record<string, number>, y: Record<string, number>) => {
  let s = 0, n = 0;
  for (const t in x) { n += x[t] * x[t]; if (Object.hasOwn(y, t)) s += x[t] * x[t]; }
  return n ? s / n : 0;
};
function extras(a: Side, b: Side): number[] {
  const aNums = a.numbers, bNums = b.numbers;
  const both = aNums.length > 0 && bNums.length > 0 ? 1 : 0;
  const bs = new Set(bNums);
  const common = aNums.filter((n) => bs.has(n)).length;
  return EXTRA.map((e) => {
    if (ANN_EXTRAS.has(e)) return a.id && b.id && ANN[a.id] && ANN[b.id] ? annExtra(e, ANN[a.id], ANN[b.id]) : 0;
    if (e === 'numboth') return both;
    if (e === 'numconf') return both && common === 0 ? 1 : 0;
    if (e === 'numlog') return both ? Math.log1p(Math.min(aNums.length, bNums.length)) : 0;
    if (e === 'tb') return (pres(a.title, b.terms) + pres(b.title, a.terms)) / 2;
    if (e === 'tbmin') return Math.min(pres(a.title, b.terms), pres(b.title, a.terms));
    if (e === 'tba') return pres(a.title, b.terms);
    if (e === 'tbb') return pres(b.title, a.terms);
    if (e === 'pt') return (pres(a.terms, b.terms) + pres(b.terms, a.terms)) / 2;
    if (e === 'lmt' || e === 'lmn' || e === 'lmti') {
      const m = Math.log(b.members ?? 1);
      const f = e === 'lmt' ? cosAgg(a.terms, b.terms) : e === 'lmn' ? cosAgg(a.names, b.names) : cosAgg(a.title, b.title);
      return m * f;
    }
    if (e === 'tabs') {
      const absent = (x: Record<string, number>, y: Side) => {
        let m = 0, n = 0;
        for (const t in x) n += x[t] * x[t];
        for (const t in x) if (!Object.hasOwn(y.terms, t) && !Object.hasOwn(y.title, t)) m = Math.max(m, x[t] / Math.sqrt(n || 1));
        return m;
      };
      return Math.max(absent(a.title, b), absent(b.title, a));
    }
    if (e === 'tn') return cosAgg(a.terms, b.terms) * cosAgg(a.names, b.names);
    if (e === 'sq') return cosAgg(a.terms, b.terms) ** 2;
    if (e === 'pn') return (pres(a.names, b.names) + pres(b.names, a.names)) / 2;
    throw new Error(`EXTRA: ${e}?`);
  });
}
function cosAgg(x: Record<string, number>, y: Record<string, number>): number {
  let d = 0, n = 0;
  for (const t in y) n += y[t] * y[t];
  for (const t in x) if (Object.hasOwn(y, t)) d += x[t] * y[t];
  return n ? d / Math.sqrt(n) : 0;
}
/** Index (in ids) of the member whose terms are closest to the story's centroid. */
function centralOf(ids: string[], s: StoryAggregate): number {
  let best = 0, bestC = -1;
  ids.forEach((m, i) => {
    const c = cosAgg(sigOf.get(m)!.terms, s.terms);
    if (c > bestC) (bestC = c), (best = i);
  });
  return best;
}
const side = (s: StorySignature, id?: string): Side => ({ terms: s.terms, title: s.title, names: s.names ?? {}, numbers: s.numbers ?? [], id });
const pairF = (a: StorySignature, b: StorySignature, rare: number, ida?: string, idb?: string): XF => ({ ...pairFeatures(a, b), rare, x: extras(side(a, ida), side(b, idb)) });
const aggF = (a: StorySignature, s: StoryAggregate, rare: number): XF => ({ ...aggregateFeatures(a, s, rare), x: extras(side(a), s) });
const pairVector = (f: XF) => {
  const x = [...featureVector(f), ...(f.x ?? [])];
  if (DATES !== 'pair' && DATES !== 'both') x[featureVector(f).length - 1] = 0;
  return x;
};
// DROP=8,9: story-vector columns left out (zeroed, so their weight stays 0), for ablations
const DROP = (process.env.DROP ?? '').split(',').filter(Boolean).map(Number);
// STORYX=central: a story-model column, the pair log-odds of the story's most central candidate member
// (the one closest to the story's centroid), beside its best member's
const STORYX = (process.env.STORYX ?? '').split(',').filter(Boolean);
type Links = StoryLinks & { central?: number };
const storyVector = (f: XF, members: number, links: Links) => {
  const x = aggregateVector(f, members, links);
  if (DATES !== 'story' && DATES !== 'both') x[x.length - 1] = 0;
  x.push(...(f.x ?? []));
  for (const e of STORYX) {
    if (e === 'central') x.push(links.central ?? links.logits[0]);
    else if (e === 'cgap') x.push(links.logits[0] - (links.central ?? links.logits[0]));
    else throw new Error(`STORYX: ${e}?`);
  }
  for (const i of DROP) x[i] = 0;
  return x;
};
// PAIRS_CACHE=file: reuse the recorded pairs and signatures of an earlier run (they do not depend on
// the model), so trying a replay variant does not ingest the split again.
interface Pair { a: string; b: string; f: PairFeatures; y: number; rare: Record<string, number> }
const cacheFile = process.env.PAIRS_CACHE;
let recorded: { idOf: [string, string][]; pairs: Pair[]; sigs: [string, StorySignature][] };
if (cacheFile && existsSync(cacheFile)) recorded = JSON.parse(readFileSync(cacheFile, 'utf8'));
else {
  recorded = { idOf: [], pairs: [], sigs: [] };
  for (const set of SETS) {
    const key = (id: string) => `${set}:${id}`;
    const ing = await ingestSplit(streamOrder(readStorySet('dev', set)));
    const pathOf = new Map<string, string>();
    for (const [p, id] of ing.idOf) if (!pathOf.has(id)) pathOf.set(id, p);
    await ing.app.store.resetStories();
    await placeQueued(ing.app.store, {
      now: () => new Date(),
      onPair: (a, b, f, rare) => recorded.pairs.push({ a: key(a), b: key(b), f, rare, y: goldOf.get(pathOf.get(a)!) === goldOf.get(pathOf.get(b)!) ? 1 : 0 }),
      onProgress: () => {},
    });
    const ids = [...new Set(ing.idOf.values())];
    // each article's own signature (the story aggregate it carried depends on the decisions: replayed below)
    for (const m of await ing.app.store.storyMembers(ids)) recorded.sigs.push([key(m.articleId), { ...m.signature, story: undefined }]);
    for (const [p, id] of ing.idOf) recorded.idOf.push([p, key(id)]);
    await ing.done();
  }
  if (cacheFile) writeFileSync(cacheFile, JSON.stringify(recorded));
}
const ing = { idOf: new Map(recorded.idOf) };
const pathOf = new Map<string, string>();
for (const [p, id] of ing.idOf) if (!pathOf.has(id)) pathOf.set(id, p);
const pairs = recorded.pairs;
// articles in the order they were stored and placed (the stream order)
const ids = [...new Set(ing.idOf.values())];
const sigOf = new Map<string, StorySignature>(recorded.sigs);
// Pair features are a function of the two signatures: recomputed, so a cache outlives a change of features.
for (const p of pairs) p.f = pairF(sigOf.get(p.a)!, sigOf.get(p.b)!, p.f.rare, p.a, p.b);
// each article's scored pairs, in the order they were scored
const byArticle = new Map<string, Pair[]>();
for (const p of pairs) {
  const list = byArticle.get(p.a);
  if (list) list.push(p);
  else byArticle.set(p.a, [p]);
}

const positives = pairs.filter((p) => p.y).length;
let goldPairsTotal = 0;
const byStory = new Map<string, number>();
for (const id of ids) {
  const g = goldOf.get(pathOf.get(id)!)!;
  byStory.set(g, (byStory.get(g) ?? 0) + 1);
}
for (const n of byStory.values()) goldPairsTotal += (n * (n - 1)) / 2;
console.log(`dev: ${ids.length} articles, ${pairs.length} candidate pairs scored, ${positives} same-story; ` +
  `candidate recall ${pct(positives / Math.max(1, goldPairsTotal))}% of ${goldPairsTotal} gold pairs`);

// ---- the story aggregate's training rows ----
// Every (article, earlier story among its candidates' gold stories), the story as its gold members so
// far sum up (teacher forcing: the replay below then uses the model's own stories), labelled by whether
// the article is in it. Its features wait for the pair weights (the best member's log-odds is one).
interface AggRow { story: string; candidate: string; f: PairFeatures; members: number; pairs: PairFeatures[]; y: number; central?: PairFeatures }
const aggRows: AggRow[] = [];
{
  const goldAggregate = new Map<string, StoryAggregate>();
  for (const id of ids) {
    const mine = goldOf.get(pathOf.get(id)!)!;
    const held = new Map<string, { rare: Record<string, number>; pairs: PairFeatures[]; ids: string[] }>();
    for (const p of byArticle.get(id) ?? []) {
      const g = goldOf.get(pathOf.get(p.b)!)!;
      const h = held.get(g) ?? { rare: {}, pairs: [], ids: [] };
      Object.assign(h.rare, p.rare);
      h.pairs.push(p.f);
      h.ids.push(p.b);
      held.set(g, h);
    }
    const sig = sigOf.get(id)!;
    for (const [g, { rare, pairs, ids: mids }] of held) {
      const s = goldAggregate.get(g)!;
      const f = aggF(sig, s, Object.values(rare).reduce((a, b) => a + b, 0));
      aggRows.push({ story: mine, candidate: g, f, members: s.members, pairs, y: g === mine ? 1 : 0, central: pairs[centralOf(mids, s)] });
    }
    const s = goldAggregate.get(mine);
    goldAggregate.set(mine, s ? extendAggregate(s, sig) : aggregateOf(sig));
  }
}
console.log(`story aggregate rows: ${aggRows.length}, ${aggRows.filter((r) => r.y).length} the article's own story`);

interface Weights { pair: number[]; aggregate: number[] }
const r3 = (v: number) => Math.round(v * 1000) / 1000;

// the two models' log-odds / probability over the vectors above (extra columns included)
const dot = (x: number[], w: number[]) => x.reduce((s, v, k) => s + v * (w[k] ?? 0), 0);
const lp = (f: XF, w: number[]) => dot(pairVector(f), w);
const gapPrior = (g: number | null) => (g === null || !datePrior ? 0 : Math.max(0, g - dateGraceDays) / 7);
const sp = (f: XF, members: number, links: Links, w: number[]) => 1 / (1 + Math.exp(-(dot(storyVector(f, members, links), w) - gapPrior(f.gapDays))));

// ---- logistic regression ----
function fitPairs(data: Pair[]): number[] {
  return fit(data.map((p) => ({ x: pairVector(p.f), y: p.y })));
}

function fitStories(rows: AggRow[], pair: number[]): number[] {
  return fit(rows.map((r) => ({ x: storyVector(r.f, r.members, { logits: r.pairs.map((f) => lp(f, pair)).sort((a, b) => b - a), central: r.central ? lp(r.central, pair) : undefined }), y: r.y })));
}

function fitBoth(data: Pair[], rows: AggRow[], keep?: Set<string>): Weights {
  const pair = fitPairs(data).map(r3);
  const first = { pair, aggregate: fitStories(rows, pair).map(r3) };
  if (STORY_ROWS !== 'own') return first;
  // STORY_ROWS=own: the story model fitted again on the rows above and on the stories the first model
  // builds itself (DAgger: the aggregates it will meet when placing, fragments and wrong joins included)
  return { pair, aggregate: fitStories([...rows, ...ownRows(first, OWN_T, keep)], pair).map(r3) };
}

/**
 * STORY_ROWS=teacher (the default): the story model is fitted on gold stories as their members so far
 * sum up. own: also on the stories the teacher-fitted model builds, placing the training articles at
 * OWN_T (each candidate story labelled by whether it holds a gold mate of the article).
 */
const STORY_ROWS = process.env.STORY_ROWS ?? 'teacher';
const OWN_T = Number(process.env.OWN_T ?? 0.675);

/** The (article, candidate story) rows of placing `keep`'s articles (all when absent) with `w` at `threshold`, as replay places them. */
function ownRows(w: Weights, threshold: number, keep?: Set<string>): AggRow[] {
  const rows: AggRow[] = [];
  const storyOf = new Map<string, string>();
  const aggregateAt = new Map<string, StoryAggregate>();
  const goldIn = new Map<string, Set<string>>();
  for (const id of ids) {
    const mine = goldOf.get(pathOf.get(id)!)!;
    if (keep && !keep.has(mine)) continue;
    let dup = false;
    const byStory = new Map<string, { pairs: PairFeatures[]; logits: number[]; aggregate: StoryAggregate; held: Record<string, number> }>();
    for (const p of byArticle.get(id) ?? []) {
      if (!storyOf.has(p.b)) continue;
      if (p.f.jaccard >= DUPLICATE_JACCARD) dup = true;
      const story = storyOf.get(p.b)!;
      const at = aggregateAt.get(p.b)!;
      const r = byStory.get(story) ?? { pairs: [] as PairFeatures[], logits: [] as number[], aggregate: at, held: {} };
      r.pairs.push(p.f);
      r.logits.push(lp(p.f, w.pair));
      Object.assign(r.held, p.rare);
      if (at.members > r.aggregate.members) r.aggregate = at;
      byStory.set(story, r);
    }
    let best: string | null = null;
    let bestP = -1;
    const sig = sigOf.get(id)!;
    for (const [story, { pairs, logits, aggregate, held }] of byStory) {
      const rare = Object.values(held).reduce((s, x) => s + x, 0);
      const f = aggF(sig, aggregate, rare);
      const y = goldIn.get(story)!.has(mine) ? 1 : 0;
      rows.push({ story: mine, candidate: y ? mine : `own:${story}`, f, members: aggregate.members, pairs, y });
      const sp0 = sp(f, aggregate.members, { logits: logits.sort((x, y2) => y2 - x) }, w.aggregate);
      if (sp0 > bestP || (sp0 === bestP && best !== null && story < best)) (best = story), (bestP = sp0);
    }
    const joins = best !== null && (bestP >= threshold || dup);
    const story = joins ? best! : id;
    storyOf.set(id, story);
    goldIn.set(story, (goldIn.get(story) ?? new Set()).add(mine));
    aggregateAt.set(id, joins ? extendAggregate(byStory.get(best!)!.aggregate, sig) : aggregateOf(sig));
  }
  return rows;
}

function fit(data: { x: number[]; y: number }[], ridge = 0.01): number[] {
  const X = data.map((p) => p.x);
  const d = X[0].length;
  let w = new Array(d).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const g = new Array(d).fill(0);
    const H = Array.from({ length: d }, () => new Array(d).fill(0));
    X.forEach((x, i) => {
      const z = x.reduce((s, v, k) => s + v * w[k], 0);
      const p = 1 / (1 + Math.exp(-z));
      for (let k = 0; k < d; k++) {
        g[k] += (p - data[i].y) * x[k];
        for (let l = 0; l < d; l++) H[k][l] += p * (1 - p) * x[k] * x[l];
      }
    });
    for (let k = 1; k < d; k++) {
      g[k] += ridge * w[k];
      H[k][k] += ridge;
    }
    H[0][0] += 1e-9;
    const step = solve(H, g);
    w = w.map((v, k) => v - step[k]);
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  return w;
}

function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[piv][c])) piv = r;
    [M[c], M[piv]] = [M[piv], M[c]];
    for (let r = 0; r < n; r++) {
      if (r === c || M[c][c] === 0) continue;
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  return M.map((row, i) => (row[i] === 0 ? 0 : row[n] / row[i]));
}

// ---- the single-pass decisions, replayed over the recorded pairs ----
// BIG=k,d: a story of at least k articles absorbs at the threshold plus d (d < 0: more readily); an ablation, dropped
const BIG = process.env.BIG ? process.env.BIG.split(',').map(Number) : null;
const RUNNERUP = process.env.RUNNERUP ? process.env.RUNNERUP.split(',').map(Number) : null;
function replay(w: Weights, threshold: number, only?: Set<string>, log?: { id: string; best: string | null; p: number; second: number; joins: boolean }[]): Map<string, string> {
  const storyOf = new Map<string, string>();
  // the story aggregate each placed article carries (as in placeQueued: the latest one among the candidates, extended)
  const aggregateAt = new Map<string, StoryAggregate>();
  for (const id of ids) {
    let dup = false;
    const byStory = new Map<string, { logits: number[]; aggregate: StoryAggregate; held: Record<string, number>; ids: string[]; raw: number[] }>();
    for (const p of byArticle.get(id) ?? []) {
      if (!storyOf.has(p.b)) continue;
      const s = lp(p.f, w.pair);
      if (p.f.jaccard >= DUPLICATE_JACCARD) dup = true;
      const story = storyOf.get(p.b)!;
      const at = aggregateAt.get(p.b)!;
      const r = byStory.get(story) ?? { logits: [] as number[], aggregate: at, held: {}, ids: [] as string[], raw: [] as number[] };
      r.logits.push(s);
      r.ids.push(p.b);
      r.raw.push(s);
      Object.assign(r.held, p.rare);
      if (at.members > r.aggregate.members) r.aggregate = at;
      byStory.set(story, r);
    }
    let best: string | null = null;
    let bestP = -1;
    let second = -1;
    const sig = sigOf.get(id)!;
    for (const [story, { logits, aggregate, held, ids: mids, raw }] of byStory) {
      const rare = Object.values(held).reduce((s, x) => s + x, 0);
      const central = STORYX.length ? raw[centralOf(mids, aggregate)] : undefined;
      const sp0 = sp(aggF(sig, aggregate, rare), aggregate.members, { logits: logits.sort((x, y) => y - x), central }, w.aggregate);
      if (sp0 > bestP || (sp0 === bestP && best !== null && story < best)) (second = bestP), (best = story), (bestP = sp0);
      else if (sp0 > second) second = sp0;
    }
    const bigT = best !== null && BIG && byStory.get(best)!.aggregate.members >= BIG[0] ? threshold + BIG[1] : threshold;
    // RUNNERUP=tlow,delta: also joins at tlow or above when the best story leads the runner-up story (0 when none) by delta
    const clear = best !== null && RUNNERUP !== null && bestP >= RUNNERUP[0] && bestP - Math.max(0, second) >= RUNNERUP[1];
    const joins = best !== null && (bestP >= bigT || dup || clear);
    log?.push({ id, best, p: bestP, second, joins });
    storyOf.set(id, joins ? best! : id);
    aggregateAt.set(id, joins ? extendAggregate(byStory.get(best!)!.aggregate, sig) : aggregateOf(sig));
  }
  const out = new Map<string, string>();
  for (const [path, id] of ing.idOf) if (!only || only.has(goldOf.get(path)!)) out.set(path, storyOf.get(id)!);
  return out;
}

function goldFor(only?: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path] of ing.idOf) if (!only || only.has(goldOf.get(path)!)) out.set(path, goldOf.get(path)!);
  return out;
}

/**
 * The precision the threshold must keep on dev. The issue asks 0.95; on the dev split (after the first
 * test split was folded into it) 0.95 leaves recall at 27%, most stories one article long, so 0.90 is
 * the operating point chosen, before the new test split was run.
 */
const MIN_PRECISION = Number(process.env.MIN_PRECISION ?? 0.9);

/**
 * With several sets, the threshold must keep the precision floor on each set, and the F1 it maximises
 * is the mean of the sets' F1 (PICK_POOLED=1: the pooled pairs instead, where the set with the largest
 * cliques outweighs the others; the dated dev's 24-article story alone gives 276 of its 332 pairs).
 */
function pickThreshold(w: Weights, only?: Set<string>): { t: number; p: number; r: number; f1: number } {
  let best = { t: 0.5, p: 0, r: 0, f1: 0, aim: -1, ok: false };
  // PICK_GRID=0.8,0.85,0.9: these thresholds only (a quicker fit); else every 0.025 from 0.05, as before
  const grid: number[] = [];
  if (process.env.PICK_GRID) grid.push(...process.env.PICK_GRID.split(',').map(Number));
  else for (let t = 0.05; t < 0.99; t += 0.025) grid.push(t);
  for (const t of grid) {
    const all = replay(w, t, only);
    const score = (m: Map<string, string>) =>
      process.env.PICK === 'bcubed' ? scoreClusters(new Map([...goldFor(only)].filter(([k]) => m.has(k))), m).bcubed : pairwise(pairCounts(m));
    const s = score(all);
    const perSet = SETS.length > 1 && !process.env.PICK_POOLED ? SETS.map((set) => score(new Map([...all].filter(([path]) => setOfPath.get(path) === set)))) : [s];
    const ok = perSet.every((x) => x.p >= MIN_PRECISION);
    const f1 = perSet.reduce((a, x) => a + x.f1, 0) / perSet.length;
    if ((ok && !best.ok) || (ok === best.ok && f1 > best.aim)) best = { t: Math.round(t * 1000) / 1000, p: s.p, r: s.r, f1: s.f1, aim: f1, ok };
  }
  return best;
}

/** Same-story pairs: gold, predicted and both, counted from the cluster sizes (B-cubed is not needed to pick). */
function pairCounts(predicted: Map<string, string>): { tp: number; gp: number; pp: number } {
  const c2 = (n: number) => (n * (n - 1)) / 2;
  const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const g = new Map<string, number>();
  const p = new Map<string, number>();
  const both = new Map<string, number>();
  for (const [path, story] of predicted) {
    count(g, goldOf.get(path)!);
    count(p, story);
    count(both, `${goldOf.get(path)}\u0000${story}`);
  }
  const sum = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + c2(n), 0);
  return { tp: sum(both), gp: sum(g), pp: sum(p) };
}
function pairwise(c: { tp: number; gp: number; pp: number }): { p: number; r: number; f1: number } {
  const p = c.pp ? c.tp / c.pp : 1;
  const r = c.gp ? c.tp / c.gp : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

// 5-fold cross-validation by gold story: fit on four folds' pairs, pick the threshold there, score the fifth
const stories = [...new Set(gold.map((g) => g.story))].sort();
const foldOf = new Map(stories.map((s, i) => [s, i % 5]));
const cv: { p: number; r: number; f1: number; t: number }[] = [];
const pooled = { tp: 0, gp: 0, pp: 0 };
const pooledBySet = new Map(SETS.map((set) => [set, { tp: 0, gp: 0, pp: 0 }]));
// CV_CURVE=1: the pooled CV at fixed thresholds too, to compare two models at equal precision
// THRESHOLD=dev picks the final threshold on all dev with the model fitted on all dev (in sample, as
// before 2026-12-05); THRESHOLD=cv (the default) picks it on the pooled CV curve, out of fold: the
// threshold whose held-out joins score best, where an in-sample pick rewards the scores the model
// gives the very pairs it was fitted on.
const THRESHOLD_FROM = process.env.THRESHOLD ?? 'cv';
if (!['cv', 'dev'].includes(THRESHOLD_FROM)) throw new Error(`THRESHOLD=${THRESHOLD_FROM}: not one of cv, dev`);
const GRID = Array.from({ length: 19 }, (_, i) => Math.round((0.5 + i * 0.025) * 1000) / 1000);
const curveThresholds = process.env.CV_T ? process.env.CV_T.split(',').map(Number) : process.env.CV_CURVE || THRESHOLD_FROM === 'cv' ? GRID : [];
const pooledAt = new Map(curveThresholds.map((t) => [t, { tp: 0, gp: 0, pp: 0 }]));
const pooledAtSet = new Map(SETS.flatMap((set) => curveThresholds.map((t) => [`${set} ${t}`, { tp: 0, gp: 0, pp: 0 }])));
for (let k = 0; k < (process.env.QUICK ? 0 : 5); k++) {
  const trainStories = new Set(stories.filter((s) => foldOf.get(s) !== k));
  const heldStories = new Set(stories.filter((s) => foldOf.get(s) === k));
  const inTrain = (p: Pair) => trainStories.has(goldOf.get(pathOf.get(p.a)!)!) && trainStories.has(goldOf.get(pathOf.get(p.b)!)!);
  const w = fitBoth(pairs.filter(inTrain), aggRows.filter((r) => trainStories.has(r.story) && trainStories.has(r.candidate)), trainStories);
  const t = process.env.FIXED_T ? Number(process.env.FIXED_T) : pickThreshold(w, trainStories).t;
  cv.push({ ...scoreClusters(goldFor(heldStories), replay(w, t, heldStories)).pairwise, t });
  // Scored within the held-out fold only, a held-out article that wrongly joins a training story costs
  // nothing, so precision reads high (99% where all dev gives 92%). Pooled instead: every pair with a
  // held-out article in it, over the whole dev placed with the fold's model.
  addPooled(pooled, w, t, trainStories, heldStories);
  for (const set of SETS) addPooled(pooledBySet.get(set)!, w, t, trainStories, heldStories, set);
  for (const ct of curveThresholds) {
    addPooled(pooledAt.get(ct)!, w, ct, trainStories, heldStories);
    for (const set of SETS) addPooled(pooledAtSet.get(`${set} ${ct}`)!, w, ct, trainStories, heldStories, set);
  }
}
const honest = pairwise(pooled);
/**
 * The threshold of the pooled CV curve: the best mean of the sets' F1 among those whose precision over
 * the whole dev is at least MIN_PRECISION (else the best mean F1).
 */
function pickFromCurve(): { t: number; p: number; r: number; f1: number } {
  let best = { t: 0.5, p: 0, r: 0, f1: 0, aim: -1, ok: false };
  for (const [t, c] of pooledAt) {
    const s = pairwise(c);
    const ok = s.p >= MIN_PRECISION;
    const aim = SETS.map((set) => pairwise(pooledAtSet.get(`${set} ${t}`)!).f1).reduce((a, b) => a + b, 0) / SETS.length;
    if ((ok && !best.ok) || (ok === best.ok && aim > best.aim)) best = { t, ...s, aim, ok };
  }
  return best;
}
for (const [ct, c] of pooledAt) {
  if (!process.env.CV_CURVE && !process.env.CV_T) break;
  const s = pairwise(c);
  const per = SETS.map((set) => pairwise(pooledAtSet.get(`${set} ${ct}`)!)).map((x, i) => `${SETS[i]} ${pct(x.p)}/${pct(x.r)}/${pct(x.f1)}`);
  console.log(`  pooled CV at threshold ${ct.toFixed(3)}: P ${pct(s.p)} R ${pct(s.r)} F1 ${pct(s.f1)}  (${per.join(', ')})`);
}

/** Adds the fold's pooled pair counts: every pair with a held-out article in it, the whole dev placed with the fold's model. */
function addPooled(into: { tp: number; gp: number; pp: number }, w: Weights, t: number, trainStories: Set<string>, heldStories: Set<string>, set?: StorySetName) {
  const all = new Map([...replay(w, t)].filter(([path]) => !set || setOfPath.get(path) === set));
  const a = pairCounts(all);
  const trainOnly = pairCounts(new Map([...all].filter(([path]) => trainStories.has(goldOf.get(path)!))));
  const heldOnly = pairCounts(new Map([...all].filter(([path]) => heldStories.has(goldOf.get(path)!))));
  // a pair across two folds is held out in both: half in each, so every pair counts once in all
  for (const k of ['tp', 'gp', 'pp'] as const) into[k] += heldOnly[k] + (a[k] - trainOnly[k] - heldOnly[k]) / 2;
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(`5-fold CV by story (pairwise, held-out folds): P ${pct(mean(cv.map((c) => c.p)))} R ${pct(mean(cv.map((c) => c.r)))} F1 ${pct(mean(cv.map((c) => c.f1)))} (thresholds ${cv.map((c) => c.t).join(', ')}; per fold F1 ${cv.map((c) => pct(c.f1)).join(', ')})`);
console.log(`5-fold CV, pooled over pairs with a held-out article (wrong joins into training stories count): P ${pct(honest.p)} R ${pct(honest.r)} F1 ${pct(honest.f1)} (DATES=${DATES}${datePrior ? `, GRACE=${dateGraceDays}` : ''})`);
for (const [set, c] of pooledBySet) {
  const s = pairwise(c);
  console.log(`  pooled CV, ${set} dev only: P ${pct(s.p)} R ${pct(s.r)} F1 ${pct(s.f1)}`);
}

const { pair: weights, aggregate: aggWeights } = process.env.SHIPPED ? { pair: STORY_MODEL.weights, aggregate: STORY_MODEL.aggregate } : fitBoth(pairs, aggRows);
const picked = pickThreshold({ pair: weights, aggregate: aggWeights });
let chosen = picked;
if (THRESHOLD_FROM === 'cv') {
  const t = pickFromCurve().t;
  const s = scoreClusters(goldFor(), replay({ pair: weights, aggregate: aggWeights }, t)).pairwise;
  chosen = { t, ...s };
  const cvAt = pairwise(pooledAt.get(t)!);
  console.log(`threshold from the pooled CV curve: ${t} (pooled CV there P ${pct(cvAt.p)} R ${pct(cvAt.r)} F1 ${pct(cvAt.f1)}); the in-sample pick on all dev would be ${picked.t}`);
}
if (process.env.CURVE) for (const t of (process.env.PICK_GRID ?? '0.5,0.6,0.7,0.75,0.8,0.85,0.9,0.925,0.95').split(',').map(Number)) {
  const all = replay({ pair: weights, aggregate: aggWeights }, t);
  const s = scoreClusters(goldFor(), all).pairwise;
  const per = SETS.map((set) => { const only = new Set(gold.filter((g) => g.articles.some((a) => setOfPath.get(a) === set)).map((g) => g.story)); const sc = scoreClusters(goldFor(only), new Map([...all].filter(([p]) => setOfPath.get(p) === set))); return `${set} ${pct(sc.pairwise.p)}/${pct(sc.pairwise.r)} b3 ${pct(sc.bcubed.p)}/${pct(sc.bcubed.r)}`; });
  console.log(`  in-sample threshold ${t.toFixed(3)}: P ${pct(s.p)} R ${pct(s.r)} F1 ${pct(s.f1)}  ${per.join('  ')}`);
  // each labelled file of a set with several (BBC dev), scored on its own articles
  const files = SETS.flatMap((set) => [...storySetFiles('dev', set)].filter(() => storySetFiles('dev', set).size > 1));
  if (files.length) console.log(`    ${files.map(([file, st]) => { const only = new Set(st.map((g) => g.story)); const sc = scoreClusters(goldFor(only), new Map([...all].filter(([p]) => only.has(goldOf.get(p)!)))); return `${file.replace(/\.jsonl$/, '')} ${pct(sc.pairwise.p)}/${pct(sc.pairwise.r)}`; }).join('  ')}`);
}
console.log(`all dev: weights ${JSON.stringify(weights)}, story aggregate ${JSON.stringify(aggWeights)}, threshold ${chosen.t}: pairwise P ${pct(chosen.p)} R ${pct(chosen.r)} F1 ${pct(chosen.f1)}`);
for (const set of SETS) {
  const only = new Set(gold.filter((g) => g.articles.some((a) => setOfPath.get(a) === set)).map((g) => g.story));
  const sc = scoreClusters(goldFor(only), replay({ pair: weights, aggregate: aggWeights }, chosen.t, only));
  console.log(`  all dev, ${set}: pairwise P ${pct(sc.pairwise.p)} R ${pct(sc.pairwise.r)} F1 ${pct(sc.pairwise.f1)}, B-cubed F1 ${pct(sc.bcubed.f1)}`);
}
if (process.env.DIAG) {
  const log: { id: string; best: string | null; p: number; second: number; joins: boolean }[] = [];
  const got = replay({ pair: weights, aggregate: aggWeights }, chosen.t, undefined, log);
  const label = new Map(gold.map((g) => [g.story, g.label]));
  const byGold = new Map<string, string[]>();
  for (const id of ids) byGold.set(goldOf.get(pathOf.get(id)!)!, [...(byGold.get(goldOf.get(pathOf.get(id)!)!) ?? []), id]);
  const goldOfId = (id: string) => goldOf.get(pathOf.get(id)!)!;
  const predOf = (id: string) => got.get(pathOf.get(id)!)!;
  console.log('\njoins into a story holding none of the article\'s gold story:');
  for (const l of log) {
    if (!l.joins) continue;
    const mates = [...got].filter(([path, st]) => st === predOf(l.id) && ing.idOf.get(path) !== l.id).map(([path]) => goldOf.get(path));
    if (!mates.includes(goldOfId(l.id))) console.log(`  p ${l.p.toFixed(3)} second ${l.second.toFixed(3)} [${label.get(goldOfId(l.id))}] → [${label.get(mates[0]!)}]`);
  }
  for (const [g, members] of byGold) {
    if (members.length < Number(process.env.DIAG)) continue;
    console.log(`\n${label.get(g)} (${members.length})`);
    for (const id of members) {
      const l = log.find((x) => x.id === id)!;
      const bestGold = l.best === null ? '-' : [...got].find(([path, st]) => st === l.best && ids.includes(ing.idOf.get(path)!))?.[0];
      const right = bestGold && bestGold !== '-' ? goldOf.get(bestGold) === g : false;
      console.log(`  ${id.padEnd(40)} → ${predOf(id).slice(0, 30).padEnd(30)} best p ${l.p.toFixed(3)} ${right ? 'own' : 'OTHER'} second ${l.second.toFixed(3)} ${l.joins ? 'joins' : 'starts'}  ${sigOf.get(id)!.published ?? ''}`);
    }
  }
}
// DUMP=file: the grouping of all dev (label path → story) as the model fitted here (SHIPPED=1: the shipped
// one) places it at DUMP_T (else the chosen threshold), for bench/stories-compare.ts (per file, bootstrap).
if (process.env.DUMP) {
  const t = process.env.DUMP_T ? Number(process.env.DUMP_T) : process.env.SHIPPED ? STORY_MODEL.threshold : chosen.t;
  writeFileSync(process.env.DUMP, JSON.stringify({ threshold: t, extra: EXTRA, stories: Object.fromEntries(replay({ pair: weights, aggregate: aggWeights }, t)) }));
  console.log(`wrote ${process.env.DUMP} (threshold ${t})`);
}
if (process.env.NO_WRITE) process.exit(0);

const file = resolve(ROOT, 'src/query/story-weights.ts');
const fitted = `npm run fit:stories on ${new Date().toISOString().slice(0, 10)}: dev split of ${SETS.join(' and ')}, ${ids.length} articles, dates ${DATES}${datePrior ? ` (grace ${dateGraceDays} days)` : ''}, ${pairs.length} pairs; threshold ${THRESHOLD_FROM === 'cv' ? `from the pooled CV curve (P ${pct(pairwise(pooledAt.get(chosen.t)!).p)} R ${pct(pairwise(pooledAt.get(chosen.t)!).r)} F1 ${pct(pairwise(pooledAt.get(chosen.t)!).f1)} there)` : 'picked on all dev'}; 5-fold CV pairwise F1 ${pct(mean(cv.map((c) => c.f1)))} (pooled with wrong joins into training stories: ${pct(honest.f1)})`;
writeFileSync(
  file,
  `// The story model's weights. Written by \`npm run fit:stories\` (bench/fit-stories.ts) from the dev split
// of the labelled story set; edit by refitting, not by hand.

export interface StoryModel {
  /** Logistic weights over stories.ts featureVector: bias, terms, title, names, numbers, date gap. */
  weights: number[];
  /** The story model: logistic weights over stories.ts aggregateVector (an article against a story): bias, best member's pair log-odds, centroid terms, title, names, numbers, rare, log members, share of its members among the candidates, date gap. */
  aggregate: number[];
  /**
   * True: the model was fitted without dates, and the gap between publication dates is a fixed prior
   * (every week beyond a week's grace divides the odds by e). False: the date-gap feature (stories.ts
   * dateGap, last in both vectors) has fitted weights.
   */
  datePrior: boolean;
  /** With the prior: the days apart it forgives before every further week divides the odds by e (7 when absent). */
  dateGraceDays?: number;
  /** An article joins its best-scoring story at or above this story-model probability. */
  threshold: number;
  /** Where the numbers came from. */
  fitted: string;
}

export const STORY_MODEL: StoryModel = {
  weights: ${JSON.stringify(weights)},
  aggregate: ${JSON.stringify(aggWeights)},
  datePrior: ${datePrior},${datePrior ? `\n  dateGraceDays: ${dateGraceDays},` : ''}
  threshold: ${chosen.t},
  fitted: ${JSON.stringify(fitted)},
};
`,
);
console.log(`wrote ${file}`);
