// Ingest throughput with N worker processes on PostgreSQL: queue one job per file, start N
// `newsdesk worker --once` processes against the database and wait until they have drained the queue.
// The clock starts when the first worker says it is ready (each process spends a few seconds loading
// the annotators first) and stops when the last one exits. Figures are returned, never asserted.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openStore } from '../../src/store/index.js';
import { enqueueInputs } from '../../src/interfaces/cli/worker.js';

const ROOT = resolve(import.meta.dirname, '../..');

export interface WorkersRun {
  /** Input articles processed: jobs done, one per file (a duplicate counts, as bench/ingest-ask.ts counts files). */
  articles: number;
  seconds: number;
  perSecond: number;
}

export async function ingestWithWorkers(opts: { files: string[]; workers: number; databaseUrl: string; leaseSeconds?: number }): Promise<WorkersRun> {
  const store = await openStore({ kind: 'postgres', url: opts.databaseUrl });
  const dataDir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-workers-'));
  try {
    const q = store.jobs!;
    const before = await q.counts();
    if (before.queued || before.running) throw new Error(`the queue is not empty (${before.queued} queued, ${before.running} running)`);
    const queued = await enqueueInputs(q, opts.files, {}, () => new Date());
    if (queued.failed.length) throw new Error(`could not queue ${queued.failed.length} files: ${queued.failed[0].error}`);

    let firstReady: number | null = null;
    const runs = Array.from({ length: opts.workers }, () => {
      const args = [join(ROOT, 'bin/newsdesk.js'), 'worker', '--once', '--data', dataDir, '--lease', String(opts.leaseSeconds ?? 60)];
      const child = spawn(process.execPath, args, {
        cwd: ROOT,
        env: { ...process.env, NEWSDESK_DATABASE_URL: opts.databaseUrl, NEWSDESK_NO_FETCH: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let err = '';
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        // only the first line matters (ready); the job lines are read and dropped
        if (firstReady === null && out.length < 1000) {
          out += c;
          if (/^Worker .* on postgres/m.test(out)) firstReady = performance.now();
        }
      });
      child.stderr.on('data', (c: Buffer) => (err = (err + c).slice(-4000)));
      return new Promise<void>((done, fail) => {
        child.on('error', fail);
        child.on('exit', (code, signal) => (code === 0 ? done() : fail(new Error(`worker exited ${code ?? signal}: ${err}`))));
      });
    });
    await Promise.all(runs);
    const end = performance.now();
    if (firstReady === null) throw new Error('no worker said it was ready');
    const after = await q.counts();
    const articles = after.done - before.done;
    const seconds = (end - firstReady) / 1000;
    return { articles, seconds, perSecond: articles / seconds };
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
