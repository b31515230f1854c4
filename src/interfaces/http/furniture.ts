// A page's furniture that costs an ask's worth of work: "Read also" and the checked "Explore related
// questions". It runs through the asker (the pool's furniture lane, behind the asks), never on the
// request thread; what comes back whole is kept here until the corpus grows, so a page read again shows
// it at once, and readers who arrive together share one run.

import type { CheckedQuestions, RelatedArticle } from '../../query/index.js';
import type { Asker, AskTask, TaskResult } from './ask-pool.js';

export interface FurnitureDeps {
  asker: Asker;
  /** The number of articles: part of every key, so a grown corpus is asked again. */
  size: () => Promise<number>;
  /** How long a thread may spend checking related questions for one request. */
  budgetMs: number;
}

/** Kept results (the same bound as the desk's own page cache). */
const KEEP = 1000;

interface Entry {
  run: Promise<unknown>;
  /** Set once the run has settled whole. */
  done?: { value: unknown };
}

export class Furniture {
  private readonly kept = new Map<string, Entry>();
  constructor(private readonly deps: FurnitureDeps) {}

  readAlso(articleId: string, limit = 5): Promise<RelatedArticle[] | null> {
    return this.get({ kind: 'read-also', articleId, limit });
  }
  /** An article page's related questions (null: no such article). */
  articleQuestions(articleId: string): Promise<CheckedQuestions | null> {
    return this.get({ kind: 'article-questions', articleId, budgetMs: this.deps.budgetMs });
  }
  /** The related questions of a question (asked within a story when `story` is set). */
  relatedQuestions(question: string, story: string | null = null): Promise<CheckedQuestions> {
    return this.get({ kind: 'related', question, story, budgetMs: this.deps.budgetMs });
  }

  /** What is known already, without asking anyone: a page renders it now, or loads it after. */
  readonly known = {
    readAlso: (articleId: string, limit = 5) => this.peek({ kind: 'read-also', articleId, limit }),
    articleQuestions: (articleId: string) => this.peek({ kind: 'article-questions', articleId, budgetMs: 0 }),
    relatedQuestions: (question: string, story: string | null = null) => this.peek({ kind: 'related', question, story, budgetMs: 0 }),
  };

  private async get<K extends AskTask['kind']>(task: Extract<AskTask, { kind: K }>): Promise<TaskResult[K]> {
    const key = await this.key(task);
    const had = this.kept.get(key);
    if (had) return had.run as Promise<TaskResult[K]>;
    const run = this.deps.asker.run(task);
    const entry: Entry = { run };
    this.kept.set(key, entry);
    if (this.kept.size > KEEP) this.kept.delete(this.kept.keys().next().value!);
    const forget = () => this.kept.get(key) === entry && this.kept.delete(key);
    // A list cut short by its budget is not kept: the next reader may get a whole one.
    run.then((value) => (cutShort(value) ? forget() : (entry.done = { value })), forget);
    return run;
  }

  private async peek<K extends AskTask['kind']>(task: Extract<AskTask, { kind: K }>): Promise<TaskResult[K] | undefined> {
    return this.kept.get(await this.key(task))?.done?.value as TaskResult[K] | undefined;
  }

  private async key(task: AskTask): Promise<string> {
    const { budgetMs: _, ...what } = task as AskTask & { budgetMs?: number };
    return `${JSON.stringify(what)} @${await this.deps.size()}`;
  }
}

function cutShort(v: unknown): boolean {
  return !!v && typeof v === 'object' && (v as Partial<CheckedQuestions>).complete === false;
}
