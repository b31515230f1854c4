// npm run qa:split -- <dir of written sets>  — splits hand-written QA sets by article into dev and test.
// Each input line carries its `article` ("bbc/<category>/<file>.txt" or "ae/<id>.txt"); an article goes
// to test when the first byte of sha1("newsdesk-qa-split:" + article) is odd, so every question about
// one article lands on the same side and the split does not depend on the order of lines.
// Writes test/qa/{dev,test}/{bbc,web}.jsonl and prints only counts (test cases are not for reading).
// With --name <set>, a later set is written whole to test/qa/{dev,test}/<set>.jsonl instead (BBC and
// web together), leaving the earlier files as they are.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/corpus.js';

const dir = process.argv[2];
const nameAt = process.argv.indexOf('--name');
const name = nameAt > 0 ? process.argv[nameAt + 1] : null;
if (nameAt > 0 && !/^[a-z0-9-]+$/.test(name ?? '')) {
  console.error('--name: expected a set name of lower-case letters, digits and dashes');
  process.exit(2);
}
if (!dir) {
  console.error('usage: npm run qa:split -- <dir with *.jsonl written by the question writers>');
  process.exit(2);
}
const out: Record<string, string[]> = {};
const articles: Record<string, Set<string>> = {};
for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
  for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const c = JSON.parse(line);
    const split = createHash('sha1').update(`newsdesk-qa-split:${c.article}`).digest()[0] % 2 ? 'test' : 'dev';
    const set = name ?? (c.article.startsWith('ae/') ? 'web' : 'bbc');
    const key = `${split}/${set}`;
    (out[key] ??= []).push(
      JSON.stringify({ id: c.id, question: c.question, answers: c.answers, evidence: c.evidence ?? null, kind: c.kind, article: c.article, note: c.note ?? c.checked ?? '' }),
    );
    (articles[key] ??= new Set()).add(c.article);
  }
}
for (const [key, lines] of Object.entries(out).sort()) {
  writeFileSync(join(ROOT, 'test/qa', `${key}.jsonl`), lines.join('\n') + '\n');
  const traps = lines.filter((l) => JSON.parse(l).answers.length === 0).length;
  console.log(`${key}: ${lines.length} questions (${traps} traps) over ${articles[key].size} articles`);
}
