// Impact-ordered article postings for common terms ("champion lists"), the same on both backends.
//
// A term held by more than `TOP_PER_TERM` articles keeps, in `term_top`, the TOP_PER_TERM articles
// that hold it in the most sentences, with those sentences. Search and ask's stage 1 read a common
// term's best articles from that one row instead of the term's whole postings, which grow with the
// corpus: their cost stops growing once a term's list is full. A rarer term is read from the
// full-text index as before, and a list is built (from the index) when its term passes the bound.
//
// Order: more sentences first; among equal counts, the article stored first. An article enters a full
// list only when it holds the term in more sentences than the list's last article (the floor), which
// keeps ingest's writes rare once a list is full. Both backends store the list as text:
// `key:s.s.s key:s.s` (key: the article's seq in base 10 on SQLite, its id on PostgreSQL; s: sentence
// indexes), best first.

/** Articles kept per common term. Migration 12 (both backends) builds lists of this length. */
export const TOP_PER_TERM = 500;

/** A `perTerm` option checked: a whole number ≥ 1. */
export function capOf(perTerm: number): number {
  if (!Number.isInteger(perTerm) || perTerm < 1) throw new Error(`perTerm: expected a whole number ≥ 1, got ${perTerm}`);
  return perTerm;
}

export interface TopEntry {
  key: string;
  sentences: number[];
}

export function encodeTop(entries: TopEntry[]): string {
  return entries.map((e) => `${e.key}:${e.sentences.join('.')}`).join(' ');
}

/** The entries of a stored list; a malformed item is an error naming the term. */
export function decodeTop(term: string, text: string): TopEntry[] {
  if (!text) return [];
  return text.split(' ').map((item) => {
    const colon = item.indexOf(':');
    const parts = colon > 0 ? item.slice(colon + 1).split('.') : [];
    if (parts.length === 0 || parts.some((p) => !/^\d+$/.test(p))) {
      throw new Error(`term_top list of "${term}": malformed item "${item}"`);
    }
    return { key: item.slice(0, colon), sentences: parts.map(Number) };
  });
}

/**
 * The list with `entry` offered to it, or null when it does not get in: a full list (`max` entries)
 * takes an article only when it holds the term in more sentences than the last one, which then drops.
 * An article joins after every entry with as many sentences or more (equal counts: first stored first).
 */
export function offerTop(entries: TopEntry[], entry: TopEntry, max: number): TopEntry[] | null {
  const n = entry.sentences.length;
  if (entries.length >= max && n <= entries[entries.length - 1].sentences.length) return null;
  let at = entries.length;
  while (at > 0 && entries[at - 1].sentences.length < n) at--;
  const out = [...entries.slice(0, at), entry, ...entries.slice(at)];
  return out.length > max ? out.slice(0, max) : out;
}

/** The sentence count below which a full list takes nothing (null while it is not full). */
export function topFloor(entries: TopEntry[], max: number): number | null {
  return entries.length >= max ? entries[entries.length - 1].sentences.length : null;
}

/** The top `max` of a term's postings grouped by article, keys in storage order (first stored first). */
export function topOfPostings(byArticle: TopEntry[], max: number): TopEntry[] {
  return byArticle
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.sentences.length - a.e.sentences.length || a.i - b.i)
    .slice(0, max)
    .map((x) => x.e);
}

/**
 * Search candidates from bounded postings: each term's sentences (`postings`, keyed by any sentence
 * key) add its weight; best first by the sum, equal sums in the order `order` gives. Shared by both
 * backends so that they rank alike.
 */
export function rankBySum<K>(postings: { w: number; keys: K[] }[], limit: number, order: (a: K, b: K) => number): K[] {
  const sum = new Map<K, number>();
  for (const p of postings) for (const k of new Set(p.keys)) sum.set(k, (sum.get(k) ?? 0) + p.w);
  return [...sum].sort((a, b) => b[1] - a[1] || order(a[0], b[0])).slice(0, limit).map(([k]) => k);
}
