// One stored article's sentences as both backends read them back: the text sliced from the article by
// its spans, the index terms computed on first use. Stores keep a small LRU of these, since articles
// never change once stored and ask reads the same few articles for every question it checks.

import type { SentenceHit } from '../model/index.js';
import { addIndexTerms } from '../understand/terms.js';
import { ftsTerm, sentenceTerms } from './fts.js';

/** How many decoded articles (text, spans, sentence terms) the store keeps at hand: about 10 MB. */
export const DECODED_ARTICLES = 2000;

/** One stored article's sentences: text sliced from the article, index terms computed on first use. */
export class DecodedArticle {
  private readonly terms: (string | undefined)[] = [];
  /** `terms`, when the writer has them (each sentence's sentenceTerms joined by spaces), are not computed again. */
  constructor(
    readonly id: string,
    readonly text: string,
    readonly spans: [number, number][],
    terms?: string[],
  ) {
    if (terms) this.terms = terms.slice();
  }

  private terms_: Set<string> | null = null;

  /**
   * Every index term of the article, reduced like a query term (ftsTerm). Built straight from the text
   * where the sentences' terms are not known yet: a question checks its shortlisted articles' terms,
   * and most of those articles are never read sentence by sentence.
   */
  termSet(): Set<string> {
    if (!this.terms_) {
      const raw = new Set<string>();
      for (let i = 0; i < this.spans.length; i++) {
        const known = this.terms[i];
        if (known !== undefined) {
          for (const t of known.split(' ')) if (t) raw.add(t);
        } else addIndexTerms(this.text.slice(this.spans[i][0], this.spans[i][1]), raw);
      }
      this.terms_ = new Set();
      for (const t of raw) {
        const safe = ftsTerm(t);
        if (safe) this.terms_.add(safe);
      }
    }
    return this.terms_;
  }

  hit(i: number): SentenceHit {
    const [start, end] = this.spans[i];
    const text = this.text.slice(start, end);
    const terms = (this.terms[i] ??= sentenceTerms(text).join(' '));
    return { articleId: this.id, index: i, start, end, text, terms };
  }
}


/**
 * Values parsed from stored bytes, kept by key for as long as the stored bytes are the same (a row that
 * is rewritten is parsed again), the least recently used dropped beyond `max`.
 */
export class ParsedCache<K, V> {
  private readonly map = new Map<K, { raw: unknown; value: V }>();
  constructor(
    private readonly max: number,
    private readonly parse: (raw: unknown) => V,
  ) {}

  get(key: K, raw: unknown): V {
    const kept = this.map.get(key);
    this.map.delete(key);
    if (kept && (Buffer.isBuffer(raw) && Buffer.isBuffer(kept.raw) ? raw.equals(kept.raw) : raw === kept.raw)) {
      this.map.set(key, kept);
      return kept.value;
    }
    const value = this.parse(raw);
    this.map.set(key, { raw, value });
    for (const old of this.map.keys()) {
      if (this.map.size <= this.max) break;
      this.map.delete(old);
    }
    return value;
  }

  clear(): void {
    this.map.clear();
  }
}

/** A least-recently-used map of decoded articles. */
export class DecodedCache<K> {
  private readonly map = new Map<K, DecodedArticle>();
  constructor(private readonly max = DECODED_ARTICLES) {}

  get(k: K): DecodedArticle | undefined {
    const d = this.map.get(k);
    if (d) {
      this.map.delete(k);
      this.map.set(k, d);
    }
    return d;
  }

  /** Whether `k` is at hand, without making it recent. */
  has(k: K): boolean {
    return this.map.has(k);
  }

  set(k: K, d: DecodedArticle): void {
    this.map.set(k, d);
    for (const old of this.map.keys()) {
      if (this.map.size <= this.max) break;
      this.map.delete(old);
    }
  }
}

/**
 * Sentence spans as the article row keeps them (SQLite since migration 10, PostgreSQL since 18): each sentence's gap from the previous one's end and
 * its length, base 36, comma-separated ("0,1g,2,25"); half the bytes of the JSON pairs written before
 * migration 10, which `decodeSpans` still reads.
 */
export function encodeSpans(spans: readonly (readonly [number, number])[]): string {
  let end = 0;
  const out: string[] = [];
  for (const [s, e] of spans) {
    out.push((s - end).toString(36), (e - s).toString(36));
    end = e;
  }
  return out.join(',');
}

export function decodeSpans(v: string): [number, number][] {
  if (v.startsWith('[')) return JSON.parse(v) as [number, number][];
  if (v === '') return [];
  const xs = v.split(',');
  const out: [number, number][] = [];
  for (let i = 0, end = 0; i + 1 < xs.length; i += 2) {
    const start = end + parseInt(xs[i], 36);
    end = start + parseInt(xs[i + 1], 36);
    out.push([start, end]);
  }
  return out;
}
