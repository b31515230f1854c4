// npm run bench [-- --corpus DIR --questions N]
// Ingests a real corpus (default: the 1,995 BBC articles in ../shared/bench-data/bbc) into a fresh
// SQLite data dir and prints articles/s, then asks questions built from its headlines and prints
// ask latency p50/p95. Figures are printed, never asserted.

import { parseArgs } from 'node:util';
import { mkdtempSync, rmSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildApp, loadConfig } from '../src/app.js';

const { values } = parseArgs({
  options: { corpus: { type: 'string', default: resolve(import.meta.dirname, '../../shared/bench-data/bbc') }, questions: { type: 'string', default: '200' } },
});

const files: string[] = [];
(function walk(d: string) {
  for (const n of readdirSync(d).sort()) {
    const p = join(d, n);
    if (statSync(p).isDirectory()) walk(p);
    else if (n.endsWith('.txt')) files.push(p);
  }
})(resolve(values.corpus!));
if (files.length === 0) {
  console.error(`no .txt files under ${values.corpus}`);
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-'));
const app = await buildApp(loadConfig({}, { dataDir: dir, allowFetch: false }));
try {
  const mem0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const report = await app.desk.add(
    (async function* () {
      for (const f of files) yield* app.read(f);
    })(),
  );
  const secs = (performance.now() - t0) / 1000;
  const words = files.reduce((s, f) => s + readFileSync(f, 'utf8').split(/\s+/).length, 0);
  console.log(`ingest: ${report.added.length} added, ${report.duplicates.length} duplicates, ${report.failed.length} failed from ${files.length} files`);
  console.log(`ingest: ${secs.toFixed(1)} s → ${(files.length / secs).toFixed(1)} articles/s, ${(words / secs).toFixed(0)} words/s (full pipeline: read, understand, store)`);
  console.log(`memory: rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB (start ${(mem0 / 2 ** 20).toFixed(0)} MiB)`);
  console.log(`database: ${(statSync(join(dir, 'newsdesk.db')).size / 2 ** 20).toFixed(1)} MiB`);

  // Questions a reader might ask, built from headlines: "What happened with <headline words>?" and who/where variants.
  const n = Number(values.questions);
  const list = await app.desk.articles(Math.min(n, 200));
  const questions: string[] = [];
  const forms = ['What happened with %s?', 'Who said %s?', 'Where is %s?', 'When did %s?', 'How many %s?'];
  for (let i = 0; questions.length < n && list.length; i++) {
    const a = list[i % list.length];
    questions.push(forms[i % forms.length].replace('%s', a.title.replace(/[?.!]+$/, '').toLowerCase()));
  }
  const lat: number[] = [];
  let answered = 0;
  for (const q of questions) {
    const s = performance.now();
    const ans = await app.desk.ask(q, { related: false });
    lat.push(performance.now() - s);
    if (!ans.abstained) answered++;
  }
  const withRelated: number[] = [];
  for (const q of questions.slice(0, 40)) {
    const s = performance.now();
    await app.desk.ask(q);
    withRelated.push(performance.now() - s);
  }
  const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
  console.log(`ask (answer only): ${lat.length} questions, p50 ${pct(lat, 50).toFixed(1)} ms, p95 ${pct(lat, 95).toFixed(1)} ms, ${answered} answered`);
  console.log(`ask (with checked related questions): ${withRelated.length} questions, p50 ${pct(withRelated, 50).toFixed(1)} ms, p95 ${pct(withRelated, 95).toFixed(1)} ms`);
} finally {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}
