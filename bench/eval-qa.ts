// npm run eval:qa -- --corpus <file|dir|list.txt> --qa <file.jsonl> [--base DIR]
// Ingests the corpus into a temporary data dir and asks every question through the same code path
// as `newsdesk ask --json`; prints answer, citation and abstention accuracy, latency and calibration.

import { parseArgs } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { buildApp, loadConfig } from '../src/app.js';
import { judge, parseQa, summarise, formatSummary, type QaOutcome } from './lib/qa.js';

const { values } = parseArgs({
  options: { corpus: { type: 'string', multiple: true }, qa: { type: 'string' }, base: { type: 'string' }, verbose: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
});
if (!values.corpus?.length || !values.qa) {
  console.error('usage: npm run eval:qa -- --corpus <file|dir|list.txt> [--corpus ...] --qa <file.jsonl> [--base DIR] [--verbose]');
  process.exit(2);
}

/** A .txt file that lists paths (one per line) is a corpus list; paths resolve against --base or its folder. */
function corpusInputs(p: string): string[] {
  const abs = resolve(p);
  if (statSync(abs).isFile() && abs.endsWith('.txt')) {
    const lines = readFileSync(abs, 'utf8').split('\n').map((l) => l.trim());
    if (lines.length > 1 && lines.filter(Boolean).every((l) => /\.(txt|html?|jsonl|md|xml)$/i.test(l) && !/\s{2,}/.test(l))) {
      const base = values.base ? resolve(values.base) : dirname(abs);
      return lines.filter(Boolean).map((l) => resolve(base, l));
    }
  }
  return [abs];
}

const dir = mkdtempSync(join(tmpdir(), 'newsdesk-eval-'));
const app = await buildApp(loadConfig({}, { dataDir: dir, allowFetch: false }));
try {
  const inputs = values.corpus.flatMap(corpusInputs);
  const t0 = performance.now();
  const report = await app.desk.add(
    (async function* () {
      for (const i of inputs) yield* app.read(i);
    })(),
  );
  console.log(`corpus: ${report.added.length} articles added, ${report.duplicates.length} duplicates, ${report.failed.length} failed in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  for (const f of report.failed) console.log(`  failed ${f.item}: ${f.error}`);

  const cases = parseQa(readFileSync(resolve(values.qa), 'utf8'));
  const outcomes: QaOutcome[] = [];
  for (const c of cases) {
    const s = performance.now();
    const answer = await app.desk.ask(c.question);
    const ms = performance.now() - s;
    const o = { case: c, answer, ms, ...judge(c, answer) };
    outcomes.push(o);
    if (values.verbose) {
      const mark = o.correct ? (o.cited || !c.answers.length ? 'ok  ' : 'ok/c') : 'MISS';
      console.log(`${mark} ${c.id} [${answer.answerType} ${answer.confidence.toFixed(2)}] ${c.question} → ${answer.abstained ? '(abstained)' : answer.answer} | want ${JSON.stringify(c.answers)}`);
    }
  }
  const summary = summarise(outcomes);
  if (values.json) console.log(JSON.stringify(summary));
  else console.log(formatSummary(values.qa, summary));
} finally {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}
