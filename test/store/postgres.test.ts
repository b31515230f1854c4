// The Store contract against a real PostgreSQL: a throwaway server (see pg-server.ts) or
// NEWSDESK_TEST_PG_URL, a fresh database per case. Without PostgreSQL: skipped locally, failed in CI.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import pg from 'pg';
import type { EntityType } from '../../src/model/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { annotations, doc, runStoreContract, type EntitySpec } from './contract.js';
import { startTestPg } from './pg-server.js';
import { annotate } from '../../src/understand/index.js';
import { prepareArticle } from '../../src/store/prepare.js';

const started = await startTestPg();

if (started.ok) {
  const server = started.pg;
  after(() => server.stop());
  runStoreContract('postgres', async (opts) => openStore({ kind: 'postgres', url: await server.freshDatabase(), ...opts }));

  // PostgreSQL links a document's entities in one batch (few round trips under the entity lock);
  // SQLite links them one by one. Over many documents naming overlapping people, places and
  // bodies, both must end with the same entities, ids, names, aliases, titles and counts.
  test('batched entity linking on PostgreSQL ends exactly where one-by-one linking on SQLite does', async () => {
    const NAMES: [string, EntityType, string[]][] = [
      ['Donald Trump', 'PERSON', ['Donald Trump', 'Trump']], ['Trump', 'PERSON', ['Trump']], ['Melania Trump', 'PERSON', ['Melania Trump']],
      ['President Trump', 'PERSON', ['President Trump']], ['John Smith', 'PERSON', ['John Smith', 'Smith']], ['Jane Smith', 'PERSON', ['Jane Smith']],
      ['Smith', 'PERSON', ['Smith']], ['Ada Lovelace', 'PERSON', ['Ada Lovelace']], ['Lovelace', 'PERSON', ['Lovelace']],
      ['Jordan', 'PERSON', ['Jordan']], ['Jordan', 'GPE', ['Jordan']], ['Kyiv', 'GPE', ['Kyiv']], ['Ukraine', 'GPE', ['Ukraine']],
      ['United Nations', 'ORG', ['United Nations', 'UN']], ['UN', 'ORG', ['UN']], ['Nova Corp', 'ORG', ['Nova Corp']],
      ['Israeli', 'NORP', ['Israeli']], ['Ukrainian', 'NORP', ['Ukrainian']],
    ];
    const TITLES = [[], [], ['President'], ['Senator'], ['spokesman']];
    let seed = 7; // mulberry32: the same documents every run
    const rand = (n: number) => {
      let t = (seed = (seed + 0x6d2b79f5) | 0);
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return (((t ^ (t >>> 14)) >>> 0) % n);
    };
    const docs = Array.from({ length: 150 }, (_, i) => {
      const picked = new Map<string, EntitySpec>();
      for (let k = 1 + rand(4); k > 0; k--) {
        const [name, type, surfaces] = NAMES[rand(NAMES.length)];
        picked.set(`${type}:${name}`, { key: '', name, type, surfaces, titles: TITLES[rand(TITLES.length)] });
      }
      const ents = [...picked.values()].map((e, k) => ({ ...e, key: `e${k}` }));
      const text = `Report ${i}: ${ents.map((e) => e.surfaces!.join(' and ')).join(', then ')} met on day ${i}.`;
      return { d: doc(text, { origin: `r${i}.txt` }), ann: annotations(text, ents) };
    });
    const dir = mkdtempSync(join(tmpdir(), 'newsdesk-linking-'));
    const lite = await openStore({ kind: 'sqlite', path: join(dir, 'one-by-one.db') });
    const pgs = await openStore({ kind: 'postgres', url: await server.freshDatabase() });
    try {
      const state = async (st: Store) => {
        const ids: string[][] = [];
        for (const { d, ann } of docs) {
          const r = await st.addArticle(d, ann, '2025-10-20T12:00:00Z');
          ids.push((await st.getArticle(r.id))!.entities.map((e) => e.id).sort());
        }
        const entities = (await st.listEntities({ limit: 1000 })).sort((a, b) => (a.id < b.id ? -1 : 1));
        return { ids, entities };
      };
      const [a, b] = [await state(lite), await state(pgs)];
      assert.ok(a.entities.length > 10, `${a.entities.length} entities: ${a.entities.map((e) => e.name)}`);
      assert.deepEqual(b.entities, a.entities);
      assert.deepEqual(b.ids, a.ids);
    } finally {
      await lite.close();
      await pgs.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // As on SQLite (migrations.test.ts): step 12 builds from the sentences the lists ingest kept.
  test('postgres step 12: the lists it builds from the sentences are the ones ingest kept', async () => {
    const url = await server.freshDatabase();
    const s1 = await openStore({ kind: 'postgres', url });
    try {
      for (let i = 0; i < 520; i++) {
        const n = 1 + ((i * 7) % 5);
        const text = [`Report ${i} opens.`, ...Array.from({ length: n }, (_, k) => `Budapest line ${k} of ${i}.`), 'Nothing else.'].join(' ');
        await s1.addArticle(doc(text, { canonicalUrl: `https://example.org/m12/${i}` }), annotations(text), '2025-01-01T00:00:00Z');
      }
    } finally {
      await s1.close();
    }
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const lists = async () => ({
        rows: (await c.query('SELECT term, impact, first::float8 AS first, article_id, sentences FROM term_top ORDER BY term, impact DESC, first')).rows,
        floors: (await c.query('SELECT term, top_floor FROM term_df WHERE top_floor IS NOT NULL ORDER BY term')).rows,
      });
      const kept = await lists();
      const budapest = kept.rows.filter((r) => r.term === 'budapest');
      assert.equal(budapest.length, 500);
      assert.deepEqual([budapest[0].impact, budapest[499].impact], [5, 1]);
      assert.ok(kept.floors.some((r) => r.term === 'budapest' && r.top_floor === 1));
      await c.query('DROP TABLE term_top; ALTER TABLE term_df DROP COLUMN top_floor; DELETE FROM schema_version WHERE version = 12');
      await (await openStore({ kind: 'postgres', url })).close();
      assert.deepEqual(await lists(), kept);
    } finally {
      await c.end();
    }
  });

  // Step 15 adds the event phrase columns: events stored before it read back with no phrase roles, and
  // phrases stored after it round-trip.
  test('postgres step 15: events stored before it have no phrase roles; after it phrases are kept', async () => {
    const url = await server.freshDatabase();
    const text = 'Police arrested Dara Quinlan in Carlow.';
    const ents: EntitySpec[] = [{ key: 'q', name: 'Dara Quinlan', type: 'PERSON' }, { key: 'c', name: 'Carlow', type: 'GPE' }];
    const s1 = await openStore({ kind: 'postgres', url });
    let id: string;
    let before;
    try {
      const ann = annotations(text, ents, { events: [{ trigger: 'arrested', cameo: '17', actor: null, target: 'q', place: 'c', when: null, modality: 'happened' }] });
      id = (await s1.addArticle(doc(text, { canonicalUrl: 'https://example.org/m15/0' }), ann, '2025-01-01T00:00:00Z')).id;
      before = await s1.getArticle(id);
    } finally {
      await s1.close();
    }
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(`ALTER TABLE events DROP COLUMN actor_text, DROP COLUMN actor_type, DROP COLUMN target_text, DROP COLUMN target_type;
        DELETE FROM schema_version WHERE version = 15`);
    } finally {
      await c.end();
    }
    const s2 = await openStore({ kind: 'postgres', url });
    try {
      const v = await s2.getArticle(id);
      assert.deepEqual(v, before);
      assert.deepEqual([v!.events[0].actorPhrase, v!.events[0].targetPhrase, v!.events[0].target?.name], [null, null, 'Dara Quinlan']);
      const t2 = 'Police arrested Dara Quinlan in Carlow on Friday.';
      const ann2 = annotations(t2, ents, { events: [{ trigger: 'arrested', cameo: '17', actor: null, actorPhrase: { text: 'Police', type: 'COP' }, target: 'q', place: 'c', when: null, modality: 'happened' }] });
      const id2 = (await s2.addArticle(doc(t2, { canonicalUrl: 'https://example.org/m15/1' }), ann2, '2025-01-01T00:00:00Z')).id;
      assert.deepEqual((await s2.getArticle(id2))!.events[0].actorPhrase, { text: 'Police', type: 'COP' });
    } finally {
      await s2.close();
    }
  });

  // Step 16: the sentence index rebuilt without a pending list, tsvectors without positions, times_value
  // and events_cameo dropped. A store written before it (tsvectors with positions, as to_tsvector makes
  // them from the sentences' index terms) reads the same after it, and holds what ingest now writes.
  test('postgres step 16: tsvectors with positions, stripped, read back the same; the index has no pending list', async () => {
    const url = await server.freshDatabase();
    const texts = [
      'Donald Trump met Angela Merkel in Berlin on Monday. President Trump said the talks went well in Berlin.',
      'Angela Merkel visited Paris. Chancellor Merkel spoke for 2 hours on Friday about Berlin and Paris.',
      'Donald Trump flew to Berlin, then to Paris, then home on 3 March.',
      'Nothing here names anyone. Berlin, Berlin, Berlin.',
    ];
    const items = texts.map((text, i) => ({ d: doc(text, { canonicalUrl: `https://example.org/m16/${i}` }), ann: annotate({ text, published: `2025-03-0${i + 1}` }) }));
    const s1 = await openStore({ kind: 'postgres', url });
    const ids: string[] = [];
    for (const { d, ann } of items) ids.push((await s1.addArticle(d, ann, '2025-01-01T00:00:00Z')).id);
    const read = async (s: Store) => ({
      one: await s.searchSentences(['merkel']),
      two: await s.searchSentences(['berlin', 'trump'], { limit: 20 }),
      within: await s.searchSentences(['paris'], { articleIds: ids.slice(1) }),
      held: (await s.termArticles(['berlin', 'paris', 'monday'])).sort((a, b) => (a.articleId < b.articleId ? -1 : 1)),
      views: await Promise.all(ids.map((id) => s.getArticle(id))),
    });
    const want = await read(s1);
    await s1.close();
    assert.ok(want.two.length >= 5 && want.held.length === 4 && want.views.some((v) => v!.times.length > 0), 'hits to compare');

    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const tsvs = async () => (await c.query('SELECT article_id, idx, tsv::text AS tsv FROM sentences ORDER BY article_id, idx')).rows;
      const written = await tsvs();
      // as stores before step 16 wrote them: positions, a GIN index with its pending list, the two indexes
      const S = items.flatMap(({ d, ann }, i) => prepareArticle(d, ann).sentences.map((x) => ({ a: ids[i], i: x.idx, t: x.terms })));
      await c.query(
        `UPDATE sentences s SET tsv = to_tsvector('simple', u.t) FROM unnest($1::text[], $2::int[], $3::text[]) AS u(a, i, t)
         WHERE s.article_id = u.a AND s.idx = u.i`,
        [S.map((x) => x.a), S.map((x) => x.i), S.map((x) => x.t)],
      );
      await c.query(`DROP INDEX sentences_tsv; CREATE INDEX sentences_tsv ON sentences USING GIN (tsv);
        CREATE INDEX times_value ON times (value); CREATE INDEX events_cameo ON events (cameo);
        DELETE FROM schema_version WHERE version = 16`);
      const positioned = (await c.query(`SELECT count(*)::int AS n FROM sentences WHERE tsv::text LIKE '%'':%'`)).rows[0].n;
      assert.equal(positioned, S.length, 'every sentence has positions before the step');

      const s2 = await openStore({ kind: 'postgres', url });
      try {
        assert.deepEqual(await read(s2), want);
      } finally {
        await s2.close();
      }
      assert.deepEqual(await tsvs(), written);
      const idx = (await c.query(
        `SELECT relname, reloptions FROM pg_class WHERE relname IN ('sentences_tsv', 'times_value', 'events_cameo') ORDER BY relname`,
      )).rows;
      assert.deepEqual(idx, [{ relname: 'sentences_tsv', reloptions: ['fastupdate=off'] }]);
    } finally {
      await c.end();
    }
  });
} else if (process.env.CI) {
  test('PostgreSQL is available for the Store contract suite', () => {
    assert.fail(`CI must run the PostgreSQL suite: ${started.reason}`);
  });
} else {
  console.log(`# skipping the PostgreSQL Store contract suite: ${started.reason}`);
  test('Store contract: postgres', { skip: started.reason }, () => {});
}
