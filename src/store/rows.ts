// Row → model mappers shared by both backends. Both select the same column aliases; the only
// differences (0/1 vs boolean, JSON text vs parsed jsonb) are absorbed here.

import type {
  ArticleEntity,
  ArticleSummary,
  ArticleView,
  CameoRoot,
  EntityRef,
  EntitySummary,
  EntityType,
  IngestLogEntry,
  IngestStatus,
  Modality,
  NumberExpr,
  NumberKind,
  QuoteHit,
  StoryEntity,
  StoryMember,
  StorySignature,
  StorySummary,
  StoredEvent,
  StoredCorefLink,
  StoredQuote,
  TimeExpr,
  TimeGranularity,
} from '../model/index.js';

type Row = Record<string, any>;

export const bool = (v: unknown): boolean => v === true || v === 1 || v === '1';
export const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
export const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));

/** Columns: id, title, source, published, canonical_url, byline, language, added_at. */
export function articleSummary(r: Row, prefix = ''): ArticleSummary {
  return {
    id: r[prefix + 'id'],
    title: r[prefix + 'title'],
    source: r[prefix + 'source'],
    published: r[prefix + 'published'],
    canonicalUrl: r[prefix + 'canonical_url'],
    byline: r[prefix + 'byline'],
    language: r[prefix + 'language'] ?? null,
    addedAt: r[prefix + 'added_at'],
  };
}

export const SUMMARY_COLS = 'a.id, a.title, a.source, a.published, a.canonical_url, a.byline, a.language, a.added_at';
/** The same columns under a_ names, for joins that also select other rows' ids. */
export const SUMMARY_COLS_PREFIXED =
  'a.id AS a_id, a.title AS a_title, a.source AS a_source, a.published AS a_published, ' +
  'a.canonical_url AS a_canonical_url, a.byline AS a_byline, a.language AS a_language, a.added_at AS a_added_at';

export function entitySummary(r: Row): EntitySummary {
  return {
    id: r.id,
    name: r.name,
    type: r.type as EntityType,
    titles: json<string[]>(r.titles),
    aliases: json<string[]>(r.aliases),
    articleCount: num(r.article_count),
    mentionCount: num(r.mention_count),
  };
}

export const ENTITY_COLS = 'e.id, e.name, e.type, e.titles, e.aliases, e.article_count, e.mention_count';

export function ingestEntry(r: Row): IngestLogEntry {
  return {
    item: r.item,
    status: r.status as IngestStatus,
    articleId: r.article_id,
    code: r.code,
    message: r.message,
    at: r.at,
  };
}

/** Columns: start_pos, end_pos, text, speaker_text, speaker_id, cue, partial, sentence (+ speaker ref). */
export function storedQuote(r: Row, ref: (id: string | null) => EntityRef | null): StoredQuote {
  return {
    start: num(r.start_pos),
    end: num(r.end_pos),
    text: r.text,
    speaker: ref(r.speaker_id),
    speakerText: r.speaker_text,
    cue: r.cue,
    partial: bool(r.partial),
    sentence: num(r.sentence),
  };
}

/** For joins that carry the speaker's name and type as s_name, s_type. */
export function quoteHit(r: Row): QuoteHit {
  const q = storedQuote(r, (id) => (id ? { id, name: r.s_name, type: r.s_type as EntityType } : null));
  return { ...q, article: articleSummary(r, 'a_') };
}

export interface ArticleRows {
  article: Row;
  sentences: Row[];
  /** id, name, type, titles (this article's) */
  entities: Row[];
  mentions: Row[];
  coref: Row[];
  quotes: Row[];
  times: Row[];
  numbers: Row[];
  events: Row[];
}

export function articleView(rows: ArticleRows): ArticleView {
  const a = rows.article;
  const refs = new Map<string, EntityRef>();
  const ents = new Map<string, ArticleEntity>();
  for (const e of rows.entities) {
    const ref = { id: e.id as string, name: e.name as string, type: e.type as EntityType };
    refs.set(ref.id, ref);
    ents.set(ref.id, { ...ref, titles: json<string[]>(e.titles), mentions: [] });
  }
  const ref = (id: string | null) => (id ? (refs.get(id) ?? null) : null);
  // SQLite keeps annotation spans only; their text is the article's, by offset.
  const slice = (r: Row): string => (a.text as string).slice(num(r.start_pos), num(r.end_pos));
  for (const m of rows.mentions) {
    ents.get(m.entity_id)?.mentions.push({
      start: num(m.start_pos),
      end: num(m.end_pos),
      text: m.text ?? slice(m),
      sentence: num(m.sentence),
    });
  }
  // Reading order: by first mention; unmentioned entities last, by name.
  const first = (e: ArticleEntity) => (e.mentions.length ? e.mentions[0].start : Number.MAX_SAFE_INTEGER);
  const entities = [...ents.values()].sort((x, y) => first(x) - first(y) || (x.name < y.name ? -1 : 1));
  return {
    ...articleSummary(a),
    text: a.text,
    origin: a.origin,
    relatedHints: json<string[]>(a.related_hints),
    languageConfidence: a.language_confidence == null ? null : num(a.language_confidence),
    sentences: rows.sentences.map((s) => ({ index: num(s.idx), start: num(s.start_pos), end: num(s.end_pos) })),
    entities,
    coref: rows.coref.flatMap((l): StoredCorefLink[] => {
      const entity = ref(l.entity_id);
      return entity
        ? [{ start: num(l.start_pos), end: num(l.end_pos), text: l.text ?? slice(l), entity, sentence: num(l.sentence), kind: l.kind as StoredCorefLink['kind'], confidence: num(l.confidence) }]
        : [];
    }),
    quotes: rows.quotes.map((q) => storedQuote(q, ref)),
    times: rows.times.map(
      (t): TimeExpr => ({
        start: num(t.start_pos),
        end: num(t.end_pos),
        text: t.text ?? slice(t),
        value: t.value,
        granularity: t.granularity as TimeGranularity,
        relative: bool(t.relative),
        sentence: num(t.sentence),
      }),
    ),
    numbers: rows.numbers.map(
      (n): NumberExpr => ({
        start: num(n.start_pos),
        end: num(n.end_pos),
        text: n.text ?? slice(n),
        kind: n.kind as NumberKind,
        value: num(n.value),
        unit: n.unit,
        counted: n.counted,
        sentence: num(n.sentence),
      }),
    ),
    events: rows.events.map(
      (e): StoredEvent => ({
        start: num(e.start_pos),
        end: num(e.end_pos),
        cameo: e.cameo as CameoRoot,
        trigger: e.trigger,
        actor: ref(e.actor_id),
        target: ref(e.target_id),
        actorPhrase: e.actor_text == null ? null : { text: e.actor_text, type: e.actor_type ?? null },
        targetPhrase: e.target_text == null ? null : { text: e.target_text, type: e.target_type ?? null },
        place: ref(e.place_id),
        when: e.when_value,
        modality: e.modality as Modality,
        sentence: num(e.sentence),
      }),
    ),
  };
}

/** Clamp a caller's limit/offset to sane integers. */
export function page(opts: { limit?: number; offset?: number } | undefined, defLimit: number, maxLimit = 1000) {
  const lim = Math.floor(Number(opts?.limit ?? defLimit));
  const off = Math.floor(Number(opts?.offset ?? 0));
  return {
    limit: Number.isFinite(lim) ? Math.min(Math.max(lim, 0), maxLimit) : defLimit,
    offset: Number.isFinite(off) ? Math.max(off, 0) : 0,
  };
}

// ---- Stories ----

export const STORY_COLS = 's.id, s.title, s.article_count, s.first, s.last, s.updated_at';

export function storySummary(r: Row): StorySummary {
  return { id: r.id, title: r.title, articleCount: num(r.article_count), first: r.first, last: r.last, updatedAt: r.updated_at };
}

/** Rows of story_articles joined with their article's SUMMARY_COLS. */
export function storyMember(r: Row): StoryMember {
  return { article: articleSummary(r), position: num(r.position), score: num(r.score), reason: r.reason, duplicateOf: r.duplicate_of };
}

export function storyEntity(r: Row): StoryEntity {
  return { id: r.id, name: r.name, type: r.type as EntityType, articles: num(r.n) };
}

/**
 * A story signature as SQLite stores it (format 2): each weighted vector as its keys and its weights
 * side by side, `[["bridge","varga"],[0.41,0.38]]`, read back into null-prototype records. Parsed as
 * JSON object keys, a signature's hundred-odd terms, which few other objects share, made V8 build a
 * hidden class per key (about 0.2 ms a signature, the largest part of story placement at 20,000
 * articles, where most of the 50 candidates' signatures are not cached); read as arrays into
 * dictionaries it takes about half. Same values, same key order; rows in the plain JSON of before
 * read as they were.
 */
export function encodeStorySignature(s: StorySignature): string {
  const { story, ...own } = s;
  const out: Record<string, unknown> = { v: 2, ...own, terms: pairsOf(s.terms), title: pairsOf(s.title), names: pairsOf(s.names ?? {}) };
  if (story) out.story = { ...story, terms: pairsOf(story.terms), names: pairsOf(story.names), title: pairsOf(story.title) };
  return JSON.stringify(out);
}

export function storySignature(v: unknown): StorySignature {
  const o = json<any>(v);
  if (o?.v !== 2) return o as StorySignature;
  const { v: _format, story, ...own } = o;
  const sig: StorySignature = { ...own, terms: recordOf(o.terms), title: recordOf(o.title), names: recordOf(o.names) };
  if (story) sig.story = { ...story, terms: recordOf(story.terms), names: recordOf(story.names), title: recordOf(story.title) };
  return sig;
}

const pairsOf = (r: Record<string, number>): [string[], number[]] => [Object.keys(r), Object.values(r)];

function recordOf(p: unknown): Record<string, number> {
  if (!Array.isArray(p) || !Array.isArray(p[0]) || !Array.isArray(p[1]) || p[0].length !== p[1].length)
    throw new Error(`story signature: a weighted vector must be [keys, weights] of one length, got ${JSON.stringify(p).slice(0, 80)}`);
  const r: Record<string, number> = Object.create(null);
  for (let i = 0; i < p[0].length; i++) r[p[0][i]] = p[1][i];
  return r;
}

/** The day a story member counts for: its publication date, else the day it was added. */
export const storyDay = (published: string | null, addedAt: string): string => (published ?? addedAt).slice(0, 10);
