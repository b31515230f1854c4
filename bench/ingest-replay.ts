// node --import tsx bench/ingest-replay.ts prep N      understands the first N synthetic articles (bench/lib/synth.ts)
//                                                      on this thread, as an understand thread does (language,
//                                                      annotations, store rows), and saves them to /tmp/prep-N.bin
// node --import tsx bench/ingest-replay.ts store N [R]  stores and places them (batches of BATCH=64, as add does)
//                                                      into R fresh SQLite stores in turn
//
// bench:ingest runs the two halves of ingest on two threads, so on a shared 2-core machine each thread's
// CPU carries the other's noise. This replays each half alone on one thread: `prep` prints the CPU an
// understand thread spends an article, `store` the main thread's (store writes and story placement),
// both after a warm-up (200 and 256 articles) and with the load average. Two codes are compared by
// alternating runs of `store` on the same saved file (the annotations do not depend on the store).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize, deserialize } from 'node:v8';
import { loadavg } from 'node:os';
import { buildApp, loadConfig } from '../src/app.js';
import { synthCorpus } from './lib/synth.js';
import { understandOnThread } from '../src/query/understand-pool.js';
import { withLanguageGuess } from '../src/ingest/index.js';
import { placeQueued } from '../src/query/stories.js';
const [mode, nArg, repsArg] = process.argv.slice(2);
const n = Number(nArg ?? 1000);
const file = `/tmp/prep-${n}.bin`;
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const mainTicks = () => { const f = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
const la = () => loadavg().map((x) => x.toFixed(2)).join(' ');
if (mode === 'prep') {
  const files = synthCorpus(n, () => {});
  const dir = mkdtempSync(join(tmpdir(), 'nd-split-'));
  const app = await buildApp(loadConfig({}, { dataDir: dir, allowFetch: false, addThreads: 0 }));
  const items: unknown[] = [];
  let spent = 0, m0 = 0, k = 0;
  for (const f of files) for await (const it of app.read(f)) {
    if (!it.ok) continue;
    const doc = await it.doc;
    if (k++ === 200) { spent = 0; m0 = mainTicks(); } // warm-up excluded
    const c = cpu();
    const r = understandOnThread(doc, it.languageLater ?? null);
    spent += cpu() - c;
    items.push({ doc: withLanguageGuess(doc, r.guess), ann: r.ann, prepared: r.prepared ?? undefined });
  }
  await app.close(); rmSync(dir, { recursive: true, force: true });
  writeFileSync(file, serialize(items));
  console.log(`understand+prepare: ${(spent / (k - 200)).toFixed(2)} CPU ms/article (process), main thread ${((mainTicks() - m0) / (k - 200)).toFixed(2)}, after 200 warm-up; load ${la()}`);
} else {
  const items = deserialize(readFileSync(file)) as { doc: any; ann: any; prepared: any }[];
  for (let rep = 0; rep < Number(repsArg ?? 1); rep++) {
    const dir = mkdtempSync(join(tmpdir(), 'nd-split-'));
    const app = await buildApp(loadConfig({}, { dataDir: dir, allowFetch: false, addThreads: 0 }));
    const store = app.store;
    const now = () => new Date('2026-01-01T00:00:00Z');
    let tAdd = 0, tPlace = 0, count = 0, m0 = 0, w0 = 0;
    const B = Number(process.env.BATCH ?? 64);
    // WINDOW=K: each stage's CPU ms per article over each run of about K articles (whole batches), to see what grows with the store
    const W = Number(process.env.WINDOW ?? 0);
    const stages = W ? timeStages(store) : null;
    let printed = 0;
    for (let i = 0; i < items.length; i += B) {
      if (stages && i - printed >= W) (stages.print(printed, i), (printed = i));
      if (i === 256) { tAdd = 0; tPlace = 0; count = 0; m0 = mainTicks(); w0 = performance.now(); }
      const batch = items.slice(i, i + B);
      let c = cpu();
      const res = await store.addArticles(batch, now().toISOString());
      await store.logIngest(res.map((r: any, j) => ({ item: `i${i + j}`, status: r.status, articleId: r.id, code: null, message: null, at: now().toISOString() })));
      tAdd += cpu() - c; c = cpu();
      await placeQueued(store, { now });
      tPlace += cpu() - c;
      count += batch.length;
    }
    if (stages && items.length > printed) stages.print(printed, items.length);
    const wall = performance.now() - w0;
    await app.close(); rmSync(dir, { recursive: true, force: true });
    console.log(`store ${(tAdd / count).toFixed(2)} + stories ${(tPlace / count).toFixed(2)} = ${((tAdd + tPlace) / count).toFixed(2)} CPU ms/article (process); main thread ${((mainTicks() - m0) / count).toFixed(2)}; wall ${(wall / count).toFixed(2)}; after 256; load ${la()}`);
  }
}

/**
 * CPU per stage on this thread: the SQLite store's write steps (its afterStep hook ends each; what
 * follows the last one to the end of addArticles is the commit) and story placement's store calls
 * (the rest of placeQueued is its own work, "stories: scoring"). `print` gives each stage's CPU ms per
 * article since the last print, then starts again.
 */
function timeStages(store: any): { print: (from: number, to: number) => void } {
  const spent = new Map<string, number>();
  let stage = 'other';
  let since = cpu();
  const close = (done: string, next: string) => { const c = cpu(); spent.set(done, (spent.get(done) ?? 0) + c - since); since = c; stage = next; };
  const mark = (next: string) => close(stage, next);
  store.afterStep = (step: string) => close(`store: ${step}`, 'store: commit');
  const wrap = (name: string, inside: string, after: string) => {
    const f = store[name];
    store[name] = async (...a: unknown[]) => { mark(inside); try { return await f.apply(store, a); } finally { mark(after); } };
  };
  wrap('addArticles', 'store: commit', 'log');
  wrap('logIngest', 'log', 'stories: scoring');
  for (const m of ['storyQueue', 'getSummaries', 'getSentences', 'termStats', 'termArticles', 'storyOf', 'storyMembers', 'joinStory']) wrap(m, `stories: ${m}`, 'stories: scoring');
  return {
    print: (from, to) => {
      mark(stage);
      const n = to - from;
      const total = [...spent.values()].reduce((a, b) => a + b, 0);
      console.log(`articles ${from}-${to}: ${(total / n).toFixed(2)} CPU ms/article; ` + [...spent].filter(([, v]) => v / n >= 0.05).sort((a, b) => b[1] - a[1]).map(([s, v]) => `${s} ${(v / n).toFixed(2)}`).join(', '));
      spent.clear();
    },
  };
}
