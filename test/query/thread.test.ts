// Follow-ups in a thread: pronouns resolved against the previous turn.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveFollowUp } from '../../src/query/index.js';

test('"he" takes the previous person answer', () => {
  const prev = { question: 'Who did Trump call a great leader?', answer: 'Xi Jinping', answerType: 'person' as const };
  assert.equal(resolveFollowUp('Where will he meet him?', prev), 'Where will Xi Jinping meet Xi Jinping?');
});

test('without a person answer, "he" takes the first name of the previous question', () => {
  const prev = { question: 'Where does Trump plan to meet Putin?', answer: 'Budapest', answerType: 'place' as const };
  assert.equal(resolveFollowUp('When will he go there?', prev), 'When will Trump go in Budapest?');
});

test('"they" takes the previous organisation; no previous turn changes nothing', () => {
  const prev = { question: 'Which group holds the hostages?', answer: 'Hamas', answerType: 'organisation' as const };
  assert.equal(resolveFollowUp('What did they demand?', prev), 'What did Hamas demand?');
  assert.equal(resolveFollowUp('What did they demand?', null), 'What did they demand?');
});

test('an abstained previous turn falls back to its names', () => {
  const prev = { question: 'What did Zelensky ask for?', answer: null, answerType: 'thing' as const };
  assert.equal(resolveFollowUp('What did he get?', prev), 'What did Zelensky get?');
});
