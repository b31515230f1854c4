// node --import tsx bench/ingest-workers.ts [--corpus DIR] [--workers 1,2] [--limit N]
// Ingest throughput on PostgreSQL with N worker processes (bench/lib/workers.ts), each N on a fresh
// database of one throwaway server (test/store/pg-server.ts; NEWSDESK_TEST_PG_URL to use your own).
// Default corpus: the 1,995 BBC articles in ../shared/bench-data/bbc. Figures are printed, never asserted.

import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../src/store/index.js';
import { startTestPg } from '../test/store/pg-server.js';
import { ingestWithWorkers } from './lib/workers.js';

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
    const r = await ingestWithWorkers({ files: corpus, workers: n, databaseUrl: url });
    const store = await openStore({ kind: 'postgres', url });
    const stored = await store.countArticles();
    await store.close();
    console.log(
      `workers ${n}: ${r.articles} articles (${stored} stored, the rest duplicates) in ${r.seconds.toFixed(1)} s → ` +
        `${r.perSecond.toFixed(1)} articles/s on PostgreSQL`,
    );
  }
} finally {
  await server.stop();
}
