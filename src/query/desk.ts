// The desk: every use case bound to one store, the one object the interfaces talk to.

import type { ArticleSummary, ArticleView, EntityCorrection, EntitySummary, IngestLogEntry, QuoteHit, Answer, StoryEntity, StoryMember, StorySummary } from '../model/index.js';
import type { Store } from '../store/contract.js';
import { DeskError } from '../model/index.js';
import type { ItemResult } from '../ingest/index.js';
import { search, type SearchResult } from './search.js';
import { ask, answerQuestion } from './ask/ask.js';
import { resolveFollowUp, type Turn } from './ask/thread.js';
import { generateAnswer, type TextGenerator } from './ask/generate.js';
import { relatedArticles, type RelatedArticle } from './related.js';
import { ArticleCache } from './articles.js';
import { checkedRelated, questionsAbout, type CheckedQuestions } from './ask/related-questions.js';
import { addItems, type AddProgress, type AddReport } from './add.js';
import { placeQueued, rebuildStories, type PlaceReport } from './stories.js';
import { storyView, type StoryView } from './story-view.js';

export interface DeskDeps {
  store: Store;
  now: () => Date;
  /** Optional: writes a fluent answer from the cited sentences (off by default). */
  llm?: TextGenerator | null;
  /** Threads that understand articles while add stores the ones before them (add.ts; 0 or absent: none). */
  understandThreads?: number;
}

/** Article pages whose "Read also" and related questions are kept. */
const PAGE_CACHE = 1000;

export class Desk {
  constructor(private readonly deps: DeskDeps) {}

  get store(): Store {
    return this.deps.store;
  }

  add(items: AsyncIterable<ItemResult> | Iterable<ItemResult>, onProgress?: (p: AddProgress) => void): Promise<AddReport> {
    return addItems(this.deps, items, onProgress);
  }
  search(q: string, limit?: number): Promise<SearchResult[]> {
    return search(this.deps.store, q, { limit });
  }
  /** Asks a question; with `previous`, a follow-up's pronouns are resolved against that turn first. */
  async ask(question: string, opts: { related?: boolean; previous?: Turn | null; story?: string | null; minConfidence?: number } = {}): Promise<Answer> {
    const standalone = resolveFollowUp(question, opts.previous ?? null);
    const within = await this.storyArticles(opts.story ?? null);
    const answer = await ask(this.deps.store, standalone, { related: opts.related, today: this.today(), within, minConfidence: opts.minConfidence });
    if (standalone !== question) answer.resolvedQuestion = standalone;
    answer.question = question;
    if (this.deps.llm && !answer.abstained) {
      // The extractive answer always stands; a failing model only loses the fluent version.
      try {
        const generated = await generateAnswer(this.deps.llm, answer);
        if (generated) answer.generated = generated;
      } catch (e) {
        process.emitWarning(`newsdesk: LLM answer skipped: ${(e as Error).message}`);
      }
    }
    return answer;
  }
  /**
   * "Explore related questions" for a question, apart from its answer so that the answer never waits for
   * them: the answer's articles propose questions, each kept only if the desk answers it right. `stop`
   * ends the checking early (a time budget); the list is then what was checked, `complete: false`.
   */
  async relatedQuestions(question: string, opts: { story?: string | null; stop?: () => boolean } = {}): Promise<CheckedQuestions> {
    const within = await this.storyArticles(opts.story ?? null);
    const today = this.today();
    return this.pageMemo(
      `asked ${today} ${opts.story ?? ''} ${question}`,
      async () => {
        const cache = new ArticleCache(this.deps.store);
        const r = await answerQuestion(this.deps.store, question, { today, within, cache });
        if (r.answer.abstained) return { questions: [], complete: true };
        return checkedRelated(this.deps.store, r, cache, { stop: opts.stop });
      },
      (v) => v.complete,
    );
  }
  related(articleId: string, limit?: number): Promise<RelatedArticle[] | null> {
    return this.pageMemo(`related ${articleId} ${limit}`, () => relatedArticles(this.deps.store, articleId, { limit }));
  }
  /** "Explore related questions" for an article page (null: no such article); `stop` as in relatedQuestions. */
  async questionsAbout(articleId: string, opts: { stop?: () => boolean } = {}): Promise<CheckedQuestions | null> {
    return this.pageMemo(
      `questions ${articleId}`,
      async () => {
        const a = await this.deps.store.getArticle(articleId);
        if (!a) return null;
        return questionsAbout(this.deps.store, a, new ArticleCache(this.deps.store), { stop: opts.stop });
      },
      (v) => v?.complete !== false,
    );
  }

  /**
   * Read also and related questions cost an ask's worth of work; they are kept until the corpus grows
   * (the count of articles is part of the key), so a page read twice is cheap. A result cut short by its
   * budget (`keep` false) is not kept, so the next reader gets a full one.
   */
  private readonly pageCache = new Map<string, Promise<unknown>>();
  private async pageMemo<T>(key: string, f: () => Promise<T>, keep: (v: T) => boolean = () => true): Promise<T> {
    const k = `${key} @${await this.deps.store.countArticles()}`;
    let v = this.pageCache.get(k) as Promise<T> | undefined;
    if (!v) {
      const p = f();
      v = p;
      this.pageCache.set(k, p);
      const forget = () => this.pageCache.get(k) === p && this.pageCache.delete(k);
      p.then((x) => keep(x) || forget(), forget);
      if (this.pageCache.size > PAGE_CACHE) this.pageCache.delete(this.pageCache.keys().next().value!);
    }
    return v;
  }
  private today(): string {
    return this.deps.now().toISOString().slice(0, 10);
  }
  /** The articles of one story, to ask within it; undefined: the whole corpus. */
  private async storyArticles(storyId: string | null): Promise<string[] | undefined> {
    if (!storyId) return undefined;
    const story = await this.deps.store.getStory(storyId);
    if (!story) throw new DeskError('NOT_FOUND', `No story with id "${storyId}"`);
    return story.members.map((m) => m.article.id);
  }
  /** Places articles still waiting for their story (stored by an older version, or whose placing failed). */
  placeStories(onProgress?: (done: number, total: number) => void): Promise<PlaceReport> {
    return placeQueued(this.deps.store, { now: this.deps.now, onProgress });
  }
  /** Stories whose news is latest first, with their articles and main entities. */
  async stories(limit = 20, offset = 0): Promise<(StorySummary & { members: StoryMember[]; entities: StoryEntity[] })[]> {
    const list = await this.deps.store.listStories({ limit, offset });
    return Promise.all(
      list.map(async (s) => ({
        ...s,
        members: (await this.deps.store.getStory(s.id))?.members ?? [],
        entities: await this.deps.store.storyEntities(s.id, { limit: 8 }),
      })),
    );
  }
  countStories(): Promise<number> {
    return this.deps.store.countStories();
  }
  async story(id: string): Promise<StoryView | null> {
    return (await storyView(this.deps.store, id))?.view ?? null;
  }
  /** A story's title, size and dates, without reading its articles. */
  async storySummary(id: string): Promise<StorySummary | null> {
    const story = await this.deps.store.getStory(id);
    if (!story) return null;
    const { members: _, ...summary } = story;
    return summary;
  }
  /** The story an article belongs to, or null while it waits to be placed. */
  async storyOf(articleId: string): Promise<StorySummary | null> {
    const [m] = await this.deps.store.storyOf([articleId]);
    return m ? this.storySummary(m.storyId) : null;
  }
  /** Recomputes every story from scratch, in the order the articles were stored. */
  rebuildStories(onProgress?: (done: number, total: number) => void): Promise<PlaceReport> {
    return rebuildStories(this.deps.store, { now: this.deps.now, onProgress });
  }
  article(id: string): Promise<ArticleView | null> {
    return this.deps.store.getArticle(id);
  }
  articles(limit = 20, offset = 0): Promise<ArticleSummary[]> {
    return this.deps.store.listArticles({ limit, offset });
  }
  entities(opts: { type?: string; prefix?: string; limit?: number; offset?: number } = {}): Promise<EntitySummary[]> {
    return this.deps.store.listEntities(opts);
  }
  entity(id: string): Promise<EntitySummary | null> {
    return this.deps.store.getEntity(id);
  }
  /** Folds entity `from` into `into` (see Store.mergeEntities); pages kept by this desk are dropped. */
  async mergeEntities(into: string, from: string): Promise<EntityCorrection> {
    const c = await this.deps.store.mergeEntities(into, from, this.deps.now().toISOString());
    this.pageCache.clear();
    return c;
  }
  /** Splits a form off an entity (see Store.splitEntity); pages kept by this desk are dropped. */
  async splitEntity(id: string, form: string): Promise<EntityCorrection> {
    const c = await this.deps.store.splitEntity(id, form, this.deps.now().toISOString());
    this.pageCache.clear();
    return c;
  }
  entityCorrections(limit = 50): Promise<EntityCorrection[]> {
    return this.deps.store.entityCorrections({ limit });
  }
  entityArticles(id: string, limit = 20): Promise<ArticleSummary[]> {
    return this.deps.store.entityArticles(id, { limit });
  }
  quotes(opts: { speakerId?: string; articleId?: string; limit?: number; offset?: number } = {}): Promise<QuoteHit[]> {
    return this.deps.store.quotes(opts);
  }
  ingestLog(limit = 50): Promise<IngestLogEntry[]> {
    return this.deps.store.ingestLog({ limit });
  }
}
