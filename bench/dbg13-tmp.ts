import { readFileSync, readdirSync } from 'node:fs';
import { splitSentences } from '../src/understand/index.js';
import { findEntities } from '../src/understand/entities.js';
import { findCoref, Coref } from '../src/understand/coref.js';
import { tokenize } from '../src/understand/tokens.js';
const arts: any[] = [];
for (const topic of ['politics', 'business', 'tech', 'entertainment', 'sport']) for (const f of readdirSync(`/work/shared/bench-data/bbc/${topic}`).sort().slice(0, 80)) {
  const text = readFileSync(`/work/shared/bench-data/bbc/${topic}/${f}`, 'utf8'); const s = splitSentences(text); const { entities, mentions } = findEntities(text, s);
  arts.push({ text, s, entities, mentions, tokens: tokenize(text, s) });
}
for (let r = 0; r < 3; r++) {
  let t = performance.now(); for (const a of arts) findCoref(a.text, a.s, a.entities, a.mentions, a.tokens); const c = performance.now() - t;
  t = performance.now(); for (const a of arts) new Coref(a.s, a.tokens, a.entities, a.mentions); const k = performance.now() - t;
  t = performance.now(); for (const a of arts) tokenize(a.text, a.s); const tk = performance.now() - t;
  console.log(`findCoref ${c.toFixed(0)} ms, new Coref ${k.toFixed(0)} ms, tokenize ${tk.toFixed(0)} ms for ${arts.length}`);
}
