// Ask me anything: question → evidence sentences → a short answer of the right type → citations.
// Extractive and offline; it abstains when the corpus does not support an answer.

import type { Answer, Citation } from '../../model/index.js';
import type { Store } from '../../store/contract.js';
import { ArticleCache, round } from '../articles.js';
import { analyseQuestion, type Question } from './question.js';
import { gatherEvidence, type Evidence } from './evidence.js';
import { candidatesIn, type Candidate } from './candidates.js';
import { relatedQuestions } from './related-questions.js';
import { answerConfidence, rankScore, typeGroup, type CandidateFeatures, type ConfidenceFeatures } from './score.js';
import { answerClause } from './clause.js';

export const NOT_SAID = 'The articles do not say.';
/** Below this confidence the desk abstains rather than guess (the confidence is calibrated on dev folds). */
export const ABSTAIN_BELOW = 0.5;
const MAX_QUESTION = 1000;
/** Sentence answers (why, what happened, yes/no) are read from this many of the best sentences. */
const SENTENCE_CANDIDATES = 6;

export interface AskOptions {
  /** Today (YYYY-MM-DD), the anchor for "last week" in questions; from the composition root's clock. */
  today?: string | null;
  /** Build "Explore related questions" (each checked by asking it). */
  related?: boolean;
  cache?: ArticleCache;
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
  /** The ranker's probability that this is the answer. */
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

const SPAN_TYPES = new Set(['person', 'organisation', 'place', 'date', 'number', 'quote', 'thing']);

export async function answerQuestion(store: Store, question: string, opts: AskOptions = {}): Promise<Resolved> {
  const text = (typeof question === 'string' ? question : '').slice(0, MAX_QUESTION).trim();
  const q = analyseQuestion(text, opts.today ?? null);
  const cache = opts.cache ?? new ArticleCache(store);
  const evidence = await gatherEvidence(store, cache, q);
  const resolved = (candidates: Scored[], conf: ConfidenceFeatures | null): Resolved => {
    const best = candidates[0];
    const c = conf ? answerConfidence(conf) : 0;
    const proposed = best ? { answer: best.text, citations: cite(supporting(best.evidence, evidence, best)) } : null;
    const given = !!proposed && c >= ABSTAIN_BELOW;
    const answer: Answer = {
      question: text,
      answer: given ? proposed.answer : null,
      abstained: !given,
      confidence: round(c),
      answerType: q.type,
      ...(given && best.span?.entityType ? { answerEntityType: best.span.entityType } : {}),
      citations: given ? proposed.citations : [],
      related: [],
    };
    return { answer, question: q, evidence, candidates, confidence: conf, proposed };
  };
  if (evidence.length === 0) return resolved([], null);

  // A sentence without any of the question's own words (names aside) cannot support an answer:
  // "What is the capital of Argentina?" is not answered by a sentence that merely names Argentina.
  const usable = q.contentTerms.length === 0 ? evidence : evidence.filter((e) => e.content > 0);
  if (usable.length === 0) return resolved([], null);
  const rankOf = new Map(usable.map((e, i) => [e, i]));
  const spans = SPAN_TYPES.has(q.type) ? usable.flatMap((e) => candidatesIn(e, q)) : [];
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
    rank: 1 / (1 + rankOf.get(e)!),
  });
  const scored: Scored[] =
    spans.length > 0
      ? spans.map((s) => {
          const features: CandidateFeatures = {
            ...base(s.evidence),
            proximity: s.proximity,
            bonus: s.bonus,
            head: s.head,
            typed: s.entityType && q.slotTypes[0] === s.entityType ? 1 : 0,
            support: Math.log(support.get(s.key)!.size),
            group: typeGroup(q.type, true),
          };
          return { text: s.text, key: s.key, evidence: s.evidence, span: s, features, p: rankScore(features) };
        })
      : usable.slice(0, SENTENCE_CANDIDATES).map((e) => {
          const features: CandidateFeatures = { ...base(e), proximity: 0, bonus: 0, head: 0, typed: 0, support: 0, group: 'sentence' };
          const clause = answerClause(e.hit.text, e.anchors, q.type);
          return { text: clause, key: `${e.hit.articleId}#${e.hit.index}`, evidence: e, span: null, features, p: rankScore(features) };
        });
  scored.sort((a, b) => b.p - a.p || b.evidence.score - a.evidence.score);
  const best = scored[0];
  const next = scored.find((s) => s.key !== best.key && !sameAnswer(s.text, best.text));
  const e = best.evidence;
  return resolved(scored, {
    top: best.p,
    margin: next ? best.p - next.p : best.p,
    coverage: e.coverage,
    content: e.content,
    names: e.names,
    articleNames: e.articleNames,
    group: best.features.group,
  });
}

/** "Beverley Hughes" and "Hughes" are one answer. */
function sameAnswer(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.includes(y) || y.includes(x);
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

