// Ask me anything: question → evidence sentences → a short answer of the right type → citations.
// Extractive and offline; it abstains when the corpus does not support an answer.

import { DeskError, type Answer, type Citation } from '../../model/index.js';
import type { Store } from '../../store/contract.js';
import { ArticleCache, round } from '../articles.js';
import { analyseQuestion, type Question } from './question.js';
import { gatherEvidence, type Evidence } from './evidence.js';
import { candidatesIn, type Candidate } from './candidates.js';
import { relatedQuestions } from './related-questions.js';
import { ABSTAIN_BELOW, answerConfidence, statesCause, poolAnswers, rankScore, softmax, typeGroup, type CandidateFeatures, type ConfidenceFeatures } from './score.js';
import { answerClause } from './clause.js';
import { ownerRival, verificationFlags, verify, vetoed, type VerificationFlags } from './verify.js';

export const NOT_SAID = 'The articles do not say.';
export { ABSTAIN_BELOW };
const MAX_QUESTION = 1000;
/** Sentence answers (why, what happened, yes/no) are read from this many of the best sentences. */
const SENTENCE_CANDIDATES = 6;

export interface AskOptions {
  /** Today (YYYY-MM-DD), the anchor for "last week" in questions; from the composition root's clock. */
  today?: string | null;
  /** Build "Explore related questions" (each checked by asking it). */
  related?: boolean;
  cache?: ArticleCache;
  /** Only these articles are read (ask within one story); absent: the whole corpus. */
  within?: string[];
  /**
   * The confidence an answer needs to be given (at least ABSTAIN_BELOW, the default): a reader who wants
   * only sure answers asks for more and gets "the articles do not say" more often.
   */
  minConfidence?: number;
}

/** One possible answer with what it was scored from. */
export interface Scored {
  text: string;
  /** Grouping key: the same answer from several sentences. */
  key: string;
  evidence: Evidence;
  /** The typed span, or null for a sentence (clause) answer. */
  span: Candidate | null;
  features: CandidateFeatures;
  /** The ranker's raw linear score: how good the candidate is on its own. */
  score: number;
  /** The ranker's probability that this is the answer (softmax of the scores over the question's candidates). */
  p: number;
}

export interface Resolved {
  answer: Answer;
  question: Question;
  evidence: Evidence[];
  /** Every candidate, best first (for fitting the models). */
  candidates: Scored[];
  /** What the confidence was computed from (null when there was nothing to judge). */
  confidence: ConfidenceFeatures | null;
  /** The answer it would have given, also when it abstained. */
  proposed: { answer: string; citations: Citation[] } | null;
}

export async function ask(store: Store, question: string, opts: AskOptions = {}): Promise<Answer> {
  const r = await answerQuestion(store, question, opts);
  if (opts.related === false || r.answer.abstained) return r.answer;
  r.answer.related = await relatedQuestions(store, r, opts.cache ?? new ArticleCache(store));
  return r.answer;
}

/** A reader's bar as an interface receives it (a query string, a JSON field, a flag): absent is undefined. */
export function readMinConfidence(v: unknown): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  if (Number.isNaN(n)) throw new DeskError('BAD_REQUEST', `minConfidence must be a number from ${ABSTAIN_BELOW} to 1, got ${JSON.stringify(v)}`);
  return answerBar(n);
}

/** The confidence an answer needs: the reader's bar, never below the desk's own. */
export function answerBar(min: number | undefined): number {
  if (min === undefined) return ABSTAIN_BELOW;
  if (!Number.isFinite(min) || min < ABSTAIN_BELOW || min > 1) throw new DeskError('BAD_REQUEST', `minConfidence must be a number from ${ABSTAIN_BELOW} to 1, got ${min}`);
  return min;
}

const SPAN_TYPES = new Set(['person', 'organisation', 'place', 'date', 'number', 'quote', 'thing']);

export async function answerQuestion(store: Store, question: string, opts: AskOptions = {}): Promise<Resolved> {
  const text = (typeof question === 'string' ? question : '').slice(0, MAX_QUESTION).trim();
  const q = analyseQuestion(text, opts.today ?? null);
  const bar = answerBar(opts.minConfidence);
  const cache = opts.cache ?? new ArticleCache(store);
  const evidence = await gatherEvidence(store, cache, q, opts.within);
  const resolved = (candidates: Scored[], scores: Omit<ConfidenceFeatures, keyof VerificationFlags> | null, rival?: { best: Scored; p: number } | null, top?: number): Resolved => {
    const best = candidates[0];
    // Verified before answering. A name the article lacks, or no word of the question in the sentence, is
    // read by the confidence model, which weighs it against the rest of the evidence (question writers add
    // context the article never states; a paraphrase the lexicon misses must lower confidence, not
    // silence); the asked relational noun ("the capital of") and whose clause the answer is in are vetoes:
    // without them the answer is to another question. The reader is told what was unmet.
    const check = best ? verify(q, best.evidence, best.text, best.span) : null;
    const flags = check ? verificationFlags(check) : null;
    const allowed = !!flags && !vetoed(flags);
    const conf: ConfidenceFeatures | null = scores && flags ? { ...scores, ...flags } : null;
    const c = conf ? answerConfidence(conf) : 0;
    const proposed = best ? { answer: best.span?.shown ?? best.text, citations: cite(supporting(best.evidence, evidence, best)) } : null;
    const given = !!proposed && c >= bar && allowed;
    const answer: Answer = {
      question: text,
      answer: given ? proposed.answer : null,
      abstained: !given,
      confidence: round(c),
      answerType: q.type,
      ...(given && best.span?.entityType ? { answerEntityType: best.span.entityType } : {}),
      citations: given ? proposed.citations : [],
      related: [],
      ...(given ? {} : { missing: check?.missing ?? [], nearby: cite(evidence.slice(0, 2)) }),
      // Held back only by the reader's bar: say so, rather than "the articles do not say".
      ...(!given && !!proposed && c >= ABSTAIN_BELOW && c < bar && allowed ? { belowBar: bar } : {}),
    };
    if (given) {
      answer.asOf = latest(answer.citations);
      const other = disagreeing(q, best, rival ?? null, top ?? 0);
      if (other) answer.disagreement = { answer: other.text, citations: cite(supporting(other.evidence, evidence, other)) };
    }
    return { answer, question: q, evidence, candidates, confidence: conf, proposed };
  };
  if (evidence.length === 0) return resolved([], null);

  // How much of the question's own words a sentence holds is a feature of every candidate, not a gate:
  // a paraphrase the lexicon misses must lower confidence, not silence the answer.
  const rankOf = new Map(evidence.map((e, i) => [e, i]));
  // A span its own sentence gives to someone else ("meet Putin in Budapest" asked where Trump meets Xi)
  // is no answer to this question: it does not compete (verify would hold it back if it won).
  const spans = SPAN_TYPES.has(q.type) ? evidence.flatMap((e, i) => candidatesIn(e, q, i)).filter((s) => ownerRival(q, s.evidence, s) === null) : [];
  // A span-typed question with no span of that type: only "what X" questions may answer with a sentence.
  if (spans.length === 0 && SPAN_TYPES.has(q.type) && q.type !== 'thing') return resolved([], null);

  const support = new Map<string, Set<Evidence>>();
  for (const s of spans) support.set(s.key, (support.get(s.key) ?? new Set()).add(s.evidence));
  const base = (e: Evidence) => ({
    coverage: e.coverage,
    content: e.content,
    names: e.names,
    articleNames: e.articleNames,
    articleScore: e.articleScore,
    relatives: e.relatives,
    lead: e.lead,
    windowContent: e.windowContent,
    articleContent: e.articleContent,
    phrase: e.phrase,
    compact: e.compact,
    rival: e.rival,
    verbIn: e.verbIn,
    dated: e.dated,
    local: e.local,
    rank: 1 / (1 + rankOf.get(e)!),
    odds: Math.exp(Math.max(-20, e.relevance - evidence[0].relevance)),
  });
  const scored: Scored[] =
    spans.length > 0
      ? spans.map((s) => {
          const features: CandidateFeatures = {
            ...base(s.evidence),
            proximity: s.proximity,
            bonus: s.bonus,
            head: s.head,
            slot: s.slot,
            kindFit: s.kindFit,
            prep: s.prep,
            echo: s.echo,
            kindName: s.kind === 'name' ? 1 : 0,
            kindNumber: s.kind === 'number' ? 1 : 0,
            kindPhrase: s.kind === 'phrase' ? 1 : 0,
            predicate: s.predicate,
            sameClause: s.sameClause,
            before: s.before,
            ownClause: s.ownClause,
            broad: s.broad,
            within: s.within,
            role: s.role,
            near: s.near,
            deictic: s.deictic,
            items: s.items,
            owner: s.owner,
            part: s.part,
            nested: s.nested,
            modifier: s.modifier,
            counts: s.counts,
            foreign: s.foreign,
            source: s.source,
            support: Math.log(support.get(s.key)!.size),
            cause: 0,
            group: typeGroup(q.type, true),
          };
          return { text: s.text, key: s.key, evidence: s.evidence, span: s, features, score: rankScore(features), p: 0 };
        })
      : evidence.slice(0, SENTENCE_CANDIDATES).map((e) => {
          const features: CandidateFeatures = { ...base(e), proximity: 0, bonus: 0, head: 0, slot: 0, kindFit: 0, prep: 0, echo: 0, kindName: 0, kindNumber: 0, kindPhrase: 0, predicate: 0, sameClause: 0, before: 0, ownClause: 1, broad: 0, within: 0, role: 0, near: 0, deictic: 0, items: 0, owner: 0, part: 0, nested: 0, modifier: 0, counts: 0, foreign: 0, source: 0, support: 0, cause: statesCause(e.hit.text), group: 'sentence' };
          const clause = answerClause(e.hit.text, e.anchors, q.type, e.predicateAt.map(([a, b]) => (a + b) / 2));
          return { text: clause, key: `${e.hit.articleId}#${e.hit.index}`, evidence: e, span: null, features, score: rankScore(features), p: 0 };
        });
  // The candidates compete: softmax over the question's candidates, then the same answer from several
  // sentences pools its probability ("Hughes" and "Beverley Hughes" are one answer).
  const probs = softmax(scored.map((c) => c.score));
  scored.forEach((c, i) => (c.p = probs[i]));
  scored.sort((a, b) => b.p - a.p || b.evidence.score - a.evidence.score);
  const [first, second] = poolAnswers(scored);
  const best = first.best;
  const ordered = [best, ...scored.filter((c) => c !== best)];
  const e = best.evidence;
  return resolved(ordered, {
    top: first.p,
    margin: first.p - (second?.p ?? 0),
    raw: best.score,
    coverage: e.coverage,
    content: e.content,
    names: e.names,
    articleNames: e.articleNames,
    head: best.features.head,
    slot: best.features.slot,
    windowContent: e.windowContent,
    articleContent: e.articleContent,
    near: best.features.near,
    rank: best.features.rank,
    odds: best.features.odds,
    phrase: e.phrase,
    predicate: best.features.predicate,
    sameClause: best.features.sameClause,
    owner: best.features.owner,
    counts: best.features.counts,
    foreign: best.features.foreign,
    group: best.features.group,
  }, second ?? null, first.p);
}

/** Fact questions whose answers can disagree between sources (a count, a date, a name). */
const DISPUTABLE = new Set(['number', 'date', 'person', 'organisation', 'place']);

/**
 * The runner-up answer, when it is a rival rather than noise: a different value for a fact question,
 * at least half as likely as the answer, from another article, and supporting every constraint of
 * the question as the answer does. Then the sources disagree, and the reader sees both with dates.
 */
function disagreeing(q: Question, best: Scored, rival: { best: Scored; p: number } | null, top: number): Scored | null {
  if (!rival || !DISPUTABLE.has(q.type) || !rival.best.span) return null;
  if (rival.p < 0.5 * top) return null;
  if (rival.best.evidence.hit.articleId === best.evidence.hit.articleId) return null;
  // the rival's sentence must hold the question's words as well as the answer's does: a sentence about
  // something else ("the G7 met in London") gives a different answer to a different question
  const [b, r] = [best.evidence, rival.best.evidence];
  if (r.content < b.content || r.coverage < b.coverage || r.names < b.names) return null;
  const check = verify(q, rival.best.evidence, rival.best.text, rival.best.span);
  return check.missing.length === 0 ? rival.best : null;
}

function latest(citations: Citation[]): string | null {
  return citations.map((c) => c.published).filter((d): d is string => !!d).sort().pop() ?? null;
}


/** The answer's sentence first, then up to two more that give the same answer or support it as well. */
function supporting(first: Evidence, pool: Evidence[], best: Scored): Evidence[] {
  const out = [first];
  const answer = best.span ? best.text.toLowerCase().split(' (')[0] : null;
  for (const e of pool) {
    if (out.length >= 3) break;
    if (out.some((o) => o.hit.articleId === e.hit.articleId && o.hit.index === e.hit.index)) continue;
    const mentionsAnswer = answer ? e.hit.text.toLowerCase().includes(answer) : false;
    if ((mentionsAnswer && e.content > 0) || e.score >= first.score * 0.9) out.push(e);
  }
  return out;
}

function cite(evidence: Evidence[]): Citation[] {
  return evidence.map((e, i) => {
    const a = e.article.article;
    return {
      n: i + 1,
      articleId: a.id,
      title: a.title,
      url: a.canonicalUrl,
      source: a.source,
      published: a.published,
      sentence: e.hit.text,
      sentenceIndex: e.hit.index,
      start: e.hit.start,
      end: e.hit.end,
    };
  });
}

