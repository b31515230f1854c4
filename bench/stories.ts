// npm run bench:stories [-- --articles 2000,20000 --probe 50]
// npm run bench:stories -- --data DIR [--probe 100] [--ingest 300]
//
// The cost of placing one new article in its story as the store grows. The synthetic BBC corpus of
// bench/lib/synth.ts (seed 20251) is added step by step to a fresh SQLite desk (stories placed as
// articles come, as users get it); at each size, `--probe` further articles are stored one at a time
// and the placing of each is timed on its own (wall and CPU), after warming the decoded-article
// cache with one. Prints ingest rate with stories on, and placing ms p50 / p95 / max per size.
//
// With --data DIR the store in DIR (a throwaway COPY of a bench store, such as one built by
// `npm run bench -- --data`, holding the first N synthetic articles) is probed as it is, at its own
// size, and nothing is built; --ingest then adds that many further synthetic articles through the
// whole pipeline (read, understand, store, place) and prints their rate with the load average.

import { parseArgs } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, loadConfig } from '../src/app.js';
import { placeQueued } from '../src/query/index.js';
import { annotate } from '../src/understand/index.js';
import type { Document } from '../src/model/index.js';
import { RECORDS_PER_FILE, synthCorpus } from './lib/synth.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000,20000' },
    probe: { type: 'string', default: '50' },
    data: { type: 'string' },
    ingest: { type: 'string', default: '0' },
  },
});
const dir = values.data ?? mkdtempSync(join(tmpdir(), 'newsdesk-bench-stories-'));
const app = await buildApp(loadConfig({}, { dataDir: dir, allowFetch: false }));
const given = values.data ? await app.store.countArticles() : 0;
if (values.data && given === 0) throw new Error(`--data ${values.data}: no articles stored there (give a copy of a bench store)`);
const steps = values.data ? [given] : values.articles.split(',').map(Number).sort((a, b) => a - b);
const probe = Number(values.probe);
const ingest = Number(values.ingest);
// the corpus, then one file more to draw probe (and --ingest) articles from
const files = synthCorpus(Math.ceil(steps[steps.length - 1] / RECORDS_PER_FILE) * RECORDS_PER_FILE + RECORDS_PER_FILE);
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const rows: string[] = [];
let next = 0;
let stored = 0;
let probed = 0;
try {
  for (const n of steps) {
    const t0 = performance.now();
    let added = 0;
    while (stored < n && next < files.length - 1) {
      const r = await app.desk.add(app.read(files[next++]));
      added += r.added.length;
      stored = await app.store.countArticles();
    }
    const ingestRate = added / ((performance.now() - t0) / 1000);
    // probe articles: from the file after the corpus, never ingested as part of it
    // (the ones an earlier size already stored come back as duplicates and are passed over)
    const docs: Document[] = [];
    for await (const item of app.read(files[files.length - 1])) {
      if (item.ok) docs.push(item.doc);
      if (docs.length >= probed + probe + 1) break;
    }
    probed += probe + 1;
    const wall: number[] = [];
    const cpu: number[] = [];
    let done = 0;
    for (const doc of docs) {
      const [r] = await app.store.addArticles([{ doc, ann: annotate({ text: doc.text, published: doc.published }) }], new Date().toISOString());
      if (!('status' in r) || r.status !== 'added') continue;
      const c0 = process.cpuUsage();
      const w0 = performance.now();
      await placeQueued(app.store, { now: () => new Date() });
      const w = performance.now() - w0;
      const c = process.cpuUsage(c0);
      if (done++ === 0) continue; // the first warms the statement cache
      wall.push(w);
      cpu.push((c.user + c.system) / 1000);
      if (wall.length >= probe) break;
    }
    stored = await app.store.countArticles();
    const stories = await app.store.countStories();
    console.log(`load average ${load()}`);
    rows.push(
      `${String(n).padStart(7)}  ${ingestRate.toFixed(0).padStart(6)}/s  ${String(stories).padStart(7)}  ` +
        `${pct(wall, 50).toFixed(1)} / ${pct(wall, 95).toFixed(1)} / ${Math.max(...wall).toFixed(1)}`.padEnd(24) +
        `${pct(cpu, 50).toFixed(1)} / ${pct(cpu, 95).toFixed(1)}`,
    );
    console.log(`${n}: ${rows[rows.length - 1]}`);
  }
  if (ingest > 0) {
    // further articles of the same last file, after the probes, through the whole pipeline
    const skip = probed;
    async function* more() {
      let i = 0;
      for await (const item of app.read(files[files.length - 1])) {
        if (i++ < skip) continue;
        yield item;
        if (i >= skip + ingest) break;
      }
    }
    const l0 = load();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = await app.desk.add(more());
    const s = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    console.log(
      `ingest at ${stored}: ${r.added.length} articles in ${s.toFixed(1)} s, ${(r.added.length / s).toFixed(1)}/s wall, ` +
        `${(r.added.length / ((c.user + c.system) / 1e6)).toFixed(1)} per CPU s; load average ${l0} -> ${load()}`,
    );
  }
} finally {
  await app.close();
  if (!values.data) rmSync(dir, { recursive: true, force: true });
}
console.log('\nstories bench: synthetic BBC corpus (bench/lib/synth.ts, seed 20251), SQLite; placing one article, ms');
console.log('articles  ingest  stories  wall p50 / p95 / max      CPU p50 / p95');
for (const r of rows) console.log(r);
