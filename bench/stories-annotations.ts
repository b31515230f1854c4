// Dumps, for the DEV split of each labelled story set, every article's understand output that could
// tell events apart (title, events, numbers, times, entities), keyed as fit-stories keys its pairs
// (`set:id`), for offline analysis of the story model's features: node --import tsx
// bench/stories-annotations.ts /tmp/annotations.json. Dev only.
import { writeFileSync } from 'node:fs';
import { ingestSplit, readStorySet, streamOrder, STORY_SET_NAMES, goldStories } from './lib/stories.js';

const out: Record<string, unknown> = {};
for (const set of STORY_SET_NAMES) {
  const gold = readStorySet('dev', set);
  const goldOf = goldStories(gold);
  const ing = await ingestSplit(streamOrder(gold));
  for (const [path, id] of ing.idOf) {
    const key = `${set}:${id}`;
    if (out[key]) continue;
    const v = await ing.app.store.getArticle(id);
    if (!v) continue;
    out[key] = {
      path, set, gold: goldOf.get(path), title: v.title, published: v.published,
      sentences: v.sentences.length,
      lead: v.text.slice(0, 400),
      events: v.events.map((e) => ({ cameo: e.cameo, trigger: e.trigger, actor: e.actor?.id ?? null, actorName: e.actor?.name ?? null, target: e.target?.id ?? null, targetName: e.target?.name ?? null, place: e.place?.id ?? null, when: e.when, modality: e.modality, sentence: e.sentence, actorPhrase: e.actorPhrase?.text ?? null, targetPhrase: e.targetPhrase?.text ?? null })),
      numbers: v.numbers.map((n) => ({ text: n.text, kind: n.kind, value: n.value, unit: n.unit, counted: n.counted, sentence: n.sentence })),
      times: v.times.map((t) => ({ text: t.text, value: t.value, granularity: t.granularity, relative: t.relative, sentence: t.sentence })),
      entities: v.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentions.length, first: Math.min(...e.mentions.map((m) => m.sentence)) })),
    };
  }
  await ing.done();
}
writeFileSync(process.argv[2] ?? '/tmp/annotations.json', JSON.stringify(out));
console.log(`wrote ${Object.keys(out).length} articles`);
