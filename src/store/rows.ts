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

import { deflateText, inflateText } from './prepare.js';

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

/**
 * A story signature as it is now stored (format 3): binary, read without inflating or parsing JSON.
 * Story placement reads up to 50 candidate members' signatures an article, and once the corpus outgrows
 * the parsed-signature cache nearly every one is read anew: inflating and parsing the deflated JSON of
 * format 2 cost about 0.2 ms a member, the largest per-article cost that grew with the corpus.
 *
 * Layout (little-endian): the byte 0x07 (a raw deflate stream never starts with it: its block type 11 is
 * reserved, so deflated rows of format 2 and text rows of format 1 still read as they did); a flags byte
 * (1: a story aggregate follows, 2: published is set, 4: the aggregate's first date, 8: its last, 16:
 * string indexes are one byte, else two); the strings (every term, figure and date once) as one UTF-8
 * run joined by "\n", after their count (u16) and its byte length (u32); then the own terms, title and
 * names vectors, the figures, the MinHash (u16 count, u32 values) and the published date; then, with an
 * aggregate, its member count (u32), terms, names, title, figures, first and last. A vector is its keys
 * as a list of string indexes, its weights' kind and its weights: every weight w of both stores is
 * rounded to 4 places, k / 10^4 for an integer k, which is stored as an int16 (kind 2; a normalised
 * vector's) or an int32 (kind 0; a story's sums), and read back as k / 10^4, the same double; a vector
 * with any other weight is stored as float64 (kind 1). A list is its length (u16) and its indexes; a
 * date a list of one.
 *
 * `packStorySignature` gives null for a signature it cannot write exactly as given (another key order, an
 * extra field, a string holding "\n", more than 65,535 strings); the caller then stores format 2. Decoding
 * gives the same values in the same key order as format 2 does.
 */
const SIG3 = 0x07;
const SIG3_OWN = ['terms', 'title', 'names', 'numbers', 'minhash', 'published'];
const SIG3_STORY = ['members', 'terms', 'names', 'title', 'numbers', 'first', 'last'];

export function packStorySignature(s: StorySignature): Buffer | null {
  const keys = Object.keys(s);
  const own = keys[keys.length - 1] === 'story' ? keys.slice(0, -1) : keys;
  if (own.length !== SIG3_OWN.length || own.some((k, i) => k !== SIG3_OWN[i])) return null;
  const st = s.story;
  if (keys.includes('story') && (!st || Object.keys(st).join() !== SIG3_STORY.join())) return null;
  const strings = new Map<string, number>();
  const idx = (t: unknown): number => {
    if (typeof t !== 'string' || t.includes('\n')) throw SIG3_UNFIT;
    let i = strings.get(t);
    if (i === undefined) strings.set(t, (i = strings.size));
    return i;
  };
  const parts: Buffer[] = [];
  // every string is known before any index is written (collected by a first pass), so indexes take one
  // byte each when there are at most 256 strings
  let narrow = false;
  const indexes = (xs: number[]) => {
    const b = Buffer.allocUnsafe(2 + (narrow ? 1 : 2) * xs.length);
    b.writeUInt16LE(xs.length, 0);
    xs.forEach((x, i) => (narrow ? b.writeUInt8(x, 2 + i) : b.writeUInt16LE(x, 2 + 2 * i)));
    parts.push(b);
  };
  const vector = (r: Record<string, number>) => {
    if (!r || typeof r !== 'object' || Array.isArray(r)) throw SIG3_UNFIT;
    const ks = Object.keys(r);
    const ws = ks.map((k) => r[k]);
    if (ws.some((w) => typeof w !== 'number')) throw SIG3_UNFIT;
    if (ks.length > 0xffff) throw SIG3_UNFIT;
    const top = Math.max(0, ...ws.map((w) => Math.abs(Math.round(w * 1e4))));
    const exact = ws.every((w) => Object.is(Math.round(w * 1e4) / 1e4, w));
    const kind = !exact || top >= 2 ** 31 ? 1 : top < 2 ** 15 ? 2 : 0;
    indexes(ks.map(idx));
    const size = WEIGHT_BYTES[kind];
    const b = Buffer.allocUnsafe(1 + ws.length * size);
    b[0] = kind;
    ws.forEach((w, i) => {
      const at = 1 + size * i;
      if (kind === 1) b.writeDoubleLE(w, at);
      else if (kind === 0) b.writeInt32LE(Math.round(w * 1e4), at);
      else b.writeInt16LE(Math.round(w * 1e4), at);
    });
    parts.push(b);
  };
  const list = (xs: string[]) => {
    if (!Array.isArray(xs) || xs.length > 0xffff) throw SIG3_UNFIT;
    indexes(xs.map(idx));
  };
  const date = (d: string | null) => {
    if (d !== null) indexes([idx(d)]);
  };
  try {
    // first pass: the strings (into `strings`); second: the bytes
    for (const pass of [0, 1]) {
      narrow = pass === 1 && strings.size <= 256;
      parts.length = 0;
      if (pass === 1 && strings.size > 0xffff) return null;
      const flags = body();
      if (pass === 1) {
        const text = Buffer.from([...strings.keys()].join('\n'), 'utf8');
        const head = Buffer.allocUnsafe(8);
        head[0] = SIG3;
        head[1] = flags | (narrow ? 16 : 0);
        head.writeUInt16LE(strings.size, 2);
        head.writeUInt32LE(text.length, 4);
        return Buffer.concat([head, text, ...parts]);
      }
    }
    return null;
  } catch (e) {
    if (e === SIG3_UNFIT) return null;
    throw e;
  }

  /** Writes the parts (after the strings); gives the flags byte. */
  function body(): number {
    const { minhash } = s;
    if (!Array.isArray(minhash) || minhash.length > 0xffff || !minhash.every((h) => Number.isInteger(h) && h >= 0 && h <= 0xffffffff)) throw SIG3_UNFIT;
    if (s.published !== null && typeof s.published !== 'string') throw SIG3_UNFIT;
    vector(s.terms);
    vector(s.title);
    vector(s.names);
    list(s.numbers);
    const mh = Buffer.allocUnsafe(2 + 4 * minhash.length);
    mh.writeUInt16LE(minhash.length, 0);
    minhash.forEach((h, i) => mh.writeUInt32LE(h, 2 + 4 * i));
    parts.push(mh);
    date(s.published);
    let flags = s.published !== null ? 2 : 0;
    if (st) {
      if (!Number.isInteger(st.members) || st.members < 0 || st.members > 0xffffffff) throw SIG3_UNFIT;
      if ((st.first !== null && typeof st.first !== 'string') || (st.last !== null && typeof st.last !== 'string')) throw SIG3_UNFIT;
      flags |= 1 | (st.first !== null ? 4 : 0) | (st.last !== null ? 8 : 0);
      const m = Buffer.allocUnsafe(4);
      m.writeUInt32LE(st.members, 0);
      parts.push(m);
      vector(st.terms);
      vector(st.names);
      vector(st.title);
      list(st.numbers);
      date(st.first);
      date(st.last);
    }
    return flags;
  }
}
const WEIGHT_BYTES = [4, 8, 2];
const SIG3_UNFIT = new Error('story signature: not writable as format 3');

/** Whether a stored signature is in format 3 (binary). */
export function isPackedStorySignature(raw: unknown): raw is Buffer {
  return Buffer.isBuffer(raw) && raw.length > 0 && raw[0] === SIG3;
}

/** A stored signature in any format: format 3 (binary), or format 2 / 1 deflated or as text. */
export function readStorySignature(raw: unknown): StorySignature {
  if (isPackedStorySignature(raw)) return unpackStorySignature(raw);
  return storySignature(inflateText(raw));
}

/** The stored bytes of a signature: format 3 when it fits, else format 2 deflated (as before). */
export function storedStorySignature(s: StorySignature): Buffer {
  return packStorySignature(s) ?? deflateText(encodeStorySignature(s));
}

function unpackStorySignature(b: Buffer): StorySignature {
  const flags = b[1];
  const count = b.readUInt16LE(2);
  const textLength = b.readUInt32LE(4);
  let o = 8 + textLength;
  const strings = count === 0 ? [] : b.toString('utf8', 8, o).split('\n');
  if (strings.length !== count) throw new Error(`story signature: ${strings.length} strings where the header says ${count}`);
  const wide = (flags & 16) === 0;
  const at = (list: number, i: number) => strings[wide ? b.readUInt16LE(list + 2 * i) : b[list + i]];
  const vector = (): Record<string, number> => {
    const n = b.readUInt16LE(o);
    const keys = o + 2;
    const kindAt = keys + (wide ? 2 : 1) * n;
    const kind = b[kindAt];
    const size = WEIGHT_BYTES[kind];
    let w = kindAt + 1;
    o = w + n * size;
    if (size === undefined || o > b.length) throw new Error(`story signature: a vector of ${n} weights of kind ${kind} does not fit`);
    const r: Record<string, number> = Object.create(null);
    for (let i = 0; i < n; i++, w += size)
      r[at(keys, i)] = kind === 2 ? b.readInt16LE(w) / 1e4 : kind === 0 ? b.readInt32LE(w) / 1e4 : b.readDoubleLE(w);
    return r;
  };
  const list = (): string[] => {
    const n = b.readUInt16LE(o);
    const out = new Array<string>(n);
    for (let i = 0; i < n; i++) out[i] = at(o + 2, i);
    o += 2 + (wide ? 2 : 1) * n;
    return out;
  };
  // a date is written as a list of one
  const date = (set: boolean): string | null => (set ? list()[0] : null);
  const terms = vector();
  const title = vector();
  const names = vector();
  const numbers = list();
  const n = b.readUInt16LE(o);
  const minhash = new Array<number>(n);
  for (let i = 0; i < n; i++) minhash[i] = b.readUInt32LE(o + 2 + 4 * i);
  o += 2 + 4 * n;
  const sig: StorySignature = { terms, title, names, numbers, minhash, published: date((flags & 2) !== 0) };
  if (flags & 1) {
    const members = b.readUInt32LE(o);
    o += 4;
    const sterms = vector();
    const snames = vector();
    const stitle = vector();
    const snumbers = list();
    const first = date((flags & 4) !== 0);
    const last = date((flags & 8) !== 0);
    sig.story = { members, terms: sterms, names: snames, title: stitle, numbers: snumbers, first, last };
  }
  if (o !== b.length) throw new Error(`story signature: ${b.length - o} bytes left over`);
  return sig;
}
