// npm run bench [-- --articles 100000 --stores sqlite,postgres --questions 200 --workers 2]
//
// Growth curves on real text: a synthetic corpus recombined from the 1,995 BBC articles (see
// bench/lib/synth.ts; the same N always gives the same articles) is ingested step by step (2k, 20k,
// 100k, ... up to --articles) into a fresh store of each kind. At each step it prints ingest articles/s
// (full pipeline: read JSON Lines, understand, store) with the CPU seconds it took (this process; on
// PostgreSQL also the server's, all its processes, when it runs on this machine), then ask (as `newsdesk ask` runs it, with checked
// related questions; /v1/ask answers alone, the answer-only column, and /v1/ask/related checks them apart)
// and search latency p50/p95/p99, wall-clock and CPU, over real
// reader questions (the dev QA set's questions; the test split is never used), a plain engine top-20
// query over the same terms as the baseline (FTS5 `ORDER BY rank LIMIT 20`; PostgreSQL `ts_rank` over
// the GIN index), RSS, and database bytes per article and per byte of article text.
// With --workers N on PostgreSQL it also ingests the first step again with N worker processes.
// Figures are printed, never asserted. PostgreSQL here is a throwaway server with fsync off.

import { parseArgs } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { buildApp, loadConfig, type App } from '../src/app.js';
import { queryTerms } from '../src/understand/index.js';
import { fts5Query, safeTerms } from '../src/store/fts.js';
import { RECORDS_PER_FILE, synthCorpus } from './lib/synth.js';
import { benchQuestions, lat, timeEach } from './lib/latency.js';
import { startTestPg, type TestPg } from '../test/store/pg-server.js';
import { pgServerCpu } from './lib/pg-cpu.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    stores: { type: 'string', default: 'sqlite' },
    questions: { type: 'string', default: '200' },
    steps: { type: 'string' },
    // keep the SQLite data here; a later run re-measures without re-ingesting what is already there
    data: { type: 'string' },
  },
});
const max = Number(values.articles);
if (!Number.isInteger(max) || max < RECORDS_PER_FILE) {
  console.error(`--articles: expected a whole number ≥ ${RECORDS_PER_FILE}, got "${values.articles}"`);
  process.exit(2);
}
const steps = (values.steps ? values.steps.split(',').map(Number) : [2000, 20000, 100000, 1000000].filter((n) => n < max).concat(max))
  .map((n) => Math.ceil(n / RECORDS_PER_FILE) * RECORDS_PER_FILE)
  .filter((n, i, xs) => n <= Math.ceil(max / RECORDS_PER_FILE) * RECORDS_PER_FILE && xs.indexOf(n) === i);
const stores = values.stores!.split(',').map((s) => s.trim());
for (const s of stores) if (s !== 'sqlite' && s !== 'postgres') {
  console.error(`--stores: expected sqlite and/or postgres, got "${s}"`);
  process.exit(2);
}

const files = synthCorpus(steps[steps.length - 1]);

// Real reader questions (dev split only), and search queries made of their words.
const { asked, searches } = benchQuestions(Number(values.questions));

interface Row {
  store: string;
  articles: number;
  ingest: string;
  ask: string;
  askCpu: string;
  bare: string;
  search: string;
  searchCpu: string;
  baseline: string;
  rss: string;
  bytes: string;
}
const rows: Row[] = [];


async function run(kind: 'sqlite' | 'postgres', pgServer: TestPg | null) {
  const keep = kind === 'sqlite' && values.data ? values.data : null;
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'newsdesk-scale-'));
  const databaseUrl = kind === 'postgres' ? await pgServer!.freshDatabase() : null;
  const app: App = await buildApp(loadConfig({}, { dataDir: dir, allowFetch: false, databaseUrl }));
  const dbFile = join(dir, 'newsdesk.db');
  const raw = kind === 'sqlite' ? null : new pg.Client({ connectionString: databaseUrl! });
  await raw?.connect();
  let done = keep ? await app.store.countArticles() : 0;
  // A run stopped mid-file carries on from that file's start: the articles it already holds come back as
  // duplicates, which the desk recognises and skips.
  if (done % RECORDS_PER_FILE) {
    console.log(`${dir} holds ${done} articles, not a whole number of corpus files: carrying on from article ${done - (done % RECORDS_PER_FILE)}`);
    done -= done % RECORDS_PER_FILE;
  }
  let textBytes = 0;
  for (const f of files.slice(0, done / RECORDS_PER_FILE)) for (const line of readFileSync(f, 'utf8').split('\n')) if (line) textBytes += Buffer.byteLength(JSON.parse(line).text);
  let ingestSecs = 0;
  try {
    for (const step of steps) {
      if (step < done) continue;
      const batch = files.slice(done / RECORDS_PER_FILE, step / RECORDS_PER_FILE);
      for (const f of batch) for (const line of readFileSync(f, 'utf8').split('\n')) if (line) textBytes += Buffer.byteLength(JSON.parse(line).text);
      const cpu0 = process.cpuUsage();
      const server0 = raw ? await pgServerCpu(raw) : null;
      const t0 = performance.now();
      const report = await app.desk.add(
        (async function* () {
          for (const f of batch) yield* app.read(f);
        })(),
      );
      const secs = (performance.now() - t0) / 1000;
      const cpu = process.cpuUsage(cpu0);
      const server1 = raw ? await pgServerCpu(raw) : null;
      const cpuNote = `CPU ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s` +
        (server0 !== null && server1 !== null ? ` + server ${(server1 - server0).toFixed(0)} s` : '');
      ingestSecs += secs;
      const added = step - done;
      done = step;
      console.log(`${kind} ${step}: ingested ${report.added.length} (+${report.duplicates.length} dup, ${report.failed.length} failed) in ${secs.toFixed(0)} s`);

      // Warm up, then measure.
      for (const q of asked.slice(0, 5)) await app.desk.ask(q);
      const askCpu: number[] = [];
      const searchCpu: number[] = [];
      // The answer alone first: each question is new to the process then, as a reader's would be.
      // (Asked second, the decoded-article cache would already hold its articles from the first pass.)
      const bareCpu: number[] = [];
      const bareMs = await timeEach(asked, (q) => app.desk.ask(q, { related: false }), bareCpu);
      const askMs = await timeEach(asked, (q) => app.desk.ask(q), askCpu);
      const searchMs = await timeEach(searches, (q) => app.desk.search(q, 10), searchCpu);
      const baseline = await plainFts(kind, dbFile, raw, searches);

      let bytes: number;
      if (kind === 'sqlite') {
        const db = new Database(dbFile);
        db.pragma('wal_checkpoint(TRUNCATE)');
        db.close();
        bytes = statSync(dbFile).size + (existsSync(`${dbFile}-wal`) ? statSync(`${dbFile}-wal`).size : 0);
      } else {
        bytes = Number((await raw!.query('SELECT pg_database_size(current_database()) AS n')).rows[0].n);
      }
      const row: Row = {
        store: kind,
        articles: step,
        ingest: added ? `${(added / secs).toFixed(0)}/s (${cpuNote})` : '(kept)',
        ask: lat(askMs),
        askCpu: lat(askCpu),
        bare: `${lat(bareMs)} (CPU ${lat(bareCpu)})`,
        search: lat(searchMs),
        searchCpu: lat(searchCpu),
        baseline: lat(baseline),
        rss: `${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
        bytes: `${(bytes / step / 1024).toFixed(1)} KiB (${(bytes / textBytes).toFixed(1)}× text)`,
      };
      rows.push(row);
      console.log(row);
    }
  } finally {
    await raw?.end();
    await app.close();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
  void ingestSecs;
}

/** The engine's own top-20 over the same terms, no desk code: the floor to compare search with. */
async function plainFts(kind: string, dbFile: string, raw: pg.Client | null, qs: string[]): Promise<number[]> {
  if (kind === 'sqlite') {
    const db = new Database(dbFile, { readonly: true });
    const st = db.prepare('SELECT rowid FROM sentence_index WHERE sentence_index MATCH ? ORDER BY rank LIMIT 20');
    const out = await timeEach(qs, async (q) => {
      const safe = safeTerms(queryTerms(q));
      if (safe.length) st.all(fts5Query(safe));
    });
    db.close();
    return out;
  }
  return timeEach(qs, async (q) => {
    const terms = queryTerms(q);
    if (!terms.length) return;
    await raw!.query(
      // per article (its tsvector's positions are sentence numbers, migration 18): the engine's own top 20
      `SELECT article_id, part FROM article_terms WHERE tsv @@ to_tsquery('simple', $1) ORDER BY ts_rank(tsv, to_tsquery('simple', $1)) DESC LIMIT 20`,
      [terms.map((t) => t.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean).join(' | ')],
    );
  });
}

let pgServer: TestPg | null = null;
try {
  if (stores.includes('postgres')) {
    const started = await startTestPg();
    if (!started.ok) throw new Error(`PostgreSQL: ${started.reason}`);
    pgServer = started.pg;
  }
  for (const s of stores) await run(s as 'sqlite' | 'postgres', pgServer);
} finally {
  await pgServer?.stop();
}

console.log(`\nscale bench: synthetic BBC corpus (bench/lib/synth.ts, seed 20251), ${asked.length} dev QA questions, ${searches.length} searches; latencies in ms p50 / p95 / p99`);
console.log(`load average at the end: ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores (wall-clock figures grow with it; CPU figures much less)`);
console.log('| store | articles | ingest (1 process) | ask wall p50/p95/p99 | ask CPU p50/p95/p99 | answer only (no related questions) wall (CPU) | search wall | search CPU | plain engine top-20 (wall) | RSS | database per article |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.store} | ${r.articles.toLocaleString('en')} | ${r.ingest} | ${r.ask} | ${r.askCpu} | ${r.bare} | ${r.search} | ${r.searchCpu} | ${r.baseline} | ${r.rss} | ${r.bytes} |`);
