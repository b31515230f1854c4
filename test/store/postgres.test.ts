// The Store contract against a real PostgreSQL: a throwaway server (see pg-server.ts) or
// NEWSDESK_TEST_PG_URL, a fresh database per case. Without PostgreSQL: skipped locally, failed in CI.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import pg from 'pg';
import type { EntitySummary, EntityType } from '../../src/model/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { annotations, doc, runStoreContract, type EntitySpec } from './contract.js';
import { startTestPg } from './pg-server.js';
import { annotate } from '../../src/understand/index.js';
import { prepareArticle } from '../../src/store/prepare.js';
import { unpackAnnotations } from '../../src/store/packed.js';
import { decodeSpans } from '../../src/store/decoded.js';
import { inflateText } from '../../src/store/prepare.js';
import { readStorySignature } from '../../src/store/rows.js';
import { decodeSeqList, topOfPostings } from '../../src/store/topk.js';

/**
 * Step 22 undone on a store written at 22: each common term's list as rows again (term, impact, first =
 * the article's seq, article_id, sentences), the (seq) INCLUDE (id) index dropped, version 22 forgotten.
 * undoStep20 calls it first, so every test of an older step starts from the rows.
 */
async function undoStep22(c: pg.Client): Promise<void> {
  if (!(await c.query('SELECT 1 FROM schema_version WHERE version = 22')).rows.length) return;
  const lists = (await c.query('SELECT term, list FROM term_top')).rows;
  await c.query(`CREATE TABLE term_rows (
      term TEXT NOT NULL, impact INTEGER NOT NULL, first BIGINT NOT NULL,
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, sentences TEXT NOT NULL)`);
  for (const r of lists) {
    const list = decodeSeqList(r.term, inflateText(r.list));
    await c.query(`INSERT INTO term_rows (term, impact, first, article_id, sentences)
      SELECT $1, u.n, u.f, a.id, u.s FROM unnest($2::int[], $3::bigint[], $4::text[]) AS u(n, f, s) JOIN articles a ON a.seq = u.f`,
    [r.term, list.map((e) => e.sentences.length), list.map((e) => e.seq), list.map((e) => e.sentences.join('.'))]);
  }
  await c.query(`DROP TABLE term_top; ALTER TABLE term_rows RENAME TO term_top;
    CREATE UNIQUE INDEX term_top_order ON term_top (term, impact DESC, first);
    DROP INDEX articles_seq_id;
    DELETE FROM schema_version WHERE version = 22`);
}

/**
 * Step 20 undone on a store written at 20: an article's entity links as rows again (keyed (entity_id,
 * article_id), with an article_id index, as step 17 left them), version 20 forgotten. Tests of the steps
 * before 20 call it first.
 */
async function undoStep20(c: pg.Client): Promise<void> {
  await undoStep22(c);
  await c.query(`CREATE TABLE article_entities (
      article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, entity_id TEXT NOT NULL REFERENCES entities (id),
      titles JSONB NOT NULL DEFAULT '[]', mention_count INTEGER NOT NULL, PRIMARY KEY (entity_id, article_id));
    CREATE INDEX article_entities_article ON article_entities (article_id);
    INSERT INTO article_entities (article_id, entity_id, titles, mention_count)
      SELECT x.article_id, u.id, (x.titles -> (u.k::int - 1))::jsonb, u.n
      FROM article_entity_sets x, unnest(x.entity_ids, x.mention_counts) WITH ORDINALITY AS u(id, n, k);
    DROP TABLE article_entity_sets;
    DELETE FROM schema_version WHERE version = 20`);
}

/**
 * Step 19 undone on a store written at 19: article text as TEXT and story signatures as JSONB (plain
 * objects), text_chars dropped, version 19 forgotten. Tests of the steps before 19 call it first.
 */
async function undoStep19(c: pg.Client): Promise<void> {
  await c.query('ALTER TABLE articles ADD COLUMN plain TEXT; ALTER TABLE story_articles ADD COLUMN plain JSONB');
  const arts = (await c.query('SELECT id, text FROM articles')).rows;
  await c.query('UPDATE articles a SET plain = u.t FROM unnest($1::text[], $2::text[]) AS u(i, t) WHERE a.id = u.i',
    [arts.map((r) => r.id), arts.map((r) => inflateText(r.text))]);
  const sigs = (await c.query('SELECT article_id, signature FROM story_articles')).rows;
  await c.query('UPDATE story_articles m SET plain = u.s FROM unnest($1::text[], $2::jsonb[]) AS u(i, s) WHERE m.article_id = u.i',
    [sigs.map((r) => r.article_id), sigs.map((r) => JSON.stringify(readStorySignature(r.signature)))]);
  await c.query(`ALTER TABLE articles DROP COLUMN text, DROP COLUMN text_chars;
    ALTER TABLE articles RENAME COLUMN plain TO text;
    ALTER TABLE articles ALTER COLUMN text SET NOT NULL;
    ALTER TABLE story_articles DROP COLUMN signature;
    ALTER TABLE story_articles RENAME COLUMN plain TO signature;
    ALTER TABLE story_articles ALTER COLUMN signature SET NOT NULL;
    DELETE FROM schema_version WHERE version = 19`);
}

/**
 * Step 18 undone on a store written at 18: sentence rows (offsets from the articles' spans, stripped
 * tsvectors from the articles' positioned ones, ids in storage order) with their index and the quotes'
 * foreign key, term_top's "first" as the article's first sentence id, and version 18 forgotten. Tests of
 * the steps before 18 call it (then undoStep17) to get a store in their layout.
 */
async function undoStep18(c: pg.Client): Promise<void> {
  await c.query(`CREATE TABLE sentences (
      id BIGSERIAL, article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, idx INTEGER NOT NULL CHECK (idx >= 0),
      start_pos INTEGER NOT NULL CHECK (start_pos >= 0), end_pos INTEGER NOT NULL CHECK (end_pos >= start_pos), tsv TSVECTOR,
      UNIQUE (article_id, idx));
    ALTER TABLE sentences REPLICA IDENTITY USING INDEX sentences_article_id_idx_key;`);
  const arts = (await c.query('SELECT id, spans FROM articles ORDER BY seq')).rows;
  const S = arts.flatMap((a) => decodeSpans(a.spans).map(([start, end], idx) => [a.id, idx, start, end] as const));
  await c.query(
    `INSERT INTO sentences (article_id, idx, start_pos, end_pos)
     SELECT a, i, s, e FROM unnest($1::text[], $2::int[], $3::int[], $4::int[]) WITH ORDINALITY AS u(a, i, s, e, o) ORDER BY o`,
    [S.map((x) => x[0]), S.map((x) => x[1]), S.map((x) => x[2]), S.map((x) => x[3])],
  );
  await c.query(`
    UPDATE sentences s SET tsv = t.tsv FROM (
      SELECT x.article_id, x.part * 256 + p - 1 AS idx, array_to_tsvector(array_agg(u.lexeme)) AS tsv
      FROM article_terms x, unnest(x.tsv) u, unnest(u.positions) p GROUP BY 1, 2) t
    WHERE s.article_id = t.article_id AND s.idx = t.idx;
    UPDATE sentences SET tsv = ''::tsvector WHERE tsv IS NULL;
    CREATE INDEX sentences_tsv ON sentences USING GIN (tsv) WITH (fastupdate = off);
    ALTER TABLE quotes ADD FOREIGN KEY (article_id, sentence) REFERENCES sentences (article_id, idx);
    UPDATE term_top t SET first = -f.first FROM (SELECT article_id, min(id) AS first FROM sentences GROUP BY article_id) f WHERE f.article_id = t.article_id;
    UPDATE term_top SET first = -first;
    DROP TABLE article_terms;
    ALTER TABLE articles DROP COLUMN seq, DROP COLUMN spans;
    DROP FUNCTION newsdesk_sentences, newsdesk_lexeme_at;
    DELETE FROM schema_version WHERE version = 18`);
}

/**
 * Step 17 undone on a store written at 17: the five annotation tables as step 16 left them, filled from
 * the packed rows (mention and coreference text from the article, as stores before 17 wrote it), quote
 * text written out, sentences with their id key and n_terms again, and version 17 forgotten. Tests of the
 * steps before 17 call it to get a store in their layout.
 */
async function undoStep17(c: pg.Client): Promise<void> {
  await c.query(`
    ALTER TABLE sentences ADD COLUMN n_terms INTEGER NOT NULL DEFAULT 0, ADD PRIMARY KEY (id), REPLICA IDENTITY DEFAULT;
    ALTER TABLE quotes ADD PRIMARY KEY (article_id, idx), REPLICA IDENTITY DEFAULT;
    DROP INDEX quotes_article;
    ALTER TABLE article_entities DROP CONSTRAINT article_entities_pkey, ADD PRIMARY KEY (article_id, entity_id);
    DROP INDEX article_entities_article;
    CREATE INDEX article_entities_entity ON article_entities (entity_id, article_id);
    CREATE TABLE mentions (article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, idx INTEGER NOT NULL,
      entity_id TEXT NOT NULL REFERENCES entities (id), start_pos INTEGER NOT NULL, end_pos INTEGER NOT NULL, text TEXT NOT NULL,
      sentence INTEGER NOT NULL, PRIMARY KEY (article_id, idx), FOREIGN KEY (article_id, sentence) REFERENCES sentences (article_id, idx));
    CREATE INDEX mentions_entity ON mentions (entity_id);
    CREATE TABLE coref_links (article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, idx INTEGER NOT NULL,
      entity_id TEXT NOT NULL REFERENCES entities (id), start_pos INTEGER NOT NULL, end_pos INTEGER NOT NULL, text TEXT NOT NULL,
      sentence INTEGER NOT NULL, kind TEXT NOT NULL, confidence DOUBLE PRECISION NOT NULL, PRIMARY KEY (article_id, idx));
    CREATE INDEX coref_links_entity ON coref_links (entity_id);
    CREATE TABLE times (article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, idx INTEGER NOT NULL,
      start_pos INTEGER NOT NULL, end_pos INTEGER NOT NULL, value TEXT, granularity TEXT NOT NULL, relative BOOLEAN NOT NULL,
      sentence INTEGER NOT NULL, PRIMARY KEY (article_id, idx));
    CREATE TABLE numbers (article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, idx INTEGER NOT NULL,
      start_pos INTEGER NOT NULL, end_pos INTEGER NOT NULL, kind TEXT NOT NULL, value DOUBLE PRECISION NOT NULL, unit TEXT, counted TEXT,
      sentence INTEGER NOT NULL, PRIMARY KEY (article_id, idx));
    CREATE TABLE events (article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, idx INTEGER NOT NULL,
      start_pos INTEGER NOT NULL, end_pos INTEGER NOT NULL, cameo TEXT NOT NULL, trigger TEXT NOT NULL, actor_id TEXT REFERENCES entities (id),
      target_id TEXT REFERENCES entities (id), place_id TEXT REFERENCES entities (id), when_value TEXT, modality TEXT NOT NULL,
      sentence INTEGER NOT NULL, actor_text TEXT, actor_type TEXT, target_text TEXT, target_type TEXT, PRIMARY KEY (article_id, idx));
    CREATE INDEX events_actor ON events (actor_id);
    CREATE INDEX events_target ON events (target_id);
    CREATE INDEX events_place ON events (place_id);`);
  const rows = (await c.query('SELECT a.id, a.text, x.data FROM article_annotations x JOIN articles a ON a.id = x.article_id')).rows;
  for (const { id, text, data } of rows) {
    const w = unpackAnnotations(data);
    const put = async (table: string, rs: unknown[][]) => {
      for (const [i, r] of rs.entries()) {
        await c.query(`INSERT INTO ${table} VALUES ($1, $2, ${r.map((_, k) => `$${k + 3}`).join(', ')})`, [id, i, ...r]);
      }
    };
    await put('mentions', w.m.map(([e, s, end, sent]) => [e, s, end, text.slice(s, end), sent]));
    await put('coref_links', w.c.map(([e, s, end, sent, kind, conf]) => [e, s, end, text.slice(s, end), sent, kind, conf]));
    await put('times', w.t.map(([s, end, value, gran, rel, sent]) => [s, end, value, gran, rel === 1, sent]));
    await put('numbers', w.n);
    await put('events', w.v);
  }
  await c.query(`UPDATE quotes q SET text = substr(a.text, q.start_pos + 1, q.end_pos - q.start_pos) FROM articles a
      WHERE a.id = q.article_id AND q.text IS NULL;
    ALTER TABLE quotes ALTER COLUMN text SET NOT NULL;
    DROP TABLE article_annotations;
    DELETE FROM schema_version WHERE version = 17`);
}

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
      await undoStep22(c);
      const kept = await lists();
      const budapest = kept.rows.filter((r) => r.term === 'budapest');
      assert.equal(budapest.length, 500);
      assert.deepEqual([budapest[0].impact, budapest[499].impact], [5, 1]);
      assert.ok(kept.floors.some((r) => r.term === 'budapest' && r.top_floor === 1));
      await undoStep20(c);
      await undoStep19(c);
      await undoStep18(c);
      await c.query('DROP TABLE term_top; ALTER TABLE term_df DROP COLUMN top_floor; DELETE FROM schema_version WHERE version = 12');
      await (await openStore({ kind: 'postgres', url })).close();
      await undoStep22(c);
      assert.deepEqual(await lists(), kept);
    } finally {
      await c.end();
    }
  });

  // Step 22 packs each common term's list into one row keyed by seq: lists kept by ingest at 22 are the
  // top 500 of every article holding the term (more sentences first, then storage order); a store
  // written as rows before 22 reads the same after it (bounded search and termArticles); ingest after
  // the migration keeps the list as before.
  test('postgres step 22: term lists written as rows before it read back the same as one row a term', async () => {
    const url = await server.freshDatabase();
    const s1 = await openStore({ kind: 'postgres', url });
    const counts: number[] = [];
    const ids: string[] = [];
    const add = async (s: Store, i: number, n: number) => {
      const text = [`Report ${i} opens.`, ...Array.from({ length: n }, (_, k) => `Budapest line ${k} of ${i}.`), 'Nothing else.'].join(' ');
      ids.push((await s.addArticle(doc(text, { canonicalUrl: `https://example.org/m22/${i}` }), annotations(text), '2025-01-01T00:00:00Z')).id);
      counts.push(n);
    };
    const read = async (s: Store) => ({
      bounded: await s.searchSentences(['budapest', 'line', 'report'], { limit: 50, perTerm: 40 }),
      held: await s.termArticles(['budapest', 'line'], { perTerm: 30 }),
    });
    let want;
    try {
      for (let i = 0; i < 520; i++) await add(s1, i, 1 + ((i * 7) % 5));
      want = await read(s1);
    } finally {
      await s1.close();
    }
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const budapest = async () => decodeSeqList('budapest', inflateText((await c.query("SELECT list FROM term_top WHERE term = 'budapest'")).rows[0].list));
      const seqOf = new Map((await c.query('SELECT id, seq::int AS seq FROM articles')).rows.map((r) => [r.id as string, r.seq as number]));
      const expected = () => topOfPostings(ids.map((id, i) => ({ key: id, sentences: Array.from({ length: counts[i] }, (_, k) => k + 1) })), 500)
        .map((e) => ({ seq: seqOf.get(e.key)!, sentences: e.sentences }));
      assert.deepEqual(await budapest(), expected());
      await undoStep22(c);
      assert.equal((await c.query("SELECT count(*)::int AS n FROM term_top WHERE term = 'budapest'")).rows[0].n, 500);
      const s2 = await openStore({ kind: 'postgres', url });
      try {
        assert.deepEqual(await read(s2), want);
        assert.deepEqual(await budapest(), expected());
        await add(s2, 520, 5);
        seqOf.set(ids[520], (await c.query('SELECT seq::int AS seq FROM articles WHERE id = $1', [ids[520]])).rows[0].seq);
        const after = await budapest();
        assert.deepEqual(after, expected());
        assert.ok(after.some((e) => e.seq === seqOf.get(ids[520])), 'the new article entered the list');
      } finally {
        await s2.close();
      }
      const tables = (await c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)).rows.map((r) => r.tablename);
      assert.ok(tables.includes('term_top') && !tables.includes('term_lists') && !tables.includes('term_rows'));
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
      await undoStep20(c);
      await undoStep19(c);
      await undoStep18(c);
      await undoStep17(c);
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
      const tsvs = async () => (await c.query('SELECT article_id, part, tsv::text AS tsv FROM article_terms ORDER BY article_id, part')).rows;
      const written = await tsvs();
      await undoStep20(c);
      await undoStep19(c);
      await undoStep18(c);
      await undoStep17(c);
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
        `SELECT relname, reloptions FROM pg_class WHERE relname IN ('article_terms_tsv', 'sentences_tsv', 'times_value', 'events_cameo') ORDER BY relname`,
      )).rows;
      assert.deepEqual(idx, [{ relname: 'article_terms_tsv', reloptions: ['fastupdate=off'] }]);
    } finally {
      await c.end();
    }
  });

  // Step 17 packs an article's mentions, coreference links, times, numbers and events into one row (as SQLite
  // does since its step 13), keeps quote text only where it is not the article's span, and drops the sentence
  // id key and n_terms. A store written before it reads back the same, and corrections still move the rows.
  test('postgres step 17: annotation rows and quote text written before it read back the same once packed', async () => {
    const url = await server.freshDatabase();
    const texts = [
      'Donald Trump met Angela Merkel in Berlin on Monday. He said 20 boats had sunk, costing $5 million. "We will win," Merkel said. The chancellor attacked the plan in 2024.',
      'Angela Merkel visited Paris. She spoke for 2 hours on Friday. "It went well," she said.',
      'Nothing here names anyone.',
    ];
    const s1 = await openStore({ kind: 'postgres', url });
    const ids: string[] = [];
    const read = async (s: Store) => ({
      views: await Promise.all(ids.map((id) => s.getArticle(id))),
      quotes: await s.quotes({ limit: 50 }),
      search: await s.searchSentences(['merkel', 'berlin'], { limit: 20 }),
    });
    let want;
    try {
      for (const [i, text] of texts.entries()) {
        const ann = annotate({ text, published: '2025-03-05' });
        // one quote whose stored text is not its span (kept as written)
        if (i === 1) ann.quotes = ann.quotes.map((q, k) => (k === 0 ? { ...q, text: q.text.toUpperCase() } : q));
        ids.push((await s1.addArticle(doc(text, { canonicalUrl: `https://example.org/m17/${i}` }), ann, '2025-01-01T00:00:00Z')).id);
      }
      want = await read(s1);
    } finally {
      await s1.close();
    }
    const first = want.views[0]!;
    assert.ok(first.coref?.length && first.times.length && first.numbers.length && first.events.length && first.entities.length, 'every kind of row');
    assert.ok(want.quotes.length >= 2 && want.quotes.some((q) => q.text !== q.text.toLowerCase() && q.text === q.text.toUpperCase()), 'quotes to compare');

    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await undoStep20(c);
      await undoStep19(c);
      await undoStep18(c);
      await undoStep17(c);
      const n = async (t: string) => (await c.query(`SELECT count(*)::int AS n FROM ${t}`)).rows[0].n;
      assert.ok((await n('mentions')) > 0 && (await n('events')) > 0 && (await n('times')) > 0, 'rows in the old tables');
      const s2 = await openStore({ kind: 'postgres', url });
      try {
        assert.deepEqual(await read(s2), want);
        // a merge moves the packed rows' references as it moved the old rows'
        const merkel = first.entities.find((e) => e.name === 'Angela Merkel')!;
        const trump = first.entities.find((e) => e.name === 'Donald Trump')!;
        await s2.mergeEntities(trump.id, merkel.id, '2025-01-02T00:00:00Z');
        const moved = (await s2.getArticle(ids[0]))!;
        assert.ok(!moved.entities.some((e) => e.id === merkel.id));
        assert.equal(moved.entities.find((e) => e.id === trump.id)!.mentions.length,
          first.entities.find((e) => e.id === trump.id)!.mentions.length + merkel.mentions.length);
      } finally {
        await s2.close();
      }
      const tables = (await c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)).rows.map((r) => r.tablename);
      for (const t of ['mentions', 'coref_links', 'times', 'numbers', 'events']) assert.ok(!tables.includes(t), `${t} is dropped`);
      assert.equal(await n('article_annotations'), texts.length);
      assert.equal(await n('quotes WHERE text IS NOT NULL'), 1, 'only the quote that is not its span keeps its text');
    } finally {
      await c.end();
    }
  });

  // Step 18 keeps sentences as the article's spans and one positioned tsvector an article (per 256
  // sentences), not a row each. A store written before it reads, searches and ranks the same after it:
  // an article of 300 sentences holding a term in each (two parts), common terms with lists (term_top,
  // whose "first" becomes the article's seq), searches across the corpus, bounded and within articles.
  test('postgres step 18: sentence rows written before it read back the same as spans and article tsvectors', async () => {
    const url = await server.freshDatabase();
    const texts = [
      'Donald Trump met Angela Merkel in Berlin on Monday. He said the talks in Berlin went well. "We will win," Merkel said.',
      'Angela Merkel visited Paris. She spoke for 2 hours on Friday about Berlin. Nothing else happened.',
      Array.from({ length: 300 }, (_, k) => `Berlin line ${k} ${k % 7 === 0 ? 'Merkel' : 'Paris'} here.`).join(' '),
      'Berlin again. Merkel and Berlin and Paris. Trump in Paris.',
      'Nothing here names anyone.',
    ];
    const ids: string[] = [];
    const read = async (s: Store) => ({
      views: await Promise.all(ids.map((id) => s.getArticle(id))),
      plain: await s.searchSentences(['merkel', 'berlin', 'paris'], { limit: 400 }),
      bounded: await s.searchSentences(['merkel', 'berlin', 'trump'], { limit: 50, perTerm: 2 }),
      within: await s.searchSentences(['paris', 'berlin'], { articleIds: [ids[2], ids[3]], limit: 20 }),
      held: await s.termArticles(['berlin', 'merkel', 'trump', 'monday']),
      heldBounded: await s.termArticles(['berlin', 'paris'], { perTerm: 2 }),
      heldWithin: await s.termArticles(['paris', 'merkel'], { articleIds: [ids[0], ids[2]] }),
      long: await s.getSentences(ids[2], [0, 255, 256, 299]),
      stats: await s.termStats(['berlin', 'merkel']),
    });
    const s1 = await openStore({ kind: 'postgres', url, topPerTerm: 2 });
    let want;
    try {
      for (const [i, text] of texts.entries()) {
        ids.push((await s1.addArticle(doc(text, { canonicalUrl: `https://example.org/m18/${i}` }), annotations(text), '2025-01-01T00:00:00Z')).id);
      }
      want = await read(s1);
    } finally {
      await s1.close();
    }
    assert.equal(want.views[2]!.sentences.length, 300);
    assert.ok(want.plain.filter((h) => h.articleId === ids[2]).length > 256, 'the long article\'s sentences beyond 256 are found');
    assert.deepEqual(want.long.map((h) => h.index), [0, 255, 256, 299]);
    assert.ok(want.bounded.length > 0 && want.within.length > 0 && want.heldBounded.length > 0 && want.heldWithin.length === 2, 'hits to compare');

    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const top = async () => (await c.query('SELECT term, impact, article_id, sentences FROM term_top ORDER BY term, impact DESC, first')).rows;
      await undoStep22(c);
      const lists = await top();
      assert.ok(lists.length > 0, 'common terms have lists');
      const parts = (await c.query('SELECT article_id, part FROM article_terms ORDER BY seq, part')).rows;
      assert.deepEqual(parts.filter((r) => r.article_id === ids[2]).map((r) => r.part), [0, 1]);
      await undoStep20(c);
      await undoStep19(c);
      await undoStep18(c);
      assert.equal((await c.query('SELECT count(*)::int AS n FROM sentences')).rows[0].n, want.views.reduce((n, v) => n + v!.sentences.length, 0));
      const s2 = await openStore({ kind: 'postgres', url, topPerTerm: 2 });
      try {
        assert.deepEqual(await read(s2), want);
      } finally {
        await s2.close();
      }
      await undoStep22(c);
      assert.deepEqual(await top(), lists);
      const tables = (await c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)).rows.map((r) => r.tablename);
      assert.ok(!tables.includes('sentences') && tables.includes('article_terms'));
      assert.deepEqual((await c.query('SELECT seq::int FROM articles ORDER BY seq')).rows.map((r) => r.seq), [1, 2, 3, 4, 5]);
    } finally {
      await c.end();
    }
  });

  // Step 19 deflates article text and story signatures (as SQLite keeps them). A store written before it
  // reads the same after it: views, quotes sliced from the text, search hits, story members' signatures,
  // and the text's length in characters (one outside the BMP counts once, as length(text) counted it).
  test('postgres step 19: article text and signatures written before it read back the same once deflated', async () => {
    const url = await server.freshDatabase();
    const texts = [
      'Donald Trump met Angela Merkel in Berlin on Monday. "We will win," Merkel said. Café talks 🇩🇪 went on.',
      'Angela Merkel visited Paris. "It went well," she said on Friday.',
    ];
    const ids: string[] = [];
    const read = async (s: Store) => ({
      views: await Promise.all(ids.map((id) => s.getArticle(id))),
      quotes: await s.quotes({ limit: 50 }),
      search: await s.searchSentences(['merkel', 'berlin'], { limit: 20 }),
      members: await s.storyMembers(ids),
      storage: await s.storage().then((r) => [r.articles, r.textChars]),
    });
    const s1 = await openStore({ kind: 'postgres', url });
    let want;
    try {
      for (const [i, text] of texts.entries()) {
        ids.push((await s1.addArticle(doc(text, { canonicalUrl: `https://example.org/m19/${i}` }), annotate({ text, published: '2025-03-05' }), '2025-01-01T00:00:00Z')).id);
      }
      const sig = { terms: { merkel: 0.8, berlin: 0.6 }, title: { talks: 1 }, names: { merkel: 1 }, numbers: ['2'], minhash: [5, 3, 9], published: '2025-03-05' };
      const story = await s1.joinStory({ articleId: ids[0], storyId: null, signature: sig, score: 1, reason: 'starts', duplicateOf: null, now: '2025-01-01T00:00:00Z' });
      await s1.joinStory({ articleId: ids[1], storyId: story, signature: { ...sig, story: { terms: { paris: 1 }, names: {}, title: {}, numbers: [] } } as typeof sig, score: 0.5, reason: 'joins', duplicateOf: null, now: '2025-01-01T00:00:00Z' });
      want = await read(s1);
    } finally {
      await s1.close();
    }
    assert.equal(want.members.length, 2);
    assert.deepEqual(want.storage, [2, [...texts[0]].length + [...texts[1]].length]);
    assert.ok(want.quotes.length >= 2 && want.search.length > 0, 'quotes and hits to compare');
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const types = async () => (await c.query(`SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE (table_name, column_name) IN (('articles', 'text'), ('story_articles', 'signature')) ORDER BY table_name`)).rows.map((r) => r.data_type);
      assert.deepEqual(await types(), ['bytea', 'bytea']);
      await undoStep20(c);
      await undoStep19(c);
      assert.deepEqual(await types(), ['text', 'jsonb']);
      const s2 = await openStore({ kind: 'postgres', url });
      try {
        assert.deepEqual(await read(s2), want);
      } finally {
        await s2.close();
      }
      assert.deepEqual(await types(), ['bytea', 'bytea']);
    } finally {
      await c.end();
    }
  });

  // Step 20 keeps an article's entity links as one row under a GIN index. A store written before it reads
  // the same after it (views, an entity's articles, articles sharing entities, a story's entities, counts),
  // and a merge then moves the links (titles merged, mention counts summed where both were named).
  test('postgres step 20: entity links written as rows before it read back the same as one row an article', async () => {
    const url = await server.freshDatabase();
    const ents: EntitySpec[] = [
      { key: 't', name: 'Donald Trump', type: 'PERSON', surfaces: ['Donald Trump', 'Trump'], titles: ['President'] },
      { key: 'm', name: 'Angela Merkel', type: 'PERSON', surfaces: ['Angela Merkel', 'Merkel'], titles: ['Chancellor'] },
      { key: 'b', name: 'Berlin', type: 'GPE' },
      { key: 'p', name: 'Paris', type: 'GPE' },
    ];
    const texts = [
      'Donald Trump met Angela Merkel in Berlin. Trump said Merkel was right.',
      'Angela Merkel visited Paris and Berlin. Merkel spoke.',
      'Donald Trump flew to Paris. Trump left.',
      'Nothing here names anyone.',
    ];
    const ids: string[] = [];
    const s1 = await openStore({ kind: 'postgres', url });
    let people: EntitySummary[] = [];
    const read = async (s: Store) => ({
      views: await Promise.all(ids.map((id) => s.getArticle(id))),
      entities: await s.listEntities({ limit: 50 }),
      byEntity: await Promise.all(people.map((e) => s.entityArticles(e.id))),
      sharing: await Promise.all(ids.map((id) => s.articlesSharingEntities(id))),
      story: await s.storyEntities('s' + ids[0]),
    });
    let want;
    try {
      for (const [i, text] of texts.entries()) {
        const spec = ents.filter((e) => (e.surfaces ?? [e.name]).some((x) => text.includes(x)));
        ids.push((await s1.addArticle(doc(text, { canonicalUrl: `https://example.org/m20/${i}` }), annotations(text, spec), '2025-01-01T00:00:00Z')).id);
      }
      const sig = { terms: { trump: 1 }, title: {}, names: {}, numbers: [], minhash: [1], published: null };
      const story = await s1.joinStory({ articleId: ids[0], storyId: null, signature: sig, score: 1, reason: 'starts', duplicateOf: null, now: '2025-01-01T00:00:00Z' });
      await s1.joinStory({ articleId: ids[1], storyId: story, signature: sig, score: 0.5, reason: 'joins', duplicateOf: null, now: '2025-01-01T00:00:00Z' });
      people = (await s1.listEntities({ limit: 50 })).sort((a, b) => (a.id < b.id ? -1 : 1));
      want = await read(s1);
    } finally {
      await s1.close();
    }
    assert.equal(people.length, 4);
    assert.ok(want.sharing[0].length === 2 && want.story.length === 4, 'links to compare');
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await undoStep20(c);
      assert.equal((await c.query('SELECT count(*)::int AS n FROM article_entities')).rows[0].n, 8);
      const s2 = await openStore({ kind: 'postgres', url });
      try {
        assert.deepEqual(await read(s2), want);
        const trump = people.find((e) => e.name === 'Donald Trump')!;
        const merkel = people.find((e) => e.name === 'Angela Merkel')!;
        await s2.mergeEntities(trump.id, merkel.id, '2025-01-02T00:00:00Z');
        const v = (await s2.getArticle(ids[0]))!;
        const t = v.entities.find((e) => e.id === trump.id)!;
        assert.ok(!v.entities.some((e) => e.id === merkel.id));
        assert.deepEqual([t.mentions.length, t.titles], [4, ['President', 'Chancellor']]);
        const merged = (await s2.getEntity(trump.id))!;
        assert.deepEqual([merged.articleCount, merged.mentionCount], [3, 8]);
        assert.deepEqual((await s2.entityArticles(trump.id)).map((a) => a.id).sort(), ids.slice(0, 3).sort());
        assert.deepEqual(await s2.entityArticles(merkel.id), []);
      } finally {
        await s2.close();
      }
      const tables = (await c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)).rows.map((r) => r.tablename);
      assert.ok(!tables.includes('article_entities') && tables.includes('article_entity_sets'));
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
