// node --import tsx bench/pg-probe.ts [--articles 1000 --top 20 --explain-ms 50]
//   [--database URL [--no-ingest]] [--dump FILE] [--what-if]
//
// Where PostgreSQL ingest time and bytes go: the first N articles of the synthetic BBC corpus
// (bench/lib/synth.ts) are added (read, understand, store, place stories, as `newsdesk add` does) into a
// throwaway server started with pg_stat_statements and auto_explain. Prints ingest articles/s (wall and
// this process's CPU), the statements by total server time (calls, mean, rows, buffers), the plans of
// statements slower than --explain-ms (auto_explain, ANALYZE, nested statements included), and each
// table's bytes (heap, TOAST, indexes) per article. The server is stopped and deleted at the end, also on
// error. Figures are printed, never asserted.
//
// --database URL: use that (existing, empty or not) database on a running server and keep it, instead of
// a throwaway server (statement figures then need pg_stat_statements preloaded there; without it they are
// left out). --no-ingest: add nothing, only open the store (which applies this code's migrations), then
// dump and measure: how a store written by an older version reads after migrating.

import { parseArgs } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildApp, loadConfig } from '../src/app.js';
import { RECORDS_PER_FILE, synthCorpus } from './lib/synth.js';
import { benchQuestions } from './lib/latency.js';
import { startTestPg } from '../test/store/pg-server.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    top: { type: 'string', default: '20' },
    'explain-ms': { type: 'string', default: '50' },
    // sizes of a few alternative layouts, built beside the real tables from their rows
    'what-if': { type: 'boolean', default: false },
    // write what the store holds and answers (every article's view, entities, stories, 100 dev searches
    // and answers), one JSON line each without ingest times, to compare two versions' outputs
    dump: { type: 'string' },
    database: { type: 'string' },
    'no-ingest': { type: 'boolean', default: false },
    // VACUUM FULL before measuring: what the tables hold, without the dead rows a migration leaves
    vacuum: { type: 'boolean', default: false },
  },
});
const n = Number(values.articles);
if (!Number.isInteger(n) || n < RECORDS_PER_FILE || n % RECORDS_PER_FILE) {
  console.error(`--articles: expected a multiple of ${RECORDS_PER_FILE}, got "${values.articles}"`);
  process.exit(2);
}
const top = Number(values.top);
const explainMs = Number(values['explain-ms']);
const files = synthCorpus(n, () => {});

const given = values.database;
const started: Awaited<ReturnType<typeof startTestPg>> = given
  ? { ok: true, pg: { url: given, freshDatabase: async () => given, stop: async () => {} } }
  : await startTestPg({
  settings: [
    'shared_preload_libraries=pg_stat_statements,auto_explain',
    'pg_stat_statements.track=all',
    `auto_explain.log_min_duration=${explainMs}`,
    'auto_explain.log_analyze=on',
    'auto_explain.log_buffers=on',
    'auto_explain.log_nested_statements=on',
  ],
});
if (!started.ok) {
  console.error(`pg-probe: ${started.reason}`);
  process.exit(2);
}
const server = started.pg;
const dir = mkdtempSync(join(tmpdir(), 'newsdesk-pgprobe-'));
try {
  const url = await server.freshDatabase();
  const raw = new pg.Client({ connectionString: url });
  await raw.connect();
  const stats = await raw.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements').then(() => true, () => false);
  const mig0 = performance.now();
  const app = await buildApp(loadConfig({}, { dataDir: dir, allowFetch: false, databaseUrl: url }));
  console.log(`store opened (migrations applied) in ${((performance.now() - mig0) / 1000).toFixed(1)} s`);
  if (stats) await raw.query('SELECT pg_stat_statements_reset()').catch(() => {});
  let textBytes = 0;
  for (const f of files) for (const line of readFileSync(f, 'utf8').split('\n')) if (line) textBytes += Buffer.byteLength(JSON.parse(line).text);
  const la0 = loadavg()[0];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const report = values['no-ingest']
    ? { added: (await raw.query('SELECT id FROM articles')).rows, duplicates: [], failed: [] }
    : await app.desk.add((async function* () {
      for (const f of files) yield* app.read(f);
    })());
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  if (values.dump) {
    const timeless = (k: string, v: unknown) => (/^(addedAt|added_at|updatedAt|updated_at|at)$/.test(k) ? undefined : v);
    const lines: string[] = [];
    const put = (kind: string, x: unknown) => lines.push(JSON.stringify({ kind, x }, timeless));
    const all = async <T>(f: (offset: number) => Promise<T[]>) => {
      const out: T[] = [];
      for (let off = 0; ; off += 1000) {
        const got = await f(off);
        out.push(...got);
        if (got.length < 1000) return out;
      }
    };
    for (const { id } of (await raw.query('SELECT id FROM articles ORDER BY id')).rows) put('article', await app.store.getArticle(id));
    put('entities', await all((offset) => app.store.listEntities({ limit: 1000, offset })));
    for (const st of await all((offset) => app.store.listStories({ limit: 1000, offset }))) put('story', await app.store.getStory(st.id));
    const { asked, searches } = benchQuestions(100);
    for (const q of searches) put('search', { q, hits: await app.desk.search(q, 10) });
    for (const q of asked) put('ask', { q, answer: await app.desk.ask(q, { related: false }) });
    writeFileSync(values.dump, lines.join('\n') + '\n');
    console.log(`dump: ${lines.length} lines in ${values.dump}`);
  }
  await app.close();
  const stmts = !stats ? [] : (await raw.query(
    `SELECT calls, total_exec_time AS total, mean_exec_time AS mean, max_exec_time AS max, rows,
       shared_blks_hit + shared_blks_read AS blks, toplevel, regexp_replace(query, '\\s+', ' ', 'g') AS query
     FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC`,
  )).rows;
  const serverMs = stmts.filter((r) => r.toplevel).reduce((s, r) => s + Number(r.total), 0);
  const trips = stmts.filter((r) => r.toplevel).reduce((s, r) => s + Number(r.calls), 0);
  console.log(`\n${report.added.length} added (+${report.duplicates.length} dup, ${report.failed.length} failed) in ${secs.toFixed(1)} s: ` +
    `${(report.added.length / secs).toFixed(1)} articles/s wall; node CPU ${cpuSecs.toFixed(1)} s ` +
    `(${(cpuSecs * 1000 / report.added.length).toFixed(1)} ms an article); statements' server time ${(serverMs / 1000).toFixed(1)} s ` +
    `(${(serverMs / report.added.length).toFixed(1)} ms an article, top-level statements only) in ${trips} statements ` +
    `(${(trips / report.added.length).toFixed(1)} an article); load average ${la0.toFixed(1)} -> ${loadavg()[0].toFixed(1)}`);
  console.log(`\ntop statements by total server time (ms; "blks": shared buffers touched)`);
  console.log('| total ms | % | calls | mean ms | max ms | rows | blks/call | nested | statement |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of stmts.slice(0, top)) {
    console.log(`| ${Number(r.total).toFixed(0)} | ${(100 * Number(r.total) / serverMs).toFixed(1)} | ${r.calls} | ${Number(r.mean).toFixed(2)} | ` +
      `${Number(r.max).toFixed(1)} | ${r.rows} | ${(Number(r.blks) / Number(r.calls)).toFixed(0)} | ${r.toplevel ? '' : 'yes'} | ${String(r.query).slice(0, 240)} |`);
  }

  if (values.vacuum) {
    const v0 = performance.now();
    await raw.query('VACUUM FULL ANALYZE');
    console.log(`\nVACUUM FULL ANALYZE: ${((performance.now() - v0) / 1000).toFixed(1)} s`);
  }
  const sizes = (await raw.query(
    `SELECT c.relname AS name, pg_relation_size(c.oid) AS heap, coalesce(pg_total_relation_size(c.reltoastrelid), 0) AS toast,
       pg_indexes_size(c.oid) AS idx, pg_total_relation_size(c.oid) AS total,
       (SELECT string_agg(i.relname || ' ' || pg_size_pretty(pg_relation_size(i.oid)), ', ' ORDER BY pg_relation_size(i.oid) DESC)
        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = c.oid) AS indexes
     FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
     WHERE c.relkind = 'r' AND s.nspname = 'public' ORDER BY pg_total_relation_size(c.oid) DESC`,
  )).rows;
  const kib = (b: unknown) => (Number(b) / 1024).toFixed(0);
  const db = Number((await raw.query('SELECT pg_database_size(current_database()) AS n')).rows[0].n);
  const counts = new Map<string, number>();
  for (const r of sizes) counts.set(r.name, Number((await raw.query(`SELECT count(*) AS n FROM "${r.name}"`)).rows[0].n));
  // the articles' positioned tsvectors (migration 18): as stored (compressed), in memory, and without positions
  const tsv = (await raw.query(
    `SELECT sum(pg_column_size(tsv))::float8 AS tsv, sum(pg_column_size(tsv || ''::tsvector))::float8 AS raw,
       sum(pg_column_size(strip(tsv)))::float8 AS stripped FROM article_terms`,
  ).catch(() => ({ rows: [null] }))).rows[0];
  if (tsv) console.log(`\narticle tsvectors: ${kib(tsv.tsv)} KiB as stored, ${kib(tsv.raw)} KiB uncompressed, ${kib(tsv.stripped)} KiB without positions (strip)`);
  const tables = sizes.reduce((s, r) => s + Number(r.total), 0);
  console.log(`\ndatabase ${(db / 2 ** 20).toFixed(1)} MiB (${(db / textBytes).toFixed(1)}× the ${(textBytes / 2 ** 20).toFixed(1)} MiB of text); ` +
    `tables with their TOAST and indexes ${(tables / 2 ** 20).toFixed(1)} MiB (${(tables / textBytes).toFixed(1)}×), ${(tables / report.added.length / 1024).toFixed(1)} KiB an article`);
  console.log('| table | rows | total KiB | heap | TOAST | indexes | indexes by size |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of sizes) console.log(`| ${r.name} | ${counts.get(r.name)} | ${kib(r.total)} | ${kib(r.heap)} | ${kib(r.toast)} | ${kib(r.idx)} | ${r.indexes ?? ''} |`);
  if (values['what-if']) {
    const size = async (sql: string, rel: string) => {
      await raw.query(sql);
      return kib((await raw.query(`SELECT pg_total_relation_size($1::regclass) AS n`, [rel])).rows[0].n);
    };
    console.log('\nwhat if (KiB, built from the same rows):');
    console.log(`- story_articles with toast_tuple_target = 256 (signatures compressed in line): ${await size(
      `CREATE TABLE w_story_articles (LIKE story_articles INCLUDING ALL) WITH (toast_tuple_target = 256);
       INSERT INTO w_story_articles SELECT * FROM story_articles`, 'w_story_articles')} (now ${kib(sizes.find((r) => r.name === 'story_articles')?.total)})`);
    // (the annotation tables' keys and the per-article tsvector this used to measure went in migrations 17 and 18)
    await raw.query('DROP TABLE w_story_articles');
  }
  await raw.end();

  // the plans auto_explain logged: the slowest of each distinct statement, and how often it went over
  if (server.log) {
    const log = readFileSync(server.log, 'utf8');
    const plans = new Map<string, { n: number; worst: number; text: string }>();
    for (const m of log.matchAll(/duration: ([\d.]+) ms\s+plan:\n([\s\S]*?)(?=\n\S{4}-\d\d-\d\d |\n*$)/g)) {
      const ms = Number(m[1]);
      const q = /Query Text: ([\s\S]*?)\n\s+(?:[A-Z][a-z]+ |->)/.exec(m[2])?.[1].replace(/\s+/g, ' ').slice(0, 160) ?? '?';
      const p = plans.get(q) ?? { n: 0, worst: 0, text: '' };
      p.n++;
      if (ms > p.worst) { p.worst = ms; p.text = m[2]; }
      plans.set(q, p);
    }
    console.log(`\nstatements over ${explainMs} ms (auto_explain): ${plans.size} distinct`);
    for (const [q, p] of [...plans].sort((a, b) => b[1].worst * b[1].n - a[1].worst * a[1].n).slice(0, 8)) {
      console.log(`\n-- ${p.n}× over ${explainMs} ms, worst ${p.worst.toFixed(0)} ms: ${q}\n${p.text.split('\n').slice(0, 40).join('\n')}` +
        // after-row triggers (foreign key checks) are listed at the plan's end
        p.text.split('\n').slice(40).filter((l) => /Trigger/.test(l)).map((l) => '\n' + l).join(''));
    }
  }
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
