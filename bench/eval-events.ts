// Events against hand labels (src/understand/testdata/events-gold.jsonl): 35 sentences from the two
// seed articles and BBC politics, labelled by reading them before the annotator ran on them.
// Run: node --import tsx bench/eval-events.ts [--verbose]
//
// Each label names an article and the start of one of its sentences; the whole article is
// annotated (so names and pronouns resolve as in real use) and the events of that sentence are
// compared with the labelled ones. Labels follow the design: narration only (nothing inside
// quotes), a noun event only when the sentence names at least one participant, CAMEO root by
// meaning (not by what the lexicon happens to hold).
//   triples   (cameo, actor, target) equal; actor/target null must be null; a name matches when the
//             entity's name or an alias equals it or ends with its last word ("Brown" ~ "Gordon Brown").
//   modality  the event found with the labelled cameo and trigger has the labelled modality.
//   detection the labelled cameo and trigger are found at all (whatever the roles).
// Precision counts every event found in the labelled sentences; recall counts labelled events.

import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotate } from '../src/understand/index.js';
import type { Annotations, Event } from '../src/model/index.js';

interface GoldEvent {
  cameo: string;
  actor: string | null;
  target: string | null;
  modality: string;
  trigger: string;
}
interface Label {
  file: string;
  sentence: string;
  events: GoldEvent[];
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bbcDir = process.env.BBC_DIR ?? join(root, '..', 'shared', 'bench-data', 'bbc');
const verbose = process.argv.includes('--verbose');
const labels: Label[] = readFileSync(join(root, 'src/understand/testdata/events-gold.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Label);

const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/\./g, '').replace(/\s+/g, ' ').trim().toLowerCase();
const cache = new Map<string, { text: string; a: Annotations }>();
function article(file: string) {
  let got = cache.get(file);
  if (!got) {
    const path = file.startsWith('bbc/') ? join(bbcDir, file.slice(4)) : join(root, file);
    const text = readFileSync(path, 'utf8');
    got = { text, a: annotate({ text, published: null }) };
    cache.set(file, got);
  }
  return got;
}

function sameEntity(a: Annotations, key: string | null, label: string | null): boolean {
  if (label === null || key === null) return label === key;
  const e = a.entities.find((x) => x.key === key);
  if (!e) return false;
  const l = norm(label);
  const last = l.split(' ').slice(-1)[0];
  return [e.name, ...e.aliases].some((n) => norm(n) === l || norm(n).endsWith(' ' + last) || norm(n) === last);
}
const sameTrigger = (f: Event, g: GoldEvent) => norm(f.trigger).startsWith(norm(g.trigger)) || norm(g.trigger).startsWith(norm(f.trigger).split(' ')[0]);

let gold = 0;
let found = 0;
let tripleOk = 0;
let modalOk = 0;
let detected = 0;
let missingSentence = 0;
for (const l of labels) {
  const { text, a } = article(l.file);
  const s = a.sentences.find((x) => norm(text.slice(x.start, x.end)).replace(/^["“]/, '').startsWith(norm(l.sentence)));
  if (!s) {
    missingSentence++;
    if (verbose) console.log(`NO SENTENCE ${l.file} "${l.sentence}"`);
    continue;
  }
  const mine = a.events.filter((e) => e.sentence === s.index);
  gold += l.events.length;
  found += mine.length;
  // triples: one-to-one, first match wins
  const usedT = new Set<Event>();
  const usedD = new Set<Event>();
  for (const g of l.events) {
    const t = mine.find((f) => !usedT.has(f) && f.cameo === g.cameo && sameEntity(a, f.actor, g.actor) && sameEntity(a, f.target, g.target));
    if (t) {
      usedT.add(t);
      tripleOk++;
    }
    const d = mine.find((f) => !usedD.has(f) && f.cameo === g.cameo && sameTrigger(f, g));
    if (d) {
      usedD.add(d);
      detected++;
      if (d.modality === g.modality) modalOk++;
    }
    if (verbose && (!t || !d || d.modality !== g.modality)) {
      const name = (k: string | null) => (k ? a.entities.find((e) => e.key === k)?.name ?? k : '-');
      console.log(`MISS ${g.cameo} ${g.trigger} (${g.actor ?? '-'} → ${g.target ?? '-'}, ${g.modality}); got ${d ? `${d.trigger} (${name(d.actor)} → ${name(d.target)}, ${d.modality})` : 'no such event'}  | ${l.sentence.slice(0, 60)}`);
    }
  }
  if (verbose) {
    for (const f of mine) {
      if (usedT.has(f) || usedD.has(f)) continue;
      const name = (k: string | null) => (k ? a.entities.find((e) => e.key === k)?.name ?? k : '-');
      console.log(`EXTRA ${f.cameo} ${f.trigger} (${name(f.actor)} → ${name(f.target)}, ${f.modality})  | ${l.sentence.slice(0, 60)}`);
    }
  }
}
const pct = (x: number, n: number) => (n ? ((x / n) * 100).toFixed(1) : '0.0') + `% (${x}/${n})`;
const f1 = (p: number, r: number) => ((2 * p * r) / (p + r || 1) * 100).toFixed(1) + '%';
console.log(`events: ${labels.length} labelled sentences${missingSentence ? ` (${missingSentence} not found)` : ''}, ${gold} labelled events, ${found} events found`);
console.log(`triples (cameo, actor, target): precision ${pct(tripleOk, found)}  recall ${pct(tripleOk, gold)}  F1 ${f1(tripleOk / (found || 1), tripleOk / (gold || 1))}`);
console.log(`modality:                       precision ${pct(modalOk, found)}  recall ${pct(modalOk, gold)}`);
console.log(`detection (cameo + trigger):    precision ${pct(detected, found)}  recall ${pct(detected, gold)}`);
