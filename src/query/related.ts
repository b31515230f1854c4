// Read also: the article's own story first (newest developments first), then articles that share rare
// entities and distinctive terms; copies collapsed; each with a one-line reason.

import type { ArticleSummary, ArticleView } from '../model/index.js';
import type { Store } from '../store/contract.js';
import { indexTerms } from '../understand/terms.js';
import { ArticleCache, round, summaryOf } from './articles.js';

export interface RelatedArticle {
  article: ArticleSummary;
  score: number;
  reason: string;
}

const CANDIDATES = 60;

export async function relatedArticles(store: Store, articleId: string, opts: { limit?: number } = {}): Promise<RelatedArticle[] | null> {
  const limit = Math.max(1, Math.min(20, opts.limit ?? 5));
  // Hinted and shared candidates overlap: load each article once.
  const cache = new ArticleCache(store);
  const me = (await cache.get(articleId))?.article;
  if (!me) return null;
  const total = Math.max(1, await store.countArticles());
  const shared = await store.articlesSharingEntities(articleId, { limit: CANDIDATES });
  const myTerms = distinctive(me);
  const myEntities = new Map(me.entities.map((e) => [e.id, e]));
  const entityDf = new Map<string, number>();
  for (const s of shared) for (const id of s.entityIds) entityDf.set(id, (entityDf.get(id) ?? 0) + 1);

  // "Read also" hints name a headline: an article with that title is related by the page itself.
  const hinted = new Set<string>();
  if (me.relatedHints.length) {
    for (const hint of me.relatedHints) {
      const hintTerms = new Set(indexTerms(hint));
      for (const cand of await store.searchSentences([...hintTerms].slice(0, 12), { limit: 20 })) {
        const a = (await cache.get(cand.articleId))?.article;
        if (a && a.id !== me.id && overlap(new Set(indexTerms(a.title)), hintTerms) >= 0.6) hinted.add(a.id);
      }
    }
  }

  // Same story first, its newest developments first; copies of this article say nothing new.
  const sameStory: RelatedArticle[] = [];
  const skip = new Set<string>([me.id]);
  const [membership] = await store.storyMembers([me.id]);
  if (membership) {
    const story = await store.getStory(membership.storyId);
    const mine = story?.members.find((m) => m.article.id === me.id);
    for (const m of story?.members ?? []) {
      if (m.article.id === me.id) continue;
      skip.add(m.article.id);
      // a copy is represented by its original; this article's own original says the same as it
      if (m.duplicateOf !== null || mine?.duplicateOf === m.article.id) continue;
      const entityIds = shared.find((s) => s.articleId === m.article.id)?.entityIds ?? [];
      const names = entityIds.map((id) => myEntities.get(id)).filter((e) => e && e.type !== 'NORP').map((e) => e!.name);
      sameStory.push({
        article: m.article,
        score: round(10 + m.score),
        reason: `same story (“${story!.title}”)` + (names.length ? `; also about ${list(names.slice(0, 3))}` : ''),
      });
    }
    sameStory.sort((a, b) => (b.article.published ?? b.article.addedAt).localeCompare(a.article.published ?? a.article.addedAt));
  }

  const ids = [...new Set([...shared.map((s) => s.articleId), ...hinted])].filter((id) => !skip.has(id));
  // Candidates are read as summaries and sentence terms, not whole annotated articles.
  const summaries = new Map((await store.getSummaries(ids)).map((a) => [a.id, a]));
  const out: RelatedArticle[] = [];
  for (const id of ids) {
    const other = summaries.get(id);
    if (!other) continue;
    const entityIds = shared.find((s) => s.articleId === id)?.entityIds ?? [];
    // Rare shared entities say more than "both mention the United States".
    const ranked = entityIds
      .map((eid) => ({ e: myEntities.get(eid), w: Math.log(1 + total / (entityDf.get(eid) ?? 1)) }))
      .filter((x): x is { e: NonNullable<typeof x.e>; w: number } => !!x.e && x.e.type !== 'NORP')
      .sort((a, b) => b.w - a.w);
    const theirTerms = topTerms(await store.getSentences(id, 'all'));
    const common = [...myTerms.keys()].filter((t) => theirTerms.has(t));
    const textSim = common.length / Math.max(1, Math.min(myTerms.size, theirTerms.size));
    if (textSim > 0.85) continue; // a syndicated copy or near-duplicate says nothing new
    let score = ranked.reduce((s, x) => s + x.w, 0) / 4 + 2 * textSim;
    if (hinted.has(id)) score += 2;
    if (score < 0.3) continue;
    out.push({ article: other, score: round(score), reason: reasonFor(ranked.map((x) => x.e.name), common.map((t) => myTerms.get(t)!), hinted.has(id)) });
  }
  out.sort((a, b) => b.score - a.score || (b.article.published ?? '').localeCompare(a.article.published ?? ''));
  return [...sameStory, ...out].slice(0, limit);
}

function reasonFor(entities: string[], terms: string[], hinted: boolean): string {
  const parts: string[] = [];
  if (hinted) parts.push('named under "Read also" on the page');
  if (entities.length) parts.push(`also about ${list(entities.slice(0, 3))}`);
  if (terms.length && entities.length < 2) parts.push(`shares ${list(terms.slice(0, 3).map((t) => `“${t}”`))}`);
  return parts.join('; ') || 'similar wording';
}

function list(xs: string[]): string {
  return xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

/** Frequent content words of an article (stem → a surface form), for similarity and reasons. */
function distinctive(a: ArticleView): Map<string, string> {
  const counts = new Map<string, { n: number; word: string }>();
  for (const m of a.text.matchAll(WORD)) {
    const t = indexTerms(m[0])[0];
    if (!t) continue;
    const c = counts.get(t) ?? { n: 0, word: m[0].toLowerCase() };
    c.n++;
    counts.set(t, c);
  }
  return new Map(top40(counts).map(([t, c]) => [t, c.word]));
}

const WORD = /[\p{L}][\p{L}'’-]{3,}/gu;

/** The same top terms from stored sentence terms (no surface forms: only the other side's stems are compared). */
function topTerms(sentences: { terms: string }[]): Set<string> {
  const counts = new Map<string, { n: number }>();
  for (const s of sentences) {
    for (const t of s.terms.split(' ')) {
      // close to distinctive()'s words of four or more letters: stems of three or more, starting with a letter
      if (t.length < 3 || !/^\p{L}/u.test(t)) continue;
      const c = counts.get(t) ?? { n: 0 };
      c.n++;
      counts.set(t, c);
    }
  }
  return new Set(top40(counts).map(([t]) => t));
}

function top40<T extends { n: number }>(counts: Map<string, T>): [string, T][] {
  return [...counts.entries()].sort((x, y) => y[1].n - x[1].n).slice(0, 40);
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of b) if (a.has(x)) n++;
  return n / Math.max(1, b.size);
}
