// Readers of an article's quotes that cite or slice body sentences skip a quote in the title (sentence
// TITLE_SENTENCE, offsets into the title): related questions, the per-sentence quote figures.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TITLE_SENTENCE, type ArticleView } from '../../src/model/index.js';
import { proposeFrom } from '../../src/query/ask/related-questions.js';
import { ArticleIndex } from '../../src/query/articles.js';

const title = '"The Treasury will not be sold", says Brown';
const text = 'The Treasury will stay in public hands. Gordon Brown said so on Monday.';
const brown = { id: 'e-brown', name: 'Gordon Brown', type: 'PERSON' as const };
const view: ArticleView = {
  id: 'a1', title, source: null, published: '2005-02-01', canonicalUrl: null, byline: null, language: 'en', addedAt: '2026-01-01T00:00:00Z',
  text, origin: 'test', relatedHints: [], languageConfidence: null,
  sentences: [{ index: 0, start: 0, end: 39 }, { index: 1, start: 40, end: 71 }],
  entities: [
    { ...brown, titles: [], mentions: [{ start: 40, end: 52, text: 'Gordon Brown', sentence: 1 }] },
    // "Treasury" in the text at 4..12, inside the title quote's offsets (1..30) were they the text's
    { id: 'e-treasury', name: 'Treasury', type: 'ORG', titles: [], mentions: [{ start: 4, end: 12, text: 'Treasury', sentence: 0 }] },
  ],
  coref: [],
  quotes: [{ start: 1, end: 30, text: 'The Treasury will not be sold', speaker: brown, speakerText: 'Brown', cue: 'says', partial: false, sentence: TITLE_SENTENCE }],
  times: [], numbers: [], events: [],
};

test('related questions are not made from a title quote (it has no sentence to answer from; its offsets are not the text\'s)', () => {
  assert.deepEqual(proposeFrom(view).filter((p) => /say about/.test(p.question)), []);
});

test('the per-sentence figures and resolved names of an article leave a title quote out', () => {
  const a = new ArticleIndex(view);
  assert.equal(a.hasQuote(TITLE_SENTENCE), false);
  assert.equal(a.hasQuote(0), false);
});
