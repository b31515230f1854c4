import { readFileSync, readdirSync } from 'node:fs';
import { annotate } from '../src/understand/index.js';
const used = new Set<string>();
for (const sp of ['dev', 'test']) for (const l of readFileSync(`test/understand-sets/${sp}/quotes.jsonl`, 'utf8').split('\n').filter(Boolean)) used.add(JSON.parse(l).article);
const cat = process.argv[2]; const skip = Number(process.argv[3] ?? 0);
const files = readdirSync(`/work/shared/bench-data/bbc/${cat}`).filter((f) => !used.has(`bbc/${cat}/${f}`)).slice(skip, skip + 4);
for (const f of files) {
  const text = readFileSync(`/work/shared/bench-data/bbc/${cat}/${f}`, 'utf8');
  const a = annotate({ text, published: null });
  const name = (k: string | null) => (k ? a.entities.find((e) => e.key === k)?.name : null);
  console.log('==', f);
  for (const q of a.quotes) {
    const s = a.sentences[q.sentence];
    console.log(`  "${q.text.slice(0, 40)}" ${q.partial ? 'P' : 'F'} ${q.speakerText} → ${name(q.speaker)} (${q.cue}) || ${text.slice(s.start, s.end).replace(/\n/g, ' ').slice(0, 150)}`);
  }
}
