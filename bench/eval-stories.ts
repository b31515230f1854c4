// npm run eval:stories                 — dev and test side by side, each labelled set (test/story-sets/README.md)
// npm run eval:stories -- --split dev  — dev only; --verbose lists dev's wrong merges and splits
// npm run eval:stories -- --set dated  — one set only: bbc (undated BBC 2004-05) or dated (TempEval-3, 1989-2000)
//
// Each set's split are added to a fresh SQLite desk in a fixed mixed order, stories placed as
// they come (the incremental path users get); then the stories are rebuilt from scratch and must come
// out the same. Prints pairwise and B-cubed precision/recall/F1. Test is run for its aggregate only.

import { parseArgs } from 'node:util';
import { goldStories, ingestSplit, pct, predictedStories, readStorySet, scoreClusters, STORY_SET_NAMES, storySetFiles, streamOrder, type Scores, type StorySetName } from './lib/stories.js';

const { values } = parseArgs({ options: { split: { type: 'string' }, set: { type: 'string' }, verbose: { type: 'boolean', default: false } } });
const splits = (values.split ? [values.split] : ['dev', 'test']) as ('dev' | 'test')[];
if (values.set && !STORY_SET_NAMES.includes(values.set as StorySetName)) throw new Error(`--set ${values.set}: not one of ${STORY_SET_NAMES.join(', ')}`);
const sets = values.set ? [values.set as StorySetName] : STORY_SET_NAMES;

const rows: { set: string; split: string; s: Scores; stories: number; same: boolean; ms: number }[] = [];
for (const set of sets) for (const split of splits) {
  const gold = readStorySet(split, set);
  const order = streamOrder(gold);
  const t0 = performance.now();
  const ing = await ingestSplit(order);
  const ms = performance.now() - t0;
  const predicted = await predictedStories(ing);
  const s = scoreClusters(goldStories(gold), predicted);
  await ing.app.desk.rebuildStories();
  const rebuilt = await predictedStories(ing);
  const same = [...predicted].every(([k, v]) => rebuilt.get(k) === v);
  if (values.verbose && split === 'dev') await explain(gold, predicted, ing);
  rows.push({ set, split, s, stories: gold.length, same, ms });
  // a split of several files (BBC dev): each file's articles scored too, placed in the one desk
  const files = storySetFiles(split, set);
  if (split === 'dev' && files.size > 1) {
    for (const [file, stories] of files) {
      const sub = goldStories(stories);
      rows.push({ set: `  ${file.replace(/\.jsonl$/, '')}`, split, s: scoreClusters(sub, predicted), stories: stories.length, same, ms });
    }
  }
  await ing.done();
}

console.log('\nset         split  articles  gold stories  pairwise P / R / F1      B-cubed P / R / F1       rebuild = incremental');
for (const { set, split, s, stories, same } of rows) {
  console.log(
    `${set.padEnd(11)} ${split.padEnd(6)} ${String(s.articles).padStart(8)}  ${String(stories).padStart(12)}  ` +
      `${pct(s.pairwise.p)} / ${pct(s.pairwise.r)} / ${pct(s.pairwise.f1)}`.padEnd(24) +
      ` ${pct(s.bcubed.p)} / ${pct(s.bcubed.r)} / ${pct(s.bcubed.f1)}`.padEnd(25) +
      `  ${same ? 'yes' : 'NO'}`,
  );
}
console.log('anchor: Miranda et al. (EMNLP 2018), English: pairwise F1 94.0 (P 98.1, R 90.3); goal on test: F1 ≥ 90 with P ≥ 95');

async function explain(gold: ReturnType<typeof readStorySet>, predicted: Map<string, string>, ing: Awaited<ReturnType<typeof ingestSplit>>) {
  const goldOf = goldStories(gold);
  const label = new Map(gold.map((g) => [g.story, g.label]));
  const byPred = new Map<string, string[]>();
  for (const [p, s] of predicted) byPred.set(s, [...(byPred.get(s) ?? []), p]);
  console.log('\nwrong merges (one predicted story, several gold stories):');
  for (const [, ps] of byPred) {
    const golds = new Set(ps.map((p) => goldOf.get(p)));
    if (golds.size > 1) console.log(`  ${ps.map((p) => `${p} [${label.get(goldOf.get(p)!)}]`).join('\n    + ')}`);
  }
  console.log('\nsplits (one gold story over several predicted stories):');
  for (const g of gold) {
    const preds = new Set(g.articles.map((a) => predicted.get(a)));
    if (preds.size > 1) {
      console.log(`  ${g.label}:`);
      for (const a of g.articles) {
        const id = ing.idOf.get(a)!;
        const m = (await ing.app.store.getStory(predicted.get(a)!))?.members.find((x) => x.article.id === id);
        console.log(`    ${a} → ${predicted.get(a)}: ${m?.reason ?? ''}`);
      }
    }
  }
}
