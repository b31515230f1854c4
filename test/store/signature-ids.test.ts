// Story signatures of format 3 read as term ids (store/signature-ids.ts): the lazily made fields are the
// records rows.ts reads, and story placement's features through the ids are the same doubles as through
// the records, whatever the keys (array-index-like ones, inherited names, lone surrogates, other scripts).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StorySignature } from '../../src/model/index.js';
import { packStorySignature, readStorySignature } from '../../src/store/rows.js';
import { TERM_IDS, packedStorySignature, signatureView } from '../../src/store/signature-ids.js';
import { aggregateFeatures, aggregateOf, memberAggregateFeatures, memberFeatures, pairFeatures } from '../../src/query/stories.js';

const member: StorySignature = {
  terms: { varga: 0.61, constructor: 0.5, bridge: -0.4, '2024': 0.1, '16': 0.3, 'café': 0.0001, 'x\uD800': 0.2, '\uFFFD': 0.25 },
  title: { calloway: 1 },
  names: { varga: 0.7, '16': 0.7141 },
  numbers: ['4.75', '30', '30'],
  minhash: [0, 4294967295, 7, 2147483648],
  published: '2025-03-03',
  story: { members: 7, terms: { bridge: 1.2, inquiry: 123456.7891, '2024': 0.5 }, names: { varga: 2 }, title: { calloway: 2 }, numbers: ['30'], first: '2025-02-01', last: '2025-03-03' },
};

const article: StorySignature = {
  terms: { bridge: 0.5, '16': 0.2, varga: 0.3, 'x\uD800': 0.4, '\uFFFD': 0.1, '2024': 0.7, 'café': 0.9, inquiry: 0.01 },
  title: { calloway: 0.8, bridge: 0.6 },
  names: { '16': 0.5, varga: 0.5 },
  numbers: ['30', '4.75', '99'],
  minhash: [0, 1, 7, 2147483648],
  published: '2025-03-20',
};

const read = (s: StorySignature) => packedStorySignature(packStorySignature(s)!, readStorySignature);

test('a signature read as ids gives the records rows.ts reads, made when first read', () => {
  for (const s of [member, { ...member, story: undefined }, { ...member, published: null, names: {}, numbers: [] }]) {
    const plain = { ...s } as Record<string, unknown>;
    if (plain.story === undefined) delete plain.story;
    const lazy = read(plain as never);
    assert.ok(signatureView(lazy), 'read as ids');
    assert.equal(JSON.stringify(lazy), JSON.stringify(readStorySignature(packStorySignature(plain as never)!)));
    assert.deepEqual(Object.keys(lazy), Object.keys(plain));
    assert.ok(Object.isFrozen(lazy));
  }
  assert.equal(signatureView(readStorySignature(packStorySignature(member)!)), undefined, 'records read eagerly have no view');
});

test('placement features through the ids are the same doubles as through the records', () => {
  const same = (a: object, b: object) => {
    for (const [k, v] of Object.entries(b)) assert.ok(Object.is((a as Record<string, unknown>)[k], v), `${k}: ${(a as Record<string, unknown>)[k]} against ${v}`);
  };
  const alone = { ...member } as Record<string, unknown>;
  delete alone.story;
  for (const m of [member, alone as unknown as StorySignature]) {
    const eager = readStorySignature(packStorySignature(m)!);
    const lazy = read(m);
    same(memberFeatures(article, lazy), pairFeatures(article, eager));
    same(memberAggregateFeatures(article, lazy, 0.25), aggregateFeatures(article, aggregateOf(eager), 0.25));
    // and again, the ids of both now known
    same(memberFeatures(article, read(m)), pairFeatures(article, eager));
  }
  const lazy = read(member);
  const f = memberFeatures(article, lazy);
  assert.ok(f.terms > 0 && f.names > 0 && f.numbers > 0 && f.jaccard === 0.75);
  // the table emptied (a new epoch): a view read before and the article's ids are looked up again
  const epoch = TERM_IDS.epoch;
  TERM_IDS.clear();
  assert.equal(TERM_IDS.epoch, epoch + 1);
  same(memberFeatures(article, lazy), f);
  same(memberAggregateFeatures(article, lazy, 0.25), aggregateFeatures(article, aggregateOf(readStorySignature(packStorySignature(member)!)), 0.25));
});
