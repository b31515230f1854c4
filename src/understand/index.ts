// The understand pipeline: pure, deterministic functions from a document to annotations.
// No I/O and no clock: the publication date is an input.

import type { Annotations } from '../model/index.js';
import { splitSentences } from './sentences.js';
import { findEntities } from './entities.js';
import { findQuotes } from './quotes.js';
import { findTimes } from './times.js';
import { findNumbers } from './numbers.js';
import { findEvents } from './events.js';

export { indexTerms, queryTerms, termRanges } from './terms.js';
export { splitSentences } from './sentences.js';
export { findTimes } from './times.js';

export interface UnderstandInput {
  text: string;
  /** Publication date (YYYY-MM-DD or ISO date-time), the anchor for relative times; null if unknown. */
  published: string | null;
}

/**
 * Runs every annotator once, in the order below; order here matters:
 * sentences first (everything cites a sentence), entities before quotes (quotes need speakers),
 * times before events (events carry a date), numbers independent.
 */
export function annotate(input: UnderstandInput): Annotations {
  const { text, published } = input;
  const sentences = splitSentences(text);
  const { entities, mentions } = findEntities(text, sentences);
  const quotes = findQuotes(text, sentences, entities, mentions);
  const times = findTimes(text, sentences, published);
  const numbers = findNumbers(text, sentences);
  const events = findEvents(text, sentences, entities, mentions, times);
  return { sentences, entities, mentions, quotes, times, numbers, events };
}
