// Ask on small hand-built corpora: time constraints in questions, speakers with one surname.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, loadConfig } from '../../src/app.js';
import type { Document } from '../../src/model/index.js';
import { analyseQuestion } from '../../src/query/index.js';
import { valueInterval } from '../../src/query/ask/when.js';

const doc = (title: string, text: string, published: string): { item: string; ok: true; doc: Document } => ({
  item: title,
  ok: true,
  doc: { title, text, published, byline: null, canonicalUrl: null, source: 'Test Wire', relatedHints: [], origin: title },
});

test('time values become date intervals', () => {
  assert.deepEqual(valueInterval('2025-10'), { from: '2025-10-01', to: '2025-10-31' });
  assert.deepEqual(valueInterval('2025-W42'), { from: '2025-10-13', to: '2025-10-19' });
  assert.deepEqual(valueInterval('2025-10-18/2025-11-01'), { from: '2025-10-18', to: '2025-11-01' });
  assert.deepEqual(valueInterval('2024'), { from: '2024-01-01', to: '2024-12-31' });
  assert.equal(valueInterval('P2W'), null);
  assert.equal(valueInterval('PRESENT_REF'), null);
});

test('the time words of a question constrain, they are not searched', () => {
  const q = analyseQuestion('Where did Smith meet Jones last week?', '2025-10-18');
  assert.ok(q.when, 'a constraint was found');
  assert.ok(q.when.from <= '2025-10-10' && q.when.to >= '2025-10-10');
  assert.ok(!q.terms.includes('week') && !q.terms.includes('last'));
});

test('"last week" and "in June" pick the meeting of that time', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-when-'));
  const app = await buildApp(loadConfig({}, { dataDir: dir, allowFetch: false }), { now: () => new Date('2025-10-18T12:00:00Z') });
  try {
    await app.desk.add([
      doc('Talks in Paris', 'Foreign minister Anna Smith met her counterpart Peter Jones in Paris on Monday. The talks lasted three hours.', '2025-10-14'),
      doc('Talks in Rome', 'Foreign minister Anna Smith met her counterpart Peter Jones in Rome. The two discussed trade.', '2025-06-10'),
    ]);
    const recent = await app.desk.ask('Where did Smith meet Jones last week?', { related: false });
    assert.equal(recent.answer, 'Paris');
    const june = await app.desk.ask('Where did Smith meet Jones in June?', { related: false });
    assert.equal(june.answer, 'Rome');
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('"what did X say" never answers with another person of the same surname', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-speaker-'));
  const app = await buildApp(loadConfig({}, { dataDir: dir, allowFetch: false }), { now: () => new Date('2025-10-18T12:00:00Z') });
  try {
    await app.desk.add([
      doc('Skills report', 'Education minister Ivan Lewis said: "We will keep widening access to adult skills courses."', '2025-10-10'),
      doc('Waiting lists', 'Surgeon Richard Lewis said: "Waiting lists in Wales must come down faster."', '2025-10-11'),
    ]);
    const richard = await app.desk.ask('What did Richard Lewis say about waiting lists?', { related: false });
    assert.match(richard.answer ?? '', /Waiting lists in Wales/);
    const ivan = await app.desk.ask('What did Ivan Lewis say?', { related: false });
    assert.doesNotMatch(ivan.answer ?? '', /Waiting lists/);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
