// The one Store contract. SQLite and PostgreSQL implement it; test/store/contract.ts runs the same
// suite against both. Only code under store/ speaks SQL.

import type {
  DeskError,
  Annotations,
  ArticleSummary,
  ArticleView,
  Document,
  EntityCorrection,
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
import type { PreparedAhead } from './prepare.js';

export interface AddResult {
  status: 'added' | 'duplicate';
  /** The new article's id, or the id of the article it duplicates. */
  id: string;
}

export interface StorageReport {
  articles: number;
  /** Characters of article text (title excluded): the raw text the store is measured against. */
  textChars: number;
  bytes: number;
}

export interface StoryJoin {
  articleId: string;
  /** The story to join, or null to start one. */
  storyId: string | null;
  signature: StorySignature;
  score: number;
  reason: string;
  duplicateOf: string | null;
  /** When it joined (ISO): the store never reads the clock. */
  now: string;
}

export interface ListOptions {
  limit?: number;
  offset?: number;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';

  /**
   * Stores one article with all its annotations in one transaction: everything lands or nothing.
   * A duplicate (same canonical URL, or same normalised text) changes nothing.
   * `now` is the ingest time (ISO string): the store never reads the clock.
   * Ids are stable: 12 hex digits of sha256 over the normalised URL, else over the text hash.
   * Document entities are linked to corpus entities here (see store/resolve.ts for the rules).
   * Fails with DeskError STORE_FAILED (item = doc.origin), e.g. for annotations that refer to an
   * unknown entity key or sentence, or carry a value outside the model's enums.
   */
  addArticle(doc: Document, ann: Annotations, now: string): Promise<AddResult>;

  /**
   * Several articles in one transaction (one commit), each in its own savepoint: an article that fails
   * is rolled back alone and comes back as its DeskError; the others land. Same rules as addArticle.
   * A backend may commit them one by one instead (PostgreSQL does, to keep writers' turns short).
   *
   * `prepared`, when given, is `prepareAhead(doc, ann)` (prepare.ts) computed off the store's thread (add's
   * understand threads); a backend may use it instead of preparing the article itself, and stores the same
   * either way (SQLite uses it; PostgreSQL prepares its own).
   */
  addArticles(items: { doc: Document; ann: Annotations; prepared?: PreparedAhead }[], now: string): Promise<(AddResult | DeskError)[]>;

  getArticle(id: string): Promise<ArticleView | null>;
  /** Summaries of the given articles, in the given order; unknown ids are left out. */
  getSummaries(ids: string[]): Promise<ArticleSummary[]>;
  /** Newest first: by publication date, then by ingest time; undated articles last. */
  listArticles(opts?: ListOptions): Promise<ArticleSummary[]>;
  countArticles(): Promise<number>;

  /**
   * Full-text recall over sentences. `terms` are index terms (see understand/terms.ts); each is
   * passed to the engine as a quoted literal, never as syntax. A sentence matches if it has any term.
   * Ranking is the caller's job; the store returns at most `limit` candidates, best-first by the summed
   * idf (BM25's, over sentences, from term_df; see store/fts.ts termWeight) of the terms each holds, the
   * same on every engine; equal sums come in the engine's storage order. Sentence length does not count:
   * weighing it needs a lookup per posting, and the caller's BM25 weighs it on the candidates.
   * Each term is first reduced to one token (diacritics folded, lowercase, letters and digits only;
   * see store/fts.ts): "trump*" looks for "trump", a term with no letters or digits matches nothing.
   * Default limit 200.
   *
   * `perTerm` bounds the work over the whole corpus (it is ignored with `articleIds`): a term held by
   * more than `perTerm` articles contributes only the sentences of its `perTerm` articles holding it in
   * the most sentences (first stored first among equals; store/topk.ts). Up to TOP_PER_TERM they are
   * read from one row instead of the term's postings. With no such term the result is the same as without it.
   */
  searchSentences(terms: string[], opts?: { limit?: number; articleIds?: string[]; perTerm?: number }): Promise<SentenceHit[]>;
  /**
   * Corpus statistics for BM25 over sentences; `df` (sentences) and `adf` (articles) have every asked
   * term (0 when absent). Kept up to date at ingest: one lookup per term, whatever the corpus size.
   */
  termStats(terms: string[]): Promise<TermStats>;
  /**
   * Which of `terms` each article holds in any sentence, for the articles holding at least one (only
   * among `articleIds` when given). Terms are sanitised like searchSentences'. Unordered. Its cost
   * grows with the terms' article frequencies, so callers pass rare terms over the whole corpus and
   * common ones only with `articleIds`.
   *
   * `perTerm` (over the whole corpus only) bounds that cost: a term held by more than `perTerm` articles
   * answers only for its `perTerm` articles holding it in the most sentences (as searchSentences').
   */
  termArticles(terms: string[], opts?: { articleIds?: string[]; perTerm?: number }): Promise<{ articleId: string; terms: string[] }[]>;
  /** Sentences of one article by index (for context windows around a hit), or all of them. */
  getSentences(articleId: string, indices: number[] | 'all'): Promise<SentenceHit[]>;

  /** Entities whose name or alias matches (case- and accent-insensitive, whole name); most mentioned first. */
  findEntities(name: string, opts?: { limit?: number }): Promise<EntitySummary[]>;
  getEntity(id: string): Promise<EntitySummary | null>;
  /** Most mentioned first; optional type filter and name prefix. */
  listEntities(opts?: ListOptions & { type?: string; prefix?: string }): Promise<EntitySummary[]>;
  /** Articles mentioning an entity, newest first. */
  entityArticles(entityId: string, opts?: ListOptions): Promise<ArticleSummary[]>;
  /** For each article sharing at least one entity with `articleId`: the shared entity ids; most shared first. */
  articlesSharingEntities(articleId: string, opts?: { limit?: number }): Promise<{ articleId: string; entityIds: string[] }[]>;

  // ---- Corrections (store/corrections.ts): one transaction each, under the writers' entity lock ----

  /**
   * Folds entity `from` into `into`: mentions, coreference links, quote speakers, event roles and
   * article links move; names, aliases and titles join `into`'s aliases and titles; `from` is deleted.
   * Later articles naming `from` link to `into`. NOT_FOUND for an unknown id; CORRECTION_INVALID for
   * a merge into itself. `now` (ISO) is when: the store never reads the clock.
   */
  mergeEntities(into: string, from: string, now: string): Promise<EntityCorrection>;
  /**
   * Splits `form` off an entity: the articles that name it only by that form move to the entity of that
   * name and type (created if none), and later articles naming only that form never link to it again.
   * NOT_FOUND for an unknown id; CORRECTION_INVALID when the form is not an alias of the entity, or is
   * its name.
   */
  splitEntity(id: string, form: string, now: string): Promise<EntityCorrection>;
  /** Corrections and the store's own revisions, newest first. Default limit 50. */
  entityCorrections(opts?: ListOptions): Promise<EntityCorrection[]>;

  /** Quotes, newest first; filtered by speaker entity and/or article. */
  quotes(opts?: ListOptions & { speakerId?: string; articleId?: string }): Promise<QuoteHit[]>;

  /** Appends to the ingest log (failures and duplicates included); several entries in one transaction. */
  logIngest(entry: IngestLogEntry | IngestLogEntry[]): Promise<void>;
  /** Newest first. */
  ingestLog(opts?: ListOptions): Promise<IngestLogEntry[]>;

  // ---- Stories: query/stories.ts decides which story an article joins; the store keeps it ----

  /**
   * Articles waiting for their story, oldest first (the order they were stored). Every stored article
   * is queued in its own transaction; joinStory takes it off. Default limit 100.
   */
  storyQueue(opts?: { limit?: number }): Promise<string[]>;
  /** The story of each given article that is in a story (others left out): cheap, no signatures. */
  storyOf(articleIds: string[]): Promise<{ articleId: string; storyId: string }[]>;
  /** The story and frozen signature of each given article that is in a story (others left out). */
  storyMembers(articleIds: string[]): Promise<{ articleId: string; storyId: string; signature: StorySignature }[]>;
  /**
   * Puts a queued article into a story, or starts one (`storyId` null: its id is "s" + the article id),
   * and takes it off the queue, in one transaction. Returns the story id, or null when the article was
   * not queued (another writer placed it first; nothing changes).
   */
  joinStory(j: StoryJoin): Promise<string | null>;
  /** Stories, the ones whose news is latest first (last date, then last joined). */
  listStories(opts?: ListOptions): Promise<StorySummary[]>;
  countStories(): Promise<number>;
  /** A story with its articles in the order they joined. */
  getStory(id: string): Promise<(StorySummary & { members: StoryMember[] }) | null>;
  /** The people, organisations and places its articles mention, most widely first. Default limit 12. */
  storyEntities(storyId: string, opts?: { limit?: number }): Promise<StoryEntity[]>;
  /** Empties every story and queues every article again in its original order (for a rebuild). */
  resetStories(): Promise<void>;

  /** What the store holds and what it takes on disk (database file(s) or database size). */
  storage(): Promise<StorageReport>;
  /**
   * Compacts the store: merges index segments, refreshes the planner's statistics and returns free
   * pages to the file system (SQLite VACUUM; PostgreSQL VACUUM ANALYZE). Safe while readers run;
   * writers wait. Returns the report before and after.
   */
  maintain(): Promise<{ before: StorageReport; after: StorageReport }>;

  /** A queue for ingest workers (several processes on PostgreSQL). Both backends provide it. */
  readonly jobs?: JobQueue;

  close(): Promise<void>;
}

export interface Job {
  id: string;
  kind: string;
  payload: unknown;
  /** Claims so far, this one included. */
  attempts: number;
  /** Claims allowed before the job is failed for good. */
  maxAttempts: number;
}

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

/** A job as `list` shows it, for status reports (`newsdesk jobs`). */
export interface JobInfo extends Job {
  status: JobStatus;
  /** The worker holding it (running) or that last held it; null when never claimed. */
  worker: string | null;
  /** ISO time its current claim runs out (running only). */
  leaseUntil: string | null;
  /** The last failure's reason (failed, or queued again after a failed attempt). */
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface ClaimOptions {
  /** Only jobs of these kinds. */
  kinds?: string[];
  /** How long the claim holds (default 300 s); after that a crashed worker's job is claimable again. */
  leaseSeconds?: number;
}

export type JobOutcome = { ok: true } | { ok: false; error: string };

export interface JobQueue {
  /** Queues a job; `maxAttempts` (default 3) bounds claims before it is failed for good. */
  enqueue(kind: string, payload: unknown, now: string, opts?: { maxAttempts?: number }): Promise<string>;
  /**
   * Claims the oldest ready job for `worker`, or null. Concurrent claimers never get the same job
   * (PostgreSQL: FOR UPDATE SKIP LOCKED). A job whose lease ran out is ready again.
   */
  claim(worker: string, now: string, opts?: ClaimOptions): Promise<Job | null>;
  /**
   * Finishes a claimed job: done, or on failure queued again until its attempts run out.
   * False when `worker` no longer holds it (its lease ran out and another worker claimed it).
   */
  complete(id: string, worker: string, outcome: JobOutcome, now: string): Promise<boolean>;
  /**
   * Extends the lease of a job `worker` still holds to `leaseSeconds` from `now`, so a long job is not
   * claimed by another worker meanwhile. False when it no longer holds it (taken over or finished).
   */
  renew(id: string, worker: string, now: string, opts?: Pick<ClaimOptions, 'leaseSeconds'>): Promise<boolean>;
  /** Jobs by status, for progress reports. */
  counts(): Promise<Record<JobStatus, number>>;
  /** Jobs, optionally of one status; most recently finished (else created) first. Default limit 20. */
  list(opts?: { status?: JobStatus; limit?: number }): Promise<JobInfo[]>;
}
