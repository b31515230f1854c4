// Money in any currency world-countries knows, and the rupee's written forms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers } from '../../src/understand/numbers.js';
import { splitSentences } from '../../src/understand/sentences.js';

const nums = (t: string) => findNumbers(t, splitSentences(t)).map((n) => [n.text, n.kind, n.unit, n.value]);

test('a currency is money whether written as a symbol, a code, its noun or an abbreviation', () => {
  assert.deepEqual(nums('Tickets cost 350 rand at the gate.'), [['350 rand', 'money', 'ZAR', 350]]);
  assert.deepEqual(nums('The club paid Rs 40 lakh for the bowler.'), [['Rs 40 lakh', 'money', 'INR', 4_000_000]]);
  assert.deepEqual(nums('A fine of 2,000 baht was imposed.'), [['2,000 baht', 'money', 'THB', 2000]]);
  // an ISO code that is an English word first is no currency
  assert.deepEqual(nums('ALL 12 players signed.').map((n) => n[1]), ['count']);
});
