// Odd input never crashes or hangs: empty, no punctuation, 5 MB of one paragraph, mixed scripts,
// unbalanced quotes. Every stage runs on each; annotations may be empty.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../../src/understand/sentences.js';
import { findEntities } from '../../src/understand/entities.js';
import { findQuotes } from '../../src/understand/quotes.js';
import { findNumbers } from '../../src/understand/numbers.js';
import { findEvents } from '../../src/understand/events.js';

function run(text: string) {
  const sentences = splitSentences(text);
  const { entities, mentions } = findEntities(text, sentences);
  const quotes = findQuotes(text, sentences, entities, mentions);
  const numbers = findNumbers(text, sentences);
  const events = findEvents(text, sentences, entities, mentions, []);
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
  for (const q of quotes) assert.equal(text.slice(q.start, q.end), q.text);
  for (const n of numbers) assert.equal(text.slice(n.start, n.end), n.text);
  return { sentences, entities, mentions, quotes, numbers, events };
}

test('empty and blank text give no annotations', () => {
  for (const t of ['', ' ', '\n\n\n', '"', '“”']) {
    const a = run(t);
    assert.equal(a.entities.length, 0);
  }
  assert.deepEqual(run('').sentences, []);
});

test('text with no sentence punctuation is one sentence per line', () => {
  const t = 'tony blair met gordon brown in london and nothing was said\nsecond line here';
  assert.equal(run(t).sentences.length, 2);
});

test('mixed scripts: Cyrillic, Arabic, CJK beside English', () => {
  const t = 'Vladimir Putin said: "Мы готовы к переговорам." В Москве холодно. قال الرئيس إن المحادثات ستستمر. 习近平在北京会见了普京。他们讨论了贸易！ Xi Jinping met Putin in Beijing.';
  const a = run(t);
  assert.ok(a.sentences.length >= 5);
  assert.ok(a.entities.some((e) => e.name === 'Vladimir Putin'));
  assert.equal(a.quotes[0]?.speaker, 'PERSON:vladimir putin');
});

test('an unbalanced quote is capped at its paragraph', () => {
  const t = 'Tony Blair said: "This never closes. It goes on.\nNext paragraph. Gordon Brown said: "Fine." The end.';
  const a = run(t);
  const first = a.quotes[0];
  assert.ok(first.end <= t.indexOf('\n'));
  // sentences after the open quote still split inside its paragraph, and the next paragraph is intact
  assert.ok(a.sentences.length >= 5);
  assert.equal(a.quotes[1].text, 'Fine.');
  assert.equal(a.quotes[1].speaker, 'PERSON:gordon brown');
});

// Hang guards, not speed checks: a catastrophic (super-linear) pattern would run for hours on these
// inputs and hit the test's timeout; how fast the annotators are is measured in bench/ (bench:understand).
test('5 MB of one paragraph runs to the end (no super-linear pattern)', { timeout: 300_000 }, () => {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'bench-data', 'bbc', 'politics');
  let base: string;
  try {
    base = readdirSync(root).slice(0, 40).map((f) => readFileSync(join(root, f), 'utf8')).join(' ');
  } catch {
    // Without the bench data beside the clone: the repository's own two real articles.
    const sample = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'sample');
    base = readdirSync(sample).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(sample, f), 'utf8')).join(' ');
  }
  base = base.replace(/\s+/g, ' ');
  let big = '';
  while (big.length < 5_000_000) big += base + ' ';
  const a = run(big);
  assert.ok(a.sentences.length > 1000);
  // no punctuation at all and no capitals: one sentence of 2 MB
  const flat = 'and then the talks went on '.repeat(80_000); // 2 MB
  const b = run(flat);
  assert.equal(b.sentences.length, 1);
});

test('pathological punctuation does not backtrack', { timeout: 300_000 }, () => {
  run('a.'.repeat(200_000));
  run('"'.repeat(100_000));
  run('1,'.repeat(100_000) + '1');
  run('U.S.'.repeat(100_000));
  run('A '.repeat(200_000));
});
