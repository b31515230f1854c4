// npm run bench:ingest [-- --articles 2000 --data DIR --ingest-only --stages --threads N --after K]
//
// Ingest alone (read JSON Lines, understand, store, place stories) of the first N articles of the
// synthetic BBC corpus (bench/lib/synth.ts) into a fresh SQLite store, then the database's size per
// table and index (SQLite's dbstat) after `maintain()`. Prints articles/s wall and per CPU second
// (process.cpuUsage, which a shared machine inflates much less) with the load average beside them, and
// each thread's CPU per article (Linux), main thread first: with a core per busy thread, the wall time
// per article approaches the busiest thread's; on fewer cores, the total over the cores.
// `--after K` also prints the same figures for the articles after the first K (the same add, so the same
// understand threads): V8 spends much of a short run compiling, and a long ingest mostly runs compiled code.
// `--profile FILE` writes a CPU profile (main thread) of the articles after the first K (`--after`; all
// of them without it): V8 keeps compiling for the first thousand or so articles, so a profile of the whole
// run (`node --cpu-prof`) shows much that a long ingest does not spend. `--stages` splits the wall and CPU
// time by stage (read, understand with language detection, each of the SQLite store's write steps,
// commit, story placement). The CPU is process.cpuUsage at each mark, the whole process's: with
// understand threads (--threads, NEWSDESK_ADD_THREADS) a stage's CPU column also counts what those threads
// spent while the main thread ran it, and can exceed its wall time; the wall column is the main thread's.

import { parseArgs } from 'node:util';
import { Session } from 'node:inspector/promises';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { buildApp, loadConfig } from '../src/app.js';
import { RECORDS_PER_FILE, synthCorpus } from './lib/synth.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    data: { type: 'string' },
    // skip maintain() and the sizes
    'ingest-only': { type: 'boolean', default: false },
    // wall time per stage (the SQLite store's afterStep hook and the order add runs its stages in)
    stages: { type: 'boolean', default: false },
    // understand threads beside the main one (NEWSDESK_ADD_THREADS; default 0)
    threads: { type: 'string' },
    // also report the articles after the first K (as add reports its progress: a batch at a time)
    after: { type: 'string' },
    // a .cpuprofile of the main thread after the first K articles (--after), else of the whole ingest
    profile: { type: 'string' },
  },
});
const after = values.after === undefined ? null : Number(values.after);
if (after !== null && !(Number.isInteger(after) && after > 0 && after < Number(values.articles))) {
  console.error(`--after: expected a whole number of articles between 0 and --articles, got "${values.after}"`);
  process.exit(2);
}
const n = Number(values.articles);
if (!Number.isInteger(n) || n < RECORDS_PER_FILE || n % RECORDS_PER_FILE) {
  console.error(`--articles: expected a multiple of ${RECORDS_PER_FILE}, got "${values.articles}"`);
  process.exit(2);
}
const files = synthCorpus(n, () => {});
const dir = values.data ?? mkdtempSync(join(tmpdir(), 'newsdesk-ingest-'));
const threads = values.threads === undefined ? {} : { addThreads: Number(values.threads) };
const app = await buildApp(loadConfig({}, { dataDir: dir, allowFetch: false, ...threads }));
const la = () => loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`load average before: ${la()}; understand threads: ${app.config.addThreads ?? 0}`);
const spent = new Map<string, number>();
const spentCpu = new Map<string, number>();
let stage = 'start';
let since = performance.now();
let sinceCpu = process.cpuUsage();
/** The time since the last mark goes to `done` (the stage running until now); `next` runs from here. */
const close = (done: string, next: string) => {
  const t = performance.now();
  const c = process.cpuUsage();
  spent.set(done, (spent.get(done) ?? 0) + t - since);
  spentCpu.set(done, (spentCpu.get(done) ?? 0) + (c.user - sinceCpu.user + c.system - sinceCpu.system) / 1000);
  stage = next;
  since = t;
  sinceCpu = c;
};
const mark = (next: string) => close(stage, next);
if (values.stages) timeStages();
const profiler = values.profile ? new Session() : null;
if (profiler) {
  profiler.connect();
  await profiler.post('Profiler.enable');
  if (after === null) await profiler.post('Profiler.start');
}
const threadCpu = watchThreads();
const t0 = performance.now();
const c0 = process.cpuUsage();
type Warm = { t: number; cpu: NodeJS.CpuUsage; done: number; added: number; threads: Map<string, number> | null; stagesCpu: Map<string, number> };
// (set in the progress callback: the cast keeps TypeScript from taking it for null for good)
let warm = null as Warm | null;
const report = await app.desk.add(
  (async function* () {
    for (const f of files) {
      for await (const item of app.read(f)) {
        if (values.stages) mark('understand'); // add detects the language of and annotates each item as it arrives (no threads)
        yield item;
        if (values.stages) mark('read (parse)');
      }
    }
  })(),
  (p) => {
    if (after !== null && warm === null && p.done >= after) {
      warm = { t: performance.now(), cpu: process.cpuUsage(), done: p.done, added: p.added, threads: threadCpu.now(), stagesCpu: new Map(spentCpu) };
      void profiler?.post('Profiler.start');
    }
  },
);
if (values.stages) mark('end');
if (profiler) {
  const { profile } = await profiler.post('Profiler.stop');
  writeFileSync(values.profile!, JSON.stringify(profile));
  profiler.disconnect();
}
const secs = (performance.now() - t0) / 1000;
const c = process.cpuUsage(c0);
const cpu = (c.user + c.system) / 1e6;
const added = report.added.length;
console.log(`ingested ${added} (+${report.duplicates.length} dup, ${report.failed.length} failed) in ${secs.toFixed(1)} s wall, ${cpu.toFixed(1)} s CPU`);
console.log(`ingest: ${(added / secs).toFixed(1)} articles/s wall, ${(added / cpu).toFixed(1)} articles per CPU s; load average after: ${la()}`);
const perThread = threadCpu.total();
if (perThread) {
  // On an idle machine with a core per busy thread, wall time per article approaches the busiest thread's CPU.
  const [main, ...others] = perThread;
  console.log(`CPU ms per article by thread: main ${(main / added).toFixed(2)}; others, busiest first: ${others.slice(0, 4).map((t) => (t / added).toFixed(2)).join(', ')} (sum of all threads ${(perThread.reduce((a, b) => a + b, 0) / added).toFixed(2)})`);
}
if (warm) {
  const m = warm;
  const n = added - m.added;
  // to the same end as the whole run's figures
  const cpu2 = cpu - (m.cpu.user - c0.user + m.cpu.system - c0.system) / 1e6;
  const secs2 = secs - (m.t - t0) / 1000;
  console.log(`after the first ${m.done} (${n} added): ${(n / secs2).toFixed(1)} articles/s wall, ${(n / cpu2).toFixed(1)} articles per CPU s, ${((1000 * cpu2) / n).toFixed(2)} CPU ms per article`);
  const t2 = threadCpu.since(m.threads);
  if (t2) {
    const [main, ...others] = t2;
    console.log(`  CPU ms per article by thread after them: main ${(main / n).toFixed(2)}; others, busiest first: ${others.slice(0, 4).map((t) => (t / n).toFixed(2)).join(', ')} (sum of all threads ${(t2.reduce((a, b) => a + b, 0) / n).toFixed(2)})`);
  }
}
if (values.stages) {
  spent.delete('start');
  spentCpu.delete('start');
  const all = [...spent.values()].reduce((a, b) => a + b, 0);
  const allCpu = [...spentCpu.values()].reduce((a, b) => a + b, 0);
  // with --after: each stage's CPU per article over the first K and over the rest (how it grows with the store)
  const w = warm;
  const split = w ? `  ${`first ${w.added}`.padStart(10)}  ${`last ${added - w.added}`.padStart(10)}` : '';
  console.log(`  ${'stage'.padEnd(28)} ${'wall'.padStart(7)}    ${'share'.padStart(5)}  ${'ms/article'.padStart(10)}  ${'CPU ms/article'.padStart(14)}  CPU share${split}`);
  for (const [k, ms] of [...spent].sort((a, b) => (spentCpu.get(b[0]) ?? 0) - (spentCpu.get(a[0]) ?? 0))) {
    const cpu = spentCpu.get(k) ?? 0;
    const early = w?.stagesCpu.get(k) ?? 0;
    const cols = w ? `  ${(early / w.added).toFixed(2).padStart(10)}  ${((cpu - early) / (added - w.added)).toFixed(2).padStart(10)}` : '';
    console.log(`  ${k.padEnd(28)} ${(ms / 1000).toFixed(1).padStart(7)} s  ${((100 * ms) / all).toFixed(1).padStart(5)}%  ${(ms / added).toFixed(2).padStart(10)}  ${(cpu / added).toFixed(2).padStart(14)}  ${((100 * cpu) / allCpu).toFixed(1).padStart(8)}%${cols}`);
  }
}

/**
 * Each thread's CPU over the run (`total`) or since a reading (`now`, then `since`), main thread first,
 * then the others busiest first (Linux: every task's utime + stime from /proc, read each 200 ms so that
 * threads that end before the run does, such as add's understand threads, are counted up to their last
 * reading). Null where /proc is not there.
 */
function watchThreads(): { total: () => number[] | null; now: () => Map<string, number> | null; since: (m: Map<string, number> | null) => number[] | null } {
  const dir = '/proc/self/task';
  if (!existsSync(dir)) return { total: () => null, now: () => null, since: () => null };
  const tick = 1000 / 100; // ms per clock tick (USER_HZ is 100 on Linux)
  const read = () => {
    const out = new Map<string, number>();
    for (const t of readdirSync(dir)) {
      try {
        // the fields after the command's closing parenthesis; utime and stime are the 12th and 13th
        const f = readFileSync(`${dir}/${t}/stat`, 'utf8').split(') ')[1].split(' ');
        out.set(t, (Number(f[11]) + Number(f[12])) * tick);
      } catch {
        // the thread ended between the listing and the read
      }
    }
    return out;
  };
  const first = read();
  const last = new Map(first);
  const update = () => { for (const [t, ms] of read()) last.set(t, ms); };
  const timer = setInterval(update, 200);
  const spentSince = (from: Map<string, number>) => {
    const spent = new Map([...last].map(([t, ms]) => [t, ms - (from.get(t) ?? 0)]));
    const main = spent.get(String(process.pid)) ?? 0;
    spent.delete(String(process.pid));
    return [main, ...[...spent.values()].sort((a, b) => b - a)];
  };
  return {
    total: () => {
      clearInterval(timer);
      update();
      return spentSince(first);
    },
    now: () => {
      update();
      return new Map(last);
    },
    // (after total(), which took the last reading)
    since: (m) => (m ? spentSince(m) : null),
  };
}

/**
 * Marks the stages: the store's write steps (afterStep ends each), its commit (the rest of
 * addArticles), the ingest log, and story placement (from its first read of the queue to the next
 * item). Only the SQLite store has every hook; a bench of its own, so wrapping methods is fair here.
 */
function timeStages(): void {
  const store = app.store as unknown as Record<string, unknown> & { afterStep: ((s: string) => void) | null };
  if (!('afterStep' in store)) throw new Error('--stages needs a store with the afterStep hook');
  // a step ends at its hook; what follows the last one, to the end of addArticles, is the commit
  store.afterStep = (step) => close(`store: ${step}`, 'store: commit');
  const wrap = (name: string, before: string, after: string | null) => {
    const f = store[name] as (...a: unknown[]) => Promise<unknown>;
    store[name] = async (...a: unknown[]) => {
      mark(before);
      const r = await f.apply(store, a);
      if (after) mark(after);
      return r;
    };
  };
  wrap('addArticles', 'store: commit', 'log');
  wrap('logIngest', 'log', 'stories');
  // story placement's reads and its one write per article
  for (const m of ['storyQueue', 'getSummaries', 'getSentences', 'termStats', 'termArticles', 'storyOf', 'storyMembers', 'joinStory']) {
    wrap(m, `stories: ${m}`, 'stories');
  }
}

if (!values['ingest-only']) {
  await app.store.maintain();
  const st = await app.store.storage();
  await app.close();
  const db = new Database(join(dir, 'newsdesk.db'), { readonly: true });
  console.log(`storage after maintain: ${st.bytes} bytes, ${(st.bytes / st.articles / 1024).toFixed(1)} KiB per article, ${(st.bytes / st.textChars).toFixed(2)}× the ${st.textChars} characters of text`);
  const rows = db.prepare('SELECT name, sum(pgsize) AS b FROM dbstat GROUP BY name ORDER BY b DESC').all() as { name: string; b: number }[];
  for (const r of rows.filter((r) => r.b >= st.bytes / 200)) {
    console.log(`  ${r.name.padEnd(32)} ${(r.b / 1024).toFixed(0).padStart(7)} KiB  ${((100 * r.b) / st.bytes).toFixed(1).padStart(5)}%`);
  }
  db.close();
} else {
  await app.close();
}
if (!values.data) rmSync(dir, { recursive: true, force: true });
