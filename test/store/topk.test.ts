// Impact-ordered lists of common terms (store/topk.ts): their order, floor, text form and the ranking of
// bounded postings both backends share.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capOf, decodeTop, encodeTop, offerTop, rankBySum, topFloor, topOfPostings, type TopEntry } from '../../src/store/topk.js';

const e = (key: string, ...sentences: number[]): TopEntry => ({ key, sentences });

test('a list keeps the articles holding the term in the most sentences, first stored first among equals', () => {
  let list: TopEntry[] = [];
  for (const x of [e('1', 0), e('2', 0, 3), e('3', 1), e('4', 2, 5, 7)]) list = offerTop(list, x, 3) ?? list;
  assert.deepEqual(list.map((x) => x.key), ['4', '2', '1']);
  assert.equal(topFloor(list, 3), 1);
  assert.equal(topFloor(list, 4), null, 'not full: no floor');
  assert.equal(offerTop(list, e('5', 9), 3), null, 'as many sentences as the last: stays out');
  assert.deepEqual(offerTop(list, e('6', 1, 2), 3)!.map((x) => x.key), ['4', '2', '6'], 'an equal count joins after the ones before it');
  assert.deepEqual(offerTop([], e('7', 1), 3), [e('7', 1)]);
});

test('a list built from postings is the list kept article by article', () => {
  const postings = [e('1', 0), e('2', 0, 3), e('3', 1), e('4', 2, 5, 7), e('5', 4, 6)];
  let kept: TopEntry[] = [];
  for (const x of postings) kept = offerTop(kept, x, 3) ?? kept;
  assert.deepEqual(topOfPostings(postings, 3), kept);
  assert.deepEqual(topOfPostings(postings, 3).map((x) => x.key), ['4', '2', '5']);
});

test('lists read back as written; a malformed list names its term and item', () => {
  const list = [e('12', 0, 3), e('a1b2c3d4e5f6', 7)];
  assert.equal(encodeTop(list), '12:0.3 a1b2c3d4e5f6:7');
  assert.deepEqual(decodeTop('x', encodeTop(list)), list);
  assert.deepEqual(decodeTop('x', ''), []);
  assert.throws(() => decodeTop('budapest', '12:0.3 13:'), /term_top list of "budapest": malformed item "13:"/);
  assert.throws(() => decodeTop('budapest', '12:0.-1'), /malformed item "12:0.-1"/);
  assert.throws(() => decodeTop('budapest', ':4'), /malformed item ":4"/);
});

test('bounded postings rank by the summed weight of the terms, then by the order given', () => {
  const got = rankBySum([{ w: 2, keys: [5, 1, 9] }, { w: 1, keys: [9, 3, 3] }], 3, (a, b) => a - b);
  assert.deepEqual(got, [9, 1, 5], '9 holds both terms; 1 and 5 tie and come in order; a repeated key counts once');
  assert.equal(capOf(3), 3);
  assert.throws(() => capOf(0), /perTerm: expected a whole number ≥ 1, got 0/);
  assert.throws(() => capOf(2.5), /got 2.5/);
});
