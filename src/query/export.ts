// Exports: every article, entity, quote or event as flat records, streamed page by page, so a corpus
// of any size leaves as JSONL or CSV. Event rows carry CAMEO root codes so they line up with GDELT.

import { CAMEO_ROOTS } from '../model/index.js';
import type { Store } from '../store/contract.js';

export type ExportKind = 'articles' | 'entities' | 'quotes' | 'events';
export const EXPORT_KINDS: ExportKind[] = ['articles', 'entities', 'quotes', 'events'];

export type Row = Record<string, string | number | boolean | null>;

const PAGE = 200;

export async function* exportRows(store: Store, kind: ExportKind): AsyncGenerator<Row> {
  if (kind === 'entities') {
    for (let offset = 0; ; offset += PAGE) {
      const page = await store.listEntities({ limit: PAGE, offset });
      for (const e of page) {
        yield { id: e.id, name: e.name, type: e.type, titles: e.titles.join('; '), aliases: e.aliases.join('; '), articles: e.articleCount, mentions: e.mentionCount };
      }
      if (page.length < PAGE) return;
    }
  }
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listArticles({ limit: PAGE, offset });
    for (const summary of page) {
      if (kind === 'articles') {
        yield { id: summary.id, title: summary.title, source: summary.source, published: summary.published, url: summary.canonicalUrl, byline: summary.byline, language: summary.language, added: summary.addedAt };
        continue;
      }
      const a = await store.getArticle(summary.id);
      if (!a) continue;
      if (kind === 'quotes') {
        for (const q of a.quotes) {
          yield { articleId: a.id, published: a.published, sentence: q.sentence, speakerId: q.speaker?.id ?? null, speaker: q.speaker?.name ?? null, speakerText: q.speakerText, cue: q.cue, partial: q.partial, text: q.text };
        }
      } else {
        for (const ev of a.events) {
          yield {
            articleId: a.id,
            published: a.published,
            sentence: ev.sentence,
            cameoRoot: ev.cameo,
            cameoLabel: CAMEO_ROOTS[ev.cameo],
            trigger: ev.trigger,
            actorId: ev.actor?.id ?? null,
            actor: ev.actor?.name ?? null,
            actorType: ev.actor?.type ?? null,
            // a role no entity fills: the text's noun phrase and its CAMEO actor type (GDELT's Actor1Type1Code)
            actorPhrase: ev.actorPhrase?.text ?? null,
            actorCameoType: ev.actorPhrase?.type ?? null,
            targetId: ev.target?.id ?? null,
            target: ev.target?.name ?? null,
            targetType: ev.target?.type ?? null,
            targetPhrase: ev.targetPhrase?.text ?? null,
            targetCameoType: ev.targetPhrase?.type ?? null,
            place: ev.place?.name ?? null,
            when: ev.when,
            modality: ev.modality,
            text: a.text.slice(a.sentences[ev.sentence]?.start ?? ev.start, a.sentences[ev.sentence]?.end ?? ev.end),
          };
        }
      }
    }
    if (page.length < PAGE) return;
  }
}

/** RFC 4180: quote fields that hold commas, quotes or line breaks; double inner quotes. */
export function csvLine(values: (string | number | boolean | null)[]): string {
  return values
    .map((v) => {
      const s = v === null ? '' : String(v);
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',');
}
