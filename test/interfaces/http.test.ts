// The JSON API and the pages through the Hono app, without a socket.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, sampleApp, tempApp } from '../helpers.js';

let t: Awaited<ReturnType<typeof sampleApp>>;
before(async () => {
  // A budget no related-question check reaches: these tests are about what is offered, not how fast.
  t = await sampleApp({ NEWSDESK_RELATED_BUDGET: '600' });
});
after(async () => {
  await t?.dispose();
});

const get = (path: string) => t.app.http.request(path);

test('GET /v1/articles lists the sample, newest first', async () => {
  const res = await get('/v1/articles');
  assert.equal(res.status, 200);
  const body = await res.json();
  assert.equal(body.articles.length, 2);
  assert.equal(body.articles[0].published, '2025-10-18');
});

test('GET /v1/articles/:id returns annotations; unknown id is a 404 with a code', async () => {
  const [first] = (await (await get('/v1/articles')).json()).articles;
  const res = await get(`/v1/articles/${first.id}`);
  const a = await res.json();
  for (const k of ['sentences', 'entities', 'quotes', 'times']) assert.ok(Array.isArray(a[k]), k);
  const missing = await get('/v1/articles/nope');
  assert.equal(missing.status, 404);
  assert.equal((await missing.json()).error.code, 'NOT_FOUND');
});

test('GET /v1/ask answers with citations; POST /v1/ask validates its body', async () => {
  const res = await get('/v1/ask?q=' + encodeURIComponent('Where does Trump plan to meet Putin?'));
  const ans = await res.json();
  assert.equal(ans.abstained, false);
  assert.match(ans.answer, /Budapest/);
  assert.ok(ans.citations.length >= 1);
  const bad = await t.app.http.request('/v1/ask', { method: 'POST', body: '[1,2', headers: { 'content-type': 'application/json' } });
  assert.equal(bad.status, 400);
  assert.equal((await bad.json()).error.code, 'BAD_REQUEST');
  // A reader's bar: above the answer's confidence it is held back and the bar is named; a bad bar is a 400.
  const held = await (await get('/v1/ask?minConfidence=1&q=' + encodeURIComponent('Where does Trump plan to meet Putin?'))).json();
  assert.equal(held.abstained, true);
  assert.equal(held.belowBar, 1);
  assert.equal(held.confidence, ans.confidence);
  const posted = await t.app.http.request('/v1/ask', { method: 'POST', body: JSON.stringify({ question: 'Where does Trump plan to meet Putin?', minConfidence: 1 }), headers: { 'content-type': 'application/json' } });
  assert.equal((await posted.json()).belowBar, 1);
  for (const [path, init] of [['/v1/ask?minConfidence=0.1&q=who', undefined], ['/v1/ask?minConfidence=sure&q=who', undefined], ['/v1/ask', { method: 'POST', body: JSON.stringify({ question: 'who', minConfidence: '0.9' }), headers: { 'content-type': 'application/json' } }]] as const) {
    const r = await t.app.http.request(path, init);
    assert.equal(r.status, 400, path);
    assert.match((await r.json()).error.message, /minConfidence/);
  }
});

test('GET /v1/ask answers without waiting for related questions; relatedUrl gives them, each one answered', async () => {
  const q = 'Where does Trump plan to meet Putin?';
  const ans = await (await get('/v1/ask?q=' + encodeURIComponent(q))).json();
  assert.ok(!('related' in ans), 'no related questions in the answer');
  assert.equal(ans.relatedUrl, '/v1/ask/related?q=Where+does+Trump+plan+to+meet+Putin%3F');
  const res = await get(ans.relatedUrl);
  assert.equal(res.status, 200);
  const body = await res.json();
  assert.deepEqual(Object.keys(body).sort(), ['complete', 'question', 'related']);
  assert.equal(body.question, q);
  assert.equal(body.complete, true);
  assert.ok(body.related.length >= 1 && body.related.length <= 5, JSON.stringify(body.related));
  assert.ok(!body.related.includes(q));
  for (const r of body.related) {
    const a = await (await get('/v1/ask?q=' + encodeURIComponent(r))).json();
    assert.equal(a.abstained, false, `related question "${r}" is answered`);
  }
  const missing = await get('/v1/ask/related?q=');
  assert.equal(missing.status, 400);
  assert.equal((await missing.json()).error.code, 'BAD_REQUEST');
});

test('asks and related questions within a story: an unknown story is a 404 through the ask threads too', async () => {
  for (const path of ['/v1/ask?story=nope&q=Where', '/v1/ask/related?story=nope&q=Where']) {
    const res = await get(path);
    assert.equal(res.status, 404, path);
    assert.equal((await res.json()).error.code, 'NOT_FOUND');
  }
  const [story] = (await (await get('/v1/stories')).json()).stories;
  const ans = await (await get(`/v1/ask?story=${story.id}&q=` + encodeURIComponent('Where does Trump plan to meet Putin?'))).json();
  assert.match(ans.relatedUrl, new RegExp(`&story=${story.id}$`));
  const related = await (await get(ans.relatedUrl)).json();
  assert.equal(related.story, story.id);
});

test('an article page: the article now, read also and related questions after (as fragments), then in the page once known', async () => {
  // The second article: no test before this one asks for its furniture.
  const [, a] = (await (await get('/v1/articles')).json()).articles;
  const page = await (await get(`/articles/${a.id}`)).text();
  const parts = [...page.matchAll(/<div class="later" data-part="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(parts, [`/articles/${a.id}/read-also?fragment=1`, `/articles/${a.id}/questions?fragment=1`]);
  assert.match(page, /<script>for \(const el of document\.querySelectorAll\('\[data-part\]'\)\)/, 'the script that loads them');

  const readAlso = await get(parts[0]);
  assert.equal(readAlso.status, 200);
  assert.match(await readAlso.text(), /^<ul class="list"><li><a class="title" href="\/articles\/[0-9a-f]+">[^<]+<\/a><div class="reason">/);
  const questions = await (await get(parts[1])).text();
  assert.match(questions, /^<div class="related-q"><a href="\/ask\?q=[^"]+">/);

  const again = await (await get(`/articles/${a.id}`)).text();
  assert.doesNotMatch(again, /data-part=/);
  assert.ok(again.includes(questions), 'the same related questions, now in the page');
  assert.match(again, /<h2>Read also<\/h2>\s*<ul class="list"><li><a class="title"/);
});

test('without scripts: read also and related questions each have a page of their own, linked from the article and the answer', async () => {
  const [a] = (await (await get('/v1/articles')).json()).articles;
  const own = await (await get(`/articles/${a.id}/questions`)).text();
  assert.match(own, new RegExp(`<h1>Explore related questions</h1><p class="meta">For <a href="/articles/${a.id}">`));
  assert.match(own, /<div class="related-q"><a href="\/ask\?q=/);
  assert.match(await (await get(`/articles/${a.id}/read-also`)).text(), /<h1>Read also<\/h1>[^]*<ul class="list">/);
  assert.equal((await get('/articles/nope/read-also')).status, 404);

  // (a question the sample answers well above the threshold: this test is about the pages, not the answer)
  const q = 'Where will Trump meet Putin?';
  const answer = await (await get('/ask?q=' + encodeURIComponent(q))).text();
  const link = answer.match(/<div class="later" data-part="[^"]+"[^>]*><p class="meta"><span class="wait">[^<]+<\/span> <a href="([^"]+)">Show the related questions<\/a>/);
  assert.ok(link, 'the answer page links to its related questions');
  const related = await (await get(link[1].replaceAll('&amp;', '&'))).text();
  assert.match(related, /<h1>Explore related questions<\/h1><p class="meta">For <a href="\/ask\?q=Where%20will%20Trump%20meet%20Putin%3F">/);
  assert.match(related, /<div class="related-q"><a href="\/ask\?q=/);
});

test("GET /v1/articles/:id/questions and /related: an article's checked questions and read also; an unknown id is a 404", async () => {
  const [first, second] = (await (await get('/v1/articles')).json()).articles;
  let offered = 0;
  for (const a of [first, second]) {
    const body = await (await get(`/v1/articles/${a.id}/questions`)).json();
    assert.equal(body.complete, true);
    offered += body.questions.length;
    const read = await (await get(`/v1/articles/${a.id}/related?limit=3`)).json();
    assert.ok(Array.isArray(read.related) && read.related.length <= 3);
  }
  assert.ok(offered > 0);
  for (const path of ['/v1/articles/nope/questions', '/v1/articles/nope/related']) {
    const res = await get(path);
    assert.equal(res.status, 404, path);
    assert.equal((await res.json()).error.code, 'NOT_FOUND');
  }
});

test('an abstention says what was missing and shows what the articles say nearby, in JSON and on the page', async () => {
  const q = 'What is the capital of Argentina?';
  const body = await (await get('/v1/ask?q=' + encodeURIComponent(q))).json();
  assert.equal(body.abstained, true);
  assert.deepEqual(body.citations, []);
  assert.ok(body.missing.includes('capital'), JSON.stringify(body.missing));
  assert.ok(body.nearby.length > 0 && body.nearby.every((c: { sentence: string }) => c.sentence.length > 0));
  const page = await (await get('/ask?q=' + encodeURIComponent(q))).text();
  assert.match(page, /The articles do not say\. The closest answer in them does not hold for: capital\./);
  assert.match(page, /What the articles say nearby:/);
});

test('hostile search syntax never errors', async () => {
  for (const q of ['"', '*', 'NEAR(a b)', '-Trump', 'title:x', "'; DROP TABLE articles; --", '(((', 'AND OR NOT']) {
    const res = await get('/v1/search?q=' + encodeURIComponent(q));
    assert.equal(res.status, 200, q);
  }
  assert.equal((await (await get('/v1/articles')).json()).articles.length, 2);
});

test('bad limits are a 400 naming the value', async () => {
  const res = await get('/v1/articles?limit=-3');
  assert.equal(res.status, 400);
  assert.match((await res.json()).error.message, /-3/);
});

test('pages escape article text and the question', async () => {
  const res = await get('/ask?q=' + encodeURIComponent('<script>alert(1)</script> Who?'));
  const html = await res.text();
  assert.doesNotMatch(html, /<script>alert/);
  assert.match(html, /&lt;script&gt;alert/);
  const [first] = (await (await get('/v1/articles')).json()).articles;
  const page = await (await get(`/articles/${first.id}`)).text();
  assert.match(page, /Read also/);
  assert.match(page, /Ask me anything/);
  assert.match(page, /Explore related questions/);
  assert.match(page, /<mark class="PERSON"/);
});

test('write endpoints need the token when one is configured', async () => {
  const w = await tempApp({ NEWSDESK_TOKEN: 's3cret' });
  try {
    const res = await w.app.http.request('/v1/articles', { method: 'POST', body: JSON.stringify({ url: 'https://example.org/a' }), headers: { 'content-type': 'application/json' } });
    assert.equal(res.status, 401);
    const bad = await w.app.http.request('/v1/articles', {
      method: 'POST',
      body: JSON.stringify({ url: 'file:///etc/passwd' }),
      headers: { 'content-type': 'application/json', authorization: 'Bearer s3cret' },
    });
    assert.equal(bad.status, 400);
  } finally {
    await w.dispose();
  }
});

test('GET /v1/export/:kind streams JSONL or CSV; an unknown kind is a 400', async () => {
  const res = await get('/v1/export/entities');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /ndjson/);
  const rows = (await res.text()).trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(rows.some((r) => /Trump/.test(r.name)));
  const csv = await get('/v1/export/events?format=csv');
  assert.match((await csv.text()).split('\n')[0], /cameoRoot/);
  assert.equal((await get('/v1/export/secrets')).status, 400);
});

test('GET /v1/stories lists the two seed stories with their articles and entities; limit is validated', async () => {
  const res = await get('/v1/stories');
  assert.equal(res.status, 200);
  const { stories } = await res.json();
  // the March and October 2025 articles are separate stories
  assert.equal(stories.length, 2);
  for (const s of stories) {
    assert.deepEqual(Object.keys(s).sort(), ['articleCount', 'articles', 'entities', 'first', 'id', 'last', 'title']);
    assert.equal(s.articles.length, s.articleCount);
    assert.deepEqual(Object.keys(s.articles[0]).sort(), ['id', 'published', 'source', 'title']);
    assert.ok(s.entities.every((e: { id: string; name: string; type: string }) => e.id && e.name && e.type));
  }
  assert.equal(stories[0].last, '2025-10-18', 'latest news first');
  assert.equal((await (await get('/v1/stories?limit=1&offset=1')).json()).stories[0].id, stories[1].id);
  const bad = await get('/v1/stories?limit=0');
  assert.equal(bad.status, 400);
  assert.equal((await bad.json()).error.code, 'BAD_REQUEST');
});

test('GET /v1/stories/:id is the story view; an unknown id is a 404 with the NOT_FOUND code', async () => {
  const [first] = (await (await get('/v1/stories')).json()).stories;
  const res = await get(`/v1/stories/${first.id}`);
  assert.equal(res.status, 200);
  const s = await res.json();
  assert.equal(s.id, first.id);
  assert.equal(s.title, first.title);
  for (const k of ['articles', 'entities', 'quotes', 'outlets', 'differences']) assert.ok(Array.isArray(s[k]), k);
  assert.equal(s.articles[0].id, first.articles[0].id);
  assert.ok(typeof s.articles[0].reason === 'string' && Array.isArray(s.articles[0].alsoIn));
  const missing = await get('/v1/stories/nope');
  assert.equal(missing.status, 404);
  const body = await missing.json();
  assert.equal(body.error.code, 'NOT_FOUND');
  assert.match(body.error.message, /"nope"/);
});

test('README documents every /v1 route and no other', async () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('## JSON API'), readme.indexOf('Errors are'));
  const documented = [...table.matchAll(/`(GET|POST|PUT|DELETE) (\/v1\/[^?` ]*)/g)].map((m) => `${m[1]} ${m[2]}`).sort();
  const routes = [...new Set(t.app.http.routes.filter((r) => r.path.startsWith('/v1/') && r.method !== 'ALL').map((r) => `${r.method} ${r.path}`))].sort();
  assert.deepEqual(documented, routes);
});

test('POST /v1/entities/merge and /split correct entities (token, body and entity checked); GET /v1/entities/corrections lists them', async () => {
  const w = await sampleApp({ NEWSDESK_TOKEN: 's3cret' });
  try {
    const post = (path: string, body: unknown, token = 's3cret') => w.app.http.request(path, {
      method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    });
    const people = (await (await w.app.http.request('/v1/entities?type=PERSON&limit=500')).json()).entities;
    const putin = people.find((e: { name: string }) => e.name === 'Vladimir Putin');
    const other = people.find((e: { name: string; aliases: string[] }) => e.name !== putin.name && e.aliases.length > 1);
    assert.ok(putin && other, JSON.stringify(people.map((e: { name: string }) => e.name)));
    assert.equal((await post('/v1/entities/merge', { into: putin.id, from: other.id }, 'wrong')).status, 401);
    const bad = await post('/v1/entities/merge', { into: putin.id });
    assert.deepEqual([bad.status, (await bad.json()).error.code], [400, 'BAD_REQUEST']);
    const unknown = await post('/v1/entities/merge', { into: putin.id, from: 'feedfacecafe' });
    assert.equal(unknown.status, 404);
    assert.match((await unknown.json()).error.message, /feedfacecafe/);
    const self = await post('/v1/entities/merge', { into: putin.id, from: putin.id });
    assert.deepEqual([self.status, (await self.json()).error.code], [422, 'CORRECTION_INVALID']);
    const noAlias = await post('/v1/entities/split', { entity: putin.id, alias: 'Rasputin' });
    assert.equal(noAlias.status, 422);
    assert.match((await noAlias.json()).error.message, /no alias "Rasputin"/);

    const res = await post('/v1/entities/merge', { into: putin.id, from: other.id });
    assert.equal(res.status, 200);
    const m = await res.json();
    assert.deepEqual([m.correction.kind, m.correction.entityId, m.correction.otherId, m.entity.id], ['merge', putin.id, other.id, putin.id]);
    assert.ok(m.entity.aliases.includes(other.name));
    assert.equal((await w.app.http.request(`/v1/entities/${other.id}`)).status, 404);
    const split = await post('/v1/entities/split', { entity: putin.id, alias: other.name });
    assert.equal(split.status, 200);
    assert.equal((await split.json()).correction.kind, 'split');
    const list = (await (await w.app.http.request('/v1/entities/corrections')).json()).corrections;
    assert.deepEqual(list.map((c: { kind: string }) => c.kind), ['split', 'merge']);
  } finally {
    await w.dispose();
  }
});
