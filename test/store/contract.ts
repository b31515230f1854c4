// The one Store contract suite. Every backend runs it (sqlite.test.ts, postgres.test.ts); a backend
// that fails a case here is not done. Annotations are built by hand so the suite does not depend on
// the annotators; each case states what it protects.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type {
  Annotations,
  DocEntity,
  Document,
  EntityType,
  Event,
  NumberExpr,
  Quote,
  TimeExpr,
} from '../../src/model/index.js';
import { DeskError, isTitleQuote, TITLE_SENTENCE } from '../../src/model/index.js';
import type { AddResult, Store } from '../../src/store/contract.js';
import { indexTerms } from '../../src/understand/terms.js';

// ---- building documents and annotations by hand ----

export interface EntitySpec {
  key: string;
  name: string;
  type: EntityType;
  /** Surface forms to find in the text (each occurrence becomes a mention); default [name]. */
  surfaces?: string[];
  titles?: string[];
  place?: string | null;
}

export interface Extras {
  quotes?: (Omit<Quote, 'start' | 'end' | 'sentence'> & { find?: string })[];
  times?: (Omit<TimeExpr, 'start' | 'end' | 'sentence'>)[];
  numbers?: (Omit<NumberExpr, 'start' | 'end' | 'sentence'>)[];
  events?: (Omit<Event, 'start' | 'end' | 'sentence'>)[];
}

/** Sentences split after . ! ? followed by space; offsets into text. */
export function splitSimple(text: string): Annotations['sentences'] {
  const out: Annotations['sentences'] = [];
  const re = /[^\s][\s\S]*?(?:[.!?](?=\s|$)|$)/g;
  for (const m of text.matchAll(re)) {
    if (m[0].trim() === '') continue;
    out.push({ index: out.length, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

function at(text: string, sentences: Annotations['sentences'], find: string, from = 0) {
  const start = text.indexOf(find, from);
  if (start < 0) throw new Error(`test bug: "${find}" not in text`);
  const sentence = sentences.find((s) => start >= s.start && start < s.end)!.index;
  return { start, end: start + find.length, sentence };
}

export function annotations(text: string, ents: EntitySpec[] = [], extras: Extras = {}): Annotations {
  const sentences = splitSimple(text);
  const entities: DocEntity[] = ents.map((e) => ({
    key: e.key,
    name: e.name,
    type: e.type,
    aliases: [...new Set(e.surfaces ?? [e.name])],
    titles: e.titles ?? [],
    ...(e.place !== undefined ? { place: e.place } : {}),
  }));
  const mentions: Annotations['mentions'] = [];
  for (const e of ents) {
    for (const s of e.surfaces ?? [e.name]) {
      let from = 0;
      for (;;) {
        const i = text.indexOf(s, from);
        if (i < 0) break;
        // whole words only, and not inside a longer surface of the same entity
        const before = text[i - 1] ?? ' ';
        const after = text[i + s.length] ?? ' ';
        const inside = mentions.some((m) => m.entity === e.key && i >= m.start && i < m.end);
        if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after) && !inside) {
          mentions.push({ ...at(text, sentences, s, i), text: s, entity: e.key });
        }
        from = i + s.length;
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const locate = <T extends { text?: string; trigger?: string; find?: string }>(x: T) =>
    at(text, sentences, x.find ?? x.text ?? x.trigger!);
  return {
    sentences,
    entities,
    mentions,
    quotes: (extras.quotes ?? []).map(({ find, ...q }) => ({ ...q, ...locate({ ...q, find }) })),
    times: (extras.times ?? []).map((t) => ({ ...t, ...locate(t) })),
    numbers: (extras.numbers ?? []).map((n) => ({ ...n, ...locate(n) })),
    events: (extras.events ?? []).map((e) => ({ ...e, ...locate(e) })),
  };
}

export function doc(text: string, over: Partial<Document> = {}): Document {
  return {
    title: over.title ?? text.slice(0, 30),
    text,
    byline: null,
    published: null,
    canonicalUrl: null,
    source: null,
    relatedHints: [],
    origin: 'test.txt',
    ...over,
  };
}

const NOW = '2025-10-20T12:00:00.000Z';

// ---- the suite ----

/** `topPerTerm`: the store's common-term list length (store/topk.ts), set small by the cases on it. */
export function runStoreContract(name: string, makeStore: (opts?: { topPerTerm?: number }) => Promise<Store>): void {
  /** A fresh, empty store per case, always closed. */
  const withStore = (fn: (s: Store) => Promise<void>, opts?: { topPerTerm?: number }) => async () => {
    const s = await makeStore(opts);
    try {
      await fn(s);
    } finally {
      await s.close();
    }
  };
  const it = (title: string, fn: (s: Store) => Promise<void>) => test(title, withStore(fn));

  describe(`Store contract: ${name}`, () => {
    // ---- add and get ----

    const fullText =
      'Donald Trump will meet Vladimir Putin in Budapest within two weeks. ' +
      '"We have to finish with Russia," Trump said. ' +
      'The envoy called it “momentum” for 20 living hostages and $20 billion in aid. ' +
      'Israeli officials in Kyiv were not consulted.';
    const fullAnn = () =>
      annotations(
        fullText,
        [
          { key: 't', name: 'Donald Trump', type: 'PERSON', surfaces: ['Donald Trump', 'Trump'], titles: ['U.S. President'] },
          { key: 'p', name: 'Vladimir Putin', type: 'PERSON', titles: ['Russian President'] },
          { key: 'b', name: 'Budapest', type: 'GPE' },
          { key: 'r', name: 'Russia', type: 'GPE' },
          { key: 'k', name: 'Kyiv', type: 'GPE' },
          { key: 'i', name: 'Israeli', type: 'NORP', place: 'Israel' },
        ],
        {
          quotes: [
            { text: 'We have to finish with Russia,', speakerText: 'Trump', speaker: 't', cue: 'said', partial: false },
            { text: 'momentum', speakerText: null, speaker: null, cue: null, partial: true },
          ],
          times: [
            { text: 'within two weeks', value: '2025-10-18/2025-11-01', granularity: 'range', relative: true },
          ],
          numbers: [
            { text: '20 living hostages', kind: 'count', value: 20, unit: null, counted: 'living hostages' },
            { text: '$20 billion', kind: 'money', value: 20e9, unit: 'USD', counted: null },
          ],
          events: [
            { trigger: 'meet', cameo: '04', actor: 't', target: 'p', place: 'b', when: '2025-10-18/2025-11-01', modality: 'planned' },
            { trigger: 'consulted', cameo: '04', actor: null, target: 'i', place: 'k', when: null, modality: 'negated' },
            // roles no entity fills, kept as the text's noun phrase with a CAMEO actor type
            { trigger: 'called', cameo: '01', actor: null, target: null, actorPhrase: { text: 'The envoy', type: 'GOV' }, targetPhrase: { text: 'living hostages', type: null }, place: null, when: null, modality: 'happened' },
          ],
        },
      );
    const fullDoc = () =>
      doc(fullText, {
        title: 'Trump to meet Putin in Budapest',
        byline: 'A. Reporter',
        published: '2025-10-18',
        canonicalUrl: 'https://news.example/world/trump-putin',
        source: 'Example News',
        relatedHints: ['Zelensky visits Washington', 'Hostages released'],
        origin: 'https://news.example/feed#42',
      });

    it('addArticle then getArticle returns the article with every annotation, keys resolved to corpus ids', async (s) => {
      const ann = fullAnn();
      const d = fullDoc();
      const r = await s.addArticle(d, ann, NOW);
      assert.equal(r.status, 'added');
      assert.match(r.id, /^[0-9a-f]{12}$/);
      const v = await s.getArticle(r.id);
      assert.ok(v);
      assert.deepEqual(
        { id: v.id, title: v.title, text: v.text, byline: v.byline, published: v.published, canonicalUrl: v.canonicalUrl,
          source: v.source, origin: v.origin, relatedHints: v.relatedHints, addedAt: v.addedAt },
        { id: r.id, title: d.title, text: d.text, byline: d.byline, published: d.published, canonicalUrl: d.canonicalUrl,
          source: d.source, origin: d.origin, relatedHints: d.relatedHints, addedAt: NOW },
      );
      assert.deepEqual(v.sentences, ann.sentences);
      assert.deepEqual(v.times, ann.times);
      assert.deepEqual(v.numbers, ann.numbers);

      // one ArticleEntity per corpus entity, in reading order, with this article's titles and mentions
      assert.deepEqual(v.entities.map((e) => [e.name, e.type]), [
        ['Donald Trump', 'PERSON'], ['Vladimir Putin', 'PERSON'], ['Budapest', 'GPE'], ['Russia', 'GPE'],
        ['Israeli', 'NORP'], ['Kyiv', 'GPE'],
      ]);
      const byName = new Map(v.entities.map((e) => [e.name, e]));
      const trump = byName.get('Donald Trump')!;
      assert.deepEqual(trump.titles, ['U.S. President']);
      const keyOf = new Map([['t', 'Donald Trump'], ['p', 'Vladimir Putin'], ['b', 'Budapest'], ['r', 'Russia'], ['k', 'Kyiv'], ['i', 'Israeli']]);
      for (const e of v.entities) {
        const key = [...keyOf].find(([, n]) => n === e.name)![0];
        const expected = ann.mentions.filter((m) => m.entity === key).map(({ entity: _, ...m }) => m);
        assert.deepEqual(e.mentions, expected, e.name);
        assert.match(e.id, /^[0-9a-f]{12}$/);
      }
      const ref = (n: string) => ({ id: byName.get(n)!.id, name: n, type: byName.get(n)!.type });

      assert.deepEqual(v.quotes, ann.quotes.map((q) => ({ ...q, speaker: q.speaker ? ref(keyOf.get(q.speaker)!) : null })));
      assert.deepEqual(
        v.events,
        ann.events.map((e) => ({
          ...e,
          actor: e.actor ? ref(keyOf.get(e.actor)!) : null,
          target: e.target ? ref(keyOf.get(e.target)!) : null,
          place: e.place ? ref(keyOf.get(e.place)!) : null,
          actorPhrase: e.actorPhrase ?? null,
          targetPhrase: e.targetPhrase ?? null,
        })),
      );
      assert.deepEqual(v.events[2].actorPhrase, { text: 'The envoy', type: 'GOV' });
      assert.equal(await s.getArticle('000000000000'), null);
      assert.equal(await s.countArticles(), 1);
    });

    it('article ids are stable: the same document gets the same id in another store', async (s) => {
      const a = await s.addArticle(fullDoc(), fullAnn(), NOW);
      const other = await makeStore();
      try {
        const b = await other.addArticle(fullDoc(), fullAnn(), '2030-01-01T00:00:00Z');
        assert.equal(b.id, a.id);
      } finally {
        await other.close();
      }
      const noUrl = await s.addArticle(doc('A text with no address at all.'), annotations('A text with no address at all.'), NOW);
      assert.match(noUrl.id, /^[0-9a-f]{12}$/);
      assert.notEqual(noUrl.id, a.id);
    });

    it('text outside ASCII, empty annotations and null metadata survive the round trip', async (s) => {
      const text = 'Зеленський прибув до Києва. Señora Núñez dijo «sí» 🎉.';
      const r = await s.addArticle(doc(text, { title: 'Ünïcödé', relatedHints: [] }), annotations(text), NOW);
      const v = (await s.getArticle(r.id))!;
      assert.equal(v.text, text);
      assert.equal(v.title, 'Ünïcödé');
      assert.equal(v.byline, null);
      assert.equal(v.published, null);
      assert.equal(v.canonicalUrl, null);
      assert.deepEqual(v.relatedHints, []);
      assert.deepEqual(v.entities, []);
      assert.deepEqual(v.quotes, []);
      assert.equal(v.sentences.length, 2);
    });

    it('language and its confidence round-trip; a document without one is stored with null, not a guess', async (s) => {
      const de = 'Der Kanzler sprach am Montag in Berlin.';
      const a = await s.addArticle({ ...doc(de), language: 'de', languageConfidence: 0.97 }, annotations(de), NOW);
      const old = 'An article from before languages were detected.';
      const b = await s.addArticle(doc(old), annotations(old), NOW);
      const va = (await s.getArticle(a.id))!;
      assert.equal(va.language, 'de');
      assert.equal(va.languageConfidence, 0.97);
      const vb = (await s.getArticle(b.id))!;
      assert.equal(vb.language, null);
      assert.equal(vb.languageConfidence, null);
      const listed = await s.listArticles();
      assert.equal(listed.find((x) => x.id === a.id)?.language, 'de');
      assert.equal((await s.getSummaries([b.id]))[0].language, null);
    });

    // ---- duplicates ----

    it('a duplicate by canonical URL (tracking params, fragment, case, trailing slash) changes nothing', async (s) => {
      const first = await s.addArticle(
        doc('Original story about the summit.', { canonicalUrl: 'https://News.Example/story/1?id=7' }),
        annotations('Original story about the summit.'),
        NOW,
      );
      const text2 = 'Updated story mentions Zanzibar.';
      const again = await s.addArticle(
        doc(text2, { canonicalUrl: 'HTTPS://news.example/story/1/?utm_source=x&id=7&fbclid=abc#top' }),
        annotations(text2, [{ key: 'z', name: 'Zanzibar', type: 'GPE' }]),
        NOW,
      );
      assert.deepEqual(again, { status: 'duplicate', id: first.id });
      assert.equal(await s.countArticles(), 1);
      assert.deepEqual(await s.searchSentences(['zanzibar']), []);
      assert.deepEqual(await s.findEntities('Zanzibar'), []);
      assert.equal((await s.termStats([])).sentences, 1);
    });

    it('a duplicate by text (same words, other spacing and punctuation, other URL) changes nothing', async (s) => {
      const a = await s.addArticle(doc('Talks resume in Doha, officials say.', { canonicalUrl: 'https://a.example/x' }),
        annotations('Talks resume in Doha, officials say.'), NOW);
      const b = await s.addArticle(doc('  Talks  resume in Doha -- officials say!\n', { canonicalUrl: 'https://b.example/y' }),
        annotations('  Talks  resume in Doha -- officials say!\n'), NOW);
      assert.deepEqual(b, { status: 'duplicate', id: a.id });
      const c = await s.addArticle(doc('TALKS RESUME IN DOHA, OFFICIALS SAY.'), annotations('TALKS RESUME IN DOHA, OFFICIALS SAY.'), NOW);
      assert.deepEqual(c, { status: 'duplicate', id: a.id });
      assert.equal(await s.countArticles(), 1);
      const d = await s.addArticle(doc('Talks stall in Doha, officials say.'), annotations('Talks stall in Doha, officials say.'), NOW);
      assert.equal(d.status, 'added');
      assert.equal(await s.countArticles(), 2);
    });

    // ---- listing ----

    it('listArticles is newest first by publication date, then ingest time; undated last; limit and offset', async (s) => {
      const add = async (text: string, published: string | null, addedAt: string) =>
        (await s.addArticle(doc(text, { published }), annotations(text), addedAt)).id;
      const old = await add('Old news from spring.', '2025-03-01', '2025-10-01T00:00:00Z');
      const undated = await add('An undated piece.', null, '2025-10-30T00:00:00Z');
      const newA = await add('Fresh news A.', '2025-10-18', '2025-10-18T08:00:00Z');
      const newB = await add('Fresh news B.', '2025-10-18', '2025-10-18T09:00:00Z');
      const mid = await add('Summer news.', '2025-07-04', '2025-10-02T00:00:00Z');
      const all = await s.listArticles();
      assert.deepEqual(all.map((a) => a.id), [newB, newA, mid, old, undated]);
      assert.deepEqual(Object.keys(all[0]).sort(), ['addedAt', 'byline', 'canonicalUrl', 'id', 'language', 'published', 'source', 'title']);
      assert.deepEqual((await s.listArticles({ limit: 2 })).map((a) => a.id), [newB, newA]);
      assert.deepEqual((await s.listArticles({ limit: 2, offset: 2 })).map((a) => a.id), [mid, old]);
      assert.deepEqual(await s.listArticles({ offset: 10 }), []);
      assert.equal(await s.countArticles(), 5);
    });

    // ---- full-text search ----

    const searchCorpus = async (s: Store) => {
      const texts = [
        'Trump will meet Putin in Budapest.',
        'The trumpet section played near the palace.',
        'Ministers met in Brussels to discuss drop tables and articles of the treaty.',
        'Путин говорит о переговорах.',
        'Señor Núñez asked for Tomahawk missiles.',
      ];
      const ids: string[] = [];
      for (const t of texts) ids.push((await s.addArticle(doc(t), annotations(t), NOW)).id);
      return ids;
    };

    it('searchSentences matches any term, returns the stored terms, honours articleIds and limit', async (s) => {
      const ids = await searchCorpus(s);
      const hits = await s.searchSentences(['budapest', 'brussel']);
      assert.deepEqual(hits.map((h) => h.articleId).sort(), [ids[0], ids[2]].sort());
      const h = hits.find((x) => x.articleId === ids[0])!;
      assert.equal(h.text, 'Trump will meet Putin in Budapest.');
      assert.equal(h.terms, indexTerms(h.text).join(' '));
      assert.deepEqual([h.index, h.start, h.end], [0, 0, h.text.length]);
      assert.deepEqual((await s.searchSentences(['budapest', 'brussel'], { articleIds: [ids[2]] })).map((x) => x.articleId), [ids[2]]);
      assert.deepEqual(await s.searchSentences(['budapest'], { articleIds: [] }), []);
      assert.equal((await s.searchSentences(['budapest', 'brussel'], { limit: 1 })).length, 1);
      // the engine ranks: a sentence with both terms comes before one with only one
      const both = await s.searchSentences(['meet', 'budapest', 'brussel']);
      assert.equal(both[0].articleId, ids[0]);
    });

    it('searchSentences ranks by the rarity of the terms a sentence holds, the same on every engine', async (s) => {
      // "said" is in four of five sentences, "kyiv" in two: stored first, the "said" sentences would
      // win on an engine that counts matches without rarity (ts_rank) or breaks ties by storage order
      const texts = [
        'Officials said the talks would go on.',
        'Officials said the weather was fine.',
        'Officials said the market rose.',
        'Kyiv was quiet overnight after a long day of talks between the two delegations at the palace.',
        'Officials in Kyiv said so.',
      ];
      const ids: string[] = [];
      for (const t of texts) ids.push((await s.addArticle(doc(t), annotations(t), NOW)).id);
      const hits = await s.searchSentences(['said', 'kyiv']);
      // both terms first, then the rare one alone (long as it is), then the common one alone
      assert.deepEqual(hits.slice(0, 2).map((h) => h.articleId), [ids[4], ids[3]]);
      assert.deepEqual(hits.slice(2).map((h) => h.articleId).sort(), [ids[0], ids[1], ids[2]].sort());
      // a limit cuts the same order (a store may read fewer postings for a small one)
      for (let limit = 1; limit <= 5; limit++) {
        assert.deepEqual((await s.searchSentences(['kyiv', 'said'], { limit })).map((h) => h.articleId), hits.slice(0, limit).map((h) => h.articleId));
      }
      // the same order within given articles
      assert.deepEqual((await s.searchSentences(['said', 'kyiv'], { articleIds: [ids[0], ids[3], ids[4]] })).map((h) => h.articleId),
        [ids[4], ids[3], ids[0]]);
    });

    it('searchSentences folds case and diacritics like indexTerms, and matches non-Latin scripts', async (s) => {
      const ids = await searchCorpus(s);
      assert.deepEqual((await s.searchSentences(indexTerms('NÚÑEZ'))).map((h) => h.articleId), [ids[4]]);
      // the store folds a term that was not folded by the caller the same way
      assert.deepEqual((await s.searchSentences(['NÚÑEZ'])).map((h) => h.articleId), [ids[4]]);
      assert.deepEqual((await s.searchSentences(['путин'])).map((h) => h.articleId), [ids[3]]);
    });

    it('searchSentences treats hostile terms as literals: never throws, never matches wrongly', async (s) => {
      const ids = await searchCorpus(s);
      const hostile = [
        '"', '""', '*', 'trump*', 'NEAR', 'NEAR(trump putin)', '-', '-trump', ':', 'terms:trump', 'terms : trump',
        "'; DROP TABLE articles; --", 'OR', 'AND', 'NOT', '(', ')', '(trump)', '^trump', 'trump & putin', 'trump | putin',
        '!trump', "trump:*", '\\', '%', '_', "'", '{terms}: trump', '', ' ', '\u0000', 'a'.repeat(5000),
      ];
      const literal = (t: string) => t.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
      for (const t of hostile) {
        const hits = await s.searchSentences([t]);
        const want = literal(t);
        for (const h of hits) {
          assert.ok(want && h.terms.split(' ').includes(want), `term ${JSON.stringify(t)} matched "${h.text}"`);
        }
        const stats = await s.termStats([t]);
        assert.equal(stats.df[t], hits.length, `df of ${JSON.stringify(t)}`);
      }
      // literal semantics, checked positively: the word "near" is in the corpus, "trumpet" is not "trump"
      assert.deepEqual((await s.searchSentences(['NEAR'])).map((h) => h.articleId), [ids[1]]);
      assert.deepEqual((await s.searchSentences(['trump*'])).map((h) => h.articleId), [ids[0]]);
      assert.deepEqual((await s.searchSentences(['(trump)'])).map((h) => h.articleId), [ids[0]]);
      assert.deepEqual(await s.searchSentences(["'; DROP TABLE articles; --"]), []);
      assert.deepEqual(await s.searchSentences(['OR', 'AND', 'NOT', '*', '"']), []);
      assert.deepEqual(await s.searchSentences([]), []);
      // all hostile terms at once still behave
      const mixed = await s.searchSentences([...hostile, 'budapest']);
      assert.ok(mixed.some((h) => h.articleId === ids[0]));
      assert.equal(await s.countArticles(), ids.length);
      assert.equal((await s.listArticles()).length, ids.length);
    });

    it('termStats counts sentences, mean terms per sentence and per-term sentence frequency', async (s) => {
      const empty = await s.termStats(['trump']);
      assert.deepEqual(empty, { sentences: 0, articles: 0, avgTerms: 0, df: { trump: 0 }, adf: { trump: 0 } });
      const t1 = 'Trump met Putin. Trump left Budapest quickly. Nobody noticed.';
      const t2 = 'Putin stayed in Moscow.';
      await s.addArticle(doc(t1), annotations(t1), NOW);
      await s.addArticle(doc(t2), annotations(t2), NOW);
      const sentences = [...splitSimple(t1).map((x) => t1.slice(x.start, x.end)), t2];
      const total = sentences.reduce((n, x) => n + indexTerms(x).length, 0);
      const st = await s.termStats(['trump', 'putin', 'moscow', 'unknownterm', 'trump']);
      assert.equal(st.sentences, 4);
      assert.ok(Math.abs(st.avgTerms - total / 4) < 1e-9);
      assert.deepEqual(st.df, { trump: 2, putin: 2, moscow: 1, unknownterm: 0 });
      assert.deepEqual(st.adf, { trump: 1, putin: 2, moscow: 1, unknownterm: 0 });
      assert.equal(st.articles, 2);
    });

    it('termStats counts a term that names a property of every object ("constructor") like any other', async (s) => {
      const t1 = 'The constructor won the title. Another constructor finished second.';
      await s.addArticle(doc(t1), annotations(t1), NOW);
      const st = await s.termStats(['constructor', 'constructor', 'valueof']);
      assert.deepEqual({ ...st.df }, { constructor: 2, valueof: 0 });
      assert.deepEqual({ ...st.adf }, { constructor: 1, valueof: 0 });
    });

    it('termArticles says which terms each article holds, over the corpus or within given articles', async (s) => {
      const t1 = 'Trump met Putin. Trump left Budapest quickly.';
      const t2 = 'Putin stayed in Moscow.';
      const t3 = 'Budapest hosted nobody.';
      const ids: string[] = [];
      for (const t of [t1, t2, t3]) ids.push((await s.addArticle(doc(t), annotations(t), NOW)).id);
      const norm = (xs: { articleId: string; terms: string[] }[]) =>
        xs.map((x) => [x.articleId, [...x.terms].sort()]).sort((x, y) => String(x[0]).localeCompare(String(y[0])));
      const expect = (pairs: [string, string[]][]) => norm(pairs.map(([articleId, terms]) => ({ articleId, terms })));
      assert.deepEqual(norm(await s.termArticles(['putin', 'budapest'])), expect([[ids[0], ['budapest', 'putin']], [ids[1], ['putin']], [ids[2], ['budapest']]]));
      assert.deepEqual(norm(await s.termArticles(['putin', 'budapest'], { articleIds: [ids[1], ids[2]] })), expect([[ids[1], ['putin']], [ids[2], ['budapest']]]));
      assert.deepEqual(await s.termArticles(['putin'], { articleIds: [] }), []);
      assert.deepEqual(await s.termArticles(['zanzibar', '"*']), []);
    });

    // store/topk.ts with lists of 2: "budapest" is held by 4 articles in 1, 3, 2 and 1 sentences (in that
    // order of arrival); "danube" by 2, fewer than a list holds. Lists are kept at ingest as articles come.
    const topCorpus = [
      'Budapest is far. Nothing else here.',
      'Budapest woke early. Budapest traffic grew. The Danube rose near Budapest.',
      'Budapest voted. Then Budapest counted the votes. The Danube was calm.',
      'Budapest again, once.',
    ];
    test('perTerm bounds a common term to the articles holding it in the most sentences, on every engine', withStore(async (s) => {
      const [danube] = indexTerms('Danube'); // stemmed
      const ids: string[] = [];
      for (const t of topCorpus) ids.push((await s.addArticle(doc(t), annotations(t), NOW)).id);
      const norm = (xs: { articleId: string; terms: string[] }[]) => xs.map((x) => x.articleId).sort();
      // budapest: 4 articles > 2, so its best 2 (3 and 2 sentences); danube: 2 articles, all of them
      assert.deepEqual(norm(await s.termArticles(['budapest'], { perTerm: 2 })), [ids[1], ids[2]].sort());
      assert.deepEqual(norm(await s.termArticles(['budapest'], { perTerm: 1 })), [ids[1]]);
      assert.deepEqual(norm(await s.termArticles(['budapest'], { perTerm: 3 })), [ids[0], ids[1], ids[2]].sort(), 'beyond the lists: from the postings');
      assert.deepEqual(norm(await s.termArticles(['budapest'], { perTerm: 9 })), [...ids].sort(), 'held by fewer than perTerm: all');
      assert.deepEqual(norm(await s.termArticles(['budapest'])), [...ids].sort(), 'without perTerm: all');
      assert.deepEqual(norm(await s.termArticles([danube], { perTerm: 2 })), [ids[1], ids[2]].sort());
      assert.deepEqual(norm(await s.termArticles(['budapest'], { perTerm: 2, articleIds: [ids[0], ids[3]] })), [ids[0], ids[3]].sort(), 'within articles: not bounded');
      await assert.rejects(s.termArticles(['budapest'], { perTerm: 0 }), /perTerm: expected a whole number ≥ 1, got 0/);

      const where = (hs: { articleId: string; index: number }[]) => hs.map((h) => `${ids.indexOf(h.articleId)}#${h.index}`);
      // budapest and danube together weigh most, then budapest alone from its best articles (the one
      // holding it in more sentences first), nothing from articles 0 and 3
      assert.deepEqual(where(await s.searchSentences(['budapest', danube], { perTerm: 2 })), ['1#2', '2#2', '1#0', '1#1', '2#0', '2#1']);
      assert.deepEqual(where(await s.searchSentences(['budapest', danube], { perTerm: 2, limit: 3 })), ['1#2', '2#2', '1#0']);
      const all = where(await s.searchSentences(['budapest', danube]));
      assert.deepEqual(all.slice(0, 2), ['1#2', '2#2']);
      assert.deepEqual([...all].sort(), ['0#0', '1#0', '1#1', '1#2', '2#0', '2#1', '2#2', '3#0'], 'without perTerm: every posting');
      assert.deepEqual(where(await s.searchSentences(['budapest', danube], { perTerm: 4 })), all, 'no term over perTerm: the same as without');
      assert.deepEqual(where(await s.searchSentences([danube], { perTerm: 1 })), ['1#2']);
      await assert.rejects(s.searchSentences(['budapest'], { perTerm: 1.5 }), /perTerm: expected a whole number ≥ 1, got 1.5/);

      // a later article holding budapest in more sentences than the list's last enters it; one with fewer does not
      const t5 = 'Budapest one. Budapest two. Budapest three. Budapest four.';
      const t6 = 'Budapest, briefly.';
      ids.push((await s.addArticle(doc(t5), annotations(t5), NOW)).id, (await s.addArticle(doc(t6), annotations(t6), NOW)).id);
      assert.deepEqual(norm(await s.termArticles(['budapest'], { perTerm: 2 })), [ids[4], ids[1]].sort());
      assert.deepEqual(where(await s.searchSentences(['budapest'], { perTerm: 1 })), ['4#0', '4#1', '4#2', '4#3']);
    }, { topPerTerm: 2 }));

    it('storage reports articles, text and bytes; maintain compacts and keeps everything readable', async (s) => {
      const t = 'Trump met Putin in Budapest. They talked for two hours.';
      const { id } = await s.addArticle(doc(t), annotations(t), NOW);
      const r = await s.storage();
      assert.equal(r.articles, 1);
      assert.equal(r.textChars, t.length);
      assert.ok(r.bytes > 0);
      const m = await s.maintain();
      assert.equal(m.after.articles, 1);
      assert.ok(m.after.bytes > 0);
      assert.equal((await s.getArticle(id))?.text, t);
      assert.equal((await s.searchSentences(['budapest']))[0]?.articleId, id);
    });

    it('getSummaries returns summaries in the asked order and skips unknown ids', async (s) => {
      const a = await s.addArticle(doc('First article here.'), annotations('First article here.'), NOW);
      const b = await s.addArticle(doc('Second article there.'), annotations('Second article there.'), NOW);
      const got = await s.getSummaries([b.id, 'nope', a.id]);
      assert.deepEqual(got.map((x) => x.id), [b.id, a.id]);
      assert.deepEqual(got[1], (await s.listArticles()).find((x) => x.id === a.id));
    });

    it('getSentences returns the asked sentences of one article in order', async (s) => {
      const t = 'One. Two words. Three here now. Four.';
      const { id } = await s.addArticle(doc(t), annotations(t), NOW);
      const got = await s.getSentences(id, [2, 0, 9]);
      assert.deepEqual(got.map((g) => [g.index, g.text]), [[0, 'One.'], [2, 'Three here now.']]);
      assert.equal(got[1].articleId, id);
      assert.equal(got[1].terms, indexTerms('Three here now.').join(' '));
      assert.deepEqual(await s.getSentences(id, []), []);
      assert.deepEqual(await s.getSentences('nope', [0]), []);
    });

    // ---- entities across the corpus ----

    const person = (key: string, name: string, surfaces?: string[], titles?: string[]): EntitySpec =>
      ({ key, name, type: 'PERSON', surfaces, titles });

    it('Trump, Donald Trump and President Donald Trump become one entity, upgraded to the fuller name', async (s) => {
      const t1 = 'Trump spoke on Monday.';
      const t2 = 'Donald Trump arrived in Cairo.';
      const t3 = 'President Donald Trump signed the order.';
      const a1 = await s.addArticle(doc(t1), annotations(t1, [person('x', 'Trump')]), NOW);
      const e1 = (await s.getArticle(a1.id))!.entities[0];
      assert.equal(e1.name, 'Trump');
      const a2 = await s.addArticle(doc(t2), annotations(t2, [person('x', 'Donald Trump')]), NOW);
      const a3 = await s.addArticle(doc(t3),
        annotations(t3, [person('x', 'Donald Trump', ['Donald Trump'], ['President'])]), NOW);
      const ids = await Promise.all([a1, a2, a3].map(async (a) => (await s.getArticle(a.id))!.entities[0].id));
      assert.deepEqual(ids, [e1.id, e1.id, e1.id]);
      const e = (await s.getEntity(e1.id))!;
      assert.equal(e.name, 'Donald Trump');
      assert.equal(e.type, 'PERSON');
      assert.deepEqual(e.titles, ['President']);
      assert.deepEqual([...e.aliases].sort(), ['Donald Trump', 'Trump']);
      assert.equal(e.articleCount, 3);
      assert.equal(e.mentionCount, 3);
      // a later bare "Trump" links to the one person of that surname
      const t4 = 'Trump later denied it.';
      const a4 = await s.addArticle(doc(t4), annotations(t4, [person('x', 'Trump')]), NOW);
      assert.equal((await s.getArticle(a4.id))!.entities[0].id, e1.id);
      // the first article's view shows the corpus name now
      assert.equal((await s.getArticle(a1.id))!.entities[0].name, 'Donald Trump');
    });

    it('a full name first, then the surname alone, links (the unique person with that surname)', async (s) => {
      const t1 = 'Volodymyr Zelensky visited Washington.';
      const t2 = 'Zelensky asked for missiles.';
      const a1 = await s.addArticle(doc(t1), annotations(t1, [person('z', 'Volodymyr Zelensky')]), NOW);
      const a2 = await s.addArticle(doc(t2), annotations(t2, [person('z', 'Zelensky')]), NOW);
      const [e1, e2] = await Promise.all([a1, a2].map(async (a) => (await s.getArticle(a.id))!.entities[0]));
      assert.equal(e1.id, e2.id);
      assert.equal(e2.name, 'Volodymyr Zelensky');
    });

    it('two Smiths with different first names stay apart, and a bare Smith links to neither', async (s) => {
      const t1 = 'John Smith chairs the committee. Smith declined to comment.';
      const t2 = 'Jane Smith leads the union. Smith said talks failed.';
      const t3 = 'Smith was not available.';
      const a1 = await s.addArticle(doc(t1), annotations(t1, [person('s', 'John Smith', ['John Smith', 'Smith'])]), NOW);
      const a2 = await s.addArticle(doc(t2), annotations(t2, [person('s', 'Jane Smith', ['Jane Smith', 'Smith'])]), NOW);
      const a3 = await s.addArticle(doc(t3), annotations(t3, [person('s', 'Smith')]), NOW);
      const [john, jane, bare] = await Promise.all([a1, a2, a3].map(async (a) => (await s.getArticle(a.id))!.entities[0]));
      assert.equal(john.name, 'John Smith');
      assert.equal(jane.name, 'Jane Smith');
      assert.notEqual(john.id, jane.id);
      assert.notEqual(bare.id, john.id);
      assert.notEqual(bare.id, jane.id);
      // and a third Smith arriving later is not glued onto the bare one
      const t4 = 'Bob Smith won the race.';
      const a4 = await s.addArticle(doc(t4), annotations(t4, [person('s', 'Bob Smith')]), NOW);
      const bob = (await s.getArticle(a4.id))!.entities[0];
      assert.ok(![john.id, jane.id, bare.id].includes(bob.id));
      assert.equal((await s.getEntity(bare.id))!.name, 'Smith');
      // John again, by full name, is John
      const t5 = 'John Smith resigned.';
      const a5 = await s.addArticle(doc(t5), annotations(t5, [person('s', 'John Smith')]), NOW);
      assert.equal((await s.getArticle(a5.id))!.entities[0].id, john.id);
    });

    it('within one document each entity sees those linked before it (surname after full name, upgrade, a salted id)', async (s) => {
      const t1 = 'Ada Lovelace wrote the notes. Later, Lovelace was praised.';
      const a1 = await s.addArticle(doc(t1), annotations(t1, [person('a', 'Ada Lovelace'), person('b', 'Lovelace')]), NOW);
      const v1 = (await s.getArticle(a1.id))!;
      assert.deepEqual(v1.entities.map((e) => e.name), ['Ada Lovelace'], 'the bare surname links to the person just created');

      const t2 = 'Smith spoke first. John Smith then agreed.';
      const a2 = await s.addArticle(doc(t2), annotations(t2, [person('s', 'Smith'), person('j', 'John Smith')]), NOW);
      const [john] = (await s.getArticle(a2.id))!.entities;
      assert.deepEqual([(await s.getArticle(a2.id))!.entities.length, john.name], [1, 'John Smith'], 'the full name upgrades the bare one');

      // Jane is new; the bare Smith after her is then ambiguous (John, Jane): a new entity whose first
      // id is John's (he was created as "Smith"), so it is salted
      const t3 = 'Jane Smith arrived. Smith left.';
      const a3 = await s.addArticle(doc(t3), annotations(t3, [person('j', 'Jane Smith'), person('s', 'Smith')]), NOW);
      const v3 = (await s.getArticle(a3.id))!;
      const names = new Map(v3.entities.map((e) => [e.name, e.id]));
      assert.deepEqual([...names.keys()].sort(), ['Jane Smith', 'Smith']);
      assert.ok(![john.id, names.get('Jane Smith')].includes(names.get('Smith')));
      assert.equal((await s.getEntity(john.id))!.name, 'John Smith');
      assert.equal((await s.listEntities({ type: 'PERSON' })).length, 4);
    });

    it('places and organisations link by exact name or alias, only within one type; NORP stays its own', async (s) => {
      const t1 = 'The United Nations met in Kyiv, Ukraine. Israeli envoys came.';
      const t2 = 'The UN praised Ukraine. Jordan the striker scored in Jordan.';
      const a1 = await s.addArticle(doc(t1), annotations(t1, [
        { key: 'un', name: 'United Nations', type: 'ORG', surfaces: ['United Nations', 'UN'] },
        { key: 'k', name: 'Kyiv', type: 'GPE' },
        { key: 'u', name: 'Ukraine', type: 'GPE' },
        { key: 'i', name: 'Israeli', type: 'NORP', place: 'Israel' },
      ]), NOW);
      const a2 = await s.addArticle(doc(t2), annotations(t2, [
        { key: 'un', name: 'UN', type: 'ORG' },
        { key: 'u', name: 'Ukraine', type: 'GPE' },
        { key: 'j1', name: 'Jordan', type: 'PERSON', surfaces: [] },
        { key: 'j2', name: 'Jordan', type: 'GPE', surfaces: [] },
      ]), NOW);
      const v1 = (await s.getArticle(a1.id))!;
      const v2 = (await s.getArticle(a2.id))!;
      const id = (v: typeof v1, n: string, t?: EntityType) => v.entities.find((e) => e.name === n && (!t || e.type === t))!.id;
      assert.equal(id(v2, 'United Nations'), id(v1, 'United Nations'));
      assert.equal(id(v2, 'Ukraine'), id(v1, 'Ukraine'));
      assert.notEqual(id(v1, 'Kyiv'), id(v1, 'Ukraine'));
      assert.notEqual(id(v2, 'Jordan', 'PERSON'), id(v2, 'Jordan', 'GPE'));
      const israeli = (await s.findEntities('Israeli'))[0];
      assert.equal(israeli.type, 'NORP');
      assert.deepEqual(await s.findEntities('Israel'), []);
    });

    it('findEntities matches a whole name or alias, case- and accent-insensitively; getEntity; listEntities', async (s) => {
      const t1 = 'Donald Trump met Volodymyr Zelenskyy. Trump spoke. Trump left. Zelenskyy stayed in Kyiv.';
      const t2 = 'Trump called Zelenskyy.';
      await s.addArticle(doc(t1), annotations(t1, [
        person('t', 'Donald Trump', ['Donald Trump', 'Trump'], ['U.S. President']),
        person('z', 'Volodymyr Zelenskyy', ['Volodymyr Zelenskyy', 'Zelenskyy']),
        { key: 'k', name: 'Kyiv', type: 'GPE' },
      ]), NOW);
      await s.addArticle(doc(t2), annotations(t2, [person('t', 'Trump'), person('z', 'Zelenskyy')]), NOW);

      const [trump] = await s.findEntities('donald TRUMP');
      assert.equal(trump.name, 'Donald Trump');
      assert.deepEqual((await s.findEntities('Trump')).map((e) => e.id), [trump.id]);
      assert.deepEqual((await s.findEntities('Zelénskyy')).map((e) => e.name), ['Volodymyr Zelenskyy']);
      assert.deepEqual(await s.findEntities('Don'), []);
      assert.deepEqual(await s.findEntities(''), []);
      assert.deepEqual(await s.findEntities("'; DROP TABLE entities; --"), []);
      assert.equal(trump.articleCount, 2);
      assert.equal(trump.mentionCount, 4);
      assert.deepEqual(await s.getEntity(trump.id), trump);
      assert.equal(await s.getEntity('nope'), null);

      const all = await s.listEntities();
      assert.deepEqual(all.map((e) => e.name), ['Donald Trump', 'Volodymyr Zelenskyy', 'Kyiv']);
      assert.deepEqual((await s.listEntities({ type: 'GPE' })).map((e) => e.name), ['Kyiv']);
      assert.deepEqual((await s.listEntities({ prefix: 'vol' })).map((e) => e.name), ['Volodymyr Zelenskyy']);
      assert.deepEqual((await s.listEntities({ prefix: '%' })).map((e) => e.name), all.map((e) => e.name));
      assert.deepEqual((await s.listEntities({ limit: 1, offset: 1 })).map((e) => e.name), ['Volodymyr Zelenskyy']);
    });

    it('entityArticles lists the articles naming an entity, newest first', async (s) => {
      const add = async (t: string, published: string, ents: EntitySpec[]) =>
        (await s.addArticle(doc(t, { published }), annotations(t, ents), NOW)).id;
      const a = await add('Putin spoke in Moscow.', '2025-10-01', [person('p', 'Putin'), { key: 'm', name: 'Moscow', type: 'GPE' }]);
      const b = await add('Putin flew to Budapest.', '2025-10-10', [person('p', 'Putin')]);
      await add('Moscow weather was cold.', '2025-10-05', [{ key: 'm', name: 'Moscow', type: 'GPE' }]);
      const [putin] = await s.findEntities('Putin');
      assert.deepEqual((await s.entityArticles(putin.id)).map((x) => x.id), [b, a]);
      assert.deepEqual((await s.entityArticles(putin.id, { limit: 1, offset: 1 })).map((x) => x.id), [a]);
      assert.deepEqual(await s.entityArticles('nope'), []);
    });

    it('articlesSharingEntities gives each other article with the entity ids it shares, most shared first', async (s) => {
      const T = person('t', 'Trump');
      const P = person('p', 'Putin');
      const B: EntitySpec = { key: 'b', name: 'Budapest', type: 'GPE' };
      const add = async (t: string, ents: EntitySpec[]) => (await s.addArticle(doc(t), annotations(t, ents), NOW)).id;
      const a = await add('Trump and Putin meet in Budapest.', [T, P, B]);
      const b = await add('Trump praised Budapest.', [T, B]);
      const c = await add('Putin stayed home.', [P]);
      await add('Nobody relevant here, said Smith.', [person('s', 'Smith')]);
      const view = (await s.getArticle(a))!;
      const idOf = (n: string) => view.entities.find((e) => e.name === n)!.id;
      const got = await s.articlesSharingEntities(a);
      assert.deepEqual(got.map((g) => g.articleId), [b, c]);
      assert.deepEqual([...got[0].entityIds].sort(), [idOf('Trump'), idOf('Budapest')].sort());
      assert.deepEqual(got[1].entityIds, [idOf('Putin')]);
      assert.deepEqual((await s.articlesSharingEntities(a, { limit: 1 })).map((g) => g.articleId), [b]);
      assert.deepEqual(await s.articlesSharingEntities('nope'), []);
    });

    // ---- quotes ----

    it('quotes: newest first, by speaker across articles, by article, with the article summary', async (s) => {
      const t1 = '"We will win," Zelensky said. "No," an aide replied.';
      const t2 = '"Peace is near," Zelensky declared.';
      const a1 = await s.addArticle(doc(t1, { published: '2025-10-01', title: 'One' }), annotations(t1, [person('z', 'Zelensky')], {
        quotes: [
          { text: 'We will win,', speakerText: 'Zelensky', speaker: 'z', cue: 'said', partial: false },
          { text: 'No,', speakerText: 'an aide', speaker: null, cue: 'replied', partial: false },
        ],
      }), NOW);
      const a2 = await s.addArticle(doc(t2, { published: '2025-10-05', title: 'Two' }), annotations(t2, [person('z', 'Zelensky')], {
        quotes: [{ text: 'Peace is near,', speakerText: 'Zelensky', speaker: 'z', cue: 'declared', partial: false }],
      }), NOW);
      const all = await s.quotes();
      assert.deepEqual(all.map((q) => q.text), ['Peace is near,', 'We will win,', 'No,']);
      assert.equal(all[0].article.id, a2.id);
      assert.equal(all[0].article.title, 'Two');
      assert.equal(all[0].article.published, '2025-10-05');
      const [z] = await s.findEntities('Zelensky');
      assert.deepEqual(all[0].speaker, { id: z.id, name: 'Zelensky', type: 'PERSON' });
      assert.equal(all[2].speaker, null);
      assert.equal(all[2].speakerText, 'an aide');
      assert.deepEqual((await s.quotes({ speakerId: z.id })).map((q) => q.text), ['Peace is near,', 'We will win,']);
      assert.deepEqual((await s.quotes({ articleId: a1.id })).map((q) => q.text), ['We will win,', 'No,']);
      assert.deepEqual((await s.quotes({ articleId: a1.id, speakerId: z.id })).map((q) => q.cue), ['said']);
      assert.deepEqual((await s.quotes({ limit: 1, offset: 1 })).map((q) => q.text), ['We will win,']);
      const q = all[1];
      assert.equal(t1.slice(q.start, q.end), q.text);
      assert.equal(q.sentence, 0);
      assert.equal(q.partial, false);
    });

    it('a quote in the title (sentence TITLE_SENTENCE, offsets into the title) is kept with its words beside the body\'s, whose sentences do not shift', async (s) => {
      const title = 'Zelensky: "We will win"';
      const t = 'We will win the war. Zelensky said so on Monday.';
      const ann = annotations(t, [person('z', 'Zelensky')]);
      // the title's words at the same offsets as other words of the text: they must not be read from the text
      const titleQuote = { start: 11, end: 22, text: 'We will win', speakerText: 'Zelensky', speaker: 'z', cue: null, partial: false, sentence: TITLE_SENTENCE };
      const bodyQuote = { start: 0, end: 11, text: 'We will win', speakerText: 'Zelensky', speaker: 'z', cue: 'said', partial: true, sentence: 0 };
      ann.quotes = [titleQuote, bodyQuote];
      const a = await s.addArticle(doc(t, { title }), ann, NOW);
      const v = (await s.getArticle(a.id))!;
      const [z] = await s.findEntities('Zelensky');
      assert.deepEqual(v.quotes.map((q) => [q.text, q.sentence, q.start, q.end, q.speaker?.id ?? null]), [['We will win', TITLE_SENTENCE, 11, 22, z.id], ['We will win', 0, 0, 11, z.id]]);
      assert.equal(v.title.slice(v.quotes[0].start, v.quotes[0].end), 'We will win');
      assert.ok(isTitleQuote(v.quotes[0]) && !isTitleQuote(v.quotes[1]));
      assert.deepEqual(v.sentences.map((x) => x.index), [0, 1]);
      const hits = await s.quotes({ speakerId: z.id });
      assert.deepEqual(hits.map((q) => [q.text, q.sentence]), [['We will win', TITLE_SENTENCE], ['We will win', 0]]);
    });

    // ---- coreference ----

    it('coreference links keep the corpus entity they point at, apart from the name mentions', async (s) => {
      const t = 'Trump met Putin. He said the president was strong.';
      const ann = annotations(t, [person('t', 'Trump'), person('p', 'Putin')]);
      const he = t.indexOf('He');
      const pres = t.indexOf('the president');
      ann.coref = [
        { start: he, end: he + 2, text: 'He', entity: 't', sentence: 1, kind: 'pronoun', confidence: 0.8 },
        { start: pres, end: pres + 13, text: 'the president', entity: 'p', sentence: 1, kind: 'role', confidence: 0.5 },
      ];
      const r = await s.addArticle(doc(t), ann, NOW);
      const v = (await s.getArticle(r.id))!;
      const [trump] = await s.findEntities('Trump');
      const [putin] = await s.findEntities('Putin');
      assert.deepEqual(v.coref, [
        { start: he, end: he + 2, text: 'He', entity: { id: trump.id, name: 'Trump', type: 'PERSON' }, sentence: 1, kind: 'pronoun', confidence: 0.8 },
        { start: pres, end: pres + 13, text: 'the president', entity: { id: putin.id, name: 'Putin', type: 'PERSON' }, sentence: 1, kind: 'role', confidence: 0.5 },
      ]);
      // names are counted as mentions; what a pronoun points at is not a mention of the name
      assert.equal(trump.mentionCount, 1);
      assert.deepEqual(v.entities.find((e) => e.id === trump.id)!.mentions.map((m) => m.text), ['Trump']);
      // an article without links has an empty list
      const t2 = 'Putin spoke.';
      const r2 = await s.addArticle(doc(t2), annotations(t2, [person('p', 'Putin')]), NOW);
      assert.deepEqual((await s.getArticle(r2.id))!.coref, []);
    });

    // ---- corrections: merge, split, and the store's own revision of first-come links ----

    /** Everything a correction may touch, to compare before and after one that fails. */
    const everything = async (st: Store) => {
      const arts = await st.listArticles({ limit: 100 });
      return {
        entities: (await st.listEntities({ limit: 100 })).sort((a, b) => (a.id < b.id ? -1 : 1)),
        views: await Promise.all(arts.map((a) => st.getArticle(a.id))),
        corrections: await st.entityCorrections(),
        quotes: await st.quotes(),
      };
    };

    /** Two articles about Smith the bare name, one about John Smith: a merge candidate and a split one. */
    const smiths = async (st: Store) => {
      const t1 = 'John Smith met Putin. "We agreed," Smith said. He left early.';
      const ann1 = annotations(t1, [person('j', 'John Smith', ['John Smith', 'Smith']), person('p', 'Putin')], {
        quotes: [{ text: 'We agreed,', speakerText: 'Smith', speaker: 'j', cue: 'said', partial: false }],
        events: [{ trigger: 'met', cameo: '04', actor: 'j', target: 'p', place: null, when: null, modality: 'happened' }],
      });
      const he = t1.indexOf('He');
      ann1.coref = [{ start: he, end: he + 2, text: 'He', entity: 'j', sentence: 2, kind: 'pronoun', confidence: 0.9 }];
      const a1 = await st.addArticle(doc(t1), ann1, NOW);
      // Jane arrives before the bare Smith: the bare Smith is ambiguous, its own entity
      const t2 = 'Jane Smith runs the union.';
      const a2 = await st.addArticle(doc(t2), annotations(t2, [person('n', 'Jane Smith')]), NOW);
      const t3 = 'Putin praised Smith. "Good man," Putin said of Smith.';
      const a3 = await st.addArticle(doc(t3), annotations(t3, [person('p', 'Putin'), person('s', 'Smith')], {
        quotes: [{ text: 'Good man,', speakerText: 'Putin', speaker: 'p', cue: 'said', partial: false }],
        events: [{ trigger: 'praised', cameo: '05', actor: 'p', target: 's', place: null, when: null, modality: 'happened' }],
      }), NOW);
      const id = async (a: AddResult, name: string) => (await st.getArticle(a.id))!.entities.find((e) => e.name === name)!.id;
      return { a1, a2, a3, john: await id(a1, 'John Smith'), jane: await id(a2, 'Jane Smith'), bare: await id(a3, 'Smith'), putin: await id(a1, 'Putin') };
    };

    it('mergeEntities folds one entity into another: mentions, quotes, event roles, coreference links and aliases move; it is gone', async (s) => {
      const x = await smiths(s);
      // the John article also names the bare Smith entity's future survivor: make B appear in A's article too
      const before = (await s.getEntity(x.john))!;
      const c = await s.mergeEntities(x.john, x.bare, '2025-10-21T08:00:00.000Z');
      assert.deepEqual(c, { kind: 'merge', entityId: x.john, otherId: x.bare, otherName: 'Smith', alias: null, articles: 1, at: '2025-10-21T08:00:00.000Z' });
      assert.equal(await s.getEntity(x.bare), null, 'the folded entity is gone');
      const v3 = (await s.getArticle(x.a3.id))!;
      assert.deepEqual(v3.entities.map((e) => [e.id, e.name, e.mentions.length]).sort(), [[x.john, 'John Smith', 2], [x.putin, 'Putin', 2]].sort());
      assert.deepEqual(v3.events.map((e) => [e.actor?.id, e.target?.id]), [[x.putin, x.john]]);
      const john = (await s.getEntity(x.john))!;
      assert.deepEqual([john.articleCount, john.mentionCount], [before.articleCount + 1, before.mentionCount + 2]);
      assert.deepEqual([...john.aliases].sort(), ['John Smith', 'Smith']);
      assert.deepEqual((await s.entityArticles(x.john)).map((a) => a.id).sort(), [x.a1.id, x.a3.id].sort());
      // the survivor's own article is untouched: quote, event, coreference link still name John
      const v1 = (await s.getArticle(x.a1.id))!;
      assert.deepEqual([v1.quotes[0].speaker?.id, v1.events[0].actor?.id, v1.coref?.[0].entity.id], [x.john, x.john, x.john]);
      assert.deepEqual(await s.entityCorrections(), [c]);
      // the next article naming only "Smith" resolves to the survivor, though Jane Smith shares the name
      const t4 = 'Smith returned on Friday.';
      const a4 = await s.addArticle(doc(t4), annotations(t4, [person('s', 'Smith')]), NOW);
      assert.equal((await s.getArticle(a4.id))!.entities[0].id, x.john);
      // and Jane by her full name is still Jane
      const t5 = 'Jane Smith called a strike.';
      const a5 = await s.addArticle(doc(t5), annotations(t5, [person('n', 'Jane Smith')]), NOW);
      assert.equal((await s.getArticle(a5.id))!.entities[0].id, x.jane);
      // a third Smith arriving does not revise what the user decided: the merged articles stay John's
      const t6 = 'Bob Smith won the race.';
      await s.addArticle(doc(t6), annotations(t6, [person('b', 'Bob Smith')]), NOW);
      for (const a of [x.a3, a4]) assert.equal((await s.getArticle(a.id))!.entities.find((e) => e.name === 'John Smith')?.id, x.john);
      assert.deepEqual((await s.entityCorrections()).map((k) => k.kind), ['merge']);
    });

    it('mergeEntities moves quotes and coreference links of the folded entity, and sums an article naming both', async (s) => {
      const x = await smiths(s);
      // fold John into the bare Smith: John's quote, event, coreference link and aliases go to it
      await s.mergeEntities(x.bare, x.john, NOW);
      assert.equal(await s.getEntity(x.john), null);
      const v1 = (await s.getArticle(x.a1.id))!;
      assert.deepEqual([v1.quotes[0].speaker?.id, v1.events[0].actor?.id, v1.coref?.[0].entity.id], [x.bare, x.bare, x.bare]);
      assert.deepEqual((await s.quotes({ speakerId: x.bare })).map((q) => q.text), ['We agreed,']);
      const bare = (await s.getEntity(x.bare))!;
      assert.equal(bare.name, 'Smith');
      assert.deepEqual([...bare.aliases].sort(), ['John Smith', 'Smith']);
      assert.deepEqual([bare.articleCount, bare.mentionCount], [2, 4]);
      // an article naming both before a merge has one link after it, with both counts
      const t = 'Ada Lovelace wrote. The Countess of Lovelace agreed.';
      const r = await s.addArticle(doc(t), annotations(t, [person('a', 'Ada Lovelace'), { key: 'c', name: 'Countess of Lovelace', type: 'ORG' }]), NOW);
      const [ada, countess] = (await s.getArticle(r.id))!.entities.map((e) => e.id);
      await s.mergeEntities(ada, countess, NOW);
      const v = (await s.getArticle(r.id))!;
      assert.deepEqual(v.entities.map((e) => [e.id, e.mentions.length]), [[ada, 2]]);
      assert.deepEqual([(await s.getEntity(ada))!.articleCount, (await s.getEntity(ada))!.mentionCount], [1, 2]);
    });

    it('splitEntity moves the articles naming an entity only by that form to a new entity; later ones never link back', async (s) => {
      // "Trump" alone, then Melania Trump arrives first and takes the bare entity (first-come)
      const t1 = 'Trump spoke on Monday. "We will win," Trump said.';
      const a1 = await s.addArticle(doc(t1), annotations(t1, [person('t', 'Trump')], {
        quotes: [{ text: 'We will win,', speakerText: 'Trump', speaker: 't', cue: 'said', partial: false }],
      }), NOW);
      const t2 = 'Melania Trump opened the garden. Trump thanked the staff.';
      const a2 = await s.addArticle(doc(t2), annotations(t2, [person('m', 'Melania Trump', ['Melania Trump', 'Trump'])]), NOW);
      const melania = (await s.getArticle(a2.id))!.entities[0];
      assert.equal((await s.getArticle(a1.id))!.entities[0].id, melania.id, 'first-come: she took the bare Trump');
      const c = await s.splitEntity(melania.id, 'trump', '2025-10-22T00:00:00.000Z');
      assert.equal(c.kind, 'split');
      assert.deepEqual([c.entityId, c.alias, c.articles, c.otherName], [melania.id, 'Trump', 1, 'Trump']);
      const v1 = (await s.getArticle(a1.id))!;
      assert.deepEqual(v1.entities.map((e) => [e.id, e.name, e.mentions.length]), [[c.otherId, 'Trump', 2]]);
      assert.equal(v1.quotes[0].speaker?.id, c.otherId);
      // her own article, which names her in full, keeps its "Trump" with her
      assert.deepEqual((await s.getArticle(a2.id))!.entities.map((e) => [e.id, e.mentions.map((m) => m.text)]), [[melania.id, ['Melania Trump', 'Trump']]]);
      const m = (await s.getEntity(melania.id))!;
      assert.deepEqual([m.aliases, m.articleCount, m.mentionCount], [['Melania Trump'], 1, 2]);
      assert.deepEqual((await s.getEntity(c.otherId!))!.aliases, ['Trump']);
      assert.deepEqual((await s.findEntities('Trump')).map((e) => e.id), [c.otherId]);
      // later: a bare "Trump" goes to the split-off entity, never to her, even while she is the only Trump
      const t3 = 'Trump tweeted again.';
      const a3 = await s.addArticle(doc(t3), annotations(t3, [person('t', 'Trump')]), NOW);
      assert.equal((await s.getArticle(a3.id))!.entities[0].id, c.otherId);
      // her full name still finds her, and the form does not come back as her alias
      const t4 = 'Melania Trump visited a school. Trump read to the pupils.';
      const a4 = await s.addArticle(doc(t4), annotations(t4, [person('m', 'Melania Trump', ['Melania Trump', 'Trump'])]), NOW);
      assert.equal((await s.getArticle(a4.id))!.entities[0].id, melania.id);
      assert.deepEqual((await s.getEntity(melania.id))!.aliases, ['Melania Trump']);
      assert.deepEqual((await s.findEntities('Trump')).map((e) => e.id), [c.otherId]);
      assert.deepEqual((await s.entityCorrections()).map((x) => x.kind), ['split']);
    });

    it('splitEntity with no article to move still stops the form linking; an existing entity of that name takes moved articles', async (s) => {
      const t1 = 'Gordon Brown met bankers. Brown spoke.';
      const a1 = await s.addArticle(doc(t1), annotations(t1, [person('g', 'Gordon Brown', ['Gordon Brown', 'Brown'])]), NOW);
      const gordon = (await s.getArticle(a1.id))!.entities[0].id;
      const c = await s.splitEntity(gordon, 'Brown', NOW);
      assert.deepEqual([c.otherId, c.otherName, c.articles], [null, null, 0]);
      assert.deepEqual((await s.listEntities()).map((e) => e.id), [gordon], 'no entity is made for nothing');
      const t2 = 'Brown scored twice.';
      const a2 = await s.addArticle(doc(t2), annotations(t2, [person('b', 'Brown')]), NOW);
      const bare = (await s.getArticle(a2.id))!.entities[0].id;
      assert.notEqual(bare, gordon);
      // an article naming Gordon only as "Mr Brown"'s surname came in before: it goes to that bare entity
      const t3 = 'Wes Brown is injured.';
      await s.addArticle(doc(t3), annotations(t3, [person('w', 'Wes Brown', ['Wes Brown'])]), NOW);
      assert.equal((await s.listEntities({ type: 'PERSON' })).length, 3);
    });

    it('bad corrections are refused with the item and the reason, and change nothing', async (s) => {
      const x = await smiths(s);
      const before = await everything(s);
      const refused = async (p: Promise<unknown>, code: string, re: RegExp) => {
        await assert.rejects(p, (e: unknown) => e instanceof DeskError && e.code === code && re.test(e.message));
      };
      await refused(s.mergeEntities(x.john, 'feedfacecafe', NOW), 'NOT_FOUND', /feedfacecafe/);
      await refused(s.mergeEntities('feedfacecafe', x.john, NOW), 'NOT_FOUND', /feedfacecafe/);
      await refused(s.mergeEntities(x.john, x.john, NOW), 'CORRECTION_INVALID', new RegExp(`${x.john}.*itself`));
      await refused(s.splitEntity('feedfacecafe', 'Smith', NOW), 'NOT_FOUND', /feedfacecafe/);
      await refused(s.splitEntity(x.john, 'Smyth', NOW), 'CORRECTION_INVALID', /no alias "Smyth".*"Smith"/);
      await refused(s.splitEntity(x.john, 'John  SMITH', NOW), 'CORRECTION_INVALID', /is the name of entity/);
      await refused(s.splitEntity(x.john, ' ', NOW), 'CORRECTION_INVALID', /empty/);
      assert.deepEqual(await everything(s), before);
    });

    it('a failure injected after each step of a correction rolls all of it back', async (s) => {
      const hooked = s as Store & { afterStep?: ((step: string) => void) | null };
      if (!('afterStep' in hooked)) return;
      const x = await smiths(s);
      const before = await everything(s);
      for (const step of ['correction:links', 'correction:rules', 'correction:log']) {
        hooked.afterStep = (at) => {
          if (at === step) throw new Error(`injected after ${step}`);
        };
        await assert.rejects(s.mergeEntities(x.john, x.bare, NOW), /injected after/, step);
        assert.deepEqual(await everything(s), before, `merge, ${step}`);
        await assert.rejects(s.splitEntity(x.john, 'Smith', NOW), /injected after/, step);
        assert.deepEqual(await everything(s), before, `split, ${step}`);
      }
      hooked.afterStep = null;
      // and the rules were not kept either: a bare Smith is still ambiguous, not John's
      const t = 'Smith waved.';
      const r = await s.addArticle(doc(t), annotations(t, [person('s', 'Smith')]), NOW);
      assert.equal((await s.getArticle(r.id))!.entities[0].id, x.bare);
    });

    it('a second full name sharing a surname takes the first one\'s bare-surname-only articles back to a bare entity', async (s) => {
      // "Trump" alone twice, then Melania Trump upgrades the bare entity (first-come) and keeps getting bare Trumps
      const bareTexts = ['Trump spoke on Monday.', 'Trump signed the order.'];
      const bareIds: string[] = [];
      for (const t of bareTexts.slice(0, 1)) bareIds.push((await s.addArticle(doc(t), annotations(t, [person('t', 'Trump')]), NOW)).id);
      const t2 = 'Melania Trump opened the garden. Trump thanked the staff.';
      const a2 = await s.addArticle(doc(t2), annotations(t2, [person('m', 'Melania Trump', ['Melania Trump', 'Trump'])]), NOW);
      for (const t of bareTexts.slice(1)) bareIds.push((await s.addArticle(doc(t), annotations(t, [person('t', 'Trump')]), NOW)).id);
      const melania = (await s.getArticle(a2.id))!.entities[0].id;
      for (const id of bareIds) assert.equal((await s.getArticle(id))!.entities[0].id, melania, 'before: poured into her');
      // Donald Trump arrives: the articles that named her only "Trump" were first-come; they go to a bare Trump
      const t3 = 'Donald Trump flew to Cairo.';
      const a3 = await s.addArticle(doc(t3), annotations(t3, [person('d', 'Donald Trump')]), '2025-10-23T00:00:00.000Z');
      const donald = (await s.getArticle(a3.id))!.entities[0].id;
      const moved = new Set(await Promise.all(bareIds.map(async (id) => (await s.getArticle(id))!.entities[0].id)));
      assert.equal(moved.size, 1);
      const [bare] = moved;
      assert.ok(![melania, donald].includes(bare));
      assert.equal((await s.getEntity(bare))!.name, 'Trump');
      // her own article, which names her in full, stays hers
      assert.equal((await s.getArticle(a2.id))!.entities[0].id, melania);
      assert.deepEqual([(await s.getEntity(melania))!.articleCount, (await s.getEntity(bare))!.articleCount], [1, 2]);
      assert.deepEqual(await s.entityCorrections(), [
        { kind: 'revise', entityId: melania, otherId: bare, otherName: 'Trump', alias: 'Trump', articles: 2, at: '2025-10-23T00:00:00.000Z' },
      ]);
      // a later bare Trump joins the bare entity, not either full name
      const t4 = 'Trump spoke again.';
      const a4 = await s.addArticle(doc(t4), annotations(t4, [person('t', 'Trump')]), NOW);
      assert.equal((await s.getArticle(a4.id))!.entities[0].id, bare);
    });

    it('a bare surname goes to the person its co-mentions point to, and a later full name takes back what they point to it', async (s) => {
      // unrelated articles first, so a name in one or two articles is rare in the corpus
      for (let i = 0; i < 6; i++) await s.addArticle(doc(`Filler story number ${i} about the weather.`), annotations(`Filler story number ${i} about the weather.`), NOW);
      const org = (key: string, name: string): EntitySpec => ({ key, name, type: 'ORG' });
      const add = async (t: string, ents: EntitySpec[], at = NOW) => (await s.addArticle(doc(t), annotations(t, ents), at)).id;
      const idIn = async (article: string, name: string) => (await s.getArticle(article))!.entities.find((e) => e.mentions.some((m) => m.text === name))!.id;
      const a1 = await add('Vera Quillan opened the Brackley Harbour museum with Tamsin Orrell.', [person('v', 'Vera Quillan'), org('b', 'Brackley Harbour'), person('t', 'Tamsin Orrell')]);
      const vera = await idIn(a1, 'Vera Quillan');
      // Vera is the only Quillan: bare Quillans are hers, whatever their company (first-come)
      const b1 = await add('Quillan launched an appeal with Tamsin Orrell at Brackley Harbour.', [person('q', 'Quillan'), person('t', 'Tamsin Orrell'), org('b', 'Brackley Harbour')]);
      const c1 = await add('Quillan scored twice for Fenwick Rovers, said Ilse Marrow.', [person('q', 'Quillan'), org('f', 'Fenwick Rovers'), person('i', 'Ilse Marrow')]);
      assert.deepEqual([await idIn(b1, 'Quillan'), await idIn(c1, 'Quillan')], [vera, vera]);
      // Otto Quillan arrives with Fenwick Rovers and Ilse Marrow: the football article moves to him, the museum one stays Vera's
      const o1 = await add('Otto Quillan joined Fenwick Rovers, Ilse Marrow said.', [person('o', 'Otto Quillan'), org('f', 'Fenwick Rovers'), person('i', 'Ilse Marrow')], '2025-10-23T00:00:00.000Z');
      const otto = await idIn(o1, 'Otto Quillan');
      assert.notEqual(otto, vera);
      assert.deepEqual([await idIn(b1, 'Quillan'), await idIn(c1, 'Quillan')], [vera, otto]);
      assert.deepEqual([(await s.getEntity(vera))!.articleCount, (await s.getEntity(otto))!.articleCount], [2, 2]);
      assert.deepEqual(await s.entityCorrections(), [
        { kind: 'revise', entityId: vera, otherId: otto, otherName: 'Otto Quillan', alias: 'Quillan', articles: 1, at: '2025-10-23T00:00:00.000Z' },
      ]);
      // now two Quillans: a bare one in Otto's company is his; one with no company is neither's
      const d1 = await add('Quillan was booked as Fenwick Rovers lost, Ilse Marrow said.', [person('q', 'Quillan'), org('f', 'Fenwick Rovers'), person('i', 'Ilse Marrow')]);
      assert.equal(await idIn(d1, 'Quillan'), otto);
      const e1 = await add('Quillan declined to comment.', [person('q', 'Quillan')]);
      assert.ok(![vera, otto].includes(await idIn(e1, 'Quillan')));
    });

    it('a new person takes the articles of the ambiguous bare surname that their company points to', async (s) => {
      for (let i = 0; i < 6; i++) await s.addArticle(doc(`Filler story number ${i} about the tide.`), annotations(`Filler story number ${i} about the tide.`), NOW);
      const org = (key: string, name: string): EntitySpec => ({ key, name, type: 'ORG' });
      const add = async (t: string, ents: EntitySpec[], at = NOW) => (await s.addArticle(doc(t), annotations(t, ents), at)).id;
      const idIn = async (article: string, name: string) => (await s.getArticle(article))!.entities.find((e) => e.mentions.some((m) => m.text === name))!.id;
      const vera = await idIn(await add('Vera Pellow chaired Brackley Council.', [person('v', 'Vera Pellow'), org('b', 'Brackley Council')]), 'Vera Pellow');
      const jon = await idIn(await add('Jon Pellow painted a mural.', [person('j', 'Jon Pellow')]), 'Jon Pellow');
      // two Pellows, no company to go on: the bare entity, twice
      const b1 = await add('Pellow scored twice for Fenwick Rovers, said Ilse Marrow.', [person('q', 'Pellow'), org('f', 'Fenwick Rovers'), person('i', 'Ilse Marrow')]);
      const b2 = await add('Pellow was not available.', [person('q', 'Pellow')]);
      const bare = await idIn(b1, 'Pellow');
      assert.ok(![vera, jon].includes(bare));
      assert.equal(await idIn(b2, 'Pellow'), bare);
      // Otto Pellow, with Fenwick Rovers and Ilse Marrow: the football article is his; the other stays bare
      const o1 = await add('Otto Pellow joined Fenwick Rovers, Ilse Marrow said.', [person('o', 'Otto Pellow'), org('f', 'Fenwick Rovers'), person('i', 'Ilse Marrow')], '2025-10-23T00:00:00.000Z');
      const otto = await idIn(o1, 'Otto Pellow');
      assert.deepEqual([await idIn(b1, 'Pellow'), await idIn(b2, 'Pellow')], [otto, bare]);
      assert.deepEqual(await s.entityCorrections(), [
        { kind: 'revise', entityId: bare, otherId: otto, otherName: 'Otto Pellow', alias: 'Pellow', articles: 1, at: '2025-10-23T00:00:00.000Z' },
      ]);
    });

    it('an entity known only by an acronym joins the full name a later article spells it out for, given shared company', async (s) => {
      for (let i = 0; i < 6; i++) await s.addArticle(doc(`Filler story number ${i} about the moon.`), annotations(`Filler story number ${i} about the moon.`), NOW);
      const org = (key: string, name: string, surfaces?: string[]): EntitySpec => ({ key, name, type: 'ORG', surfaces });
      const place: EntitySpec = { key: 'b', name: 'Brackley', type: 'GPE' };
      const add = async (t: string, ents: EntitySpec[], at = NOW) => (await s.addArticle(doc(t), annotations(t, ents), at)).id;
      const idIn = async (article: string, name: string) => (await s.getArticle(article))!.entities.find((e) => e.mentions.some((m) => m.text === name))!.id;
      const a1 = await add('QFL backed the harvest fair in Brackley, Tamsin Orrell said.', [org('q', 'QFL'), place, person('t', 'Tamsin Orrell')]);
      const a2 = await add('QFL members met Tamsin Orrell in Brackley.', [org('q', 'QFL'), person('t', 'Tamsin Orrell'), place]);
      const qfl = await idIn(a1, 'QFL');
      const league = await idIn(await add('The Quillan Farming League met.', [org('l', 'Quillan Farming League')]), 'Quillan Farming League');
      assert.notEqual(league, qfl, 'initials alone never link across articles');
      // spelt out with none of the acronym's company: nothing folds
      await add('The Quillan Farming League (QFL) set its fees.', [org('l', 'Quillan Farming League', ['Quillan Farming League', 'QFL'])]);
      assert.equal(await idIn(a1, 'QFL'), qfl);
      // spelt out beside Tamsin Orrell in Brackley: the acronym's articles are the league's
      await add('The Quillan Farming League (QFL) and Tamsin Orrell toured Brackley.', [org('l', 'Quillan Farming League', ['Quillan Farming League', 'QFL']), person('t', 'Tamsin Orrell'), place], '2025-10-23T00:00:00.000Z');
      assert.deepEqual([await idIn(a1, 'QFL'), await idIn(a2, 'QFL')], [league, league]);
      assert.equal(await s.getEntity(qfl), null);
      assert.equal((await s.getEntity(league))!.articleCount, 5);
      assert.deepEqual(await s.entityCorrections(), [
        { kind: 'merge', entityId: league, otherId: qfl, otherName: 'QFL', alias: 'QFL', articles: 2, at: '2025-10-23T00:00:00.000Z' },
      ]);
      const a5 = await add('QFL fees rose.', [org('q', 'QFL')]);
      assert.equal(await idIn(a5, 'QFL'), league);
    });

    it('revision by evidence never hands a surname back to the person a user split it from', async (s) => {
      for (let i = 0; i < 6; i++) await s.addArticle(doc(`Filler story number ${i} about the frost.`), annotations(`Filler story number ${i} about the frost.`), NOW);
      const org = (key: string, name: string): EntitySpec => ({ key, name, type: 'ORG' });
      const add = async (t: string, ents: EntitySpec[], at = NOW) => (await s.addArticle(doc(t), annotations(t, ents), at)).id;
      const idIn = async (article: string, name: string) => (await s.getArticle(article))!.entities.find((e) => e.mentions.some((m) => m.text === name))!.id;
      const vera = await idIn(await add('Vera Quillan opened the Brackley Harbour museum with Tamsin Orrell.', [person('v', 'Vera Quillan'), org('b', 'Brackley Harbour'), person('t', 'Tamsin Orrell')]), 'Vera Quillan');
      const b1 = await add('Quillan launched an appeal with Tamsin Orrell at Brackley Harbour.', [person('q', 'Quillan'), person('t', 'Tamsin Orrell'), org('b', 'Brackley Harbour')]);
      const split = await s.splitEntity(vera, 'Quillan', NOW);
      const bare = split.otherId!;
      assert.equal(await idIn(b1, 'Quillan'), bare);
      // Otto arrives: the bare entity's articles are weighed again, but not towards Vera
      await add('Otto Quillan joined Fenwick Rovers.', [person('o', 'Otto Quillan'), org('f', 'Fenwick Rovers')]);
      assert.equal(await idIn(b1, 'Quillan'), bare);
    });

    // ---- ingest log ----

    it('logIngest appends entries; ingestLog returns them newest first', async (s) => {
      const entries = [
        { item: 'a.txt', status: 'added' as const, articleId: 'aaaaaaaaaaaa', code: null, message: null, at: '2025-10-01T00:00:00Z' },
        { item: 'b.txt', status: 'duplicate' as const, articleId: 'aaaaaaaaaaaa', code: null, message: 'same text as a.txt', at: '2025-10-01T00:00:01Z' },
        { item: 'c.bin', status: 'failed' as const, articleId: null, code: 'NOT_TEXT', message: "c.bin: it's binary", at: '2025-10-01T00:00:02Z' },
      ];
      for (const e of entries) await s.logIngest(e);
      assert.deepEqual(await s.ingestLog(), [...entries].reverse());
      assert.deepEqual(await s.ingestLog({ limit: 1, offset: 1 }), [entries[1]]);
    });

    // ---- atomicity ----

    it('a failure mid-insert leaves nothing of that article and earlier articles intact', async (s) => {
      const t1 = 'Trump spoke in Cairo.';
      const a1 = await s.addArticle(doc(t1), annotations(t1, [person('t', 'Trump'), { key: 'c', name: 'Cairo', type: 'GPE' }]), NOW);
      const before = {
        list: await s.listArticles(),
        stats: await s.termStats(['trump', 'cairo', 'zanzibar']),
        trump: (await s.findEntities('Trump'))[0],
        entities: await s.listEntities(),
        view: await s.getArticle(a1.id),
      };
      // would upgrade Trump to Donald Trump and create Zanzibar, then fails on an invalid time granularity
      const t2 = 'Donald Trump flew to Zanzibar within two weeks. "Fine," he said.';
      const bad = annotations(t2, [person('t', 'Donald Trump'), { key: 'z', name: 'Zanzibar', type: 'GPE' }], {
        quotes: [{ text: 'Fine,', speakerText: 'he', speaker: 't', cue: 'said', partial: false }],
        times: [{ text: 'within two weeks', value: null, granularity: 'fortnight' as never, relative: true }],
      });
      await assert.rejects(s.addArticle(doc(t2), bad, NOW), (err: unknown) => {
        assert.ok(err instanceof DeskError);
        assert.equal(err.code, 'STORE_FAILED');
        assert.equal(err.item, 'test.txt');
        return true;
      });
      const after = {
        list: await s.listArticles(),
        stats: await s.termStats(['trump', 'cairo', 'zanzibar']),
        trump: (await s.findEntities('Trump'))[0],
        entities: await s.listEntities(),
        view: await s.getArticle(a1.id),
      };
      assert.deepEqual(after, before);
      assert.equal(after.trump.name, 'Trump');
      assert.deepEqual(await s.findEntities('Zanzibar'), []);
      assert.deepEqual(await s.searchSentences(['zanzibar']), []);
      assert.deepEqual(await s.quotes(), []);
      // the same article, fixed, goes in whole
      const good = { ...bad, times: bad.times.map((t) => ({ ...t, granularity: 'range' as const })) };
      const r = await s.addArticle(doc(t2), good, NOW);
      assert.equal(r.status, 'added');
      assert.equal((await s.getArticle(r.id))!.times.length, 1);
      assert.equal((await s.findEntities('Trump'))[0].name, 'Donald Trump');
    });

    it('annotations that contradict themselves are refused whole (unknown entity key, bad sentence, bad event code)', async (s) => {
      const t = 'Trump met Putin.';
      const base = () => annotations(t, [person('t', 'Trump'), person('p', 'Putin')]);
      const broken: [string, Annotations][] = [
        ['mention of an unknown entity', { ...base(), mentions: [...base().mentions, { start: 0, end: 5, text: 'Trump', entity: 'nope', sentence: 0 }] }],
        ['quote in a sentence that does not exist', { ...base(), quotes: [{ start: 0, end: 5, text: 'Trump', speakerText: null, speaker: null, cue: null, partial: false, sentence: 7 }] }],
        ['event with a CAMEO code outside 01-20', { ...base(), events: [{ start: 6, end: 9, cameo: '21' as never, trigger: 'met', actor: 't', target: 'p', place: null, when: null, modality: 'happened', sentence: 0 }] }],
        ['event actor phrase with an unknown CAMEO actor type', { ...base(), events: [{ start: 6, end: 9, cameo: '04', trigger: 'met', actor: null, actorPhrase: { text: 'the police', type: 'XYZ' as never }, target: 'p', place: null, when: null, modality: 'happened', sentence: 0 }] }],
        ['event target with both an entity and a phrase', { ...base(), events: [{ start: 6, end: 9, cameo: '04', trigger: 'met', actor: 't', target: 'p', targetPhrase: { text: 'officials', type: 'GOV' }, place: null, when: null, modality: 'happened', sentence: 0 }] }],
        ['number with no value', { ...base(), numbers: [{ start: 0, end: 1, text: 'x', kind: 'count', value: Number.NaN, unit: null, counted: null, sentence: 0 }] }],
        ['the same entity key twice', { ...base(), entities: [...base().entities, base().entities[0]] }],
        ['coreference link to an unknown entity', { ...base(), coref: [{ start: 0, end: 5, text: 'Trump', entity: 'nope', sentence: 0, kind: 'pronoun', confidence: 1 }] }],
        ['coreference link with a confidence above 1', { ...base(), coref: [{ start: 0, end: 5, text: 'Trump', entity: 't', sentence: 0, kind: 'pronoun', confidence: 2 }] }],
      ];
      for (const [why, ann] of broken) {
        await assert.rejects(s.addArticle(doc(t), ann, NOW), DeskError, why);
        assert.equal(await s.countArticles(), 0, why);
        assert.deepEqual(await s.listEntities(), [], why);
        assert.equal((await s.termStats([])).sentences, 0, why);
      }
    });

    it('a failure injected after each step of the insert rolls the whole article back', async (s) => {
      const hooked = s as Store & { afterStep?: ((step: string) => void) | null };
      if (!('afterStep' in hooked)) return; // a backend without the hook is covered by the cases above
      const t1 = 'Trump spoke in Cairo.';
      await s.addArticle(doc(t1), annotations(t1, [person('t', 'Trump')]), NOW);
      const t2 = 'Donald Trump went to Zanzibar. "Yes," Trump said on Monday, about 20 boats.';
      const ann = annotations(t2, [person('t', 'Donald Trump', ['Donald Trump', 'Trump']), { key: 'z', name: 'Zanzibar', type: 'GPE' }], {
        quotes: [{ text: 'Yes,', speakerText: 'Trump', speaker: 't', cue: 'said', partial: false }],
        times: [{ text: 'on Monday', value: null, granularity: 'day', relative: true }],
        numbers: [{ text: '20 boats', kind: 'count', value: 20, unit: null, counted: 'boats' }],
        events: [{ trigger: 'went', cameo: '04', actor: 't', target: null, place: 'z', when: null, modality: 'happened' }],
      });
      const steps = ['article', 'sentences', 'entities', 'mentions', 'quotes', 'times', 'numbers', 'events'];
      const snapshot = async () => ({ n: await s.countArticles(), e: await s.listEntities(), st: await s.termStats(['zanzibar']) });
      const before = await snapshot();
      for (const step of steps) {
        hooked.afterStep = (at) => {
          if (at === step) throw new Error(`injected after ${step}`);
        };
        await assert.rejects(s.addArticle(doc(t2), ann, NOW), /injected after/, step);
        assert.deepEqual(await snapshot(), before, step);
      }
      hooked.afterStep = null;
      assert.equal((await s.addArticle(doc(t2), ann, NOW)).status, 'added');
    });

    // ---- concurrent writers (several pooled connections on PostgreSQL) ----

    it('concurrent adds of one article: one is added, the others are duplicates of it', async (s) => {
      const t = 'Simultaneous story about the harbour.';
      const results = await Promise.all([1, 2, 3, 4].map(() => s.addArticle(doc(t), annotations(t), NOW)));
      assert.equal(results.filter((r) => r.status === 'added').length, 1);
      assert.equal(new Set(results.map((r) => r.id)).size, 1);
      assert.equal(await s.countArticles(), 1);
    });

    it('concurrent adds naming the same new entities link them to one entity each', async (s) => {
      const texts = [1, 2, 3, 4, 5].map((i) => `Nova Corp hired Ada Lovelace in Gotham, report ${i} says.`);
      await Promise.all(texts.map((t) => s.addArticle(doc(t), annotations(t, [
        { key: 'o', name: 'Nova Corp', type: 'ORG' },
        person('p', 'Ada Lovelace'),
        { key: 'g', name: 'Gotham', type: 'GPE' },
      ]), NOW)));
      for (const n of ['Nova Corp', 'Ada Lovelace', 'Gotham']) {
        const found = await s.findEntities(n);
        assert.equal(found.length, 1, n);
        assert.equal(found[0].articleCount, 5, n);
      }
      assert.equal((await s.termStats([])).sentences, 5);
    });

    // ---- job queue ----

    it('jobs: claims hand out each ready job once, oldest first, filtered by kind', async (s) => {
      const q = s.jobs;
      assert.ok(q, 'both backends provide the job queue');
      const a = await q.enqueue('fetch', { url: 'https://a.example/1' }, NOW);
      const b = await q.enqueue('fetch', { url: 'https://a.example/2' }, NOW);
      const c = await q.enqueue('feed', { url: 'https://a.example/rss' }, NOW);
      assert.equal(new Set([a, b, c]).size, 3);
      const feed = await q.claim('w1', NOW, { kinds: ['feed'] });
      assert.deepEqual(feed, { id: c, kind: 'feed', payload: { url: 'https://a.example/rss' }, attempts: 1, maxAttempts: 3 });
      // several claimers at once never share a job
      const claims = await Promise.all(['w1', 'w2', 'w3', 'w4'].map((w) => q.claim(w, NOW)));
      const got = claims.filter((j) => j !== null).map((j) => j!.id);
      assert.deepEqual([...got].sort(), [a, b].sort());
      assert.equal(claims.filter((j) => j === null).length, 2);
      assert.deepEqual(await q.counts(), { queued: 0, running: 3, done: 0, failed: 0 });
      const holder = (id: string) => ['w1', 'w2', 'w3', 'w4'][claims.findIndex((j) => j?.id === id)];
      assert.equal(await q.complete(a, 'someone-else', { ok: true }, NOW), false);
      assert.equal(await q.complete(a, holder(a), { ok: true }, NOW), true);
      assert.equal(await q.complete(a, holder(a), { ok: true }, NOW), false, 'a finished job cannot finish twice');
      assert.equal(await q.complete('no-such-job', 'w1', { ok: true }, NOW), false);
      assert.deepEqual(await q.counts(), { queued: 0, running: 2, done: 1, failed: 0 });
    });

    it('jobs: a failure queues the job again until its attempts run out; an expired lease frees it', async (s) => {
      const q = s.jobs!;
      const id = await q.enqueue('fetch', { n: 1 }, NOW, { maxAttempts: 2 });
      const first = await q.claim('w1', '2025-10-20T12:00:00Z', { leaseSeconds: 60 });
      assert.equal(first?.attempts, 1);
      assert.equal(await q.claim('w2', '2025-10-20T12:00:30Z'), null, 'held within the lease');
      assert.equal(await q.complete(id, 'w1', { ok: false, error: 'timeout' }, '2025-10-20T12:00:40Z'), true);
      assert.deepEqual(await q.counts(), { queued: 1, running: 0, done: 0, failed: 0 });
      // second and last attempt: w2 claims, then crashes (never completes)
      const second = await q.claim('w2', '2025-10-20T12:01:00Z', { leaseSeconds: 60 });
      assert.deepEqual([second?.id, second?.attempts], [id, 2]);
      assert.equal(await q.claim('w3', '2025-10-20T12:03:00Z'), null, 'no attempts left: failed, not reclaimed');
      assert.deepEqual(await q.counts(), { queued: 0, running: 0, done: 0, failed: 1 });
      assert.equal(await q.complete(id, 'w2', { ok: true }, '2025-10-20T12:04:00Z'), false);

      // an expired lease with attempts left: another worker takes over, the first loses its claim
      const j = await q.enqueue('fetch', { n: 2 }, NOW);
      await q.claim('w1', '2025-10-20T13:00:00Z', { leaseSeconds: 10 });
      const taken = await q.claim('w2', '2025-10-20T13:00:11Z');
      assert.deepEqual([taken?.id, taken?.attempts], [j, 2]);
      assert.equal(await q.complete(j, 'w1', { ok: true }, '2025-10-20T13:00:12Z'), false);
      assert.equal(await q.complete(j, 'w2', { ok: true }, '2025-10-20T13:00:12Z'), true);
    });

    it('jobs: a renewed lease keeps a long job from being claimed again; only its holder can renew', async (s) => {
      const q = s.jobs!;
      const id = await q.enqueue('fetch', { n: 1 }, NOW);
      await q.claim('w1', '2025-10-20T12:00:00Z', { leaseSeconds: 10 });
      assert.equal(await q.renew(id, 'w1', '2025-10-20T12:00:08Z', { leaseSeconds: 10 }), true);
      assert.equal(await q.claim('w2', '2025-10-20T12:00:15Z'), null, 'renewed until 12:00:18');
      assert.equal(await q.renew(id, 'w2', '2025-10-20T12:00:15Z', { leaseSeconds: 10 }), false, 'not its job');
      assert.equal(await q.renew('no-such-job', 'w1', '2025-10-20T12:00:15Z'), false);
      const taken = await q.claim('w2', '2025-10-20T12:00:19Z');
      assert.deepEqual([taken?.id, taken?.attempts], [id, 2], 'not renewed in time: another worker takes it');
      assert.equal(await q.renew(id, 'w1', '2025-10-20T12:00:20Z'), false, 'the first holder lost it');
      assert.equal(await q.complete(id, 'w2', { ok: true }, '2025-10-20T12:00:21Z'), true);
      assert.equal(await q.renew(id, 'w2', '2025-10-20T12:00:22Z'), false, 'a finished job has no lease');
    });

    it('jobs: list shows each job with its status, holder and last error, newest first, filtered by status', async (s) => {
      const q = s.jobs!;
      assert.deepEqual(await q.list(), []);
      const a = await q.enqueue('ingest', { input: '/a.txt' }, '2025-10-20T12:00:00Z', { maxAttempts: 1 });
      const b = await q.enqueue('ingest', { input: '/b.txt' }, '2025-10-20T12:00:01Z');
      const c = await q.enqueue('ingest', { input: '/c.txt' }, '2025-10-20T12:00:02Z');
      await q.claim('w1', '2025-10-20T12:01:00Z', { leaseSeconds: 60 });
      await q.complete(a, 'w1', { ok: false, error: '/a.txt: not text' }, '2025-10-20T12:01:30Z');
      const held = await q.claim('w2', '2025-10-20T12:02:00Z', { leaseSeconds: 60 });
      assert.equal(held?.id, b);

      const all = await q.list();
      assert.deepEqual(all.map((j) => [j.id, j.status]), [[a, 'failed'], [c, 'queued'], [b, 'running']]);
      const [failed] = await q.list({ status: 'failed' });
      assert.deepEqual(failed, {
        id: a, kind: 'ingest', payload: { input: '/a.txt' }, status: 'failed', attempts: 1, maxAttempts: 1, worker: 'w1',
        leaseUntil: null, error: '/a.txt: not text', createdAt: '2025-10-20T12:00:00.000Z', finishedAt: '2025-10-20T12:01:30.000Z',
      });
      const [running] = await q.list({ status: 'running' });
      assert.deepEqual([running.id, running.worker, running.leaseUntil, running.attempts], [b, 'w2', '2025-10-20T12:03:00.000Z', 1]);
      assert.deepEqual(await q.list({ status: 'done' }), []);
      assert.equal((await q.list({ limit: 1 })).length, 1);
    });

    // ---- stories ----

    const sig = (t: string) => ({ terms: { [t]: 1 }, title: {}, names: {}, numbers: [], minhash: [1, 2, 3], published: null });

    it('stories: stored articles wait in the queue in storage order; joining takes them off in one step', async (s) => {
      const a = await s.addArticle(doc('Alpha text about the harbour vote.', { title: 'Alpha', published: '2025-10-02' }), annotations('Alpha text about the harbour vote.'), NOW);
      const b = await s.addArticle(doc('Beta text about the harbour vote again.', { title: 'Beta', published: '2025-10-01' }), annotations('Beta text about the harbour vote again.'), NOW);
      const c = await s.addArticle(doc('Gamma text on something else.', { title: 'Gamma' }), annotations('Gamma text on something else.'), NOW);
      assert.deepEqual(await s.storyQueue(), [a.id, b.id, c.id]);
      assert.deepEqual(await s.storyQueue({ limit: 1 }), [a.id]);

      const first = await s.joinStory({ articleId: a.id, storyId: null, signature: sig('harbour'), score: 1, reason: 'starts', duplicateOf: null, now: NOW });
      assert.equal(first, 's' + a.id, 'a story is named after the article that started it');
      assert.equal(await s.joinStory({ articleId: b.id, storyId: first, signature: sig('vote'), score: 0.9, reason: 'joins Alpha', duplicateOf: a.id, now: '2025-10-21T00:00:00.000Z' }), first);
      assert.equal(await s.joinStory({ articleId: b.id, storyId: null, signature: sig('x'), score: 1, reason: 'again', duplicateOf: null, now: NOW }), null,
        'an article no longer queued is not placed twice');
      await s.joinStory({ articleId: c.id, storyId: null, signature: sig('gamma'), score: 1, reason: 'starts', duplicateOf: null, now: NOW });
      assert.deepEqual(await s.storyQueue(), []);

      const story = await s.getStory(first!);
      assert.ok(story);
      assert.equal(story.title, 'Alpha');
      assert.equal(story.articleCount, 2);
      assert.deepEqual([story.first, story.last], ['2025-10-01', '2025-10-02'], 'first and last are the members\' dates');
      assert.equal(story.updatedAt, '2025-10-21T00:00:00.000Z');
      assert.deepEqual(story.members.map((m) => [m.article.id, m.position, m.score, m.reason, m.duplicateOf]),
        [[a.id, 0, 1, 'starts', null], [b.id, 1, 0.9, 'joins Alpha', a.id]]);
      const members = await s.storyMembers([a.id, b.id, c.id, 'nope']);
      assert.deepEqual(members.map((m) => [m.articleId, m.storyId]).sort(), [[a.id, first], [b.id, first], [c.id, 's' + c.id]].sort());
      // the same values (a store may read its weight records back without a prototype: compared as JSON)
      assert.deepEqual(JSON.parse(JSON.stringify(members.find((m) => m.articleId === b.id)!.signature)), sig('vote'));
      assert.deepEqual((await s.storyOf([c.id, a.id, 'nope'])).sort((x, y) => (x.articleId < y.articleId ? -1 : 1)),
        [{ articleId: a.id, storyId: first }, { articleId: c.id, storyId: 's' + c.id }].sort((x, y) => (x.articleId < y.articleId ? -1 : 1)));
      assert.equal(await s.countStories(), 2);
      // an undated article counts for the day it was added (2025-10-20), later than 2025-10-02
      assert.deepEqual((await s.listStories()).map((x) => x.id), ['s' + c.id, first]);
      assert.deepEqual((await s.listStories({ limit: 1, offset: 1 })).map((x) => x.id), [first]);
      assert.equal(await s.getStory('nope'), null);
    });

    it('stories: entities of a story, most widely mentioned first; a reset queues every article again in its first order', async (s) => {
      const t1 = 'Mayor Ellen Varga of Aldport backed the harbour plan.';
      const t2 = 'Ellen Varga said Aldport would vote in March.';
      const a = await s.addArticle(doc(t1, { title: 'A' }), annotations(t1, [{ key: 'v', name: 'Ellen Varga', type: 'PERSON' }, { key: 'l', name: 'Aldport', type: 'GPE' }]), NOW);
      const b = await s.addArticle(doc(t2, { title: 'B' }), annotations(t2, [{ key: 'v', name: 'Ellen Varga', type: 'PERSON' }]), NOW);
      const id = await s.joinStory({ articleId: a.id, storyId: null, signature: sig('a'), score: 1, reason: 'r', duplicateOf: null, now: NOW });
      await s.joinStory({ articleId: b.id, storyId: id, signature: sig('b'), score: 0.8, reason: 'r', duplicateOf: null, now: NOW });
      const ents = await s.storyEntities(id!);
      assert.deepEqual(ents.map((e) => [e.name, e.type, e.articles]), [['Ellen Varga', 'PERSON', 2], ['Aldport', 'GPE', 1]]);
      assert.equal((await s.storyEntities(id!, { limit: 1 })).length, 1);

      await s.resetStories();
      assert.deepEqual(await s.storyQueue(), [a.id, b.id]);
      assert.equal(await s.countStories(), 0);
      assert.deepEqual(await s.storyMembers([a.id, b.id]), []);
    });
  });
}
