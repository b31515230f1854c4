// Ask me anything: question → evidence sentences → a short answer of the right type → citations.
// Extractive and offline; it abstains when the corpus does not support an answer.

import type { Answer, Citation } from '../../model/index.js';
import type { Store } from '../../store/contract.js';
import { ArticleCache, round } from '../articles.js';
import { analyseQuestion, type Question } from './question.js';
import { gatherEvidence, type Evidence } from './evidence.js';
import { candidatesIn, type Candidate } from './candidates.js';
import { relatedQuestions } from './related-questions.js';
import { confidence, type Features } from './confidence.js';

export const NOT_SAID = 'The articles do not say.';
/** Below this confidence the desk abstains rather than guess. */
export const ABSTAIN_BELOW = 0.6;
const MAX_QUESTION = 1000;

export interface AskOptions {
  /** Today (YYYY-MM-DD), the anchor for "last week" in questions; from the composition root's clock. */
  today?: string | null;
  /** Build "Explore related questions" (each checked by asking it). */
  related?: boolean;
  cache?: ArticleCache;
}

export interface Resolved {
  answer: Answer;
  question: Question;
  evidence: Evidence[];
  /** What the confidence was computed from (null when there was nothing to judge). */
  features: Features | null;
  /** The answer it would have given, also when it abstained (for fitting the confidence model). */
  proposed: { answer: string; citations: Citation[] } | null;
}

export async function ask(store: Store, question: string, opts: AskOptions = {}): Promise<Answer> {
  const r = await answerQuestion(store, question, opts);
  if (opts.related === false || r.answer.abstained) return r.answer;
  r.answer.related = await relatedQuestions(store, r, opts.cache ?? new ArticleCache(store));
  return r.answer;
}

export async function answerQuestion(store: Store, question: string, opts: AskOptions = {}): Promise<Resolved> {
  const text = (typeof question === 'string' ? question : '').slice(0, MAX_QUESTION).trim();
  const q = analyseQuestion(text, opts.today ?? null);
  const cache = opts.cache ?? new ArticleCache(store);
  const evidence = await gatherEvidence(store, cache, q);
  const abstain = (c: number, features: Features | null, proposed: Resolved['proposed'] = null): Resolved => ({
    answer: { question: text, answer: null, abstained: true, confidence: round(c), answerType: q.type, citations: [], related: [] },
    question: q,
    evidence,
    features,
    proposed,
  });
  if (evidence.length === 0) return abstain(0, null);

  // A sentence without any of the question's own words (names aside) cannot support an answer:
  // "What is the capital of Argentina?" is not answered by a sentence that merely names Argentina.
  const usable = q.contentTerms.length === 0 ? evidence : evidence.filter((e) => e.content > 0);
  if (usable.length === 0) return abstain(0, null);
  const spanTypes = new Set(['person', 'organisation', 'place', 'date', 'number', 'quote', 'thing']);
  if (spanTypes.has(q.type)) {
    const best = bestCandidate(usable.flatMap((e) => candidatesIn(e, q)));
    if (best) {
      const e = best.candidate.evidence;
      const features: Features = {
        coverage: e.coverage,
        content: e.content,
        names: e.names,
        proximity: best.candidate.proximity,
        bonus: best.candidate.bonus,
        span: 1,
        support: Math.log(best.support),
        margin: best.margin,
      };
      const c = confidence(features);
      const citations = cite(supporting(e, usable, best.candidate));
      if (c < ABSTAIN_BELOW) return abstain(c, features, { answer: best.candidate.text, citations });
      return {
        answer: {
          question: text,
          answer: best.candidate.text,
          abstained: false,
          confidence: round(c),
          answerType: q.type,
          ...(best.candidate.entityType ? { answerEntityType: best.candidate.entityType } : {}),
          citations,
          related: [],
        },
        question: q,
        evidence,
        features,
        proposed: null,
      };
    }
    // A span-typed question with no span of that type: only "what X" questions may answer with a sentence.
    if (q.type !== 'thing') return abstain(0, null);
  }

  // Why / what happened / yes-no / no span: a compact extractive answer of the best 1–2 sentences.
  const top = usable[0];
  const features: Features = { coverage: top.coverage, content: top.content, names: top.names, proximity: 0, bonus: 0, span: 0, support: 0, margin: usable[1] ? Math.max(0, Math.min(1, top.score - usable[1].score)) : 1 };
  const c = confidence(features);
  const cited = supporting(top, usable, null);
  const summary = cited
    .slice(0, q.type === 'summary' || q.type === 'reason' ? 2 : 1)
    .map((x) => x.hit.text.trim())
    .join(' ');
  if (c < ABSTAIN_BELOW) return abstain(c, features, { answer: summary, citations: cite(cited) });
  return {
    answer: { question: text, answer: summary, abstained: false, confidence: round(c), answerType: q.type, citations: cite(cited), related: [] },
    question: q,
    evidence,
    features,
    proposed: null,
  };
}

function bestCandidate(cands: Candidate[]): { candidate: Candidate; score: number; support: number; margin: number } | null {
  if (cands.length === 0) return null;
  const groups = new Map<string, Candidate[]>();
  for (const c of cands) {
    const list = groups.get(c.key) ?? [];
    list.push(c);
    groups.set(c.key, list);
  }
  const ranked = [...groups.values()]
    .map((list) => {
      list.sort((a, b) => b.score - a.score);
      // The same answer in more sentences adds a little; the best sentence decides.
      return { candidate: list[0], score: list[0].score + 0.05 * Math.min(3, list.length - 1), support: list.length };
    })
    .sort((a, b) => b.score - a.score);
  const [best, next] = ranked;
  return { ...best, margin: next ? Math.max(0, Math.min(1, best.score - next.score)) : 1 };
}

function supporting(first: Evidence, pool: Evidence[], cand: Candidate | null): Evidence[] {
  const out = [first];
  for (const e of pool) {
    if (out.length >= 3) break;
    if (out.some((o) => o.hit.articleId === e.hit.articleId && o.hit.index === e.hit.index)) continue;
    const mentionsAnswer = cand ? e.hit.text.toLowerCase().includes(cand.text.toLowerCase().split(' (')[0]) : false;
    if (mentionsAnswer || e.score >= first.score * 0.85) out.push(e);
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

