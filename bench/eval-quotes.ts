// Speaker attribution of full quotes against hand labels (src/understand/testdata/quotes-bbc.jsonl):
// labels were written by reading 15 BBC politics articles before the annotator ever ran on them.
// Run: npx tsx bench/eval-quotes.ts [--verbose]
//
// A labelled quote is matched to the found quote whose text starts with the labelled words.
// Correct: the found speaker entity's name ends with the labelled person's surname, or, for a
// labelled role ("spokesman", "MPs"), the found speaker is no entity and its text names the role;
// for a labelled "no speaker", no speaker at all. Precision counts every full (non-partial) quote
// the annotator found in the labelled articles and gave a speaker; recall counts labelled quotes.

import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotate } from '../src/understand/index.js';

interface Label {
  file: string;
  quote: string | null;
  speaker?: string | null;
  role?: string[];
  cue?: string | null;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.env.BBC_DIR ?? join(root, '..', 'shared', 'bench-data', 'bbc');
const verbose = process.argv.includes('--verbose');
const labels: Label[] = readFileSync(join(root, 'src/understand/testdata/quotes-bbc.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Label);

const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
let gold = 0;
let correct = 0;
let found = 0;
let foundAttributed = 0;
let foundCorrect = 0;
let cueRight = 0;
const files = [...new Set(labels.map((l) => l.file))];
for (const file of files) {
  const text = readFileSync(join(dataDir, file), 'utf8');
  const a = annotate({ text, published: null });
  const names = new Map(a.entities.map((e) => [e.key, e.name]));
  const mine = labels.filter((l) => l.file === file && l.quote);
  const judged = new Set<number>();
  for (const l of mine) {
    gold++;
    const qi = a.quotes.findIndex((q) => norm(q.text).startsWith(norm(l.quote!)));
    const q = a.quotes[qi];
    let ok = false;
    if (q) {
      judged.add(qi);
      const name = q.speaker ? names.get(q.speaker) ?? '' : '';
      if (l.speaker) ok = name !== '' && norm(name).endsWith(norm(l.speaker.split(' ').slice(-1)[0]));
      else if (l.role && l.role.length) ok = !q.speaker && !!q.speakerText && l.role.some((r) => norm(q.speakerText!).includes(norm(r)));
      else ok = !q.speaker && !q.speakerText;
      if (ok && (q.cue ?? null) === (l.cue ?? null)) cueRight++;
      if (!q.partial && (q.speaker || q.speakerText)) {
        foundAttributed++;
        if (ok) foundCorrect++;
      }
    }
    if (ok) correct++;
    if (verbose && !ok) console.log(`MISS ${file} "${l.quote}" want ${l.speaker ?? l.role?.join('|') ?? 'none'}; got ${q ? `${q.speakerText} → ${q.speaker} (${q.cue})${q.partial ? ' partial' : ''}` : 'no quote'}`);
  }
  // full quotes found with a speaker but not labelled: wrong attributions (the labels list every full quote)
  a.quotes.forEach((q, i) => {
    if (q.partial) return;
    found++;
    if (judged.has(i) || !(q.speaker || q.speakerText)) return;
    foundAttributed++;
    if (verbose) console.log(`EXTRA ${file} "${q.text.slice(0, 50)}" ${q.speakerText} → ${q.speaker}`);
  });
}
const p = foundAttributed ? foundCorrect / foundAttributed : 0;
const r = gold ? correct / gold : 0;
console.log(`quote speakers: ${files.length} articles, ${gold} labelled quotes, ${found} full quotes found`);
console.log(`precision ${(p * 100).toFixed(1)}% (${foundCorrect}/${foundAttributed})  recall ${(r * 100).toFixed(1)}% (${correct}/${gold})  F1 ${((2 * p * r) / (p + r || 1) * 100).toFixed(1)}%  cue also right ${cueRight}/${correct}`);
