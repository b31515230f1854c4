// "Who they appear with": other entities named in the same sentences as one entity.

import type { ArticleView, EntityRef } from '../../model/index.js';

export interface CoOccurrence {
  entity: EntityRef;
  /** Sentences that name both. */
  sentences: number;
  /** Articles with at least one such sentence. */
  articles: number;
}

/** Counts shared sentences (not mentions: "Trump ... Trump ... Putin" in one sentence counts once). */
export function coOccurrences(entityId: string, articles: ArticleView[], limit = 10): CoOccurrence[] {
  const acc = new Map<string, CoOccurrence>();
  for (const a of articles) {
    const own = new Set<number>();
    for (const e of a.entities) if (e.id === entityId) for (const m of e.mentions) own.add(m.sentence);
    if (!own.size) continue;
    for (const e of a.entities) {
      if (e.id === entityId) continue;
      const shared = new Set(e.mentions.filter((m) => own.has(m.sentence)).map((m) => m.sentence)).size;
      if (!shared) continue;
      const c = acc.get(e.id) ?? { entity: { id: e.id, name: e.name, type: e.type }, sentences: 0, articles: 0 };
      c.sentences += shared;
      c.articles += 1;
      acc.set(e.id, c);
    }
  }
  return [...acc.values()]
    .sort((x, y) => y.sentences - x.sentences || y.articles - x.articles || x.entity.name.localeCompare(y.entity.name))
    .slice(0, limit);
}
