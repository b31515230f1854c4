// The dated story set (test/story-sets/*/tempeval.jsonl) and the bench reader of its TimeML files:
// the split is by story, covers the delivered set exactly, and every article reads with its headline
// and the publication date the labeller recorded. Reads ../shared/bench-data/tempeval3 (as the
// evaluation does); reads no test result.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { readStorySet, streamOrder, STORY_SETS } from '../../bench/lib/stories.js';
import { tempevalItem, tempevalPath } from '../../bench/lib/tempeval-articles.js';

// The TimeML files are public evaluation data beside the clone (../shared/bench-data), not in it.
const TIMEML = dirname(dirname(tempevalPath('tempeval/AQUAINT/x.tml')));
const noTimeml = existsSync(TIMEML) ? false : `no TempEval-3 files at ${TIMEML} (the bench data beside the clone)`;
if (noTimeml) console.log(`# skipping the TimeML reader's checks: ${noTimeml}`);

const lines = <T>(file: string): T[] =>
  readFileSync(join(STORY_SETS, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

test('the dated set is split by story into dev and test, together exactly the delivered set', () => {
  const src = lines<{ story: string; articles: string[] }>('dated-src/stories.jsonl');
  const dev = readStorySet('dev', 'dated');
  const tst = readStorySet('test', 'dated');
  assert.ok(dev.length > 0 && tst.length > 0);
  const devStories = new Set(dev.map((s) => s.story));
  assert.ok(tst.every((s) => !devStories.has(s.story)), 'no story on both sides');
  const devArticles = new Set(dev.flatMap((s) => s.articles));
  assert.ok(tst.flatMap((s) => s.articles).every((a) => !devArticles.has(a)), 'no article on both sides');
  assert.deepEqual([...dev, ...tst].map((s) => s.story).sort(), src.map((s) => s.story).sort());
  const multi = (xs: { articles: string[] }[]) => xs.filter((s) => s.articles.length > 1).length;
  assert.ok(Math.abs(multi(dev) - multi(tst)) <= 1, 'about half the multi-article stories on each side');
  assert.ok(readStorySet('dev', 'bbc').every((s) => !s.articles.some((a) => a.startsWith('tempeval/'))), 'the BBC set stays apart');
});

test('each dated article reads with its headline and the labelled publication date, and streams in date order', { skip: noTimeml }, () => {
  const dates = new Map(lines<{ article: string; published: string }>('dated-src/dates.jsonl').map((d) => [d.article, d.published]));
  const dev = readStorySet('dev', 'dated');
  for (const id of dev.flatMap((s) => s.articles)) {
    const r = tempevalItem(id);
    assert.ok(r.ok, id);
    assert.equal(r.doc.published, dates.get(id), id);
    assert.ok(r.doc.title.length > 0 && r.doc.text.length > r.doc.title.length / 2, id);
    assert.doesNotMatch(r.doc.text, /<\/?(EVENT|TIMEX3|SIGNAL)\b/, `${id}: tags stripped`);
  }
  const embassy = tempevalItem('tempeval/AQUAINT/APW19980807.0261.tml');
  assert.ok(embassy.ok);
  assert.equal(embassy.doc.title, 'Explosions rock U.S. embassies in Tanzania, Kenya', 'the AQUAINT headline');
  const order = streamOrder(dev).map((id) => dates.get(id)!);
  assert.deepEqual(order, [...order].sort(), 'publication order');
});

test('a missing file or a malformed id is named with the reason', () => {
  const r = tempevalItem('tempeval/AQUAINT/NOPE0000.tml');
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.equal(r.error.code, 'FILE_UNREADABLE');
    assert.match(r.error.message, /^tempeval\/AQUAINT\/NOPE0000\.tml: ENOENT/);
  }
  assert.throws(() => tempevalPath('tempeval/other/x.tml'), /tempeval\/other\/x\.tml: not a TempEval-3 article id/);
});
