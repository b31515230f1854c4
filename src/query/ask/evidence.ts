// Retrieval for ask, in two stages: articles, then sentences within them.
//
// 1. Articles. The question's words, each with its inflections and its WordNet relatives (synonyms at
//    a lower weight, derived forms higher: "quit" finds "resigned", "born" finds "birth"), are looked
//    up in the sentence index; only the terms that identify a story (the rarest ones) take part, and
//    each candidate article is scored by the idf-weighted share of them it holds anywhere.
// 2. Sentences. Every sentence of the best articles that holds any question term is scored by how much
//    of the question it covers (names, content words, through relatives at their weight), with its
//    article's score, its neighbours and the article's title as context for names.
// Ranking happens here, from what the store returns, so SQLite and PostgreSQL rank alike.

import type { Store } from '../../store/contract.js';
import { isTitleQuote, type EntitySummary, type EntityType, type SentenceHit, type TermStats, type TimeExpr } from '../../model/index.js';
import { bm25, idf, rarestWithin } from '../bm25.js';
import { ArticleCache, type ArticleIndex, type SentenceMention } from '../articles.js';
import { indexTerms, queryTerms, termHits, termRanges, termVariants, tokens } from '../../understand/terms.js';
import { lexicalRelatives } from '../../understand/wordnet.js';
import { isFirstName, isHonorific } from '../../understand/gazetteer.js';
import { speakerForms, type Question } from './question.js';
import { fitsWhen, isCalendarValue, saysWhen } from './when.js';
import { sentenceRelevance, statesCause, typeGroup } from './score.js';

export interface Evidence {
  hit: SentenceHit;
  article: ArticleIndex;
  mentions: SentenceMention[];
  /** idf-weighted share of the question's terms that the sentence holds, 0..1 (relatives count at their weight). */
  coverage: number;
  /** idf-weighted share of the non-name terms, 0..1 (1 when the question has none). */
  content: number;
  /** Share of the question's names found in the sentence (half credit in the sentence before). */
  names: number;
  /** Share of the question's names found anywhere in the article or its title. */
  articleNames: number;
  /** Stage 1: idf-weighted share of the question's identifying terms that the article holds, 0..1. */
  articleScore: number;
  /** Share of the content weight matched only through WordNet relatives (0 when the words match as written). */
  relatives: number;
  /** The sentence opens the article (first two sentences). */
  lead: number;
  /**
   * idf-weighted share of the question's content terms held by the sentence and the two either side
   * (a question's words spread over a passage), and by the article's matching sentences and title.
   */
  windowContent: number;
  articleContent: number;
  /**
   * Word order: idf-weighted share of the question's adjacent term pairs (at least one a content word:
   * "list price", "second round") that stand within two terms of each other in the sentence.
   */
  phrase: number;
  /** How tightly the matched question terms sit: their number over the span of sentence terms they cover (0..1). */
  compact: number;
  /** The sentence's BM25 over the question's expanded terms, over the best sentence's (0..1). */
  bm25: number;
  /**
   * What the sentence holds of what sets its sentences apart within its article: the question's terms
   * weighted by their idf within the article, log((n + 1) / (n_t + 0.5)) over its n sentences, of which
   * n_t hold the term, as a share of the weight of the terms the article holds. The words of the story
   * ("trade gap", "Nintendo") stand in most of its sentences and weigh little; the word that picks the
   * sentence ("China", "jailed") stands in one.
   */
  local: number;
  /**
   * The sentence holds something of the asked type that the question does not name (1) or not (0): a
   * person, organisation or place of the answer's entity types besides the question's own, a number not
   * written in the question, a time, a quote, a stated cause; 1 for questions of other types. The
   * classic answer-type check of sentence selection: of two sentences about the question's people, the
   * one that gives a figure answers "how many".
   */
  asked: number;
  /**
   * The question names a time and the sentence's own dates (or its article's publication date) fall in
   * it at its grain or finer (1: "in December" for "in December 2004"), or only by a coarser date that
   * holds it (0.5: "in 2004"), or it is kept only because it says no date of its own and its article's
   * dates fit (0); 0 for questions that name no time. The time filter keeps all; the models weigh them.
   */
  dated: number;
  /** The sentence model's score (sentenceRelevance): the evidence is in its order, highest first. */
  relevance: number;
  /** Combined sentence score, 0..1 (the order candidates are read in). */
  score: number;
  /** Character offsets within the sentence of the matched question words. */
  anchors: number[];
  /** The same for the question's content words only (its predicate and nouns, not its names). */
  contentAnchors: number[];
  /**
   * Each matched question word with where it stands (character offsets in the sentence), the question
   * term it matched and that term's share of the question's idf weight (by how it matched: as written,
   * derived, synonym); for what stands near an answer span.
   */
  weighted: { start: number; end: number; term: string; w: number }[];
  /**
   * Share of the question's names that the sentence lacks (and its resolved pronouns and the sentence
   * before) while it names another of the same kind: a sentence about Haas answering a question about
   * Philippoussis, one country's pledge for another's.
   */
  rival: number;
  /** Where the question's main verb (Question.verb), or a relative of it, stands in the sentence: [start, end) offsets. */
  predicateAt: [number, number][];
  /** The question's main verb (or a relative) is in the sentence (1), only in the sentence before or after (0.5), in neither (0); 1 when the question has none. */
  verbIn: number;
}

/** Stage 1: how many articles go on to stage 2. */
const ARTICLES = 10;
/** Stage 2: sentences read within those articles, and how many are kept as evidence. */
const SENTENCE_HITS = 600;
const KEEP = 24;
/** Stage 2: the neighbours of this many best-matching sentences are read as well. */
const NEIGHBOURS_OF = 6;
/** How much a match through a relative counts, against 1 for the word or an inflection of it. */
const DERIVED = 0.7;
const SYNONYM = 0.45;
/** At most this many index terms are searched (the question's own first). */
const MAX_TERMS = 96;

interface Expansion {
  /** Index term → the question term it stands for, and how much a match counts. */
  of: Map<string, { primary: string; factor: number }>;
  /** Per question term, how much it matters (names and the asked noun more). */
  weight: Record<string, number>;
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const SPEAKING = new Set(['say', 'tell', 'speak', 'talk']);
const SPEAKING_FORMS: Record<string, string> = { said: 'say', says: 'say', saying: 'say', told: 'tell', tells: 'tell', telling: 'tell', spoke: 'speak', spoken: 'speak', speaks: 'speak', speaking: 'speak', talked: 'talk', talks: 'talk', talking: 'talk' };
const lemmaOfSpeaking = (w: string) => SPEAKING_FORMS[w.toLowerCase()] ?? w.toLowerCase();

/** The question's terms with their inflections and WordNet relatives. */
export function expandQuestion(q: Question): Expansion {
  const of = new Map<string, { primary: string; factor: number }>();
  const weight: Record<string, number> = {};
  const add = (term: string, primary: string, factor: number) => {
    const had = of.get(term);
    if (!had || had.factor < factor) of.set(term, { primary, factor });
  };
  for (const t of q.terms) add(t, t, 1);
  for (const n of q.names) for (const t of queryTerms(n)) weight[t] = 1.3;
  const headTerm = q.head ? queryTerms(q.head)[0] : undefined;
  if (headTerm) weight[headTerm] = 1.6;
  for (const word of q.contentWords) {
    const primary = queryTerms(word, 1)[0];
    if (!primary) continue;
    for (const v of termVariants(word)) add(v, primary, 1);
  }
  const addRelatives = (lemma: string, primary: string, synonym: number, forms: (w: string) => string[]) => {
    const rel = lexicalRelatives(lemma);
    for (const d of rel.derived) for (const v of termVariants(d)) add(v, primary, DERIVED);
    for (const x of rel.synonyms) for (const v of forms(x)) add(v, primary, synonym);
  };
  // Relatives last, so the question's own words and inflections keep the first slots.
  for (const word of q.contentWords) {
    const primary = queryTerms(word, 1)[0];
    if (primary) addRelatives(word, primary, SYNONYM, indexTerms);
    // The plain verbs of speaking stand for one another ("speak to the Sunday Independent" is "told the
    // Sunday Independent"); WordNet puts them in separate synsets.
    const speaking = lemmaOfSpeaking(word);
    if (primary && SPEAKING.has(speaking)) for (const v of SPEAKING) if (v !== speaking) for (const t of termVariants(v)) add(t, primary, SYNONYM);
  }
  // Phrasal verbs and compounds WordNet knows as one lemma ("pass away" → die, "step down" → resign):
  // one meaning, so their synonyms count like derived forms.
  const words = tokens(q.text);
  // Three words too ("out of work" → jobless, "take into custody" → arrest).
  for (let i = 0; i + 1 < words.length; i++) {
    for (const n of [2, 3]) {
      if (i + n > words.length) continue;
      const span = words.slice(i, i + n);
      const primary = span.map((w) => queryTerms(w, 1)[0]).find((t) => t !== undefined);
      if (primary && q.contentTerms.includes(primary)) addRelatives(span.join('_'), primary, DERIVED, termVariants);
    }
  }
  for (const t of q.terms) weight[t] ??= 1;
  const kept = new Map([...of].slice(0, MAX_TERMS));
  return { of: kept, weight };
}

/** `within`: only these articles (a story's) are read; absent: the whole corpus. */
export async function gatherEvidence(store: Store, cache: ArticleCache, q: Question, within?: string[], keep = KEEP): Promise<Evidence[]> {
  if (q.terms.length === 0) return [];
  const { of, weight } = expandQuestion(q);
  const searchTerms = [...of.keys()];
  const stats = await store.termStats(searchTerms);
  // How much each question term weighs (its weight × idf), computed once: it is read for every sentence.
  const weightOf = new Map<string, number>();
  const w = (primary: string) => {
    let v = weightOf.get(primary);
    if (v === undefined) weightOf.set(primary, (v = (weight[primary] ?? 1) * primaryIdf(stats, of, primary)));
    return v;
  };

  // Stage 1: the terms that identify the story. Words found in a large share of sentences ("said",
  // "year") say nothing about which article answers; the names and the rare words do.
  const primaries = [...new Set([...of.values()].map((x) => x.primary))];
  const nameTerms = new Set(q.names.flatMap((n) => queryTerms(n)));
  const identifying = primaries
    .filter((p) => idf(stats, p) >= 3 || nameTerms.has(p))
    .sort((a, b) => w(b) - w(a));
  const stage1Primaries = identifying.length ? identifying.slice(0, 10) : primaries;
  const articleScores = await scoreArticles(store, stage1Primaries, of, stats, w, within);
  // Quote questions also read the speaker's quotes, wherever they are.
  const quoteHits: SentenceHit[] = [];
  if (q.type === 'quote' && q.speaker) {
    let speakers: EntitySummary[] = [];
    for (const form of speakerForms(q.speaker)) {
      speakers = await store.findEntities(form, { limit: 3 });
      if (speakers.length) break;
    }
    for (const sp of speakers) {
      for (const qt of await store.quotes({ speakerId: sp.id, limit: 200 })) {
        if (within && !within.includes(qt.article.id)) continue;
        // a quote in the title cites no sentence (the title is not among the article's sentences)
        if (isTitleQuote(qt)) continue;
        quoteHits.push(...(await store.getSentences(qt.article.id, [qt.sentence])));
        if (!articleScores.has(qt.article.id)) articleScores.set(qt.article.id, 0);
      }
    }
  }
  let byScore = [...articleScores].sort((a, b) => b[1] - a[1] || byId(a[0], b[0])).map(([id]) => id);
  // The question's time is a constraint on the sentences kept (below); so, among the best articles by
  // their words (twice as many as are read), those whose own times or date fit it come first. The time's
  // words are no search terms, so "the US unemployment rate in December 2004" otherwise reads the ten
  // articles most about the US unemployment rate, whenever.
  if (q.when) {
    const pool = byScore.slice(0, 2 * ARTICLES);
    const fits = new Set<string>();
    for (const id of pool) {
      const a = await cache.get(id);
      if (a && fitsWhen(q.when, a.article.published, a.article.times)) fits.add(id);
    }
    byScore = [...pool.filter((id) => fits.has(id)), ...pool.filter((id) => !fits.has(id)), ...byScore.slice(pool.length)];
  }
  const top = byScore.slice(0, ARTICLES);
  if (top.length === 0) return [];

  // Stage 2: every matching sentence of those articles, with all the question's terms.
  // The sentences of a few articles are read whole and matched here: an FTS query with every expanded
  // term would first match them across the whole corpus.
  const wanted = new Set(searchTerms);
  const hits2: SentenceHit[] = [];
  const read = new Map<string, SentenceHit>();
  for (const id of top) {
    const a = await cache.get(id);
    if (!a) continue;
    const all = await store.getSentences(id, a.article.sentences.map((_, i) => i));
    for (const h of all) {
      read.set(key(h), h);
      if (h.terms.split(' ').some((t) => wanted.has(t))) hits2.push(h);
    }
  }
  hits2.splice(SENTENCE_HITS);
  const seen = new Set(hits2.map(key));
  const hits = [...hits2, ...quoteHits.filter((h) => !seen.has(key(h)) && (seen.add(key(h)), true))];
  const termWeights: Record<string, number> = {};
  for (const [t, x] of of) termWeights[t] = (weight[x.primary] ?? 1) * x.factor;
  const ranked = bm25(hits, searchTerms, stats, termWeights);
  const bestBm25 = Math.max(1e-9, ranked[0]?.score ?? 0);
  // A passage answers, not only a sentence: the sentence after (or before) one of the best matches may
  // say it in words the question does not use ("The company struggled with the more than 10 million users
  // who activated their accounts" after "... launched Disney+"). Those neighbours are read too, with no
  // matched term of their own; the sentence model weighs them by their passage (windowContent).
  const inRanked = new Set(ranked.map((r) => key(r.hit)));
  for (const r of ranked.slice(0, NEIGHBOURS_OF)) {
    for (const d of [1, -1]) {
      const n = read.get(`${r.hit.articleId}#${r.hit.index + d}`);
      if (n && !inRanked.has(key(n))) (inRanked.add(key(n)), ranked.push({ hit: n, score: 0, matched: [] }));
    }
  }

  const total = q.terms.reduce((s, t) => s + w(t), 0) || 1;
  const contentTotal = q.contentTerms.reduce((s, t) => s + w(t), 0);
  const out: (Omit<Evidence, 'anchors' | 'contentAnchors' | 'weighted' | 'mentions' | 'rival' | 'predicateAt' | 'verbIn'> & { matched: Map<string, number>; inTime: number })[] = [];
  const nameRes = nameMatchers(q.names);
  const articleNameShare = new Map<string, number>();
  // Which question terms each matching sentence holds, by article: for the passage and article shares.
  const matchedOf = (r: (typeof ranked)[number]) => {
    const m = new Map<string, number>();
    for (const t of r.matched) {
      const x = of.get(t);
      if (x && (m.get(x.primary) ?? 0) < x.factor) m.set(x.primary, x.factor);
    }
    return m;
  };
  const matchedBy = new Map(ranked.map((r) => [r, matchedOf(r)]));
  const byArticle = new Map<string, { index: number; matched: Map<string, number> }[]>();
  for (const r of ranked) {
    const list = byArticle.get(r.hit.articleId) ?? [];
    list.push({ index: r.hit.index, matched: matchedBy.get(r)! });
    byArticle.set(r.hit.articleId, list);
  }
  const contentShare = (ms: Map<string, number>[]) => {
    if (contentTotal <= 0) return 1;
    return q.contentTerms.reduce((s, t) => s + Math.max(0, ...ms.map((m) => m.get(t) ?? 0)) * w(t), 0) / contentTotal;
  };
  const articleContentOf = new Map<string, number>();
  /** Per article, each question term's idf within it (see Evidence.local) and their sum. */
  const localOf = new Map<string, { idf: Map<string, number>; total: number }>();
  /** How well each article's own dates fit the asked time (fit below), for its sentences that say none. */
  const articleTime = new Map<string, number>();
  const pairs = questionPairs(q);
  for (const r of ranked) {
    const article = await cache.get(r.hit.articleId);
    if (!article) continue;
    // The best factor each question term was matched with in this sentence.
    const matched = matchedBy.get(r)!;
    const got = (t: string) => (matched.get(t) ?? 0) * w(t);
    const coverage = q.terms.reduce((s, t) => s + got(t), 0) / total;
    const content = contentTotal > 0 ? q.contentTerms.reduce((s, t) => s + got(t), 0) / contentTotal : 1;
    const asWritten = contentTotal > 0 ? q.contentTerms.reduce((s, t) => s + (matched.get(t) === 1 ? w(t) : 0), 0) / contentTotal : 1;
    // Who a sentence is about also when it says "he" or "the company": the people its quotes and events
    // were resolved to (the annotators' coreference) count as named in it.
    const names = nameShare(nameRes, `${r.hit.text}\n${article.resolvedNames(r.hit.index).join('\n')}`, article.sentenceText(r.hit.index - 1), article.article.title);
    let articleNames = articleNameShare.get(r.hit.articleId);
    if (articleNames === undefined) {
      articleNames = nameShare(nameRes, article.article.title, article.article.text, '');
      articleNameShare.set(r.hit.articleId, articleNames);
    }
    const articleScore = articleScores.get(r.hit.articleId) ?? 0;
    const siblings = byArticle.get(r.hit.articleId) ?? [];
    const windowContent = contentShare(siblings.filter((x) => Math.abs(x.index - r.hit.index) <= 2).map((x) => x.matched));
    let articleContent = articleContentOf.get(r.hit.articleId);
    if (articleContent === undefined) {
      const title = new Set(indexTerms(article.article.title));
      const fromTitle = new Map<string, number>();
      for (const [t, x] of of) if (title.has(t) && (fromTitle.get(x.primary) ?? 0) < x.factor) fromTitle.set(x.primary, x.factor);
      articleContent = contentShare([...siblings.map((x) => x.matched), fromTitle]);
      articleContentOf.set(r.hit.articleId, articleContent);
    }
    let within = localOf.get(r.hit.articleId);
    if (!within) {
      const n = article.article.sentences.length;
      const idf = new Map<string, number>();
      let sum = 0;
      for (const t of q.terms) {
        const holders = siblings.filter((x) => x.matched.has(t)).length;
        if (!holders) continue;
        const v = Math.log((n + 1) / (holders + 0.5));
        idf.set(t, v);
        sum += w(t) * v;
      }
      localOf.set(r.hit.articleId, (within = { idf, total: sum }));
    }
    const local = within.total > 0 ? q.terms.reduce((s, t) => s + got(t) * (within.idf.get(t) ?? 0), 0) / within.total : 0;
    const { phrase, compact } = wordOrder(r.hit.terms.split(' '), of, pairs, w); // the stored terms, in sentence order
    let score =
      q.names.length > 0
        ? 0.35 * coverage + 0.3 * content + 0.15 * names + 0.2 * articleScore
        : 0.45 * coverage + 0.35 * content + 0.2 * articleScore;
    score = 0.9 * score + 0.1 * (r.score / bestBm25);
    // A question about "last week" prefers articles from then and sentences dated then.
    let inTime = 2;
    let dated = 0;
    if (q.when) {
      const when = q.when;
      const fit = (times: TimeExpr[]) => (fitsWhen(when, article.article.published, times, true) ? 2 : fitsWhen(when, article.article.published, times) ? 1 : 0);
      const own = article.article.times.filter((t) => t.sentence === r.hit.index);
      inTime = fit(own);
      dated = inTime === 0 ? 0 : saysWhen(when, article.article.published, own) ? 1 : 0.5;
      // A sentence that says no date of its own is of its article's time: "New vehicle sales jumped 22%"
      // in an article that says "during 2004" answers a question about 2004.
      if (inTime === 0 && !own.some((t) => isCalendarValue(t.value))) {
        const id = r.hit.articleId;
        if (!articleTime.has(id)) articleTime.set(id, fit(article.article.times));
        inTime = articleTime.get(id)!;
      }
      score = inTime ? Math.min(1, score + 0.15) : score * 0.75;
    }
    out.push({
      hit: r.hit,
      article,
      matched,
      coverage,
      content,
      names,
      articleNames,
      articleScore,
      relatives: Math.max(0, content - asWritten),
      lead: r.hit.index <= 1 ? 1 : 0,
      windowContent,
      articleContent,
      phrase,
      compact,
      bm25: r.score / bestBm25,
      local,
      asked: holdsAsked(q, article, r.hit.index, r.hit.text),
      dated,
      score,
      relevance: 0,
      inTime,
    });
  }
  // The learned sentence model orders the evidence (the hand-weighted score when none is fitted).
  const group = typeGroup(q.type, true);
  for (const e of out) e.relevance = sentenceRelevance(e, undefined, group);
  // Ties go by article id and sentence, so every store gives the same order whatever order its rows come in.
  out.sort((a, b) => b.relevance - a.relevance || recency(b) - recency(a) || byId(a.hit.articleId, b.hit.articleId) || a.hit.index - b.hit.index);
  // The question's time is a constraint: when some evidence is of that time (the named interval first,
  // then the days since), the rest does not answer it.
  const fit = Math.max(0, ...out.map((e) => e.inTime));
  if (q.when && fit > 0) out.splice(0, out.length, ...out.filter((e) => e.inTime === fit));
  // Where the question's words stand, and the sentence's names: only for the sentences kept.
  const contentSet = new Set(q.contentTerms);
  const kept = out.slice(0, keep);
  const verb = q.verb;
  const verbTerms = new Set(verb ? [...of].filter(([, x]) => x.primary === verb).map(([t]) => t) : []);
  const nameTypes = questionNameTypes(nameRes, kept.map((e) => e.article));
  return kept.map(({ matched, inTime: _, ...e }) => {
    const mentions = e.article.mentions(e.hit.index).map((m) => ({ ...m, start: m.start - e.hit.start, end: m.end - e.hit.start }));
    const predicateAt = verbTerms.size ? termRanges(e.hit.text, verbTerms) : [];
    const anchorTerms = new Set([...of].filter(([, x]) => matched.has(x.primary)).map(([t]) => t));
    const contentAnchorTerms = new Set([...anchorTerms].filter((t) => contentSet.has(of.get(t)!.primary)));
    // One pass over the sentence finds every matched word with its term.
    const hits = termHits(e.hit.text, anchorTerms);
    const ranges = hits.map((h) => [h.start, h.end]);
    const contentRanges = hits.filter((h) => contentAnchorTerms.has(h.term)).map((h) => [h.start, h.end]);
    const weighted = hits.map((h) => {
      const { primary, factor } = of.get(h.term)!;
      return { start: h.start, end: h.end, term: primary, w: (factor * w(primary)) / total };
    });
    return {
      ...e,
      mentions,
      anchors: ranges.map(([a, b]) => (a + b) / 2),
      contentAnchors: contentRanges.map(([a, b]) => (a + b) / 2),
      weighted,
      rival: rivalShare(nameRes, nameTypes, e.article, e.hit.index, e.hit.text, mentions),
      predicateAt,
      verbIn: !verb || predicateAt.length ? 1 : [-1, 1].some((d) => termRanges(e.article.sentenceText(e.hit.index + d), verbTerms).length) ? 0.5 : 0,
    };
  });
}

/** See Evidence.asked. */
export function holdsAsked(q: Question, article: ArticleIndex, index: number, text: string): number {
  switch (q.type) {
    case 'person':
    case 'organisation':
    case 'place': {
      const named = article.entitiesNamed(q.names);
      return article.mentions(index).some((m) => q.slotTypes.includes(m.type) && !named.has(m.entityId)) ? 1 : 0;
    }
    case 'number': {
      const asked = q.text.toLowerCase();
      return article.numbersIn(index).some((n) => !asked.includes(n.toLowerCase())) ? 1 : 0;
    }
    case 'date':
      return article.hasTime(index) ? 1 : 0;
    case 'quote':
      return article.hasQuote(index) || /["\u201c\u201d]/.test(text) ? 1 : 0;
    case 'reason':
      return statesCause(text);
    default:
      return 1;
  }
}

/** The question's adjacent term pairs (stop words dropped), each with at least one content term. */
export function questionPairs(q: Question): [string, string][] {
  const known = new Set(q.terms);
  const content = new Set(q.contentTerms);
  const seq = indexTerms(q.text).filter((t) => known.has(t));
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < seq.length; i++) {
    const [a, b] = [seq[i], seq[i + 1]];
    if (a !== b && (content.has(a) || content.has(b)) && !out.some(([x, y]) => x === a && y === b)) out.push([a, b]);
  }
  return out;
}

/**
 * Word-order features of a sentence (its index terms in order): which question pairs it keeps together (in either order, at most
 * two terms apart, matched through inflections and derived forms), and how compact its matches are.
 */
export function wordOrder(terms: string[], of: Expansion['of'], pairs: [string, string][], w: (p: string) => number): { phrase: number; compact: number } {
  const pairTotal = pairs.reduce((s, [a, b]) => s + w(a) + w(b), 0);
  const seq = terms.map((t) => {
    const x = of.get(t);
    return x && x.factor >= DERIVED ? x.primary : null;
  });
  const at = new Map<string, number[]>();
  seq.forEach((p, i) => {
    if (p) (at.get(p) ?? at.set(p, []).get(p)!).push(i);
  });
  let got = 0;
  for (const [a, b] of pairs) {
    const [pa, pb] = [at.get(a), at.get(b)];
    if (pa && pb && pa.some((i) => pb.some((j) => i !== j && Math.abs(i - j) <= 2))) got += w(a) + w(b);
  }
  // The shortest run of sentence terms holding every matched question term once.
  const need = at.size;
  let compact = 0;
  if (need > 1) {
    const count = new Map<string, number>();
    let have = 0;
    let best = Infinity;
    for (let lo = 0, hi = 0; hi < seq.length; hi++) {
      const p = seq[hi];
      if (p) (count.set(p, (count.get(p) ?? 0) + 1), count.get(p) === 1 && have++);
      while (have === need && lo <= hi) {
        best = Math.min(best, hi - lo + 1);
        const q = seq[lo++];
        if (q) (count.set(q, count.get(q)! - 1), count.get(q) === 0 && have--);
      }
    }
    compact = need / best;
  } else if (need === 1) compact = 1;
  return { phrase: pairTotal > 0 ? got / pairTotal : 0, compact };
}

/** Stage 1 reads at most about this many articles' postings in full; the rest are only checked. */
const ARTICLE_BUDGET = 4000;
/**
 * Over the corpus, a term held by more articles than this answers for its best articles only (those
 * holding it in the most sentences; store/topk.ts): its postings stop growing with the corpus.
 */
const ARTICLES_PER_TERM = 500;
/** Articles scored on every identifying term (the best by the rare terms alone). */
const SHORTLIST = 40;

/**
 * Articles by the idf-weighted share of the identifying terms they hold anywhere (through inflections
 * and derived forms; synonyms are too loose to pick articles by). Evaluated rarest term first, as in
 * MaxScore: the rare terms' postings give the candidates, and the common terms, whose postings grow
 * with the corpus, are only checked on the shortlist. An article holding none of the rare terms scores
 * at most the common terms' share; it is missed only when that share beats the shortlist's, which the
 * weights make rare. So the cost follows the rare terms' article counts, not the corpus size.
 */
async function scoreArticles(
  store: Store,
  primaries: string[],
  of: Expansion['of'],
  stats: TermStats,
  w: (primary: string) => number,
  within?: string[],
): Promise<Map<string, number>> {
  const variants = new Map<string, string[]>();
  for (const [t, x] of of) if (primaries.includes(x.primary) && x.factor >= DERIVED) variants.set(x.primary, [...(variants.get(x.primary) ?? []), t]);
  const adf = (p: string) => (variants.get(p) ?? []).reduce((s, t) => s + (stats.adf[t] ?? 0), 0);
  const { essential, rest } = rarestWithin(primaries, adf, ARTICLE_BUDGET);
  const total = primaries.reduce((s, p) => s + w(p), 0) || 1;
  const got = new Map<string, Map<string, number>>();
  const credit = (rows: { articleId: string; terms: string[] }[]) => {
    for (const r of rows) {
      const m = got.get(r.articleId) ?? new Map<string, number>();
      for (const t of r.terms) {
        const x = of.get(t)!;
        if ((m.get(x.primary) ?? 0) < x.factor) m.set(x.primary, x.factor);
      }
      got.set(r.articleId, m);
    }
  };
  const score = (m: Map<string, number>) => [...m].reduce((s, [p, f]) => s + f * w(p), 0) / total;
  credit(await store.termArticles(essential.flatMap((p) => variants.get(p)!), within ? { articleIds: within } : { perTerm: ARTICLES_PER_TERM }));
  // a term answered for its best articles only is, for the others, checked on the shortlist like the rest
  const bounded = within ? [] : essential.filter((p) => variants.get(p)!.some((t) => (stats.adf[t] ?? 0) > ARTICLES_PER_TERM));
  if ((rest.length || bounded.length) && got.size) {
    // scored once each, not at every comparison: the rare terms can bring thousands of articles
    const scored = [...got].map(([id, m]) => [id, score(m)] as const);
    const shortlist = scored.sort((a, b) => b[1] - a[1] || byId(a[0], b[0])).slice(0, SHORTLIST).map(([id]) => id);
    credit(await store.termArticles([...rest, ...bounded].flatMap((p) => variants.get(p)!), { articleIds: shortlist }));
  }
  return new Map([...got].map(([id, m]) => [id, score(m)]));
}

/** A question term's idf, from the most frequent of its inflections (what the sentence-level df sees). */
function primaryIdf(stats: TermStats, of: Expansion['of'], primary: string): number {
  return idf(stats, primary) || Math.min(...[...of].filter(([, x]) => x.primary === primary && x.factor === 1).map(([t]) => idf(stats, t)), 10);
}

function key(h: SentenceHit): string {
  return `${h.articleId}#${h.index}`;
}

function recency(e: Pick<Evidence, 'article'>): number {
  return Date.parse(e.article.article.published ?? e.article.article.addedAt) || 0;
}

// Words that do not identify an organisation on their own ("Cairn Energy" is found as "Cairn").
const GENERIC_NAME_WORDS = new Set(
  'energy group bank party university company corporation corp inc ltd plc holdings international national news council committee ministry department agency union association institute foundation trust services systems'.split(' '),
);

/** A name as a whole-word, case-blind pattern, with a plain lowercase key to skip texts that lack it. */
export interface NameMatcher {
  key: string;
  re: RegExp;
}

const matches = (m: NameMatcher, text: string, lower: string) => lower.includes(m.key) && m.re.test(text);

/** For each question name, the patterns that find it: the whole name, then its distinctive word. */
export function nameMatchers(names: string[]): NameMatcher[][] {
  return names.map((name) => {
    const tokens = name.split(/\s+/);
    const distinctive = tokens.filter((p) => p.length > 1 && !GENERIC_NAME_WORDS.has(p.toLowerCase()) && !/^(of|the|and|for)$/i.test(p));
    const keys = [name];
    // "Sir Nicholas Scott" is "Sir Nicholas" and "Nicholas Scott" after the first mention, and "Mr Scott"
    if (tokens.length === 3 && isHonorific(tokens[0]) && isFirstName(tokens[1].toLowerCase())) keys.push(`${tokens[0]} ${tokens[1]}`, `${tokens[1]} ${tokens[2]}`, tokens[2]);
    else if (tokens.length > 1 && distinctive.length === 1) keys.push(distinctive[0]); // "Cairn Energy" → Cairn
    else if (tokens.length <= 3 && distinctive.length === tokens.length) keys.push(tokens[tokens.length - 1]); // "Marion Jones" → Jones
    return keys.map((k) => ({ key: k.toLowerCase(), re: wholeWords(k, 'iu') }));
  });
}

/**
 * The entity type of each question name, from the first evidence article that names it (an entity whose
 * name or one of whose mentions the name matches); null when no evidence article names it.
 */
export function questionNameTypes(names: NameMatcher[][], articles: ArticleIndex[]): (EntityType | null)[] {
  const seen = new Set<ArticleIndex>();
  const types: (EntityType | null)[] = names.map(() => null);
  for (const a of articles) {
    if (seen.has(a)) continue;
    seen.add(a);
    names.forEach((ms, i) => {
      if (types[i]) return;
      const hit = a.article.entities.find((e) => [e.name, ...e.mentions.map((m) => m.text)].some((t) => ms.some((m) => matches(m, t, t.toLowerCase()))));
      if (hit) types[i] = hit.type;
    });
    if (types.every(Boolean)) break;
  }
  return types;
}

/**
 * How many of the question's names the sentence stands in for with another of the same type: the name
 * is not in the sentence, its resolved pronouns or the sentence before, and the sentence names an
 * entity of the name's type that is no question name. Over all the question's names (0 with none).
 */
export function rivalShare(names: NameMatcher[][], types: (EntityType | null)[], article: ArticleIndex, index: number, text: string, mentions: SentenceMention[]): number {
  if (names.length === 0) return 0;
  const context = `${text}\n${article.resolvedNames(index).join('\n')}\n${article.sentenceText(index - 1)}`;
  const lower = context.toLowerCase();
  const isQuestionName = (t: string) => names.some((ms) => ms.some((m) => matches(m, t, t.toLowerCase())));
  let rivals = 0;
  names.forEach((ms, i) => {
    const type = types[i];
    if (!type || ms.some((m) => matches(m, context, lower))) return;
    if (mentions.some((m) => m.type === type && !isQuestionName(m.text) && !isQuestionName(m.name))) rivals++;
  });
  return rivals / names.length;
}

/** Names in `text` count fully, in `previous` by half, in `title` (the article's topic) by 0.4. */
function nameShare(names: NameMatcher[][], text: string, previous: string, title: string): number {
  if (names.length === 0) return 1;
  let got = 0;
  const [t, p, h] = [text.toLowerCase(), previous.toLowerCase(), title.toLowerCase()];
  for (const ms of names) {
    if (ms.some((m) => matches(m, text, t))) got += 1;
    else if (ms.some((m) => matches(m, previous, p))) got += 0.5;
    else if (matches(ms[0], title, h)) got += 0.4;
  }
  return got / names.length;
}

/** `s` as a run of whole words: not inside a longer word or number. */
export function wholeWords(s: string, flags = 'u'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(s)}(?![\\p{L}\\p{N}])`, flags);
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
