// Impact-ordered article postings for common terms ("champion lists"), the same on both backends.
//
// A term held by more than `TOP_PER_TERM` articles keeps, in `term_top`, the TOP_PER_TERM articles
// that hold it in the most sentences, with those sentences: one row per article, keyed (term, impact,
// arrival), so the best come first in the key's order. Search and ask's stage 1 read a common term's
// best articles from that range instead of the term's whole postings, which grow with the corpus: their
// cost stops growing once a term's list is full. A rarer term is read from the full-text index as
// before, and its list is built (from the index) when it passes the bound.
//
// Order: more sentences first; among equal counts, the article stored first. A full list takes an
// article only when it holds the term in more sentences than the list's last one (the floor, kept in
// term_df.top_floor); that last one then drops. Each such change is one row in and one row out.

import { deflateText } from './prepare.js';

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

/** A row's sentence indexes as stored: "0.3.17". */
export function encodeSentences(sentences: number[]): string {
  return sentences.join('.');
}

/** A row's sentence indexes; a malformed value is an error naming the term. */
export function decodeSentences(term: string, text: string): number[] {
  const out = text.split('.').map((p) => (p === '' ? NaN : +p));
  if (out.some((n) => !Number.isInteger(n) || n < 0)) throw new Error(`term_top row of "${term}": malformed sentences "${text}"`);
  return out;
}

/** The top `max` of a term's postings grouped by article, keys in storage order (first stored first). */
export function topOfPostings<T extends TopEntry>(byArticle: T[], max: number): T[] {
  return byArticle
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.sentences.length - a.e.sentences.length || a.i - b.i)
    .slice(0, max)
    .map((x) => x.e);
}

/**
 * Search candidates from bounded postings: each term's sentences (`postings`, keyed by any sentence
 * key) add its weight; best first by the sum, equal sums by `rank` (smaller first; a number per key,
 * computed once). Only the sums down to the `limit`-th are sorted. Shared by both backends so that they
 * rank alike.
 */
export function rankBySum<K>(postings: { w: number; keys: K[] }[], limit: number, rank: (k: K) => number): K[] {
  const sum = new Map<K, number>();
  for (const p of postings) for (const k of new Set(p.keys)) sum.set(k, (sum.get(k) ?? 0) + p.w);
  // the lowest sum that still reaches the top `limit`: the keys below it are never sorted
  const count = new Map<number, number>();
  for (const s of sum.values()) count.set(s, (count.get(s) ?? 0) + 1);
  let floor = -Infinity;
  let seen = 0;
  for (const s of [...count.keys()].sort((a, b) => b - a)) {
    floor = s;
    seen += count.get(s)!;
    if (seen >= limit) break;
  }
  const kept = [...sum].filter(([, s]) => s >= floor).map(([k, s]) => ({ k, s, r: rank(k) }));
  kept.sort((a, b) => b.s - a.s || a.r - b.r);
  return kept.slice(0, limit).map((x) => x.k);
}

/** One entry of a packed list (PostgreSQL's step 22): the article by its seq, with its sentences. */
export interface SeqEntry {
  seq: number;
  sentences: number[];
}

/**
 * A common term's whole list as one value (PostgreSQL's `term_top` since step 22), entries in list order
 * (more sentences first; equal counts: lower seq first). An entry is its seq as a signed base-36 step from
 * the entry before (the first from 0), then its sentences, each a base-36 step from the one before:
 * "2s.0.3;1.5;-a.1". The impact is the number of sentences. Deflated by the caller.
 */
export function encodeSeqList(list: SeqEntry[]): string {
  let prev = 0;
  let out = '';
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    if (i) out += ';';
    out += b36(e.seq - prev);
    prev = e.seq;
    let s = -1;
    for (const x of e.sentences) {
      out += '.' + b36(x - s - 1);
      s = x;
    }
  }
  return out;
}

/**
 * A list's encoded text deflated fast (level 1): ingest rewrites a list each time an article enters it;
 * level 1 takes about 2% more bytes than the default level for about a third less time.
 */
export function deflateList(text: string): Buffer {
  return deflateText(text, 1);
}

/** Base 36 of the small numbers most steps are, looked up instead of formatted (ingest rewrites lists). */
const B36 = Array.from({ length: 1296 }, (_, i) => i.toString(36));
function b36(n: number): string {
  return n >= 0 && n < 1296 ? B36[n] : n.toString(36);
}

/** As encodeSeqList wrote it, its first `limit` entries (all by default); a malformed value is an error naming the term. */
export function decodeSeqList(term: string, text: string, limit = Infinity): SeqEntry[] {
  const out: SeqEntry[] = [];
  if (text === '') return out;
  const bad = (at: number) => new Error(`term_top list of "${term}": malformed entry at ${at}: "${text.slice(at, at + 40)}"`);
  let prev = 0;
  let i = 0;
  const n = text.length;
  // one pass over the characters: a number is [-]base-36 digits, "." between fields, ";" between entries
  while (i < n && out.length < limit) {
    const start = i;
    const fields: number[] = [];
    for (;;) {
      let neg = false;
      if (text.charCodeAt(i) === 45) {
        neg = true;
        i++;
      }
      let v = 0;
      const from = i;
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : -1;
        if (d < 0) break;
        v = v * 36 + d;
      }
      if (i === from) throw bad(start);
      fields.push(neg ? -v : v);
      if (i < n && text.charCodeAt(i) === 46) {
        i++;
        continue;
      }
      if (i < n && text.charCodeAt(i) !== 59) throw bad(start);
      i++;
      break;
    }
    if (fields.length < 2) throw bad(start);
    prev += fields[0];
    let s = -1;
    const sentences = new Array<number>(fields.length - 1);
    for (let k = 1; k < fields.length; k++) {
      s += fields[k] + 1;
      if (s < 0) throw bad(start);
      sentences[k - 1] = s;
    }
    out.push({ seq: prev, sentences });
  }
  return out;
}

/**
 * A full list after an article arrives holding the term in `entry.sentences` (more than the last one's):
 * it goes after every entry with as many sentences or more (its seq is the newest), and the last entry
 * drops, as one row in and one out did.
 */
export function enterList(list: SeqEntry[], entry: SeqEntry): SeqEntry[] {
  const n = entry.sentences.length;
  let at = list.findIndex((e) => e.sentences.length < n);
  if (at < 0) at = list.length;
  const out = [...list.slice(0, at), entry, ...list.slice(at)];
  out.pop();
  return out;
}
