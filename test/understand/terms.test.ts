// Index terms: one normalisation for indexing and querying; inflection variants for recall.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addIndexTerms, indexTerms, queryTerms, termVariants } from '../../src/understand/terms.js';

test('index terms fold case and accents, drop stop words and stem', () => {
  assert.deepEqual(indexTerms('The Élysée Palace talks'), ['elyse', 'palac', 'talk']);
  assert.deepEqual(queryTerms('Trump trump TRUMP'), ['trump']);
  assert.deepEqual(indexTerms('"*" NEAR -:'), ['near']);
});

test('variants reach the inflections the stemmer keeps apart', () => {
  const has = (word: string, form: string) => termVariants(word).includes(indexTerms(form)[0]);
  assert.ok(has('die', 'died'), 'die → died');
  assert.ok(has('suing', 'sued'), 'suing → sued');
  assert.ok(has('meet', 'met'), 'meet → met (irregular)');
  assert.ok(has('met', 'meeting'), 'met → meeting');
  assert.ok(has('tried', 'try'), 'tried → try');
  assert.ok(!has('meet', 'meat'), 'no unrelated words');
});

test('addIndexTerms adds the set of what indexTerms gives', () => {
  const texts = ['The Élysée Palace talks', "Putin's 58 days O’Brien said", 'Путин встретился с Трампом', 'one', '', '"*" NEAR -:'];
  for (const t of texts) {
    const got = new Set<string>(['kept']);
    addIndexTerms(t, got);
    assert.deepEqual([...got].sort(), [...new Set(['kept', ...indexTerms(t)])].sort(), t);
  }
});
