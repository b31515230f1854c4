// npm run fit:confidence — fits the logistic confidence model (src/query/ask/confidence.ts) on the
// QA sets: each question's proposed answer (given or withheld) is labelled right or wrong, and the
// weights that best predict it are printed with the reliability table they give.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildApp, loadConfig } from '../src/app.js';
import { answerQuestion } from '../src/query/index.js';
import { FEATURE_NAMES, WEIGHTS, confidence, type Features } from '../src/query/ask/confidence.js';
import { judge, parseQa } from './lib/qa.js';

const ROOT = resolve(import.meta.dirname, '..');
const BBC = resolve(ROOT, '../shared/bench-data/bbc');
const sets = [
  { corpus: [join(ROOT, 'sample')], qa: join(ROOT, 'test/qa/seeds.jsonl') },
  { corpus: readFileSync(join(ROOT, 'test/qa/bbc-corpus.txt'), 'utf8').trim().split('\n').map((f) => join(BBC, f)), qa: join(ROOT, 'test/qa/bbc.jsonl') },
];

const rows: { f: Features; y: number; id: string }[] = [];
for (const set of sets) {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-fit-'));
  const app = await buildApp(loadConfig({}, { dataDir: dir, allowFetch: false }));
  for (const c of set.corpus) await app.desk.add(app.read(c));
  for (const c of parseQa(readFileSync(set.qa, 'utf8'))) {
    const r = await answerQuestion(app.store, c.question);
    if (!r.features) continue;
    const shown = r.answer.abstained ? r.proposed : { answer: r.answer.answer!, citations: r.answer.citations };
    const asGiven = { ...r.answer, abstained: !shown, answer: shown?.answer ?? null, citations: shown?.citations ?? [] };
    const y = c.answers.length === 0 ? 0 : judge(c, asGiven).correct ? 1 : 0;
    rows.push({ f: r.features, y, id: c.id });
  }
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}

// Logistic regression by gradient descent with a little L2, features as they are (all roughly 0..1).
function fit(subset: typeof rows): number[] {
  const x = subset.map((r) => [1, ...FEATURE_NAMES.map((k) => r.f[k])]);
  const w = new Array(FEATURE_NAMES.length + 1).fill(0);
  const lambda = 0.02;
  for (let it = 0; it < 20000; it++) {
    const g = new Array(w.length).fill(0);
    subset.forEach((r, i) => {
      const p = 1 / (1 + Math.exp(-x[i].reduce((s, v, j) => s + v * w[j], 0)));
      x[i].forEach((v, j) => (g[j] += (p - r.y) * v));
    });
    w.forEach((_, j) => (w[j] -= 0.5 * (g[j] / subset.length + (j ? lambda * w[j] : 0))));
  }
  return w;
}
const w = fit(rows);

function table(weights: number[], label: string) {
  console.log(`\n${label}: weights [${weights.map((v) => v.toFixed(2)).join(', ')}]`);
  const bins = [0, 0.3, 0.5, 0.7, 0.85, 1.01];
  for (let b = 0; b < bins.length - 1; b++) {
    const inBin = rows.filter((r) => {
      const c = confidence(r.f, weights);
      return c >= bins[b] && c < bins[b + 1];
    });
    const acc = inBin.length ? inBin.filter((r) => r.y).length / inBin.length : NaN;
    console.log(`  ${bins[b].toFixed(2)}–${Math.min(1, bins[b + 1]).toFixed(2)}  n=${String(inBin.length).padStart(3)}  right ${Number.isNaN(acc) ? '—' : (100 * acc).toFixed(0) + '%'}`);
  }
  const ll = rows.reduce((s, r) => {
    const p = Math.min(1 - 1e-9, Math.max(1e-9, confidence(r.f, weights)));
    return s - (r.y ? Math.log(p) : Math.log(1 - p));
  }, 0);
  console.log(`  log loss ${(ll / rows.length).toFixed(3)} over ${rows.length} questions (${rows.filter((r) => r.y).length} right proposals)`);
}
table(WEIGHTS, 'current');
table(w, 'fitted');

// Out-of-fold check: 5 folds, each question scored by weights fitted without it, so the table
// says how the model does on questions it has not seen.
const folds = 5;
const oof = rows.map((r, i) => ({ ...r, fold: i % folds, c: 0 }));
for (let k = 0; k < folds; k++) {
  const wk = fit(oof.filter((r) => r.fold !== k));
  for (const r of oof) if (r.fold === k) r.c = confidence(r.f, wk);
}
console.log('\nout-of-fold (5-fold cross-validation):');
for (const [lo, hi] of [[0, 0.5], [0.5, 0.7], [0.7, 1.01]]) {
  const inBin = oof.filter((r) => r.c >= lo && r.c < hi);
  console.log(`  ${lo.toFixed(2)}–${Math.min(1, hi).toFixed(2)}  n=${String(inBin.length).padStart(3)}  right ${inBin.length ? ((100 * inBin.filter((r) => r.y).length) / inBin.length).toFixed(0) + '%' : '—'}`);
}
console.log(`\npaste into src/query/ask/confidence.ts:\nexport const WEIGHTS = [${w.map((v) => v.toFixed(2)).join(', ')}];`);
