// The SQLite backend: one file, WAL, foreign keys, FTS5 over sentence index terms.
// better-sqlite3 is synchronous, so each addArticle is one synchronous IMMEDIATE transaction that no
// other call can interleave with; the async methods only wrap it.

import Database from 'better-sqlite3';
import type {
  Annotations,
  DeskError,
  ArticleSummary,
  ArticleView,
  DocEntity,
  Document,
  EntityCorrection,
  EntityType,
  EntitySummary,
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
import { sqliteMigrations } from './migrations/sqlite.js';
import { fts5Query, ftsTerm, safeTerm, safeTerms, termWeight } from './fts.js';
import { EMPTY_ROWS, type PackedMentions, type WideRows, annotationRows, moveEntity, packAnnotations, packedMentions, spansOf, unpackAnnotations } from './packed.js';
import { TOP_PER_TERM, type TopEntry, capOf, decodeSentences, encodeSentences, rankBySum, topOfPostings } from './topk.js';
import { DecodedArticle, DecodedCache, ParsedCache, decodeSpans, encodeSpans } from './decoded.js';
import { type PreparedAhead, type StoreRows, articleEntityRows, deflateText, idFor, inflateText, packedRows, prepareArticle, quoteTextColumn, rowsFromAhead, storeFailed } from './prepare.js';
import { type Candidate, type CoMention, type Fold, type Revision, EVIDENCE_MIN, acronymFolds, type Rule, aliasKey, coMentionScores, entityId, keysOf, lookupKeys, mergeNames, nameKey, resolutionOrder, resolveEntity, currentCoMentions, revisionDestination, surnameKey, surnameRivals, unchanged } from './resolve.js';
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

type Stmt = Database.Statement;
type Row = Record<string, any>;
/**
 * A term_df row as its upsert returned it (term, sdf, adf, top_floor), or as termStats reads it (the
 * first three): raw arrays, not one object of named fields a row, for the few hundred of each article.
 */
type TermCount = [term: string, sdf: number, adf: number, topFloor?: number | null];

const NEWEST = 'a.published DESC, a.added_at DESC, a.id DESC';

/** A map of distinct keys to whole numbers as one JSON object, in the map's order. */
function jsonCounts(m: Map<string, number>): string {
  let out = '';
  for (const [k, n] of m) out += `${out ? ',' : '{'}${JSON.stringify(k)}:${n}`;
  return out ? `${out}}` : '{}';
}

/** SQLite's BINARY order (UTF-8 bytes), which JavaScript's differs from only past the surrogates. */
function byBinary(a: string, b: string): number {
  return /[\uD800-\uFFFF]/.test(a + b) ? Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')) : a < b ? -1 : a > b ? 1 : 0;
}

/** Sentence-index rowids are article seq × SPAN + sentence index: a hit names its article without a join. */
const SPAN = 65536;
const sentenceRowid = (seq: number, idx: number) => {
  if (idx >= SPAN) throw new Error(`an article of more than ${SPAN} sentences cannot be indexed`);
  return seq * SPAN + idx;
};

/** Postings read from the index for the price of decoding one article's terms (termArticles' choice). */
const POSTINGS_PER_DECODE = 1000;

/**
 * The safe forms (ftsTerm) of an article's index terms that are not plain lower-case ASCII letters and
 * digits as written. FTS5's unicode61 reads a plain term as itself; another ('café', 'x²') it folds its
 * own way, which need not give the safe form, so whether a query for that form finds the article is the
 * index's to say.
 */
function unsureTerms(sentences: { terms: string }[]): Set<string> {
  const out = new Set<string>();
  for (const x of sentences) {
    if (PLAIN_TERMS.test(x.terms)) continue;
    for (const t of x.terms.split(' ')) {
      if (!t || PLAIN_TERMS.test(t)) continue;
      const safe = ftsTerm(t);
      if (safe) out.add(safe);
    }
  }
  return out;
}
const PLAIN_TERMS = /^[a-z0-9 ]*$/;

/**
 * Terms whose articles articlesHolding keeps (the least recently asked go first), the longest list it
 * keeps, and the articles it keeps over all its lists (a million seqs: ~8 MB).
 */
const HOLDING_TERMS = 20000;
const HOLDING_MAX_LIST = 5000;
const HOLDING_SEQS = 1_000_000;

/**
 * Surname rivals whose co-mentions coMentionRows keeps (the least recently asked go first), and the
 * entity pairs it keeps over all of them (~100 bytes each).
 */
const CO_NAMED_ENTITIES = 5000;
const CO_NAMED_LINKS = 500_000;

/**
 * Entities kept as resolution's candidates, parsed (the first kept goes first): an article's ~30
 * entities read ~75 candidate rows, most of them common entities read for the article before too.
 */
const CANDIDATE_ROWS = 20000;

/** Packed annotation rows whose parsed mentions are kept for revisions (a few KB each). */
const PARSED_MENTIONS = 2000;
/** Parsed story signatures kept (a few KB each, like the 2,000 decoded articles). */
const SIGNATURES = 2000;

/**
 * A parsed signature frozen all the way down: a cached value handed to several callers must not be
 * changed by one. Its weight records and lists hold numbers and strings only (StorySignature), so they
 * are frozen without a walk over their values: listing a record's keys or values costs more than
 * building it (the records have no prototype and a hundred-odd keys, so V8 keeps them as dictionaries,
 * whose listing is sorted), and a placement at 4,000 articles parses about twenty signatures anew.
 */
function freezeSignature(sig: StorySignature): StorySignature {
  const parts = (o: object) => {
    Object.freeze(o);
    for (const x of Object.values(o)) if (x && typeof x === 'object') Object.freeze(x);
  };
  parts(sig);
  if (sig.story) parts(sig.story);
  return sig;
}

function spanRows(spans: string): Row[] {
  return decodeSpans(spans).map(([start, end], idx) => ({ idx, start_pos: start, end_pos: end }));
}



export function migrateSqlite(db: Database.Database): number {
  checkMigrations(sqliteMigrations);
  // migrations call this to compress the text they move
  db.function('newsdesk_deflate', { deterministic: true }, (t: unknown) => (typeof t === 'string' ? deflateText(t) : t));
  db.function('newsdesk_slice', { deterministic: true }, (t: unknown, start: unknown, end: unknown) =>
    t === null ? null : inflateText(t).slice(Number(start), Number(end)));
  db.function('newsdesk_spans', { deterministic: true }, (t: unknown) => (typeof t === 'string' ? encodeSpans(decodeSpans(t)) : t));
  db.function('newsdesk_pack_annotations', { deterministic: true }, (t: unknown) => packAnnotations(JSON.parse(String(t)) as WideRows));
  db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)`);
  const apply = db.transaction((m: (typeof sqliteMigrations)[number]) => {
    // re-checked inside the write lock: another process may have migrated meanwhile
    const done = db.prepare('SELECT 1 FROM schema_version WHERE version = ?').get(m.version);
    if (done) return;
    db.exec(m.sql);
    db.prepare('INSERT INTO schema_version (version, name) VALUES (?, ?)').run(m.version, m.name);
  });
  for (const m of sqliteMigrations) apply.immediate(m);
  return (db.prepare('SELECT max(version) AS v FROM schema_version').get() as Row).v;
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly cache = new Map<string, Stmt>();
  private readonly decoded = new DecodedCache<number>();
  /**
   * Packed rows' parsed entity lists and mentions by seq, for as long as the stored bytes are the same
   * (a correction that moves links rewrites them): revising an entity reads every article that names
   * it, and the articles naming a common surname are read again at each revision.
   */
  private readonly parsedMentions = new ParsedCache<number, PackedMentions>(PARSED_MENTIONS, (raw) => packedMentions(raw as Buffer));
  private readonly idBySeq = new Map<number, string>();
  /**
   * Articles written by the open transaction, decoded as written: they join the LRU once it commits.
   * With each, its terms' term_df rows as its upsert left them (`counted`).
   */
  private written: { seq: number; id: string; decoded: DecodedArticle | null; counted: TermCount[]; unsure: Set<string> }[] = [];
  /**
   * The term_df rows (sdf, adf) the last committed batch wrote, as it left them: its articles' upserts
   * return each term's counts after them, so the last one of a term is what the batch committed. Story
   * placement then asks termStats for those articles' terms, and reads them from here instead of
   * looking a few hundred terms up again (0.5-0.8 ms an article). Good while no other connection has
   * committed since (`version`, PRAGMA data_version, read inside the batch's write lock); this one
   * writes term_df only in insertArticle, and addArticle drops it.
   */
  private termCounts: { version: number; rows: Map<string, TermCount> } | null = null;
  /** data_version as the open batch found it. */
  private batchVersion = -1;
  /**
   * articlesHolding's answers by term, most recently asked last, for as long as no other connection
   * commits (`holdingVersion`); this one's committed articles are appended to the terms they hold.
   * Story placement reads the postings of each article's ~24 rarest terms, and at 2,000 synthetic
   * articles 70% of those reads were of a term read before (48,131 reads, 14,302 terms).
   */
  private readonly holding = new Map<string, number[]>();
  /** The seqs in all of `holding`'s lists. */
  private holdingSeqs = 0;
  private holdingVersion = -1;
  /**
   * For entities whose co-mentions were asked for (surname rivals): the last of their articles read
   * (seq) and each entity named with them, with the first two articles naming both. Links are only
   * ever added, in a new article whose seq is above every stored one, except by a correction (which
   * moves them: moveArticles drops what they change) or a rollback (which empties this, as does
   * another connection's commit: `keptVersion`).
   */
  private readonly coNamed = new Map<string, { last: number; with: Map<string, number[]> }>();
  /**
   * Resolution's candidates by id, parsed from their entity rows (aliases and titles frozen: shared by
   * every later resolution), while no other connection commits (`keptVersion`). Each write of an
   * entity's name, aliases, titles, place or existence here drops its id; a rollback (an article's
   * savepoint, a failed commit) and any correction drop them all. Reading each id's row and parsing
   * its JSON was ~0.6 ms an article at 3,000 articles (75 point lookups).
   */
  private readonly candidates = new Map<string, Candidate>();
  private coNamedLinks = 0;
  /**
   * PRAGMA data_version when `coNamed` and `candidates` were last found current: both are checked once
   * an article, before its entities are resolved (every read of them is in insertArticle, after that,
   * inside the write transaction, where no other connection can commit).
   */
  private keptVersion = -1;
  /** Story signatures parsed, by article id, while their stored bytes are the same. */
  private readonly signatures = new ParsedCache<string, StorySignature>(SIGNATURES, (raw) =>
    // format 3 read as term ids, its records made only when a field is read (signature-ids.ts)
    memberSignature(raw, (b) => freezeSignature(readStorySignature(b))));
  private readonly insertArticleTx: (doc: Document, ann: Annotations, now: string) => AddResult;
  private readonly insertBatchTx: (items: { doc: Document; ann: Annotations; prepared?: PreparedAhead }[], now: string) => (AddResult | DeskError)[];
  private readonly correctTx: <T>(fn: () => T) => T;
  /** Test hook: called inside the transaction after each named step; throwing aborts the article. */
  afterStep: ((step: string) => void) | null = null;
  readonly jobs: JobQueue;

  /** The length of the common terms' impact-ordered lists (topk.ts). */
  private readonly topMax: number;

  constructor(path: string, topPerTerm = TOP_PER_TERM) {
    if (!Number.isInteger(topPerTerm) || topPerTerm < 1) throw new Error(`topPerTerm: expected a whole number ≥ 1, got ${topPerTerm}`);
    this.topMax = topPerTerm;
    this.db = new Database(path);
    // A new file gets 8 KiB pages (this does nothing to an existing one): an article row of 2-4 KB
    // (deflated text, spans) left 1-2 KB of each 4 KiB page unused. On 2,000 synthetic articles the
    // file came to 4.6% less (docs/SCALING.md).
    this.db.pragma('page_size = 8192');
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    // a year of news is hundreds of MB: keep the hot index pages (entities, aliases, term_df) in memory
    this.db.pragma('cache_size = -65536');
    this.db.pragma('mmap_size = 268435456');
    migrateSqlite(this.db);
    // Each article of an add batch is a savepoint, so SQLite copies every page it changes to a
    // sub-journal first. With temp files on disk (this build's default) that journal spills past 64 KiB
    // to a file: some 250 page writes an article (strace on bench:ingest), a tenth of the store's time.
    // In memory it is emptied at each release and holds one article's pages at most. Set after the
    // migrations, whose temporary tables over the whole corpus stay on disk.
    this.db.pragma('temp_store = MEMORY');
    const tx = this.db.transaction((doc: Document, ann: Annotations, now: string, prepared?: PreparedAhead) => this.insertArticle(doc, ann, now, prepared));
    this.insertArticleTx = (doc, ann, now) => tx.immediate(doc, ann, now);
    // inside the batch's transaction, each article's call of `tx` is a savepoint
    const batch = this.db.transaction((items: { doc: Document; ann: Annotations; prepared?: PreparedAhead }[], now: string) => {
      this.batchVersion = this.dataVersion();
      return items.map(({ doc, ann, prepared }) => {
        try {
          return tx(doc, ann, now, prepared);
        } catch (err) {
          // its links are rolled back, and its seq goes to the next article
          this.forgetKept();
          return storeFailed(doc, err);
        }
      });
    });
    this.insertBatchTx = (items, now) => batch.immediate(items, now);
    const correct = this.db.transaction((fn: () => unknown) => fn());
    this.correctTx = <T>(fn: () => T) => {
      try {
        return correct.immediate(fn) as T;
      } finally {
        // a correction moves links (moveArticles drops the kept lists it changes), and one that fails rolls them back
        this.forgetKept();
      }
    };
    this.jobs = new SqliteJobs(this.db);
  }

  /** Prepared once per distinct SQL text. */
  private st(sql: string): Stmt {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  /** PRAGMA data_version: it changes when another connection commits. */
  private dataVersion(): number {
    return this.st('PRAGMA data_version').pluck().get() as number;
  }

  async addArticle(doc: Document, ann: Annotations, now: string): Promise<AddResult> {
    this.written = [];
    this.termCounts = null;
    this.forgetHolding();
    try {
      const r = this.insertArticleTx(doc, ann, now);
      this.keepWritten([r]);
      return r;
    } catch (err) {
      this.forgetKept();
      throw storeFailed(doc, err);
    } finally {
      this.written = [];
    }
  }

  async addArticles(items: { doc: Document; ann: Annotations; prepared?: PreparedAhead }[], now: string): Promise<(AddResult | DeskError)[]> {
    if (items.length === 0) return [];
    this.written = [];
    this.termCounts = null;
    try {
      const results = this.insertBatchTx(items, now);
      this.keepWritten(results, this.batchVersion);
      return results;
    } catch (err) {
      // the commit itself failed: nothing of the batch landed
      this.forgetKept();
      return items.map(({ doc }) => storeFailed(doc, err));
    } finally {
      this.written = [];
    }
  }

  /**
   * The committed articles' sentences go to the decoded LRU as they were written, terms included:
   * story placement reads them next, and would otherwise inflate the text and compute every
   * sentence's terms again. An article rolled back to its savepoint is not among the results.
   */
  private keepWritten(results: (AddResult | DeskError)[], version?: number): void {
    const added = new Set(results.flatMap((r) => (!(r instanceof Error) && r.status === 'added' ? [r.id] : [])));
    const counts = new Map<string, TermCount>();
    for (const w of this.written) {
      if (!added.has(w.id)) continue;
      if (w.decoded) this.decoded.set(w.seq, w.decoded);
      for (const r of w.counted) counts.set(r[0], r);
    }
    if (version === undefined) return;
    this.termCounts = { version, rows: counts };
    // another connection committed before this batch: what is kept may miss its articles
    this.holdingAt(version);
    // (in seq order, as the index gives them: each article's seq is above every one before it)
    for (const w of this.written) {
      if (!added.has(w.id)) continue;
      for (const [term] of w.counted) {
        const kept = this.holding.get(term);
        if (!kept) continue;
        // a term the index may hold in another form (unsureTerms) is read from it again next time
        // (and a list grown past the longest kept is dropped, as it would not have been kept)
        if (w.unsure.has(term) || kept.length >= HOLDING_MAX_LIST) {
          this.holding.delete(term);
          this.holdingSeqs -= kept.length;
        } else {
          kept.push(w.seq);
          this.holdingSeqs++;
        }
      }
    }
  }

  /**
   * The common terms' impact-ordered lists (topk.ts), after term_df counted this article (`counted`:
   * each of its terms with its article frequency and list floor). A term just past the bound gets its
   * list from the index (this article included); a longer one takes this article when it holds the
   * term in more sentences than the floor, which most articles do not.
   */
  private keepTop(seq: number, indices: Map<string, number[]>, counted: TermCount[]): void {
    const put = this.st('INSERT INTO term_top (term, impact, seq, sentences) VALUES (?, ?, ?, ?)');
    const floor = this.st('UPDATE term_df SET top_floor = (SELECT min(impact) FROM term_top WHERE term = @t) WHERE term = @t');
    for (const r of counted) {
      if (r[2] <= this.topMax) continue;
      const term = r[0];
      const topFloor = r[3] as number | null;
      const mine = indices.get(term);
      if (!mine) continue;
      if (topFloor === null) {
        for (const e of topOfPostings(this.postingsByArticle(term), this.topMax)) put.run(term, e.sentences.length, Number(e.key), encodeSentences(e.sentences));
      } else {
        if (mine.length <= topFloor) continue;
        // one row in, the last one (fewest sentences, stored last among those) out
        put.run(term, mine.length, seq, encodeSentences(mine));
        this.st(`DELETE FROM term_top WHERE term = @t AND (impact, seq) =
          (SELECT impact, seq FROM term_top WHERE term = @t ORDER BY impact, seq DESC LIMIT 1)`).run({ t: term });
      }
      floor.run({ t: term });
    }
  }

  /** A safe term's sentence postings grouped by article, in storage order. */
  private postingsByArticle(safe: string): TopEntry[] {
    const out: TopEntry[] = [];
    for (const r of this.st('SELECT rowid FROM sentence_index WHERE sentence_index MATCH ? ORDER BY rowid').pluck().all(fts5Query([safe])) as number[]) {
      const q = String(Math.floor(r / SPAN));
      if (out.length === 0 || out[out.length - 1].key !== q) out.push({ key: q, sentences: [] });
      out[out.length - 1].sentences.push(r % SPAN);
    }
    return out;
  }

  /** A safe term's best `cap` articles from its stored list (empty when it has none). */
  private topOf(safe: string, cap: number): TopEntry[] {
    return (this.st('SELECT seq, sentences FROM term_top WHERE term = ? ORDER BY impact DESC, seq LIMIT ?').raw().all(safe, cap) as [number, string][])
      .map(([seq, sentences]) => ({ key: String(seq), sentences: decodeSentences(safe, sentences) }));
  }

  private step(name: string): void {
    this.afterStep?.(name);
  }

  /** `prepared`: prepareAhead(doc, ann), when a thread has computed it (the same rows as preparing them here). */
  private insertArticle(doc: Document, ann: Annotations, now: string, prepared?: PreparedAhead): AddResult {
    const p: StoreRows = prepared ? rowsFromAhead(prepared) : prepareArticle(doc, ann);
    const dup = (p.urlKey !== null
      ? this.st('SELECT id FROM articles WHERE url_key = ?').get(p.urlKey)
      : undefined) ?? this.st('SELECT id FROM articles WHERE content_hash = ?').get(p.contentHash);
    if (dup) return { status: 'duplicate', id: (dup as Row).id };
    if (this.st('SELECT 1 FROM articles WHERE id = ?').get(p.id)) {
      throw new Error(`article id ${p.id} is taken by a different article`);
    }

    const seq = ((this.st('SELECT max(seq) AS m FROM articles').get() as Row).m ?? 0) + 1;
    this.st(
      `INSERT INTO articles (id, seq, title, text, text_chars, spans, byline, published, canonical_url, url_key, content_hash,
         source, origin, related_hints, added_at, language, language_confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(p.id, seq, doc.title, p.deflated ? Buffer.from(p.deflated.buffer, p.deflated.byteOffset, p.deflated.byteLength) : deflateText(doc.text), doc.text.length, encodeSpans(p.sentences.map((x) => [x.start, x.end])), doc.byline,
      doc.published, doc.canonicalUrl, p.urlKey, p.contentHash, doc.source, doc.origin,
      JSON.stringify(doc.relatedHints ?? []), now, doc.language ?? null, doc.languageConfidence ?? null);
    this.st('INSERT INTO story_queue (seq, article_id) VALUES (?, ?)').run(seq, p.id);
    this.step('article');

    const ix = this.st('INSERT INTO sentence_index (rowid, terms) VALUES (?, ?)');
    for (const x of p.sentences) ix.run(sentenceRowid(seq, x.idx), x.terms);
    // one statement for the article's few hundred terms ('WHERE true': SQLite's upsert after a SELECT),
    // given as one JSON object of term → sentence count, so json_each hands out each key and value as
    // they are (an array of [term, n] pairs had each pair parsed again by ->>, twice: 10-20% more time)
    // Its rows come back raw (TermCount), not as objects: 0.50 -> 0.45 ms an article (the same 300
    // articles' terms upserted again in a 3,000-article store, five rounds; the objects alone were a tenth).
    const counted = this.st(
      `INSERT INTO term_df (term, sdf, adf) SELECT key, value, 1 FROM json_each(?) WHERE true
       ON CONFLICT (term) DO UPDATE SET sdf = sdf + excluded.sdf, adf = adf + 1 RETURNING term, sdf, adf, top_floor`,
    ).raw().all(jsonCounts(p.termSentences)) as TermCount[];
    this.keepTop(seq, p.termIndices, counted);
    this.st('UPDATE corpus_stats SET sentences = sentences + ?, terms = terms + ? WHERE id = 1')
      .run(p.sentences.length, p.termCount);
    this.step('sentences');

    // the kept co-mentions and candidates hold while no other connection has committed (this one's
    // writes drop what they change)
    const version = this.dataVersion();
    if (version !== this.keptVersion) {
      this.forgetKept();
      this.keptVersion = version;
    }
    const idOf = new Map<string, string>();
    const revise: Revision[] = [];
    // rules exist only once a user has corrected an entity: one look per article, not per entity
    const rules = this.st('SELECT 1 FROM entity_rules LIMIT 1').get() !== undefined;
    const folds: Fold[] = [];
    for (const e of resolutionOrder(ann.entities)) idOf.set(e.key, this.resolve(e, revise, rules, idOf, folds));
    for (const r of revise) this.revise(r, now, new Set(idOf.values()));
    for (const f of folds) this.fold(f, now, new Set(idOf.values()));
    this.step('entities');

    const ae = this.st(
      'INSERT INTO article_entities (seq, entity_id, titles, mention_count) VALUES (?, ?, ?, ?)',
    );
    const counts = this.st(
      'UPDATE entities SET article_count = article_count + 1, mention_count = mention_count + ? WHERE id = ?',
    );
    for (const r of articleEntityRows(ann, idOf)) {
      ae.run(seq, r.entityId, JSON.stringify(r.titles), r.mentionCount);
      counts.run(r.mentionCount, r.entityId);
    }
    // mentions, coreference links, times, numbers and events: one packed row (packed.ts, migration 13)
    this.st('INSERT INTO article_annotations (seq, data) VALUES (?, ?)').run(seq, packAnnotations(packedRows(ann, idOf)));
    this.step('mentions');

    const quo = this.st(
      `INSERT INTO quotes (article_id, idx, start_pos, end_pos, text, speaker_text, speaker_id, cue, partial, sentence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // a quote that is its span of the article is read from the article (migration 11); a title quote
    // (sentence -1, migration 23) keeps its words
    ann.quotes.forEach((q, i) =>
      quo.run(p.id, i, q.start, q.end, quoteTextColumn(doc, q), q.speakerText, idFor(idOf, q.speaker), q.cue, q.partial ? 1 : 0, q.sentence),
    );
    this.step('quotes');

    this.step('times');
    this.step('numbers');
    this.step('events');
    // Text with a surrogate (lone or paired) is left to be read back: a lone one does not survive UTF-8.
    const decoded = /[\uD800-\uDFFF]/.test(doc.text) ? null : new DecodedArticle(p.id, doc.text, p.sentences.map((x) => [x.start, x.end]), p.sentences.map((x) => x.terms));
    this.written.push({ seq, id: p.id, decoded, counted, unsure: unsureTerms(p.sentences) });
    return { status: 'added', id: p.id };
  }

  /** Links one document entity to the corpus (creating or updating it); returns its corpus id. */
  private resolve(e: DocEntity, revise: Revision[], anyRules = true, idOf: Map<string, string> = new Map(), folds: Fold[] = []): string {
    const look = lookupKeys(e);
    const keys = JSON.stringify(look.aliasKeys);
    // The entities holding one of its keys or (same type) its surname, in id order: a point lookup per
    // key and per id, where one statement (`id IN (… json_each … UNION …)`) parsed the keys as JSON and
    // sorted the union in two temporary B-trees, 41 µs an entity against ~15 on bench:ingest.
    const ids = new Set<string>();
    const byKey = this.st('SELECT entity_id FROM entity_aliases WHERE alias_key = ?').pluck();
    for (const k of look.aliasKeys) for (const id of byKey.all(k) as string[]) ids.add(id);
    if (look.surname !== null) {
      for (const id of this.st('SELECT id FROM entities WHERE type = ? AND last_key = ?').pluck().all(look.type, look.surname) as string[]) ids.add(id);
    }
    const candidates: Candidate[] = [...ids].sort(byBinary).flatMap((id) => this.candidate(id) ?? []);
    const rules = !anyRules ? [] : (this.st('SELECT alias_key, type, rule, entity_id FROM entity_rules WHERE alias_key IN (SELECT value FROM json_each(?))')
      .all(keys) as Row[]).map((r): Rule => ({ key: r.alias_key, type: r.type, rule: r.rule, entityId: r.entity_id }));
    const rivals = surnameRivals(e, candidates);
    const scores = rivals.length ? this.coMentions(rivals, [...new Set(idOf.values())].filter((id) => !rivals.includes(id))) : undefined;
    const res = resolveEntity(e, candidates, rules, scores);
    for (const from of res.revise ?? []) revise.push({ from, surname: look.surname! });
    if (res.id) for (const from of acronymFolds(e, res.id, candidates)) folds.push({ from, into: res.id });
    if (unchanged(res, candidates.find((c) => c.id === res.id))) return res.id!;
    let id = res.id;
    if (id === null) {
      id = this.createEntity(res);
      for (const from of acronymFolds(e, id, candidates)) folds.push({ from, into: id });
    } else {
      this.st(
        `UPDATE entities SET name = ?, name_key = ?, last_key = ?, titles = ?, aliases = ?, place = ? WHERE id = ?`,
      ).run(res.name, nameKey(res.name, res.type), surnameKey(res.name, res.type), JSON.stringify(res.titles),
        JSON.stringify(res.aliases), res.place, id);
      this.candidates.delete(id);
    }
    this.addKeys(id!, res.type, keysOf([res.name, ...res.aliases], res.type));
    return id!;
  }

  /**
   * Evidence for a bare surname (resolve.ts coMentionScores): the `others` each rival was named with
   * in stored articles (but `except`), weighted by their rarity.
   */
  private coMentions(rivals: string[], others: string[], except = -1): Map<string, number> {
    return coMentionScores(this.coMentionRows(rivals, others, except), this.articleTotal());
  }

  /**
   * Each (rival, other) pair named together in some stored article but `except`, with the other's
   * article count; by other, then rival (their ids in SQLite's BINARY order), as the one join that
   * gave them before did, so that coMentionScores adds the same terms in the same order.
   *
   * The join read every rival's articles once for each other entity of the document (~4,300 lookups
   * a call at 3,000 articles), and a surname's people are in more articles as the corpus grows. Each
   * rival's co-mentions are now kept (coNamed) and read from the index only for its articles stored
   * since, so a call costs about the same at any size.
   */
  private coMentionRows(rivals: string[], others: string[], except = -1): CoMention[] {
    if (others.length === 0 || rivals.length === 0) return [];
    // (coNamed is current: insertArticle, the only caller's caller, checked keptVersion first)
    const cands = [...new Set(rivals)].sort(byBinary).map((id) => ({ id, with: this.namedWith(id) }));
    const count = this.st('SELECT article_count FROM entities WHERE id = ?').pluck();
    const out: CoMention[] = [];
    for (const other of [...new Set(others)].sort(byBinary)) {
      const n = count.get(other) as number | undefined;
      // (no entity row, no row: the join went through it)
      if (n === undefined) continue;
      for (const c of cands) if (c.with.get(other)?.some((seq) => seq !== except)) out.push({ cand: c.id, other, n });
    }
    return out;
  }

  /** The entities named with `id` in a stored article (itself included), each with the first two such articles (seqs). */
  private namedWith(id: string): Map<string, number[]> {
    let kept = this.coNamed.get(id);
    if (kept) this.coNamed.delete(id);
    else kept = { last: 0, with: new Map() };
    const links = this.st('SELECT seq, entity_id FROM article_entities WHERE seq IN (SELECT seq FROM article_entities WHERE entity_id = ? AND seq > ?) ORDER BY seq').raw();
    for (const [seq, other] of links.all(id, kept.last) as [number, string][]) {
      kept.last = seq;
      // (itself among them, as the join would find it)
      const seqs = kept.with.get(other);
      if (!seqs) {
        kept.with.set(other, [seq]);
        this.coNamedLinks++;
      } else if (seqs.length < 2) {
        seqs.push(seq);
      }
    }
    this.coNamed.set(id, kept);
    for (const [old, k] of this.coNamed) {
      if (this.coNamed.size <= CO_NAMED_ENTITIES && this.coNamedLinks <= CO_NAMED_LINKS) break;
      if (old === id) break;
      this.coNamed.delete(old);
      this.coNamedLinks -= k.with.size;
    }
    return kept.with;
  }

  private dropCoNamed(ids: string[]): void {
    for (const id of ids) {
      const k = this.coNamed.get(id);
      if (!k) continue;
      this.coNamed.delete(id);
      this.coNamedLinks -= k.with.size;
    }
  }

  /**
   * Drops what is kept of entities between articles (co-mentions, resolution's candidates): a rolled-back
   * article, a failed commit, a correction or another connection's commit may have changed rows they were
   * read from.
   */
  private forgetKept(): void {
    this.coNamed.clear();
    this.coNamedLinks = 0;
    this.candidates.clear();
  }

  /** An entity's candidate form, from `candidates` or its row (undefined when it has none). */
  private candidate(id: string): Candidate | undefined {
    let c = this.candidates.get(id);
    if (c) return c;
    const r = this.st('SELECT id, type, name, aliases, titles, place FROM entities WHERE id = ?').get(id) as Row | undefined;
    if (!r) return undefined;
    c = { id: r.id, type: r.type, name: r.name, aliases: Object.freeze(json(r.aliases) as string[]) as string[], titles: Object.freeze(json(r.titles) as string[]) as string[], place: r.place };
    if (this.candidates.size >= CANDIDATE_ROWS) this.candidates.delete(this.candidates.keys().next().value!);
    this.candidates.set(id, c);
    return c;
  }

  private articleTotal(): number {
    return (this.st('SELECT count(*) AS n FROM articles').get() as Row).n as number;
  }

  /** Inserts an entity under its name's id (salted while taken: an entity renamed since holds it); returns the id. */
  private createEntity(e: Omit<StoredEntity, 'id'>): string {
    let id = '';
    for (let n = 0; ; n++) {
      id = entityId(e.type, e.name, n);
      if (!this.st('SELECT 1 FROM entities WHERE id = ?').get(id)) break;
    }
    this.st(
      `INSERT INTO entities (id, type, name, name_key, last_key, titles, aliases, place)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, e.type, e.name, nameKey(e.name, e.type), surnameKey(e.name, e.type), JSON.stringify(e.titles), JSON.stringify(e.aliases), e.place);
    this.candidates.delete(id);
    this.addKeys(id, e.type, keysOf([e.name, ...e.aliases], e.type));
    return id;
  }

  private addKeys(id: string, type: string, keys: Iterable<string>): void {
    const alias = this.st('INSERT OR IGNORE INTO entity_aliases (alias_key, type, entity_id) VALUES (?, ?, ?)');
    for (const k of keys) alias.run(k, type, id);
  }

  private entityRow(id: string): StoredEntity | null {
    const r = this.st('SELECT id, type, name, aliases, titles, place FROM entities WHERE id = ?').get(id) as Row | undefined;
    return r ? { id: r.id, type: r.type, name: r.name, aliases: json(r.aliases), titles: json(r.titles), place: r.place } : null;
  }

  /**
   * The articles that name entity `id` only by a form with one of `keys` (every mention of it there),
   * with those mentions' surfaces. Mentions longer than any such form are ruled out before any text
   * is read (SQLite keeps mention offsets, not text).
   */
  private onlyNamedAs(id: string, type: EntityType, keys: Set<string>): { articleId: string; surfaces: string[] }[] {
    const longest = Math.max(...[...keys].map((k) => k.length)) * 2 + 8;
    const text = this.st('SELECT text FROM articles WHERE id = ?');
    const out: { articleId: string; surfaces: string[] }[] = [];
    // in article id order, as the mention rows were grouped before migration 13
    for (const r of this.st('SELECT a.id AS article_id, a.seq FROM article_entities ae JOIN articles a ON a.seq = ae.seq WHERE ae.entity_id = ? ORDER BY a.id')
      .all(id) as Row[]) {
      const packed = this.packedOf(r.seq as number);
      const spans = packed ? spansOf(this.parsedMentions.get(r.seq as number, packed), id) : [];
      if (spans.length === 0 || spans.some(([start, end]) => end - start > longest)) continue;
      // an article's text never changes: the decoded LRU's copy when it has one
      const t = this.decoded.get(r.seq as number)?.text ?? inflateText((text.get(r.article_id) as Row).text);
      const surfaces = spans.map(([start, end]) => t.slice(start, end));
      if (onlyNamedAs(surfaces, keys, type)) out.push({ articleId: r.article_id as string, surfaces });
    }
    return out;
  }

  /** An article's packed mentions, coreference links, times, numbers and events (packed.ts); none when it has no row. */
  private annotationsOf(seq: number): WideRows {
    const data = this.packedOf(seq);
    return data ? unpackAnnotations(data) : EMPTY_ROWS;
  }

  /** An article's packed annotation row as stored (undefined when it has none). */
  private packedOf(seq: number): Buffer | undefined {
    // (not .pluck(): that would change the statement every caller of this SQL shares through st())
    return (this.st('SELECT data FROM article_annotations WHERE seq = ?').get(seq) as Row | undefined)?.data;
  }

  /**
   * Every reference to `from` in the given articles becomes `to`: mentions, coreference links, quote
   * speakers, event roles and the article links (summed where the article already links `to`).
   * Recounts both. Returns the titles the moved links carried.
   */
  private moveArticles(from: string, to: string, articleIds: string[]): string[] {
    let titles: string[] = [];
    const link = this.st('SELECT titles, mention_count FROM article_entities WHERE seq = ? AND entity_id = ?');
    // the kept co-mentions that change: the two entities', and those of every entity the moved articles name
    this.dropCoNamed([from, to]);
    for (const a of articleIds) {
      this.st('UPDATE quotes SET speaker_id = ? WHERE article_id = ? AND speaker_id = ?').run(to, a, from);
      const seq = (this.st('SELECT seq FROM articles WHERE id = ?').get(a) as Row | undefined)?.seq as number | undefined;
      // no article, no links (article_entities is keyed by the article's seq, migration 14)
      if (seq === undefined) continue;
      const rows = this.annotationsOf(seq);
      if (rows !== EMPTY_ROWS) this.st('UPDATE article_annotations SET data = ? WHERE seq = ?').run(packAnnotations(moveEntity(rows, from, to)), seq);
      const moved = link.get(seq, from) as Row | undefined;
      if (!moved) continue;
      // (an SQL text of its own: pluck() changes the statement every user of its text shares)
      this.dropCoNamed(this.st('SELECT entity_id AS named FROM article_entities WHERE seq = ?').pluck().all(seq) as string[]);
      titles = mergeTitles(titles, json(moved.titles));
      const there = link.get(seq, to) as Row | undefined;
      if (there) {
        this.st('UPDATE article_entities SET titles = ?, mention_count = ? WHERE seq = ? AND entity_id = ?')
          .run(JSON.stringify(mergeTitles(json(there.titles), json(moved.titles))), there.mention_count + moved.mention_count, seq, to);
        this.st('DELETE FROM article_entities WHERE seq = ? AND entity_id = ?').run(seq, from);
      } else {
        this.st('UPDATE article_entities SET entity_id = ? WHERE seq = ? AND entity_id = ?').run(to, seq, from);
      }
    }
    const recount = this.st(
      `UPDATE entities SET article_count = (SELECT count(*) FROM article_entities WHERE entity_id = @id),
         mention_count = (SELECT coalesce(sum(mention_count), 0) FROM article_entities WHERE entity_id = @id) WHERE id = @id`,
    );
    recount.run({ id: from });
    recount.run({ id: to });
    return titles;
  }

  /**
   * A new full name shares a surname with `r.from`: the articles that named it only by that surname
   * were linked first-come. Each goes where its other entities clearly point among the people now
   * known in full by that surname (resolve.ts reviseTarget; the document being added, `current`,
   * counts as one more article of the people it names), staying put when that is `r.from`, else to
   * the bare-surname person (created if none); each move is logged.
   */
  private revise(r: Revision, now: string, current: Set<string> = new Set()): void {
    const from = this.entityRow(r.from);
    // a user's merge pinned the bare surname: who it names is theirs to say, not first-come
    if (!from || this.st(`SELECT 1 FROM entity_rules WHERE rule = 'pin' AND type = 'PERSON' AND alias_key = ?`).get(r.surname)) return;
    const arts = this.onlyNamedAs(from.id, from.type, new Set([r.surname]));
    if (arts.length === 0) return;
    // people a user split that surname from are no rivals for it
    const rivals = this.st(`SELECT id, name FROM entities WHERE type = 'PERSON' AND last_key = ? AND name_key LIKE '% %'
      AND id NOT IN (SELECT entity_id FROM entity_rules WHERE rule = 'ban' AND alias_key = ?) ORDER BY id`).all(r.surname, r.surname) as { id: string; name: string }[];
    const rivalIds = rivals.map((x) => x.id);
    const total = this.articleTotal();
    const counts = this.st('SELECT article_count AS n FROM entities WHERE id = ?');
    const moves = new Map<string, typeof arts>();
    for (const a of arts) {
      const seq = (this.st('SELECT seq FROM articles WHERE id = ?').get(a.articleId) as Row).seq as number;
      const others = (this.st('SELECT entity_id FROM article_entities WHERE seq = ?').all(seq) as Row[])
        .map((x) => x.entity_id as string).filter((id) => id !== from.id && !rivalIds.includes(id));
      const rows = [...this.coMentionRows(rivalIds, others, seq), ...currentCoMentions(rivalIds, others, current, (o) => (counts.get(o) as Row).n as number)];
      const to = revisionDestination(from, r.surname, rivals, a.surfaces, rows, total);
      if (to !== null) moves.set(to, [...(moves.get(to) ?? []), a]);
    }
    for (const [target, moved] of moves) {
      const name = moved[0].surfaces[0].trim();
      const bare = target ? undefined : this.st(`SELECT id FROM entities WHERE type = 'PERSON' AND name_key = ? AND id <> ? ORDER BY id LIMIT 1`).get(r.surname, from.id) as Row | undefined;
      const to = target || (bare?.id ?? this.createEntity({ type: 'PERSON', name, aliases: [name], titles: [], place: null }));
      const otherName = target ? this.entityRow(target)!.name : name;
      this.addTitles(to, this.moveArticles(from.id, to, moved.map((a) => a.articleId)));
      this.logCorrection({ kind: 'revise', entityId: from.id, otherId: to, otherName, alias: name, articles: moved.length, at: now });
    }
  }

  /**
   * An entity known only by an acronym that this document spells out (resolve.ts acronymFolds) joins
   * the entity the document named, when the acronym's own articles share enough of this document's
   * company (`current`); its articles, names and keys move, it goes, and the merge is logged with the
   * acronym as its form. Never an entity a user's correction names.
   */
  private fold(f: Fold, now: string, current: Set<string>): void {
    const [x, y] = [this.entityRow(f.from), this.entityRow(f.into)];
    // never an entity a user's correction names, nor into one the user split the acronym from
    if (!x || !y || current.has(x.id) || this.st('SELECT 1 FROM entity_rules WHERE entity_id = ?').get(x.id) ||
      this.st(`SELECT 1 FROM entity_rules WHERE rule = 'ban' AND entity_id = ? AND alias_key = ?`).get(y.id, aliasKey(x.name))) return;
    const others = [...current].filter((id) => id !== x.id && id !== y.id);
    if ((this.coMentions([x.id], others).get(x.id) ?? 0) < EVIDENCE_MIN) return;
    const arts = (this.st('SELECT a.id AS article_id FROM article_entities ae JOIN articles a ON a.seq = ae.seq WHERE ae.entity_id = ? ORDER BY a.id').all(x.id) as Row[]).map((r) => r.article_id as string);
    const titles = this.moveArticles(x.id, y.id, arts);
    // a user's merge without its rules (no pins) and without taking the acronym's place
    const plan = planMerge(y, x);
    this.st('UPDATE entities SET aliases = ?, titles = ? WHERE id = ?').run(JSON.stringify(plan.aliases), JSON.stringify(mergeNames(plan.titles, titles)), y.id);
    this.st('DELETE FROM entity_aliases WHERE entity_id = ?').run(x.id);
    this.addKeys(y.id, y.type, plan.keys);
    this.st('DELETE FROM entities WHERE id = ?').run(x.id);
    this.candidates.delete(x.id);
    this.candidates.delete(y.id);
    this.logCorrection({ kind: 'merge', entityId: y.id, otherId: x.id, otherName: x.name, alias: x.name, articles: arts.length, at: now });
  }

  private addTitles(id: string, titles: string[]): void {
    if (titles.length === 0) return;
    const e = this.entityRow(id)!;
    this.st('UPDATE entities SET titles = ? WHERE id = ?').run(JSON.stringify(mergeNames(e.titles, titles)), id);
    this.candidates.delete(id);
  }

  private logCorrection(c: EntityCorrection): void {
    this.st('INSERT INTO entity_corrections (kind, entity_id, other_id, other_name, alias, articles, at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(c.kind, c.entityId, c.otherId, c.otherName, c.alias, c.articles, c.at);
  }

  async mergeEntities(into: string, from: string, now: string): Promise<EntityCorrection> {
    return this.correctTx(() => {
      const a = this.entityRow(into) ?? (() => { throw noEntity(into); })();
      const b = this.entityRow(from) ?? (() => { throw noEntity(from); })();
      const plan = planMerge(a, b);
      const arts = (this.st('SELECT a.id AS article_id FROM article_entities ae JOIN articles a ON a.seq = ae.seq WHERE ae.entity_id = ? ORDER BY a.id').all(b.id) as Row[]).map((r) => r.article_id as string);
      this.moveArticles(b.id, a.id, arts);
      this.step('correction:links');
      this.st('UPDATE entities SET aliases = ?, titles = ?, place = ? WHERE id = ?')
        .run(JSON.stringify(plan.aliases), JSON.stringify(plan.titles), plan.place, a.id);
      this.st('DELETE FROM entity_aliases WHERE entity_id = ?').run(b.id);
      this.addKeys(a.id, a.type, plan.keys);
      // rules: pins that named B name A; B's bans go with it; A's bans on B's keys are lifted (the user
      // says those names are A's now); B's keys are pinned to A, the latest merge winning
      this.st(`UPDATE entity_rules SET entity_id = ? WHERE entity_id = ? AND rule = 'pin'`).run(a.id, b.id);
      this.st('DELETE FROM entity_rules WHERE entity_id = ?').run(b.id);
      for (const p of plan.pins) {
        this.st(`DELETE FROM entity_rules WHERE alias_key = ? AND ((rule = 'pin' AND type = ?) OR (rule = 'ban' AND entity_id = ?))`).run(p.key, p.type, a.id);
        this.st(`INSERT INTO entity_rules (alias_key, type, rule, entity_id) VALUES (?, ?, 'pin', ?)`).run(p.key, p.type, a.id);
      }
      this.step('correction:rules');
      this.st('DELETE FROM entities WHERE id = ?').run(b.id);
      const c: EntityCorrection = { kind: 'merge', entityId: a.id, otherId: b.id, otherName: b.name, alias: null, articles: arts.length, at: now };
      this.logCorrection(c);
      this.step('correction:log');
      return c;
    });
  }

  async splitEntity(id: string, form: string, now: string): Promise<EntityCorrection> {
    return this.correctTx(() => {
      const e = this.entityRow(id) ?? (() => { throw noEntity(id); })();
      const plan = planSplit(e, form);
      const arts = this.onlyNamedAs(e.id, e.type, plan.aliasKeys);
      let to: string | null = null;
      if (arts.length > 0) {
        const same = this.st('SELECT id FROM entities WHERE type = ? AND name_key = ? AND id <> ? ORDER BY mention_count DESC, id LIMIT 1')
          .get(e.type, nameKey(plan.alias, e.type), e.id) as Row | undefined;
        to = same?.id ?? this.createEntity({ type: e.type, name: plan.alias, aliases: [plan.alias], titles: [], place: e.type === 'NORP' ? e.place : null });
        this.addTitles(to!, this.moveArticles(e.id, to!, arts.map((a) => a.articleId)));
      }
      this.step('correction:links');
      this.st('UPDATE entities SET aliases = ? WHERE id = ?').run(JSON.stringify(plan.aliases), e.id);
      const keys = JSON.stringify(plan.dropKeys);
      this.st('DELETE FROM entity_aliases WHERE entity_id = ? AND alias_key IN (SELECT value FROM json_each(?))').run(e.id, keys);
      this.st(`DELETE FROM entity_rules WHERE entity_id = ? AND rule = 'pin' AND alias_key IN (SELECT value FROM json_each(?))`).run(e.id, keys);
      for (const b of plan.bans) this.st(`INSERT OR IGNORE INTO entity_rules (alias_key, type, rule, entity_id) VALUES (?, ?, 'ban', ?)`).run(b.key, b.type, e.id);
      this.step('correction:rules');
      const c: EntityCorrection = { kind: 'split', entityId: e.id, otherId: to, otherName: to ? this.entityRow(to)!.name : null, alias: plan.alias, articles: arts.length, at: now };
      this.logCorrection(c);
      this.step('correction:log');
      return c;
    });
  }

  async entityCorrections(opts?: ListOptions): Promise<EntityCorrection[]> {
    const { limit, offset } = page(opts, 50);
    return (this.st('SELECT * FROM entity_corrections ORDER BY seq DESC LIMIT ? OFFSET ?').all(limit, offset) as Row[]).map(correctionRow);
  }

  async getArticle(id: string): Promise<ArticleView | null> {
    const row = this.st('SELECT * FROM articles WHERE id = ?').get(id) as Row | undefined;
    if (!row) return null;
    // The text once per article: ask reads an article's view and then its sentences, so the view's
    // decoding joins the LRU that getSentences reads.
    const known = this.decoded.get(row.seq);
    const article: Row = { ...row, text: known ? known.text : inflateText(row.text) };
    if (!known) this.decoded.set(row.seq, new DecodedArticle(row.id, article.text, decodeSpans(row.spans)));
    const by = (sql: string) => this.st(sql).all(id) as Row[];
    return articleView({
      article,
      sentences: spanRows(article.spans),
      entities: by(
        `SELECT e.id, e.name, e.type, ae.titles FROM article_entities ae JOIN entities e ON e.id = ae.entity_id
         WHERE ae.seq = (SELECT seq FROM articles WHERE id = ?) ORDER BY ae.entity_id`,
      ),
      ...annotationRows(this.annotationsOf(row.seq)),
      quotes: by('SELECT * FROM quotes WHERE article_id = ? ORDER BY idx').map((q) => ({ ...q, text: q.text ?? article.text.slice(q.start_pos, q.end_pos) })),
    });
  }

  async getSummaries(ids: string[]): Promise<ArticleSummary[]> {
    const rows = this.st(`SELECT ${SUMMARY_COLS} FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(ids)) as Row[];
    const byId = new Map(rows.map((r) => [r.id as string, articleSummary(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async listArticles(opts?: ListOptions): Promise<ArticleSummary[]> {
    const { limit, offset } = page(opts, 50);
    return (this.st(`SELECT ${SUMMARY_COLS} FROM articles a ORDER BY ${NEWEST} LIMIT ? OFFSET ?`)
      .all(limit, offset) as Row[]).map((r) => articleSummary(r));
  }

  // ---- Stories ----

  async storyQueue(opts?: { limit?: number }): Promise<string[]> {
    const { limit } = page(opts, 100, 100000);
    return (this.st('SELECT article_id FROM story_queue ORDER BY seq LIMIT ?').all(limit) as Row[]).map((r) => r.article_id);
  }

  async storyOf(articleIds: string[]): Promise<{ articleId: string; storyId: string }[]> {
    if (articleIds.length === 0) return [];
    // the (article_id, story_id) index alone, not each row with its signature: 7 ms instead of 10-13 for
    // 3,000 ids at 20,000 articles (story placement asks about that many)
    return (this.st('SELECT article_id, story_id FROM story_articles INDEXED BY story_articles_article_story WHERE article_id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify(articleIds)) as Row[]).map((r) => ({ articleId: r.article_id, storyId: r.story_id }));
  }

  async storyMembers(articleIds: string[]): Promise<{ articleId: string; storyId: string; signature: StorySignature }[]> {
    if (articleIds.length === 0) return [];
    const rows = this.st(
      'SELECT article_id, story_id, signature FROM story_articles WHERE article_id IN (SELECT value FROM json_each(?))',
    ).all(JSON.stringify(articleIds)) as Row[];
    // signatures are stored in binary (format 3, rows.ts); rows written deflated or as text before read as they are.
    // Placing one article reads up to 50 members' signatures, mostly the same ones as the article before
    // it: a signature is parsed again only when its stored bytes differ from the ones it was parsed from.
    return rows.map((r) => ({ articleId: r.article_id, storyId: r.story_id, signature: this.signatures.get(r.article_id, r.signature) }));
  }

  async joinStory(j: StoryJoin): Promise<string | null> {
    return this.joinStoryTx(j);
  }

  private readonly joinStoryTx = (j: StoryJoin): string | null =>
    this.db.transaction((): string | null => {
      const q = this.st('SELECT seq FROM story_queue WHERE article_id = ?').get(j.articleId) as Row | undefined;
      if (!q) return null;
      const a = this.st('SELECT title, published, added_at FROM articles WHERE id = ?').get(j.articleId) as Row;
      const day = storyDay(a.published, a.added_at);
      let id: string;
      let position: number;
      if (j.storyId === null) {
        id = 's' + j.articleId;
        this.st(
          `INSERT INTO stories (id, title, first_article, article_count, first, last, updated_at) VALUES (?, ?, ?, 1, ?, ?, ?)`,
        ).run(id, a.title, j.articleId, day, day, j.now);
        position = 0;
      } else {
        id = j.storyId;
        const r = this.st(
          `UPDATE stories SET article_count = article_count + 1, first = min(first, ?), last = max(last, ?), updated_at = ?
           WHERE id = ? RETURNING article_count`,
        ).get(day, day, j.now, id) as Row | undefined;
        if (!r) throw new Error(`story ${id} does not exist`);
        position = r.article_count - 1;
      }
      this.st(
        `INSERT INTO story_articles (article_id, story_id, seq, position, score, reason, duplicate_of, signature)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(j.articleId, id, q.seq, position, j.score, j.reason, j.duplicateOf, storedStorySignature(j.signature));
      this.st('DELETE FROM story_queue WHERE article_id = ?').run(j.articleId);
      return id;
    }).immediate();

  async listStories(opts?: ListOptions): Promise<StorySummary[]> {
    const { limit, offset } = page(opts, 50);
    return (this.st(`SELECT ${STORY_COLS} FROM stories s ORDER BY s.last DESC, s.updated_at DESC, s.id LIMIT ? OFFSET ?`)
      .all(limit, offset) as Row[]).map(storySummary);
  }

  async countStories(): Promise<number> {
    return (this.st('SELECT count(*) AS n FROM stories').get() as Row).n;
  }

  async getStory(id: string): Promise<(StorySummary & { members: StoryMember[] }) | null> {
    const s = this.st(`SELECT ${STORY_COLS} FROM stories s WHERE s.id = ?`).get(id) as Row | undefined;
    if (!s) return null;
    const members = this.st(
      `SELECT ${SUMMARY_COLS}, m.position, m.score, m.reason, m.duplicate_of
       FROM story_articles m JOIN articles a ON a.id = m.article_id WHERE m.story_id = ? ORDER BY m.position`,
    ).all(id) as Row[];
    return { ...storySummary(s), members: members.map(storyMember) };
  }

  async storyEntities(storyId: string, opts?: { limit?: number }): Promise<StoryEntity[]> {
    const { limit } = page(opts, 12);
    return (this.st(
      `SELECT e.id, e.name, e.type, count(*) AS n FROM story_articles m
       JOIN articles a ON a.id = m.article_id JOIN article_entities ae ON ae.seq = a.seq JOIN entities e ON e.id = ae.entity_id
       WHERE m.story_id = ? GROUP BY e.id, e.name, e.type
       ORDER BY n DESC, sum(ae.mention_count) DESC, e.name, e.id LIMIT ?`,
    ).all(storyId, limit) as Row[]).map(storyEntity);
  }

  async resetStories(): Promise<void> {
    this.db.transaction(() => {
      this.st('INSERT INTO story_queue (seq, article_id) SELECT seq, article_id FROM story_articles').run();
      this.st('DELETE FROM story_articles').run();
      this.st('DELETE FROM stories').run();
    }).immediate();
    this.signatures.clear();
  }

  async countArticles(): Promise<number> {
    return (this.st('SELECT count(*) AS n FROM articles').get() as Row).n;
  }

  async searchSentences(terms: string[], opts?: { limit?: number; articleIds?: string[]; perTerm?: number }): Promise<SentenceHit[]> {
    const safe = safeTerms(terms);
    const { limit } = page(opts, 200, 5000);
    if (safe.length === 0 || limit === 0 || (opts?.articleIds && opts.articleIds.length === 0)) return [];
    if (opts?.perTerm !== undefined && !opts.articleIds) {
      // Each term's postings, a common one's bounded to its best articles (topk.ts), summed here.
      const cap = capOf(opts.perTerm);
      const weighed = this.termWeights(safe);
      if (weighed.some((x) => this.articleDf(x.t) > cap)) {
        // equal sums: sentences of articles holding the bounded terms in more sentences first, then storage
        // order (PostgreSQL: the same)
        const impact = new Map<number, number>();
        const postings = weighed.map((x) => {
          const top = this.bestArticles(x.t, cap);
          const keys = top
            ? top.flatMap((e) => e.sentences.map((i) => {
              const k = Number(e.key) * SPAN + i;
              impact.set(k, (impact.get(k) ?? 0) + e.sentences.length);
              return k;
            }))
            : (this.st('SELECT rowid FROM sentence_index WHERE sentence_index MATCH ?').pluck().all(fts5Query([x.t])) as number[]);
          return { w: x.w, keys };
        });
        // one number per key: the impact above the rowid (below 2^36 up to a million articles)
        return this.hitsFor(rankBySum(postings, limit, (k) => -(impact.get(k) ?? 0) * 2 ** 36 + k));
      }
    }
    // Best-first by the summed idf of the terms a sentence holds, counted here from each term's
    // postings. FTS5's own `ORDER BY rank` also weighs each row by its length, a lookup per posting
    // that cost ~4 µs against ~1.5 µs for this (bench/search-phases.ts), and it ranks rows the
    // PostgreSQL store cannot (that one has no idf).
    const weighed = this.termWeights(safe);
    const union = (parts: { w: number; match: string }[], range: string) =>
      parts.map(() => `SELECT rowid AS r, ? AS w FROM sentence_index WHERE sentence_index MATCH ?${range}`).join(' UNION ALL ');
    let rowids: number[];
    if (opts?.articleIds) {
      // Within given articles: one rowid range per article (FTS5 seeks to it).
      const parts = weighed.map((x) => ({ w: x.w, match: fts5Query([x.t]) }));
      const st = this.st(`SELECT r, sum(w) AS s FROM (${union(parts, ' AND rowid >= ? AND rowid < ?')}) GROUP BY r`);
      const all = this.seqsOf(opts.articleIds).flatMap((q) =>
        st.all(...parts.flatMap((x) => [x.w, x.match, q * SPAN, (q + 1) * SPAN])) as Row[]);
      all.sort((x, y) => y.s - x.s || x.r - y.r);
      rowids = all.slice(0, limit).map((x) => x.r);
    } else {
      // MaxScore on the sum, heaviest (rarest) terms first: once the lighter terms together weigh less
      // than a heavier one, and the heavier ones hold at least `limit` sentences, every sentence of the
      // top holds a heavier term. The lighter terms' postings are then read only where they meet one
      // (an FTS5 AND seeks through them) instead of whole. The order is the same either way.
      const byWeight = [...weighed].sort((a, b) => b.w - a.w);
      let heavy = byWeight.length;
      for (let i = 0, rest = byWeight.reduce((s, x) => s + x.w, 0), df = 0; i < byWeight.length - 1; i++) {
        rest -= byWeight[i].w;
        df = Math.max(df, byWeight[i].df);
        if (byWeight[i].w > rest && df >= limit) {
          heavy = i + 1;
          break;
        }
      }
      const anyHeavy = fts5Query(byWeight.slice(0, heavy).map((x) => x.t));
      const parts = byWeight.map((x, i) => ({ w: x.w, match: i < heavy ? fts5Query([x.t]) : `(${anyHeavy}) AND ${fts5Query([x.t])}` }));
      rowids = (this.st(`SELECT r FROM (${union(parts, '')}) GROUP BY r ORDER BY sum(w) DESC, r LIMIT ?`)
        .all(...parts.flatMap((x) => [x.w, x.match]), limit) as Row[]).map((x) => x.r);
    }
    return this.hitsFor(rowids);
  }

  /** Articles holding a safe term (term_df), 0 when unknown. */
  private articleDf(safe: string): number {
    return (this.st('SELECT adf FROM term_df WHERE term = ?').get(safe) as Row | undefined)?.adf ?? 0;
  }

  /**
   * A term's `cap` articles holding it in the most sentences when more articles hold it, else null (read
   * them all). From its stored list when it has one and `cap` is within it; otherwise ranked from its
   * postings (few when the term is under the lists' bound).
   */
  private bestArticles(safe: string, cap: number): TopEntry[] | null {
    const adf = this.articleDf(safe);
    if (adf <= cap) return null;
    if (adf > this.topMax && cap <= this.topMax) {
      const list = this.topOf(safe, cap);
      if (list.length) return list;
    }
    return topOfPostings(this.postingsByArticle(safe), cap);
  }

  async termArticles(terms: string[], opts?: { articleIds?: string[]; perTerm?: number }): Promise<{ articleId: string; terms: string[] }[]> {
    if (opts?.articleIds && opts.articleIds.length === 0) return [];
    const seqs = opts?.articleIds ? this.seqsOf(opts.articleIds) : null;
    const wanted = new Map<string, string>();
    for (const t of new Set(terms)) {
      const safe = safeTerm(t);
      if (safe) wanted.set(t, safe);
    }
    // Within given articles, either from their decoded term sets or from the terms' postings, whichever
    // reads less: decoding an article not yet at hand costs about as much as a thousand postings
    // (bench/ask-latency.ts profiles), and a term's postings grow with the corpus while the articles
    // asked about do not. (An FTS5 rowid-range query per article reloads the term's doclist each time:
    // about 1 ms per article for a common term at 20,000 articles.)
    let decoded: Map<number, DecodedArticle> | null = null;
    if (seqs) {
      const postings = [...new Set(wanted.values())].reduce((sum, t) => sum + this.sentenceDf(t), 0);
      if (postings > POSTINGS_PER_DECODE * seqs.filter((q) => !this.decoded.has(q)).length) decoded = this.sentencesOf(seqs);
    }
    const within = seqs ? new Set(seqs) : null;
    const held = new Map<number, Set<string>>();
    this.holdingCurrent();
    for (const [t, safe] of wanted) {
      let found: readonly number[];
      const best = !seqs && opts?.perTerm !== undefined ? this.bestArticles(safe, capOf(opts.perTerm)) : null;
      if (best) {
        found = best.map((e) => Number(e.key));
      } else if (seqs && decoded) {
        found = seqs.filter((q) => decoded.get(q)?.termSet().has(safe));
      } else {
        found = this.articlesHolding(safe);
        if (within) found = found.filter((q) => within.has(q));
      }
      for (const q of found) {
        const got = held.get(q) ?? new Set<string>();
        got.add(t);
        held.set(q, got);
      }
    }
    const ids = this.idsOf([...held.keys()]);
    return [...held].map(([q, got]) => ({ articleId: ids.get(q)!, terms: [...got] }));
  }

  /**
   * The seqs of the articles holding a safe term, in storage order. The postings come in rowid order,
   * so an article's sentences are next to each other: each article is kept once as it goes by, instead
   * of SQLite's DISTINCT keeping a temporary index of them (story placement asks this of ~24 terms per
   * article).
   */
  private articlesHolding(safe: string): readonly number[] {
    const kept = this.holding.get(safe);
    if (kept) {
      this.holding.delete(safe);
      this.holding.set(safe, kept);
      return kept;
    }
    const out: number[] = [];
    for (const r of this.st('SELECT rowid FROM sentence_index WHERE sentence_index MATCH ? ORDER BY rowid').pluck().all(fts5Query([safe])) as number[]) {
      const q = Math.floor(r / SPAN);
      if (out.length === 0 || out[out.length - 1] !== q) out.push(q);
    }
    if (out.length <= HOLDING_MAX_LIST) {
      for (const [old, list] of this.holding) {
        if (this.holding.size < HOLDING_TERMS && this.holdingSeqs + out.length <= HOLDING_SEQS) break;
        this.holding.delete(old);
        this.holdingSeqs -= list.length;
      }
      this.holding.set(safe, out);
      this.holdingSeqs += out.length;
    }
    return out;
  }

  private forgetHolding(): void {
    this.holding.clear();
    this.holdingSeqs = 0;
  }

  /** articlesHolding's lists emptied when another connection has committed since they were read (once a call of termArticles). */
  private holdingCurrent(): void {
    this.holdingAt(this.dataVersion());
  }

  /** The kept lists hold as of data_version `version`: emptied if they were read at another. */
  private holdingAt(version: number): void {
    if (version === this.holdingVersion) return;
    this.forgetHolding();
    this.holdingVersion = version;
  }

  /** Sentences holding a safe term (term_df), 0 when unknown. */
  private sentenceDf(safe: string): number {
    return (this.st('SELECT sdf FROM term_df WHERE term = ?').get(safe) as Row | undefined)?.sdf ?? 0;
  }

  /** Each safe term with its sentence frequency (term_df) and termWeight. */
  private termWeights(safe: string[]): { t: string; df: number; w: number }[] {
    const n = (this.st('SELECT sentences FROM corpus_stats WHERE id = 1').get() as Row | undefined)?.sentences ?? 0;
    const get = this.st('SELECT sdf FROM term_df WHERE term = ?');
    return safe.map((t) => {
      const df: number = (get.get(t) as Row | undefined)?.sdf ?? 0;
      return { t, df, w: termWeight(n, df) };
    });
  }

  async termStats(terms: string[]): Promise<TermStats> {
    const c = this.st('SELECT sentences, terms, (SELECT count(*) FROM articles) AS articles FROM corpus_stats WHERE id = 1').get() as Row;
    const df: Record<string, number> = {};
    const adf: Record<string, number> = {};
    // one statement for all the terms (story placement asks for an article's few hundred at once)
    const keyOf = new Map<string, string | undefined>();
    for (const t of terms) if (!keyOf.has(t)) keyOf.set(t, safeTerm(t));
    const keys = [...new Set([...keyOf.values()].filter((k): k is string => !!k))];
    const rows = new Map<string, TermCount>();
    // the last batch's terms as it committed them, while no other connection has committed since
    const known = this.termCounts !== null && this.dataVersion() === this.termCounts.version ? this.termCounts.rows : null;
    if (!known) this.termCounts = null;
    const ask = known ? keys.filter((k) => !known.has(k)) : keys;
    if (known) for (const k of keys) if (known.has(k)) rows.set(k, known.get(k)!);
    if (ask.length) {
      for (const r of this.st('SELECT term, sdf, adf FROM term_df WHERE term IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify(ask)) as TermCount[]) rows.set(r[0], r);
    }
    // each distinct term once, in the order the terms first come (keyOf's): asking the records whether
    // they already hold a term looked each fresh string up in V8's string table, a fifth of this call's
    // time in story placement (perf); and no inherited name ("constructor") can be taken for one counted
    for (const [t, key] of keyOf) {
      const r = key ? rows.get(key) : undefined;
      df[t] = r?.[1] ?? 0;
      adf[t] = r?.[2] ?? 0;
    }
    return { sentences: c.sentences, articles: c.articles, avgTerms: c.sentences ? c.terms / c.sentences : 0, df, adf };
  }

  async getSentences(articleId: string, indices: number[] | 'all'): Promise<SentenceHit[]> {
    if (indices.length === 0) return [];
    const seq = (this.st('SELECT seq FROM articles WHERE id = ?').get(articleId) as Row | undefined)?.seq;
    const a = seq === undefined ? undefined : this.sentencesOf([seq]).get(seq);
    if (!a) return [];
    if (indices === 'all') return a.spans.map((_, i) => a.hit(i));
    return [...new Set(indices)].sort((x, y) => x - y).filter((i) => i >= 0 && i < a.spans.length).map((i) => a.hit(i));
  }

  /**
   * Articles' sentences by seq, decoded once and kept in a small LRU: ask reads the same few articles'
   * sentences for every question it checks, and stored articles never change.
   */
  private sentencesOf(seqs: number[]): Map<number, DecodedArticle> {
    const out = new Map<number, DecodedArticle>();
    const missing: number[] = [];
    for (const q of seqs) {
      const d = this.decoded.get(q);
      if (d) out.set(q, d);
      else missing.push(q);
    }
    if (missing.length) {
      const rows = this.st('SELECT seq, id, text, spans FROM articles WHERE seq IN (SELECT value FROM json_each(?))')
        .all(JSON.stringify(missing)) as Row[];
      for (const r of rows) {
        const d = new DecodedArticle(r.id, inflateText(r.text), decodeSpans(r.spans));
        out.set(r.seq, d);
        this.decoded.set(r.seq, d);
      }
    }
    return out;
  }

  /** Article seq numbers (the FTS rowid's high part) for ids; unknown ids are skipped. */
  private seqsOf(ids: string[]): number[] {
    return (this.st('SELECT seq FROM articles WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Row[])
      .map((r) => r.seq);
  }

  /** Article ids by seq; remembered, as neither ever changes (about 50 bytes per article). */
  private idsOf(seqs: number[]): Map<number, string> {
    const missing = seqs.filter((q) => !this.idBySeq.has(q));
    if (missing.length) {
      const rows = this.st('SELECT seq, id FROM articles INDEXED BY articles_seq_id WHERE seq IN (SELECT value FROM json_each(?))').all(JSON.stringify(missing)) as Row[];
      for (const r of rows) this.idBySeq.set(r.seq, r.id);
    }
    return new Map(seqs.flatMap((q) => (this.idBySeq.has(q) ? [[q, this.idBySeq.get(q)!] as const] : [])));
  }

  /** Sentence hits for index rowids, in the given order. */
  private hitsFor(rowids: number[]): SentenceHit[] {
    const bySeq = this.sentencesOf([...new Set(rowids.map((r) => Math.floor(r / SPAN)))]);
    const out: SentenceHit[] = [];
    for (const r of rowids) {
      const a = bySeq.get(Math.floor(r / SPAN));
      const i = r % SPAN;
      if (a && i < a.spans.length) out.push(a.hit(i));
    }
    return out;
  }

  async findEntities(name: string, opts?: { limit?: number }): Promise<EntitySummary[]> {
    const { limit } = page(opts, 20);
    const keys = [...keysOf([name], 'PERSON')];
    if (keys.length === 0) return [];
    return (this.st(
      `SELECT ${ENTITY_COLS} FROM entities e WHERE e.id IN
         (SELECT entity_id FROM entity_aliases WHERE alias_key IN (SELECT value FROM json_each(?)))
       ORDER BY e.mention_count DESC, e.id LIMIT ?`,
    ).all(JSON.stringify(keys), limit) as Row[]).map(entitySummary);
  }

  async getEntity(id: string): Promise<EntitySummary | null> {
    const r = this.st(`SELECT ${ENTITY_COLS} FROM entities e WHERE e.id = ?`).get(id) as Row | undefined;
    return r ? entitySummary(r) : null;
  }

  async listEntities(opts?: ListOptions & { type?: string; prefix?: string }): Promise<EntitySummary[]> {
    const { limit, offset } = page(opts, 50);
    const where: string[] = [];
    const params: unknown[] = [];
    if (opts?.type) {
      where.push('e.type = ?');
      params.push(opts.type);
    }
    if (opts?.prefix !== undefined) {
      const prefix = nameKey(opts.prefix, 'ORG');
      if (prefix) {
        // a range, not LIKE: SQLite's LIKE is case-insensitive and would not use the index
        where.push('e.name_key >= ? AND e.name_key < ?');
        params.push(prefix, prefix + '\u{10ffff}');
      }
    }
    params.push(limit, offset);
    return (this.st(
      `SELECT ${ENTITY_COLS} FROM entities e ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
       ORDER BY e.mention_count DESC, e.id LIMIT ? OFFSET ?`,
    ).all(...params) as Row[]).map(entitySummary);
  }

  async entityArticles(entityId: string, opts?: ListOptions): Promise<ArticleSummary[]> {
    const { limit, offset } = page(opts, 50);
    return (this.st(
      `SELECT ${SUMMARY_COLS} FROM article_entities ae JOIN articles a ON a.seq = ae.seq
       WHERE ae.entity_id = ? ORDER BY ${NEWEST} LIMIT ? OFFSET ?`,
    ).all(entityId, limit, offset) as Row[]).map((r) => articleSummary(r));
  }

  async articlesSharingEntities(articleId: string, opts?: { limit?: number }) {
    const { limit } = page(opts, 20);
    const rows = this.st(
      `SELECT a.id AS article_id, json_group_array(other.entity_id) AS ids, count(*) AS n,
              max(a.published) AS published, max(a.added_at) AS added_at
       FROM article_entities mine
       JOIN article_entities other ON other.entity_id = mine.entity_id AND other.seq <> mine.seq
       JOIN articles a ON a.seq = other.seq
       WHERE mine.seq = (SELECT seq FROM articles WHERE id = ?)
       GROUP BY other.seq
       ORDER BY n DESC, published DESC, added_at DESC, a.id LIMIT ?`,
    ).all(articleId, limit) as Row[];
    return rows.map((r) => ({ articleId: r.article_id as string, entityIds: (json<string[]>(r.ids)).sort() }));
  }

  async quotes(opts?: ListOptions & { speakerId?: string; articleId?: string }): Promise<QuoteHit[]> {
    const { limit, offset } = page(opts, 50);
    const where: string[] = [];
    const params: unknown[] = [];
    if (opts?.speakerId !== undefined) {
      where.push('q.speaker_id = ?');
      params.push(opts.speakerId);
    }
    if (opts?.articleId !== undefined) {
      where.push('q.article_id = ?');
      params.push(opts.articleId);
    }
    params.push(limit, offset);
    const rows = this.st(
      `SELECT q.*, s.name AS s_name, s.type AS s_type, a.seq AS a_seq, ${SUMMARY_COLS_PREFIXED}
       FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities s ON s.id = q.speaker_id
       ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
       ORDER BY ${NEWEST}, q.idx LIMIT ? OFFSET ?`,
    ).all(...params) as Row[];
    // quotes stored as spans (text NULL) are sliced from their articles, decoded through the LRU
    const bySeq = this.sentencesOf([...new Set(rows.filter((r) => r.text === null).map((r) => r.a_seq as number))]);
    return rows.map((r) => quoteHit(r.text === null ? { ...r, text: bySeq.get(r.a_seq)!.text.slice(r.start_pos, r.end_pos) } : r));
  }

  async logIngest(entry: IngestLogEntry | IngestLogEntry[]): Promise<void> {
    const st = this.st('INSERT INTO ingest_log (item, status, article_id, code, message, at) VALUES (?, ?, ?, ?, ?, ?)');
    this.db.transaction((es: IngestLogEntry[]) => {
      for (const e of es) st.run(e.item, e.status, e.articleId, e.code, e.message, e.at);
    })(Array.isArray(entry) ? entry : [entry]);
  }

  async ingestLog(opts?: ListOptions): Promise<IngestLogEntry[]> {
    const { limit, offset } = page(opts, 100);
    return (this.st('SELECT * FROM ingest_log ORDER BY seq DESC LIMIT ? OFFSET ?').all(limit, offset) as Row[])
      .map(ingestEntry);
  }

  async storage(): Promise<StorageReport> {
    this.db.pragma('wal_checkpoint(PASSIVE)');
    const r = this.st('SELECT count(*) AS n, coalesce(sum(text_chars), 0) AS chars FROM articles').get() as Row;
    const pages = this.db.pragma('page_count', { simple: true }) as number;
    const size = this.db.pragma('page_size', { simple: true }) as number;
    return { articles: r.n, textChars: r.chars, bytes: pages * size };
  }

  async maintain(): Promise<{ before: StorageReport; after: StorageReport }> {
    const before = await this.storage();
    this.db.exec("INSERT INTO sentence_index (sentence_index) VALUES ('optimize')");
    this.db.exec('VACUUM');
    this.db.pragma('optimize');
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    return { before, after: await this.storage() };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** The job queue on SQLite: one writer at a time, so a claim is a read and an update in one IMMEDIATE transaction. */
class SqliteJobs implements JobQueue {
  private readonly claimTx: (worker: string, now: string, opts?: ClaimOptions) => Job | null;

  constructor(private readonly db: Database.Database) {
    const tx = db.transaction((worker: string, now: string, opts?: ClaimOptions): Job | null => {
      const t = isoTime(now);
      // a job whose last allowed attempt never came back is failed, not retried forever
      db.prepare(
        `UPDATE jobs SET status = 'failed', error = 'lease expired on the last attempt', finished_at = ?
         WHERE status = 'running' AND lease_until < ? AND attempts >= max_attempts`,
      ).run(t, t);
      const kinds = opts?.kinds;
      const row = db.prepare(
        `SELECT id FROM jobs
         WHERE (status = 'queued' OR (status = 'running' AND lease_until < ?))
           ${kinds ? 'AND kind IN (SELECT value FROM json_each(?))' : ''}
         ORDER BY id LIMIT 1`,
      ).get(...(kinds ? [t, JSON.stringify(kinds)] : [t])) as Row | undefined;
      if (!row) return null;
      const r = db.prepare(
        `UPDATE jobs SET status = 'running', attempts = attempts + 1, worker = ?, lease_until = ?
         WHERE id = ? RETURNING id, kind, payload, attempts, max_attempts`,
      ).get(worker, leaseUntil(now, opts), row.id) as Row;
      return { id: String(r.id), kind: r.kind, payload: JSON.parse(r.payload), attempts: r.attempts, maxAttempts: r.max_attempts };
    });
    this.claimTx = (w, n, o) => tx.immediate(w, n, o);
  }

  async enqueue(kind: string, payload: unknown, now: string, opts?: { maxAttempts?: number }): Promise<string> {
    const r = this.db.prepare(
      'INSERT INTO jobs (kind, payload, max_attempts, created_at) VALUES (?, ?, ?, ?) RETURNING id',
    ).get(kind, JSON.stringify(payload ?? null), opts?.maxAttempts ?? 3, isoTime(now)) as Row;
    return String(r.id);
  }

  async claim(worker: string, now: string, opts?: ClaimOptions): Promise<Job | null> {
    return this.claimTx(worker, now, opts);
  }

  async complete(id: string, worker: string, outcome: JobOutcome, now: string): Promise<boolean> {
    if (!/^\d+$/.test(id)) return false;
    const r = this.db.prepare(
      `UPDATE jobs SET
         status = CASE WHEN ? THEN 'done' WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
         error = ?, lease_until = NULL,
         finished_at = CASE WHEN ? OR attempts >= max_attempts THEN ? END
       WHERE id = ? AND worker = ? AND status = 'running'`,
    ).run(outcome.ok ? 1 : 0, outcome.ok ? null : outcome.error, outcome.ok ? 1 : 0, isoTime(now), Number(id), worker);
    return r.changes === 1;
  }

  async renew(id: string, worker: string, now: string, opts?: Pick<ClaimOptions, 'leaseSeconds'>): Promise<boolean> {
    if (!/^\d+$/.test(id)) return false;
    const r = this.db.prepare(
      `UPDATE jobs SET lease_until = ? WHERE id = ? AND worker = ? AND status = 'running'`,
    ).run(leaseUntil(now, opts), Number(id), worker);
    return r.changes === 1;
  }

  async counts(): Promise<Record<JobStatus, number>> {
    const out = Object.fromEntries(JOB_STATUSES.map((s) => [s, 0])) as Record<JobStatus, number>;
    for (const r of this.db.prepare('SELECT status, count(*) AS n FROM jobs GROUP BY status').all() as Row[]) {
      out[r.status as JobStatus] = r.n;
    }
    return out;
  }

  async list(opts?: { status?: JobStatus; limit?: number }): Promise<JobInfo[]> {
    const { limit } = page(opts, 20);
    const rows = this.db.prepare(
      `SELECT id, kind, payload, status, attempts, max_attempts, worker, lease_until, error, created_at, finished_at
       FROM jobs WHERE (? IS NULL OR status = ?) ORDER BY ${JOBS_NEWEST} LIMIT ?`,
    ).all(opts?.status ?? null, opts?.status ?? null, limit) as Row[];
    return rows.map((r) => jobInfo({ ...r, payload: JSON.parse(r.payload) }));
  }
}

export async function openSqlite(path: string, topPerTerm?: number): Promise<SqliteStore> {
  return new SqliteStore(path, topPerTerm);
}
