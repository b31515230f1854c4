// The CLI contract: `--json` shapes that scripts rely on, one-line errors and exit codes.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SAMPLE } from '../helpers.js';

const run = promisify(execFile);
let dir: string;

async function nd(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [join(ROOT, 'bin/newsdesk.js'), ...args, '--data', dir], { cwd: ROOT, env: { ...process.env, NEWSDESK_NO_FETCH: '1' } });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e: any) {
    return { code: e.code ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsdesk-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('add --json reports added, then duplicates; a bad file fails alone with exit 1', async () => {
  const first = await nd('add', SAMPLE, '--json');
  assert.equal(first.code, 0, first.stderr);
  const r1 = JSON.parse(first.stdout);
  assert.equal(r1.added.length, 2);
  for (const a of r1.added) assert.deepEqual(Object.keys(a).sort(), ['id', 'source', 'title']);

  const bin = join(dir, 'blob.txt');
  writeFileSync(bin, Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
  const second = await nd('add', SAMPLE, bin, '--json');
  assert.equal(second.code, 1);
  const r2 = JSON.parse(second.stdout);
  assert.equal(r2.added.length, 0);
  assert.equal(r2.duplicates.length, 2);
  assert.equal(r2.failed.length, 1);
  assert.match(r2.failed[0].item, /blob\.txt/);
  assert.ok(r2.failed[0].error.length > 0);
});

test('ask --json prints exactly one object with the documented fields', async () => {
  const r = await nd('ask', 'Where does Trump plan to meet Putin?', '--json');
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  for (const k of ['question', 'answer', 'abstained', 'confidence', 'citations', 'related']) assert.ok(k in a, k);
  assert.equal(a.abstained, false);
  const c = a.citations[0];
  for (const k of ['n', 'articleId', 'title', 'url', 'source', 'published', 'sentence', 'start', 'end']) assert.ok(k in c, k);
  assert.ok(a.related.length <= 5);
  // --min-confidence: held back when the answer is less sure, and said so in words; a bad value is one line.
  const [held, text, bad] = await Promise.all([
    nd('ask', 'Where does Trump plan to meet Putin?', '--min-confidence', '1', '--json'),
    nd('ask', 'Where does Trump plan to meet Putin?', '--min-confidence', '1'),
    nd('ask', 'Where does Trump plan to meet Putin?', '--min-confidence', '0.2'),
  ]);
  const h = JSON.parse(held.stdout);
  assert.equal(h.abstained, true);
  assert.equal(h.belowBar, 1);
  assert.match(text.stdout, /No answer as sure as you asked \(100%\)/);
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /minConfidence must be a number from 0\.5 to 1/);
});

test('article --json carries sentences, entities with stable ids, quotes and times', async () => {
  const list = JSON.parse((await nd('articles', '--json')).stdout).articles;
  const arts = await Promise.all(list.map(async (x: { id: string }) => JSON.parse((await nd('article', x.id, '--json')).stdout)));
  for (const a of arts) {
    for (const k of ['id', 'title', 'published', 'text', 'sentences', 'entities', 'quotes', 'times']) assert.ok(k in a, k);
    for (const e of a.entities) assert.ok(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP'].includes(e.type));
    for (const t of a.times) assert.ok(t.value === null || /^\d{4}|^P|_REF$/.test(t.value), t.value);
  }
  const idsOf = (a: any) => new Set(a.entities.filter((e: any) => /Putin/.test(e.name)).map((e: any) => e.id));
  const [p0, p1] = arts.map(idsOf);
  assert.equal(p0.size, 1);
  assert.deepEqual(p0, p1, 'Putin has one id across both articles');
});

// These commands only read the desk (or fail before touching it), so each test starts its processes
// together: every process still runs and is checked, in the order written, and a spare core is used.
test('user mistakes: one line, non-zero exit, no stack trace', async () => {
  const mistakes = [['ask'], ['related', 'nope'], ['add', '--published', '2025-13-45', SAMPLE], ['frobnicate'], ['search', '--limit', 'x', 'q']];
  const [empty, ...runs] = await Promise.all([nd('ask', '', '--json'), ...mistakes.map((args) => nd(...args))]);
  mistakes.forEach((args, i) => {
    const r = runs[i];
    assert.notEqual(r.code, 0, args.join(' '));
    assert.doesNotMatch(r.stderr, /\n\s+at /, `no stack for ${args.join(' ')}`);
  });
  assert.equal(JSON.parse(empty.stdout).abstained, true);
});

test('--help on every command', async () => {
  const [r, h] = await Promise.all([nd('--help'), nd('add', '--help')]);
  assert.match(r.stdout, /Commands:/);
  assert.match(h.stdout, /newsdesk add/);
});

test('export: JSONL and CSV of events with CAMEO roots; a bad kind is one line', async () => {
  const [jsonl, csv, bad] = await Promise.all([nd('export', 'events'), nd('export', 'quotes', '--format', 'csv'), nd('export', 'bogus')]);
  assert.equal(jsonl.code, 0, jsonl.stderr);
  const rows = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(rows.length > 0);
  for (const r of rows) assert.match(r.cameoRoot, /^(0[1-9]|1\d|20)$/);
  const [header, ...lines] = csv.stdout.trim().split('\n');
  assert.match(header, /^articleId,published,sentence,speakerId,speaker,/);
  assert.ok(lines.length > 0);
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /"bogus" is not one of/);
});

test('extract --json gives the language and where each metadata value came from', async () => {
  const page = join(dir, 'page.html');
  const para = `<p>${'The delegations met again in the afternoon and worked through the remaining points of the draft. '.repeat(4)}</p>`;
  writeFileSync(page, `<html lang="en"><head><title>Summit ends &amp;#038; talks go on | Daily Ledger</title>
    <meta property="og:site_name" content="Daily Ledger"><link rel="canonical" href="https://ledger.example/2025/10/18/summit">
    <meta name="author" content="By Ana Ruiz, Staff Writer"></head>
    <body><article><h1>Summit ends &amp;#038; talks go on</h1>${para}${para}</article></body></html>`);
  const r = await nd('extract', page, '--json');
  assert.equal(r.code, 0, r.stderr);
  const d = JSON.parse(r.stdout);
  assert.equal(d.title, 'Summit ends & talks go on');
  assert.equal(d.byline, 'Ana Ruiz');
  assert.equal(d.published, '2025-10-18');
  assert.equal(d.language, 'en');
  assert.deepEqual(d.provenance, { canonicalUrl: 'meta', source: 'meta', title: 'visible', published: 'url', byline: 'meta', language: 'detected' });
});

test('story: a role no name fills shows as its phrase with its CAMEO actor type, in --json and in the text view', async () => {
  // a desk of its own: one invented article, dated through META.json as the sample's are
  const own = mkdtempSync(join(tmpdir(), 'newsdesk-cli-story-'));
  const src = join(own, 'src');
  mkdirSync(src);
  writeFileSync(join(src, 'leeds.txt'), 'Police arrested Thomas Renner in Leeds on Tuesday. The government condemned the attack on the council offices on Wednesday.\n');
  writeFileSync(join(src, 'META.json'), JSON.stringify({ 'leeds.txt': { published: '2025-10-23' } }));
  const cli = async (...args: string[]) => {
    const r = await run(process.execPath, [join(ROOT, 'bin/newsdesk.js'), ...args, '--data', join(own, 'data')], { cwd: ROOT, env: { ...process.env, NEWSDESK_NO_FETCH: '1' } });
    return r.stdout;
  };
  try {
    assert.equal(JSON.parse(await cli('add', src, '--json')).added.length, 1);
    const [story] = JSON.parse(await cli('stories', '--json')).stories;
    const s = JSON.parse(await cli('story', story.id, '--json'));
    const arrest = s.timeline.find((e: any) => e.trigger === 'arrested');
    assert.ok(arrest, JSON.stringify(s.timeline));
    assert.equal(arrest.date, '2025-10-21');
    assert.deepEqual([arrest.actor, arrest.actorPhrase, arrest.actorCameoType], [null, 'Police', 'COP']);
    assert.deepEqual([arrest.target.name, arrest.targetPhrase, arrest.targetCameoType], ['Thomas Renner', null, null]);
    const text = await cli('story', story.id);
    assert.match(text, /2025-10-21 +happened +[a-z ]+: Police \(COP\) → Thomas Renner in Leeds/);
    assert.match(text, /2025-10-22 +happened +[a-z ]+: government \(GOV\)\n/);
  } finally {
    rmSync(own, { recursive: true, force: true });
  }
});

test('a quote in a text file\'s headline line: `quotes` marks it "headline", --json gives it sentence -1 and offsets into the title', async () => {
  const own = mkdtempSync(join(tmpdir(), 'newsdesk-cli-headline-'));
  const src = join(own, 'brown.txt');
  writeFileSync(src, 'Brown: \'I will not quit the Treasury\'\n\nGordon Brown has told Labour MPs he intends to stay as chancellor after the election.\n\nMr Brown said the economy was strong and Labour would win.\n');
  const cli = async (...args: string[]) => (await run(process.execPath, [join(ROOT, 'bin/newsdesk.js'), ...args, '--data', join(own, 'data')], { cwd: ROOT, env: { ...process.env, NEWSDESK_NO_FETCH: '1' } })).stdout;
  try {
    const [added] = JSON.parse(await cli('add', src, '--json')).added;
    assert.equal(added.title, "Brown: 'I will not quit the Treasury'");
    assert.match(await cli('quotes'), /“I will not quit the Treasury” — Gordon Brown \(Brown: 'I will not quit the Treasury', headline\)/);
    const [q] = JSON.parse(await cli('quotes', '--json')).quotes;
    assert.deepEqual([q.sentence, added.title.slice(q.start, q.end), q.speaker.name], [-1, 'I will not quit the Treasury', 'Gordon Brown']);
    assert.match(await cli('article', added.id), /“I will not quit the Treasury” — Gordon Brown \(headline\)/);
  } finally {
    rmSync(own, { recursive: true, force: true });
  }
});
