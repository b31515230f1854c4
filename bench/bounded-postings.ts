// What the bounded postings (store/topk.ts, `perTerm`) save, apart from everything else a search or an
// ask does: on a kept store, for each bench question, the store calls search and ask's stage 1 make over
// the whole corpus, with and without `perTerm` (500 unless given), alternated three times each in one process (so both
// see the same load and caches); the median of each. Also how many candidates the bound changes.
//   node --import tsx bench/bounded-postings.ts DIR [PER_TERM]
// Printed, never asserted. ms p50/p95/p99 over the questions.
import { loadavg } from 'node:os';
import { buildApp, loadConfig } from '../src/app.js';
import { queryTerms } from '../src/understand/index.js';
import { rarestWithin } from '../src/query/bm25.js';
import { benchQuestions, lat } from './lib/latency.js';

const dir = process.argv[2];
const per = Number(process.argv[3] ?? 500);
if (!dir || !Number.isInteger(per) || per < 1) {
  console.error('usage: bench/bounded-postings.ts DIR [PER_TERM (default 500)]');
  process.exit(2);
}
const app = await buildApp(loadConfig({}, { dataDir: dir, allowFetch: false, databaseUrl: null }));
const store = app.store;
const { asked, searches } = benchQuestions(200);
const la = () => loadavg().map((x) => x.toFixed(1)).join(' ');
console.log(`${dir}: ${await store.countArticles()} articles, load average ${la()}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function compare(label: string, calls: (() => Promise<unknown>)[][]) {
  const t: number[][] = [[], []];
  for (const pair of calls) {
    const runs: number[][] = [[], []];
    for (let k = 0; k < 3; k++) {
      for (const v of k % 2 ? [1, 0] : [0, 1]) {
        const t0 = performance.now();
        await pair[v]();
        runs[v].push(performance.now() - t0);
      }
    }
    t[0].push(median(runs[0]));
    t[1].push(median(runs[1]));
  }
  console.log(`${label}: all postings ${lat(t[0])}  |  perTerm ${per} ${lat(t[1])}`);
}
/**
 * For each query, its rarest terms within `budget` postings (by sentence or article frequency), and the
 * store call on them with all postings and with `perTerm`; how many answers the bound changes.
 */
async function pairs<R>(
  queries: string[],
  freq: 'df' | 'adf',
  budget: number,
  call: (essential: string[], perTerm?: number) => Promise<R[]>,
  keyOf: (rs: R[]) => string,
): Promise<{ calls: (() => Promise<unknown>)[][]; changed: number }> {
  const calls: (() => Promise<unknown>)[][] = [];
  let changed = 0;
  for (const q of queries) {
    const terms = queryTerms(q);
    const stats = await store.termStats(terms);
    const { essential } = rarestWithin(terms, (t) => stats[freq][t] ?? 0, budget);
    if (!essential.length) continue;
    if (keyOf(await call(essential)) !== keyOf(await call(essential, per))) changed++;
    calls.push([() => call(essential), () => call(essential, per)]);
  }
  return { calls, changed };
}
// search: the essential terms search.ts passes (rarest within 20,000 sentence postings), 120 candidates
const s = await pairs(
  searches,
  'df',
  20000,
  (essential, perTerm) => store.searchSentences(essential, { limit: 120, ...(perTerm ? { perTerm } : {}) }),
  (hs) => hs.map((h) => `${h.articleId}#${h.index}`).join(),
);
await compare(`searchSentences (${s.calls.length} searches, candidates changed in ${s.changed})`, s.calls);
// ask's stage 1 over the corpus: the question's rarest terms within 4,000 article postings
const a = await pairs(
  asked,
  'adf',
  4000,
  (essential, perTerm) => (perTerm ? store.termArticles(essential, { perTerm }) : store.termArticles(essential)),
  (rs) => rs.map((r) => r.articleId).sort().join(),
);
await compare(`termArticles over the corpus (${a.calls.length} questions, articles changed in ${a.changed})`, a.calls);
console.log(`load average at the end ${la()}`);
await app.close();
