// Golden files for findTimes: src/understand/testdata/times/<case>.json holds a real text with
// its publication date; <case>.expected.json the reviewed expressions. Regenerate with
// UPDATE_GOLDEN=1 and review the diff. An expected entry with "knownMiss" holds the right
// answer that findTimes does not give yet (see src/understand/KNOWN_MISSES.md, "## Times"):
// the test checks it is still missed, so fixing it forces the file to be updated.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { findTimes } from '../../src/understand/times.js';
import type { TimeExpr } from '../../src/model/index.js';

const DIR = new URL('../../src/understand/testdata/times/', import.meta.url);

interface Expected {
  start: number;
  end: number;
  text: string;
  value: string | null;
  granularity: string;
  relative: boolean;
  knownMiss?: string;
}

const strip = (t: TimeExpr): Expected => ({
  start: t.start,
  end: t.end,
  text: t.text,
  value: t.value,
  granularity: t.granularity,
  relative: t.relative,
});

const cases = readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));

test('there are golden cases', () => {
  assert.ok(cases.length >= 5);
});

for (const file of cases) {
  test(`golden: ${file}`, () => {
    const input = JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as { published: string | null; text: string };
    const got = findTimes(input.text, [], input.published).map(strip);
    const expFile = new URL(file.replace(/\.json$/, '.expected.json'), DIR);
    const old: Expected[] = existsSync(expFile) ? JSON.parse(readFileSync(expFile, 'utf8')) : [];
    const misses = old.filter((e) => e.knownMiss);
    if (process.env.UPDATE_GOLDEN === '1') {
      // Keep the reviewed known misses; everything else is what findTimes says now.
      const merged = got.filter((g) => !misses.some((k) => k.start < g.end && g.start < k.end)).concat(misses);
      merged.sort((a, b) => a.start - b.start);
      writeFileSync(expFile, JSON.stringify(merged, null, 2) + '\n');
      return;
    }
    assert.ok(existsSync(expFile), `missing ${expFile.pathname}; run with UPDATE_GOLDEN=1 and review`);
    for (const e of old) assert.equal(input.text.slice(e.start, e.end), e.text, `offsets of "${e.text}"`);
    const plain = old.filter((e) => !e.knownMiss);
    const gotOutsideMisses = got.filter((g) => !misses.some((k) => k.start < g.end && g.start < k.end));
    assert.deepEqual(gotOutsideMisses, plain);
    for (const k of misses) {
      const hit = got.find((g) => g.start === k.start && g.end === k.end && g.value === k.value && g.granularity === k.granularity);
      assert.equal(hit, undefined, `known miss "${k.text}" (${k.knownMiss}) now passes: update the golden file and KNOWN_MISSES.md`);
    }
  });
}
