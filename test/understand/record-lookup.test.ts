// recordLookup answers as the object literal it wraps does, inherited names included.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recordLookup } from '../../src/understand/tokens.js';

test('recordLookup gives what indexing the record gives, for own, missing and inherited keys', () => {
  const record: Record<string, string | null | undefined> = { talks: '04', meeting: '04', strike: '18', he: 'm', none: null, unset: undefined, valueOf: undefined };
  const get = recordLookup(record);
  const keys = [...Object.keys(record), 'Talks', 'the', '', 'constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf', 'prototype'];
  for (const k of keys) assert.equal(get(k), record[k], k);
  // a fresh string (as a token's lower case is) finds the same entry
  assert.equal(get('STRIKE'.toLowerCase()), '18');
});

test('recordLookup refuses what is not a plain object literal', () => {
  assert.throws(() => recordLookup(Object.create(null) as Record<string, number>), /plain object literal/);
});
