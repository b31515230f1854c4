// Stories: every stored article joins the developing story it belongs to, or starts one.
//
// Method: single-pass clustering in the order articles were stored (the streaming setting of Miranda
// et al., EMNLP 2018). At its turn an article gets a signature (its most distinctive terms weighted by
// how rare they were *then*, its title terms, a MinHash of its wording); candidates come from the
// index (articles holding its rarest terms, within a postings budget, so the cost does not grow with
// the corpus); each candidate member is scored by a logistic model fitted on the dev split of the
// labelled story set (bench/fit-stories.ts → story-weights.ts). A story is then scored as a whole by a
// second fitted model: every member that joins one carries the story's aggregate as of then (its
// members' term, name and title vectors summed, their figures, their dates), and the story model reads
// the best member's pair log-odds, the article's cosines to the latest aggregate among its candidates,
// how rare the words are that its candidate members share with the article (by document frequency),
// and the story's size; so an article that shares the vocabulary and the rare names a story has built
// up over several members is linked to it even when no single member is close enough. The article
// joins the story that scores highest, when that clears the fitted threshold.
//
// Stable by construction: a decision only reads articles stored before this one and statistics as of
// its turn (corpus counts minus the articles still queued after it), and is never revisited, so adding
// articles later never moves or renames a story, and a rebuild (every article queued again in its
// original order) decides exactly as the incremental run did.

import type { ArticleSummary, SentenceHit, StoryAggregate, StorySignature } from '../model/index.js';
import type { Store } from '../store/contract.js';
import { indexTerms, tokens } from '../understand/terms.js';
import { UPPER_FIRST } from '../understand/tokens.js';
import { STORY_MODEL, type StoryModel } from './story-weights.js';
import { TERM_IDS, signatureView, viewAggregate, type IdList, type IdVector } from '../store/signature-ids.js';
import { readFileSync } from 'node:fs';

/**
 * A prior on article frequencies: general news vocabulary (BBC 2004-05 articles outside the labelled
 * sets; bench/make-background.ts) counted as a pseudo-corpus of PRIOR_ARTICLES articles beside the
 * desk's own. A desk of a dozen articles cannot tell on its own that "said" is common and "Calloway"
 * is not; as the desk grows its own counts take over.
 */
const BACKGROUND = JSON.parse(readFileSync(new URL('./data/background-df.json', import.meta.url), 'utf8')) as {
  articles: number;
  df: Record<string, number>;
};
// 100 from dev (5-fold CV pairwise F1: none 67.2, 100 69.2, 300 67.9, 1000 67.0)
const PRIOR_ARTICLES = 100;

/** Terms kept in a signature: enough to compare two articles, small enough to store with each. */
const SIGNATURE_TERMS = 64;
const NAME_TERMS = 32;
/**
 * Rare terms whose article postings are read for candidates, and their postings budget. (28 and 32
 * tried on 2026-12-07, the model as fitted: dev pairwise F1 bbc 42.5 -> 42.7 / 42.6, dated 76.4 -> 84.3 /
 * 88.2, most of it one dated story's articles found; 28 on test: bbc P / R / F1 93.3 / 35.2 / 51.1 ->
 * 90.8 / 36.1 / 51.6, dated 87.9 unchanged. A dev gain from one story that costs precision on test: kept at 24.)
 */
const RARE_TERMS = 24;
const CANDIDATE_POSTINGS = 3000;
/** Earlier articles scored per new article (the best by shared rare terms). */
const CANDIDATES = 50;
const MINHASH = 64;
/** Terms (and names, title terms, figures) a story's running aggregate keeps: the heaviest. */
const AGGREGATE_TERMS = 96;
const AGGREGATE_FIGURES = 60;
const SHINGLE = 5;
/** Estimated Jaccard of word 5-shingles at or above which an article is a copy of an earlier one. */
export const DUPLICATE_JACCARD = 0.8;

export interface PairFeatures {
  /** Cosine of the two term signatures. */
  terms: number;
  /** Cosine of the title terms. */
  title: number;
  /** Estimated Jaccard of their word 5-shingles (MinHash). */
  jaccard: number;
  /** Cosine of the capitalised-word (name) signatures. */
  names: number;
  /** Figures they share, as a share of the smaller set (0 when either gives none). */
  numbers: number;
  /**
   * How rare the words they share are: Σ log(1 + 1/df) over the article's rarest index terms (those
   * its candidates were read from) that the other article, or any candidate member of the story, holds.
   * Set from the index by `decide` (0 from the signatures alone); only the story model reads it.
   */
  rare: number;

  /** Days between their publication dates, or null when either has none. */
  gapDays: number | null;
}

export function pairFeatures(a: StorySignature, b: StorySignature): PairFeatures {
  return {
    terms: cosine(a.terms, b.terms),
    title: cosine(a.title, b.title),
    jaccard: minhashJaccard(a.minhash, b.minhash),
    names: cosine(a.names ?? {}, b.names ?? {}),
    numbers: setShare(a.numbers ?? [], b.numbers ?? []),
    rare: 0,

    gapDays: a.published && b.published ? Math.abs(days(a.published) - days(b.published)) : null,
  };
}

/**
 * The same features against a story's aggregate (the sum of its members' vectors, as kept by its latest
 * member known to this turn): the cosine to the story's centroid, the title terms of all its members,
 * every figure it gave. A member's idiosyncratic words are diluted in the sum and the story's own words
 * add up, so a new article that shares the story's vocabulary spread over several members scores higher
 * than against any one of them, and one that shares a single member's side topic scores lower.
 */
export function aggregateFeatures(a: StorySignature, s: StoryAggregate, rare = 0): PairFeatures {
  return {
    terms: cosine(a.terms, s.terms) / norm(s.terms),
    title: cosine(a.title, s.title) / norm(s.title),
    jaccard: 0,
    names: cosine(a.names ?? {}, s.names) / norm(s.names),
    numbers: setShare(a.numbers ?? [], s.numbers),
    rare,
    // days outside the story's span of dates: the same prior as between two articles
    gapDays: a.published && s.first && s.last ? Math.max(0, days(s.first) - days(a.published), days(a.published) - days(s.last)) : null,
  };
}

/** The story aggregate as of a member: its own, or that of the one article it stands for. */
export function aggregateOf(sig: StorySignature): StoryAggregate {
  return sig.story ?? { members: 1, terms: sig.terms, names: sig.names ?? {}, title: sig.title, numbers: sig.numbers ?? [], first: sig.published, last: sig.published };
}

/** The members of the story aggregate as of a member (aggregateOf(sig).members), without making its records. */
function aggregateSize(sig: StorySignature): number {
  const v = signatureView(sig);
  if (v) return v.members;
  return aggregateOf(sig).members;
}

/**
 * pairFeatures(a, b) for a member `b` as the store read it: through its term ids when it was read as
 * ids (store/signature-ids.ts), with the same sums in the same order, else from its records.
 */
export function memberFeatures(a: StorySignature, b: StorySignature): PairFeatures {
  for (;;) {
    const v = signatureView(b);
    if (!v) return pairFeatures(a, b);
    const f: PairFeatures = {
      terms: cosineIds(a.terms, v.terms),
      title: cosineIds(a.title, v.title),
      jaccard: minhashJaccard(a.minhash, v.minhash),
      names: cosineIds(a.names ?? {}, v.names),
      numbers: setShareIds(a.numbers ?? [], v.numbers),
      rare: 0,

      gapDays: a.published && v.published ? Math.abs(days(a.published) - days(v.published)) : null,
    };
    // (the table of ids was emptied meanwhile: read again)
    if (v.epoch === TERM_IDS.epoch) return f;
  }
}

/** aggregateFeatures(a, aggregateOf(member), rare), through the member's term ids when it was read as ids. */
export function memberAggregateFeatures(a: StorySignature, member: StorySignature, rare = 0): PairFeatures {
  for (;;) {
    const v = signatureView(member);
    if (!v) return aggregateFeatures(a, aggregateOf(member), rare);
    const s = viewAggregate(v);
    const f: PairFeatures = {
      terms: cosineIds(a.terms, s.terms) / s.terms.norm,
      title: cosineIds(a.title, s.title) / s.title.norm,
      jaccard: 0,
      names: cosineIds(a.names ?? {}, s.names) / s.names.norm,
      numbers: setShareIds(a.numbers ?? [], s.numbers),
      rare,
      gapDays: a.published && s.first && s.last ? Math.max(0, days(s.first) - days(a.published), days(a.published) - days(s.last)) : null,
    };
    if (v.epoch === TERM_IDS.epoch) return f;
  }
}

/** A story's aggregate once `sig` joins it. */
export function extendAggregate(s: StoryAggregate, sig: StorySignature): StoryAggregate {
  const sum = (x: Record<string, number>, y: Record<string, number>) => {
    const out: Record<string, number> = { ...x };
    for (const t in y) out[t] = (Object.hasOwn(out, t) ? out[t] : 0) + y[t];
    const kept = Object.entries(out)
      .sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1))
      .slice(0, AGGREGATE_TERMS);
    return Object.fromEntries(kept.map(([t, w]) => [t, round(w, 4)]));
  };
  const numbers = [...s.numbers];
  for (const n of sig.numbers ?? []) if (numbers.length < AGGREGATE_FIGURES && !numbers.includes(n)) numbers.push(n);
  return {
    members: s.members + 1,
    terms: sum(s.terms, sig.terms),
    names: sum(s.names, sig.names ?? {}),
    title: sum(s.title, sig.title),
    numbers,
    first: [s.first, sig.published].filter((d): d is string => !!d).sort()[0] ?? null,
    last: [s.last, sig.published].filter((d): d is string => !!d).sort().pop() ?? null,
  };
}

/** The features the logistic model reads, in STORY_MODEL.weights order (bias first): cosines of the terms, titles and names, shared figures. */
export function featureVector(f: PairFeatures): number[] {
  // Jaccard, shared-term share and terms×title were tried too: they overlap the cosines so much that
  // their weights swung from fold to fold (terms −5.3…9.5, jaccard −4.2…11.2 over the five dev folds).
  // The shared terms' rarity (f.rare) adds nothing here: 5-fold CV pooled F1 64.5 → 64.6, weight 0.16.
  return [1, f.terms, f.title, f.names, f.numbers, dateGap(f.gapDays)];
}

/**
 * The date-gap feature: log(1 + days) between two articles (or outside a story's span of dates), 0
 * when either date is unknown, so undated articles are scored on their words alone. Read only by a
 * model fitted with it (`datePrior: false`); an older model applies the fixed prior instead.
 */
export function dateGap(gapDays: number | null): number {
  return gapDays === null ? 0 : Math.log1p(gapDays);
}

/**
 * How the story's own articles vouch for the new one, one by one (max-link and beyond): the pair
 * model's log-odds for each of its members among the article's candidates, best first.
 */
export interface StoryLinks {
  /** Pair log-odds of the story's candidate members, highest first (at least one). */
  logits: number[];
}

/**
 * The features the story model reads, in STORY_MODEL.aggregate order: the pair model's log-odds for
 * the story's best member, the cosines to the story's centroid and its figures (`f`, from
 * aggregateFeatures), the rarity of the words any of its candidate members shares with the article,
 * its size (a centroid of many articles is closer to any article on its topic), the share of its
 * members that are among the article's candidates (a story most of whose articles share the
 * article's rare words, against one that shares them through a single member), and (last) the date gap.
 */
export function aggregateVector(f: PairFeatures, members: number, links: StoryLinks): number[] {
  const coverage = Math.min(1, links.logits.length / Math.max(1, members));
  return [1, links.logits[0], f.terms, f.title, f.names, f.numbers, f.rare, Math.log(members), coverage, dateGap(f.gapDays)];
}

/**
 * Probability that two articles report the same story. With a model fitted on undated labels only
 * (`datePrior`), the gap between publication dates is a prior, not fitted: beyond a week's grace every
 * further week apart divides the odds by e. A model fitted on dated labels reads the gap as a feature.
 */
export function pairScore(f: PairFeatures, model: StoryModel = STORY_MODEL): number {
  return 1 / (1 + Math.exp(-(pairLogit(f, model) - gapPrior(f.gapDays, model))));
}

/** The pair model's log-odds from the words alone (no date prior). */
export function pairLogit(f: PairFeatures, model: StoryModel = STORY_MODEL): number {
  let z = 0;
  featureVector(f).forEach((x, i) => (z += x * (model.weights[i] ?? 0)));
  return z;
}

function gapPrior(gapDays: number | null, model: StoryModel): number {
  return gapDays === null || !model.datePrior ? 0 : Math.max(0, gapDays - (model.dateGraceDays ?? GAP_GRACE_DAYS)) / 7;
}
const GAP_GRACE_DAYS = 7;

/**
 * Probability that an article belongs to a story of `members` articles: the story model over its best
 * member's pair log-odds and its features against the story's aggregate (with a dated model, the days
 * outside the story's span among them), less, with an undated model, the date prior on those days.
 */
export function storyScore(f: PairFeatures, members: number, links: StoryLinks, model: StoryModel = STORY_MODEL): number {
  let z = 0;
  aggregateVector(f, members, links).forEach((x, i) => (z += x * (model.aggregate[i] ?? 0)));
  return 1 / (1 + Math.exp(-(z - gapPrior(f.gapDays, model))));
}


export interface PlaceReport {
  placed: number;
  started: number;
  joined: number;
}

export interface PlaceOptions {
  now: () => Date;
  model?: StoryModel;
  onProgress?: (done: number, total: number) => void;
  /**
   * For fitting: every scored (article, earlier member) pair with its features; `rareShared`: the
   * article's rare terms the member holds, each with its log(1 + 1/df).
   */
  onPair?: (articleId: string, memberId: string, f: PairFeatures, rareShared: Record<string, number>) => void;
  /** For diagnosis: the rare terms an article's candidates were read by, and every holder ranked (candidates first). */
  onCandidates?: (articleId: string, chosen: string[], ranked: { id: string; w: number }[], candidates: string[]) => void;
}

/**
 * Places every queued article in a story, oldest first. Cheap when the queue holds one batch; after
 * `resetStories` it is the rebuild (two passes over the corpus: the counts of queued articles, then
 * the decisions).
 */
export async function placeQueued(store: Store, opts: PlaceOptions): Promise<PlaceReport> {
  const report: PlaceReport = { placed: 0, started: 0, joined: 0 };
  const queue = await store.storyQueue({ limit: 100000 });
  if (queue.length === 0) return report;
  const model = opts.model ?? STORY_MODEL;

  // Statistics as of each article's turn: the store's counts less the articles queued after it.
  const pending = new Map<string, number>();
  for (const id of queue) for (const t of await articleTermSet(store, id)) pending.set(t, (pending.get(t) ?? 0) + 1);

  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    const [summary] = await store.getSummaries([id]);
    const sentences = await store.getSentences(id, 'all');
    if (!summary) continue;
    const mine = termCounts(summary, sentences);
    for (const t of sentenceTermSet(sentences)) {
      const n = (pending.get(t) ?? 1) - 1;
      if (n > 0) pending.set(t, n);
      else pending.delete(t);
    }
    const stats = await store.termStats([...mine.keys()]);
    const later = queue.length - i - 1;
    const articles = Math.max(1, stats.articles - later);
    // asked for each term many times over (the signature's weights, the candidates' sort): taken once
    const adfOf = new Map<string, number>();
    const adf = (t: string) => {
      let n = adfOf.get(t);
      if (n === undefined) {
        n = Math.max(1, (stats.adf[t] ?? 0) - (pending.get(t) ?? 0));
        adfOf.set(t, n);
      }
      return n;
    };
    const text = sentences.map((s) => s.text).join(' ');
    const sig = signature(summary, mine, adf, articles, text, nameCounts(sentences));

    const decision = await decide(store, id, sig, mine, adf, model, opts.onPair, opts.onCandidates);
    const storyId = await store.joinStory({
      articleId: id,
      storyId: decision.storyId,
      signature: decision.aggregate ? { ...sig, story: decision.aggregate } : sig,
      score: decision.score,
      reason: await reasonText(store, decision, sentences),
      duplicateOf: decision.duplicateOf,
      now: opts.now().toISOString(),
    });
    if (storyId !== null) {
      report.placed++;
      if (decision.storyId === null) report.started++;
      else report.joined++;
    }
    opts.onProgress?.(i + 1, queue.length);
  }
  return report;
}

/** Empties every story and places every article again, in the order they were stored. */
export async function rebuildStories(store: Store, opts: PlaceOptions): Promise<PlaceReport> {
  await store.resetStories();
  return placeQueued(store, opts);
}

interface Decision {
  storyId: string | null;
  /** The story's aggregate with this article in it, when it joins one. */
  aggregate?: StoryAggregate;
  score: number;
  /** The member it matched best (joined), or the nearest one it did not join. */
  member: string | null;
  memberScore: number;
  /** The number of articles of the story's aggregate when it scored higher than its best member (else 0). */
  whole: number;
  shared: string[];
  duplicateOf: string | null;
  gapDays: number | null;
  threshold: number;
}

async function decide(
  store: Store,
  id: string,
  sig: StorySignature,
  mine: Map<string, number>,
  adf: (t: string) => number,
  model: StoryModel,
  onPair: PlaceOptions['onPair'],
  onCandidates?: PlaceOptions['onCandidates'],
): Promise<Decision> {
  const none: Decision = { storyId: null, score: 1, member: null, memberScore: 0, whole: 0, shared: [], duplicateOf: null, gapDays: null, threshold: model.threshold };
  // Candidates: the articles holding its rarest terms (held by some earlier article: adf ≥ 2).
  const rare = [...mine.keys()].filter((t) => adf(t) >= 2).sort((a, b) => adf(a) - adf(b) || (a < b ? -1 : 1));
  const chosen: string[] = [];
  let spent = 0;
  for (const t of rare) {
    if (chosen.length >= RARE_TERMS || (chosen.length > 0 && spent + adf(t) > CANDIDATE_POSTINGS)) break;
    chosen.push(t);
    spent += adf(t);
  }
  if (chosen.length === 0) return none;
  // how much sharing a term says: log(1 + 1/df), large for a term few articles hold
  const rarities = new Map(chosen.map((t) => [t, Math.log(1 + 1 / adf(t))]));
  const rarity = (t: string) => rarities.get(t) ?? Math.log(1 + 1 / adf(t));
  const holders = (await store.termArticles(chosen))
    .filter((h) => h.articleId !== id)
    .map((h) => ({ id: h.articleId, terms: h.terms, w: h.terms.reduce((s, t) => s + rarity(t), 0) }))
    .sort((a, b) => b.w - a.w || (a.id < b.id ? -1 : 1));
  // Only articles already in a story are earlier than this one: the best CANDIDATES of those by the
  // rarity they share. Ranked first, then asked about best first, a few at a time, so that a placed
  // corpus answers about ~60 ids instead of every holder (up to ~3,000 at 20,000 articles).
  const ranked = await bestPlaced(store, holders, CANDIDATES);
  onCandidates?.(id, chosen, holders, ranked.map((r) => r.id));
  const members = new Map((await store.storyMembers(ranked.map((r) => r.id))).map((m) => [m.articleId, m]));
  const termsOf = new Map(ranked.map((r) => [r.id, r.terms]));

  let duplicateOf: string | null = null;
  let dupP = -1;
  const byStory = new Map<string, { member: string; p: number; f: PairFeatures }[]>();
  for (const c of ranked) {
    const m = members.get(c.id)!;
    const f = { ...memberFeatures(sig, m.signature), rare: c.w };
    onPair?.(id, c.id, f, Object.fromEntries(c.terms.map((t) => [t, rarity(t)])));
    const p = pairScore(f, model);
    if (f.jaccard >= DUPLICATE_JACCARD && p > dupP) (duplicateOf = c.id), (dupP = p);
    byStory.set(m.storyId, [...(byStory.get(m.storyId) ?? []), { member: c.id, p, f }]);
  }
  let top: { storyId: string; member: string; p: number; f: PairFeatures; of: StorySignature; size: number } | null = null;
  for (const [storyId, scored] of byStory) {
    scored.sort((a, b) => b.p - a.p || (a.member < b.member ? -1 : 1));
    // the story as its latest member among the candidates knew it (the first of the largest aggregates)
    let of = members.get(scored[0].member)!.signature;
    let size = aggregateSize(of);
    for (let i = 1; i < scored.length; i++) {
      const s = members.get(scored[i].member)!.signature;
      const n = aggregateSize(s);
      if (n > size) (of = s), (size = n);
    }
    // the story's rare-term overlap: the article's rare terms that any of its candidate members holds
    const held = new Set(scored.flatMap((x) => termsOf.get(x.member)!));
    const rare = [...held].reduce((s, t) => s + rarity(t), 0);
    const links = { logits: scored.map((x) => pairLogit(x.f, model)) };
    const p = storyScore(memberAggregateFeatures(sig, of, rare), size, links, model);
    if (!top || p > top.p || (p === top.p && storyId < top.storyId))
      top = { storyId, member: scored[0].member, p, f: scored[0].f, of, size };
  }
  if (!top) return none;
  // the chosen story's aggregate as records (a member read as ids makes them only now)
  const aggregate = aggregateOf(top.of);
  const best = { ...top, aggregate, whole: top.size > 1 };
  const shared = Object.keys(sig.terms)
    .filter((t) => Object.hasOwn(members.get(best!.member)!.signature.terms, t))
    .sort((a, b) => sig.terms[b] * members.get(best!.member)!.signature.terms[b] - sig.terms[a] * members.get(best!.member)!.signature.terms[a]);
  // A copy joins its original's story whatever the model says.
  const join = best.p >= model.threshold || duplicateOf !== null;
  return {
    storyId: join ? best.storyId : null,
    aggregate: join ? extendAggregate(best.aggregate, sig) : undefined,
    score: join ? round(best.p) : 1,
    member: best.member,
    memberScore: round(best.p),
    whole: best.whole ? best.aggregate.members : 0,
    shared: shared.slice(0, 4),
    duplicateOf: join ? duplicateOf : null,
    gapDays: best.f.gapDays,
    threshold: model.threshold,
  };
}

/**
 * The first `n` of `ranked` (in its order) that are already in a story: exactly
 * `ranked.filter(placed).slice(0, n)`, asking the store about ids in growing chunks, best first.
 */
export async function bestPlaced<T extends { id: string }>(store: Pick<Store, 'storyOf'>, ranked: T[], n: number): Promise<T[]> {
  const out: T[] = [];
  let chunk = n + (n >> 2);
  for (let i = 0; i < ranked.length && out.length < n; i += chunk, chunk *= 2) {
    const part = ranked.slice(i, i + chunk);
    const placed = new Set((await store.storyOf(part.map((r) => r.id))).map((m) => m.articleId));
    for (const r of part) if (placed.has(r.id) && out.length < n) out.push(r);
  }
  return out;
}

async function reasonText(store: Store, d: Decision, sentences: SentenceHit[]): Promise<string> {
  if (d.member === null) return 'starts a story: no earlier article shares its rarer words';
  const [other] = await store.getSummaries([d.member]);
  const title = other ? `“${other.title}”` : 'an earlier article';
  const words = surfaceForms(d.shared, sentences);
  const sharing = words.length ? ` (both about ${words.map((w) => `“${w}”`).join(', ')})` : '';
  if (d.duplicateOf) return `a copy of ${title}`;
  const whole = d.whole ? ` and the story's ${d.whole} articles as a whole` : '';
  if (d.storyId !== null) return `joins ${title}${whole}${sharing}, score ${d.memberScore.toFixed(2)}`;
  const gap = d.gapDays !== null && d.gapDays > GAP_GRACE_DAYS ? `, ${Math.round(d.gapDays)} days apart` : '';
  return `starts a story: nearest is ${title}${whole}${sharing}, score ${d.memberScore.toFixed(2)} below ${d.threshold.toFixed(2)}${gap}`;
}

// ---- Signatures ----

/** Index-term counts of an article: its sentences, and its title counted twice (a headline says what it is about). */
function termCounts(summary: ArticleSummary, sentences: SentenceHit[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const s of sentences) for (const t of s.terms.split(' ')) if (t) tf.set(t, (tf.get(t) ?? 0) + 1);
  for (const t of indexTerms(summary.title)) tf.set(t, (tf.get(t) ?? 0) + 2);
  return tf;
}

/** Index terms of capitalised words that do not open a sentence: names of people, places, bodies, events. */
function nameCounts(sentences: SentenceHit[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of sentences) {
    let first = true;
    for (const m of s.text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
      // (UPPER_FIRST is /^\p{Lu}/u, made once: tsx's esbuild turns a \p literal into a new RegExp each time it runs)
      if (!first && UPPER_FIRST.test(m[0])) {
        for (const t of indexTerms(m[0])) if (t.length > 1) out.set(t, (out.get(t) ?? 0) + 1);
      }
      first = false;
    }
  }
  return out;
}

/** The terms the store counts in its article frequencies: those of the sentences (titles are not indexed). */
function sentenceTermSet(sentences: SentenceHit[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const t of s.terms.split(' ')) if (t) out.add(t);
  return out;
}

async function articleTermSet(store: Store, id: string): Promise<Set<string>> {
  return sentenceTermSet(await store.getSentences(id, 'all'));
}

export function signature(
  summary: Pick<ArticleSummary, 'title' | 'published'>,
  tf: Map<string, number>,
  adf: (t: string) => number,
  articles: number,
  text: string,
  names: Map<string, number> = new Map(),
): StorySignature {
  const prior = (t: string) => (PRIOR_ARTICLES * (BACKGROUND.df[t] ?? 0)) / BACKGROUND.articles;
  const idf = (t: string) => Math.log((articles + PRIOR_ARTICLES + 1) / (adf(t) + prior(t)));
  const nameWeights = [...names.entries()]
    .map(([t, n]) => [t, (1 + Math.log(n)) * idf(t)] as [string, number])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, NAME_TERMS);
  const weighted = [...tf.entries()]
    .filter(([t]) => t.length > 1 && !/^\d+$/.test(t))
    .map(([t, n]) => [t, (1 + Math.log(n)) * idf(t)] as [string, number])
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, SIGNATURE_TERMS);
  const title = [...new Set(indexTerms(summary.title))].filter((t) => !/^\d+$/.test(t)).map((t) => [t, idf(t)] as [string, number]);
  return {
    terms: normalised(weighted),
    title: normalised(title),
    names: normalised(nameWeights),
    numbers: figures(text),
    minhash: minhash(text),
    published: summary.published ? summary.published.slice(0, 10) : null,
  };
}

function normalised(pairs: [string, number][]): Record<string, number> {
  const norm = Math.sqrt(pairs.reduce((s, [, w]) => s + w * w, 0)) || 1;
  const out: Record<string, number> = {};
  for (const [t, w] of pairs) out[t] = round(w / norm, 4);
  return out;
}

/** Euclidean length of a vector (1 for an empty one, so that dividing by it leaves a zero cosine). */
function norm(v: Record<string, number>): number {
  let n = NORMS.get(v);
  if (n === undefined) {
    n = 0;
    for (const t in v) n += v[t] * v[t];
    n = Math.sqrt(n) || 1;
    NORMS.set(v, n);
  }
  return n;
}

/**
 * Dot product of two weight records. Only b's own weights count: a term such as "constructor" is not
 * one of a plain object's (its inherited function would make the sum NaN), and the stored records read
 * back without a prototype at all (store/rows.ts), so both kinds give the same answer.
 */
function cosine(a: Record<string, number>, b: Record<string, number>): number {
  const x = entriesOf(a);
  let s = 0;
  if (Object.getPrototypeOf(b) === null) {
    // A stored record (no prototype, so no inherited name is taken for a weight) is looked up as it is:
    // its Map would cost more to build than the lookups it saves, and once the corpus outgrows the
    // parsed-signature cache most members' records are new objects, each compared once or twice.
    for (let i = 0; i < x.terms.length; i++) {
      const w = b[x.terms[i]];
      if (typeof w === 'number') s += x.weights[i] * w;
    }
    return s;
  }
  const y = weightsOf(b);
  for (let i = 0; i < x.terms.length; i++) {
    const w = y.get(x.terms[i]);
    if (w !== undefined) s += x.weights[i] * w;
  }
  return s;
}

// A signature's records are compared with some fifty others per placement, and a stored member's with
// every article that has it as a candidate: each record's terms and weights (in `for…in` order) and its
// own numeric weights as a Map are taken once per record object, not walked and looked up by key again
// on every comparison. The sums add the same products in the same order. Records are never changed
// once made (stored ones are frozen), so a record object stands for its contents.
const ENTRIES = new WeakMap<Record<string, number>, { terms: string[]; weights: number[] }>();
const WEIGHTS = new WeakMap<Record<string, number>, Map<string, number>>();
const NORMS = new WeakMap<Record<string, number>, number>();

function entriesOf(v: Record<string, number>): { terms: string[]; weights: number[] } {
  let e = ENTRIES.get(v);
  if (!e) {
    e = { terms: [], weights: [] };
    for (const t in v) {
      e.terms.push(t);
      e.weights.push(v[t]);
    }
    ENTRIES.set(v, e);
  }
  return e;
}

function weightsOf(v: Record<string, number>): Map<string, number> {
  let m = WEIGHTS.get(v);
  if (!m) {
    m = new Map();
    // own numeric weights only (an inherited "constructor" is not a weight)
    for (const t of Object.keys(v)) if (typeof v[t] === 'number') m.set(t, v[t]);
    WEIGHTS.set(v, m);
  }
  return m;
}

/**
 * cosine(a, b) for a vector `b` read as ids: a's weights (in its `for…in` order) times b's for the
 * terms b holds, b's weights set out by id in a scratch array first.
 */
function cosineIds(a: Record<string, number>, b: IdVector): number {
  const x = idsOf(a);
  const stamp = mark(b.ids, b.start, b.end);
  for (let j = b.start; j < b.end; j++) SCRATCH_WEIGHT[b.ids[j]] = b.weights[j];
  let s = 0;
  for (let i = 0; i < x.ids.length; i++) {
    const id = x.ids[i];
    if (id >= 0 && SCRATCH_STAMP[id] === stamp) s += x.weights[i] * SCRATCH_WEIGHT[id];
  }
  return s;
}

/** setShare(a, b) for a list `b` read as ids. */
function setShareIds(a: string[], b: IdList): number {
  if (a.length === 0 || b.end === b.start) return 0;
  const x = listIdsOf(a);
  const stamp = mark(b.ids, b.start, b.end);
  let n = 0;
  for (let i = 0; i < x.ids.length; i++) {
    const id = x.ids[i];
    if (id >= 0 && SCRATCH_STAMP[id] === stamp) n++;
  }
  return n / Math.min(a.length, b.end - b.start);
}

/** A list's strings as ids of the current epoch. */
function listIdsOf(a: string[]): { epoch: number; ids: Int32Array } {
  let e = LIST_IDS.get(a);
  if (!e || e.epoch !== TERM_IDS.epoch) LIST_IDS.set(a, (e = stringIds(a)));
  return e;
}

/** Strings as ids, all of one epoch: if the table is emptied midway, they are looked up again. */
function stringIds(terms: readonly string[]): { epoch: number; ids: Int32Array } {
  const ids = new Int32Array(terms.length);
  let epoch: number;
  do {
    epoch = TERM_IDS.epoch;
    for (let i = 0; i < terms.length; i++) ids[i] = TERM_IDS.ofString(terms[i]);
  } while (epoch !== TERM_IDS.epoch);
  return { epoch, ids };
}
const LIST_IDS = new WeakMap<string[], { epoch: number; ids: Int32Array }>();

/** A record's terms as ids of the current epoch, with its weights, in `for…in` order (entriesOf's). */
function idsOf(v: Record<string, number>): { epoch: number; ids: Int32Array; weights: number[] } {
  let e = IDS.get(v);
  if (!e || e.epoch !== TERM_IDS.epoch) {
    const { terms, weights } = entriesOf(v);
    IDS.set(v, (e = { ...stringIds(terms), weights }));
  }
  return e;
}
const IDS = new WeakMap<Record<string, number>, { epoch: number; ids: Int32Array; weights: number[] }>();

/** Marks ids [start, end) of `ids` in the scratch arrays (grown to the table's size): a fresh stamp, returned. */
function mark(ids: Int32Array, start: number, end: number): number {
  if (SCRATCH_STAMP.length < TERM_IDS.count) {
    const size = Math.max(TERM_IDS.count, SCRATCH_STAMP.length * 2);
    SCRATCH_STAMP = new Int32Array(size);
    SCRATCH_WEIGHT = new Float64Array(size);
    stampNow = 0;
  }
  if (++stampNow === 0x7fffffff) {
    SCRATCH_STAMP.fill(0);
    stampNow = 1;
  }
  for (let j = start; j < end; j++) SCRATCH_STAMP[ids[j]] = stampNow;
  return stampNow;
}
let SCRATCH_STAMP = new Int32Array(1 << 16);
let SCRATCH_WEIGHT = new Float64Array(1 << 16);
let stampNow = 0;

function setShare(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const bs = new Set(b);
  return a.filter((x) => bs.has(x)).length / Math.min(a.length, b.length);
}

/** Distinct figures of a text, normalised ("1,200" → "1200"), years and one-digit counts left out (too common to tell events apart). */
function figures(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\d[\d,.]*\d|\d/g)) {
    const v = m[0].replace(/,(?=\d{3}\b)/g, '').replace(/\.$/, '');
    if (v.length < 2 || /^(19|20)\d\d$/.test(v)) continue;
    out.add(v);
    if (out.size >= 40) break;
  }
  return [...out].sort();
}


// MinHash over word 5-shingles, hand-written: 64 seeded 32-bit hashes of each shingle's FNV-1a hash
// (a dependency for twenty lines would be more to keep than the lines).
export function minhash(text: string): number[] {
  const words = tokens(text);
  // The minima kept as signed 32-bit integers, each value's top bit flipped (v ^ 0x80000000 orders as
  // v does unsigned), so the inner loop stays in integer arithmetic: the same minima as mix32's
  // unsigned values compared as numbers, turned back at the end.
  const mins = new Int32Array(MINHASH).fill(0x7fffffff);
  for (let i = 0; i + SHINGLE <= Math.max(words.length, SHINGLE); i++) {
    const h = fnv1aWords(words, i, Math.min(i + SHINGLE, words.length)) | 0;
    for (let k = 0; k < MINHASH; k++) {
      const v = mix32Signed(h ^ SEEDS_SIGNED[k]) ^ 0x80000000;
      if (v < mins[k]) mins[k] = v;
    }
  }
  return Array.from(mins, (m) => (m ^ 0x80000000) >>> 0);
}

export function minhashJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let same = 0;
  for (let k = 0; k < a.length; k++) if (a[k] === b[k]) same++;
  return same / a.length;
}

const SEEDS = Array.from({ length: MINHASH }, (_, k) => mix32(0x9e3779b9 + k * 0x85ebca6b));
const SEEDS_SIGNED = Int32Array.from(SEEDS);

/** FNV-1a of words.slice(from, to).join(' '), without building the string (one per word of every article). */
function fnv1aWords(words: string[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let j = from; j < to; j++) {
    if (j > from) {
      h ^= 32;
      h = Math.imul(h, 0x01000193);
    }
    const w = words[j];
    for (let i = 0; i < w.length; i++) {
      h ^= w.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return h >>> 0;
}

/** murmur3's finaliser: a good 32-bit mix. */
function mix32(x: number): number {
  return mix32Signed(x) >>> 0;
}

/** mix32's bits as a signed 32-bit integer. */
function mix32Signed(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}

/**
 * A readable word of the article for each index term (the first word, in sentence order, that reduces
 * to it). A word's index terms are among its sentence's stored terms, so only the sentences that hold a
 * term still looked for are read word by word (no word can span two sentences).
 */
function surfaceForms(terms: string[], sentences: SentenceHit[]): string[] {
  const wanted = new Set(terms);
  const found = new Map<string, string>();
  for (const s of sentences) {
    if (found.size === wanted.size) break;
    const held = new Set(s.terms.split(' '));
    if (![...wanted].some((t) => !found.has(t) && held.has(t))) continue;
    for (const m of s.text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
      const t = indexTerms(m[0])[0];
      if (t && wanted.has(t) && !found.has(t)) found.set(t, m[0]);
      if (found.size === wanted.size) break;
    }
  }
  return terms.flatMap((t) => found.get(t) ?? []);
}

function days(iso: string): number {
  return Date.parse(iso.slice(0, 10) + 'T00:00:00Z') / 86_400_000;
}

function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
