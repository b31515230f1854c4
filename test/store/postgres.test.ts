// The Store contract against a real PostgreSQL: a throwaway server (see pg-server.ts) or
// NEWSDESK_TEST_PG_URL, a fresh database per case. Without PostgreSQL: skipped locally, failed in CI.

import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { openStore } from '../../src/store/index.js';
import { runStoreContract } from './contract.js';
import { startTestPg } from './pg-server.js';

const started = await startTestPg();

if (started.ok) {
  const server = started.pg;
  after(() => server.stop());
  runStoreContract('postgres', async () => openStore({ kind: 'postgres', url: await server.freshDatabase() }));
} else if (process.env.CI) {
  test('PostgreSQL is available for the Store contract suite', () => {
    assert.fail(`CI must run the PostgreSQL suite: ${started.reason}`);
  });
} else {
  console.log(`# skipping the PostgreSQL Store contract suite: ${started.reason}`);
  test('Store contract: postgres', { skip: started.reason }, () => {});
}
