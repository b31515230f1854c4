// npm run eval:qa                     — every QA set, dev and test split side by side (see test/qa/README.md)
// npm run eval:qa -- --split dev      — dev only (for tuning); --verbose lists dev cases one by one
// npm run eval:qa -- --corpus <file|dir|list.txt> --qa <file.jsonl> [--base DIR]  — your own set on your corpus
// npm run eval:qa -- --qa <file.jsonl>  — a new set on the bench corpus, counts only (before it joins a split)
//
// Asks every question through the same code path as `newsdesk ask --json` and prints answer, citation
// and abstention accuracy, latency, a reliability table on test, and on dev the errors by stage:
// retrieval (the evidence sentence was not among the candidates), answer (it was, the answer was wrong),
// abstention (answered a trap, or abstained on an answerable question with the evidence at hand).
// Test cases are never printed one by one: test is run for its aggregate figure only.

import { parseArgs } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { buildApp, loadConfig, type App } from '../src/app.js';
import { answerQuestion } from '../src/query/index.js';
import { judge, parseQa, qaSets, summarise, formatSummary, formatTable, reliability, stageOf, type QaOutcome, type Stage } from './lib/qa.js';
import { ROOT, benchApp } from './lib/corpus.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', multiple: true },
    qa: { type: 'string' },
    base: { type: 'string' },
    split: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

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

async function freshApp(inputs: string[]): Promise<{ app: App; done: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-eval-'));
  const app = await buildApp(loadConfig({}, { dataDir: dir, allowFetch: false }));
  const report = await app.desk.add(
    (async function* () {
      for (const i of inputs) yield* app.read(i);
    })(),
  );
  if (!values.json) console.log(`corpus: ${report.added.length} articles added, ${report.duplicates.length} duplicates, ${report.failed.length} failed`);
  for (const f of report.failed) console.log(`  failed ${f.item}: ${f.error}`);
  return { app, done: async () => (await app.close(), rmSync(dir, { recursive: true, force: true })) };
}

async function run(app: App, file: string, printCases: boolean): Promise<QaOutcome[]> {
  const outcomes: QaOutcome[] = [];
  for (const c of parseQa(readFileSync(file, 'utf8'))) {
    const s = performance.now();
    const r = await answerQuestion(app.store, c.question, { today: null });
    const ms = performance.now() - s;
    const o: QaOutcome = { case: c, answer: r.answer, ms, ...judge(c, r.answer), stage: 'right' };
    o.stage = stageOf(c, r, o.correct);
    if (c.answers.length && r.answer.abstained && r.proposed) o.abstainedRight = judge(c, { ...r.answer, ...r.proposed, abstained: false }).correct;
    outcomes.push(o);
    if (printCases) {
      const mark = o.correct ? (o.cited || !c.answers.length ? 'ok  ' : 'ok/c') : o.stage.slice(0, 4).toUpperCase();
      console.log(`${mark} ${c.id} [${r.answer.answerType} ${r.answer.confidence.toFixed(2)}] ${c.question} → ${r.answer.abstained ? `(abstained; would say ${JSON.stringify(r.proposed?.answer ?? null)})` : r.answer.answer} | want ${JSON.stringify(c.answers)}`);
      if (r.answer.disagreement) console.log(`     sources differ: ${r.answer.disagreement.answer} (${r.answer.disagreement.citations[0]?.sentence.slice(0, 120)})`);
    }
  }
  return outcomes;
}

if (values.qa && !values.corpus?.length) {
  // A new set on the bench corpus (all BBC articles and web pages, as dev and test are asked): a set
  // written after the last fit, scored before it joins a split, is a figure on unseen questions.
  // Counts only, unless --verbose.
  const app = await benchApp();
  try {
    console.log(formatSummary(values.qa, summarise(await run(app, resolve(values.qa), values.verbose))));
  } finally {
    await app.close();
  }
} else if (values.corpus?.length) {
  // Your own set on your own corpus.
  if (!values.qa) {
    console.error('usage: npm run eval:qa -- --corpus <file|dir|list.txt> [--corpus ...] --qa <file.jsonl> [--base DIR] [--verbose]');
    process.exit(2);
  }
  const { app, done } = await freshApp(values.corpus.flatMap(corpusInputs));
  try {
    const summary = summarise(await run(app, resolve(values.qa), values.verbose));
    console.log(values.json ? JSON.stringify(summary) : formatSummary(values.qa, summary));
  } finally {
    await done();
  }
} else {
  const splits = values.split ? [values.split] : ['dev', 'test'];
  const rows: { set: string; split: string; outcomes: QaOutcome[] }[] = [];
  const seeds = await freshApp([join(ROOT, 'sample')]);
  try {
    rows.push({ set: 'seeds', split: 'tuned', outcomes: await run(seeds.app, join(ROOT, 'test/qa/seeds.jsonl'), false) });
  } finally {
    await seeds.done();
  }
  const app = await benchApp();
  try {
    for (const split of splits) {
      for (const set of qaSets(split)) {
        const file = join(ROOT, 'test/qa', split, `${set}.jsonl`);
        rows.push({ set, split, outcomes: await run(app, file, values.verbose && split === 'dev') });
      }
    }
  } finally {
    await app.close();
  }
  if (values.json) {
    console.log(JSON.stringify(rows.map((r) => ({ set: r.set, split: r.split, ...summarise(r.outcomes) }))));
  } else {
    console.log(formatTable(rows.map((r) => ({ set: r.set, split: r.split, s: summarise(r.outcomes) }))));
    const test = rows.filter((r) => r.split === 'test').flatMap((r) => r.outcomes);
    if (test.length) console.log(`\nreliability on test (all sets, answered questions):\n${reliability(test)}`);
    // Errors by stage are counts only, so they are printed for test too: an aggregate, no case is shown.
    for (const split of ['dev', 'test']) {
      const all = rows.filter((r) => r.split === split).flatMap((r) => r.outcomes);
      if (!all.length) continue;
      const count = (s: Stage) => all.filter((o) => o.stage === s).length;
      const pct = (n: number) => `${n} (${((100 * n) / all.length).toFixed(1)}%)`;
      const traps = all.filter((o) => o.stage === 'abstention' && !o.case.answers.length).length;
      console.log(`\nerrors by stage on ${split} (${all.length} questions):`);
      console.log(`  right        ${pct(count('right'))}`);
      console.log(`  retrieval    ${pct(count('retrieval'))}  the evidence sentence was not among the candidates`);
      console.log(`  answer       ${pct(count('answer'))}  the evidence was a candidate; wrong span or type`);
      console.log(`  abstention   ${pct(count('abstention'))}  answered a trap (${traps}), or abstained with the evidence at hand`);
      console.log(`               of them, abstained where the proposed answer was right: ${all.filter((o) => o.abstainedRight).length}`);
    }
  }
}
