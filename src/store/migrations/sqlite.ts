// SQLite schema, as numbered migrations. Append a new entry to change the schema; never edit an
// applied one. Each runs in its own transaction and records itself in schema_version.

import { otherBackendStep, type Migration } from './types.js';

const CAMEO = `('01','02','03','04','05','06','07','08','09','10','11','12','13','14','15','16','17','18','19','20')`;

export const sqliteMigrations: Migration[] = [
  {
    version: 1,
    name: 'articles, sentences with FTS5, entities, annotations, ingest log',
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
  related_hints TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(related_hints)),
  added_at      TEXT NOT NULL
);
-- newest first: SQLite sorts NULL lowest, so DESC puts undated articles last
CREATE INDEX articles_newest ON articles (published DESC, added_at DESC, id DESC);

CREATE TABLE sentences (
  id         INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL CHECK (idx >= 0),
  start_pos  INTEGER NOT NULL CHECK (start_pos >= 0),
  end_pos    INTEGER NOT NULL CHECK (end_pos >= start_pos),
  text       TEXT NOT NULL,
  terms      TEXT NOT NULL,
  n_terms    INTEGER NOT NULL,
  UNIQUE (article_id, idx)
);

-- external content: the terms live once, in sentences; triggers keep the index in step
CREATE VIRTUAL TABLE sentences_fts USING fts5 (
  terms, content = 'sentences', content_rowid = 'id', tokenize = 'unicode61'
);
CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts (rowid, terms) VALUES (new.id, new.terms);
END;
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts (sentences_fts, rowid, terms) VALUES ('delete', old.id, old.terms);
END;

-- corpus totals for BM25, kept in step by addArticle (one row)
CREATE TABLE corpus_stats (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  sentences INTEGER NOT NULL,
  terms     INTEGER NOT NULL
);
INSERT INTO corpus_stats (id, sentences, terms) VALUES (1, 0, 0);

CREATE TABLE entities (
  id            TEXT PRIMARY KEY,
  type          TEXT NOT NULL CHECK (type IN ('PERSON','ORG','GPE','LOC','NORP')),
  name          TEXT NOT NULL CHECK (name <> ''),
  name_key      TEXT NOT NULL,
  last_key      TEXT,
  titles        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(titles)),
  aliases       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases)),
  place         TEXT,
  article_count INTEGER NOT NULL DEFAULT 0,
  mention_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_surname ON entities (type, last_key);
CREATE INDEX entities_rank ON entities (mention_count DESC, id);
CREATE INDEX entities_name ON entities (name_key);

CREATE TABLE entity_aliases (
  alias_key TEXT NOT NULL,
  type      TEXT NOT NULL,
  entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  PRIMARY KEY (alias_key, entity_id)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_type ON entity_aliases (type, alias_key);
CREATE INDEX entity_aliases_entity ON entity_aliases (entity_id);

CREATE TABLE article_entities (
  article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id     TEXT NOT NULL REFERENCES entities (id),
  titles        TEXT NOT NULL DEFAULT '[]',
  mention_count INTEGER NOT NULL,
  PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
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
  partial      INTEGER NOT NULL CHECK (partial IN (0, 1)),
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
  relative    INTEGER NOT NULL CHECK (relative IN (0, 1)),
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
  value      REAL NOT NULL,
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
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
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
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  kind         TEXT NOT NULL,
  payload      TEXT NOT NULL CHECK (json_valid(payload)),
  status       TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','running','done','failed')),
  attempts     INTEGER NOT NULL DEFAULT 0,
  max_attempts INTEGER NOT NULL DEFAULT 3 CHECK (max_attempts >= 1),
  worker       TEXT,
  lease_until  TEXT,
  error        TEXT,
  created_at   TEXT NOT NULL,
  finished_at  TEXT
);
CREATE INDEX jobs_open ON jobs (status, id);
`,
  },
  {
    version: 3,
    name: 'text stored once: sentences as spans in the article row, contentless FTS5, term statistics kept at ingest',
    // Sentence rows held their text and index terms beside the article text (the same text twice, and
    // the terms a third time inside FTS5). Now the article row keeps its sentence spans, FTS5 keeps the
    // terms (contentless; rowid = article seq × 65536 + sentence index, so a hit names its article
    // without a join), and sentence text is sliced from the article when read. Mention, time and number
    // rows drop their text for the same reason (quotes keep theirs: quote lists are read without the
    // article). Annotation tables become WITHOUT ROWID: their primary key is the table. term_df keeps
    // sentence and article document frequencies, so BM25 statistics cost one lookup per term. Article
    // text is stored deflated. The indexes on times.value and events' actor/target/place/cameo go: no
    // query reads by them (a feature that does adds its index with it).
    sql: `
ALTER TABLE articles ADD COLUMN seq INTEGER;
ALTER TABLE articles ADD COLUMN spans TEXT NOT NULL DEFAULT '[]';
ALTER TABLE articles ADD COLUMN text_chars INTEGER NOT NULL DEFAULT 0;
UPDATE articles SET seq = rowid, text_chars = length(text);
UPDATE articles SET spans = (
  SELECT json_group_array(json_array(start_pos, end_pos)) FROM (
    SELECT start_pos, end_pos FROM sentences s WHERE s.article_id = articles.id ORDER BY idx));
CREATE UNIQUE INDEX articles_seq ON articles (seq);

CREATE TABLE term_df (
  term TEXT PRIMARY KEY,
  sdf  INTEGER NOT NULL,
  adf  INTEGER NOT NULL
) WITHOUT ROWID;

CREATE VIRTUAL TABLE sentence_index USING fts5 (terms, content = '', contentless_delete = 1, tokenize = 'unicode61', detail = 'none');
INSERT INTO sentence_index (rowid, terms)
  SELECT a.seq * 65536 + s.idx, s.terms FROM sentences s JOIN articles a ON a.id = s.article_id;

-- document frequencies from the stored terms (one row per distinct term of each sentence)
CREATE TEMP TABLE st AS
  SELECT DISTINCT s.id AS sid, s.article_id AS aid, j.value AS term
  FROM sentences s, json_each('["' || replace(s.terms, ' ', '","') || '"]') j WHERE s.terms <> '';
INSERT INTO term_df (term, sdf, adf) SELECT term, count(*), count(DISTINCT aid) FROM st GROUP BY term;
DROP TABLE st;

CREATE TABLE mentions3 (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  entity_id  TEXT NOT NULL REFERENCES entities (id),
  start_pos  INTEGER NOT NULL CHECK (start_pos >= 0),
  end_pos    INTEGER NOT NULL CHECK (end_pos >= start_pos),
  sentence   INTEGER NOT NULL CHECK (sentence >= 0),
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
INSERT INTO mentions3 SELECT article_id, idx, entity_id, start_pos, end_pos, sentence FROM mentions;

CREATE TABLE quotes3 (
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx          INTEGER NOT NULL,
  start_pos    INTEGER NOT NULL CHECK (start_pos >= 0),
  end_pos      INTEGER NOT NULL CHECK (end_pos >= start_pos),
  text         TEXT NOT NULL,
  speaker_text TEXT,
  speaker_id   TEXT REFERENCES entities (id),
  cue          TEXT,
  partial      INTEGER NOT NULL CHECK (partial IN (0, 1)),
  sentence     INTEGER NOT NULL CHECK (sentence >= 0),
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
INSERT INTO quotes3 SELECT article_id, idx, start_pos, end_pos, text, speaker_text, speaker_id, cue, partial, sentence FROM quotes;

CREATE TABLE times3 (
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,
  start_pos   INTEGER NOT NULL CHECK (start_pos >= 0),
  end_pos     INTEGER NOT NULL CHECK (end_pos >= start_pos),
  value       TEXT,
  granularity TEXT NOT NULL CHECK (granularity IN
    ('time','day','week','month','season','quarter','year','decade','range','duration','set','unknown')),
  relative    INTEGER NOT NULL CHECK (relative IN (0, 1)),
  sentence    INTEGER NOT NULL CHECK (sentence >= 0),
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
INSERT INTO times3 SELECT article_id, idx, start_pos, end_pos, value, granularity, relative, sentence FROM times;

CREATE TABLE numbers3 (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  start_pos  INTEGER NOT NULL CHECK (start_pos >= 0),
  end_pos    INTEGER NOT NULL CHECK (end_pos >= start_pos),
  kind       TEXT NOT NULL CHECK (kind IN ('count','money','percent','duration','ordinal','number')),
  value      REAL NOT NULL,
  unit       TEXT,
  counted    TEXT,
  sentence   INTEGER NOT NULL CHECK (sentence >= 0),
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
INSERT INTO numbers3 SELECT article_id, idx, start_pos, end_pos, kind, value, unit, counted, sentence FROM numbers;

CREATE TABLE events3 (
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
  sentence   INTEGER NOT NULL CHECK (sentence >= 0),
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
INSERT INTO events3 SELECT article_id, idx, start_pos, end_pos, cameo, trigger, actor_id, target_id, place_id, when_value, modality, sentence FROM events;

DROP TABLE mentions;
DROP TABLE quotes;
DROP TABLE times;
DROP TABLE numbers;
DROP TABLE events;
DROP TRIGGER sentences_fts_insert;
DROP TRIGGER sentences_fts_delete;
DROP TABLE sentences_fts;
DROP TABLE sentences;
ALTER TABLE mentions3 RENAME TO mentions;
ALTER TABLE quotes3 RENAME TO quotes;
ALTER TABLE times3 RENAME TO times;
ALTER TABLE numbers3 RENAME TO numbers;
ALTER TABLE events3 RENAME TO events;
CREATE INDEX quotes_speaker ON quotes (speaker_id);
-- article text deflated (the store's newsdesk_deflate function); see deflateText in sqlite.ts
UPDATE articles SET text = newsdesk_deflate(text);
`,
  },
  {
    version: 4,
    name: 'text stored once on PostgreSQL (SQLite did it in step 3)',
    // The backends keep the same version numbers; this step is PostgreSQL's catching up with 3.
    sql: `SELECT 1;`,
  },
  {
    version: 5,
    name: 'stories: each article joins one story; a queue of articles waiting for their story',
    // story_queue keeps insertion order (seq) for the articles not yet in a story, so incremental
    // clustering and a rebuild (which re-queues every article in that same order) decide alike.
    // A member keeps the signature it had when it joined (query/stories.ts), frozen for later turns.
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
CREATE INDEX stories_recent ON stories (last DESC, updated_at DESC, id);
CREATE TABLE story_articles (
  article_id   TEXT PRIMARY KEY REFERENCES articles(id),
  story_id     TEXT NOT NULL REFERENCES stories(id),
  seq          INTEGER NOT NULL,
  position     INTEGER NOT NULL,
  score        REAL NOT NULL,
  reason       TEXT NOT NULL,
  duplicate_of TEXT,
  signature    TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX story_articles_story ON story_articles (story_id, position);
CREATE TABLE story_queue (
  seq        INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL UNIQUE REFERENCES articles(id)
);
INSERT INTO story_queue (seq, article_id) SELECT seq, id FROM articles;
`,
  },
  {
    version: 6,
    name: 'articles know their language (ISO 639-1) and how sure the detection was',
    // NULL for articles stored before: their language was never detected, so no value is invented.
    sql: `
ALTER TABLE articles ADD COLUMN language TEXT;
ALTER TABLE articles ADD COLUMN language_confidence REAL;
`,
  },
  {
    version: 7,
    name: 'coreference links: pronouns and role nouns resolved to entities',
    // Kept apart from mentions: mentions are names (search, answers and counts read them as such).
    // Articles stored before have none; re-adding them does not change them (ingest is idempotent).
    sql: `
CREATE TABLE coref_links (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  entity_id  TEXT NOT NULL REFERENCES entities (id),
  start_pos  INTEGER NOT NULL CHECK (start_pos >= 0),
  end_pos    INTEGER NOT NULL CHECK (end_pos >= start_pos),
  sentence   INTEGER NOT NULL CHECK (sentence >= 0),
  kind       TEXT NOT NULL CHECK (kind IN ('pronoun', 'role')),
  confidence REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE INDEX coref_links_entity ON coref_links (entity_id);
`,
  },
  {
    version: 8,
    name: 'story_articles as a rowid table: a WITHOUT ROWID row over ~1 KB spills to an overflow page of its own',
    // Each row carries its frozen signature (about 1 KB deflated); in a WITHOUT ROWID table that took an
    // overflow page per row (story_articles was 10 of 33 MB on the 2,145-article QA corpus). Same columns.
    sql: `
CREATE TABLE story_articles_v8 (
  article_id   TEXT PRIMARY KEY REFERENCES articles(id),
  story_id     TEXT NOT NULL REFERENCES stories(id),
  seq          INTEGER NOT NULL,
  position     INTEGER NOT NULL,
  score        REAL NOT NULL,
  reason       TEXT NOT NULL,
  duplicate_of TEXT,
  signature    TEXT NOT NULL
);
INSERT INTO story_articles_v8 (article_id, story_id, seq, position, score, reason, duplicate_of, signature)
  SELECT article_id, story_id, seq, position, score, reason, duplicate_of, signature FROM story_articles;
DROP TABLE story_articles;
ALTER TABLE story_articles_v8 RENAME TO story_articles;
CREATE INDEX story_articles_story ON story_articles (story_id, position);
`,
  },
  {
    version: 9,
    name: 'entity corrections: merges and splits a user asked for, and the rules ingest keeps from them',
    // A merge pins the folded entity's name keys to the survivor; a split bans the form's keys from the
    // entity it left. Ingest reads the rules of a document's keys (store/resolve.ts); the log keeps what
    // was asked, and the store's own revisions of first-come links, for `newsdesk entities --corrections`.
    sql: `
CREATE TABLE entity_corrections (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
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
) WITHOUT ROWID;
-- a key is pinned to one entity at most (the latest merge wins)
CREATE UNIQUE INDEX entity_rules_pin ON entity_rules (alias_key, type) WHERE rule = 'pin';
CREATE INDEX entity_rules_entity ON entity_rules (entity_id);
`,
  },
  {
    version: 10,
    name: 'sentence spans written compactly; two indexes no query reads are dropped',
    // Spans were JSON ([[0,52],[54,131],...], about 10 bytes a sentence); they become each sentence's
    // gap from the previous end and its length, base 36, comma-separated ("0,1g,2,25,..."), about half.
    // The store reads both forms, so a row this step has not reached still reads (newsdesk_spans in
    // sqlite.ts). entity_aliases_type (type, alias_key): every alias lookup is by key or entity, which
    // the primary key and entity_aliases_entity serve. coref_links_entity: links are read by article;
    // a merge moves them by article and entity, which the primary key narrows to the article first
    // (mentions and events have had no entity index since step 3 either).
    sql: `
UPDATE articles SET spans = newsdesk_spans(spans) WHERE spans LIKE '[%';
DROP INDEX entity_aliases_type;
DROP INDEX coref_links_entity;
`,
  },
  {
    version: 11,
    name: 'quote text as a span of the article when it is one',
    // Quotes kept their text so that quote lists read without the article (0.9 of the 1.5 MB of quotes on
    // the QA corpus). Every quote the pipeline writes is the article's text between its offsets, so the
    // row keeps NULL for it and readers slice the article (quote lists through the decoded-article
    // cache). A text that differs from its span is kept as it is. newsdesk_slice (sqlite.ts) slices the
    // deflated article text as JavaScript does, in UTF-16 units like the offsets.
    sql: `
CREATE TABLE quotes11 (
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx          INTEGER NOT NULL,
  start_pos    INTEGER NOT NULL CHECK (start_pos >= 0),
  end_pos      INTEGER NOT NULL CHECK (end_pos >= start_pos),
  text         TEXT,
  speaker_text TEXT,
  speaker_id   TEXT REFERENCES entities (id),
  cue          TEXT,
  partial      INTEGER NOT NULL CHECK (partial IN (0, 1)),
  sentence     INTEGER NOT NULL CHECK (sentence >= 0),
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
INSERT INTO quotes11 (article_id, idx, start_pos, end_pos, text, speaker_text, speaker_id, cue, partial, sentence)
  SELECT q.article_id, q.idx, q.start_pos, q.end_pos,
    CASE WHEN q.text = newsdesk_slice(a.text, q.start_pos, q.end_pos) THEN NULL ELSE q.text END,
    q.speaker_text, q.speaker_id, q.cue, q.partial, q.sentence
  FROM quotes q JOIN articles a ON a.id = q.article_id;
DROP TABLE quotes;
ALTER TABLE quotes11 RENAME TO quotes;
CREATE INDEX quotes_speaker ON quotes (speaker_id);
`,
  },
  {
    version: 12,
    name: 'impact-ordered article postings for common terms (term_top); storyOf reads an index alone',
    // store/topk.ts: a term held by more than 500 articles (TOP_PER_TERM) keeps the 500 articles holding
    // it in the most sentences (equal counts: lower seq first), one row each with those sentences
    // ("0.3.17"); term_df.top_floor is the last one's count, below which ingest adds nothing. Built here
    // from the sentence index (FTS5 rowid = seq * 65536 + sentence). Story placement asks which of up to
    // 3,000 articles are in a story (storyOf): the index on (article_id, story_id) answers that without
    // reading each row and its 1 KB signature.
    sql: `
ALTER TABLE term_df ADD COLUMN top_floor INTEGER;
CREATE TABLE term_top (
  term      TEXT NOT NULL,
  impact    INTEGER NOT NULL,
  seq       INTEGER NOT NULL,
  sentences TEXT NOT NULL,
  PRIMARY KEY (term, impact DESC, seq)
) WITHOUT ROWID;
INSERT INTO term_top (term, impact, seq, sentences)
  SELECT term, n, q, sents FROM (
    SELECT term, q, n, sents, row_number() OVER (PARTITION BY term ORDER BY n DESC, q) AS k FROM (
      SELECT d.term AS term, s.rowid / 65536 AS q, count(*) AS n, group_concat(s.rowid % 65536, '.' ORDER BY s.rowid) AS sents
      FROM term_df d JOIN sentence_index s ON s.sentence_index MATCH '"' || d.term || '"'
      WHERE d.adf > 500 GROUP BY d.term, s.rowid / 65536))
  WHERE k <= 500;
UPDATE term_df SET top_floor = (SELECT min(impact) FROM term_top t WHERE t.term = term_df.term) WHERE adf > 500;
CREATE INDEX story_articles_article_story ON story_articles (article_id, story_id);
`,
  },
  {
    version: 13,
    name: 'an article\'s mentions, coreference links, times, numbers and events packed in one row',
    // These rows are read by article only (an article's view, a correction's articles). As rows, each
    // repeated the article id and often an entity id: on the 2,000-article synthetic corpus they took 10 of
    // 33 MB. Packed (store/packed.ts: entity ids once per article, offsets as steps, deflated) they take
    // a fraction of that. newsdesk_pack_annotations (sqlite.ts) packs the same arrays ingest writes.
    // Quotes keep their table: quote lists read them by speaker across articles.
    sql: `
CREATE TABLE article_annotations (
  seq  INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
  data BLOB NOT NULL
);
INSERT INTO article_annotations (seq, data)
  SELECT a.seq, newsdesk_pack_annotations(json_object(
    'm', json((SELECT json_group_array(json_array(entity_id, start_pos, end_pos, sentence) ORDER BY idx) FROM mentions WHERE article_id = a.id)),
    'c', json((SELECT json_group_array(json_array(entity_id, start_pos, end_pos, sentence, kind, confidence) ORDER BY idx) FROM coref_links WHERE article_id = a.id)),
    't', json((SELECT json_group_array(json_array(start_pos, end_pos, value, granularity, relative, sentence) ORDER BY idx) FROM times WHERE article_id = a.id)),
    'n', json((SELECT json_group_array(json_array(start_pos, end_pos, kind, value, unit, counted, sentence) ORDER BY idx) FROM numbers WHERE article_id = a.id)),
    'v', json((SELECT json_group_array(json_array(start_pos, end_pos, cameo, trigger, actor_id, target_id, place_id, when_value, modality, sentence) ORDER BY idx)
               FROM events WHERE article_id = a.id))))
  FROM articles a;
DROP TABLE mentions;
DROP TABLE coref_links;
DROP TABLE times;
DROP TABLE numbers;
DROP TABLE events;
`,
  },
  {
    version: 14,
    name: 'article-entity links keyed by the article\'s seq, not its 12-character id',
    // Each link row and its entity index repeated the article id (12 characters): 1.3 of 25 MB on the
    // 2,000-article synthetic corpus. Readers join articles on seq (unique, articles_seq) where they need
    // the id; orders that were by article id stay by article id.
    sql: `
CREATE TABLE article_entities14 (
  seq           INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
  entity_id     TEXT NOT NULL REFERENCES entities (id),
  titles        TEXT NOT NULL DEFAULT '[]',
  mention_count INTEGER NOT NULL,
  PRIMARY KEY (seq, entity_id)
) WITHOUT ROWID;
INSERT INTO article_entities14 (seq, entity_id, titles, mention_count)
  SELECT a.seq, ae.entity_id, ae.titles, ae.mention_count FROM article_entities ae JOIN articles a ON a.id = ae.article_id;
DROP TABLE article_entities;
ALTER TABLE article_entities14 RENAME TO article_entities;
CREATE INDEX article_entities_entity ON article_entities (entity_id, seq);
`,
  },
  {
    version: 15,
    name: 'event roles filled by a common-noun phrase ("police", "the creditors") and its CAMEO actor type',
    // Events live in the packed article_annotations rows (packed.ts): an event with a phrase role carries
    // four more fields (actor text and type, target text and type), and rows packed before have none, which
    // read as null. Nothing to rewrite; the step keeps both stores at the same version.
    sql: `SELECT 1;`,
  },
  otherBackendStep(16, 'PostgreSQL\'s sentence index and sentence rows made leaner; SQLite keeps its layout'),
  otherBackendStep(17, 'PostgreSQL packs its annotation rows and keeps quote text as spans, as SQLite does since steps 11 and 13'),
  otherBackendStep(18, 'PostgreSQL keeps sentences as spans of the article and one positioned tsvector per article, as SQLite keeps spans and FTS5 rows'),
  otherBackendStep(19, 'PostgreSQL deflates article text and story signatures as SQLite does'),
  otherBackendStep(20, 'PostgreSQL keeps an article\'s entity links as one row under a GIN index; SQLite keeps its rows keyed by seq'),
  {
    version: 21,
    name: 'a covering (seq, id) index for story placement\'s lookup of candidate articles\' ids by seq',
    // Story placement reads up to ~3,000 candidate postings an article and asks for their ids by seq:
    // through articles_seq each seq costs a second lookup in the table by rowid. The index answers it
    // alone (the reader names it: SQLite's planner keeps the smaller articles_seq otherwise). At 100,000
    // articles, 3,000 seqs: 7.6-9.8 -> 3.7-4.0 ms CPU (measured by the ingest helper on a copy of the store).
    sql: `CREATE INDEX articles_seq_id ON articles (seq, id);`,
  },
  otherBackendStep(22, 'PostgreSQL keeps each common term\'s list as one row; SQLite keeps its WITHOUT ROWID rows'),
  {
    version: 23,
    name: 'quotes in the title: sentence -1 (TITLE_SENTENCE), offsets into the title',
    // A headline's quotes are stored with the body's, marked by sentence -1 (model TITLE_SENTENCE): the
    // title is kept outside the annotated text, so they cite no body sentence and their offsets are into
    // the title (their text is always kept). The CHECK allowed sentence >= 0 only, so the table is made
    // again with it widened; the rows are copied unchanged.
    sql: `
CREATE TABLE quotes23 (
  article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx          INTEGER NOT NULL,
  start_pos    INTEGER NOT NULL CHECK (start_pos >= 0),
  end_pos      INTEGER NOT NULL CHECK (end_pos >= start_pos),
  text         TEXT,
  speaker_text TEXT,
  speaker_id   TEXT REFERENCES entities (id),
  cue          TEXT,
  partial      INTEGER NOT NULL CHECK (partial IN (0, 1)),
  sentence     INTEGER NOT NULL CHECK (sentence >= -1),
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
INSERT INTO quotes23 (article_id, idx, start_pos, end_pos, text, speaker_text, speaker_id, cue, partial, sentence)
  SELECT article_id, idx, start_pos, end_pos, text, speaker_text, speaker_id, cue, partial, sentence FROM quotes;
DROP TABLE quotes;
ALTER TABLE quotes23 RENAME TO quotes;
CREATE INDEX quotes_speaker ON quotes (speaker_id);
`,
  },
];
