// Dev tuning aid: questions whose right answer is among the candidates but loses to a candidate from
// another sentence; prints both sentences with their sentence-level features. Dev split only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerQuestion } from '../src/query/index.js';
import { judge, parseQa } from './lib/qa.js';
import { ROOT, benchApp } from './lib/corpus.js';

const SENT = ['coverage', 'content', 'names', 'articleNames', 'articleScore', 'relatives', 'windowContent', 'articleContent', 'rank', 'predicate', 'proximity', 'head', 'slot'];
const app = await benchApp();
let n = 0;
for (const set of (process.argv[2] ?? 'bbc,web').split(',')) {
  for (const c of parseQa(readFileSync(join(ROOT, 'test/qa/dev', `${set}.jsonl`), 'utf8'))) {
    if (!c.answers.length) continue;
    const r = await answerQuestion(app.store, c.question, { today: null });
    const ok = (t: string) => judge(c, { ...r.answer, abstained: false, answer: t }).correct;
    const best = r.candidates[0];
    if (!best || ok(best.text)) continue;
    const right = r.candidates.find((x) => ok(x.text));
    if (!right || right.evidence === best.evidence) continue;
    n++;
    const f = (x: typeof best) => SENT.map((k) => `${k}=${+(x.features as unknown as Record<string, number>)[k].toFixed(2)}`).join(' ');
    console.log(`\n#${n} ${c.id} ? ${c.question}  want ${JSON.stringify(c.answers)}`);
    console.log(`  WIN ${best.p.toFixed(2)} "${best.text}" ${f(best)}\n      ${best.evidence.hit.text.slice(0, 260)}`);
    console.log(`  GOLD ${right.p.toFixed(2)} "${right.text}" ${f(right)}\n      ${right.evidence.hit.text.slice(0, 260)}`);
  }
}
await app.close();
