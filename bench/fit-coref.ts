// Fits the coreference salience weights (src/understand/coref.ts, SALIENCE) on the labelled
// coreference links of ALL the dev sets together (dev, dev-c, dev-d), so a weight that helps one set
// and hurts another shows, and says by k-fold cross-validation over articles whether fitting beats
// the hand-set weights on articles the fit did not see.
//
//   score     a gold pronoun or description link is right when a coreference link covering the
//             mention names the gold entity (eval-understand-sets.ts's judgement; name mentions are
//             left out: the weights do not touch them). Run on the article's own annotations.
//   fit       coordinate descent from the hand-set weights: each weight in turn tries a few scaled
//             values and keeps the best on the training articles (ties keep the current value).
//   folds     articles split by sha1(article id) into K folds; each fold is scored with weights fit
//             on the others. The figure to trust is the held-out sum, not the training one.
//
// Run: node --import tsx bench/fit-coref.ts [--folds 5 | --by-set] [--rounds 2] [--show] [--score]  (dev splits only)

import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { splitSentences } from '../src/understand/sentences.js';
import { tokenize, type Token } from '../src/understand/tokens.js';
import { findEntities } from '../src/understand/entities.js';
import { findCoref, SALIENCE, type SalienceWeights } from '../src/understand/coref.js';
import type { DocEntity, Mention, Sentence } from '../src/model/index.js';
import { SETS, articleText, locate, readJsonl, sameSpeaker, wholeWord, type GoldCoref } from './eval-understand-sets.js';

const DEV = ['dev', 'dev-c', 'dev-d'];
const PRONOUN = /^(he|she|it|its|they|their|his|her|him|them|hers|theirs|himself|herself|itself|themselves)$/i;

interface Case {
  at: number;
  end: number;
  entity: string;
  type: 'person' | 'organisation' | null;
  pronoun: boolean;
  split: string;
}
interface Doc {
  id: string;
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  entities: DocEntity[];
  mentions: Mention[];
  cases: Case[];
}

export function loadDocs(splits = DEV): Doc[] {
  const docs = new Map<string, Doc>();
  for (const split of splits) {
    for (const g of readJsonl<GoldCoref>(join(SETS, split, 'coref.jsonl'))) {
      const pronoun = PRONOUN.test(g.mention);
      const description = !pronoun && (/^(the|a|an)\s/i.test(g.mention) || /^[a-z]/.test(g.mention) || /['’]s\s/.test(g.mention));
      if (!pronoun && !description) continue;
      let d = docs.get(g.article);
      if (!d) {
        const text = articleText(g.article);
        const sentences = splitSentences(text);
        const tokens = tokenize(text, sentences);
        const { entities, mentions } = findEntities(text, sentences, tokens);
        d = { id: g.article, text, sentences, tokens, entities, mentions, cases: [] };
        docs.set(g.article, d);
      }
      const s = locate(d.text, g.sentence);
      const off = s ? wholeWord(d.text.slice(s[0], s[1]), g.mention, g.occurrence) : -1;
      if (!s || off < 0) continue;
      const type = g.entityType === 'person' ? 'person' : g.entityType === 'organisation' ? 'organisation' : null;
      d.cases.push({ at: s[0] + off, end: s[0] + off + g.mention.length, entity: g.entity, type, pronoun, split });
    }
  }
  return [...docs.values()];
}

/** Right links per doc under weights `w`. */
export function score(docs: Doc[], w: SalienceWeights): { right: number; n: number; bySplit: Record<string, [number, number]> } {
  let right = 0;
  let n = 0;
  const bySplit: Record<string, [number, number]> = {};
  for (const d of docs) {
    const links = findCoref(d.text, d.sentences, d.entities, d.mentions, d.tokens, new Set(), w);
    const name = new Map(d.entities.map((e) => [e.key, e.name]));
    for (const c of d.cases) {
      const ok = links.some((l) => l.start < c.end && l.end > c.at && sameSpeaker(c.entity, c.type, name.get(l.entity) ?? null));
      n++;
      if (ok) right++;
      bySplit[c.split] ??= [0, 0];
      bySplit[c.split][1]++;
      if (ok) bySplit[c.split][0]++;
    }
  }
  return { right, n, bySplit };
}

const STEPS: Record<keyof SalienceWeights, number[]> = {
  recent: [60, 80, 100, 130, 160],
  decay: [0.35, 0.45, 0.55, 0.65, 0.75],
  count: [0, 2, 4, 8, 12],
  countCap: [3, 6, 10],
  subjectToSubject: [20, 50, 80, 110, 150],
  subject: [0, 25, 50, 80, 110],
  unknownGender: [-60, -40, -25, -10, 0],
  modifier: [-70, -50, -35, -15, 0],
  placeOrPeople: [-60, -45, -30, -15, 0],
  nearest: [0, 20, 40, 70],
  localSubject: [0, 20, 40, 70, 100],
  quotedThird: [-200, -120, -60, 0],
  controller: [0, 30, 60, 90, 120],
  turn: [0, 15, 30, 50, 80],
  orgSpeaker: [0, 20, 40, 70],
  roleSpeaker: [0, 20, 40, 70],
  kindFit: [0, 30, 60, 90],
  floor: [5, 10, 20, 35, 50],
};

export function fit(docs: Doc[], start: SalienceWeights, rounds: number, log?: (s: string) => void): SalienceWeights {
  const w = { ...start };
  let cur = score(docs, w).right;
  for (let r = 0; r < rounds; r++) {
    let moved = false;
    for (const k of Object.keys(STEPS) as (keyof SalienceWeights)[]) {
      let bestV = w[k];
      for (const v of STEPS[k]) {
        if (v === w[k]) continue;
        const got = score(docs, { ...w, [k]: v }).right;
        if (got > cur) {
          cur = got;
          bestV = v;
        }
      }
      if (bestV !== w[k]) {
        log?.(`    ${k}: ${w[k]} → ${bestV} (${cur})`);
        w[k] = bestV;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return w;
}

const foldOf = (id: string, k: number) => createHash('sha1').update(id).digest()[0] % k;
/** With --by-set the folds are the dev sets themselves (fit on two labellers' sets, score the third). */
const setOf = (d: Doc) => DEV.indexOf(d.cases[0]?.split ?? DEV[0]);

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, dflt: number) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : dflt;
  };
  const bySet = process.argv.includes('--by-set');
  const K = bySet ? DEV.length : arg('--folds', 5);
  const fold = (d: Doc) => (bySet ? setOf(d) : foldOf(d.id, K));
  const rounds = arg('--rounds', 2);
  const t0 = Date.now();
  const docs = loadDocs();
  const base = score(docs, SALIENCE);
  const fmt = (x: { right: number; n: number; bySplit: Record<string, [number, number]> }) =>
    `${x.right}/${x.n} (${((100 * x.right) / x.n).toFixed(1)}%) ` + Object.entries(x.bySplit).map(([s, [a, b]]) => `${s} ${a}/${b}`).join(', ');
  console.log(`${docs.length} articles; hand-set weights, all dev: ${fmt(base)}  [${Date.now() - t0} ms]`);
  if (process.argv.includes('--score')) process.exit(0);
  let heldHand = 0;
  let heldFit = 0;
  let heldN = 0;
  for (let f = 0; f < K; f++) {
    const train = docs.filter((d) => fold(d) !== f);
    const held = docs.filter((d) => fold(d) === f);
    const w = fit(train, SALIENCE, rounds);
    const a = score(held, SALIENCE);
    const b = score(held, w);
    heldHand += a.right;
    heldFit += b.right;
    heldN += a.n;
    const changed = (Object.keys(w) as (keyof SalienceWeights)[]).filter((k) => w[k] !== SALIENCE[k]).map((k) => `${k}=${w[k]}`);
    console.log(`  fold ${bySet ? DEV[f] : f}: held-out ${held.length} articles, hand-set ${a.right}/${a.n}, fitted ${b.right}/${b.n}  [${changed.join(' ') || 'no change'}]`);
  }
  console.log(`cross-validated (held-out sum): hand-set ${heldHand}/${heldN} (${((100 * heldHand) / heldN).toFixed(1)}%), fitted ${heldFit}/${heldN} (${((100 * heldFit) / heldN).toFixed(1)}%)`);
  if (process.argv.includes('--show')) {
    console.log('fit on all dev articles:');
    const w = fit(docs, SALIENCE, rounds, (s) => console.log(s));
    console.log(`  all dev: ${fmt(score(docs, w))}`);
    console.log(JSON.stringify(w));
  }
  console.log(`[${((Date.now() - t0) / 1000).toFixed(0)} s]`);
}
