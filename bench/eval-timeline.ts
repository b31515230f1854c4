// Timelines on real articles, for reading: the two seeds (with their META.json dates) and the first N
// BBC politics articles (no dates: only absolute dates in the text can place an event), ingested
// through the real pipeline into a temporary desk, then one timeline per corpus.
// Run: node --import tsx bench/eval-timeline.ts [--n 20] [--undated]
// Prints the number of entries per article and every entry on one line, for eyeballing
// (date, granularity, where the date came from, CAMEO root, trigger, actor → target @ place, modality;
// a role no entity fills is its noun phrase with its CAMEO actor type, "police [COP]").

import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp, loadConfig } from '../src/app.js';
import type { ArticleView } from '../src/model/index.js';
import { buildTimeline, type TimelineEntry } from '../src/query/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bbcDir = process.env.BBC_DIR ?? join(root, '..', 'shared', 'bench-data', 'bbc');
const arg = (name: string) => process.argv[process.argv.indexOf(name) + 1];
const n = process.argv.includes('--n') ? Number(arg('--n')) : 20;
const undated = process.argv.includes('--undated');

const dir = mkdtempSync(join(tmpdir(), 'newsdesk-eval-timeline-'));
const app = await buildApp(loadConfig({}, { dataDir: dir, allowFetch: false }), { now: () => new Date('2026-01-01T00:00:00Z') });
try {
  const seeds = await app.desk.add(app.read(join(root, 'sample')));
  const files = readdirSync(join(bbcDir, 'politics')).filter((f) => f.endsWith('.txt')).sort().slice(0, n);
  const bbc = { added: [] as { id: string }[] };
  for (const f of files) bbc.added.push(...(await app.desk.add(app.read(join(bbcDir, 'politics', f)))).added);
  const load = async (ids: { id: string }[]) => Promise.all(ids.map(async (a) => (await app.desk.article(a.id))!));
  report('seeds', await load(seeds.added));
  report(`BBC politics (${files.length})`, await load(bbc.added));
} finally {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}

function report(name: string, views: ArticleView[]): void {
  const tl = buildTimeline(views, { undated });
  const per = new Map<string, number>();
  for (const e of tl) per.set(e.articleId, (per.get(e.articleId) ?? 0) + 1);
  const from = (k: string) => tl.filter((e) => e.dateFrom === k).length;
  console.log(`\n== ${name}: ${views.length} articles, ${tl.length} entries (text ${from('text')}, published ${from('published')}, revised ${from('revised')}, undated ${tl.filter((e) => e.date === null).length}); ${tl.filter((e) => e.alsoIn.length).length} with alsoIn, ${tl.filter((e) => e.revises).length} revising`);
  for (const v of views) console.log(`  ${String(per.get(v.id) ?? 0).padStart(3)}  ${v.published ?? '(no date)'}  ${v.title.slice(0, 70)}`);
  for (const e of tl) console.log('  ' + line(e));
}

function line(e: TimelineEntry): string {
  // a role no entity fills: the noun phrase with its CAMEO actor type, "police [COP]"
  const role = (name: string | undefined, phrase: string | null, type: string | null) => name ?? (phrase ? `${phrase} [${type ?? '-'}]` : '-');
  const who = `${role(e.actor?.name, e.actorPhrase, e.actorCameoType)} → ${role(e.target?.name, e.targetPhrase, e.targetCameoType)}${e.place ? ` @ ${e.place.name}` : ''}`;
  const extra = [e.cue && `cue "${e.cue}"`, e.alsoIn.length && `alsoIn ${e.alsoIn.length}`, e.revises && `revises ${e.revises.kind}`].filter(Boolean).join(', ');
  return `${e.date ?? '(undated)'} [${e.granularity ?? '-'}/${e.dateFrom ?? '-'}${e.dateText ? ` "${e.dateText}"` : ''}] ${e.cameo} ${e.trigger}: ${who} ${e.modality}${extra ? ` (${extra})` : ''}\n      ${e.articleId}#${e.sentenceIndex}: ${e.sentence.slice(0, 160)}`;
}
