// Scores the HTML importer on the public article-extraction benchmark (scrapinghub, 181 pages).
// Metric as the benchmark defines it: 4-token shingles over \w+ tokens, per-page TP/FP/FN
// normalised to sum 1, mean precision and recall over pages, F1 of the means; accuracy is the
// share of pages whose token list equals the truth exactly.
// Usage: npm run eval:extract [-- --data DIR] [-- --worst N]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../src/ingest/decode.js';
import { htmlToDocument } from '../src/ingest/html.js';

const args = process.argv.slice(2);
const argOf = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = argOf('--data') ?? '/work/shared/bench-data/article-extraction';
const worst = Number(argOf('--worst') ?? 0);
const only = argOf('--only');

const TOKEN = /[\p{L}\p{N}_]+/gu;
const tokens = (s: string) => s.match(TOKEN) ?? [];

function shingles(text: string, n = 4): Map<string, number> {
  const t = tokens(text);
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - n + 1); i++) {
    const sh = t.slice(i, i + n).join(' ');
    if (sh) out.set(sh, (out.get(sh) ?? 0) + 1);
  }
  return out;
}

function tpFpFn(truth: string, pred: string): [number, number, number] {
  const a = shingles(truth);
  const b = shingles(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key) ?? 0;
    const y = b.get(key) ?? 0;
    tp += Math.min(x, y);
    fp += Math.max(0, y - x);
    fn += Math.max(0, x - y);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

const precisionScore = (tp: number, fp: number, fn: number) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
const recallScore = (tp: number, fp: number, fn: number) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

const truth = JSON.parse(readFileSync(join(dataDir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
const files = readdirSync(join(dataDir, 'html')).filter((f) => f.endsWith('.html.gz')).sort();
const started = performance.now();
const rows: { id: string; tp: number; fp: number; fn: number; exact: boolean; p: number; r: number }[] = [];
let failures = 0;
for (const f of files) {
  const id = f.replace(/\.html\.gz$/, '');
  if (only && id !== only) continue;
  const gt = truth[id];
  if (!gt) continue;
  const bytes = gunzipSync(readFileSync(join(dataDir, 'html', f)));
  const decoded = decodeBytes(bytes, { item: f });
  let pred = '';
  if (decoded.ok) {
    const res = htmlToDocument({ html: decoded.value, origin: f, url: gt.url });
    if (res.ok) pred = res.value.text;
    else failures++;
  } else failures++;
  if (only) console.log(pred);
  const [tp, fp, fn] = tpFpFn(gt.articleBody, pred);
  const exact = tokens(gt.articleBody).join(' ') === tokens(pred).join(' ');
  rows.push({ id, tp, fp, fn, exact, p: precisionScore(tp, fp, fn), r: recallScore(tp, fp, fn) });
}
const seconds = (performance.now() - started) / 1000;
const precision = mean(rows.filter((r) => r.tp + r.fp > 0).map((r) => r.p));
const recall = mean(rows.filter((r) => r.tp + r.fn > 0).map((r) => r.r));
const f1 = (2 * precision * recall) / (precision + recall);
const accuracy = rows.filter((r) => r.exact).length / rows.length;

console.log(`newsdesk html importer on ${rows.length} pages (${failures} failed to extract) in ${seconds.toFixed(1)} s`);
console.log(`F1=${f1.toFixed(3)}  precision=${precision.toFixed(3)}  recall=${recall.toFixed(3)}  accuracy=${accuracy.toFixed(3)}`);
console.log(`
| tool | F1 | precision | recall |
|---|---|---|---|
| **newsdesk (this run)** | **${f1.toFixed(3)}** | **${precision.toFixed(3)}** | **${recall.toFixed(3)}** |
| rs_trafilatura | 0.970 | 0.951 | 0.990 |
| Zyte AutoExtract (2019, commercial) | 0.970 | 0.984 | 0.956 |
| go_trafilatura | 0.960 | 0.940 | 0.980 |
| trafilatura 2.0.0 | 0.958 | 0.938 | 0.978 |
| Diffbot (2019, commercial) | 0.951 | 0.958 | 0.944 |
| newspaper4k 0.9.3.1 | 0.949 | 0.964 | 0.934 |
| Readability.js 0.6.0 | 0.947 | 0.914 | 0.982 |
| readability-lxml | 0.922 | 0.913 | 0.931 |
| goose3 | 0.896 | 0.940 | 0.856 |
| html-text (all text) | 0.665 | 0.500 | 0.994 |
(published figures from the benchmark's README)`);
if (worst > 0) {
  console.log(`\nworst ${worst} pages by F1:`);
  const f = (r: (typeof rows)[0]) => (r.p + r.r > 0 ? (2 * r.p * r.r) / (r.p + r.r) : 0);
  for (const r of [...rows].sort((a, b) => f(a) - f(b)).slice(0, worst)) {
    console.log(`${r.id.slice(0, 16)} P=${r.p.toFixed(3)} R=${r.r.toFixed(3)} ${truth[r.id].url}`);
  }
}
