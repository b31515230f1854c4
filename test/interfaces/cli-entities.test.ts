// `newsdesk entities --merge / --split / --corrections`: a user's corrections through the command line,
// kept by the store and obeyed by the next `add`.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/interfaces/cli/main.js';

let dir: string;

/** The command line in-process (main is what bin/newsdesk.js runs), capturing its two streams. */
async function nd(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main([...args, '--data', join(dir, 'data')], {
    log: (x) => void (stdout += x + '\n'),
    err: (x) => void (stderr += x + '\n'),
    isTTY: false,
  });
  return { code, stdout, stderr };
}

/** Adds one article (headline line, then the body) and returns its entities as stored. */
async function add(name: string, text: string): Promise<{ id: string; name: string }[]> {
  const file = join(dir, `${name}.txt`);
  writeFileSync(file, text);
  const r = await nd('add', file, '--json');
  assert.equal(r.code, 0, r.stderr);
  const [added] = JSON.parse(r.stdout).added;
  return JSON.parse((await nd('article', added.id, '--json')).stdout).entities;
}

const person = (es: { id: string; name: string }[], name: string) => es.find((e) => e.name === name);

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsdesk-cli-entities-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('split a form off an entity, merge two, list the corrections; the next add obeys them', async () => {
  // "Trump" alone, then Melania Trump: she takes the bare Trump (first-come)
  const bare = person(await add('c1', 'Trump speaks\n\nTrump spoke to reporters in Washington on Monday. Trump said the talks went well.\n'), 'Trump')!;
  const melania = person(await add('c2', 'Garden opens\n\nMelania Trump opened the White House garden on Tuesday. Trump thanked the gardeners.\n'), 'Melania Trump')!;
  assert.equal(bare.id, melania.id);

  const split = await nd('entities', '--split', melania.id, '--alias', 'Trump', '--json');
  assert.equal(split.code, 0, split.stderr);
  const s = JSON.parse(split.stdout);
  assert.deepEqual([s.correction.kind, s.correction.articles, s.other.name, s.entity.aliases], ['split', 1, 'Trump', ['Melania Trump']]);
  const trump = s.other.id;
  assert.notEqual(trump, melania.id);

  // a later bare "Trump" links to the split-off entity, never back to her
  const later = await add('c3', 'Trump again\n\nTrump spoke again on Wednesday. Trump said nothing had changed.\n');
  assert.equal(person(later, 'Trump')?.id, trump);

  // Donald Trump is new; the user says the bare Trump is him: merge, then a bare Trump is his
  const donald = person(await add('c4', 'Cairo trip\n\nDonald Trump flew to Cairo on Thursday.\n'), 'Donald Trump')!;
  const merge = await nd('entities', '--merge', donald.id, trump);
  assert.equal(merge.code, 0, merge.stderr);
  assert.match(merge.stdout, new RegExp(`merged ${trump} \\(Trump\\) into ${donald.id} \\(Donald Trump\\): 2 articles moved`));
  // Ivanka Trump makes the bare Trump ambiguous; the user's merge still decides it (and is not revised)
  await add('c6', 'Fashion week\n\nIvanka Trump opened the show in New York. Ivanka Trump said it was her last.\n');
  const after5 = await add('c5', 'Cairo landing\n\nTrump landed in Cairo on Friday. Trump said the visit would be short.\n');
  assert.equal(person(after5, 'Donald Trump')?.id, donald.id);
  const ents = JSON.parse((await nd('entities', '--json')).stdout).entities;
  assert.equal(ents.find((e: { id: string }) => e.id === trump), undefined, 'the merged entity is gone');
  assert.deepEqual(ents.filter((e: { name: string }) => /Trump/.test(e.name)).map((e: { name: string; articleCount: number }) => [e.name, e.articleCount]).sort(),
    [['Donald Trump', 4], ['Ivanka Trump', 1], ['Melania Trump', 1]]);

  const list = JSON.parse((await nd('entities', '--corrections', '--json')).stdout).corrections;
  assert.deepEqual(list.map((c: { kind: string; entityId: string; otherId: string }) => [c.kind, c.entityId, c.otherId]),
    [['merge', donald.id, trump], ['split', melania.id, trump]]);
  assert.match((await nd('entities', '--corrections')).stdout, /split "Trump" off/);
});

test('bad corrections: one line naming the item and the reason, exit 1, nothing changed', async () => {
  const ada = person(await add('d1', 'Notes\n\nAda Lovelace wrote the notes in London. Lovelace was praised.\n'), 'Ada Lovelace')!;
  const before = (await nd('entities', '--json')).stdout;
  const cases: [string[], number, RegExp][] = [
    [['entities', '--merge', ada.id, ada.id], 1, new RegExp(`${ada.id} \\(Ada Lovelace\\) into itself`)],
    [['entities', '--merge', ada.id, 'feedfacecafe'], 1, /No entity with id "feedfacecafe"/],
    [['entities', '--split', ada.id, '--alias', 'Byron'], 1, new RegExp(`entity ${ada.id} \\(Ada Lovelace\\) has no alias "Byron"`)],
    [['entities', '--split', ada.id, '--alias', 'Ada Lovelace'], 1, /"Ada Lovelace" is the name of entity/],
    [['entities', '--split', ada.id], 1, /--split ID needs --alias/],
    [['entities', '--merge', '--split', ada.id], 1, /cannot be combined/],
  ];
  for (const [args, code, re] of cases) {
    const r = await nd(...args);
    assert.equal(r.code, code, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, re, args.join(' '));
    assert.equal(r.stderr.trim().split('\n').length, 1, `one line for ${args.join(' ')}`);
  }
  assert.equal((await nd('entities', '--json')).stdout, before);
});
