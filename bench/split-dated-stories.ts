// Splits the dated story set (test/story-sets/dated-src/stories.jsonl, TempEval-3 newswire) by story
// into test/story-sets/dev/tempeval.jsonl and test/story-sets/test/tempeval.jsonl. Run once; the
// output is committed and the split never changes (re-running writes the same files).
//
//   node --import tsx bench/split-dated-stories.ts
//
// The key is sha1 of the story id. Multi-article stories are few (17) and of very unequal sizes (25,
// 24, 13, 10, 4, 4, then eleven of 2), so a plain hash could put both large ones on one side: they are
// taken largest first, two at a time (same size: sha1 order), and of each two the one with the smaller
// sha1 goes to dev, the other to test (the seventeenth by the rule for singletons). Singletons go to
// dev when the sha1's first hex digit is 0-7, else to test. Every article is read once here, so a
// label naming a missing or undated file fails now, not in the middle of an evaluation.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STORY_SETS, type GoldStory } from './lib/stories.js';
import { tempevalItem } from './lib/tempeval-articles.js';

const sha = (s: string) => createHash('sha1').update(s).digest('hex');
const src = readFileSync(join(STORY_SETS, 'dated-src/stories.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as GoldStory & { duplicates: string[][]; why: string });

for (const s of src) for (const a of s.articles) {
  const r = tempevalItem(a);
  if (!r.ok) throw r.error;
}

const side = new Map<string, 'dev' | 'test'>();
const multi = src.filter((s) => s.articles.length > 1).sort((a, b) => b.articles.length - a.articles.length || (sha(a.story) < sha(b.story) ? -1 : 1));
for (let i = 0; i + 1 < multi.length; i += 2) {
  const [x, y] = sha(multi[i].story) < sha(multi[i + 1].story) ? [multi[i], multi[i + 1]] : [multi[i + 1], multi[i]];
  side.set(x.story, 'dev');
  side.set(y.story, 'test');
}
for (const s of src) if (!side.has(s.story)) side.set(s.story, parseInt(sha(s.story)[0], 16) < 8 ? 'dev' : 'test');

for (const split of ['dev', 'test'] as const) {
  const mine = src.filter((s) => side.get(s.story) === split);
  writeFileSync(join(STORY_SETS, split, 'tempeval.jsonl'), mine.map((s) => JSON.stringify(s)).join('\n') + '\n');
  const many = mine.filter((s) => s.articles.length > 1);
  const articles = mine.reduce((n, s) => n + s.articles.length, 0);
  const pairs = mine.reduce((n, s) => n + (s.articles.length * (s.articles.length - 1)) / 2, 0);
  console.log(`${split}: ${mine.length} stories, ${articles} articles; ${many.length} with more than one article (sizes ${many.map((s) => s.articles.length).join(', ')}), ${pairs} same-story pairs`);
}
