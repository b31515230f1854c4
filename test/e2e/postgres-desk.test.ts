// The whole desk on PostgreSQL, built exactly as main builds it (NEWSDESK_DATABASE_URL): ingest the
// sample, ask, read also, and the same article ids as on SQLite.

import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, loadConfig } from '../../src/app.js';
import { startTestPg } from '../store/pg-server.js';
import { SAMPLE, sampleApp } from '../helpers.js';

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
} else if (process.env.CI) {
  test('PostgreSQL is available for the desk on PostgreSQL', () => {
    assert.fail(`CI must run the PostgreSQL desk test: ${started.reason}`);
  });
} else {
  console.log(`# skipping the desk on PostgreSQL: ${started.reason}`);
  test('desk on PostgreSQL', { skip: started.reason }, () => {});
}
