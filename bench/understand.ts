// Throughput of the whole understand pipeline (annotate) on real text: about 1 MB built from the
// BBC articles in shared/bench-data, annotated article by article. Prints words/s and articles/s,
// and the time per stage so the slow stage is visible, and the CPU time per article of the timed passes.
// Run: npm run bench:understand   (BBC_DIR=... to point elsewhere)

import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotate, splitSentences, findTimes } from '../src/understand/index.js';
import { findEntities } from '../src/understand/entities.js';
import { findQuotes } from '../src/understand/quotes.js';
import { findNumbers } from '../src/understand/numbers.js';
import { findEvents } from '../src/understand/events.js';
import { findCoref } from '../src/understand/coref.js';
import { tokenize } from '../src/understand/tokens.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.env.BBC_DIR ?? join(root, '..', 'shared', 'bench-data', 'bbc');
const articles: string[] = [];
let bytes = 0;
outer: for (const topic of ['politics', 'business', 'tech', 'entertainment', 'sport']) {
  for (const f of readdirSync(join(dir, topic)).sort()) {
    const text = readFileSync(join(dir, topic, f), 'utf8');
    articles.push(text);
    bytes += Buffer.byteLength(text);
    if (bytes >= 1_000_000) break outer;
  }
}
const words = articles.reduce((n, a) => n + a.split(/\s+/).filter(Boolean).length, 0);

// one full pass to warm the JIT, then the median of three timed passes (the machine is shared)
for (const a of articles) annotate({ text: a, published: '2005-01-01' });
const runs: number[] = [];
const c0 = process.cpuUsage();
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  for (const a of articles) annotate({ text: a, published: '2005-01-01' });
  runs.push((performance.now() - t0) / 1000);
}
const secs = runs.sort((x, y) => x - y)[1];
// CPU time of the three passes (a shared machine inflates wall time much more than CPU time)
const cu = process.cpuUsage(c0);
const cpuMs = (cu.user + cu.system) / 1000 / (3 * articles.length);

// per stage, same order as annotate
const stage = { sentences: 0, entities: 0, coref: 0, quotes: 0, times: 0, numbers: 0, events: 0 };
for (const text of articles) {
  let t = performance.now();
  const s = splitSentences(text);
  stage.sentences += performance.now() - t;
  t = performance.now();
  const { entities, mentions } = findEntities(text, s);
  stage.entities += performance.now() - t;
  t = performance.now();
  const links = findCoref(text, s, entities, mentions, tokenize(text, s));
  stage.coref += performance.now() - t;
  t = performance.now();
  findQuotes(text, s, entities, mentions, links);
  stage.quotes += performance.now() - t;
  t = performance.now();
  const times = findTimes(text, s, '2005-01-01');
  stage.times += performance.now() - t;
  t = performance.now();
  findNumbers(text, s);
  stage.numbers += performance.now() - t;
  t = performance.now();
  findEvents(text, s, entities, mentions, times, links);
  stage.events += performance.now() - t;
}
const perArticleWords = words / articles.length;
console.log(`understand: ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB, ${words} words (${perArticleWords.toFixed(0)} words/article)`);
console.log(`annotate: ${secs.toFixed(2)} s  ${(words / secs).toFixed(0)} words/s  ${(articles.length / secs).toFixed(1)} articles/s  ≈ ${((words / secs) / 800).toFixed(1)} 800-word articles/s`);
console.log(`annotate CPU: ${cpuMs.toFixed(2)} ms per article, ${(1000 / cpuMs).toFixed(1)} articles per CPU second`);
console.log('per stage (ms total): ' + Object.entries(stage).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '));
