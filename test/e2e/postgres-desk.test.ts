// The whole desk on PostgreSQL, built exactly as main builds it (NEWSDESK_DATABASE_URL): ingest the
// sample, ask, read also, and the same article ids as on SQLite.

import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, loadConfig } from '../../src/app.js';
import { startTestPg } from '../store/pg-server.js';
import { SAMPLE, sampleApp } from '../helpers.js';

const TESTDATA = join(import.meta.dirname, '../../src/understand/testdata');
const started = await startTestPg();

if (started.ok) {
  const server = started.pg;
  after(() => server.stop());

  test('add, ask and read also on PostgreSQL match SQLite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsdesk-pgdesk-'));
    const url = await server.freshDatabase();
    const app = await buildApp(loadConfig({ NEWSDESK_DATABASE_URL: url }, { dataDir: dir, allowFetch: false }));
    const lite = await sampleApp();
    try {
      assert.equal(app.store.kind, 'postgres');
      const report = await app.desk.add(app.read(SAMPLE));
      assert.equal(report.added.length, 2);
      const again = await app.desk.add(app.read(SAMPLE));
      assert.equal(again.duplicates.length, 2, 'idempotent on PostgreSQL too');

      assert.deepEqual(
        report.added.map((a) => a.id).sort(),
        lite.report.added.map((a) => a.id).sort(),
        'article ids do not depend on the backend',
      );
      const q = 'Where does Trump plan to meet Putin?';
      const [pgAns, liteAns] = [await app.desk.ask(q), await lite.app.desk.ask(q)];
      assert.match(pgAns.answer ?? '', /Budapest/);
      assert.equal(pgAns.answer, liteAns.answer, 'same answer: ranking is computed outside the engine');
      assert.deepEqual(
        pgAns.citations.map((c) => [c.articleId, c.sentenceIndex]),
        liteAns.citations.map((c) => [c.articleId, c.sentenceIndex]),
      );
      const hostile = await app.desk.search(`"; DROP TABLE articles; -- NEAR(* :`);
      assert.ok(Array.isArray(hostile));
      assert.equal(await app.store.countArticles(), 2);
    } finally {
      await app.close();
      await lite.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
  // The ranking contract: search and ask rank in code from what the store returns (term statistics,
  // rare-term postings, sentences), so both backends must give the same order on the same articles.
  test('search and ask rank alike on PostgreSQL and SQLite', async () => {
    const texts = readdirSync(TESTDATA, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt')).sort();
    const records = texts.map((f) => {
      const [title, ...rest] = readFileSync(join(TESTDATA, f), 'utf8').trim().split('\n');
      return { item: f, ok: true as const, doc: { title, text: rest.join('\n').trim() || title, byline: null, published: '2025-01-01', canonicalUrl: null, source: 'testdata', relatedHints: [], origin: f } };
    });
    const dir = mkdtempSync(join(tmpdir(), 'newsdesk-rank-'));
    const url = await server.freshDatabase();
    const pgApp = await buildApp(loadConfig({ NEWSDESK_DATABASE_URL: url }, { dataDir: join(dir, 'pg'), allowFetch: false }));
    const liteApp = await buildApp(loadConfig({}, { dataDir: join(dir, 'lite'), allowFetch: false }));
    try {
      const [a, b] = [await pgApp.desk.add(records), await liteApp.desk.add(records)];
      assert.ok(a.added.length >= 8, `a ranking corpus of ${a.added.length} articles`);
      assert.deepEqual(a.added.map((x) => x.id), b.added.map((x) => x.id));
      let found = 0;
      let answered = 0;
      for (const q of ['minister said', 'police killed', 'Trump Putin Budapest', 'election vote party', 'percent growth economy', 'court ruling']) {
        const [p, l] = [await pgApp.desk.search(q, 10), await liteApp.desk.search(q, 10)];
        assert.deepEqual(p.map((r) => [r.article.id, r.score]), l.map((r) => [r.article.id, r.score]), `search "${q}"`);
        found += p.length;
      }
      assert.ok(found >= 10, `the searches find something to compare (${found})`);
      for (const q of ['Who did Trump meet?', 'What did the minister say?', 'Where will the summit be held?', 'How many people were killed?', 'Where will Trump meet Putin?', 'What did Trump say?']) {
        const [p, l] = [await pgApp.desk.ask(q), await liteApp.desk.ask(q)];
        assert.equal(p.answer, l.answer, `ask "${q}"`);
        if (p.answer) answered++;
        assert.deepEqual(p.citations.map((c) => [c.articleId, c.sentenceIndex]), l.citations.map((c) => [c.articleId, c.sentenceIndex]), `ask "${q}"`);
      }
      assert.ok(answered >= 2, `some questions are answered (${answered})`);
      // stories: the same grouping and the same story ids on both backends
      const ids = a.added.map((x) => x.id);
      const [ps, ls] = [await pgApp.store.storyMembers(ids), await liteApp.store.storyMembers(ids)];
      assert.equal(ps.length, ids.length, 'every article is in a story');
      assert.deepEqual(ps.map((m) => [m.articleId, m.storyId]).sort(), ls.map((m) => [m.articleId, m.storyId]).sort());
    } finally {
      await pgApp.close();
      await liteApp.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
} else if (process.env.CI) {
  test('PostgreSQL is available for the desk on PostgreSQL', () => {
    assert.fail(`CI must run the PostgreSQL desk test: ${started.reason}`);
  });
} else {
  console.log(`# skipping the desk on PostgreSQL: ${started.reason}`);
  test('desk on PostgreSQL', { skip: started.reason }, () => {});
}
