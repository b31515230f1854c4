// Migrations: a store reopened keeps its data and does not re-run steps; versions have no gaps.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/index.js';
import { sqliteMigrations } from '../../src/store/migrations/sqlite.js';
import { postgresMigrations } from '../../src/store/migrations/postgres.js';
import { checkMigrations } from '../../src/store/migrations/types.js';
import { annotations, doc } from './contract.js';
import { annotate } from '../../src/understand/index.js';
import { unpackAnnotations } from '../../src/store/packed.js';

test('both backends have the same migration versions, numbered 1..n', () => {
  checkMigrations(sqliteMigrations);
  checkMigrations(postgresMigrations);
  assert.deepEqual(sqliteMigrations.map((m) => m.version), postgresMigrations.map((m) => m.version));
  assert.throws(() => checkMigrations([{ version: 2, name: 'x', sql: '' }]));
});

test('sqlite: reopening a store file keeps its articles and applies each migration once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-mig-'));
  try {
    const path = join(dir, 'x.db');
    const text = 'Kept across reopening.';
    const s1 = await openStore({ kind: 'sqlite', path });
    const { id } = await s1.addArticle(doc(text), annotations(text), '2025-01-01T00:00:00Z');
    await s1.close();
    const s2 = await openStore({ kind: 'sqlite', path });
    assert.equal((await s2.getArticle(id))?.text, text);
    await s2.close();
    const db = new Database(path, { readonly: true });
    const versions = db.prepare('SELECT version FROM schema_version ORDER BY version').all().map((r: any) => r.version);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.close();
    assert.deepEqual(versions, sqliteMigrations.map((m) => m.version));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite step 10: spans written as JSON before it read the same, and are rewritten compactly', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-mig-'));
  try {
    const path = join(dir, 'x.db');
    const text = 'First sentence here.  Second one, after two spaces. And a third!';
    const s1 = await openStore({ kind: 'sqlite', path });
    const { id } = await s1.addArticle(doc(text), annotations(text), '2025-01-01T00:00:00Z');
    const want = await s1.getSentences(id, 'all');
    const wantView = (await s1.getArticle(id))!.sentences;
    await s1.close();

    // The row as stores before step 10 wrote it, and step 10 not yet applied.
    let db = new Database(path);
    const compact = (db.prepare('SELECT spans FROM articles WHERE id = ?').get(id) as { spans: string }).spans;
    assert.ok(!compact.startsWith('['), compact);
    const json = JSON.stringify(want.map((s) => [s.start, s.end]));
    db.prepare('UPDATE articles SET spans = ? WHERE id = ?').run(json, id);
    // coref_links as far as step 10 knew it (step 13 packs its rows into article_annotations)
    db.exec(`CREATE INDEX entity_aliases_type ON entity_aliases (type, alias_key);
             CREATE TABLE coref_links (entity_id TEXT);
             CREATE INDEX coref_links_entity ON coref_links (entity_id);
             DELETE FROM schema_version WHERE version = 10;`);
    db.close();

    const s2 = await openStore({ kind: 'sqlite', path });
    assert.deepEqual(await s2.getSentences(id, 'all'), want);
    assert.deepEqual((await s2.getArticle(id))!.sentences, wantView);
    await s2.close();
    db = new Database(path, { readonly: true });
    assert.equal((db.prepare('SELECT spans FROM articles WHERE id = ?').get(id) as { spans: string }).spans, compact);
    const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index'").all().map((r: any) => r.name);
    assert.ok(!indexes.includes('entity_aliases_type') && !indexes.includes('coref_links_entity'), indexes.join(', '));
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite step 11: a quote that is its span of the article is read from the article; one that is not keeps its text', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-mig-'));
  try {
    const path = join(dir, 'x.db');
    const text = '"We will win," Zelensky said. "No," an aide replied.';
    const ann = annotations(text, [], {
      quotes: [
        { text: 'We will win,', speakerText: 'Zelensky', speaker: null, cue: 'said', partial: false },
        { text: 'No,', speakerText: 'an aide', speaker: null, cue: 'replied', partial: false },
      ],
    });
    // a quote whose text is not its span (an upstream that cleans quote text) keeps its own text
    ann.quotes[1] = { ...ann.quotes[1], text: 'No!' };
    const s1 = await openStore({ kind: 'sqlite', path });
    const { id } = await s1.addArticle(doc(text), ann, '2025-01-01T00:00:00Z');
    const want = (await s1.getArticle(id))!.quotes;
    assert.deepEqual(want.map((q) => q.text), ['We will win,', 'No!']);
    assert.deepEqual((await s1.quotes()).map((q) => q.text), ['We will win,', 'No!']);
    await s1.close();

    let db = new Database(path);
    const stored = () => db.prepare('SELECT text FROM quotes ORDER BY idx').all().map((r: any) => r.text);
    assert.deepEqual(stored(), [null, 'No!']);
    // The rows as stores before step 11 wrote them (text NOT NULL), and step 11 not yet applied.
    db.exec(`DROP INDEX quotes_speaker;
      ALTER TABLE quotes RENAME TO quotes_new;
      CREATE TABLE quotes (article_id TEXT NOT NULL, idx INTEGER NOT NULL, start_pos INTEGER NOT NULL, end_pos INTEGER NOT NULL,
        text TEXT NOT NULL, speaker_text TEXT, speaker_id TEXT, cue TEXT, partial INTEGER NOT NULL, sentence INTEGER NOT NULL,
        PRIMARY KEY (article_id, idx)) WITHOUT ROWID;
      DROP TABLE quotes_new;
      DELETE FROM schema_version WHERE version = 11;`);
    const ins = db.prepare('INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, NULL, ?, 0, ?)');
    want.forEach((q, i) => ins.run(id, i, q.start, q.end, q.text, q.speakerText, q.cue, q.sentence));
    db.close();

    const s2 = await openStore({ kind: 'sqlite', path });
    assert.deepEqual((await s2.getArticle(id))!.quotes, want);
    assert.deepEqual((await s2.quotes()).map((q) => q.text), ['We will win,', 'No!']);
    await s2.close();
    db = new Database(path, { readonly: true });
    assert.deepEqual(stored(), [null, 'No!']);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite step 23: quote rows written before it read the same, and a title quote (sentence -1) can be stored after it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-mig-'));
  try {
    const path = join(dir, 'x.db');
    const text = '"We will win," Zelensky said. "No," an aide replied.';
    const ann = annotations(text, [{ key: 'z', name: 'Zelensky', type: 'PERSON' }], {
      quotes: [
        { text: 'We will win,', speakerText: 'Zelensky', speaker: 'z', cue: 'said', partial: false },
        { text: 'No,', speakerText: 'an aide', speaker: null, cue: 'replied', partial: false },
      ],
    });
    const s1 = await openStore({ kind: 'sqlite', path });
    const { id } = await s1.addArticle(doc(text), ann, '2025-01-01T00:00:00Z');
    const want = (await s1.getArticle(id))!.quotes;
    await s1.close();

    // The table as step 11 made it (sentence >= 0), and step 23 not yet applied.
    let db = new Database(path);
    db.exec(`DROP INDEX quotes_speaker;
      ALTER TABLE quotes RENAME TO quotes_new;
      CREATE TABLE quotes (article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, idx INTEGER NOT NULL,
        start_pos INTEGER NOT NULL CHECK (start_pos >= 0), end_pos INTEGER NOT NULL CHECK (end_pos >= start_pos), text TEXT,
        speaker_text TEXT, speaker_id TEXT REFERENCES entities (id), cue TEXT, partial INTEGER NOT NULL CHECK (partial IN (0, 1)),
        sentence INTEGER NOT NULL CHECK (sentence >= 0), PRIMARY KEY (article_id, idx)) WITHOUT ROWID;
      INSERT INTO quotes SELECT * FROM quotes_new;
      DROP TABLE quotes_new;
      CREATE INDEX quotes_speaker ON quotes (speaker_id);
      DELETE FROM schema_version WHERE version = 23;`);
    assert.throws(() => db.prepare("INSERT INTO quotes VALUES (?, 9, 0, 1, 'x', NULL, NULL, NULL, 0, -1)").run(id), /CHECK/);
    db.close();

    const s2 = await openStore({ kind: 'sqlite', path });
    assert.deepEqual((await s2.getArticle(id))!.quotes, want);
    const t2 = 'The talks went on.';
    const a2 = annotations(t2);
    a2.quotes = [{ start: 10, end: 18, text: 'win back', speakerText: 'Zelensky', speaker: null, cue: null, partial: true, sentence: -1 }];
    const { id: id2 } = await s2.addArticle(doc(t2, { title: 'Zelensky vows to "win back" land' }), a2, '2025-01-01T00:00:00Z');
    assert.deepEqual((await s2.getArticle(id2))!.quotes.map((q) => [q.text, q.sentence, q.start, q.end]), [['win back', -1, 10, 18]]);
    await s2.close();
    db = new Database(path, { readonly: true });
    assert.ok((db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get('quotes') as { sql: string }).sql.includes('sentence >= -1'));
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite: a new store file has 8 KiB pages; an existing file keeps its page size', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-mig-'));
  try {
    const fresh = join(dir, 'new.db');
    await (await openStore({ kind: 'sqlite', path: fresh })).close();
    const old = join(dir, 'old.db');
    const raw = new Database(old);
    raw.pragma('page_size = 4096');
    raw.pragma('journal_mode = WAL');
    raw.exec('CREATE TABLE t (x)');
    raw.close();
    const s = await openStore({ kind: 'sqlite', path: old });
    const text = 'An old file still takes articles.';
    const { id } = await s.addArticle(doc(text), annotations(text), '2025-01-01T00:00:00Z');
    assert.equal((await s.getArticle(id))?.text, text);
    await s.close();
    const size = (p: string) => {
      const db = new Database(p, { readonly: true });
      const n = db.pragma('page_size', { simple: true });
      db.close();
      return n;
    };
    assert.equal(size(fresh), 8192);
    assert.equal(size(old), 4096);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Step 12 builds each common term's list (store/topk.ts) from the sentence index; ingest keeps the same
// lists article by article. A store ingested with them, then taken back to step 11 and migrated again,
// must end with the same lists and floors.
test('sqlite step 12: the lists it builds from the index are the ones ingest kept', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-mig-'));
  try {
    const path = join(dir, 'x.db');
    const s1 = await openStore({ kind: 'sqlite', path });
    // 520 articles hold "budapest" in 1 to 5 sentences (more than the lists' 500); "vistula" in 10
    for (let i = 0; i < 520; i++) {
      const n = 1 + ((i * 7) % 5);
      const text = [`Report ${i} opens.`, ...Array.from({ length: n }, (_, k) => `Budapest line ${k} of ${i}.`), i % 52 === 0 ? 'The Vistula rose.' : 'Nothing else.'].join(' ');
      await s1.addArticle(doc(text, { canonicalUrl: `https://example.org/m12/${i}` }), annotations(text), '2025-01-01T00:00:00Z');
    }
    await s1.close();
    let db = new Database(path);
    const lists = () => ({
      rows: db.prepare('SELECT term, impact, seq, sentences FROM term_top ORDER BY term, impact DESC, seq').all(),
      floors: db.prepare('SELECT term, top_floor FROM term_df WHERE top_floor IS NOT NULL ORDER BY term').all(),
    });
    const kept = lists();
    const budapest = kept.rows.filter((r: any) => r.term === 'budapest') as any[];
    assert.equal(budapest.length, 500);
    assert.deepEqual([budapest[0].impact, budapest[499].impact], [5, 1], '416 articles hold it in 2-5 sentences, so the list ends with ones holding it once');
    assert.ok(kept.floors.some((r: any) => r.term === 'budapest' && r.top_floor === 1));
    assert.ok(!kept.rows.some((r: any) => r.term === 'vistula'), 'a term in 10 articles has no list');
    db.exec(`DROP TABLE term_top; ALTER TABLE term_df DROP COLUMN top_floor; DROP INDEX story_articles_article_story;
             DELETE FROM schema_version WHERE version = 12;`);
    db.close();
    await (await openStore({ kind: 'sqlite', path })).close();
    db = new Database(path, { readonly: true });
    assert.deepEqual(lists(), kept);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Step 13 packs an article's mentions, coreference links, times, numbers and events (store/packed.ts).
test('sqlite step 13: annotation rows written as rows before it read back the same once packed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-mig-'));
  try {
    const path = join(dir, 'x.db');
    const texts = [
      'Donald Trump met Angela Merkel in Berlin on Monday. He said 20 boats had sunk, costing $5 million. "We will win," Merkel said. The chancellor attacked the plan in 2024.',
      'Angela Merkel visited Paris. She spoke for 2 hours on Friday.',
      'Nothing here names anyone.',
    ];
    const s1 = await openStore({ kind: 'sqlite', path });
    const ids: string[] = [];
    for (const [i, text] of texts.entries()) {
      const ann = annotate({ text, published: '2025-03-05' });
      ids.push((await s1.addArticle(doc(text, { canonicalUrl: `https://example.org/m13/${i}` }), ann, '2025-01-01T00:00:00Z')).id);
    }
    const want = await Promise.all(ids.map((id) => s1.getArticle(id)));
    const first = want[0]!;
    assert.ok(first.coref?.length && first.times.length && first.numbers.length && first.events.length && first.entities.length, 'every kind of row');
    await s1.close();

    // The rows as stores before step 13 wrote them (its tables, from the packed rows), and step 13 not yet applied.
    let db = new Database(path);
    const packed = db.prepare('SELECT a.id, p.data FROM article_annotations p JOIN articles a ON a.seq = p.seq').all() as { id: string; data: Buffer }[];
    assert.equal(packed.length, texts.length);
    db.exec(`DROP TABLE article_annotations;
      DELETE FROM schema_version WHERE version = 13;
      CREATE TABLE mentions (article_id TEXT NOT NULL, idx INTEGER NOT NULL, entity_id TEXT NOT NULL, start_pos INTEGER NOT NULL,
        end_pos INTEGER NOT NULL, sentence INTEGER NOT NULL, PRIMARY KEY (article_id, idx)) WITHOUT ROWID;
      CREATE TABLE coref_links (article_id TEXT NOT NULL, idx INTEGER NOT NULL, entity_id TEXT NOT NULL, start_pos INTEGER NOT NULL,
        end_pos INTEGER NOT NULL, sentence INTEGER NOT NULL, kind TEXT NOT NULL, confidence REAL NOT NULL, PRIMARY KEY (article_id, idx)) WITHOUT ROWID;
      CREATE TABLE times (article_id TEXT NOT NULL, idx INTEGER NOT NULL, start_pos INTEGER NOT NULL, end_pos INTEGER NOT NULL, value TEXT,
        granularity TEXT NOT NULL, relative INTEGER NOT NULL, sentence INTEGER NOT NULL, PRIMARY KEY (article_id, idx)) WITHOUT ROWID;
      CREATE TABLE numbers (article_id TEXT NOT NULL, idx INTEGER NOT NULL, start_pos INTEGER NOT NULL, end_pos INTEGER NOT NULL, kind TEXT NOT NULL,
        value REAL NOT NULL, unit TEXT, counted TEXT, sentence INTEGER NOT NULL, PRIMARY KEY (article_id, idx)) WITHOUT ROWID;
      CREATE TABLE events (article_id TEXT NOT NULL, idx INTEGER NOT NULL, start_pos INTEGER NOT NULL, end_pos INTEGER NOT NULL, cameo TEXT NOT NULL,
        trigger TEXT NOT NULL, actor_id TEXT, target_id TEXT, place_id TEXT, when_value TEXT, modality TEXT NOT NULL, sentence INTEGER NOT NULL,
        PRIMARY KEY (article_id, idx)) WITHOUT ROWID;`);
    for (const { id, data } of packed) {
      const w = unpackAnnotations(data);
      // events as the table held them: no phrase roles (step 15 added those to the packed rows)
      const rows: [string, unknown[][]][] = [['mentions', w.m], ['coref_links', w.c], ['times', w.t], ['numbers', w.n], ['events', w.v.map((r) => r.slice(0, 10))]];
      for (const [table, rs] of rows) {
        rs.forEach((r, i) => db.prepare(`INSERT INTO ${table} VALUES (?, ?, ${r.map(() => '?').join(', ')})`).run(id, i, ...r));
      }
    }
    db.close();

    const s2 = await openStore({ kind: 'sqlite', path });
    // rows from before step 15 read back with no phrase roles
    const noPhrases = want.map((v) => v && { ...v, events: v.events.map((e) => ({ ...e, actorPhrase: null, targetPhrase: null })) });
    assert.deepEqual(await Promise.all(ids.map((id) => s2.getArticle(id))), noPhrases);
    await s2.close();
    db = new Database(path, { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all().map((r: any) => r.name);
    for (const t of ['mentions', 'coref_links', 'times', 'numbers', 'events']) assert.ok(!tables.includes(t), `${t} is dropped`);
    assert.equal((db.prepare('SELECT count(*) AS n FROM article_annotations').get() as { n: number }).n, texts.length);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Step 14 keys article_entities by the article's seq instead of its id.
test('sqlite step 14: article-entity links written by article id before it read back the same once keyed by seq', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-mig-'));
  try {
    const path = join(dir, 'x.db');
    const texts = [
      'Donald Trump met Angela Merkel in Berlin on Monday. President Trump said the talks went well.',
      'Angela Merkel visited Paris. Chancellor Merkel spoke for 2 hours on Friday.',
      'Donald Trump flew to Berlin.',
      'Nothing here names anyone.',
    ];
    const s1 = await openStore({ kind: 'sqlite', path });
    const ids: string[] = [];
    for (const [i, text] of texts.entries()) {
      const ann = annotate({ text, published: `2025-03-0${i + 1}` });
      ids.push((await s1.addArticle(doc(text, { canonicalUrl: `https://example.org/m14/${i}` }), ann, '2025-01-01T00:00:00Z')).id);
    }
    const read = async (s: Awaited<ReturnType<typeof openStore>>) => {
      const views = await Promise.all(ids.map((id) => s.getArticle(id)));
      const entityIds = [...new Set(views.flatMap((v) => v!.entities.map((e) => e.id)))].sort();
      return {
        views,
        byEntity: await Promise.all(entityIds.map((e) => s.entityArticles(e))),
        sharing: await Promise.all(ids.map((id) => s.articlesSharingEntities(id))),
      };
    };
    const want = await read(s1);
    assert.ok(want.byEntity.length >= 2 && want.sharing[0].length >= 1, 'links to compare');
    await s1.close();

    // The table as stores before step 14 wrote it, and step 14 not yet applied.
    let db = new Database(path);
    db.exec(`CREATE TABLE ae13 (
        article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE, entity_id TEXT NOT NULL REFERENCES entities (id),
        titles TEXT NOT NULL DEFAULT '[]', mention_count INTEGER NOT NULL, PRIMARY KEY (article_id, entity_id)) WITHOUT ROWID;
      INSERT INTO ae13 SELECT a.id, ae.entity_id, ae.titles, ae.mention_count FROM article_entities ae JOIN articles a ON a.seq = ae.seq;
      DROP TABLE article_entities;
      ALTER TABLE ae13 RENAME TO article_entities;
      CREATE INDEX article_entities_entity ON article_entities (entity_id, article_id);
      DELETE FROM schema_version WHERE version = 14;`);
    const links = (db.prepare('SELECT count(*) AS n FROM article_entities').get() as { n: number }).n;
    assert.ok(links >= 4, `${links} links`);
    db.close();

    const s2 = await openStore({ kind: 'sqlite', path });
    assert.deepEqual(await read(s2), want);
    await s2.close();
    db = new Database(path, { readonly: true });
    const cols = db.prepare('SELECT name FROM pragma_table_info(?)').all('article_entities').map((r: any) => r.name);
    assert.deepEqual(cols, ['seq', 'entity_id', 'titles', 'mention_count']);
    assert.equal((db.prepare('SELECT count(*) AS n FROM article_entities').get() as { n: number }).n, links);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sqlite: article ids by seq (story placement\'s candidates) are read from the covering (seq, id) index alone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-mig-'));
  try {
    const path = join(dir, 'x.db');
    const s = await openStore({ kind: 'sqlite', path });
    await s.close();
    const db = new Database(path, { readonly: true });
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT seq, id FROM articles INDEXED BY articles_seq_id WHERE seq IN (SELECT value FROM json_each(?))')
      .all('[1,2]')
      .map((r: any) => r.detail as string);
    db.close();
    assert.ok(plan.some((d) => /COVERING INDEX articles_seq_id/.test(d)), plan.join(' | '));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
