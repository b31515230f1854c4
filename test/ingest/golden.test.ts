// Golden files: each input in src/ingest/testdata/ beside <name>.expected.json.
// Regenerate with UPDATE_GOLDEN=1 and review the diff: the expected files are the spec.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readSource } from '../../src/ingest/index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../src/ingest/testdata');
const update = process.env.UPDATE_GOLDEN === '1';
const inputs = readdirSync(dir).filter((f) => !f.endsWith('.expected.json') && !f.startsWith('.') && f !== 'META.json').sort();

for (const name of inputs) {
  test(`golden: ${name}`, async () => {
    const path = join(dir, name);
    const rel = (s: string) => s.split(dir).join('testdata');
    const results = [];
    for await (const r of readSource(path, { allowFetch: false })) {
      results.push(r.ok ? { item: rel(r.item), ok: true, doc: { ...r.doc, origin: rel(r.doc.origin) } } : { item: rel(r.item), ok: false, code: r.error.code, message: rel(r.error.message) });
    }
    const expectedPath = join(dir, `${name}.expected.json`);
    if (update || !existsSync(expectedPath)) {
      writeFileSync(expectedPath, JSON.stringify(results, null, 2) + '\n');
      if (!update) assert.fail(`${relative(process.cwd(), expectedPath)} was missing and has been written; review it`);
      return;
    }
    assert.deepEqual(results, JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
}
