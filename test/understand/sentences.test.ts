// Sentence boundaries after a single capital: an initial keeps the name whole, a sentence opener ends it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/understand/sentences.js';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

test('a single capital before a full stop is an initial unless a sentence opener follows', () => {
  assert.deepEqual(split('Switzerland beat Gibraltar 6-0 to win Group D. The day before, Portugal won.'), [
    'Switzerland beat Gibraltar 6-0 to win Group D.',
    'The day before, Portugal won.',
  ]);
  assert.deepEqual(split('It ran from the 15th century to World War I. But the BBC said no.'), ['It ran from the 15th century to World War I.', 'But the BBC said no.']);
  assert.deepEqual(split('He met George W. Bush in Texas.'), ['He met George W. Bush in Texas.']);
  // "A" is an opener, but also an initial: "J. A. Smith" stays one name
  assert.deepEqual(split('The report by J. A. Smith was read. It was long.'), ['The report by J. A. Smith was read.', 'It was long.']);
});
