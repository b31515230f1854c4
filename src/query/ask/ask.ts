// Ask me anything: question → evidence sentences → a short answer of the right type → citations.
// Extractive and offline; it abstains when the corpus does not support an answer.

import type { Answer, Citation } from '../../model/index.js';
import type { Store } from '../../store/contract.js';
import { ArticleCache } from '../articles.js';
import { analyseQuestion, type Question } from './question.js';
import { gatherEvidence, type Evidence } from './evidence.js';
import { candidatesIn, type Candidate } from './candidates.js';
import { relatedQuestions } from './related-questions.js';

export const NOT_SAID = 'The articles do not say.';
/** Below this confidence the desk abstains rather than guess. */
export const ABSTAIN_BELOW = 0.35;
const MAX_QUESTION = 1000;

export interface AskOptions {
  /** Build "Explore related questions" (each checked by asking it). */
  related?: boolean;
  cache?: ArticleCache;
}

export interface Resolved {
  answer: Answer;
  question: Question;
  evidence: Evidence[];
}

export async function ask(store: Store, question: string, opts: AskOptions = {}): Promise<Answer> {
  const r = await answerQuestion(store, question, opts);
  if (opts.related === false || r.answer.abstained) return r.answer;
  r.answer.related = await relatedQuestions(store, r, opts.cache ?? new ArticleCache(store));
  return r.answer;
}

export async function answerQuestion(store: Store, question: string, opts: AskOptions = {}): Promise<Resolved> {
  const text = (typeof question === 'string' ? question : '').slice(0, MAX_QUESTION).trim();
  const q = analyseQuestion(text);
  const cache = opts.cache ?? new ArticleCache(store);
  const evidence = await gatherEvidence(store, cache, q);
  const abstain = (confidence = 0): Resolved => ({
    answer: { question: text, answer: null, abstained: true, confidence: round(confidence), answerType: q.type, citations: [], related: [] },
    question: q,
    evidence,
  });
  if (evidence.length === 0) return abstain();

  // A sentence that lacks the question's own words cannot support an answer, however well names match.
  const usable = evidence.filter((e) => e.content >= 0.5 || (q.contentTerms.length <= 1 && e.coverage >= 0.5));
  if (usable.length === 0) return abstain(evidence[0].score * 0.5);

  const spanTypes = new Set(['person', 'organisation', 'place', 'date', 'number', 'quote', 'thing']);
  if (spanTypes.has(q.type)) {
    const best = bestCandidate(usable.flatMap((e) => candidatesIn(e, q)));
    if (best) {
      const confidence = calibrate(best.score, best.support);
      if (confidence < ABSTAIN_BELOW) return abstain(confidence);
      const cited = supporting(best.candidate.evidence, usable, best.candidate);
      return {
        answer: {
          question: text,
          answer: best.candidate.text,
          abstained: false,
          confidence: round(confidence),
          answerType: q.type,
          citations: cite(cited),
          related: [],
        },
        question: q,
        evidence,
      };
    }
    // A span-typed question with no span of that type: only a near-complete sentence match may answer.
    if (q.type !== 'thing') return abstain(usable[0].score * 0.4);
  }

  // Why / what happened / yes-no / no span: a compact extractive answer of the best 1–2 sentences.
  const top = usable[0];
  const confidence = calibrate(top.score * 0.9, 1);
  if (confidence < ABSTAIN_BELOW) return abstain(confidence);
  const cited = supporting(top, usable, null);
  const summary = cited
    .slice(0, q.type === 'summary' || q.type === 'reason' ? 2 : 1)
    .map((e) => e.hit.text.trim())
    .join(' ');
  return {
    answer: {
      question: text,
      answer: summary,
      abstained: false,
      confidence: round(confidence),
      answerType: q.type,
      citations: cite(cited),
      related: [],
    },
    question: q,
    evidence,
  };
}

function bestCandidate(cands: Candidate[]): { candidate: Candidate; score: number; support: number } | null {
  if (cands.length === 0) return null;
  const groups = new Map<string, Candidate[]>();
  for (const c of cands) {
    const list = groups.get(c.key) ?? [];
    list.push(c);
    groups.set(c.key, list);
  }
  let best: { candidate: Candidate; score: number; support: number } | null = null;
  for (const list of groups.values()) {
    list.sort((a, b) => b.score - a.score);
    // The same answer in more sentences adds a little; the best sentence decides.
    const score = list[0].score + 0.05 * Math.min(3, list.length - 1);
    if (!best || score > best.score) best = { candidate: list[0], score, support: list.length };
  }
  return best;
}

/** Maps the raw score to [0,1]; the curve is fitted on the QA sets (see bench/eval-qa.ts). */
export function calibrate(score: number, _support: number): number {
  const x = Math.max(0, score);
  return Math.min(0.99, 1 / (1 + Math.exp(-8 * (x - 0.55))));
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

const round = (n: number): number => Math.round(n * 1000) / 1000;
