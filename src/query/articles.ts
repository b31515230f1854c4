// Small helpers over stored articles shared by the query services.

import { isTitleQuote, type ArticleSummary, type ArticleView, type EntityType } from '../model/index.js';
import type { Store } from '../store/contract.js';

export const clamp = (n: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, Number.isFinite(n) ? n : lo));
/** Scores and confidences are shown to three decimals. */
export const round = (n: number, digits = 3): number => Math.round(n * 10 ** digits) / 10 ** digits;

export function summaryOf(a: ArticleView | ArticleSummary): ArticleSummary {
  return {
    id: a.id,
    title: a.title,
    source: a.source,
    published: a.published,
    canonicalUrl: a.canonicalUrl,
    byline: a.byline,
    language: a.language,
    addedAt: a.addedAt,
  };
}

export interface SentenceMention {
  start: number;
  end: number;
  text: string;
  entityId: string;
  name: string;
  type: EntityType;
}

/** An article with per-sentence lookups of its annotations. */
export class ArticleIndex {
  readonly mentionsBySentence = new Map<number, SentenceMention[]>();
  /**
   * Per sentence, the entities its quotes and events were resolved to and its pronouns and role nouns
   * link to (the annotators' coreference).
   */
  private readonly resolvedBySentence = new Map<number, string[]>();
  constructor(readonly article: ArticleView) {
    const resolved = (sentence: number, e: { name: string } | null) => {
      if (e) this.resolvedBySentence.set(sentence, [...(this.resolvedBySentence.get(sentence) ?? []), e.name]);
    };
    for (const q of article.quotes) if (!isTitleQuote(q)) resolved(q.sentence, q.speaker);
    for (const e of article.events) (resolved(e.sentence, e.actor), resolved(e.sentence, e.target));
    for (const l of article.coref ?? []) resolved(l.sentence, l.entity);
    for (const e of article.entities) {
      for (const m of e.mentions) {
        const list = this.mentionsBySentence.get(m.sentence) ?? [];
        list.push({ start: m.start, end: m.end, text: m.text, entityId: e.id, name: e.name, type: e.type });
        this.mentionsBySentence.set(m.sentence, list);
      }
    }
    for (const list of this.mentionsBySentence.values()) list.sort((a, b) => a.start - b.start);
  }
  /**
   * The names of the speakers, event participants and coreference links resolved in one sentence ("he"
   * said → Trump; "the company" → Marsh & McLennan).
   */
  resolvedNames(sentence: number): string[] {
    return this.resolvedBySentence.get(sentence) ?? [];
  }
  mentions(sentence: number): SentenceMention[] {
    return this.mentionsBySentence.get(sentence) ?? [];
  }
  private namedMemo: { names: readonly string[]; ids: Set<string> } | null = null;
  /**
   * The entities of this article that the given names (a question's) stand for: an entity whose name or
   * one of whose mentions is written as the name ("UKIP" for the UK Independence Party once the article
   * linked them, "U.S." for "US"). Remembered for the last list of names asked.
   */
  entitiesNamed(names: readonly string[]): Set<string> {
    if (this.namedMemo?.names === names) return this.namedMemo.ids;
    const wanted = new Set(names.map(nameForm));
    const ids = new Set<string>();
    for (const e of this.article.entities) if (wanted.has(nameForm(e.name)) || e.mentions.some((m) => wanted.has(nameForm(m.text)))) ids.add(e.id);
    this.namedMemo = { names, ids };
    return ids;
  }
  private figuresMemo: { numbers: Map<number, string[]>; times: Set<number>; quotes: Set<number> } | null = null;
  /** Per sentence, the numbers written in it (as written), and whether a time or a quote stands in it. */
  private figures() {
    if (this.figuresMemo) return this.figuresMemo;
    const numbers = new Map<number, string[]>();
    for (const n of this.article.numbers) numbers.set(n.sentence, [...(numbers.get(n.sentence) ?? []), n.text]);
    this.figuresMemo = { numbers, times: new Set(this.article.times.map((t) => t.sentence)), quotes: new Set(this.article.quotes.filter((q) => !isTitleQuote(q)).map((q) => q.sentence)) };
    return this.figuresMemo;
  }
  numbersIn(sentence: number): string[] {
    return this.figures().numbers.get(sentence) ?? [];
  }
  hasTime(sentence: number): boolean {
    return this.figures().times.has(sentence);
  }
  hasQuote(sentence: number): boolean {
    return this.figures().quotes.has(sentence);
  }
  sentenceText(index: number): string {
    const s = this.article.sentences[index];
    return s ? this.article.text.slice(s.start, s.end) : '';
  }
}

/** A name as compared with another: case, full stops and a leading "the" ignored ("The U.S." = "US"). */
const nameForm = (s: string): string => s.toLowerCase().replace(/\./g, '').replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();

/** Loads articles once per request. */
export class ArticleCache {
  private readonly cache = new Map<string, Promise<ArticleIndex | null>>();
  constructor(private readonly store: Store) {}
  get(id: string): Promise<ArticleIndex | null> {
    let p = this.cache.get(id);
    if (!p) {
      p = this.store.getArticle(id).then((a) => (a ? new ArticleIndex(a) : null));
      this.cache.set(id, p);
    }
    return p;
  }
}
