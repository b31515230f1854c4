// Search relevance without a labelled search set: the dev QA questions (never the test split) carry the
// text of the sentence that answers them ("evidence"). The synthetic bench corpus (bench/lib/synth.ts)
// reuses the BBC articles' paragraphs, so that sentence is in some of its articles. Each question is
// searched two ways (its first four index terms, as the latency benches search, and the whole question),
// and a result counts when its article holds the evidence. Prints hit@1, hit@10 and MRR@10 over the
// questions whose evidence some result of either version could hold; printed, never asserted.
//   node --import tsx bench/search-evidence.ts DIR [--out FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp, loadConfig } from '../src/app.js';
import { queryTerms } from '../src/understand/index.js';
import { ROOT } from './lib/corpus.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
const dir = positionals[0];
if (!dir) {
  console.error('usage: bench/search-evidence.ts DIR [--out FILE]');
  process.exit(2);
}
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const cases: { question: string; evidence: string }[] = [];
for (const f of ['test/qa/dev/bbc.jsonl', 'test/qa/dev/web.jsonl']) {
  for (const line of readFileSync(join(ROOT, f), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const c = JSON.parse(line);
    if (typeof c.evidence === 'string' && c.evidence.length >= 20) cases.push({ question: c.question, evidence: norm(c.evidence) });
  }
}
const app = await buildApp(loadConfig({}, { dataDir: dir, allowFetch: false, databaseUrl: null }));
const texts = new Map<string, string>();
const textOf = async (id: string) => {
  if (!texts.has(id)) texts.set(id, norm((await app.store.getArticle(id))?.text ?? ''));
  return texts.get(id)!;
};
const out: Record<string, number[]> = {};
for (const [mode, query] of [['four terms', (q: string) => queryTerms(q).slice(0, 4).join(' ')], ['whole question', (q: string) => q]] as const) {
  let h1 = 0, h10 = 0, rr = 0;
  for (const c of cases) {
    const ids = (await app.desk.search(query(c.question), 10)).map((r) => r.article.id);
    const hits: number[] = [];
    for (let i = 0; i < ids.length; i++) if ((await textOf(ids[i])).includes(c.evidence)) hits.push(i);
    out[`${mode}: ${c.question}`] = hits;
    if (hits[0] === 0) h1++;
    if (hits.length) (h10++, (rr += 1 / (hits[0] + 1)));
  }
  console.log(`${mode}: ${cases.length} questions with evidence; hit@1 ${h1}, hit@10 ${h10}, MRR@10 ${(rr / cases.length).toFixed(3)}`);
}
if (values.out) writeFileSync(values.out, JSON.stringify(out, null, 1));
await app.close();
