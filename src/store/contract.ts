// The one Store contract. SQLite and PostgreSQL implement it; test/store/contract.ts runs the same
// suite against both. Only code under store/ speaks SQL.

import type {
  Annotations,
  ArticleSummary,
  ArticleView,
  Document,
  EntitySummary,
  IngestLogEntry,
  QuoteHit,
  SentenceHit,
  TermStats,
} from '../model/index.js';

export interface AddResult {
  status: 'added' | 'duplicate';
  /** The new article's id, or the id of the article it duplicates. */
  id: string;
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
   */
  addArticle(doc: Document, ann: Annotations, now: string): Promise<AddResult>;

  getArticle(id: string): Promise<ArticleView | null>;
  /** Newest first: by publication date, then by ingest time. */
  listArticles(opts?: ListOptions): Promise<ArticleSummary[]>;
  countArticles(): Promise<number>;

  /**
   * Full-text recall over sentences. `terms` are index terms (see understand/terms.ts); each is
   * passed to the engine as a quoted literal, never as syntax. A sentence matches if it has any term.
   * Ranking is the caller's job; the store returns at most `limit` candidates, best-first by its engine.
   */
  searchSentences(terms: string[], opts?: { limit?: number; articleIds?: string[] }): Promise<SentenceHit[]>;
  /** Corpus statistics for BM25 over sentences. */
  termStats(terms: string[]): Promise<TermStats>;
  /** Sentences of one article by index (for context windows around a hit). */
  getSentences(articleId: string, indices: number[]): Promise<SentenceHit[]>;

  /** Entities whose name or alias matches (case-insensitive, whole name). */
  findEntities(name: string, opts?: { limit?: number }): Promise<EntitySummary[]>;
  getEntity(id: string): Promise<EntitySummary | null>;
  /** Most mentioned first; optional type filter and name prefix. */
  listEntities(opts?: ListOptions & { type?: string; prefix?: string }): Promise<EntitySummary[]>;
  /** Articles mentioning an entity, newest first. */
  entityArticles(entityId: string, opts?: ListOptions): Promise<ArticleSummary[]>;
  /** For each article sharing at least one entity with `articleId`: the shared entity ids. */
  articlesSharingEntities(articleId: string, opts?: { limit?: number }): Promise<{ articleId: string; entityIds: string[] }[]>;

  /** Quotes, newest first; filtered by speaker entity and/or article. */
  quotes(opts?: ListOptions & { speakerId?: string; articleId?: string }): Promise<QuoteHit[]>;

  /** Appends to the ingest log (failures and duplicates included). */
  logIngest(entry: IngestLogEntry): Promise<void>;
  ingestLog(opts?: ListOptions): Promise<IngestLogEntry[]>;

  close(): Promise<void>;
}
