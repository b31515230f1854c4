// PostgreSQL schema, as numbered migrations: the same tables as SQLite, with tsvector + GIN for
// full text and a job queue for ingest workers. Append to change; never edit an applied entry.

import { otherBackendStep, type Migration } from './types.js';
import { type WideRows, packAnnotations } from '../packed.js';
import { encodeSpans } from '../decoded.js';
import { deflateText } from '../prepare.js';
import { deflateList, encodeSeqList } from '../topk.js';
import { encodeStorySignature, storySignature } from '../rows.js';

/** What a step's code needs of a connection (a pg client inside the migration's transaction). */
export interface MigrationDb {
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, any>[] }>;
}

/** A PostgreSQL step: its SQL, then (in the same transaction) code for what SQL alone cannot do. */
export interface PgMigration extends Migration {
  run?: (db: MigrationDb) => Promise<void>;
}

// CAMEO actor type codes as step 15 wrote them (model CAMEO_ACTOR_TYPES; a new code needs a new step)
const ACTOR_TYPES = `('COP','GOV','LEG','JUD','MIL','REB','SPY','OPP','LAB','BUS','MED','EDU','HLH','CRM','REF','AGR','REL','CVL')`;
const CAMEO = `('01','02','03','04','05','06','07','08','09','10','11','12','13','14','15','16','17','18','19','20')`;

export const postgresMigrations: PgMigration[] = [
  {
    version: 1,
    name: 'articles, sentences with tsvector, entities, annotations, ingest log',
    sql: `
CREATE TABLE articles (
  id            TEXT PRIMARY KEY,
  title         TEXT NOT NULL,
  text          TEXT NOT NULL,
  byline        TEXT,
  published     TEXT,
  canonical_url TEXT,
  url_key       TEXT UNIQUE,
  content_hash  TEXT NOT NULL UNIQUE,
  source        TEXT,
  origin        TEXT NOT NULL,
  related_hints JSONB NOT NULL DEFAULT '[]',
  added_at      TEXT NOT NULL
);
CREATE INDEX articles_newest ON articles (published DESC NULLS LAST, added_at DESC, id DESC);

CREATE TABLE sentences (
  id         BIGSERIAL PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL CHECK (idx >= 0),
  start_pos  INTEGER NOT NULL CHECK (start_pos >= 0),
  end_pos    INTEGER NOT NULL CHECK (end_pos >= start_pos),
  text       TEXT NOT NULL,
  terms      TEXT NOT NULL,
  n_terms    INTEGER NOT NULL,
  -- 'simple': the terms are already folded and stemmed by indexTerms; only split and lowercase here
  tsv        TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', terms)) STORED,
  UNIQUE (article_id, idx)
);
CREATE INDEX sentences_tsv ON sentences USING GIN (tsv);

CREATE TABLE corpus_stats (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  sentences BIGINT NOT NULL,
  terms     BIGINT NOT NULL
);
INSERT INTO corpus_stats (id, sentences, terms) VALUES (1, 0, 0);

CREATE TABLE entities (
  id            TEXT PRIMARY KEY,
  type          TEXT NOT NULL CHECK (type IN ('PERSON','ORG','GPE','LOC','NORP')),
  name          TEXT NOT NULL CHECK (name <> ''),
  name_key      TEXT NOT NULL,
  last_key      TEXT,
  titles        JSONB NOT NULL DEFAULT '[]',
  aliases       JSONB NOT NULL DEFAULT '[]',
  place         TEXT,
  article_count INTEGER NOT NULL DEFAULT 0,
  mention_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_surname ON entities (type, last_key);
CREATE INDEX entities_rank ON entities (mention_count DESC, id);
CREATE INDEX entities_name ON entities (name_key text_pattern_ops);

CREATE TABLE entity_aliases (
  alias_key TEXT NOT NULL,
  type      TEXT NOT NULL,
  entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  PRIMARY KEY (alias_key, entity_id)
);
CREATE INDEX entity_aliases_type ON entity_aliases (type, alias_key);
CREATE INDEX entity_aliases_entity ON entity_aliases (entity_id);

CREATE TABLE article_entities (
  article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id     TEXT NOT NULL REFERENCES entities (id),
  titles        JSONB NOT NULL DEFAULT '[]',
  mention_count INTEGER NOT NULL,
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX article_entities_entity ON article_entities (entity_id, article_id);

CREATE TABLE mentions (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  entity_id  TEXT NOT NULL REFERENCES entities (id),
  start_pos  INTEGER NOT NULL CHECK (start_pos >= 0),
  end_pos    INTEGER NOT NULL CHECK (end_pos >= start_pos),
  text       TEXT NOT NULL,
  sentence   INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx),
  FOREIGN KEY (article_id, sentence) REFERENCES sentences (article_id, idx)
);
CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE quotes (
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx          INTEGER NOT NULL,
  start_pos    INTEGER NOT NULL CHECK (start_pos >= 0),
  end_pos      INTEGER NOT NULL CHECK (end_pos >= start_pos),
  text         TEXT NOT NULL,
  speaker_text TEXT,
  speaker_id   TEXT REFERENCES entities (id),
  cue          TEXT,
  partial      BOOLEAN NOT NULL,
  sentence     INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx),
  FOREIGN KEY (article_id, sentence) REFERENCES sentences (article_id, idx)
);
CREATE INDEX quotes_speaker ON quotes (speaker_id);

CREATE TABLE times (
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,
  start_pos   INTEGER NOT NULL CHECK (start_pos >= 0),
  end_pos     INTEGER NOT NULL CHECK (end_pos >= start_pos),
  text        TEXT NOT NULL,
  value       TEXT,
  granularity TEXT NOT NULL CHECK (granularity IN
    ('time','day','week','month','season','quarter','year','decade','range','duration','set','unknown')),
  relative    BOOLEAN NOT NULL,
  sentence    INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx),
  FOREIGN KEY (article_id, sentence) REFERENCES sentences (article_id, idx)
);
CREATE INDEX times_value ON times (value);

CREATE TABLE numbers (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  start_pos  INTEGER NOT NULL CHECK (start_pos >= 0),
  end_pos    INTEGER NOT NULL CHECK (end_pos >= start_pos),
  text       TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('count','money','percent','duration','ordinal','number')),
  -- NaN is a valid float8 in PostgreSQL but not in SQLite (it becomes NULL): refuse it here too
  value      DOUBLE PRECISION NOT NULL CHECK (value <> 'NaN'::float8),
  unit       TEXT,
  counted    TEXT,
  sentence   INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx),
  FOREIGN KEY (article_id, sentence) REFERENCES sentences (article_id, idx)
);

CREATE TABLE events (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  start_pos  INTEGER NOT NULL CHECK (start_pos >= 0),
  end_pos    INTEGER NOT NULL CHECK (end_pos >= start_pos),
  cameo      TEXT NOT NULL CHECK (cameo IN ${CAMEO}),
  trigger    TEXT NOT NULL,
  actor_id   TEXT REFERENCES entities (id),
  target_id  TEXT REFERENCES entities (id),
  place_id   TEXT REFERENCES entities (id),
  when_value TEXT,
  modality   TEXT NOT NULL CHECK (modality IN ('happened','planned','hypothetical','negated','reported')),
  sentence   INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx),
  FOREIGN KEY (article_id, sentence) REFERENCES sentences (article_id, idx)
);
CREATE INDEX events_actor ON events (actor_id);
CREATE INDEX events_target ON events (target_id);
CREATE INDEX events_place ON events (place_id);
CREATE INDEX events_cameo ON events (cameo);

CREATE TABLE ingest_log (
  seq        BIGSERIAL PRIMARY KEY,
  item       TEXT NOT NULL,
  status     TEXT NOT NULL CHECK (status IN ('added','duplicate','failed')),
  article_id TEXT,
  code       TEXT,
  message    TEXT,
  at         TEXT NOT NULL
);
`,
  },
  {
    version: 2,
    name: 'job queue for ingest workers',
    sql: `
CREATE TABLE jobs (
  id           BIGSERIAL PRIMARY KEY,
  kind         TEXT NOT NULL,
  payload      JSONB NOT NULL,
  status       TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','running','done','failed')),
  attempts     INTEGER NOT NULL DEFAULT 0,
  max_attempts INTEGER NOT NULL DEFAULT 3 CHECK (max_attempts >= 1),
  worker       TEXT,
  lease_until  TEXT,
  error        TEXT,
  created_at   TEXT NOT NULL,
  finished_at  TEXT
);
-- claimers only ever look at open jobs: keep that index small
CREATE INDEX jobs_open ON jobs (id) WHERE status IN ('queued', 'running');
`,
  },
  {
    version: 3,
    name: 'term statistics kept at ingest',
    // Document frequencies per term (sentences and articles), so BM25 statistics cost one lookup per
    // term instead of a count over the GIN index, which grows with the corpus.
    sql: `
CREATE TABLE term_df (
  term TEXT PRIMARY KEY,
  sdf  BIGINT NOT NULL,
  adf  BIGINT NOT NULL
);
INSERT INTO term_df (term, sdf, adf)
  SELECT term, count(*), count(DISTINCT article_id)
  FROM (SELECT DISTINCT s.id, s.article_id, t AS term
        FROM sentences s, unnest(string_to_array(s.terms, ' ')) t WHERE t <> '') x
  GROUP BY term;
`,
  },
  {
    version: 4,
    name: 'text stored once: sentences keep spans and their tsvector, not a copy of their text and terms',
    // Sentence rows held their text and index terms beside the article text, and time and number rows
    // a copy of theirs (mentions keep theirs here: they are written in the writers' turn's one statement). The tsvector stays (it is the index's input); text is sliced from
    // the article when read (rows.ts, decoded.ts). Space is reclaimed as rows are rewritten (VACUUM FULL).
    sql: `
ALTER TABLE sentences ALTER COLUMN tsv DROP EXPRESSION;
ALTER TABLE sentences DROP COLUMN text, DROP COLUMN terms;
ALTER TABLE times DROP COLUMN text;
ALTER TABLE numbers DROP COLUMN text;
`,
  },
  {
    version: 5,
    name: 'stories: each article joins one story; a queue of articles waiting for their story',
    // As on SQLite (see its step 5); the queue's BIGSERIAL gives insertion order.
    sql: `
CREATE TABLE stories (
  id            TEXT PRIMARY KEY,
  title         TEXT NOT NULL,
  first_article TEXT NOT NULL,
  article_count INTEGER NOT NULL,
  first         TEXT,
  last          TEXT,
  updated_at    TEXT NOT NULL
);
CREATE INDEX stories_recent ON stories (last DESC NULLS LAST, updated_at DESC, id);
CREATE TABLE story_articles (
  article_id   TEXT PRIMARY KEY REFERENCES articles(id),
  story_id     TEXT NOT NULL REFERENCES stories(id),
  seq          BIGINT NOT NULL,
  position     INTEGER NOT NULL,
  score        DOUBLE PRECISION NOT NULL,
  reason       TEXT NOT NULL,
  duplicate_of TEXT,
  signature    JSONB NOT NULL
);
CREATE INDEX story_articles_story ON story_articles (story_id, position);
CREATE TABLE story_queue (
  seq        BIGSERIAL PRIMARY KEY,
  article_id TEXT NOT NULL UNIQUE REFERENCES articles(id)
);
INSERT INTO story_queue (article_id) SELECT id FROM articles ORDER BY added_at, id;
`,
  },
  {
    version: 6,
    name: 'articles know their language (ISO 639-1) and how sure the detection was',
    // NULL for articles stored before: their language was never detected, so no value is invented.
    sql: `
ALTER TABLE articles ADD COLUMN language TEXT;
ALTER TABLE articles ADD COLUMN language_confidence DOUBLE PRECISION;
`,
  },
  {
    version: 7,
    name: 'coreference links: pronouns and role nouns resolved to entities',
    // Kept apart from mentions: mentions are names (search, answers and counts read them as such).
    sql: `
CREATE TABLE coref_links (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  entity_id  TEXT NOT NULL REFERENCES entities (id),
  start_pos  INTEGER NOT NULL CHECK (start_pos >= 0),
  end_pos    INTEGER NOT NULL CHECK (end_pos >= start_pos),
  text       TEXT NOT NULL,
  sentence   INTEGER NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('pronoun', 'role')),
  confidence DOUBLE PRECISION NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
  PRIMARY KEY (article_id, idx),
  FOREIGN KEY (article_id, sentence) REFERENCES sentences (article_id, idx)
);
CREATE INDEX coref_links_entity ON coref_links (entity_id);
`,
  },
  {
    version: 8,
    name: 'story_articles as a rowid table (SQLite only; PostgreSQL heap rows and TOAST compression already fit)',
    // Kept so both backends number their migrations alike; nothing in this schema changes.
    sql: `SELECT 1;`,
  },
  {
    version: 9,
    name: 'entity corrections: merges and splits a user asked for, and the rules ingest keeps from them',
    // A merge pins the folded entity's name keys to the survivor; a split bans the form's keys from the
    // entity it left. Ingest reads the rules of a document's keys (store/resolve.ts); the log keeps what
    // was asked, and the store's own revisions of first-come links, for `newsdesk entities --corrections`.
    sql: `
CREATE TABLE entity_corrections (
  seq        BIGSERIAL PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'revise')),
  entity_id  TEXT NOT NULL,
  other_id   TEXT,
  other_name TEXT,
  alias      TEXT,
  articles   INTEGER NOT NULL CHECK (articles >= 0),
  at         TEXT NOT NULL
);
CREATE TABLE entity_rules (
  alias_key TEXT NOT NULL,
  type      TEXT NOT NULL,
  rule      TEXT NOT NULL CHECK (rule IN ('pin', 'ban')),
  entity_id TEXT NOT NULL REFERENCES entities (id),
  PRIMARY KEY (alias_key, type, rule, entity_id)
);
-- a key is pinned to one entity at most (the latest merge wins)
CREATE UNIQUE INDEX entity_rules_pin ON entity_rules (alias_key, type) WHERE rule = 'pin';
CREATE INDEX entity_rules_entity ON entity_rules (entity_id);
`,
  },
  {
    version: 10,
    name: 'an index no query reads is dropped (SQLite also writes its sentence spans compactly here)',
    // entity_aliases_type (type, alias_key): alias lookups are by key or by entity. PostgreSQL keeps
    // coref_links_entity, as it keeps an index on every entity reference (SQLite has none since step 3).
    sql: `DROP INDEX entity_aliases_type;`,
  },
  otherBackendStep(11, 'quote text as a span of the article (SQLite only; PostgreSQL keeps quote text)'),
  {
    version: 12,
    name: 'impact-ordered article postings for common terms (term_top), as on SQLite',
    // store/topk.ts: a term held by more than 500 articles keeps the 500 articles holding it in the most
    // sentences, one row each with those sentences; equal counts: the article whose first sentence was
    // stored first (its lowest sentence id, "first"). term_df.top_floor is the last one's count. (SQLite's
    // story_articles index of this step is not needed here.)
    sql: `
ALTER TABLE term_df ADD COLUMN top_floor INTEGER;
CREATE TABLE term_top (
  term       TEXT NOT NULL,
  impact     INTEGER NOT NULL,
  first      BIGINT NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  sentences  TEXT NOT NULL
);
CREATE UNIQUE INDEX term_top_order ON term_top (term, impact DESC, first);
INSERT INTO term_top (term, impact, first, article_id, sentences)
  SELECT term, n, first, article_id, sents FROM (
    SELECT h.*, row_number() OVER (PARTITION BY term ORDER BY n DESC, first) AS k FROM (
      SELECT d.term, s.article_id, count(*) AS n, f.first, string_agg(s.idx::text, '.' ORDER BY s.idx) AS sents
      FROM term_df d JOIN sentences s ON s.tsv @@ plainto_tsquery('simple', d.term)
        JOIN (SELECT article_id, min(id) AS first FROM sentences GROUP BY article_id) f ON f.article_id = s.article_id
      WHERE d.adf > 500 GROUP BY d.term, s.article_id, f.first) h) r
  WHERE k <= 500;
UPDATE term_df d SET top_floor = t.floor FROM (SELECT term, min(impact) AS floor FROM term_top GROUP BY term) t WHERE t.term = d.term;
`,
  },
  {
    version: 13,
    name: 'annotation rows packed per article on SQLite; PostgreSQL keeps its rows',
    // SQLite's step 13 packs an article's mentions, coreference links, times, numbers and events into one
    // deflated row (store/packed.ts). PostgreSQL keeps them as rows (its workers write them under the entity
    // lock with one statement per table); the step keeps both stores at the same version.
    sql: `SELECT 1;`,
  },
  {
    version: 14,
    name: 'article-entity links keyed by the article seq on SQLite; PostgreSQL keeps its rows',
    // SQLite's step 14 keys article_entities by the article's seq; the step keeps both stores at the same version.
    sql: `SELECT 1;`,
  },
  {
    version: 15,
    name: 'event roles filled by a common-noun phrase ("police", "the creditors") and its CAMEO actor type',
    // A role no entity fills may be a phrase: actor_text/target_text, typed by CAMEO's actor type codes
    // (GDELT's Actor1Type1Code). Rows stored before this step have none.
    sql: `
ALTER TABLE events ADD COLUMN actor_text TEXT CHECK (actor_text IS NULL OR actor_id IS NULL),
  ADD COLUMN actor_type TEXT CHECK (actor_type IS NULL OR actor_type IN ${ACTOR_TYPES} AND actor_text IS NOT NULL),
  ADD COLUMN target_text TEXT CHECK (target_text IS NULL OR target_id IS NULL),
  ADD COLUMN target_type TEXT CHECK (target_type IS NULL OR target_type IN ${ACTOR_TYPES} AND target_text IS NOT NULL);
`,
  },
  {
    version: 16,
    name: 'the sentence index without a pending list, tsvectors without positions, two unread indexes dropped',
    // - GIN fastupdate off. With it on (the default), new sentences' index entries wait in an unsorted
    //   pending list, up to gin_pending_list_limit (4 MB), which every tsvector query reads through in
    //   full until a vacuum or a full list moves them into the index: story placement's term lookups
    //   (termArticles) spent ~10 ms a term there, 61% of the server's time at ingest (1,000 articles),
    //   and search paid it too. Off, each insert places its entries in the index itself. The index is
    //   built again here (after the rewrite below: one sorted build instead of an insert per entry).
    // - Positions stripped from the tsvectors: every query is `tsv @@ plainto_tsquery('simple', term)`
    //   with one term (no phrase operators, no ts_rank), which reads lexemes only; positions were a third
    //   of the tsvector bytes. Rewrites each sentence row once (VACUUM FULL gives the space back).
    // - times_value and events_cameo: no query reads times by value or events by CAMEO code (both are
    //   read by article), so the indexes only cost writes and space, as entity_aliases_type did (step 10).
    sql: `
DROP INDEX sentences_tsv;
UPDATE sentences SET tsv = strip(tsv);
CREATE INDEX sentences_tsv ON sentences USING GIN (tsv) WITH (fastupdate = off);
DROP INDEX times_value;
DROP INDEX events_cameo;
`,
  },
  {
    version: 17,
    name: 'annotation rows packed per article (as SQLite since step 13); quote text as a span of the article',
    // As rows, an article's ~110 mentions, coreference links, times, numbers and events each repeated its
    // 12-character id and often a 12-character entity id, with a 24-byte row header and a primary-key
    // entry of their own: 18 of 52 MB at 1,000 articles. They are only read by article (its view; a
    // correction's articles, which reach them through article_entities), so they become one row an article
    // with the SQLite store's packed value (store/packed.ts, deflated JSON: entity ids once, offsets as
    // steps), stored as it is (STORAGE EXTERNAL: deflated bytes do not compress again). Mention and
    // coreference text is the article's by offset, as SQLite reads it; the step checks that every stored
    // text is its span before dropping it, and stops (nothing changed) if one is not. A quote whose text is
    // its span keeps NULL, as on SQLite (step 11); one that differs keeps its text.
    // Leaner keys. Quote rows are written once, an article's all in one statement, and read by article or
    // by speaker: their (article_id, idx) primary key becomes a non-unique index on article_id, which
    // PostgreSQL deduplicates (one entry an article): 0.48 -> 0.1 MB at 1,000 articles; uniqueness held by
    // construction (prepareArticle numbers them), and REPLICA IDENTITY FULL keeps the table replicable.
    // Sentences lose their serial-id primary key (0.7 MB; nothing looks a sentence up by id, which stays as
    // storage order) and keep (article_id, idx), now their replica identity: search looks sentences up by
    // it (a deduplicated article_id index instead made that lookup 162 ms a search at 10,000 articles).
    // article_entities keeps its uniqueness with the key turned round, (entity_id, article_id), which is also
    // the index readers by entity used; readers by article get a deduplicated index (1.9 + 2.0 MB -> 1.9 +
    // 0.24 MB). n_terms goes: nothing reads it (corpus_stats keeps the totals). VACUUM FULL gives the space back.
    sql: `
CREATE TABLE article_annotations (
  article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  data       BYTEA NOT NULL
);
ALTER TABLE article_annotations ALTER COLUMN data SET STORAGE EXTERNAL;
ALTER TABLE quotes ALTER COLUMN text DROP NOT NULL;
`,
    run: packAnnotationTables,
  },
  {
    version: 18,
    name: 'sentences as spans of the article and one positioned tsvector per article (as SQLite: spans and FTS5), not a row each',
    // A sentence row (24-byte header, the 12-character article id, idx, offsets, a serial id, a stripped
    // tsvector) and its entries in two indexes took 18.6 of 59.4 MB at 2,000 articles (VACUUM FULL): a
    // third of the store, for ~32 sentences an article. Now:
    // - the article row keeps its sentences' spans (`spans`, SQLite's encoding: store/decoded.ts) and its
    //   storage order (`seq`, a dense counter, as SQLite's articles.seq: search's equal sums and term_top's
    //   "first" are ordered by it, and a sentence's storage key is seq * 65536 + idx as SQLite's FTS5 rowid);
    // - `article_terms` keeps one tsvector per article (per 256 sentences: `part`) whose positions are
    //   sentence numbers (idx % 256 + 1), under one GIN index. A lexeme has at most 256 positions and a
    //   position at most 16383, so a part of 256 sentences holds every sentence of every lexeme exactly.
    //   `newsdesk_sentences(tsv, part, term)` gives the sentences of a part holding a query term (all of its
    //   lexemes, as a sentence's own tsvector matched plainto_tsquery), read from the article's tsvector
    //   alone (setweight + ts_filter keep the term's lexemes; unnest gives their positions).
    // The stored lexemes are the ones the sentence tsvectors held (to_tsvector('simple', terms)), so every
    // query matches the same sentences. term_top's "first" (an article's first sentence id) becomes the
    // article's seq (the same order). The quotes' foreign key to a sentence row goes with the rows (quotes
    // are numbered and checked by prepareArticle, as on SQLite). VACUUM FULL gives the space back.
    sql: `
CREATE SEQUENCE article_seq;
ALTER TABLE articles ADD COLUMN seq BIGINT, ADD COLUMN spans TEXT;
CREATE TABLE article_terms (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  part       INTEGER NOT NULL CHECK (part >= 0),
  seq        BIGINT NOT NULL,
  tsv        TSVECTOR NOT NULL,
  PRIMARY KEY (article_id, part)
);
-- lz4 where the server has it: a tsvector (~3.9 KB an article) gains under pglz's 25% floor, so pglz keeps it
-- as it is; lz4 keeps 10% less and reads faster. Without lz4 support the column keeps the default.
DO $do$ BEGIN
  ALTER TABLE article_terms ALTER COLUMN tsv SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN NULL;
END $do$;
-- a lexeme at a position, as tsvector input ('it''s':3)
CREATE FUNCTION newsdesk_lexeme_at(lexeme TEXT, pos INTEGER) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$f$ SELECT '''' || replace(replace(lexeme, '\\', '\\\\'), '''', '''''') || ''':' || pos $f$;
-- the sentences (idx) of an article_terms part that hold every lexeme of a query term
CREATE FUNCTION newsdesk_sentences(tsv TSVECTOR, part INTEGER, term TEXT) RETURNS SETOF INTEGER LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$f$ SELECT part * 256 + p - 1
    FROM unnest(ts_filter(setweight(tsv, 'A', tsvector_to_array(to_tsvector('simple', term))), '{a}')) u, unnest(u.positions) p
    GROUP BY p HAVING count(*) = length(to_tsvector('simple', term)) ORDER BY p $f$;
`,
    run: sentencesAsSpans,
  },
  {
    version: 19,
    name: 'article text and story signatures deflated, as SQLite keeps them',
    // pglz keeps 70% of an article's text (5.38 of 7.69 MB at 2,000 bench articles) and leaves a story
    // signature as it is (JSONB under the 2 KB at which PostgreSQL compresses: 3.38 MB); raw deflate,
    // which SQLite writes (deflateText; signatures in format 2, encodeStorySignature in rows.ts), keeps
    // 3.74 and 2.37 MB. Both are read whole by the store, which inflates them; nothing in SQL reads
    // their contents. text_chars keeps the text's length in characters for storage(). The columns are
    // STORAGE EXTERNAL: deflated bytes do not compress again. Signatures keep their values and key
    // order (encodeStorySignature of the parsed JSONB). VACUUM FULL gives the space back.
    sql: `
ALTER TABLE articles ADD COLUMN deflated BYTEA, ADD COLUMN text_chars INTEGER;
ALTER TABLE story_articles ADD COLUMN deflated BYTEA;
`,
    run: deflateTexts,
  },
  {
    version: 20,
    name: 'an article\'s entity links as one row (entity ids, titles, mention counts) under a GIN index on its entity ids',
    // article_entities held ~30 rows an article (header, article id, entity id, titles, count) and a key
    // entry each in two indexes: 7.4 of 48.7 MB at 2,000 bench articles (VACUUM FULL), 3.7 KiB an article.
    // One row an article with arrays (in the order written: titles[k] and mention_counts[k] are those of
    // entity_ids[k]) and a GIN index on the ids, which keeps each entity's articles as a compressed list,
    // answer the same reads: by article (the view), by entity (@>: its articles, a correction's articles),
    // articles sharing entities (&&), a story's entities (unnest). An entity id's foreign key is held by
    // construction (ids come from resolution; a merge rewrites the rows before deleting the entity), as in
    // the packed annotation rows (step 17). VACUUM FULL gives the space back.
    sql: `
CREATE TABLE article_entity_sets (
  article_id     TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  entity_ids     TEXT[] NOT NULL,
  titles         JSON NOT NULL,
  mention_counts INTEGER[] NOT NULL CHECK (cardinality(mention_counts) = cardinality(entity_ids))
);
INSERT INTO article_entity_sets (article_id, entity_ids, titles, mention_counts)
  SELECT article_id, array_agg(entity_id ORDER BY entity_id), json_agg(titles ORDER BY entity_id), array_agg(mention_count ORDER BY entity_id)
  FROM article_entities GROUP BY article_id;
CREATE INDEX article_entity_sets_entities ON article_entity_sets USING GIN (entity_ids) WITH (fastupdate = off);
DROP TABLE article_entities;
`,
  },
  otherBackendStep(21, 'SQLite adds a covering (seq, id) index on articles; PostgreSQL reads ids through its own indexes'),
  {
    version: 22,
    name: 'each common term\'s list (term_top) one deflated row keyed by article seq; ids through a (seq) INCLUDE (id) index',
    // term_top held one row per (term, article): 77,500 rows at 2,000 articles, ~107 bytes each with their
    // (term, impact, first) index entry, 8.3 MB, the largest table after article_terms. Now a term's list is
    // one row (topk.ts encodeSeqList: seqs and sentences as base-36 steps, deflated), ~2 KB. Ingest rewrites
    // the rows of the lists an article enters (keepTop); fillfactor 50 and STORAGE MAIN keep a list in its
    // heap page, so a rewrite is a HOT update that page pruning reclaims without VACUUM. Readers map the
    // seqs to ids through a unique (seq) INCLUDE (id) index (index-only).
    sql: `
CREATE UNIQUE INDEX articles_seq_id ON articles (seq) INCLUDE (id);
CREATE TABLE term_lists (term TEXT PRIMARY KEY, list BYTEA NOT NULL) WITH (fillfactor = 50);
ALTER TABLE term_lists ALTER COLUMN list SET STORAGE MAIN;
`,
    run: packTermLists,
  },
  otherBackendStep(23, 'SQLite widens its quotes CHECK for title quotes (sentence -1); PostgreSQL has no CHECK on a quote\'s sentence'),
];

/** Step 17's code: the five annotation tables packed an article at a time, in batches of articles by id. */
async function packAnnotationTables(db: MigrationDb): Promise<void> {
  const BATCH = 500;
  let after = '';
  for (;;) {
    const arts = (await db.query('SELECT id, text FROM articles WHERE id > $1 ORDER BY id LIMIT $2', [after, BATCH])).rows;
    if (arts.length === 0) break;
    after = arts[arts.length - 1].id;
    const ids = arts.map((a) => a.id as string);
    const byArticle = async (sql: string) => {
      const out = new Map<string, Record<string, any>[]>();
      for (const r of (await db.query(sql, [ids])).rows) {
        const list = out.get(r.article_id);
        if (list) list.push(r);
        else out.set(r.article_id, [r]);
      }
      return out;
    };
    // one query at a time: the step runs on one connection
    const m = await byArticle('SELECT article_id, entity_id, start_pos, end_pos, text, sentence FROM mentions WHERE article_id = ANY($1::text[]) ORDER BY article_id, idx');
    const c = await byArticle('SELECT article_id, entity_id, start_pos, end_pos, text, sentence, kind, confidence FROM coref_links WHERE article_id = ANY($1::text[]) ORDER BY article_id, idx');
    const t = await byArticle('SELECT article_id, start_pos, end_pos, value, granularity, relative, sentence FROM times WHERE article_id = ANY($1::text[]) ORDER BY article_id, idx');
    const n = await byArticle('SELECT article_id, start_pos, end_pos, kind, value, unit, counted, sentence FROM numbers WHERE article_id = ANY($1::text[]) ORDER BY article_id, idx');
    const v = await byArticle(`SELECT article_id, start_pos, end_pos, cameo, trigger, actor_id, target_id, place_id, when_value, modality, sentence,
      actor_text, actor_type, target_text, target_type FROM events WHERE article_id = ANY($1::text[]) ORDER BY article_id, idx`);
    const q = await byArticle('SELECT article_id, idx, start_pos, end_pos, text FROM quotes WHERE article_id = ANY($1::text[]) ORDER BY article_id, idx');
    const packedIds: string[] = [];
    const packed: Buffer[] = [];
    const spanQuotes: [string, number][] = [];
    for (const a of arts) {
      const id = a.id as string;
      const text = a.text as string;
      const own = (what: string, r: Record<string, any>) => {
        if (r.text !== text.slice(r.start_pos, r.end_pos)) {
          throw new Error(`migration 17: article ${id}: ${what} "${r.text}" at ${r.start_pos}-${r.end_pos} is not its span of the article text; nothing was changed`);
        }
      };
      const rows: WideRows = {
        m: (m.get(id) ?? []).map((r) => (own('mention', r), [r.entity_id, r.start_pos, r.end_pos, r.sentence])),
        c: (c.get(id) ?? []).map((r) => (own('coreference link', r), [r.entity_id, r.start_pos, r.end_pos, r.sentence, r.kind, Number(r.confidence)])),
        t: (t.get(id) ?? []).map((r) => [r.start_pos, r.end_pos, r.value, r.granularity, r.relative ? 1 : 0, r.sentence]),
        n: (n.get(id) ?? []).map((r) => [r.start_pos, r.end_pos, r.kind, Number(r.value), r.unit, r.counted, r.sentence]),
        v: (v.get(id) ?? []).map((r) => [r.start_pos, r.end_pos, r.cameo, r.trigger, r.actor_id, r.target_id, r.place_id, r.when_value, r.modality, r.sentence,
          r.actor_text, r.actor_type, r.target_text, r.target_type]),
      };
      packedIds.push(id);
      packed.push(packAnnotations(rows));
      for (const r of q.get(id) ?? []) if (r.text === text.slice(r.start_pos, r.end_pos)) spanQuotes.push([id, r.idx]);
    }
    await db.query('INSERT INTO article_annotations (article_id, data) SELECT * FROM unnest($1::text[], $2::bytea[])', [packedIds, packed]);
    await db.query(
      'UPDATE quotes q SET text = NULL FROM unnest($1::text[], $2::int[]) AS u(a, i) WHERE q.article_id = u.a AND q.idx = u.i',
      [spanQuotes.map((x) => x[0]), spanQuotes.map((x) => x[1])],
    );
  }
  await db.query(`
DROP TABLE mentions, coref_links, times, numbers, events;
ALTER TABLE quotes DROP CONSTRAINT quotes_pkey;
CREATE INDEX quotes_article ON quotes (article_id);
ALTER TABLE quotes REPLICA IDENTITY FULL;
ALTER TABLE sentences DROP CONSTRAINT sentences_pkey, DROP COLUMN n_terms;
ALTER TABLE sentences REPLICA IDENTITY USING INDEX sentences_article_id_idx_key;
DROP INDEX article_entities_entity;
ALTER TABLE article_entities DROP CONSTRAINT article_entities_pkey, ADD PRIMARY KEY (entity_id, article_id);
CREATE INDEX article_entities_article ON article_entities (article_id);`);
}

/** Step 18's code: each article's spans from its sentence rows (in batches), then its terms and order. */
async function sentencesAsSpans(db: MigrationDb): Promise<void> {
  const BATCH = 1000;
  let after = '';
  for (;;) {
    const ids = (await db.query('SELECT id FROM articles WHERE id > $1 ORDER BY id LIMIT $2', [after, BATCH])).rows.map((r) => r.id as string);
    if (ids.length === 0) break;
    after = ids[ids.length - 1];
    const rows = (await db.query(
      `SELECT article_id, array_agg(idx ORDER BY idx) AS i, array_agg(start_pos ORDER BY idx) AS s, array_agg(end_pos ORDER BY idx) AS e
       FROM sentences WHERE article_id = ANY($1::text[]) GROUP BY article_id`,
      [ids],
    )).rows;
    const spans = new Map<string, string>();
    for (const r of rows) {
      const idx = r.i as number[];
      if (idx.some((x, k) => x !== k)) throw new Error(`migration 18: article ${r.article_id}: its sentences are not numbered 0..${idx.length - 1}; nothing was changed`);
      spans.set(r.article_id, encodeSpans((r.s as number[]).map((s, k) => [s, (r.e as number[])[k]])));
    }
    await db.query('UPDATE articles a SET spans = u.s FROM unnest($1::text[], $2::text[]) AS u(a, s) WHERE a.id = u.a',
      [ids, ids.map((id) => spans.get(id) ?? '')]);
  }
  await db.query(`
-- storage order: the order of the articles' first sentence ids (articles without sentences last)
WITH f AS (SELECT article_id, min(id) AS first FROM sentences GROUP BY article_id),
     r AS (SELECT a.id, row_number() OVER (ORDER BY f.first NULLS LAST, a.added_at, a.id) AS n FROM articles a LEFT JOIN f ON f.article_id = a.id)
UPDATE articles a SET seq = r.n FROM r WHERE r.id = a.id;
SELECT setval('article_seq', coalesce((SELECT max(seq) FROM articles), 0) + 1, false);
ALTER TABLE articles ALTER COLUMN seq SET DEFAULT nextval('article_seq'), ALTER COLUMN seq SET NOT NULL, ALTER COLUMN spans SET NOT NULL;
ALTER SEQUENCE article_seq OWNED BY articles.seq;
-- term_top's "first" in the same order, through negative values (the unique index holds at every row)
UPDATE term_top t SET first = -a.seq FROM articles a WHERE a.id = t.article_id;
UPDATE term_top SET first = -first;
INSERT INTO article_terms (article_id, part, seq, tsv)
  SELECT s.article_id, s.idx / 256, a.seq, string_agg(newsdesk_lexeme_at(l.lexeme, s.idx % 256 + 1), ' ')::tsvector
  FROM sentences s JOIN articles a ON a.id = s.article_id, unnest(s.tsv) l
  GROUP BY s.article_id, s.idx / 256, a.seq;
CREATE INDEX article_terms_tsv ON article_terms USING GIN (tsv) WITH (fastupdate = off);
DROP TABLE sentences CASCADE;`);
}

/** Step 19's code: each article's text and each story member's signature deflated, in batches. */
async function deflateTexts(db: MigrationDb): Promise<void> {
  const BATCH = 500;
  for (const [table, key, col, pack] of [
    ['articles', 'id', 'text', (t: unknown) => deflateText(t as string)],
    ['story_articles', 'article_id', 'signature', (s: unknown) => deflateText(encodeStorySignature(storySignature(s)))],
  ] as const) {
    let after = '';
    for (;;) {
      const rows = (await db.query(`SELECT ${key} AS k, ${col} AS v FROM ${table} WHERE ${key} > $1 ORDER BY ${key} LIMIT $2`, [after, BATCH])).rows;
      if (rows.length === 0) break;
      after = rows[rows.length - 1].k;
      await db.query(`UPDATE ${table} x SET deflated = u.d FROM unnest($1::text[], $2::bytea[]) AS u(k, d) WHERE x.${key} = u.k`,
        [rows.map((r) => r.k), rows.map((r) => pack(r.v))]);
    }
  }
  await db.query(`
UPDATE articles SET text_chars = length(text);
ALTER TABLE articles DROP COLUMN text;
ALTER TABLE articles RENAME COLUMN deflated TO text;
ALTER TABLE articles ALTER COLUMN text SET NOT NULL, ALTER COLUMN text SET STORAGE EXTERNAL, ALTER COLUMN text_chars SET NOT NULL;
ALTER TABLE story_articles DROP COLUMN signature;
ALTER TABLE story_articles RENAME COLUMN deflated TO signature;
ALTER TABLE story_articles ALTER COLUMN signature SET NOT NULL, ALTER COLUMN signature SET STORAGE EXTERNAL;`);
}

/** Step 22's code: each term's rows of term_top as one list row, in list order, then the rows' table dropped. */
async function packTermLists(db: MigrationDb): Promise<void> {
  const terms = (await db.query('SELECT DISTINCT term FROM term_top ORDER BY term')).rows.map((r) => r.term as string);
  const BATCH = 50;
  for (let i = 0; i < terms.length; i += BATCH) {
    const some = terms.slice(i, i + BATCH);
    const rows = (await db.query(
      `SELECT term, impact, first::float8 AS seq, sentences FROM term_top WHERE term = ANY($1::text[]) ORDER BY term, impact DESC, first`,
      [some])).rows;
    const lists = new Map<string, { seq: number; sentences: number[] }[]>();
    for (const r of rows) {
      const sentences = (r.sentences as string).split('.').map(Number);
      if (sentences.length !== r.impact || sentences.some((x) => !Number.isInteger(x) || x < 0)) {
        throw new Error(`migration 22: term_top row of "${r.term}" at seq ${r.seq}: sentences "${r.sentences}" do not make its impact ${r.impact}; nothing was changed`);
      }
      const list = lists.get(r.term) ?? [];
      list.push({ seq: r.seq, sentences });
      lists.set(r.term, list);
    }
    await db.query('INSERT INTO term_lists (term, list) SELECT * FROM unnest($1::text[], $2::bytea[])',
      [[...lists.keys()], [...lists.values()].map((l) => deflateList(encodeSeqList(l)))]);
  }
  await db.query('DROP TABLE term_top; ALTER TABLE term_lists RENAME TO term_top; ALTER INDEX term_lists_pkey RENAME TO term_top_pkey');
}
