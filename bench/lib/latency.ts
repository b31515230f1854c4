// What the latency benches share: the questions they ask and how they time and summarise calls.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { queryTerms } from '../../src/understand/index.js';
import { ROOT } from './corpus.js';

/**
 * Real reader questions (the dev QA split only; the test split is never used), `n` of them spread
 * evenly over the set, and a search for each made of its first four index terms.
 */
export function benchQuestions(n: number): { asked: string[]; searches: string[] } {
  const questions: string[] = [];
  for (const f of ['test/qa/dev/bbc.jsonl', 'test/qa/dev/web.jsonl']) {
    for (const line of readFileSync(join(ROOT, f), 'utf8').split('\n')) if (line.trim()) questions.push(JSON.parse(line).question);
  }
  const nq = Math.min(n, questions.length);
  const asked = Array.from({ length: nq }, (_, i) => questions[Math.floor((i * questions.length) / nq)]);
  return { asked, searches: asked.map((q) => queryTerms(q).slice(0, 4).join(' ')).filter(Boolean) };
}

export const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

/** "p50 / p95 / p99" in whole ms. */
export const lat = (xs: number[]) => `${pct(xs, 50).toFixed(0)} / ${pct(xs, 95).toFixed(0)} / ${pct(xs, 99).toFixed(0)}`;

/** Wall-clock ms per call; with `cpu`, also the process's CPU ms per call (user + system), which a
 *  busy machine does not inflate the way it inflates wall-clock time. */
export async function timeEach<T>(items: T[], f: (x: T) => Promise<unknown>, cpu?: number[]): Promise<number[]> {
  const out: number[] = [];
  for (const x of items) {
    const t = performance.now();
    const c = process.cpuUsage();
    await f(x);
    out.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu?.push((d.user + d.system) / 1000);
  }
  return out;
}
