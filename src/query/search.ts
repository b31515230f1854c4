// Search: sentences ranked by BM25, grouped into articles, each with its best snippets.

import type { ArticleSummary } from '../model/index.js';
import { queryTerms, termRanges } from '../understand/index.js';
import type { Store } from '../store/contract.js';
import { bm25, rarestWithin } from './bm25.js';
import { clamp, round } from './articles.js';

export interface Snippet {
  sentence: string;
  index: number;
  start: number;
  end: number;
  /** Offsets within `sentence` of the matched words, for highlighting. */
  highlights: [number, number][];
}

export interface SearchResult {
  article: ArticleSummary;
  score: number;
  snippets: Snippet[];
}

export interface SearchOptions {
  limit?: number;
}

/** Candidate sentences read from the engine, ranked there by the rare terms only. */
const MAX_CANDIDATES = 120;
/** The engine reads the postings of the rarest terms up to about this many sentences (at least one term). */
const POSTINGS_BUDGET = 20000;
/**
 * A term held by more articles than this gives candidates from its best articles only (those holding it
 * in the most sentences; store/topk.ts), read from one row range instead of postings that grow with the
 * corpus. 200 rather than the lists' 500: enough sentences for the candidates, and at 43,641 articles
 * bench/search-evidence.ts found as many evidence articles as with 500 (more than with all postings).
 */
const PER_TERM = 200;

export async function search(store: Store, q: string, opts: SearchOptions = {}): Promise<SearchResult[]> {
  const limit = clamp(opts.limit ?? 10, 1, 100);
  const terms = queryTerms(q);
  if (terms.length === 0) return [];
  // Rarest terms first, as in MaxScore: their postings give the candidates, and the common terms
  // ("said", "year"), whose postings grow with the corpus, only add to the score of those candidates.
  // A sentence holding nothing but common terms is not found; its BM25 would rank it low anyway.
  const stats = await store.termStats(terms);
  const { essential } = rarestWithin(terms, (t) => stats.df[t] ?? 0, POSTINGS_BUDGET);
  const hits = await store.searchSentences(essential, { limit: MAX_CANDIDATES, perTerm: PER_TERM });
  const ranked = bm25(hits, terms, stats);
  const termSet = new Set(terms);
  const byArticle = new Map<string, typeof ranked>();
  for (const r of ranked) {
    const list = byArticle.get(r.hit.articleId) ?? [];
    list.push(r);
    byArticle.set(r.hit.articleId, list);
  }
  // An article's score: its best sentence, plus a little for more matched sentences and for covering more terms.
  const scored = [...byArticle.entries()].map(([articleId, list]) => {
    const covered = new Set(list.flatMap((r) => r.matched));
    const score = list[0].score + 0.25 * list.slice(1, 3).reduce((s, r) => s + r.score, 0) + covered.size / terms.length;
    return { articleId, list, score };
  });
  scored.sort((a, b) => b.score - a.score);
  const out: SearchResult[] = [];
  const top = scored.slice(0, limit);
  const summaries = new Map((await store.getSummaries(top.map((s) => s.articleId))).map((a) => [a.id, a]));
  for (const s of top) {
    const article = summaries.get(s.articleId);
    if (!article) continue;
    out.push({
      article,
      score: round(s.score),
      snippets: s.list.slice(0, 2).map((r) => ({
        sentence: r.hit.text,
        index: r.hit.index,
        start: r.hit.start,
        end: r.hit.end,
        highlights: termRanges(r.hit.text, termSet),
      })),
    });
  }
  return out;
}

