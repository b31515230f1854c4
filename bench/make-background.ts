// npm run make:background — general news article frequencies (src/query/data/background-df.json), the
// prior that story signatures start from while a desk is small. Made from the BBC articles that are in
// no labelled story set (test/story-sets), so neither split's articles inform it. Terms in fewer than
// 2 articles are left out (absent = rare).

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { indexTerms } from '../src/understand/terms.js';
import { BENCH_DATA, ROOT } from './lib/corpus.js';
import { readStorySet } from './lib/stories.js';

const labelled = new Set([...readStorySet('dev'), ...readStorySet('test')].flatMap((s) => s.articles));
const df = new Map<string, number>();
let n = 0;
for (const cat of ['business', 'entertainment', 'politics', 'sport', 'tech']) {
  for (const f of readdirSync(join(BENCH_DATA, 'bbc', cat)).filter((f) => f.endsWith('.txt')).sort()) {
    if (labelled.has(`${cat}/${f}`)) continue;
    const body = readFileSync(join(BENCH_DATA, 'bbc', cat, f), 'utf8').split('\n').slice(1).join('\n');
    for (const t of new Set(indexTerms(body))) df.set(t, (df.get(t) ?? 0) + 1);
    n++;
  }
}
const kept = Object.fromEntries([...df].filter(([, c]) => c >= 2).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
const out = resolve(ROOT, 'src/query/data/background-df.json');
writeFileSync(out, JSON.stringify({ source: 'BBC News 2004-05 articles outside the labelled story sets (bench/make-background.ts)', articles: n, df: kept }) + '\n');
console.log(`${n} articles, ${Object.keys(kept).length} terms → ${out}`);
