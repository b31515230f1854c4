// Turns a document and its annotations into the rows both backends write, so the two stay alike:
// identity keys, sentence texts and index terms, and annotation rows with entity keys replaced by
// corpus ids once resolution has run.

import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { CAMEO_ACTOR_TYPES, DeskError, isTitleQuote } from '../model/index.js';
import type { Annotations, Document, Quote } from '../model/index.js';
import { articleId, contentHash, urlKey } from './identity.js';
import { ftsTerm, sentenceTerms } from './fts.js';
import type { WideRows } from './packed.js';

export interface SentenceRow {
  idx: number;
  start: number;
  end: number;
  text: string;
  terms: string;
  nTerms: number;
}

export interface PreparedArticle {
  id: string;
  urlKey: string | null;
  contentHash: string;
  sentences: SentenceRow[];
  termCount: number;
  /** Per distinct term of the article: how many of its sentences hold it (for document frequencies). */
  termSentences: Map<string, number>;
  /** Per distinct term of the article: the indexes of its sentences that hold it (for term_top, topk.ts). */
  termIndices: Map<string, number[]>;
}

/**
 * What the SQLite store writes of a prepared article: `prepareArticle`'s result, or one rebuilt from a
 * thread's `PreparedAhead` (with the deflated text).
 */
export type StoreRows = Omit<PreparedArticle, 'sentences'> & {
  sentences: Pick<SentenceRow, 'idx' | 'start' | 'end' | 'terms'>[];
  deflated?: Uint8Array;
};

/**
 * An article's store rows computed ahead, away from the store's thread (add's understand threads), in
 * the form a thread sends cheaply: no sentence texts (the store slices them from the document when it
 * needs them), and no per-term sentence counts (each is the length of the term's sentence indexes).
 * Structured-cloneable; `rowsFromAhead` gives back what `prepareArticle` would (and the deflated text).
 */
export interface PreparedAhead {
  id: string;
  urlKey: string | null;
  contentHash: string;
  sentences: Pick<SentenceRow, 'idx' | 'start' | 'end' | 'terms'>[];
  termCount: number;
  termIndices: Map<string, number[]>;
  /** The text as the SQLite store keeps it (`deflateText`), in a buffer of its own. */
  deflated: Uint8Array;
}

/** The article text as both stores keep it (PostgreSQL since migration 19): raw deflate of its UTF-8. */
export function deflateText(text: string, level?: number): Buffer {
  return deflateRawSync(Buffer.from(text, 'utf8'), level === undefined ? {} : { level });
}

/** `deflateText` undone; a string (a row written before the text was deflated) is returned as it is. */
export function inflateText(v: unknown): string {
  return typeof v === 'string' ? v : inflateRawSync(v as Buffer).toString('utf8');
}

/**
 * `prepareArticle` and the deflated text, for a thread to send with the annotations. Null when the
 * annotations contradict themselves, so that the store meets the error itself, at its usual place.
 */
export function prepareAhead(doc: Document, ann: Annotations): PreparedAhead | null {
  let p: PreparedArticle;
  try {
    p = prepareArticle(doc, ann);
  } catch {
    return null;
  }
  return {
    id: p.id, urlKey: p.urlKey, contentHash: p.contentHash, termCount: p.termCount, termIndices: p.termIndices,
    sentences: p.sentences.map(({ idx, start, end, terms }) => ({ idx, start, end, terms })),
    deflated: new Uint8Array(deflateText(doc.text)),
  };
}

/** The store rows of a `PreparedAhead`: a term's sentence count is how many of its sentences hold it. */
export function rowsFromAhead(a: PreparedAhead): StoreRows {
  const termSentences = new Map<string, number>();
  for (const [t, at] of a.termIndices) termSentences.set(t, at.length);
  return { ...a, termSentences };
}

/** Identity and sentence rows; throws on annotations that contradict themselves (a bug upstream). */
export function prepareArticle(doc: Document, ann: Annotations): PreparedArticle {
  checkAnnotations(ann);
  const uk = urlKey(doc.canonicalUrl);
  const hash = contentHash(doc.text);
  let termCount = 0;
  const termSentences = new Map<string, number>();
  const termIndices = new Map<string, number[]>();
  const sentences = ann.sentences.map((s) => {
    const text = doc.text.slice(s.start, s.end);
    const terms = sentenceTerms(text);
    termCount += terms.length;
    for (const t of new Set(terms.map(ftsTerm))) {
      if (!t) continue;
      termSentences.set(t, (termSentences.get(t) ?? 0) + 1);
      const at = termIndices.get(t);
      if (at) at.push(s.index);
      else termIndices.set(t, [s.index]);
    }
    return { idx: s.index, start: s.start, end: s.end, text, terms: terms.join(' '), nTerms: terms.length };
  });
  return { id: articleId({ urlKey: uk, contentHash: hash }), urlKey: uk, contentHash: hash, sentences, termCount, termSentences, termIndices };
}

function checkAnnotations(ann: Annotations): void {
  const keys = new Set<string>();
  for (const e of ann.entities) {
    if (keys.has(e.key)) throw new Error(`entity key "${e.key}" appears twice`);
    keys.add(e.key);
  }
  const known = (k: string | null, what: string) => {
    if (k !== null && k !== undefined && !keys.has(k)) throw new Error(`${what} refers to unknown entity key "${k}"`);
  };
  for (const m of ann.mentions) known(m.entity, `mention "${m.text}"`);
  // Every annotation sits in a sentence the article has (stores keep sentences as spans, not rows).
  const n = ann.sentences.length;
  const inSentence = (i: number, what: string) => {
    if (!Number.isInteger(i) || i < 0 || i >= n) throw new Error(`${what} in a sentence that does not exist (${i} of ${n})`);
  };
  ann.mentions.forEach((m) => inSentence(m.sentence, `mention "${m.text}"`));
  // a quote in the title (TITLE_SENTENCE) has no body sentence: its offsets are into the title
  ann.quotes.forEach((q) => isTitleQuote(q) || inSentence(q.sentence, 'quote'));
  ann.times.forEach((t) => inSentence(t.sentence, `time "${t.text}"`));
  ann.numbers.forEach((x) => inSentence(x.sentence, `number "${x.text}"`));
  ann.events.forEach((e) => inSentence(e.sentence, `event "${e.trigger}"`));
  for (const q of ann.quotes) known(q.speaker, 'quote speaker');
  for (const l of ann.coref ?? []) {
    known(l.entity, `coreference link "${l.text}"`);
    inSentence(l.sentence, `coreference link "${l.text}"`);
    if (l.kind !== 'pronoun' && l.kind !== 'role') throw new Error(`coreference link "${l.text}" has an unknown kind "${String(l.kind)}"`);
    if (!(l.confidence >= 0 && l.confidence <= 1)) throw new Error(`coreference link "${l.text}" has a confidence outside [0, 1]`);
  }
  for (const ev of ann.events) {
    known(ev.actor, `event "${ev.trigger}" actor`);
    known(ev.target, `event "${ev.trigger}" target`);
    known(ev.place, `event "${ev.trigger}" place`);
    for (const [role, key, p] of [['actor', ev.actor, ev.actorPhrase], ['target', ev.target, ev.targetPhrase]] as const) {
      if (p == null) continue;
      if (key !== null) throw new Error(`event "${ev.trigger}" ${role} has both an entity and a phrase`);
      if (typeof p.text !== 'string' || p.text.trim() === '') throw new Error(`event "${ev.trigger}" ${role} phrase is empty`);
      if (p.type !== null && !Object.hasOwn(CAMEO_ACTOR_TYPES, p.type)) throw new Error(`event "${ev.trigger}" ${role} phrase has an unknown CAMEO actor type "${String(p.type)}"`);
    }
  }
}

export interface ArticleEntityRow {
  entityId: string;
  titles: string[];
  mentionCount: number;
}

/** Per corpus entity, what this article contributes: its titles here and how often it is named. */
export function articleEntityRows(ann: Annotations, idOf: Map<string, string>): ArticleEntityRow[] {
  const rows = new Map<string, ArticleEntityRow>();
  for (const e of ann.entities) {
    const id = idOf.get(e.key)!;
    const row = rows.get(id) ?? { entityId: id, titles: [], mentionCount: 0 };
    for (const t of e.titles) if (!row.titles.some((x) => x.toLowerCase() === t.toLowerCase())) row.titles.push(t);
    rows.set(id, row);
  }
  for (const m of ann.mentions) rows.get(idOf.get(m.entity)!)!.mentionCount++;
  return [...rows.values()];
}

/**
 * An article's mentions, coreference links, times, numbers and events as the packed row's columns
 * (packed.ts), entity keys turned into corpus ids: what both stores write as one row an article.
 */
export function packedRows(ann: Annotations, idOf: Map<string, string>): WideRows {
  return {
    m: ann.mentions.map((m) => [idOf.get(m.entity)!, m.start, m.end, m.sentence]),
    c: (ann.coref ?? []).map((l) => [idOf.get(l.entity)!, l.start, l.end, l.sentence, l.kind, l.confidence]),
    t: ann.times.map((t) => [t.start, t.end, t.value, t.granularity, t.relative ? 1 : 0, t.sentence]),
    n: ann.numbers.map((n) => [n.start, n.end, n.kind, n.value, n.unit, n.counted, n.sentence]),
    v: ann.events.map((e) => [e.start, e.end, e.cameo, e.trigger, idFor(idOf, e.actor), idFor(idOf, e.target), idFor(idOf, e.place), e.when, e.modality, e.sentence,
      e.actorPhrase?.text ?? null, e.actorPhrase?.type ?? null, e.targetPhrase?.text ?? null, e.targetPhrase?.type ?? null]),
  };
}

/**
 * A quote row's text column: null when the quote is its span of the article's text (read back from the
 * text, migration 11 / 17); a quote in the title keeps its words (its offsets are into the title).
 */
export function quoteTextColumn(doc: Document, q: Quote): string | null {
  return !isTitleQuote(q) && q.text === doc.text.slice(q.start, q.end) ? null : q.text;
}

/** Entity key → corpus id, or null for an unfilled role. */
export function idFor(idOf: Map<string, string>, key: string | null): string | null {
  return key === null || key === undefined ? null : (idOf.get(key) ?? null);
}

/** Store failures carry the item, so the ingest log can name it. */
export function storeFailed(doc: Document, err: unknown): DeskError {
  if (err instanceof DeskError) return err;
  const msg = err instanceof Error ? err.message : String(err);
  const e = new DeskError('STORE_FAILED', `${doc.origin}: the article could not be stored (${msg})`, doc.origin);
  (e as { cause?: unknown }).cause = err;
  return e;
}
