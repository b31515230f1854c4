// Scoring for QA sets (format: ../shared/qa/README.md): answer accuracy, citation accuracy,
// abstention accuracy, and a calibration table.

import type { Answer } from '../../src/model/index.js';
import type { Resolved } from '../../src/query/ask/ask.js';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface QaCase {
  id: string;
  question: string;
  answers: string[];
  evidence: string | null;
  note?: string;
}

export interface QaOutcome {
  case: QaCase;
  answer: Answer;
  /** Right answer (or a right abstention). */
  correct: boolean;
  /** The evidence sentence is among the citations (answerable cases only). */
  cited: boolean;
  ms: number;
  /** Where it went wrong (dev breakdown); 'right' when it did not. */
  stage?: Stage;
  /** An answerable question it abstained on, whose proposed answer would have been right. */
  abstainedRight?: boolean;
}

export type Stage = 'right' | 'retrieval' | 'answer' | 'abstention';

/**
 * The QA sets of a split (test/qa/<split>/*.jsonl), the older ones in their usual order first, then any
 * later set by name; fit:ask and eval:qa read the same list.
 */
export function qaSets(split: string): string[] {
  const dir = join(resolve(import.meta.dirname, '../..'), 'test/qa', split);
  if (!existsSync(dir)) return [];
  const order = ['bbc', 'web', 'bbc-early', 'mixed'];
  const names = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).map((f) => f.slice(0, -6));
  const rank = (n: string) => (order.includes(n) ? order.indexOf(n) : order.length);
  return names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export function parseQa(text: string): QaCase[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l, i) => {
      const c = JSON.parse(l);
      return { id: c.id ?? `q${i + 1}`, question: c.question, answers: c.answers ?? [], evidence: c.evidence ?? null, note: c.note };
    });
}

export const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/``|''/g, '"')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();

export function judge(c: QaCase, a: Answer): { correct: boolean; cited: boolean } {
  if (c.answers.length === 0) return { correct: a.abstained, cited: a.abstained };
  if (a.abstained || !a.answer) return { correct: false, cited: false };
  const got = norm(a.answer);
  const correct = c.answers.some((x) => {
    const want = norm(x);
    return want.length > 0 && (` ${got} `.includes(` ${want} `) || (got.length >= 3 && ` ${want} `.includes(` ${got} `)));
  });
  const ev = c.evidence ? norm(c.evidence) : null;
  const cited = ev ? a.citations.some((x) => norm(x.sentence).includes(ev)) : false;
  return { correct, cited };
}

export interface QaSummary {
  total: number;
  answerable: number;
  answerAccuracy: number;
  citationAccuracy: number;
  abstainCases: number;
  abstentionAccuracy: number;
  meanMs: number;
  calibration: { bin: string; n: number; accuracy: number | null }[];
  /** Among answers with confidence >= 0.7: the share that is right. */
  precisionAt07: number | null;
  /** How many answers had confidence >= 0.7. */
  confidentCount: number;
}

export function summarise(outcomes: QaOutcome[]): QaSummary {
  const answerable = outcomes.filter((o) => o.case.answers.length > 0);
  const abstainers = outcomes.filter((o) => o.case.answers.length === 0);
  const share = (xs: QaOutcome[], f: (o: QaOutcome) => boolean) => (xs.length ? xs.filter(f).length / xs.length : 0);
  const bins = [0, 0.3, 0.5, 0.7, 0.85, 1.0001];
  const answered = outcomes.filter((o) => !o.answer.abstained);
  const calibration = bins.slice(0, -1).map((lo, i) => {
    const hi = bins[i + 1];
    const inBin = answered.filter((o) => o.answer.confidence >= lo && o.answer.confidence < hi);
    return { bin: `${lo.toFixed(2)}–${Math.min(1, hi).toFixed(2)}`, n: inBin.length, accuracy: inBin.length ? share(inBin, (o) => o.correct) : null };
  });
  const confident = answered.filter((o) => o.answer.confidence >= 0.7);
  return {
    total: outcomes.length,
    answerable: answerable.length,
    answerAccuracy: share(answerable, (o) => o.correct),
    citationAccuracy: share(answerable, (o) => o.cited),
    abstainCases: abstainers.length,
    abstentionAccuracy: share(abstainers, (o) => o.correct),
    meanMs: outcomes.reduce((s, o) => s + o.ms, 0) / Math.max(1, outcomes.length),
    calibration,
    precisionAt07: confident.length ? share(confident, (o) => o.correct) : null,
    confidentCount: confident.length,
  };
}

export function formatSummary(name: string, s: QaSummary): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines = [
    `QA set: ${name} — ${s.total} questions (${s.answerable} answerable, ${s.abstainCases} to abstain)`,
    `  answer accuracy     ${pct(s.answerAccuracy)}`,
    `  citation accuracy   ${pct(s.citationAccuracy)}`,
    `  abstention accuracy ${s.abstainCases ? pct(s.abstentionAccuracy) : 'n/a'}`,
    `  mean latency        ${s.meanMs.toFixed(1)} ms`,
    `  right when confidence >= 0.7: ${s.precisionAt07 === null ? 'n/a (none)' : pct(s.precisionAt07)}`,
    `  calibration (answered questions):`,
    ...s.calibration.map((b) => `    ${b.bin}  n=${String(b.n).padStart(3)}  accuracy ${b.accuracy === null ? '—' : pct(b.accuracy)}`),
  ];
  return lines.join('\n');
}

/** The sentence the case names as evidence is this one (normalised substring). */
export function isEvidence(c: QaCase, sentence: string): boolean {
  return !!c.evidence && norm(sentence).includes(norm(c.evidence));
}

/** Which stage an outcome went wrong in: retrieval, answer or abstention (see bench/eval-qa.ts). */
export function stageOf(c: QaCase, r: Resolved, correct: boolean): Stage {
  if (correct) return 'right';
  if (c.answers.length === 0) return 'abstention';
  if (!r.evidence.some((e) => isEvidence(c, e.hit.text))) return 'retrieval';
  return r.answer.abstained ? 'abstention' : 'answer';
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** One row per set and split: the figures side by side. */
export function formatTable(rows: { set: string; split: string; s: QaSummary }[]): string {
  const head = ['set', 'split', 'questions', 'traps', 'answer', 'cited', 'abstain', 'right@conf>=0.7', 'mean ms'];
  const body = rows.map(({ set, split, s }) => [
    set,
    split,
    String(s.total),
    String(s.abstainCases),
    pct(s.answerAccuracy),
    pct(s.citationAccuracy),
    s.abstainCases ? pct(s.abstentionAccuracy) : 'n/a',
    s.precisionAt07 === null ? 'n/a' : `${pct(s.precisionAt07)} (${s.confidentCount})`,
    s.meanMs.toFixed(0),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** Reliability table: answered questions by confidence bin, with the share right in each. */
export function reliability(outcomes: QaOutcome[]): string {
  return summarise(outcomes)
    .calibration.map((b) => `  ${b.bin}  n=${String(b.n).padStart(3)}  right ${b.accuracy === null ? '—' : pct(b.accuracy)}`)
    .join('\n');
}
