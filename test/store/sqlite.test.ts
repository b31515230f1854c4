// The Store contract against SQLite: a fresh file per case, in a temp dir removed afterwards.

import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.js';
import { annotations, doc, runStoreContract } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'newsdesk-sqlite-'));
let n = 0;
after(() => rmSync(dir, { recursive: true, force: true }));

runStoreContract('sqlite', (opts) => openStore({ kind: 'sqlite', path: join(dir, `store-${n++}.db`), ...opts }));

// termArticles within given articles reads the terms' postings, or decodes the articles when the
// postings are many (over ~1,000 per article not yet decoded): both plans must give the same answer.
test('SQLite termArticles within articles: the same from postings as from decoded articles', async () => {
  const path = join(dir, `store-${n++}.db`);
  const big = 'Officials said it. '.repeat(1200) + 'Putin spoke in Budapest.';
  const texts = [big, 'Putin said nothing.', 'Budapest is quiet today.'];
  let s = await openStore({ kind: 'sqlite', path });
  const ids: string[] = [];
  for (const t of texts) ids.push((await s.addArticle(doc(t), annotations(t), '2025-10-20T12:00:00.000Z')).id);
  await s.close();
  const norm = (xs: { articleId: string; terms: string[] }[]) =>
    xs.map((x) => `${ids.indexOf(x.articleId)}:${[...x.terms].sort().join(',')}`).sort();
  // reopened, nothing is decoded: 'said' has 1,201 postings, more than one cold article's worth
  s = await openStore({ kind: 'sqlite', path });
  assert.deepEqual(norm(await s.termArticles(['said', 'putin'], { articleIds: [ids[0]] })), ['0:putin,said']);
  // three cold articles' worth is more than the postings: read from the index
  assert.deepEqual(norm(await s.termArticles(['said', 'putin', 'budapest'], { articleIds: ids })),
    ['0:budapest,putin,said', '1:putin,said', '2:budapest']);
  assert.deepEqual(norm(await s.termArticles(['putin', 'budapest'], { articleIds: [ids[1], ids[2]] })), ['1:putin', '2:budapest']);
  await s.close();
  // and the same with every article decoded (their term sets)
  s = await openStore({ kind: 'sqlite', path });
  for (const id of ids) await s.getSentences(id, 'all');
  assert.deepEqual(norm(await s.termArticles(['said', 'putin', 'budapest'], { articleIds: ids })),
    ['0:budapest,putin,said', '1:putin,said', '2:budapest']);
  assert.deepEqual(norm(await s.termArticles(['putin', 'budapest'], { articleIds: [ids[1], ids[2]] })), ['1:putin', '2:budapest']);
  await s.close();
});
