// node --import tsx bench/ingest-workers.ts [--corpus DIR] [--workers 1,2] [--limit N]
// Ingest throughput on PostgreSQL with N worker processes (bench/lib/workers.ts), each N on a fresh
// database of one throwaway server (test/store/pg-server.ts; NEWSDESK_TEST_PG_URL to use your own).
// Default corpus: the 1,995 BBC articles in ../shared/bench-data/bbc. Figures are printed, never asserted.
// While jobs run, pg_locks is sampled every 20 ms: how often a writer holds the entity lock
// (store/postgres.ts) and how often another waits for it, to tell whether that turn is the limit.
// CPU seconds: the worker processes' (once they have exited) and the server's (all its processes, when
// it runs on this machine; bench/lib/pg-cpu.ts).

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openStore } from '../src/store/index.js';
import { startTestPg } from '../test/store/pg-server.js';
import { ingestWithWorkers } from './lib/workers.js';
import { pgServerCpu } from './lib/pg-cpu.js';

/** CPU seconds of this process's exited (waited-for) children: the worker processes once they end. */
function reapedCpu(): number {
  const f = readFileSync('/proc/self/stat', 'utf8');
  const x = f.slice(f.lastIndexOf(')') + 2).split(' ');
  return (Number(x[13]) + Number(x[14])) / 100;
}

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve(import.meta.dirname, '../../shared/bench-data/bbc') },
    workers: { type: 'string', default: '1,2' },
    limit: { type: 'string' },
  },
});

const files: string[] = [];
(function walk(d: string) {
  for (const n of readdirSync(d).sort()) {
    const p = join(d, n);
    if (statSync(p).isDirectory()) walk(p);
    else if (n.endsWith('.txt')) files.push(p);
  }
})(resolve(values.corpus!));
const corpus = values.limit ? files.slice(0, Number(values.limit)) : files;
if (corpus.length === 0) {
  console.error(`no .txt files under ${values.corpus}`);
  process.exit(2);
}

const started = await startTestPg();
if (!started.ok) {
  console.error(`bench: no PostgreSQL: ${started.reason}`);
  process.exit(2);
}
const server = started.pg;
try {
  for (const n of values.workers!.split(',').map(Number)) {
    const url = await server.freshDatabase();
    const store = await openStore({ kind: 'postgres', url }); // migrated before sampling
    const sampler = new pg.Client({ connectionString: url });
    await sampler.connect();
    const lock = { samples: 0, held: 0, waiting: 0 };
    let sampling = true;
    const sampled = (async () => {
      while (sampling) {
        // the entity lock is the only transaction-level advisory lock newsdesk takes (objid 0x6e640002)
        const r = await sampler.query(
          `SELECT count(*) FILTER (WHERE granted)::int AS held, count(*) FILTER (WHERE NOT granted)::int AS waiting,
             (SELECT count(*)::int FROM jobs WHERE status = 'running') AS running
           FROM pg_locks WHERE locktype = 'advisory' AND objid = $1`,
          [0x6e640002],
        );
        // only while jobs run: not while the workers start
        if (r.rows[0].running > 0) {
          lock.samples++;
          if (r.rows[0].held) lock.held++;
          if (r.rows[0].waiting) lock.waiting++;
        }
        await new Promise((t) => setTimeout(t, 20));
      }
    })();
    const cpuReader = new pg.Client({ connectionString: url });
    await cpuReader.connect();
    const server0 = await pgServerCpu(cpuReader);
    const children0 = reapedCpu();
    const r = await ingestWithWorkers({ files: corpus, workers: n, databaseUrl: url });
    const children = reapedCpu() - children0;
    const serverCpu = await pgServerCpu(cpuReader);
    await cpuReader.end();
    sampling = false;
    await sampled;
    await sampler.end();
    const pct = (x: number) => `${((100 * x) / Math.max(1, lock.samples)).toFixed(0)}%`;
    const stored = await store.countArticles();
    await store.close();
    console.log(
      `workers ${n}: ${r.articles} articles (${stored} stored, the rest duplicates) in ${r.seconds.toFixed(1)} s → ` +
        `${r.perSecond.toFixed(1)} articles/s on PostgreSQL; entity lock held in ${pct(lock.held)} of samples, ` +
        `a writer waiting for it in ${pct(lock.waiting)}; CPU: workers ${children.toFixed(0)} s` +
        (serverCpu !== null && server0 !== null ? `, server ${(serverCpu - server0).toFixed(0)} s (with the lock sampling)` : ''),
    );
  }
} finally {
  await server.stop();
}
