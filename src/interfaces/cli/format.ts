// Plain-text rendering of answers and reports for the terminal.

import type { Answer } from '../../model/index.js';
import type { AddProgress, AddReport } from '../../query/index.js';
import type { Out } from './main.js';

export function printAnswer(ans: Answer, out: Out): void {
  if (ans.resolvedQuestion) out.log(`(read as: ${ans.resolvedQuestion})`);
  if (ans.abstained && ans.belowBar !== undefined) {
    out.log(`No answer as sure as you asked (${pct(ans.belowBar)}): the best the articles give has ${pct(ans.confidence)}.`);
  } else if (ans.abstained) {
    out.log('The articles do not say.');
    if (ans.missing?.length) out.log(`  (the closest answer in them does not hold for: ${ans.missing.join(', ')})`);
    if (ans.nearby?.length) {
      out.log('\nWhat they say nearby:');
      for (const c of ans.nearby) out.log(`  ${c.sentence.trim()}  — ${c.title} · ${c.source ?? 'unknown outlet'} · ${c.published ?? 'undated'}`);
    }
  } else {
    out.log(ans.answer ?? '');
    out.log(`  (confidence ${ans.confidence.toFixed(2)}, ${ans.answerType}${ans.asOf ? `, as of ${ans.asOf}` : ''})`);
    if (ans.generated) {
      out.log(`\n${ans.generated.text}\n  (written by ${ans.generated.model} from the sentences below)`);
      for (const s of ans.generated.uncited) out.log(`  ! not supported by a citation: ${s}`);
    }
  }
  if (ans.citations.length) out.log('');
  for (const c of ans.citations) {
    out.log(`[${c.n}] ${c.sentence.trim()}`);
    out.log(`    — ${c.title} · ${c.source ?? 'unknown outlet'} · ${c.published ?? 'undated'} · article ${c.articleId}, sentence ${c.sentenceIndex + 1} (chars ${c.start}–${c.end})`);
  }
  if (ans.disagreement) {
    const d = ans.disagreement;
    out.log(`\nSources differ: another article says ${d.answer}`);
    for (const c of d.citations.slice(0, 2)) out.log(`  ${c.sentence.trim()}  — ${c.title} · ${c.source ?? 'unknown outlet'} · ${c.published ?? 'undated'}`);
  }
  if (ans.related.length) {
    out.log('\nExplore related questions:');
    for (const q of ans.related) out.log(`  • ${q}`);
  }
}

export function printReport(r: AddReport, out: Out): void {
  for (const a of r.added) out.log(`added      ${a.id}  ${a.title}`);
  for (const d of r.duplicates) out.log(`duplicate  ${d.id}  ${d.title}  (${d.item})`);
  // Messages already name their item; add it only when one does not.
  for (const f of r.failed) out.err(`failed     ${f.error.startsWith(f.item) ? f.error : `${f.item}: ${f.error}`}`);
  out.log(`${r.added.length} added, ${r.duplicates.length} duplicates, ${r.failed.length} failed`);
}

export function progressLine(p: AddProgress): string {
  const rate = p.elapsedMs > 0 ? (p.done / (p.elapsedMs / 1000)).toFixed(1) : '—';
  return `  ${p.done} items · ${rate}/s · ${p.added} added · ${p.duplicates} duplicates · ${p.failed} failed`;
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;
