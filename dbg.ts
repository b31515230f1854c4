import { answerQuestion } from './src/query/index.js';
import { benchApp } from './bench/lib/corpus.js';
const app = await benchApp();
const r = await answerQuestion(app.store, process.argv[2], { today: null });
console.log(JSON.stringify(r.question.when), r.question.quantity, r.question.duration, r.question.head);
for (const e of r.evidence.slice(0, 8)) console.log(e.hit.articleId.slice(0, 12), e.hit.index, e.coverage.toFixed(2), e.windowContent.toFixed(2), e.hit.text.slice(0, 120));
await app.close();
