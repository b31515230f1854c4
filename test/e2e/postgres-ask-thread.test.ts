// The server's ask thread on PostgreSQL: it opens its own pool on the configured database and answers
// as the request thread does.

import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, loadConfig } from '../../src/app.js';
import { startTestPg } from '../store/pg-server.js';
import { SAMPLE } from '../helpers.js';

const started = await startTestPg();
const NOW = () => new Date('2026-01-01T00:00:00Z');

if (started.ok) {
  const server = started.pg;
  after(() => server.stop());

  test('on PostgreSQL, the ask thread answers exactly as the request thread does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsdesk-pgask-'));
    const url = await server.freshDatabase();
    const build = (threads: string) => buildApp(loadConfig({ NEWSDESK_DATABASE_URL: url, NEWSDESK_ASK_THREADS: threads }, { dataDir: dir, allowFetch: false }), { now: NOW });
    const inline = await build('0');
    const threaded = await build('1');
    try {
      assert.equal((await inline.desk.add(inline.read(SAMPLE))).added.length, 2);
      for (const q of ['Where does Trump plan to meet Putin?', 'What is the capital of Argentina?']) {
        const path = '/v1/ask?q=' + encodeURIComponent(q);
        const viaThread = await threaded.http.request(path);
        assert.equal(viaThread.status, 200, q);
        assert.deepEqual(await viaThread.json(), await (await inline.http.request(path)).json(), q);
      }
    } finally {
      await threaded.close();
      await inline.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
} else if (process.env.CI) {
  test('PostgreSQL is available for the ask thread on PostgreSQL', () => {
    assert.fail(`CI must run the PostgreSQL ask-thread test: ${started.reason}`);
  });
} else {
  console.log(`# skipping the ask thread on PostgreSQL: ${started.reason}`);
  test('ask thread on PostgreSQL', { skip: started.reason }, () => {});
}
