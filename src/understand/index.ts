// The understand pipeline: pure, deterministic functions from a document to annotations.
// No I/O and no clock: the publication date is an input.

import type { Annotations } from '../model/index.js';
import { splitSentences } from './sentences.js';
import { findEntities } from './entities.js';
import { findQuotes } from './quotes.js';
import { findTimes } from './times.js';
import { findNumbers } from './numbers.js';
import { findEvents } from './events.js';
import { findCoref, isGenderedPronoun } from './coref.js';
import { quotedPersonLinks } from './coref-quoted.js';
import { findTitleQuotes } from './title-quotes.js';
import { tokenize } from './tokens.js';

export { indexTerms, queryTerms, termRanges } from './terms.js';
export { splitSentences } from './sentences.js';
export { findTimes } from './times.js';

export interface UnderstandInput {
  text: string;
  /** Publication date (YYYY-MM-DD or ISO date-time), the anchor for relative times; null if unknown. */
  published: string | null;
  /** ISO 639-1 code of the text; absent or null means English (what the annotators were built on). */
  language?: string | null;
  /**
   * The article's title (headline), kept outside `text`: only its quotes are looked for (they come first
   * in Annotations.quotes, with sentence TITLE_SENTENCE and offsets into the title); absent means none.
   */
  title?: string | null;
}

/**
 * Annotators built on English rules and word lists (gazetteer, cue verbs, month names, CAMEO
 * triggers): run on another language they find false people, quotes and dates, so they are off.
 * Sentences and numbers hold across languages and keep the article searchable.
 */
export const ENGLISH_ONLY = ['entities', 'quotes', 'times', 'events'] as const;

/** Whether the full pipeline runs for a document in `language`. */
export const fullPipeline = (language: string | null | undefined): boolean => !language || language === 'en';

/**
 * Runs every annotator once, in the order below; order here matters:
 * sentences first (everything cites a sentence), entities before coreference (pronouns and role
 * nouns point at entities), coreference before quotes (speakers are often "he" or "the minister"; a quote's first person after,
 * and coreference once more where a he/she inside a quote had gone to its own speaker;
 * the title's quotes after the body's, whose speakers they may take),
 * times before events (events carry a date), numbers independent. Outside English only
 * sentences and numbers run (see ENGLISH_ONLY).
 */
export function annotate(input: UnderstandInput): Annotations {
  const { text, published } = input;
  const sentences = splitSentences(text);
  const numbers = findNumbers(text, sentences);
  if (!fullPipeline(input.language)) return { sentences, entities: [], mentions: [], quotes: [], times: [], numbers, events: [] };
  // the article's tokens, made once and read by every stage below (none changes them)
  const tokens = tokenize(text, sentences);
  const { entities, mentions } = findEntities(text, sentences, tokens);
  // pronouns the coreference stage gave to a person the article does not name ("one dealer ... he said")
  let unnamed = new Set<number>();
  let coref = findCoref(text, sentences, entities, mentions, tokens, unnamed);
  let quotes = findQuotes(text, sentences, entities, mentions, coref, unnamed, tokens);
  // a quote's he/him/his (she/her) is someone its speaker speaks of, not the speaker: known only now, so
  // where a link inside a quote went to that quote's speaker, coreference runs again without them
  const speakerAt = (pos: number): string | null => {
    const q = quotes.find((x) => x.start <= pos && pos < x.end);
    return q?.speaker ?? null;
  };
  if (coref.some((l) => l.kind === 'pronoun' && isGenderedPronoun(l.text) && speakerAt(l.start) === l.entity)) {
    unnamed = new Set<number>();
    coref = findCoref(text, sentences, entities, mentions, tokens, unnamed, undefined, speakerAt);
    quotes = findQuotes(text, sentences, entities, mentions, coref, unnamed, tokens);
  }
  // a quote's "I" and "we" are its speaker's (and the speaker's organisation's): known only now
  const first = quotedPersonLinks(text, sentences, quotes, entities, mentions);
  if (first.length) {
    coref.push(...first);
    coref.sort((a, b) => a.start - b.start);
  }
  // the headline's quotes, before the body's (reading order); their speakers are the body's entities
  if (input.title) quotes.unshift(...findTitleQuotes(input.title, text, entities, quotes));
  // (a time word inside a name is none: "Sheffield Wednesday")
  const times = findTimes(text, sentences, published, mentions);
  const events = findEvents(text, sentences, entities, mentions, times, coref, tokens);
  return { sentences, entities, mentions, coref, quotes, times, numbers, events };
}
