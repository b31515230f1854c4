// Tokens and quote spans with offsets, shared by the annotators. Every regex here is linear:
// no nested quantifiers over overlapping classes, so 5 MB of one paragraph stays fast.

import type { Sentence } from '../model/index.js';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Index of the sentence the token lies in. */
  sentence: number;
}

// acronyms with dots (U.S., U.K., e.g.) | words with inner hyphens/apostrophes, but "’s" split off
// | possessive "’s" | numbers with separators | any other single non-space character
const TOKEN =
  /(?:\p{L}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:(?:-|['’](?!s\b))[\p{L}\p{M}\p{N}]+)*|['’]s\b|\p{N}+(?:[.,]\p{N}+)*|\S/gu;

/**
 * Word shapes the annotators test tokens against, made once here. tsx (esbuild, for Node 20) turns a
 * regex literal with a `\p{…}` escape outside a character class into `new RegExp(…)`, built again each
 * time the literal is evaluated: ~3,600 times an article, 0.1-0.3 µs each, in the understand thread's
 * hot loops. A regex kept in a module constant is built once. None is global or sticky, so `test` and
 * `exec` keep no state between uses.
 */
/** Begins with an upper-case letter. */
export const UPPER_FIRST = /^\p{Lu}/u;
/** Begins with a lower-case letter. */
export const LOWER_FIRST = /^\p{Ll}/u;
/** Lower-case letters only. */
export const LOWER_WORD = /^\p{Ll}+$/u;
/** An upper-case letter, then a lower-case one. */
export const UPPER_THEN_LOWER = /^\p{Lu}\p{Ll}/u;
/** One upper-case letter, then lower-case letters only ("Smith"). */
export const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Digits only. */
export const DIGITS = /^\p{N}+$/u;
/** Two or more lower-case letters and hyphens, a letter first. */
export const LOWER_HYPHENED = /^\p{Ll}[\p{Ll}-]+$/u;
/** Lower-case letters and hyphens, a letter first. */
export const LOWER_HYPHENED_ANY = /^\p{Ll}[\p{Ll}-]*$/u;
/** Two or more upper-case letters only ("NATO"). */
export const ALL_CAPS = /^\p{Lu}{2,}$/u;
/** Two to six upper-case letters only. */
export const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Lower-case letters ending in "ing". */
export const LOWER_ING = /^\p{Ll}+ing$/u;

export function tokenize(text: string, sentences: Sentence[]): Token[] {
  const out: Token[] = [];
  let si = 0;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (si < sentences.length && (m = TOKEN.exec(text)) !== null) {
    while (si < sentences.length && m.index >= sentences[si].end) si++;
    if (si >= sentences.length) break;
    const s = sentences[si];
    if (m.index < s.start) continue;
    const end = Math.min(s.end, m.index + m[0].length);
    out.push({ text: text.slice(m.index, end), start: m.index, end, sentence: s.index });
  }
  return out;
}

/**
 * `record[key]` exactly as a plain object literal answers it (its own property, else what it inherits
 * from Object.prototype: "constructor" included), through a Map of its own properties. A word read
 * from a text is a fresh string, and looking one up as an object's property costs V8 a search of its
 * string table each time (about 100 ns against 10–20 for a Map, measured on the BBC articles' tokens).
 * For records that are never changed after they are made.
 */
export function recordLookup<V>(record: Readonly<Record<string, V>>): (key: string) => V | undefined {
  if (Object.getPrototypeOf(record) !== Object.prototype) throw new Error('recordLookup: a plain object literal is expected');
  const own = new Map<string, V>(Object.entries(record));
  // not an own key (or one whose value is undefined): the record answers only for inherited names
  return (key) => {
    const v = own.get(key);
    return v !== undefined ? v : INHERITED.has(key) ? (record as Record<string, V>)[key] : undefined;
  };
}

const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * `fn` remembered by its argument: for a pure function of one word that stage after stage asks of the
 * same few words (a WordNet class, a lexicon's tags, a stem). The memo is emptied once it holds `limit`
 * words, so a long text of rare words cannot grow it for ever. `fn` never returns undefined.
 */
export function rememberedByWord<V>(fn: (word: string) => V, limit: number): (word: string) => V {
  const memo = new Map<string, V>();
  return (word) => {
    let v = memo.get(word);
    if (v === undefined) {
      v = fn(word);
      if (memo.size >= limit) memo.clear();
      memo.set(word, v);
    }
    return v;
  };
}

export function isCapitalised(word: string): boolean {
  // asked of nearly every token by several stages: an ASCII first letter is answered by its code
  // (\p{Lu} among ASCII is A-Z); anything else, the empty string included, by the regex
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_FIRST.test(word);
}

export function isWord(tok: string): boolean {
  // asked of nearly every token as isCapitalised is: an ASCII first character is answered by its code
  // (\p{L} and \p{N} among ASCII are the letters and digits), anything else by the regex
  const c = tok.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_START.test(tok);
}
const WORD_START = /^[\p{L}\p{N}]/u;

// ---- quote marks ----

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph end when the quote never closes. */
  close: number;
  closed: boolean;
}

const OPENERS = new Set(['“', '„', '«']);
const QUOTE_MARK = /["“„«”»]/g;
const CLOSERS = new Set(['”', '»']);

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

/**
 * Double-quote spans of one paragraph [from, to). Straight quotes are told apart by context
 * (a mark after a space opens, one before a space or punctuation closes). A new opener while a
 * quote is open ends the open one: that is how continued quotes are printed when a quoted
 * paragraph was merged with the next ("...changed. "In the past...").
 */
export function quoteSpans(text: string, from: number, to: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  // jump from mark to mark (most of a paragraph has none), within the paragraph only
  const seg = text.slice(from, to);
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(seg); m !== null; m = QUOTE_MARK.exec(seg)) {
    const i = from + m.index;
    const ch = text[i];
    const prev = i > from ? text[i - 1] : undefined;
    const next = i + 1 < to ? text[i + 1] : undefined;
    let role: 'open' | 'close';
    if (OPENERS.has(ch)) role = 'open';
    else if (CLOSERS.has(ch)) role = 'close';
    else {
      const prevSpace = isSpace(prev) || /[(\[{—–-]/.test(prev!);
      const nextSpace = isSpace(next) || /[.,;:!?)\]}—–-]/.test(next!);
      if (prevSpace && !nextSpace) role = 'open';
      else if (!prevSpace && nextSpace) role = 'close';
      else role = open >= 0 ? 'close' : 'open';
    }
    if (role === 'open') {
      if (open >= 0) spans.push({ open, close: i, closed: false });
      open = i;
    } else if (open >= 0) {
      spans.push({ open, close: i, closed: true });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ open, close: to, closed: false });
  return spans;
}

/** Paragraphs of a text as [start, end) ranges: a line break always ends one. */
export function paragraphs(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n' || text[i] === '\r' || text[i] === '\u2029') {
      if (i > start) out.push([start, i]);
      start = i + 1;
    }
  }
  return out;
}

/**
 * Binary search: the first index in [lo, hi) at which `below(i)` is false, where `below` holds for a
 * prefix of the range and not after it (hi when it holds throughout). Every sorted lookup of the
 * annotators (tokens, mentions, sentences, quotes by offset) is this one search.
 */
export function bisect(lo: number, hi: number, below: (i: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (below(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items of a list sorted by `start` (tokens, mentions) that start within [from, to): a binary search, then a walk. */
export function startingWithin<T extends { start: number }>(xs: T[], from: number, to: number): T[] {
  const lo = bisect(0, xs.length, (i) => xs[i].start < from);
  let end = lo;
  while (end < xs.length && xs[end].start < to) end++;
  return xs.slice(lo, end);
}
