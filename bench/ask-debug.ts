// npm run ask:debug -- "question" [more questions]: the top answer candidates of each question over the
// QA bench corpus (dev tuning aid), with the features the ranker reads and its probability.
import { answerQuestion } from '../src/query/index.js';
import { RANK_FEATURES } from '../src/query/ask/score.js';
import { benchApp } from './lib/corpus.js';

const app = await benchApp();
for (const q of process.argv.slice(2)) {
  const r = await answerQuestion(app.store, q, { today: null });
  console.log(`\n? ${q}\n  type ${r.question.type} head ${r.question.head ?? '-'} names ${JSON.stringify(r.question.names)} → ${r.answer.abstained ? 'ABSTAIN ' : ''}${r.answer.answer ?? 'null'} (${r.answer.confidence?.toFixed(2)})`);
  const top = [...r.candidates].sort((a, b) => (b.p ?? 0) - (a.p ?? 0)).slice(0, 6);
  for (const c of top) {
    const f = c.features as unknown as Record<string, number>;
    console.log(`  ${c.p.toFixed(3)} ${JSON.stringify(c.text)} [${c.span?.kind ?? "sentence"}] ${RANK_FEATURES.map((n) => `${n}=${typeof f[n] === 'number' ? +f[n].toFixed(2) : f[n]}`).join(' ')}`);
    console.log(`      ${c.evidence.hit.text.slice(0, 220)}`);
  }
}
await app.close();
