// Impact-ordered lists of common terms (store/topk.ts): their order, the text form of a row's sentences
// and the ranking of bounded postings both backends share.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capOf, decodeSentences, encodeSentences, rankBySum, topOfPostings, type TopEntry } from '../../src/store/topk.js';

const e = (key: string, ...sentences: number[]): TopEntry => ({ key, sentences });

test('a list holds the articles holding the term in the most sentences, first stored first among equals', () => {
  const postings = [e('1', 0), e('2', 0, 3), e('3', 1), e('4', 2, 5, 7), e('5', 4, 6)];
  assert.deepEqual(topOfPostings(postings, 3).map((x) => x.key), ['4', '2', '5']);
  assert.deepEqual(topOfPostings(postings, 4).map((x) => x.key), ['4', '2', '5', '1']);
  assert.deepEqual(topOfPostings(postings, 9).length, 5);
});

test("a row's sentences read back as written; a malformed value names its term", () => {
  assert.equal(encodeSentences([0, 3, 17]), '0.3.17');
  assert.deepEqual(decodeSentences('x', '0.3.17'), [0, 3, 17]);
  assert.throws(() => decodeSentences('budapest', '0.'), /term_top row of "budapest": malformed sentences "0."/);
  assert.throws(() => decodeSentences('budapest', '0.-1'), /malformed sentences "0.-1"/);
  assert.throws(() => decodeSentences('budapest', ''), /malformed sentences ""/);
});

test('bounded postings rank by the summed weight of the terms, then by the order given', () => {
  const got = rankBySum([{ w: 2, keys: [5, 1, 9] }, { w: 1, keys: [9, 3, 3] }], 3, (k) => k);
  assert.deepEqual(got, [9, 1, 5], '9 holds both terms; 1 and 5 tie and come in order; a repeated key counts once');
  assert.deepEqual(rankBySum([{ w: 2, keys: [5, 1, 9] }, { w: 1, keys: [9, 3, 3] }], 9, (k) => -k), [9, 5, 1, 3], 'ties by rank; all when fewer than the limit');
  assert.deepEqual(rankBySum([{ w: 1, keys: [4, 2, 8, 6] }], 2, (k) => k), [2, 4], 'the cut falls inside a tie');
  assert.equal(capOf(3), 3);
  assert.throws(() => capOf(0), /perTerm: expected a whole number ≥ 1, got 0/);
  assert.throws(() => capOf(2.5), /got 2.5/);
});

test('a packed list reads back as written; an article entering it goes after its equals and the last drops', async () => {
  const { decodeSeqList, encodeSeqList, enterList } = await import('../../src/store/topk.js');
  const list = [{ seq: 70000, sentences: [0, 3, 17] }, { seq: 12, sentences: [5, 6] }, { seq: 40, sentences: [0, 300] }, { seq: 3, sentences: [2] }];
  assert.deepEqual(decodeSeqList('t', encodeSeqList(list)), list);
  assert.deepEqual(decodeSeqList('t', encodeSeqList([])), []);
  assert.throws(() => decodeSeqList('berlin', '1.2;x!'), /"berlin"/);
  assert.deepEqual(enterList(list, { seq: 70001, sentences: [1, 2] }).map((e) => e.seq), [70000, 12, 40, 70001]);
});
