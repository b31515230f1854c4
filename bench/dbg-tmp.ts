import { readFileSync } from 'node:fs';
import { annotate } from '../src/understand/index.js';
const [,, id, pat] = process.argv;
let text: string;
if (id.startsWith('bbc/')) text = readFileSync('/work/shared/bench-data/' + id, 'utf8');
else { const gt = JSON.parse(readFileSync('/work/shared/bench-data/article-extraction/ground-truth.json', 'utf8')); text = gt[Object.keys(gt).find((k) => k.startsWith(id.slice(4)))!].articleBody; }
const a = annotate({ text, published: null });
const name = new Map(a.entities.map((e) => [e.key, `${e.name}/${e.type}`]));
console.log(a.entities.map((e) => `${e.name}/${e.type}`).join('; '));
for (const s of a.sentences) {
  const st = text.slice(s.start, s.end);
  if (pat && !new RegExp(pat).test(st)) continue;
  console.log(`[${s.index}] ${st}`);
  for (const l of a.coref ?? []) if (l.sentence === s.index) console.log(`    ${l.text} → ${name.get(l.entity)} ${l.confidence}`);
  for (const q of a.quotes) if (q.sentence === s.index) console.log(`    Q "${q.text.slice(0, 30)}" ${q.speakerText} → ${q.speaker && name.get(q.speaker)} (${q.cue})`);
}
