// A story as a reader sees it: its articles by date (copies folded into their original with the
// outlets that also ran it), its people, organisations and places, who said what, which outlets
// covered it and first, the numbers outlets disagree on, and its timeline of dated events.

import type { ArticleView, EntityRef, StoryEntity, StoryMember, StorySummary } from '../model/index.js';
import type { Store } from '../store/contract.js';
import { indexTerms } from '../understand/terms.js';
import { buildTimeline, type TimelineEntry } from './timeline.js';

/** Articles whose annotations are read for quotes, numbers and the timeline: the latest ones of a long story. */
const VIEW_ARTICLES = 60;

export interface StoryArticle {
  id: string;
  title: string;
  source: string | null;
  published: string | null;
  url: string | null;
  score: number;
  reason: string;
  /** Copies and near-duplicates of this article in the story (other outlets that ran it). */
  alsoIn: { id: string; source: string | null; published: string | null }[];
}

export interface StoryQuotes {
  speaker: EntityRef | null;
  /** The speaker as the article named them, when no entity was resolved. */
  speakerText: string | null;
  quotes: { text: string; articleId: string; source: string | null; published: string | null }[];
}

export interface StoryOutlet {
  source: string;
  articles: number;
  first: string | null;
}

/** One quantity that outlets (or successive articles) report differently. */
export interface StoryDifference {
  what: string;
  values: { text: string; value: number; articleId: string; source: string | null; published: string | null }[];
}

export interface StoryView extends StorySummary {
  articles: StoryArticle[];
  entities: StoryEntity[];
  quotes: StoryQuotes[];
  outlets: StoryOutlet[];
  differences: StoryDifference[];
  /** Dated events of its latest articles, ordered by the date they refer to (query/timeline.ts). */
  timeline: TimelineEntry[];
}

/** A story in a list (`stories --json`, `/v1/stories`): its articles in the order they joined and its main entities. */
export interface StoryBrief {
  id: string;
  title: string;
  articleCount: number;
  first: string | null;
  last: string | null;
  articles: { id: string; title: string; published: string | null; source: string | null }[];
  entities: EntityRef[];
}

export function storyBrief(s: StorySummary & { members: StoryMember[]; entities: StoryEntity[] }): StoryBrief {
  return {
    id: s.id,
    title: s.title,
    articleCount: s.articleCount,
    first: s.first,
    last: s.last,
    articles: s.members.map((m) => ({ id: m.article.id, title: m.article.title, published: m.article.published, source: m.article.source })),
    entities: s.entities.map(({ id, name, type }) => ({ id, name, type })),
  };
}

export async function storyView(store: Store, id: string): Promise<{ view: StoryView; articles: ArticleView[] } | null> {
  const story = await store.getStory(id);
  if (!story) return null;
  const members = story.members;
  const byDate = [...members].sort(byPublished);
  const articles = foldCopies(byDate);
  const latest = byDate.slice(-VIEW_ARTICLES);
  const views = (await Promise.all(latest.map((m) => store.getArticle(m.article.id)))).filter((v): v is ArticleView => v !== null);
  const { members: _, ...summary } = story;
  return {
    view: {
      ...summary,
      articles,
      entities: await store.storyEntities(id, { limit: 15 }),
      quotes: quotesBySpeaker(views),
      outlets: outlets(byDate),
      differences: differences(views),
      timeline: buildTimeline(views),
    },
    articles: views,
  };
}

function byPublished(a: StoryMember, b: StoryMember): number {
  const da = a.article.published ?? a.article.addedAt;
  const db = b.article.published ?? b.article.addedAt;
  return da < db ? -1 : da > db ? 1 : a.position - b.position;
}

function foldCopies(members: StoryMember[]): StoryArticle[] {
  const out = new Map<string, StoryArticle>();
  const rootOf = new Map<string, string>();
  for (const m of members) {
    const root = m.duplicateOf ? rootOf.get(m.duplicateOf) ?? m.duplicateOf : null;
    const into = root ? out.get(root) : undefined;
    if (into) {
      rootOf.set(m.article.id, root!);
      into.alsoIn.push({ id: m.article.id, source: m.article.source, published: m.article.published });
      continue;
    }
    rootOf.set(m.article.id, m.article.id);
    out.set(m.article.id, {
      id: m.article.id,
      title: m.article.title,
      source: m.article.source,
      published: m.article.published,
      url: m.article.canonicalUrl,
      score: m.score,
      reason: m.reason,
      alsoIn: [],
    });
  }
  return [...out.values()];
}

function quotesBySpeaker(views: ArticleView[]): StoryQuotes[] {
  const groups = new Map<string, StoryQuotes>();
  const seen = new Set<string>();
  for (const a of views) {
    for (const q of a.quotes) {
      // an unresolved "he" names nobody a reader could follow
      if (q.partial || (!q.speaker && (!q.speakerText || PRONOUN.test(q.speakerText)))) continue;
      const key = q.speaker ? `e:${q.speaker.id}` : `t:${q.speakerText!.toLowerCase()}`;
      const g = groups.get(key) ?? { speaker: q.speaker, speakerText: q.speaker ? null : q.speakerText, quotes: [] };
      const said = q.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      if (seen.has(said)) continue; // the same words run again by a later article
      seen.add(said);
      g.quotes.push({ text: q.text, articleId: a.id, source: a.source, published: a.published });
      groups.set(key, g);
    }
  }
  return [...groups.values()].filter((g) => g.quotes.length > 0).sort((x, y) => y.quotes.length - x.quotes.length);
}

const PRONOUN = /^(he|she|they|it|we|i|you|him|her|them)$/i;

function outlets(members: StoryMember[]): StoryOutlet[] {
  const by = new Map<string, StoryOutlet>();
  for (const m of members) {
    const source = m.article.source ?? 'unknown outlet';
    const o = by.get(source) ?? { source, articles: 0, first: m.article.published };
    o.articles++;
    by.set(source, o);
  }
  // members are in date order: the first outlet listed reported it first
  return [...by.values()];
}

/**
 * Counts and amounts of the same thing ("living hostages", "troops") given different values by
 * different articles: what a reader should check. Keyed on what is counted and its kind and unit.
 */
function differences(views: ArticleView[]): StoryDifference[] {
  const groups = new Map<string, StoryDifference>();
  for (const a of views) {
    for (const n of a.numbers) {
      if (!n.counted || n.kind === 'ordinal' || n.kind === 'duration') continue;
      const what = indexTerms(n.counted).join(' ');
      if (!what) continue;
      const key = `${n.kind} ${n.unit ?? ''} ${what}`;
      const g = groups.get(key) ?? { what: n.counted, values: [] };
      if (!g.values.some((v) => v.articleId === a.id && v.value === n.value)) {
        g.values.push({ text: n.text, value: n.value, articleId: a.id, source: a.source, published: a.published });
      }
      groups.set(key, g);
    }
  }
  // Two values within one article are two quantities ("800,000 staff ... 1.4 million staff"), not a
  // disagreement; what is left must differ between outlets.
  return [...groups.values()].filter((g) => {
    const perArticle = new Map<string, Set<number>>();
    for (const v of g.values) perArticle.set(v.articleId, (perArticle.get(v.articleId) ?? new Set()).add(v.value));
    if ([...perArticle.values()].some((vs) => vs.size > 1)) return false;
    const bySource = new Map<string, Set<number>>();
    for (const v of g.values) bySource.set(v.source ?? '', (bySource.get(v.source ?? '') ?? new Set()).add(v.value));
    return bySource.size > 1 && new Set(g.values.map((v) => v.value)).size > 1;
  });
}
