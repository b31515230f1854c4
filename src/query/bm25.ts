// BM25 over sentences, computed here rather than in the engine so SQLite and PostgreSQL rank alike.

import type { SentenceHit, TermStats } from '../model/index.js';

export interface Ranked {
  hit: SentenceHit;
  score: number;
  /** Query terms the sentence contains. */
  matched: string[];
}

const K1 = 1.2;
const B = 0.75;

/**
 * MaxScore's split: the rarest items first, while their postings (`cost`) stay within `budget`, and at
 * least one. The rest are the common ones, whose postings grow with the corpus. Items of cost 0 (absent
 * from the corpus) are in neither.
 */
export function rarestWithin<T>(items: T[], cost: (x: T) => number, budget: number): { essential: T[]; rest: T[] } {
  const byRarity = items.filter((x) => cost(x) > 0).sort((a, b) => cost(a) - cost(b));
  let spent = 0;
  let n = 0;
  while (n < byRarity.length && (n === 0 || spent + cost(byRarity[n]) <= budget)) spent += cost(byRarity[n++]);
  return { essential: byRarity.slice(0, n), rest: byRarity.slice(n) };
}

export function idf(stats: TermStats, term: string): number {
  const n = stats.df[term] ?? 0;
  return Math.log(1 + (stats.sentences - n + 0.5) / (n + 0.5));
}

/** Scores candidates; `weights` raise terms the question cares most about (names, the asked noun). */
export function bm25(hits: SentenceHit[], terms: string[], stats: TermStats, weights: Record<string, number> = {}): Ranked[] {
  const avg = stats.avgTerms || 1;
  const wanted = new Set(terms);
  return hits
    .map((hit) => {
      const tf = new Map<string, number>();
      let len = 0;
      for (const t of hit.terms.split(' ')) {
        if (!t) continue;
        len++;
        if (wanted.has(t)) tf.set(t, (tf.get(t) ?? 0) + 1);
      }
      let score = 0;
      for (const [t, f] of tf) {
        score += (weights[t] ?? 1) * idf(stats, t) * ((f * (K1 + 1)) / (f + K1 * (1 - B + (B * len) / avg)));
      }
      return { hit, score, matched: [...tf.keys()] };
    })
    .sort((a, b) => b.score - a.score);
}
