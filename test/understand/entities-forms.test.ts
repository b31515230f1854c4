// Entity forms the store needs to link across articles (issue 8), on invented sentences.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../../src/understand/sentences.js';
import { findEntities } from '../../src/understand/entities.js';

const entities = (t: string) => findEntities(t, splitSentences(t)).entities;

test('"Paris-based IEA": the place before -based is a mention of its own, the rest another', () => {
  const es = entities('The Paris-based IEA watchdog said so. The London-listed firm Zantria Holdings fell.');
  assert.deepEqual(es.map((e) => `${e.type}:${e.name}`).sort(), ['GPE:London', 'GPE:Paris', 'ORG:IEA', 'ORG:Zantria Holdings']);
});

test('an honorific before a bare surname is kept as an alias, for the store to check against first names', () => {
  const es = entities('Tony Quill arrived. Mr Quill said he was glad.');
  assert.deepEqual(es.find((e) => e.name === 'Tony Quill')?.aliases.sort(), ['Mr Quill', 'Quill', 'Tony Quill']);
  // within one article, "Mr Blair" never joins Cherie Blair
  const two = entities('Cherie Blair spoke first. Tony Blair arrived later. Mr Blair left.');
  assert.ok(two.find((e) => e.name === 'Tony Blair')?.aliases.includes('Mr Blair'));
  assert.ok(!two.find((e) => e.name === 'Cherie Blair')?.aliases.includes('Mr Blair'));
});
