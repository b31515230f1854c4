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
// search: the essential terms search.ts passes (rarest within 20,000 sentence postings), 120 candidates
const sCalls: (() => Promise<unknown>)[][] = [];
let sChanged = 0;
for (const q of searches) {
  const terms = queryTerms(q);
  const stats = await store.termStats(terms);
  const { essential } = rarestWithin(terms, (t) => stats.df[t] ?? 0, 20000);
  if (!essential.length) continue;
  const a = (await store.searchSentences(essential, { limit: 120 })).map((h) => `${h.articleId}#${h.index}`).join();
  const b = (await store.searchSentences(essential, { limit: 120, perTerm: per })).map((h) => `${h.articleId}#${h.index}`).join();
  if (a !== b) sChanged++;
  sCalls.push([() => store.searchSentences(essential, { limit: 120 }), () => store.searchSentences(essential, { limit: 120, perTerm: per })]);
}
await compare(`searchSentences (${sCalls.length} searches, candidates changed in ${sChanged})`, sCalls);
// ask's stage 1 over the corpus: the question's rarest terms within 4,000 article postings
const aCalls: (() => Promise<unknown>)[][] = [];
let aChanged = 0;
for (const q of asked) {
  const terms = queryTerms(q);
  const stats = await store.termStats(terms);
  const { essential } = rarestWithin(terms, (t) => stats.adf[t] ?? 0, 4000);
  if (!essential.length) continue;
  const n = (x: { articleId: string }[]) => x.map((r) => r.articleId).sort().join();
  if (n(await store.termArticles(essential)) !== n(await store.termArticles(essential, { perTerm: per }))) aChanged++;
  aCalls.push([() => store.termArticles(essential), () => store.termArticles(essential, { perTerm: per })]);
}
await compare(`termArticles over the corpus (${aCalls.length} questions, articles changed in ${aChanged})`, aCalls);
console.log(`load average at the end ${la()}`);
await app.close();
