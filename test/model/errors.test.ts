// The error catalogue and docs/ERRORS.md stay in sync (code, status).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERRORS, DeskError } from '../../src/model/index.js';
import { ROOT } from '../helpers.js';

test('every code in the catalogue is documented with its status, and nothing else is', () => {
  const doc = readFileSync(join(ROOT, 'docs/ERRORS.md'), 'utf8');
  const rows = [...doc.matchAll(/^\| `([A-Z_]+)` \| (\d{3}) \|/gm)].map((m) => [m[1], Number(m[2])] as const);
  assert.deepEqual(
    rows.map(([c]) => c).sort(),
    Object.keys(ERRORS).sort(),
  );
  for (const [code, status] of rows) assert.equal(status, ERRORS[code as keyof typeof ERRORS].status, code);
});

test('a DeskError carries its code, item and status', () => {
  const e = new DeskError('FETCH_TOO_LARGE', 'https://x.test/a: larger than 10 MiB', 'https://x.test/a');
  assert.equal(e.status, 413);
  assert.equal(e.item, 'https://x.test/a');
  assert.match(e.message, /x\.test/);
});
