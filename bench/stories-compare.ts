// node --import tsx bench/stories-compare.ts base.json variant.json [--draws 1000] [--exclude n002,n003]
// Compares two groupings of the DEV split (written by fit-stories with DUMP=file): pairwise P/R/F1 of
// each labelled file, with and without the gold stories given to --exclude (their articles left out of
// the scoring), and a bootstrap over gold stories (draws with replacement within each file) of the
// difference in pairwise F1, variant less base: its mean and 95% interval, per file and over all BBC
// dev. A wrong pair between two stories counts half to each. Dev only.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pct, storySetFiles, STORY_SET_NAMES, type GoldStory } from './lib/stories.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { draws: { type: 'string', default: '1000' }, exclude: { type: 'string', default: '' } } });
const [baseFile, variantFile] = positionals;
const load = (f: string) => new Map(Object.entries((JSON.parse(readFileSync(f, 'utf8')) as { stories: Record<string, string> }).stories));
const base = load(baseFile), variant = load(variantFile);
const excluded = new Set(values.exclude.split(',').filter(Boolean));
const draws = Number(values.draws);

// per gold story: its pairs (gold), those predicted together (tp), and half its wrong predicted pairs
interface Counts { gp: number; tp: number; fp: number }
function perStory(stories: GoldStory[], pred: Map<string, string>): Counts[] {
  const goldOf = new Map(stories.flatMap((g) => g.articles.map((a) => [a, g.story] as [string, string])));
  const byPred = new Map<string, string[]>();
  for (const a of goldOf.keys()) byPred.set(pred.get(a)!, [...(byPred.get(pred.get(a)!) ?? []), a]);
  const c = new Map(stories.map((g) => [g.story, { gp: (g.articles.length * (g.articles.length - 1)) / 2, tp: 0, fp: 0 }]));
  for (const members of byPred.values())
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const gi = goldOf.get(members[i])!, gj = goldOf.get(members[j])!;
        if (gi === gj) c.get(gi)!.tp++;
        else (c.get(gi)!.fp += 0.5), (c.get(gj)!.fp += 0.5);
      }
  return stories.map((g) => c.get(g.story)!);
}
const score = (cs: Counts[], w?: number[]) => {
  let gp = 0, tp = 0, fp = 0;
  cs.forEach((c, i) => { const k = w ? w[i] : 1; gp += k * c.gp; tp += k * c.tp; fp += k * c.fp; });
  const p = tp + fp ? tp / (tp + fp) : 1, r = gp ? tp / gp : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
let seed = 12345;
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);

const groups: { name: string; stories: GoldStory[] }[] = [];
for (const set of STORY_SET_NAMES) for (const [file, stories] of storySetFiles('dev', set)) groups.push({ name: file.replace(/\.jsonl$/, ''), stories: stories.filter((g) => !excluded.has(g.story)) });
const bbcAll = { name: 'all BBC', stories: groups.filter((g) => g.name.startsWith('bbc')).flatMap((g) => g.stories) };
console.log(`base ${baseFile} | variant ${variantFile}${excluded.size ? ` | excluded: ${[...excluded].join(', ')}` : ''}`);
for (const g of [...groups, bbcAll]) {
  const cb = perStory(g.stories, base), cv = perStory(g.stories, variant);
  const sb = score(cb), sv = score(cv);
  // bootstrap within each file (all BBC: within each BBC file, so each keeps its share)
  const fileOf = g.stories.map((s) => groups.findIndex((x) => x.stories.includes(s)));
  const diffs: number[] = [];
  for (let d = 0; d < draws; d++) {
    const w = new Array(g.stories.length).fill(0);
    for (const f of new Set(fileOf)) {
      const idx = fileOf.flatMap((x, i) => (x === f ? [i] : []));
      for (let k = 0; k < idx.length; k++) w[idx[Math.floor(rand() * idx.length)]]++;
    }
    diffs.push(score(cv, w).f1 - score(cb, w).f1);
  }
  diffs.sort((a, b) => a - b);
  const q = (x: number) => diffs[Math.min(diffs.length - 1, Math.floor(x * diffs.length))];
  const better = diffs.filter((x) => x > 1e-9).length / diffs.length, worse = diffs.filter((x) => x < -1e-9).length / diffs.length;
  console.log(`${g.name.padEnd(9)} base ${pct(sb.p)}/${pct(sb.r)}/${pct(sb.f1)}  variant ${pct(sv.p)}/${pct(sv.r)}/${pct(sv.f1)}  ΔF1 bootstrap mean ${pct(diffs.reduce((a, b) => a + b, 0) / diffs.length)} [${pct(q(0.025))}, ${pct(q(0.975))}], variant better in ${pct(better)}% of draws, worse in ${pct(worse)}%`);
}
