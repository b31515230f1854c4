// The PostgreSQL backend: a pg Pool, the same schema through PG migrations, tsvector + GIN for
// full text. Each addArticle runs on one pooled client inside BEGIN/COMMIT; entity resolution is
// serialised across writers by a transaction-scoped advisory lock so two workers never create the
// same entity twice or upgrade it under each other.

import pg from 'pg';
import type {
  Annotations,
  DeskError,
  ArticleSummary,
  ArticleView,
  DocEntity,
  Document,
  EntityCorrection,
  EntitySummary,
  EntityType,
  IngestLogEntry,
  QuoteHit,
  SentenceHit,
  StoryEntity,
  StoryMember,
  StorySignature,
  StorySummary,
  TermStats,
} from '../model/index.js';
import type { AddResult, ClaimOptions, Job, JobInfo, JobOutcome, JobQueue, JobStatus, ListOptions, StorageReport, Store, StoryJoin } from './contract.js';
import { JOBS_NEWEST, JOB_STATUSES, isoTime, jobInfo, leaseUntil } from './jobs.js';
import { checkMigrations } from './migrations/types.js';
import { DecodedArticle, DecodedCache, decodeSpans, encodeSpans } from './decoded.js';
import { postgresMigrations } from './migrations/postgres.js';
import { TOP_PER_TERM, type SeqEntry, type TopEntry, capOf, decodeSeqList, deflateList, encodeSeqList, enterList, rankBySum, topOfPostings } from './topk.js';
import { safeTerms, termWeight } from './fts.js';
import { EMPTY_ROWS, type WideRows, annotationRows, moveEntity, packAnnotations, spansOf, packedMentions, unpackAnnotations } from './packed.js';
import { articleEntityRows, deflateText, idFor, inflateText, packedRows, prepareArticle, quoteTextColumn, storeFailed } from './prepare.js';
import { type CoMention, type EntityWrite, type Fold, EVIDENCE_MIN, aliasKey, type Known, type Revision, type Rule, coMentionScores, currentCoMentions, entityId, revisionDestination, keysOf, lookupKeys, mergeNames, nameKey, resolveDocument, surnameKey } from './resolve.js';
import { type StoredEntity, correctionRow, mergeTitles, noEntity, onlyNamedAs, planMerge, planSplit } from './corrections.js';
import {
  ENTITY_COLS,
  SUMMARY_COLS,
  SUMMARY_COLS_PREFIXED,
  articleSummary,
  articleView,
  entitySummary,
  ingestEntry,
  json,
  num,
  page,
  quoteHit,
  STORY_COLS,
  storyDay,
  storyEntity,
  storyMember,
  readStorySignature,
  storedStorySignature,
  storySummary,
} from './rows.js';
import { memberSignature } from './signature-ids.js';

/** A text[] literal: each element quoted, `"` and `\` escaped. */
function pgArray(xs: string[]): string {
  return `{${xs.map((x) => `"${x.replace(/[\\"]/g, (ch) => '\\' + ch)}"`).join(',')}}`;
}

/** A text's length in code points, as PostgreSQL's length(text) counts it. */
function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) n++;
    else {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      n++;
    }
  }
  return n;
}

type Row = Record<string, any>;
type Client = pg.PoolClient;

/** Article ids by seq kept in the process for the common terms' lists (~50 bytes each). */
const ID_BY_SEQ_MAX = 200_000;
const NEWEST = 'a.published DESC NULLS LAST, a.added_at DESC, a.id DESC';
/** Advisory lock keys ("nd" + purpose), namespaced to keep clear of other users of the database. */
const LOCK_MIGRATE = 0x6e640001;
const LOCK_ENTITIES = 0x6e640002;

export async function migratePostgres(client: Client): Promise<number> {
  checkMigrations(postgresMigrations);
  // session lock: several processes may start at once against one fresh database
  await client.query('SELECT pg_advisory_lock($1)', [LOCK_MIGRATE]);
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS schema_version (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const done = new Set(
      (await client.query('SELECT version FROM schema_version')).rows.map((r: Row) => num(r.version)),
    );
    for (const m of postgresMigrations) {
      if (done.has(m.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        if (m.run) await m.run(client);
        await client.query('INSERT INTO schema_version (version, name) VALUES ($1, $2)', [m.version, m.name]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    }
    return num((await client.query('SELECT max(version) AS v FROM schema_version')).rows[0].v);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_MIGRATE]);
  }
}

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  /** Test hook: called inside the transaction after each named step; throwing aborts the article. */
  afterStep: ((step: string) => void | Promise<void>) | null = null;
  readonly jobs: JobQueue;
  private readonly decoded = new DecodedCache<string>();
  /** Article ids by seq, as the lists' readers met them (topOf). */
  private readonly idBySeq = new Map<number, string>();

  private constructor(private readonly pool: pg.Pool, private readonly topMax: number) {
    this.jobs = new PostgresJobs(pool);
  }

  static async open(url: string, poolSize = 10, topPerTerm = TOP_PER_TERM): Promise<PostgresStore> {
    if (!Number.isInteger(topPerTerm) || topPerTerm < 1) throw new Error(`topPerTerm: expected a whole number ≥ 1, got ${topPerTerm}`);
    const pool = new pg.Pool({ connectionString: url, max: poolSize });
    // an idle client losing its connection must not crash the process; the next query reconnects
    pool.on('error', () => {});
    const client = await pool.connect();
    try {
      await migratePostgres(client);
    } catch (err) {
      client.release();
      await pool.end();
      throw err;
    }
    client.release();
    return new PostgresStore(pool, topPerTerm);
  }

  private async q(sql: string, params: unknown[] = []): Promise<Row[]> {
    return (await this.pool.query(sql, params)).rows;
  }

  async addArticles(items: { doc: Document; ann: Annotations }[], now: string): Promise<(AddResult | DeskError)[]> {
    // one transaction each: a batch-long transaction would hold the writers' lock for the whole batch
    const out: (AddResult | DeskError)[] = [];
    for (const { doc, ann } of items) {
      try {
        out.push(await this.addArticle(doc, ann, now));
      } catch (err) {
        out.push(storeFailed(doc, err));
      }
    }
    return out;
  }

  async addArticle(doc: Document, ann: Annotations, now: string): Promise<AddResult> {
    let p;
    try {
      p = prepareArticle(doc, ann);
    } catch (err) {
      throw storeFailed(doc, err);
    }
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await this.insertArticle(client, p, doc, ann, now);
      if (result.status === 'duplicate') await client.query('ROLLBACK');
      else await client.query('COMMIT');
      if (result.status === 'added' || result.id) return result;
      // the insert lost a race with a concurrent writer of the same article: it is committed now
      const dup = await this.findDuplicate(this.pool, p.urlKey, p.contentHash);
      if (dup) return { status: 'duplicate', id: dup };
      throw new Error(`article id ${p.id} is taken by a different article`);
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw storeFailed(doc, err);
    } finally {
      client.release();
    }
  }

  /**
   * As SqliteStore.keepTop: the common terms' lists (topk.ts), in the writers' turn. Each list is one row
   * (step 22): the terms this article enters are read, changed in the process and written back, two
   * statements an article however many lists it enters.
   */
  private async keepTop(c: Client, seq: number, indices: Map<string, number[]>, counted: Row[]): Promise<void> {
    const put: [string, SeqEntry[]][] = [];
    const entering: [string, number[]][] = [];
    for (const r of counted) {
      if (num(r.adf) <= this.topMax) continue;
      const mine = indices.get(r.term);
      if (!mine) continue;
      if (r.top_floor === null) {
        const top = topOfPostings(await this.postingsByArticle(c, r.term), this.topMax);
        put.push([r.term, top.map((e) => ({ seq: e.first, sentences: e.sentences }))]);
      } else if (mine.length > num(r.top_floor)) {
        entering.push([r.term, mine]);
      }
    }
    if (entering.length) {
      const held = new Map<string, Buffer>((await c.query('SELECT term, list FROM term_top WHERE term = ANY($1::text[])',
        [entering.map((e) => e[0])])).rows.map((r: Row) => [r.term as string, r.list as Buffer]));
      for (const [term, mine] of entering) {
        const was = held.get(term);
        if (!was) throw new Error(`term_top: "${term}" has a floor and no list`);
        put.push([term, enterList(decodeSeqList(term, inflateText(was)), { seq, sentences: mine })]);
      }
    }
    if (put.length === 0) return;
    // a list's floor is its last entry's count of sentences
    await c.query(
      `WITH put AS (
         INSERT INTO term_top (term, list) SELECT * FROM unnest($1::text[], $2::bytea[])
         ON CONFLICT (term) DO UPDATE SET list = excluded.list)
       UPDATE term_df d SET top_floor = u.f FROM unnest($1::text[], $3::int[]) AS u(t, f) WHERE d.term = u.t`,
      [put.map(([term]) => term), put.map(([, list]) => deflateList(encodeSeqList(list))), put.map(([, list]) => (list.length ? list[list.length - 1].sentences.length : null))],
    );
  }

  /**
   * A safe term's sentences grouped by article, articles in storage order (their seq). The articles come
   * from the GIN index; their sentences from each one's tsvector positions (newsdesk_sentences, step 18).
   */
  private async postingsByArticle(db: pg.Pool | Client, safe: string): Promise<(TopEntry & { first: number })[]> {
    const rows = await db.query(
      `SELECT x.article_id, array_agg(s ORDER BY s) AS s, min(x.seq)::float8 AS first
       FROM article_terms x, newsdesk_sentences(x.tsv, x.part, $1) s
       WHERE x.tsv @@ plainto_tsquery('simple', $1) GROUP BY x.article_id ORDER BY first`,
      [safe],
    );
    return rows.rows.map((r: Row) => ({ key: r.article_id, sentences: (r.s as unknown[]).map(num), first: num(r.first) }));
  }

  /**
   * A safe term's best `cap` articles from its stored list (empty when it has none): the list is one
   * deflated row keyed by seq (step 22); the ids come from the (seq) INCLUDE (id) index.
   */
  private async topOf(safe: string, cap: number): Promise<TopEntry[]> {
    const row = await this.q('SELECT list FROM term_top WHERE term = $1', [safe]);
    if (!row.length) return [];
    const list = decodeSeqList(safe, inflateText(row[0].list), cap);
    const ids = this.idBySeq;
    const missing = list.filter((e) => !ids.has(e.seq)).map((e) => e.seq);
    if (missing.length) {
      // an article's seq never changes hands, so ids once read stay right; cleared at the bound
      if (ids.size + missing.length > ID_BY_SEQ_MAX) ids.clear();
      for (const r of await this.q('SELECT seq::float8 AS seq, id FROM articles WHERE seq = ANY($1::bigint[])', [missing])) ids.set(num(r.seq), r.id as string);
    }
    return list.map((e) => {
      const key = ids.get(e.seq);
      if (key === undefined) throw new Error(`term_top list of "${safe}": no article with seq ${e.seq}`);
      return { key, sentences: e.sentences };
    });
  }

  /** As SqliteStore.bestArticles. */
  private async bestArticles(safe: string, adf: number, cap: number): Promise<TopEntry[] | null> {
    if (adf <= cap) return null;
    if (adf > this.topMax && cap <= this.topMax) {
      const list = await this.topOf(safe, cap);
      if (list.length) return list;
    }
    return topOfPostings(await this.postingsByArticle(this.pool, safe), cap);
  }

  private async articleDfs(safe: string[]): Promise<Map<string, number>> {
    return new Map((await this.q('SELECT term, adf::float8 AS adf FROM term_df WHERE term = ANY($1::text[])', [safe]))
      .map((r) => [r.term as string, num(r.adf)]));
  }

  private async findDuplicate(db: pg.Pool | Client, uk: string | null, hash: string): Promise<string | null> {
    if (uk !== null) {
      const r = await db.query('SELECT id FROM articles WHERE url_key = $1', [uk]);
      if (r.rows.length) return r.rows[0].id;
    }
    const r = await db.query('SELECT id FROM articles WHERE content_hash = $1', [hash]);
    return r.rows.length ? r.rows[0].id : null;
  }

  private async step(name: string): Promise<void> {
    await this.afterStep?.(name);
  }

  /**
   * The article's own rows (article with its sentence spans, its story queue entry, its terms) in one statement,
   * each table's rows from arrays (unnest), so this part is one round trip however long the article. An
   * article whose URL key, content hash or id is taken conflicts and writes nothing; then the stored one
   * is looked up. Returns `{duplicate, id: ''}` when it conflicted with an article not yet visible.
   */
  private async insertArticle(c: Client, p: ReturnType<typeof prepareArticle>, doc: Document, ann: Annotations,
    now: string): Promise<AddResult> {
    const S = p.sentences;
    const ins = await c.query(
      `WITH art AS (
         INSERT INTO articles (id, title, text, byline, published, canonical_url, url_key, content_hash,
           source, origin, related_hints, added_at, language, language_confidence, spans, text_chars)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $18)
         ON CONFLICT DO NOTHING RETURNING id, seq),
       que AS (INSERT INTO story_queue (article_id) SELECT id FROM art),
       terms AS (
         -- one tsvector per 256 sentences, each lexeme at the sentences holding it (migration 18)
         INSERT INTO article_terms (article_id, part, seq, tsv)
         SELECT art.id, u.i / 256, art.seq, string_agg(newsdesk_lexeme_at(l.lexeme, u.i % 256 + 1), ' ')::tsvector
         FROM art, unnest($16::int[], $17::text[]) AS u(i, t), unnest(to_tsvector('simple', u.t)) l
         GROUP BY art.id, art.seq, u.i / 256)
       SELECT id, seq::float8 AS seq FROM art`,
      // the text deflated (migration 19), with its length in characters (code points, as length(text) counted)
      [p.id, doc.title, deflateText(doc.text), doc.byline, doc.published, doc.canonicalUrl, p.urlKey, p.contentHash,
        doc.source, doc.origin, JSON.stringify(doc.relatedHints ?? []), now, doc.language ?? null, doc.languageConfidence ?? null,
        encodeSpans(S.map((s) => [s.start, s.end])), S.map((s) => s.idx), S.map((s) => s.terms), codePoints(doc.text)],
    );
    if (ins.rows.length === 0) return { status: 'duplicate', id: (await this.findDuplicate(c, p.urlKey, p.contentHash)) ?? '' };
    for (const step of ['article', 'sentences']) await this.step(step);

    // From here to COMMIT, writers take turns: resolution reads then writes shared entity rows. The
    // lock is its own statement: a statement's snapshot is taken when it starts, and the read must
    // see what the writer before us committed. The turn is a few statements, however many entities.
    await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK_ENTITIES]);
    // term statistics in the turn too: two writers never wait on each other's hot rows ("said") crosswise
    const TD = [...p.termSentences].sort((x, y) => (x[0] < y[0] ? -1 : 1));
    // only the terms keepTop looks at come back (held by more articles than a list keeps), not all ~300
    const counted = await c.query(
      `WITH counted AS (
         INSERT INTO term_df (term, sdf, adf) SELECT t, n, 1 FROM unnest($1::text[], $2::int[]) AS u(t, n)
         ON CONFLICT (term) DO UPDATE SET sdf = term_df.sdf + excluded.sdf, adf = term_df.adf + 1
         RETURNING term, adf, top_floor)
       SELECT term, adf, top_floor FROM counted WHERE adf > $3`,
      [TD.map((x) => x[0]), TD.map((x) => x[1]), this.topMax],
    );
    await this.keepTop(c, num(ins.rows[0].seq), p.termIndices, counted.rows);
    const idOf = await this.resolveAll(c, ann.entities, now);
    await this.step('entities');

    // everything that names a corpus entity, and the corpus counters, in one statement. Not a named
    // (prepared) statement, nor are resolution's two: a prepared statement's generic plan is made once,
    // after its fifth run, and kept until the next ANALYZE of its tables. Made while `entities` held a
    // few hundred rows, it scanned the whole table for each article's 40 entities thousands of articles
    // later (resolution's read: 8.5 ms an article at 1,000 articles, a third of the server's statement
    // time). Unnamed, each run is planned for the tables as they are.
    const AE = articleEntityRows(ann, idOf);
    const Q = ann.quotes;
    // mentions, coreference links, times, numbers and events: one packed row (packed.ts, migration 17)
    const packed = packAnnotations(packedRows(ann, idOf));
    await c.query({
      text: `WITH stats AS (
         UPDATE corpus_stats SET sentences = sentences + $2, terms = terms + $3 WHERE id = 1),
       ae AS (
         -- the article's entities as one row (migration 20), under a GIN index for readers by entity
         INSERT INTO article_entity_sets (article_id, entity_ids, titles, mention_counts)
         SELECT $1, $4::text[], $5::json, $6::int[] WHERE cardinality($4::text[]) > 0),
       counters AS (
         UPDATE entities e SET article_count = e.article_count + 1, mention_count = e.mention_count + u.n
         FROM unnest($4::text[], $6::int[]) AS u(id, n) WHERE e.id = u.id AND e.id = ANY($4::text[])),
       q AS (
         INSERT INTO quotes (article_id, idx, start_pos, end_pos, text, speaker_text, speaker_id, cue, partial, sentence)
         SELECT $1, * FROM unnest($7::int[], $8::int[], $9::int[], $10::text[], $11::text[], $12::text[],
           $13::text[], $14::boolean[], $15::int[]))
       INSERT INTO article_annotations (article_id, data) VALUES ($1, $16)`,
      values: [
        p.id, S.length, p.termCount,
        AE.map((r) => r.entityId), JSON.stringify(AE.map((r) => r.titles)), AE.map((r) => r.mentionCount),
        // a quote that is its span of the article is read from the article (migration 17); a title quote keeps its words
        Q.map((_, i) => i), Q.map((q) => q.start), Q.map((q) => q.end), Q.map((q) => quoteTextColumn(doc, q)),
        Q.map((q) => q.speakerText), Q.map((q) => idFor(idOf, q.speaker)), Q.map((q) => q.cue), Q.map((q) => q.partial), Q.map((q) => q.sentence),
        packed,
      ],
    });
    for (const step of ['times', 'numbers']) await this.step(step);
    for (const step of ['mentions', 'quotes', 'events']) await this.step(step);
    return { status: 'added', id: p.id };
  }

  /**
   * Links the document's entities to the corpus in a few round trips, whatever their number (this
   * runs under the entity lock, which every writer waits for): one read of every stored entity they
   * could be linked to and of the ids a new one would take, the decisions in memory in document order
   * (resolveDocument: each sees the ones before it, as linking one by one would), then one statement
   * writing them. Returns entity key → corpus id.
   */
  private async resolveAll(c: Client, entities: DocEntity[], now: string): Promise<Map<string, string>> {
    if (entities.length === 0) return new Map();
    const looks = entities.map(lookupKeys);
    const aliasKeys = [...new Set(looks.flatMap((l) => l.aliasKeys))];
    const surnames = [...new Set(looks.flatMap((l) => (l.surname === null ? [] : [l.surname])))];
    const newIds = entities.map((e) => entityId(e.type, e.name.trim()));
    // A superset is fine (resolveDocument matches type and key exactly); plain `= ANY` conditions keep
    // every lookup on an index however large the tables grow. Surname keys exist for persons only.
    // The candidates' ids are gathered first and their rows read by primary key (`= ANY(ARRAY(...))`):
    // joined to the id list instead, the planner hash-joined a scan of all of `entities` whenever its
    // statistics were older than the table (a young corpus grows faster than autovacuum analyzes it).
    // The same `e.id = ANY(...)` beside the joins that update entities below, for the same reason.
    const rows = (await c.query({
      text: `SELECT 'candidate' AS kind, e.id, e.type, e.name, e.aliases, e.titles, e.place, e.last_key,
               ARRAY(SELECT ea.alias_key FROM entity_aliases ea WHERE ea.entity_id = e.id AND ea.alias_key = ANY($1::text[])) AS keys
             FROM entities e
             WHERE e.id = ANY(ARRAY(SELECT entity_id FROM entity_aliases WHERE alias_key = ANY($1::text[])
                                    UNION SELECT id FROM entities WHERE type = 'PERSON' AND last_key = ANY($2::text[])))
             UNION ALL
             SELECT 'taken', id, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM entities WHERE id = ANY($3::text[])
             UNION ALL
             SELECT 'rule', entity_id, type, rule, NULL, NULL, NULL, NULL, ARRAY[alias_key] FROM entity_rules WHERE alias_key = ANY($1::text[])`,
      values: [aliasKeys, surnames, newIds],
    })).rows;
    const known = new Map<string, Known>();
    const used = new Set<string>();
    const rules: Rule[] = [];
    for (const r of rows as Row[]) {
      if (r.kind === 'taken') used.add(r.id);
      else if (r.kind === 'rule') rules.push({ key: r.keys[0], type: r.type, rule: r.name, entityId: r.id });
      else known.set(r.id, { id: r.id, type: r.type, name: r.name, aliases: r.aliases, titles: r.titles, place: r.place, surname: r.last_key, keys: new Set(r.keys) });
    }
    // the first id each entity would take was read above; a salted one (rare) is asked for
    const taken = async (id: string) =>
      newIds.includes(id) ? used.has(id) : (await c.query('SELECT 1 FROM entities WHERE id = $1', [id])).rows.length > 0;
    const evidence = async (rivals: string[], others: string[]) => coMentionScores(await this.coMentionRows(c, rivals, others), await this.articleTotal(c));
    const { idOf, writes, revise, folds } = await resolveDocument(entities, known, taken, rules, evidence);

    const W = [...writes.values()];
    if (W.length === 0) {
      // nothing changed, nothing created (so nothing to revise), but a spelt-out acronym may still fold
      for (const f of folds) await this.fold(c, f, now, new Set(idOf.values()));
      return idOf;
    }
    const created = W.filter((w) => w.created);
    const changed = W.filter((w) => !w.created);
    const cols = (ws: EntityWrite[]) => [ws.map((w) => w.id), ws.map((w) => w.type), ws.map((w) => w.name),
      ws.map((w) => nameKey(w.name, w.type)), ws.map((w) => surnameKey(w.name, w.type)), ws.map((w) => JSON.stringify(w.titles)),
      ws.map((w) => JSON.stringify(w.aliases)), ws.map((w) => w.place)];
    const keys = W.flatMap((w) => [...w.keys].map((k) => [k, w.type, w.id] as const));
    // one statement: the aliases' foreign keys are checked at its end, when the new entities are there
    await c.query({
      text: `WITH created AS (
         INSERT INTO entities (id, type, name, name_key, last_key, titles, aliases, place)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::jsonb[], $8::text[])),
       changed AS (
         UPDATE entities e SET name = u.name, name_key = u.name_key, last_key = u.last_key, titles = u.titles,
           aliases = u.aliases, place = u.place
         FROM unnest($9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::jsonb[], $15::jsonb[], $16::text[])
           AS u(id, type, name, name_key, last_key, titles, aliases, place)
         WHERE e.id = u.id AND e.id = ANY($9::text[]))
       INSERT INTO entity_aliases (alias_key, type, entity_id) SELECT * FROM unnest($17::text[], $18::text[], $19::text[])
       ON CONFLICT DO NOTHING`,
      values: [...cols(created), ...cols(changed), keys.map((k) => k[0]), keys.map((k) => k[1]), keys.map((k) => k[2])],
    });
    for (const r of revise) await this.revise(c, r, now, new Set(idOf.values()));
    for (const f of folds) await this.fold(c, f, now, new Set(idOf.values()));
    return idOf;
  }

  // ---- corrections (store/corrections.ts): the same steps as SQLite's, in the writers' turn ----

  /** One transaction holding the writers' entity lock, so no ingest resolves against a half-made correction. */
  private async correct<T>(fn: (c: Client) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK_ENTITIES]);
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      c.release();
    }
  }

  private async entityRow(c: Client, id: string): Promise<StoredEntity | null> {
    const r = (await c.query('SELECT id, type, name, aliases, titles, place FROM entities WHERE id = $1', [id])).rows[0];
    return r ? { id: r.id, type: r.type, name: r.name, aliases: json(r.aliases), titles: json(r.titles), place: r.place } : null;
  }

  /** Inserts an entity under its name's id (salted while taken); returns the id. */
  private async createEntity(c: Client, e: Omit<StoredEntity, 'id'>): Promise<string> {
    let id = '';
    for (let n = 0; ; n++) {
      id = entityId(e.type, e.name, n);
      if ((await c.query('SELECT 1 FROM entities WHERE id = $1', [id])).rows.length === 0) break;
    }
    await c.query(
      `INSERT INTO entities (id, type, name, name_key, last_key, titles, aliases, place) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, e.type, e.name, nameKey(e.name, e.type), surnameKey(e.name, e.type), JSON.stringify(e.titles), JSON.stringify(e.aliases), e.place],
    );
    await this.addKeys(c, id, e.type, keysOf([e.name, ...e.aliases], e.type));
    return id;
  }

  private async addKeys(c: Client, id: string, type: string, keys: Iterable<string>): Promise<void> {
    await c.query(
      `INSERT INTO entity_aliases (alias_key, type, entity_id) SELECT k, $2, $3 FROM unnest($1::text[]) AS k ON CONFLICT DO NOTHING`,
      [[...keys], type, id],
    );
  }

  /**
   * The articles that name entity `id` only by a form with one of `keys` (every mention of it there), with
   * those mentions' surfaces, in article id order. The entity's articles come from article_entities and its
   * mention spans from their packed rows; only the articles whose spans are all short enough have their
   * text read (mentions keep offsets, not text, since migration 17).
   */
  private async onlyNamedAs(c: Client, id: string, type: EntityType, keys: Set<string>): Promise<{ articleId: string; surfaces: string[] }[]> {
    const longest = Math.max(...[...keys].map((k) => k.length)) * 2 + 8;
    const rows = (await c.query(
      `SELECT ae.article_id, x.data FROM article_entity_sets ae JOIN article_annotations x ON x.article_id = ae.article_id
       WHERE ae.entity_ids @> ARRAY[$1::text] ORDER BY ae.article_id`,
      [id],
    )).rows;
    const spans = new Map<string, [number, number][]>();
    for (const r of rows) {
      const s = spansOf(packedMentions(r.data), id);
      if (s.length > 0 && s.every(([start, end]) => end - start <= longest)) spans.set(r.article_id, s);
    }
    if (spans.size === 0) return [];
    const texts = new Map((await c.query('SELECT id, text FROM articles WHERE id = ANY($1::text[])', [[...spans.keys()]])).rows
      .map((r) => [r.id as string, inflateText(r.text)]));
    const out: { articleId: string; surfaces: string[] }[] = [];
    for (const [articleId, s] of spans) {
      const t = texts.get(articleId)!;
      const surfaces = s.map(([start, end]) => t.slice(start, end));
      if (onlyNamedAs(surfaces, keys, type)) out.push({ articleId, surfaces });
    }
    return out;
  }

  /** Every reference to `from` in the given articles becomes `to` (see SqliteStore.moveArticles). */
  private async moveArticles(c: Client, from: string, to: string, articleIds: string[]): Promise<string[]> {
    const A = articleIds;
    await c.query('UPDATE quotes SET speaker_id = $2 WHERE speaker_id = $1 AND article_id = ANY($3::text[])', [from, to, A]);
    // mentions, coreference links and event roles: the articles' packed rows, rewritten (migration 17)
    const packed = (await c.query('SELECT article_id, data FROM article_annotations WHERE article_id = ANY($1::text[])', [A])).rows;
    await c.query(
      'UPDATE article_annotations x SET data = u.d FROM unnest($1::text[], $2::bytea[]) AS u(a, d) WHERE x.article_id = u.a',
      [packed.map((r) => r.article_id), packed.map((r) => packAnnotations(moveEntity(unpackAnnotations(r.data), from, to)))],
    );
    // the articles' entity rows (migration 20): `from` becomes `to`, merged into `to` where the article has it
    const sets = (await c.query(
      `SELECT article_id, entity_ids, titles, mention_counts FROM article_entity_sets
       WHERE article_id = ANY($1::text[]) AND entity_ids @> ARRAY[$2::text] ORDER BY article_id`,
      [A, from],
    )).rows;
    let titles: string[] = [];
    const out: { a: string; ids: string[]; titles: string[][]; n: number[] }[] = [];
    for (const r of sets) {
      const ids = [...(r.entity_ids as string[])];
      const ts = json<string[][]>(r.titles).map((t) => [...t]);
      const n = (r.mention_counts as unknown[]).map(num);
      const f = ids.indexOf(from);
      const t = ts[f];
      titles = mergeTitles(titles, t);
      const there = ids.indexOf(to);
      if (there >= 0) {
        ts[there] = mergeTitles(ts[there], t);
        n[there] += n[f];
        ids.splice(f, 1);
        ts.splice(f, 1);
        n.splice(f, 1);
      } else ids[f] = to;
      out.push({ a: r.article_id, ids, titles: ts, n });
    }
    await c.query(
      `UPDATE article_entity_sets x SET entity_ids = u.i::text[], titles = u.t::json, mention_counts = u.n::int[]
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS u(a, i, t, n) WHERE x.article_id = u.a`,
      [out.map((x) => x.a), out.map((x) => pgArray(x.ids)), out.map((x) => JSON.stringify(x.titles)), out.map((x) => `{${x.n.join(',')}}`)],
    );
    await c.query(
      `UPDATE entities e SET article_count = (SELECT count(*) FROM article_entity_sets WHERE entity_ids @> ARRAY[e.id]),
         mention_count = (SELECT coalesce(sum(u.n), 0) FROM article_entity_sets x, unnest(x.entity_ids, x.mention_counts) AS u(id, n)
                          WHERE x.entity_ids @> ARRAY[e.id] AND u.id = e.id)
       WHERE e.id IN ($1, $2)`,
      [from, to],
    );
    return titles;
  }

  /**
   * As SqliteStore.coMentionRows: the `others` each rival was named with in stored articles (but
   * `except`), by other, then rival (binary order, as SQLite gives them).
   *
   * The join it replaces read every article naming any rival and unnested each one's entities twice, so
   * a call cost more as a surname's people were named in more articles (2.2 -> 5.2 ms a call over a
   * 2,000-article ingest). Each (rival, other) pair is now asked of the GIN index on entity_ids with
   * both ids (`@>`), which intersects their postings and reads only the articles naming both: the same
   * pairs on the 1,080 calls of that ingest, 6.4 -> 2.6 s for all of them on the finished store.
   */
  private async coMentionRows(c: Client, rivals: string[], others: string[], except = ''): Promise<CoMention[]> {
    if (others.length === 0 || rivals.length === 0) return [];
    return (await c.query(
      `SELECT r.cand, o.other, e.article_count::int AS n
       FROM (SELECT DISTINCT unnest($1::text[]) AS cand) r CROSS JOIN (SELECT DISTINCT unnest($2::text[]) AS other) o
       JOIN entities e ON e.id = o.other
       WHERE EXISTS (SELECT 1 FROM article_entity_sets s WHERE s.entity_ids @> ARRAY[r.cand, o.other] AND s.article_id <> $3)
       ORDER BY o.other COLLATE "C", r.cand COLLATE "C"`,
      [rivals, others, except],
    )).rows as CoMention[];
  }

  private async articleTotal(c: Client): Promise<number> {
    return num((await c.query('SELECT count(*) AS n FROM articles')).rows[0].n);
  }

  /** As SqliteStore.revise: `r.from`'s bare-surname-only articles go where their other entities point, else to the bare surname. */
  private async revise(c: Client, r: Revision, now: string, current: Set<string> = new Set()): Promise<void> {
    const from = await this.entityRow(c, r.from);
    // a user's merge pinned the bare surname: who it names is theirs to say, not first-come
    if (!from || (await c.query(`SELECT 1 FROM entity_rules WHERE rule = 'pin' AND type = 'PERSON' AND alias_key = $1`, [r.surname])).rows.length) return;
    const arts = await this.onlyNamedAs(c, from.id, from.type, new Set([r.surname]));
    if (arts.length === 0) return;
    const rivals = (await c.query(`SELECT id, name FROM entities WHERE type = 'PERSON' AND last_key = $1 AND name_key LIKE '% %'
      AND id NOT IN (SELECT entity_id FROM entity_rules WHERE rule = 'ban' AND alias_key = $1) ORDER BY id`, [r.surname])).rows as { id: string; name: string }[];
    const rivalIds = rivals.map((x) => x.id);
    const total = await this.articleTotal(c);
    const moves = new Map<string, typeof arts>();
    for (const a of arts) {
      const ids = ((await c.query('SELECT entity_ids FROM article_entity_sets WHERE article_id = $1', [a.articleId])).rows[0]?.entity_ids ?? []) as string[];
      const others = ids.filter((id) => id !== from.id && !rivalIds.includes(id));
      const here = others.filter((x) => current.has(x));
      const counts = here.length === 0 ? new Map<string, number>()
        : new Map((await c.query('SELECT id, article_count::int AS n FROM entities WHERE id = ANY($1::text[])', [here])).rows.map((x) => [x.id as string, x.n as number]));
      const rows = [...(await this.coMentionRows(c, rivalIds, others, a.articleId)), ...currentCoMentions(rivalIds, others, current, (o) => counts.get(o)!)];
      const to = revisionDestination(from, r.surname, rivals, a.surfaces, rows, total);
      if (to !== null) moves.set(to, [...(moves.get(to) ?? []), a]);
    }
    for (const [target, moved] of moves) {
      const name = moved[0].surfaces[0].trim();
      const bare = target ? undefined : (await c.query(`SELECT id FROM entities WHERE type = 'PERSON' AND name_key = $1 AND id <> $2 ORDER BY id LIMIT 1`, [r.surname, from.id])).rows[0];
      const to: string = target || (bare?.id ?? (await this.createEntity(c, { type: 'PERSON', name, aliases: [name], titles: [], place: null })));
      const otherName = target ? (await this.entityRow(c, target))!.name : name;
      await this.addTitles(c, to, await this.moveArticles(c, from.id, to, moved.map((a) => a.articleId)));
      await this.logCorrection(c, { kind: 'revise', entityId: from.id, otherId: to, otherName, alias: name, articles: moved.length, at: now });
    }
  }

  /** As SqliteStore.fold: an acronym-only entity the document spells out joins the entity it named, on enough co-mentions. */
  private async fold(c: Client, f: Fold, now: string, current: Set<string>): Promise<void> {
    const [x, y] = [await this.entityRow(c, f.from), await this.entityRow(c, f.into)];
    if (!x || !y || current.has(x.id) || (await c.query('SELECT 1 FROM entity_rules WHERE entity_id = $1', [x.id])).rows.length ||
      (await c.query(`SELECT 1 FROM entity_rules WHERE rule = 'ban' AND entity_id = $1 AND alias_key = $2`, [y.id, aliasKey(x.name)])).rows.length) return;
    const others = [...current].filter((id) => id !== x.id && id !== y.id);
    const score = coMentionScores(await this.coMentionRows(c, [x.id], others), await this.articleTotal(c)).get(x.id) ?? 0;
    if (score < EVIDENCE_MIN) return;
    const arts = (await c.query('SELECT article_id FROM article_entity_sets WHERE entity_ids @> ARRAY[$1::text] ORDER BY article_id', [x.id])).rows.map((r) => r.article_id as string);
    const titles = await this.moveArticles(c, x.id, y.id, arts);
    // a user's merge without its rules (no pins) and without taking the acronym's place
    const plan = planMerge(y, x);
    await c.query('UPDATE entities SET aliases = $1, titles = $2 WHERE id = $3', [JSON.stringify(plan.aliases), JSON.stringify(mergeNames(plan.titles, titles)), y.id]);
    await c.query('DELETE FROM entity_aliases WHERE entity_id = $1', [x.id]);
    await this.addKeys(c, y.id, y.type, plan.keys);
    await c.query('DELETE FROM entities WHERE id = $1', [x.id]);
    await this.logCorrection(c, { kind: 'merge', entityId: y.id, otherId: x.id, otherName: x.name, alias: x.name, articles: arts.length, at: now });
  }

  private async addTitles(c: Client, id: string, titles: string[]): Promise<void> {
    if (titles.length === 0) return;
    const e = (await this.entityRow(c, id))!;
    await c.query('UPDATE entities SET titles = $1 WHERE id = $2', [JSON.stringify(mergeNames(e.titles, titles)), id]);
  }

  private async logCorrection(c: Client, x: EntityCorrection): Promise<void> {
    await c.query(
      'INSERT INTO entity_corrections (kind, entity_id, other_id, other_name, alias, articles, at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [x.kind, x.entityId, x.otherId, x.otherName, x.alias, x.articles, x.at],
    );
  }

  async mergeEntities(into: string, from: string, now: string): Promise<EntityCorrection> {
    return this.correct(async (c) => {
      const a = (await this.entityRow(c, into)) ?? (() => { throw noEntity(into); })();
      const b = (await this.entityRow(c, from)) ?? (() => { throw noEntity(from); })();
      const plan = planMerge(a, b);
      const arts = (await c.query('SELECT article_id FROM article_entity_sets WHERE entity_ids @> ARRAY[$1::text]', [b.id])).rows.map((r) => r.article_id as string);
      await this.moveArticles(c, b.id, a.id, arts);
      await this.step('correction:links');
      await c.query('UPDATE entities SET aliases = $1, titles = $2, place = $3 WHERE id = $4',
        [JSON.stringify(plan.aliases), JSON.stringify(plan.titles), plan.place, a.id]);
      await c.query('DELETE FROM entity_aliases WHERE entity_id = $1', [b.id]);
      await this.addKeys(c, a.id, a.type, plan.keys);
      // rules as on SQLite: pins follow B to A, B's bans go, A's bans on B's keys are lifted, B's keys pinned to A
      await c.query(`UPDATE entity_rules SET entity_id = $1 WHERE entity_id = $2 AND rule = 'pin'`, [a.id, b.id]);
      await c.query('DELETE FROM entity_rules WHERE entity_id = $1', [b.id]);
      for (const p of plan.pins) {
        await c.query(`DELETE FROM entity_rules WHERE alias_key = $1 AND ((rule = 'pin' AND type = $2) OR (rule = 'ban' AND entity_id = $3))`, [p.key, p.type, a.id]);
        await c.query(`INSERT INTO entity_rules (alias_key, type, rule, entity_id) VALUES ($1, $2, 'pin', $3)`, [p.key, p.type, a.id]);
      }
      await this.step('correction:rules');
      await c.query('DELETE FROM entities WHERE id = $1', [b.id]);
      const x: EntityCorrection = { kind: 'merge', entityId: a.id, otherId: b.id, otherName: b.name, alias: null, articles: arts.length, at: now };
      await this.logCorrection(c, x);
      await this.step('correction:log');
      return x;
    });
  }

  async splitEntity(id: string, form: string, now: string): Promise<EntityCorrection> {
    return this.correct(async (c) => {
      const e = (await this.entityRow(c, id)) ?? (() => { throw noEntity(id); })();
      const plan = planSplit(e, form);
      const arts = await this.onlyNamedAs(c, e.id, e.type, plan.aliasKeys);
      let to: string | null = null;
      if (arts.length > 0) {
        const same = (await c.query('SELECT id FROM entities WHERE type = $1 AND name_key = $2 AND id <> $3 ORDER BY mention_count DESC, id LIMIT 1',
          [e.type, nameKey(plan.alias, e.type), e.id])).rows[0];
        to = same?.id ?? (await this.createEntity(c, { type: e.type, name: plan.alias, aliases: [plan.alias], titles: [], place: e.type === 'NORP' ? e.place : null }));
        await this.addTitles(c, to!, await this.moveArticles(c, e.id, to!, arts.map((a) => a.articleId)));
      }
      await this.step('correction:links');
      await c.query('UPDATE entities SET aliases = $1 WHERE id = $2', [JSON.stringify(plan.aliases), e.id]);
      await c.query('DELETE FROM entity_aliases WHERE entity_id = $1 AND alias_key = ANY($2::text[])', [e.id, plan.dropKeys]);
      await c.query(`DELETE FROM entity_rules WHERE entity_id = $1 AND rule = 'pin' AND alias_key = ANY($2::text[])`, [e.id, plan.dropKeys]);
      for (const b of plan.bans) {
        await c.query(`INSERT INTO entity_rules (alias_key, type, rule, entity_id) VALUES ($1, $2, 'ban', $3) ON CONFLICT DO NOTHING`, [b.key, b.type, e.id]);
      }
      await this.step('correction:rules');
      const x: EntityCorrection = { kind: 'split', entityId: e.id, otherId: to, otherName: to ? (await this.entityRow(c, to))!.name : null, alias: plan.alias, articles: arts.length, at: now };
      await this.logCorrection(c, x);
      await this.step('correction:log');
      return x;
    });
  }

  async entityCorrections(opts?: ListOptions): Promise<EntityCorrection[]> {
    const { limit, offset } = page(opts, 50);
    return (await this.q('SELECT * FROM entity_corrections ORDER BY seq DESC LIMIT $1 OFFSET $2', [limit, offset])).map(correctionRow);
  }

  async getArticle(id: string): Promise<ArticleView | null> {
    const by = (sql: string) => this.q(sql, [id]);
    const [articles, entities, quotes, packed] = await Promise.all([
      by('SELECT * FROM articles WHERE id = $1'),
      by(`SELECT e.id, e.name, e.type, ae.titles -> (u.k::int - 1) AS titles
          FROM article_entity_sets ae, unnest(ae.entity_ids) WITH ORDINALITY AS u(id, k) JOIN entities e ON e.id = u.id
          WHERE ae.article_id = $1`),
      by('SELECT * FROM quotes WHERE article_id = $1 ORDER BY idx'),
      by('SELECT data FROM article_annotations WHERE article_id = $1'),
    ]);
    if (articles.length === 0) return null;
    const text = inflateText(articles[0].text);
    const rows: WideRows = packed.length ? unpackAnnotations(packed[0].data) : EMPTY_ROWS;
    const sentences = decodeSpans(articles[0].spans as string).map(([start, end], idx) => ({ idx, start_pos: start, end_pos: end }));
    return articleView({
      article: { ...articles[0], text }, sentences, entities, ...annotationRows(rows),
      // a quote that is its span of the article keeps no text (migration 17)
      quotes: quotes.map((q) => ({ ...q, text: q.text ?? text.slice(q.start_pos, q.end_pos) })),
    });
  }

  async getSummaries(ids: string[]): Promise<ArticleSummary[]> {
    const rows = await this.q(`SELECT ${SUMMARY_COLS} FROM articles a WHERE a.id = ANY($1::text[])`, [ids]);
    const byId = new Map(rows.map((r) => [r.id as string, articleSummary(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async listArticles(opts?: ListOptions): Promise<ArticleSummary[]> {
    const { limit, offset } = page(opts, 50);
    return (await this.q(`SELECT ${SUMMARY_COLS} FROM articles a ORDER BY ${NEWEST} LIMIT $1 OFFSET $2`,
      [limit, offset])).map((r) => articleSummary(r));
  }

  // ---- Stories ----

  async storyQueue(opts?: { limit?: number }): Promise<string[]> {
    const { limit } = page(opts, 100, 100000);
    return (await this.q('SELECT article_id FROM story_queue ORDER BY seq LIMIT $1', [limit])).map((r) => r.article_id);
  }

  async storyOf(articleIds: string[]): Promise<{ articleId: string; storyId: string }[]> {
    if (articleIds.length === 0) return [];
    return (await this.q('SELECT article_id, story_id FROM story_articles WHERE article_id = ANY($1::text[])', [articleIds]))
      .map((r) => ({ articleId: r.article_id, storyId: r.story_id }));
  }

  async storyMembers(articleIds: string[]): Promise<{ articleId: string; storyId: string; signature: StorySignature }[]> {
    if (articleIds.length === 0) return [];
    const rows = await this.q('SELECT article_id, story_id, signature FROM story_articles WHERE article_id = ANY($1::text[])', [articleIds]);
    // format 3 (read as term ids for placement, signature-ids.ts), or deflated format 2 as before
    // (rows.ts readStorySignature), as SQLite keeps them
    return rows.map((r) => ({
      articleId: r.article_id,
      storyId: r.story_id,
      signature: memberSignature(r.signature, readStorySignature),
    }));
  }

  async joinStory(j: StoryJoin): Promise<string | null> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      // taking the queue row is the claim: a second writer placing the same article finds it gone
      // (with the article's title and dates, which the story row needs: one round trip)
      const q = (await c.query(
        `DELETE FROM story_queue q USING articles a WHERE q.article_id = $1 AND a.id = q.article_id
         RETURNING q.seq, a.title, a.published, a.added_at`,
        [j.articleId],
      )).rows[0];
      if (!q) {
        await c.query('ROLLBACK');
        return null;
      }
      const a = q;
      const day = storyDay(a.published, a.added_at);
      let id: string;
      let position: number;
      if (j.storyId === null) {
        id = 's' + j.articleId;
        await c.query(
          `INSERT INTO stories (id, title, first_article, article_count, first, last, updated_at) VALUES ($1, $2, $3, 1, $4, $4, $5)`,
          [id, a.title, j.articleId, day, j.now],
        );
        position = 0;
      } else {
        id = j.storyId;
        const r = (await c.query(
          `UPDATE stories SET article_count = article_count + 1, first = LEAST(first, $1), last = GREATEST(last, $1), updated_at = $2
           WHERE id = $3 RETURNING article_count`,
          [day, j.now, id],
        )).rows[0];
        if (!r) throw new Error(`story ${id} does not exist`);
        position = num(r.article_count) - 1;
      }
      await c.query(
        `INSERT INTO story_articles (article_id, story_id, seq, position, score, reason, duplicate_of, signature)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [j.articleId, id, q.seq, position, j.score, j.reason, j.duplicateOf, storedStorySignature(j.signature)],
      );
      await c.query('COMMIT');
      return id;
    } catch (err) {
      await c.query('ROLLBACK');
      throw err;
    } finally {
      c.release();
    }
  }

  async listStories(opts?: ListOptions): Promise<StorySummary[]> {
    const { limit, offset } = page(opts, 50);
    return (await this.q(`SELECT ${STORY_COLS} FROM stories s ORDER BY s.last DESC NULLS LAST, s.updated_at DESC, s.id LIMIT $1 OFFSET $2`,
      [limit, offset])).map(storySummary);
  }

  async countStories(): Promise<number> {
    return num((await this.q('SELECT count(*)::int AS n FROM stories'))[0].n);
  }

  async getStory(id: string): Promise<(StorySummary & { members: StoryMember[] }) | null> {
    const s = (await this.q(`SELECT ${STORY_COLS} FROM stories s WHERE s.id = $1`, [id]))[0];
    if (!s) return null;
    const members = await this.q(
      `SELECT ${SUMMARY_COLS}, m.position, m.score, m.reason, m.duplicate_of
       FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = $1 ORDER BY m.position`,
      [id],
    );
    return { ...storySummary(s), members: members.map(storyMember) };
  }

  async storyEntities(storyId: string, opts?: { limit?: number }): Promise<StoryEntity[]> {
    const { limit } = page(opts, 12);
    return (await this.q(
      `SELECT e.id, e.name, e.type, count(*)::int AS n FROM story_articles m
       JOIN article_entity_sets ae ON ae.article_id = m.article_id
       CROSS JOIN LATERAL unnest(ae.entity_ids, ae.mention_counts) AS u(id, mentions) JOIN entities e ON e.id = u.id
       WHERE m.story_id = $1 GROUP BY e.id, e.name, e.type
       ORDER BY n DESC, sum(u.mentions) DESC, e.name, e.id LIMIT $2`,
      [storyId, limit],
    )).map(storyEntity);
  }

  async resetStories(): Promise<void> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      await c.query('INSERT INTO story_queue (seq, article_id) SELECT seq, article_id FROM story_articles');
      await c.query('DELETE FROM story_articles');
      await c.query('DELETE FROM stories');
      await c.query('COMMIT');
    } catch (err) {
      await c.query('ROLLBACK');
      throw err;
    } finally {
      c.release();
    }
  }

  async countArticles(): Promise<number> {
    return num((await this.q('SELECT count(*)::int AS n FROM articles'))[0].n);
  }

  async searchSentences(terms: string[], opts?: { limit?: number; articleIds?: string[]; perTerm?: number }): Promise<SentenceHit[]> {
    const safe = safeTerms(terms);
    const { limit } = page(opts, 200, 5000);
    if (safe.length === 0 || limit === 0 || (opts?.articleIds && opts.articleIds.length === 0)) return [];
    // one plainto_tsquery per term, OR'ed: each term is a bound parameter, never tsquery syntax.
    // Best-first by the summed idf of the terms a sentence holds, as the SQLite store ranks
    // (ts_rank has no idf: a common word would count as much as a name).
    const [stats] = await this.q('SELECT sentences::float8 AS n FROM corpus_stats WHERE id = 1');
    const df = new Map((await this.q('SELECT term, sdf::float8 AS sdf FROM term_df WHERE term = ANY($1::text[])', [safe]))
      .map((r) => [r.term as string, num(r.sdf)]));
    if (opts?.perTerm !== undefined && !opts.articleIds) {
      // Each term's sentences, a common one's bounded to its best articles (topk.ts), summed as on SQLite.
      const cap = capOf(opts.perTerm);
      const adf = await this.articleDfs(safe);
      if (safe.some((t) => (adf.get(t) ?? 0) > cap)) {
        const impact = new Map<string, number>();
        const postings = await Promise.all(safe.map(async (t) => {
          const w = termWeight(num(stats?.n ?? 0), df.get(t) ?? 0);
          const top = await this.bestArticles(t, adf.get(t) ?? 0, cap);
          const keys = top
            ? top.flatMap((e) => e.sentences.map((i) => {
              const k = `${e.key}#${i}`;
              impact.set(k, (impact.get(k) ?? 0) + e.sentences.length);
              return k;
            }))
            : (await this.q(
              `SELECT x.article_id, s AS idx FROM article_terms x, newsdesk_sentences(x.tsv, x.part, $1) s
               WHERE x.tsv @@ plainto_tsquery('simple', $1)`, [t])).map((r) => `${r.article_id}#${num(r.idx)}`);
          return { w, keys };
        }));
        // equal sums: as on SQLite, articles holding the bounded terms in more sentences first, then storage order
        // a sentence's storage key is its article's seq * 65536 + idx, as SQLite's FTS5 rowid (below 2^36 up to a million articles)
        const article = (k: string) => k.slice(0, k.lastIndexOf('#'));
        const seqs = new Map((await this.q('SELECT id, seq::float8 AS seq FROM articles WHERE id = ANY($1::text[])',
          [[...new Set(postings.flatMap((x) => x.keys.map(article)))]])).map((r) => [r.id as string, num(r.seq)]));
        const key = (k: string) => (seqs.get(article(k)) ?? 0) * 65536 + Number(k.slice(k.lastIndexOf('#') + 1));
        const top = rankBySum(postings, limit, (k) => -(impact.get(k) ?? 0) * 2 ** 36 + key(k));
        const decoded = await this.decode(top.map((k) => k.slice(0, k.lastIndexOf('#'))));
        return top.flatMap((k) => {
          const a = decoded.get(k.slice(0, k.lastIndexOf('#')));
          const i = Number(k.slice(k.lastIndexOf('#') + 1));
          return a && i < a.spans.length ? [a.hit(i)] : [];
        });
      }
    }
    // Each term's sentences from the articles holding it (their tsvector positions, migration 18), summed
    // per sentence in the terms' order; equal sums in storage order (seq, then idx, as SQLite's rowid).
    const params: unknown[] = [safe, safe.map((t) => termWeight(num(stats?.n ?? 0), df.get(t) ?? 0))];
    let filter = '';
    if (opts?.articleIds) {
      params.push(opts.articleIds);
      filter = `AND x.article_id = ANY($${params.length}::text[])`;
    }
    params.push(limit);
    const rows = await this.q(
      `SELECT x.article_id, s.idx
       FROM unnest($1::text[], $2::float8[]) WITH ORDINALITY AS u(t, w, o)
       JOIN article_terms x ON x.tsv @@ plainto_tsquery('simple', u.t) ${filter}
       CROSS JOIN LATERAL newsdesk_sentences(x.tsv, x.part, u.t) AS s(idx)
       GROUP BY x.article_id, x.seq, s.idx
       ORDER BY sum(u.w ORDER BY u.o) DESC, x.seq, s.idx LIMIT $${params.length}`,
      params,
    );
    const decoded = await this.decode(rows.map((r) => r.article_id as string));
    return rows.flatMap((r) => {
      const a = decoded.get(r.article_id);
      const i = num(r.idx);
      return a && i < a.spans.length ? [a.hit(i)] : [];
    });
  }

  async termStats(terms: string[]): Promise<TermStats> {
    const distinct = [...new Set(terms)];
    const [stats, counts] = await Promise.all([
      this.q(`SELECT sentences::float8 AS sentences, terms::float8 AS terms,
                (SELECT count(*)::float8 FROM articles) AS articles FROM corpus_stats WHERE id = 1`),
      this.q('SELECT term, sdf::float8 AS sdf, adf::float8 AS adf FROM term_df WHERE term = ANY($1::text[])',
        [distinct.map((t) => safeTerms([t])[0] ?? '')]),
    ]);
    const df: Record<string, number> = {};
    const adf: Record<string, number> = {};
    for (const t of distinct) df[t] = adf[t] = 0;
    const byKey = new Map(counts.map((r) => [r.term as string, r]));
    for (const t of distinct) {
      const r = byKey.get(safeTerms([t])[0] ?? '');
      if (r) [df[t], adf[t]] = [num(r.sdf), num(r.adf)];
    }
    const n = num(stats[0].sentences);
    return { sentences: n, articles: num(stats[0].articles), avgTerms: n ? num(stats[0].terms) / n : 0, df, adf };
  }

  async termArticles(terms: string[], opts?: { articleIds?: string[]; perTerm?: number }): Promise<{ articleId: string; terms: string[] }[]> {
    if (opts?.articleIds && opts.articleIds.length === 0) return [];
    const distinct = [...new Set(terms)];
    const safe = distinct.map((t) => safeTerms([t])[0] ?? '');
    // with perTerm, a common term answers for its best articles only (topk.ts), read from its list
    const held = new Map<string, string[]>();
    if (opts?.perTerm !== undefined && !opts.articleIds) {
      const cap = capOf(opts.perTerm);
      const adf = await this.articleDfs(safe.filter(Boolean));
      for (let i = 0; i < distinct.length; i++) {
        const best = safe[i] ? await this.bestArticles(safe[i], adf.get(safe[i]) ?? 0, cap) : null;
        if (!best) continue;
        for (const e of best) held.set(e.key, [...(held.get(e.key) ?? []), distinct[i]]);
        safe[i] = '';
      }
    }
    const params: unknown[] = [safe];
    let filter = '';
    if (opts?.articleIds) {
      params.push(opts.articleIds);
      filter = 'AND x.article_id = ANY($2::text[])';
    }
    // Term by term in the order given, each term's articles in storage order (seq), as SQLite answers:
    // callers sum weights over an article's terms in this order, and a row order left to the plan made
    // those sums, and so ties between articles, differ from run to run. A term of one lexeme is in a
    // sentence of the article when it is in the article's tsvector; one the parser splits in several
    // must have them all in one sentence, as a sentence's own tsvector matched.
    const rows = await this.q(
      `SELECT x.article_id, u.i FROM unnest($1::text[]) WITH ORDINALITY AS u(t, i)
       JOIN article_terms x ON x.tsv @@ plainto_tsquery('simple', u.t) ${filter}
       WHERE u.t <> '' AND (numnode(plainto_tsquery('simple', u.t)) = 1 OR EXISTS (SELECT FROM newsdesk_sentences(x.tsv, x.part, u.t)))
       GROUP BY u.i, x.article_id ORDER BY u.i, min(x.seq)`,
      params,
    );
    for (const r of rows) held.set(r.article_id, [...(held.get(r.article_id) ?? []), distinct[num(r.i) - 1]]);
    return [...held].map(([articleId, ts]) => ({ articleId, terms: ts }));
  }

  async getSentences(articleId: string, indices: number[] | 'all'): Promise<SentenceHit[]> {
    if (indices.length === 0) return [];
    const a = (await this.decode([articleId])).get(articleId);
    if (!a) return [];
    if (indices === 'all') return a.spans.map((_, i) => a.hit(i));
    return [...new Set(indices)].sort((x, y) => x - y).filter((i) => i >= 0 && i < a.spans.length).map((i) => a.hit(i));
  }

  /** Articles' sentences (text and spans read once, terms on first use), through a small LRU. */
  private async decode(ids: string[]): Promise<Map<string, DecodedArticle>> {
    const out = new Map<string, DecodedArticle>();
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const d = this.decoded.get(id);
      if (d) out.set(id, d);
      else missing.push(id);
    }
    if (missing.length) {
      const rows = await this.q('SELECT id, text, spans FROM articles WHERE id = ANY($1::text[])', [missing]);
      for (const r of rows) {
        const d = new DecodedArticle(r.id, inflateText(r.text), decodeSpans(r.spans));
        this.decoded.set(r.id, d);
        out.set(r.id, d);
      }
    }
    return out;
  }

  async findEntities(name: string, opts?: { limit?: number }): Promise<EntitySummary[]> {
    const { limit } = page(opts, 20);
    const keys = [...keysOf([name], 'PERSON')];
    if (keys.length === 0) return [];
    return (await this.q(
      `SELECT ${ENTITY_COLS} FROM entities e WHERE e.id IN
         (SELECT entity_id FROM entity_aliases WHERE alias_key = ANY($1::text[]))
       ORDER BY e.mention_count DESC, e.id LIMIT $2`,
      [keys, limit],
    )).map(entitySummary);
  }

  async getEntity(id: string): Promise<EntitySummary | null> {
    const rows = await this.q(`SELECT ${ENTITY_COLS} FROM entities e WHERE e.id = $1`, [id]);
    return rows.length ? entitySummary(rows[0]) : null;
  }

  async listEntities(opts?: ListOptions & { type?: string; prefix?: string }): Promise<EntitySummary[]> {
    const { limit, offset } = page(opts, 50);
    const where: string[] = [];
    const params: unknown[] = [];
    if (opts?.type) {
      params.push(opts.type);
      where.push(`e.type = $${params.length}`);
    }
    if (opts?.prefix !== undefined) {
      const prefix = nameKey(opts.prefix, 'ORG');
      if (prefix) {
        params.push(prefix.replace(/[\\%_]/g, (ch) => '\\' + ch) + '%');
        where.push(`e.name_key LIKE $${params.length}`);
      }
    }
    params.push(limit, offset);
    return (await this.q(
      `SELECT ${ENTITY_COLS} FROM entities e ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
       ORDER BY e.mention_count DESC, e.id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    )).map(entitySummary);
  }

  async entityArticles(entityId: string, opts?: ListOptions): Promise<ArticleSummary[]> {
    const { limit, offset } = page(opts, 50);
    return (await this.q(
      `SELECT ${SUMMARY_COLS} FROM article_entity_sets ae JOIN articles a ON a.id = ae.article_id
       WHERE ae.entity_ids @> ARRAY[$1::text] ORDER BY ${NEWEST} LIMIT $2 OFFSET $3`,
      [entityId, limit, offset],
    )).map((r) => articleSummary(r));
  }

  async articlesSharingEntities(articleId: string, opts?: { limit?: number }) {
    const { limit } = page(opts, 20);
    const rows = await this.q(
      `SELECT other.article_id, s.ids, cardinality(s.ids) AS n, a.published, a.added_at
       FROM article_entity_sets mine
       JOIN article_entity_sets other ON other.entity_ids && mine.entity_ids AND other.article_id <> mine.article_id
       JOIN articles a ON a.id = other.article_id
       CROSS JOIN LATERAL (SELECT array_agg(i ORDER BY i) AS ids FROM unnest(other.entity_ids) AS i WHERE i = ANY(mine.entity_ids)) s
       WHERE mine.article_id = $1
       ORDER BY n DESC, a.published DESC NULLS LAST, a.added_at DESC, other.article_id LIMIT $2`,
      [articleId, limit],
    );
    return rows.map((r) => ({ articleId: r.article_id as string, entityIds: r.ids as string[] }));
  }

  async quotes(opts?: ListOptions & { speakerId?: string; articleId?: string }): Promise<QuoteHit[]> {
    const { limit, offset } = page(opts, 50);
    const where: string[] = [];
    const params: unknown[] = [];
    if (opts?.speakerId !== undefined) {
      params.push(opts.speakerId);
      where.push(`q.speaker_id = $${params.length}`);
    }
    if (opts?.articleId !== undefined) {
      params.push(opts.articleId);
      where.push(`q.article_id = $${params.length}`);
    }
    params.push(limit, offset);
    return (await this.q(
      `SELECT q.*, s.name AS s_name, s.type AS s_type, ${SUMMARY_COLS_PREFIXED}, CASE WHEN q.text IS NULL THEN a.text END AS a_text
       FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities s ON s.id = q.speaker_id
       ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
       ORDER BY ${NEWEST}, q.idx LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    )).map((r) => quoteHit(r.text === null ? { ...r, text: inflateText(r.a_text).slice(r.start_pos, r.end_pos) } : r));
  }

  async logIngest(entry: IngestLogEntry | IngestLogEntry[]): Promise<void> {
    const es = Array.isArray(entry) ? entry : [entry];
    if (es.length === 0) return;
    await this.q(
      `INSERT INTO ingest_log (item, status, article_id, code, message, at)
       SELECT a, b, c, d, e, f FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
         WITH ORDINALITY AS u(a, b, c, d, e, f, o) ORDER BY o`,
      [es.map((e) => e.item), es.map((e) => e.status), es.map((e) => e.articleId), es.map((e) => e.code), es.map((e) => e.message), es.map((e) => e.at)],
    );
  }

  async ingestLog(opts?: ListOptions): Promise<IngestLogEntry[]> {
    const { limit, offset } = page(opts, 100);
    return (await this.q('SELECT * FROM ingest_log ORDER BY seq DESC LIMIT $1 OFFSET $2', [limit, offset]))
      .map(ingestEntry);
  }

  private closed = false;

  async storage(): Promise<StorageReport> {
    const [r] = await this.q(
      `SELECT (SELECT count(*)::float8 FROM articles) AS n, (SELECT coalesce(sum(text_chars), 0)::float8 FROM articles) AS chars,
              pg_database_size(current_database())::float8 AS bytes`,
    );
    return { articles: num(r.n), textChars: num(r.chars), bytes: num(r.bytes) };
  }

  async maintain(): Promise<{ before: StorageReport; after: StorageReport }> {
    const before = await this.storage();
    await this.q('VACUUM ANALYZE');
    // Every article updates its ~30 entities' counters, one of them indexed (entities_rank), so none of
    // those updates is HOT and the entity indexes fill with dead entries that VACUUM leaves as free space
    // inside them: at 1,000 articles 2.5 MB against 1.0 rebuilt. Rebuilt online (writers carry on).
    await this.q('REINDEX TABLE CONCURRENTLY entities');
    return { before, after: await this.storage() };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

/** The job queue for several workers: claims skip rows another claimer holds (FOR UPDATE SKIP LOCKED). */
class PostgresJobs implements JobQueue {
  constructor(private readonly pool: pg.Pool) {}

  async enqueue(kind: string, payload: unknown, now: string, opts?: { maxAttempts?: number }): Promise<string> {
    const r = await this.pool.query(
      'INSERT INTO jobs (kind, payload, max_attempts, created_at) VALUES ($1, $2, $3, $4) RETURNING id::text',
      [kind, JSON.stringify(payload ?? null), opts?.maxAttempts ?? 3, isoTime(now)],
    );
    return r.rows[0].id;
  }

  async claim(worker: string, now: string, opts?: ClaimOptions): Promise<Job | null> {
    const t = isoTime(now);
    const lease = leaseUntil(now, opts);
    // a job whose last allowed attempt never came back is failed, not retried forever
    await this.pool.query(
      `UPDATE jobs SET status = 'failed', error = 'lease expired on the last attempt', finished_at = $1
       WHERE status = 'running' AND lease_until < $1 AND attempts >= max_attempts`,
      [t],
    );
    const r = await this.pool.query(
      `UPDATE jobs SET status = 'running', attempts = attempts + 1, worker = $1, lease_until = $3
       WHERE id = (
         SELECT id FROM jobs
         WHERE (status = 'queued' OR (status = 'running' AND lease_until < $2 AND attempts < max_attempts))
           AND ($4::text[] IS NULL OR kind = ANY($4::text[]))
         ORDER BY id LIMIT 1
         FOR UPDATE SKIP LOCKED)
       RETURNING id::text, kind, payload, attempts, max_attempts`,
      [worker, t, lease, opts?.kinds ?? null],
    );
    if (r.rows.length === 0) return null;
    const row = r.rows[0];
    return { id: row.id, kind: row.kind, payload: row.payload, attempts: row.attempts, maxAttempts: row.max_attempts };
  }

  async renew(id: string, worker: string, now: string, opts?: Pick<ClaimOptions, 'leaseSeconds'>): Promise<boolean> {
    if (!/^\d+$/.test(id)) return false;
    const r = await this.pool.query(
      `UPDATE jobs SET lease_until = $1 WHERE id = $2::bigint AND worker = $3 AND status = 'running'`,
      [leaseUntil(now, opts), id, worker],
    );
    return r.rowCount === 1;
  }

  async complete(id: string, worker: string, outcome: JobOutcome, now: string): Promise<boolean> {
    if (!/^\d+$/.test(id)) return false;
    const r = await this.pool.query(
      `UPDATE jobs SET
         status = CASE WHEN $1 THEN 'done' WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
         error = $2, lease_until = NULL,
         finished_at = CASE WHEN $1 OR attempts >= max_attempts THEN $3 END
       WHERE id = $4::bigint AND worker = $5 AND status = 'running'`,
      [outcome.ok, outcome.ok ? null : outcome.error, isoTime(now), id, worker],
    );
    return r.rowCount === 1;
  }

  async counts(): Promise<Record<JobStatus, number>> {
    const out = Object.fromEntries(JOB_STATUSES.map((s) => [s, 0])) as Record<JobStatus, number>;
    const r = await this.pool.query('SELECT status, count(*)::int AS n FROM jobs GROUP BY status');
    for (const row of r.rows) out[row.status as JobStatus] = row.n;
    return out;
  }

  async list(opts?: { status?: JobStatus; limit?: number }): Promise<JobInfo[]> {
    const { limit } = page(opts, 20);
    const r = await this.pool.query(
      `SELECT id::text, kind, payload, status, attempts, max_attempts, worker, lease_until, error, created_at, finished_at
       FROM jobs WHERE ($1::text IS NULL OR status = $1) ORDER BY ${JOBS_NEWEST} LIMIT $2`,
      [opts?.status ?? null, limit],
    );
    return r.rows.map(jobInfo);
  }
}

export async function openPostgres(url: string, topPerTerm?: number): Promise<PostgresStore> {
  return PostgresStore.open(url, 10, topPerTerm);
}
