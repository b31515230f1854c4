// Index terms: the one tokenizer shared by indexing (store) and querying (query), so both
// backends see the same tokens and BM25 statistics agree.

import { stemmer } from 'stemmer';

const STOP = new Set(
  ('a an and are as at be been but by for from had has have he her his i if in into is it its ' +
    'me my no not of on or our she so than that the their them then there these they this those ' +
    'to was we were what when where which while who whom why will with would you your do does did ' +
    'how can could should about after before over under also just than very s t')
    .split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/['’]/gu, '');
}

/** Raw lowercase tokens of a text (no stop-word removal, no stemming). */
export function tokens(text: string): string[] {
  return Array.from(text.matchAll(WORD), (m) => fold(m[0])).filter((t) => t.length > 0);
}

/** Terms for the full-text index: folded, stop words dropped, stemmed. */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const t of tokens(text)) {
    if (STOP.has(t)) continue;
    out.push(/^\p{N}+$/u.test(t) ? t : stemmer(t));
  }
  return out;
}

/** Terms of a user query: the same normalisation, deduplicated, at most `max` terms. */
export function queryTerms(text: string, max = 32): string[] {
  return Array.from(new Set(indexTerms(text))).slice(0, max);
}

export function isStopWord(token: string): boolean {
  return STOP.has(token.toLowerCase());
}
