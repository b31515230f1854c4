// npm run bench:load [-- --data DIR] [--threads 2,0] [--duration 20] [--ask-connections 20] [--ask-rate 1]
//                     [--related-connections 4] [--page-connections 1] [--page-rate 1] [--part-connections 1]
//                     [--max-requests 5000] [--no-baseline]
// A bounded loopback load test of the server: asks (20 connections, rotating questions, each connection at
// most --ask-rate asks/s so a refused ask is not retried in a tight loop), related questions
// (/v1/ask/related, --related-connections at --ask-rate, over the dev split's BBC reader questions so that
// each is new to the server) and pages (article pages and the /v1/articles list, --page-connections each
// at --page-rate; the parts an article page loads after it, read also and related questions, on
// --part-connections at --page-rate) at the same time, for each ask-thread setting in --threads (0 = asks
// on the request thread), after a baseline of the pages alone. Without --data it ingests the 1,995 BBC
// articles of ../shared/bench-data/bbc into a temporary data dir first (~30 s). The server runs in a
// child process, so the load generator (autocannon) does not share its request thread. Figures are
// printed, never asserted.

import { parseArgs } from 'node:util';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir, availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { buildApp, loadConfig } from '../src/app.js';
import { listen } from '../src/interfaces/http/server.js';
import { AskPool } from '../src/interfaces/http/ask-pool.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    corpus: { type: 'string', default: resolve(import.meta.dirname, '../../shared/bench-data/bbc') },
    threads: { type: 'string', default: '2,0' },
    duration: { type: 'string', default: '20' },
    'ask-connections': { type: 'string', default: '20' },
    'ask-rate': { type: 'string', default: '1' },
    'related-connections': { type: 'string', default: '4' },
    'part-connections': { type: 'string', default: '1' },
    'page-connections': { type: 'string', default: '1' },
    'page-rate': { type: 'string', default: '1' },
    'no-baseline': { type: 'boolean', default: false },
    'max-requests': { type: 'string', default: '5000' },
    serve: { type: 'string' },
  },
});

// Questions a reader of the BBC corpus might ask: people, places, numbers, quotes, causes.
const QUESTIONS = [
  'Who is the chancellor?',
  'What did Blair say about Iraq?',
  'How much did Yukos owe in taxes?',
  'Who won the Australian Open?',
  'When will the general election be held?',
  'What did Gordon Brown say about the economy?',
  'Why did the dollar fall?',
  'Who is the chief executive of Google?',
  'Where was the Commonwealth Games held?',
  'How many jobs will be cut?',
  'What did Michael Howard say about immigration?',
  'Which film won the Oscar for best picture?',
];

// Related questions are kept once checked whole, so they are asked for questions the server has not seen:
// the BBC reader questions of the dev split (never the test split).
const RELATED_QUESTIONS = readFileSync(resolve(import.meta.dirname, '../test/qa/dev/bbc.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).question as string);

if (values.serve) await serveChild(values.serve);
else await main();

/** The child: the app on DIR with the ask settings from its environment, served on 127.0.0.1:0. */
async function serveChild(dir: string): Promise<void> {
  const app = await buildApp(loadConfig(process.env, { dataDir: dir, allowFetch: false }));
  const server = await listen(app.http, '127.0.0.1', 0);
  // Start-up is not measured: the threads (started by listen) are ready, then one ask each loads the word lists.
  const pool = app.asker instanceof AskPool ? app.asker : null;
  while (pool && pool.load.ready < app.config.ask.threads) await new Promise((r) => setTimeout(r, 100));
  await Promise.all(Array.from({ length: Math.max(1, app.config.ask.threads) }, (_, i) => app.asker.run({ kind: 'ask', question: QUESTIONS[i % QUESTIONS.length] })));
  const ids = (await app.desk.articles(50)).map((a) => a.id);
  process.stdout.write(JSON.stringify({ url: server.url, ids, ask: app.config.ask }) + '\n');
  // Asks still in flight when the load stops are not of interest: the threads end with the process.
  process.once('SIGTERM', () => process.exit(0));
}

async function main(): Promise<void> {
  let dir = values.data ? resolve(values.data) : null;
  const temp = !dir;
  if (!dir) dir = await ingestCorpus(resolve(values.corpus!));
  try {
    const rows: Row[] = [];
    if (!values['no-baseline']) rows.push(...(await runOnce(dir, '0', { asks: false })));
    for (const t of values.threads!.split(',').map((s) => s.trim())) rows.push(...(await runOnce(dir, t, { asks: true })));
    printTable(rows);
  } finally {
    if (temp) rmSync(dir, { recursive: true, force: true });
  }
}

async function ingestCorpus(corpus: string): Promise<string> {
  const files = readdirSync(corpus)
    .filter((d) => statSync(join(corpus, d)).isDirectory())
    .flatMap((d) => readdirSync(join(corpus, d)).filter((f) => f.endsWith('.txt')).map((f) => join(corpus, d, f)));
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-load-'));
  const app = await buildApp(loadConfig({}, { dataDir: dir, allowFetch: false }));
  const t0 = performance.now();
  const report = await app.desk.add(
    (async function* () {
      for (const f of files) yield* app.read(f);
    })(),
  );
  console.log(`ingest: ${report.added.length} added from ${files.length} files in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await app.close();
  return dir;
}

interface Row {
  mode: string;
  target: string;
  requests: number;
  ok: number;
  busy: number;
  errors: number;
  /** HTTP status → count, for the errors. */
  errorStatuses: Record<number, number>;
  timeouts: number;
  p50: number;
  p95: number;
  p99: number;
  perSec: number;
}

async function runOnce(dir: string, threads: string, { asks }: { asks: boolean }): Promise<Row[]> {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--serve', dir], {
    env: { ...process.env, NEWSDESK_ASK_THREADS: threads },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const first = await new Promise<string>((res, rej) => {
      createInterface({ input: child.stdout! }).once('line', res);
      child.once('exit', (code) => rej(new Error(`server exited (${code}) before listening`)));
    });
    const { url, ids, ask } = JSON.parse(first) as { url: string; ids: string[]; ask: { threads: number; queue: number; timeoutMs: number } };
    const mode = !asks ? 'pages only (no asks)' : ask.threads ? `threads=${ask.threads} queue=${ask.queue}` : 'inline (threads=0)';
    console.log(`${mode}: loading ${url} for ${values.duration} s (${availableParallelism()} cores; load average before: ${loadavg()[0].toFixed(1)})`);
    if (ask.threads) console.log(`  timeout ${ask.timeoutMs / 1000} s`);
    const duration = Number(values.duration);
    const max = Number(values['max-requests']);
    const pageConns = Number(values['page-connections']);
    const rotate = (paths: string[], onResponse?: (status: number, body: string) => void) => {
      let i = 0;
      return [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: paths[i++ % paths.length] }), onResponse }];
    };
    // What the related questions that came back hold: how many were cut short by their budget, how many questions.
    const checked = { whole: 0, cut: 0, questions: 0 };
    const countChecked = (status: number, body: string) => {
      if (status !== 200) return;
      const r = JSON.parse(body) as { related: string[]; complete: boolean };
      r.complete ? checked.whole++ : checked.cut++;
      checked.questions += r.related.length;
    };
    const askRate = Number(values['ask-rate']);
    const pageRate = Number(values['page-rate']);
    const relatedConns = Number(values['related-connections']);
    const partConns = Number(values['part-connections']);
    const runs = await Promise.all([
      asks &&
        load(url, 'ask /v1/ask?q=', Number(values['ask-connections']), askRate, duration, max, rotate(QUESTIONS.map((q) => '/v1/ask?q=' + encodeURIComponent(q)))),
      asks &&
        relatedConns > 0 &&
        load(url, 'related /v1/ask/related?q=', relatedConns, askRate, duration, max, rotate(RELATED_QUESTIONS.map((q) => '/v1/ask/related?q=' + encodeURIComponent(q)), countChecked)),
      load(url, 'page /articles/:id', pageConns, pageRate, duration, max, rotate(ids.map((id) => `/articles/${id}`))),
      asks &&
        partConns > 0 &&
        load(url, 'parts /articles/:id/{read-also,questions}', partConns, pageRate, duration, max, rotate(ids.flatMap((id) => [`/articles/${id}/read-also?fragment=1`, `/articles/${id}/questions?fragment=1`]))),
      // Half a period later, so a list does not always arrive together with an article page and
      // measures that instead.
      delay(500 / pageRate).then(() => load(url, 'list /v1/articles', pageConns, pageRate, duration, max, rotate(['/v1/articles?limit=20']))),
    ]);
    const n = checked.whole + checked.cut;
    if (n) console.log(`  related questions: ${checked.cut} of ${n} lists cut short by the budget; ${(checked.questions / n).toFixed(1)} questions per list`);
    return runs.filter((r) => r !== false).map((r) => ({ ...r, mode }));
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

async function load(url: string, target: string, connections: number, rate: number, duration: number, max: number, requests: autocannon.RequestSpec[]): Promise<Omit<Row, 'mode'>> {
  const ok: number[] = [];
  let busy = 0;
  let errors = 0;
  const errorStatuses: Record<number, number> = {};
  // Asks may be slow when inline; a 30 s client timeout measures them instead of cutting them off.
  const instance = autocannon({ url, connections, connectionRate: rate, duration, maxOverallRequests: max, timeout: 30, requests });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 200 && status < 300) ok.push(ms);
    else if (status === 429) busy++;
    else {
      errors++;
      errorStatuses[status] = (errorStatuses[status] ?? 0) + 1;
    }
  });
  const result = await instance;
  ok.sort((a, b) => a - b);
  const pct = (p: number) => (ok.length ? ok[Math.min(ok.length - 1, Math.floor((p / 100) * ok.length))] : NaN);
  return {
    target,
    requests: ok.length + busy + errors + result.timeouts,
    ok: ok.length,
    busy,
    errors,
    errorStatuses,
    timeouts: result.timeouts,
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    perSec: ok.length / result.duration,
  };
}

function printTable(rows: Row[]): void {
  const head = ['mode', 'target', 'requests', '2xx', '429', 'errors', 'error rate', 'timeouts', 'p50 ms', 'p95 ms', 'p99 ms', '2xx/s'];
  const cells = rows.map((r) => [
    r.mode,
    r.target,
    String(r.requests),
    String(r.ok),
    String(r.busy),
    String(r.errors),
    r.requests ? `${((100 * (r.errors + r.timeouts)) / r.requests).toFixed(1)}%` : '-',
    String(r.timeouts),
    r.p50.toFixed(0),
    r.p95.toFixed(0),
    r.p99.toFixed(0),
    r.perSec.toFixed(1),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => '| ' + c.map((x, i) => x.padEnd(widths[i])).join(' | ') + ' |';
  console.log('\n' + line(head));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const c of cells) console.log(line(c));
  for (const r of rows.filter((r) => r.errors)) console.log(`${r.mode}, ${r.target}: errors by status ${JSON.stringify(r.errorStatuses)}`);
  console.log('\nerrors: non-2xx other than 429 (e.g. 503 ASK_TIMEOUT); error rate counts errors and client timeouts (30 s); latencies are of 2xx responses.');
}
