// Full-text terms, the same for both engines: what gets indexed and how a query term is made safe.

import { indexTerms } from '../understand/terms.js';

/** The index terms of one sentence, as stored in `sentences.terms` (space-separated). */
export function sentenceTerms(text: string): string[] {
  return indexTerms(text);
}

const PLAIN_TERM = /^[a-z0-9]*$/;

/**
 * A query term reduced to a single literal token: diacritics folded, lowercase, letters and digits
 * only ("'; DROP TABLE" → "droptable", `"` → ""). Empty means "matches nothing". Because nothing
 * but letters and digits survive, no engine syntax (quotes, *, NEAR, -, :, parentheses) can reach
 * FTS5 or tsquery, and both engines see the same single token.
 */
export function ftsTerm(term: string): string {
  // index terms are mostly plain lowercase ASCII already, which the steps below return unchanged
  if (PLAIN_TERM.test(term)) return term;
  return term
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Distinct non-empty safe terms, at most `max` (a query of hundreds of terms helps nobody). */
export function safeTerms(terms: string[], max = 64): string[] {
  const out = new Set<string>();
  for (const t of terms) {
    const s = ftsTerm(String(t));
    if (s) out.add(s);
    if (out.size >= max) break;
  }
  return [...out];
}

/** One term's safe form, what safeTerms([term])[0] gives, without a set and an array per term. */
export function safeTerm(term: string): string | undefined {
  return ftsTerm(String(term)) || undefined;
}

/** FTS5 MATCH expression: each term a quoted string (a single token after ftsTerm), OR'ed. */
export function fts5Query(terms: string[]): string {
  return terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' OR ');
}

/**
 * A term's weight in searchSentences' order: BM25's idf over sentences, as query/bm25.ts computes it,
 * from the corpus's sentence count and the term's sentence frequency (term_df). Both engines rank by
 * the sum of it over the terms a sentence holds, so they return the same candidates.
 */
export function termWeight(sentences: number, df: number): number {
  return Math.log(1 + (sentences - df + 0.5) / (df + 0.5));
}
