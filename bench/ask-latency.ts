// Answer-only ask and search latency on a store kept by `npm run bench -- --data DIR`, without the
// slow pass with related questions: for quick before/after runs and CPU profiles of retrieval.
//   node --import tsx bench/ask-latency.ts DIR [--questions 200] [--only ask|search] [--answers FILE]
//   node --import tsx bench/ask-latency.ts DIR --database URL ...   (a kept PostgreSQL store; DIR for the rest)
//   node --cpu-prof --cpu-prof-dir=OUT --import tsx bench/ask-latency.ts DIR   (a profile)
// The questions are scale.ts's (the dev split's reader questions, never the test split), each asked
// once and new to the process, as a reader's would be; searches are their first four index terms.
// With --answers FILE it writes each question's answer and first citation, to compare two versions;
// with --searches FILE each search's result article ids, best first.
// Prints wall and CPU ms p50/p95/p99 and the load average. Printed, never asserted.

import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { buildApp, loadConfig } from '../src/app.js';
import { benchQuestions, lat, timeEach } from './lib/latency.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    questions: { type: 'string', default: '200' },
    only: { type: 'string' },
    answers: { type: 'string' },
    searches: { type: 'string' },
    database: { type: 'string' },
  },
});
const dir = positionals[0];
if (!dir) {
  console.error('usage: bench/ask-latency.ts DIR [--questions N] [--only ask|search] [--answers FILE]');
  process.exit(2);
}
if (values.only && values.only !== 'ask' && values.only !== 'search') {
  console.error(`--only: expected ask or search, got "${values.only}"`);
  process.exit(2);
}
const { asked, searches } = benchQuestions(Number(values.questions));
const timed = async <T>(items: T[], f: (x: T) => Promise<unknown>) => {
  const cpu: number[] = [];
  return { wall: await timeEach(items, f, cpu), cpu };
};

const app = await buildApp(loadConfig({}, { dataDir: dir, allowFetch: false, databaseUrl: values.database ?? null }));
const articles = await app.store.countArticles();
console.log(`${values.database ?? dir}: ${articles} articles, ${asked.length} questions, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
const out: Record<string, { answer: string | null; cite: string | null }> = {};
const found: Record<string, string[]> = {};
if (values.only !== 'search') {
  const r = await timed(asked, async (q) => {
    const a = await app.desk.ask(q, { related: false });
    out[q] = { answer: a.answer, cite: a.citations[0] ? `${a.citations[0].articleId}#${a.citations[0].sentenceIndex}` : null };
  });
  console.log(`answer only: wall ${lat(r.wall)}  CPU ${lat(r.cpu)}  (total ${(r.wall.reduce((s, x) => s + x, 0) / 1000).toFixed(1)} s)`);
}
if (values.only !== 'ask') {
  const r = await timed(searches, async (q) => {
    found[q] = (await app.desk.search(q, 10)).map((x) => x.article.id);
  });
  console.log(`search:      wall ${lat(r.wall)}  CPU ${lat(r.cpu)}`);
}
console.log(`load average at the end ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
if (values.answers) writeFileSync(values.answers, JSON.stringify(out, null, 1));
if (values.searches) writeFileSync(values.searches, JSON.stringify(found, null, 1));
await app.close();
