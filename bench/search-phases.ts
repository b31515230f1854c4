// Where search's time goes, on a store kept by `npm run bench -- --data DIR`, and how far its candidate
// cut moves results from exhaustive BM25 (every sentence holding an essential term, up to 5,000).
//   node --import tsx bench/search-phases.ts DIR [results.json]
// Phases, ms p50/p95/p99: termStats; FTS5's own rank top-120 and a bare posting scan of the essential
// terms (references, not search's path); store.searchSentences (candidates, decoded); bm25; whole search.
// Pass 0 reads articles cold, pass 1 from the decoded-article cache. Printed, never asserted.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { buildApp, loadConfig } from '../src/app.js';
import { queryTerms } from '../src/understand/index.js';
import { fts5Query, safeTerms } from '../src/store/fts.js';
import { rarestWithin, bm25 } from '../src/query/bm25.js';
import { ROOT } from './lib/corpus.js';
import { search } from '../src/query/search.js';
import type { Store } from '../src/store/contract.js';

const dir = process.argv[2];
const out = process.argv[3];
const questions: string[] = [];
for (const f of ['test/qa/dev/bbc.jsonl', 'test/qa/dev/web.jsonl'])
  for (const line of readFileSync(join(ROOT, f), 'utf8').split('\n')) if (line.trim()) questions.push(JSON.parse(line).question);
const nq = Math.min(200, questions.length);
const asked = Array.from({ length: nq }, (_, i) => questions[Math.floor((i * questions.length) / nq)]);
const searches = asked.map((q) => queryTerms(q).slice(0, 4).join(' ')).filter(Boolean);

const app = await buildApp(loadConfig({}, { dataDir: dir, allowFetch: false, databaseUrl: null }));
const db = new Database(join(dir, 'newsdesk.db'), { readonly: true });
const rank = db.prepare('SELECT rowid AS r FROM sentence_index WHERE sentence_index MATCH ? ORDER BY rank, rowid LIMIT 120');
const plain = db.prepare('SELECT rowid AS r FROM sentence_index WHERE sentence_index MATCH ?');
const ph: Record<string, number[]> = { stats: [], ftsRank: [], ftsNoRank: [], hits: [], bm25: [], total: [] };
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const results: Record<string, string[]> = {};
for (const pass of [0, 1]) {
  for (const k of Object.keys(ph)) ph[k] = [];
  for (const q of searches) {
    const terms = queryTerms(q);
    let t = performance.now();
    const stats = await app.store.termStats(terms);
    ph.stats.push(performance.now() - t);
    const { essential } = rarestWithin(terms, (x) => stats.df[x] ?? 0, 20000);
    const m = fts5Query(safeTerms(essential));
    t = performance.now();
    if (essential.length) plain.all(m);
    ph.ftsNoRank.push(performance.now() - t);
    t = performance.now();
    if (essential.length) rank.all(m);
    ph.ftsRank.push(performance.now() - t);
    t = performance.now();
    const hits = essential.length ? await app.store.searchSentences(essential, { limit: 120 }) : [];
    ph.hits.push(performance.now() - t);
    t = performance.now();
    bm25(hits, terms, stats);
    ph.bm25.push(performance.now() - t);
    t = performance.now();
    const r = await app.desk.search(q, 10);
    ph.total.push(performance.now() - t);
    results[q] = r.map((x) => x.article.id);
  }
  console.log(`pass ${pass}: ` + Object.entries(ph).map(([k, xs]) => `${k} ${pct(xs, 50).toFixed(1)}/${pct(xs, 95).toFixed(1)}/${pct(xs, 99).toFixed(1)}`).join('  '));
}
if (out) writeFileSync(out, JSON.stringify(results, null, 1));
// Exhaustive: every sentence holding an essential term scored by search's BM25 (up to 5,000), the ranking
// the candidate cut approximates.
const all: Store = Object.assign(Object.create(app.store) as Store, {
  searchSentences: (t: string[]) => app.store.searchSentences(t, { limit: 5000 }),
});
let top1 = 0, ov = 0, n = 0;
for (const q of searches) {
  const ex = (await search(all, q, { limit: 10 })).map((x) => x.article.id);
  const got = results[q];
  if (!ex.length) continue;
  n++;
  if (ex[0] === got[0]) top1++;
  ov += got.filter((i) => ex.includes(i)).length / ex.length;
}
console.log(`against exhaustive BM25: top-1 same ${top1}/${n}, top-10 overlap ${(ov / n).toFixed(3)}`);
db.close();
await app.close();
