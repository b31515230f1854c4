// The labelled story sets (test/story-sets/) and their scoring: pairwise and B-cubed precision,
// recall and F1 over the articles of one split, as in Miranda et al. (EMNLP 2018).

import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildApp, loadConfig, type App } from '../../src/app.js';
import { BENCH_DATA, ROOT } from './corpus.js';
import { isTempevalId, tempevalItem } from './tempeval-articles.js';

export const STORY_SETS = resolve(ROOT, 'test/story-sets');

export interface GoldStory {
  story: string;
  label: string;
  articles: string[];
}

/**
 * The labelled sets: `bbc` (undated BBC 2004-05 articles; dev has two files) and `dated` (TempEval-3
 * newswire 1989-2000 with publication dates, `tempeval.jsonl`). See test/story-sets/README.md.
 */
export type StorySetName = 'bbc' | 'dated';
export const STORY_SET_NAMES: StorySetName[] = ['bbc', 'dated'];
const FILE_PREFIX: Record<StorySetName, string> = { bbc: 'bbc', dated: 'tempeval' };

/** Every labelled file of one set in a split (BBC dev has three: see test/story-sets/README.md). */
export function readStorySet(split: 'dev' | 'test', set: StorySetName = 'bbc'): GoldStory[] {
  return [...storySetFiles(split, set).values()].flat();
}

/** The labelled files of one set in a split, file name → its stories, in file-name order. */
export function storySetFiles(split: 'dev' | 'test', set: StorySetName = 'bbc'): Map<string, GoldStory[]> {
  const dir = join(STORY_SETS, split);
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl') && f.startsWith(FILE_PREFIX[set]))
      .sort()
      .map((f) => [
        f,
        readFileSync(join(dir, f), 'utf8')
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => JSON.parse(l) as GoldStory),
      ]),
  );
}

/**
 * Articles in a fixed order that mixes stories (sha1 of the id: the BBC set has no dates to order them
 * by). Dated articles come in publication order, as a desk following the news would add them, same-day
 * ones in the sha1 order.
 */
export function streamOrder(stories: GoldStory[]): string[] {
  const sha = (s: string) => createHash('sha1').update(s).digest('hex');
  const dateOf = (a: string) => (isTempevalId(a) ? publishedOf(a) : '');
  const keyed = stories.flatMap((s) => s.articles).map((a) => ({ a, d: dateOf(a), h: sha(a) }));
  return keyed.sort((x, y) => (x.d < y.d ? -1 : x.d > y.d ? 1 : x.h < y.h ? -1 : 1)).map((x) => x.a);
}

function publishedOf(id: string): string {
  const r = tempevalItem(id);
  if (!r.ok) throw r.error;
  return r.doc.published!;
}

export interface Ingested {
  app: App;
  /** Label path → stored article id (an exact copy maps to the article it duplicates). */
  idOf: Map<string, string>;
  done(): Promise<void>;
}

/** A fresh SQLite desk with the split's articles added in stream order, stories placed as they come. */
export async function ingestSplit(paths: string[]): Promise<Ingested> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-stories-'));
  const app = await buildApp(loadConfig({}, { dataDir: dir, allowFetch: false }));
  const idOf = new Map<string, string>();
  const abs = (p: string) => resolve(BENCH_DATA, 'bbc', p);
  const report = await app.desk.add(
    (async function* () {
      for (const p of paths) {
        if (isTempevalId(p)) yield tempevalItem(p);
        else yield* app.read(abs(p));
      }
    })(),
  );
  const back = new Map(paths.map((p) => [abs(p), p]));
  for (const a of report.added) idOf.set(back.get(a.item) ?? a.item, a.id);
  for (const a of report.duplicates) idOf.set(back.get(a.item) ?? a.item, a.id);
  for (const f of report.failed) throw new Error(`${f.item}: ${f.error}`);
  return { app, idOf, done: async () => (await app.close(), rmSync(dir, { recursive: true, force: true })) };
}

export interface Scores {
  pairwise: { p: number; r: number; f1: number };
  bcubed: { p: number; r: number; f1: number };
  articles: number;
  goldPairs: number;
  predictedPairs: number;
}

/** Scores a predicted grouping (item → cluster) against the gold one, over the items of `gold`. */
export function scoreClusters(gold: Map<string, string>, predicted: Map<string, string>): Scores {
  const items = [...gold.keys()];
  let tp = 0;
  let goldPairs = 0;
  let predPairs = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const g = gold.get(items[i]) === gold.get(items[j]);
      const p = predicted.get(items[i]) === predicted.get(items[j]);
      if (g) goldPairs++;
      if (p) predPairs++;
      if (g && p) tp++;
    }
  }
  const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const pp = predPairs ? tp / predPairs : 1;
  const pr = goldPairs ? tp / goldPairs : 1;
  // B-cubed: per item, the share of its predicted cluster that is its gold story, and vice versa
  let bp = 0;
  let br = 0;
  for (const x of items) {
    const gx = gold.get(x);
    const px = predicted.get(x);
    let inPred = 0;
    let inGold = 0;
    let both = 0;
    for (const y of items) {
      const sg = gold.get(y) === gx;
      const sp = predicted.get(y) === px;
      if (sp) inPred++;
      if (sg) inGold++;
      if (sg && sp) both++;
    }
    bp += both / inPred;
    br += both / inGold;
  }
  bp /= items.length || 1;
  br /= items.length || 1;
  return {
    pairwise: { p: pp, r: pr, f1: f1(pp, pr) },
    bcubed: { p: bp, r: br, f1: f1(bp, br) },
    articles: items.length,
    goldPairs,
    predictedPairs: predPairs,
  };
}

/** Each label path's story as the desk placed it. */
export async function predictedStories(ing: Ingested): Promise<Map<string, string>> {
  const members = await ing.app.store.storyMembers([...new Set(ing.idOf.values())]);
  const storyOf = new Map(members.map((m) => [m.articleId, m.storyId]));
  const out = new Map<string, string>();
  for (const [path, id] of ing.idOf) out.set(path, storyOf.get(id) ?? `unplaced:${id}`);
  return out;
}

export function goldStories(stories: GoldStory[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of stories) for (const a of s.articles) out.set(a, s.story);
  return out;
}

export const pct = (x: number) => (100 * x).toFixed(1);
