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
