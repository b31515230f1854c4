// Retrieval for ask: BM25 over sentences plus what the question tells us (names, head noun, quotes).

import type { Store } from '../../store/contract.js';
import type { SentenceHit } from '../../model/index.js';
import { bm25, idf } from '../bm25.js';
import { ArticleCache, type ArticleIndex, type SentenceMention } from '../articles.js';
import { queryTerms, termRanges, termVariants } from '../../understand/terms.js';
import type { Question } from './question.js';
import { fitsWhen } from './when.js';

export interface Evidence {
  hit: SentenceHit;
  article: ArticleIndex;
  mentions: SentenceMention[];
  /** idf-weighted share of the question's terms that the sentence holds, 0..1. */
  coverage: number;
  /** idf-weighted share of the non-name terms, 0..1 (1 when the question has none). */
  content: number;
  /** Share of the question's names found in the sentence (half credit in the sentence before). */
  names: number;
  /** Combined sentence score, 0..1. */
  score: number;
  /** Character offsets within the sentence of the matched question words. */
  anchors: number[];
}

const CANDIDATES = 300;
const KEEP = 16;

export async function gatherEvidence(store: Store, cache: ArticleCache, q: Question): Promise<Evidence[]> {
  if (q.terms.length === 0) return [];
  const nameTerms = new Set(q.names.flatMap((n) => queryTerms(n)));
  const weights: Record<string, number> = {};
  for (const t of nameTerms) weights[t] = 1.3;
  const headTerm = q.head ? queryTerms(q.head)[0] : undefined;
  if (headTerm) weights[headTerm] = 1.6;

  // Each non-name term also searches its inflections ("die" finds "died"); a variant counts as its term.
  const primaryOf = new Map<string, string>();
  for (const t of q.terms) primaryOf.set(t, t);
  for (const word of q.contentWords) {
    const primary = queryTerms(word, 1)[0];
    if (!primary) continue;
    for (const v of termVariants(word)) if (!primaryOf.has(v)) primaryOf.set(v, primary);
  }
  const searchTerms = [...primaryOf.keys()].slice(0, 48);
  for (const v of searchTerms) if (!(v in weights)) weights[v] = weights[primaryOf.get(v)!] ?? 1;
  const [hits, stats] = await Promise.all([store.searchSentences(searchTerms, { limit: CANDIDATES }), store.termStats(searchTerms)]);
  const ranked = bm25(hits, searchTerms, stats, weights).map((r) => ({ ...r, matched: [...new Set(r.matched.map((t) => primaryOf.get(t) ?? t))] }));
  const total = q.terms.reduce((s, t) => s + (weights[t] ?? 1) * idf(stats, t), 0) || 1;
  const contentTotal = q.contentTerms.reduce((s, t) => s + (weights[t] ?? 1) * idf(stats, t), 0);

  // Quote questions search the speaker's quotes first.
  const extra: SentenceHit[] = [];
  if (q.type === 'quote' && q.speaker) {
    const speakers = await store.findEntities(q.speaker, { limit: 3 });
    for (const sp of speakers) {
      const quotes = await store.quotes({ speakerId: sp.id, limit: 200 });
      for (const qt of quotes) {
        const got = await store.getSentences(qt.article.id, [qt.sentence]);
        extra.push(...got);
      }
    }
  }
  const seen = new Set(ranked.map((r) => key(r.hit)));
  const extraRanked = bm25(extra.filter((h) => !seen.has(key(h))), searchTerms, stats, weights).map((r) => ({
    ...r,
    matched: [...new Set(r.matched.map((t) => primaryOf.get(t) ?? t))],
    score: r.score + 0.5,
  }));

  const pool = [...ranked.slice(0, KEEP * 2), ...extraRanked.slice(0, KEEP)];
  const out: Evidence[] = [];
  for (const r of pool) {
    const article = await cache.get(r.hit.articleId);
    if (!article) continue;
    const matched = new Set(r.matched);
    const coverage = q.terms.reduce((s, t) => s + (matched.has(t) ? (weights[t] ?? 1) * idf(stats, t) : 0), 0) / total;
    const content =
      contentTotal > 0 ? q.contentTerms.reduce((s, t) => s + (matched.has(t) ? (weights[t] ?? 1) * idf(stats, t) : 0), 0) / contentTotal : 1;
    const names = nameShare(q.names, r.hit.text, article.sentenceText(r.hit.index - 1), article.article);
    let score = q.names.length > 0 ? 0.45 * coverage + 0.35 * content + 0.2 * names : 0.55 * coverage + 0.45 * content;
    // A question about "last week" prefers articles from then and sentences dated then.
    if (q.when) {
      const times = article.article.times.filter((t) => t.sentence === r.hit.index);
      score = fitsWhen(q.when, article.article.published, times) ? Math.min(1, score + 0.15) : score * 0.75;
    }
    out.push({
      hit: r.hit,
      article,
      mentions: article.mentions(r.hit.index).map((m) => ({ ...m, start: m.start - r.hit.start, end: m.end - r.hit.start })),
      coverage,
      content,
      names,
      score,
      anchors: termRanges(r.hit.text, new Set(searchTerms.filter((t) => matched.has(primaryOf.get(t)!)))).map(([a, b]) => (a + b) / 2),
    });
  }
  out.sort((a, b) => b.score - a.score || recency(b) - recency(a));
  return out.slice(0, KEEP);
}

function key(h: SentenceHit): string {
  return `${h.articleId}#${h.index}`;
}

function recency(e: Evidence): number {
  return Date.parse(e.article.article.published ?? e.article.article.addedAt) || 0;
}

// Words that do not identify an organisation on their own ("Cairn Energy" is found as "Cairn").
const GENERIC_NAME_WORDS = new Set(
  'energy group bank party university company corporation corp inc ltd plc holdings international national news council committee ministry department agency union association institute foundation trust services systems'.split(' '),
);

/** Names in the sentence count fully, in the sentence before by half, in the article title (its topic) by 0.4. */
function nameShare(names: string[], sentence: string, previous: string, article: { title: string; text: string }): number {
  if (names.length === 0) return 1;
  let got = 0;
  for (const name of names) {
    const tokens = name.split(/\s+/);
    const distinctive = tokens.filter((p) => p.length > 1 && !GENERIC_NAME_WORDS.has(p.toLowerCase()) && !/^(of|the|and|for)$/i.test(p));
    const keys = [name];
    if (tokens.length > 1 && distinctive.length === 1) keys.push(distinctive[0]); // "Cairn Energy" → Cairn
    else if (tokens.length <= 3 && distinctive.length === tokens.length) keys.push(tokens[tokens.length - 1]); // "Marion Jones" → Jones
    const res = keys.map((k) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(k)}(?![\\p{L}\\p{N}])`, 'iu'));
    const full = res[0];
    if (res.some((re) => re.test(sentence))) got += 1;
    else if (res.some((re) => re.test(previous))) got += 0.5;
    else if (full.test(article.title)) got += 0.4;
  }
  return got / names.length;
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
