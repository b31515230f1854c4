// npm run bench:same-output -- --articles 1000 --out FILE [--data DIR] [--threads N]
//
// Ingests the first N synthetic articles (bench/lib/synth.ts, as bench:ingest does) into a fresh
// SQLite store, then writes everything the store holds as sorted JSON lines to FILE: every row of
// every table (blobs as their sha256, FTS5's shadow tables included), and each article as
// `getArticle` and `getSentences` give it back. Two codes that should give the same output are
// compared by running this with each and diffing the files (`cmp a b`). Story signatures are written
// as their decoded JSON (values and key order), not as the sha256 of their stored bytes, so that a
// change of their storage format alone compares equal. What differs between two
// runs of the same code is set aside: the ingest time (`*_at` columns, and any value holding a
// timestamp of today) and the checkout's path (the input files' paths).

import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { buildApp, loadConfig } from '../src/app.js';
import { ROOT } from './lib/corpus.js';
import { RECORDS_PER_FILE, synthCorpus } from './lib/synth.js';
import { readStorySignature } from '../src/store/rows.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    out: { type: 'string' },
    data: { type: 'string' },
    threads: { type: 'string' },
  },
});
const n = Number(values.articles);
if (!Number.isInteger(n) || n < RECORDS_PER_FILE || n % RECORDS_PER_FILE) {
  console.error(`--articles: expected a multiple of ${RECORDS_PER_FILE}, got "${values.articles}"`);
  process.exit(2);
}
if (!values.out) {
  console.error('--out: the file to write the dump to is required');
  process.exit(2);
}
const files = synthCorpus(n, () => {});
const dir = values.data ?? mkdtempSync(join(tmpdir(), 'newsdesk-same-'));
const threads = values.threads === undefined ? {} : { addThreads: Number(values.threads) };
const app = await buildApp(loadConfig({}, { dataDir: dir, allowFetch: false, ...threads }));
const c0 = process.cpuUsage();
const report = await app.desk.add(
  (async function* () {
    for (const f of files) yield* app.read(f);
  })(),
);
const c = process.cpuUsage(c0);
console.log(`ingested ${report.added.length} (+${report.duplicates.length} dup, ${report.failed.length} failed), ${((c.user + c.system) / 1e3 / Math.max(1, report.added.length)).toFixed(2)} ms CPU per article`);

const today = new Date().toISOString().slice(0, 10);
const NOW = new RegExp(`${today}T[0-9:.]+Z`, 'g');
const clean = (s: string) => s.replaceAll(ROOT, '<root>').replace(NOW, '<now>');
const value = (v: unknown): unknown =>
  Buffer.isBuffer(v) ? `sha256:${createHash('sha256').update(v).digest('hex')}` : typeof v === 'string' ? clean(v) : v;
const lines: string[] = [];

// the store's API: each article and its sentences as readers get them
const ids = (await app.store.listArticles({ limit: 1_000_000 })).map((a) => a.id).sort();
for (const id of ids) {
  lines.push(clean(JSON.stringify({ article: id, view: await app.store.getArticle(id) })));
  lines.push(clean(JSON.stringify({ sentences: id, hits: await app.store.getSentences(id, 'all') })));
}
await app.close();

// every table, row by row
const db = new Database(join(dir, 'newsdesk.db'), { readonly: true });
const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
for (const t of tables) {
  let rows: Record<string, unknown>[];
  try {
    rows = db.prepare(`SELECT * FROM "${t}"`).all() as Record<string, unknown>[];
  } catch {
    continue; // a virtual table itself (its shadow tables are read instead)
  }
  const cell = (k: string, v: unknown) => (t === 'story_articles' && k === 'signature' ? readStorySignature(v) : value(v));
  const out = rows.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).filter(([k]) => !k.endsWith('_at')).map(([k, v]) => [k, cell(k, v)])))).sort();
  lines.push(`table ${t}: ${out.length} rows`);
  for (const r of out) lines.push(`${t} ${r}`);
}
db.close();
writeFileSync(values.out, lines.join('\n') + '\n');
console.log(`${ids.length} articles, ${tables.length} tables, ${lines.length} lines → ${values.out}`);
if (!values.data) rmSync(dir, { recursive: true, force: true });
