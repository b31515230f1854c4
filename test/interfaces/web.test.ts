// The web desk's pages through the Hono app, without a socket: quotes browser, entity pages, home,
// and escaping of hostile article text. Articles are stored with hand-written annotations so the
// pages are tested on their own, whatever the annotators find.

import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotations, Document, DocEntity, EntityType } from '../../src/model/index.js';
import { sampleApp, tempApp } from '../helpers.js';

type T = Awaited<ReturnType<typeof tempApp>>;

interface Person {
  name: string;
  type?: EntityType;
  aliases?: string[];
  titles?: string[];
}
interface QuoteSpec {
  sentence: number;
  text: string;
  speaker?: string;
  speakerText?: string;
  partial?: boolean;
}

/** A Document with annotations whose offsets are found in the text (each alias marked wherever it occurs). */
function article(title: string, published: string | null, sentences: string[], people: Record<string, Person>, quotes: QuoteSpec[] = [], source: string | null = 'Test Wire'): { doc: Document; ann: Annotations } {
  let text = '';
  const ann: Annotations = { sentences: [], entities: [], mentions: [], quotes: [], times: [], numbers: [], events: [] };
  sentences.forEach((s, index) => {
    const start = text.length;
    text += s;
    ann.sentences.push({ index, start, end: text.length });
    text += ' ';
  });
  text = text.trimEnd();
  for (const [key, p] of Object.entries(people)) {
    const entity: DocEntity = { key, name: p.name, type: p.type ?? 'PERSON', aliases: p.aliases ?? [p.name], titles: p.titles ?? [] };
    ann.entities.push(entity);
    for (const s of ann.sentences) {
      const st = text.slice(s.start, s.end);
      for (const alias of [...entity.aliases].sort((a, b) => b.length - a.length)) {
        for (let i = st.indexOf(alias); i !== -1; i = st.indexOf(alias, i + alias.length)) {
          const start = s.start + i;
          if (ann.mentions.some((m) => m.start < start + alias.length && start < m.end)) continue;
          ann.mentions.push({ start, end: start + alias.length, text: alias, entity: key, sentence: s.index });
        }
      }
    }
  }
  ann.mentions.sort((a, b) => a.start - b.start);
  for (const q of quotes) {
    const s = ann.sentences[q.sentence];
    const i = text.slice(s.start, s.end).indexOf(q.text);
    assert.notEqual(i, -1, `quote "${q.text}" is in sentence ${q.sentence}`);
    ann.quotes.push({ start: s.start + i, end: s.start + i + q.text.length, text: q.text, speaker: q.speaker ?? null, speakerText: q.speakerText ?? (q.speaker ? people[q.speaker].name : null), cue: 'said', partial: q.partial ?? false, sentence: q.sentence });
  }
  const doc: Document = { title, text, byline: null, published, canonicalUrl: null, source, relatedHints: [], origin: `test:${title}` };
  return { doc, ann };
}

async function store(t: T, a: { doc: Document; ann: Annotations }): Promise<string> {
  const r = await t.app.desk.store.addArticle(a.doc, a.ann, '2026-01-01T00:00:00Z');
  assert.equal(r.status, 'added');
  return r.id;
}

const page = async (t: T, path: string) => {
  const res = await t.app.http.request(path);
  return { status: res.status, body: await res.text() };
};
const count = (body: string, re: RegExp) => (body.match(new RegExp(re.source, 'g')) ?? []).length;
const entityId = async (t: T, name: string) => {
  const hit = (await t.app.desk.entities({ limit: 500 })).find((e) => e.name === name);
  assert.ok(hit, `entity ${name} stored`);
  return hit.id;
};

describe('quotes browser, entity page and home on a hand-made desk', () => {
  let t: T;
  before(async () => {
    t = await tempApp();
    const people = {
      z: { name: 'Volodymyr Zelensky', aliases: ['Volodymyr Zelensky', 'Zelensky'], titles: ['Ukrainian President'] },
      tr: { name: 'Donald Trump', aliases: ['Donald Trump', 'Trump'] },
      k: { name: 'Kyiv', type: 'GPE' as const, aliases: ['Kyiv'] },
    };
    await store(t, article('Zelensky asks for missiles', '2025-10-17', [
      'Volodymyr Zelensky met Donald Trump in Washington.',
      '“We need Tomahawks to protect Kyiv,” Zelensky said.',
      '“Winter is coming and the grid is weak,” Zelensky said.',
      'Trump said the talks were “productive” and “warm”.',
      '“I hope they won’t be needed,” Trump said of the Tomahawks.',
    ], people, [
      { sentence: 1, text: 'We need Tomahawks to protect Kyiv', speaker: 'z' },
      { sentence: 2, text: 'Winter is coming and the grid is weak', speaker: 'z' },
      { sentence: 3, text: 'productive', speaker: 'tr', partial: true },
      { sentence: 3, text: 'warm', speaker: 'tr', partial: true },
      { sentence: 4, text: 'I hope they won’t be needed', speaker: 'tr' },
    ]));
    await store(t, article('Trump and Zelensky again', '2025-10-20', [
      'Zelensky and Trump spoke by phone about Kyiv.',
      'Officials said “a tomahawk deal is not close,” without naming anyone.',
    ], people, [{ sentence: 1, text: 'a tomahawk deal is not close', speakerText: 'Officials' }]));
    await store(t, article('Kyiv in the dark', '2025-08-02', ['Kyiv lost power overnight.'], { k: people.k }));
  });
  after(() => t?.dispose());

  test('words filter: case-insensitive, prefix of a word ("Tomahawk" finds "Tomahawks"), every word must match', async () => {
    const { body } = await page(t, '/quotes?q=tomahawk');
    assert.match(body, /protect Kyiv/);
    assert.match(body, /a <mark class="hit">tomahawk<\/mark> deal/, 'unattributed quotes are searchable too');
    assert.doesNotMatch(body, /Winter is coming/);
    assert.match(body, /<mark class="hit">Tomahawks<\/mark>/, 'the matched word is marked');
    const both = await page(t, '/quotes?q=' + encodeURIComponent('Tomahawk KYIV'));
    assert.match(both.body, /protect/);
    assert.doesNotMatch(both.body, /deal is not close/, 'the second word is required');
    assert.doesNotMatch((await page(t, '/quotes?q=hawk')).body, /protect Kyiv/, 'a word inside a word is not a match');
  });

  test('speaker + words: what did Zelensky say about Tomahawks?', async () => {
    const z = await entityId(t, 'Volodymyr Zelensky');
    const { status, body } = await page(t, `/quotes?speaker=${z}&q=Tomahawks`);
    assert.equal(status, 200);
    assert.match(body, /What Volodymyr Zelensky said/);
    assert.equal(count(body, /<blockquote class="q/), 1);
    assert.match(body, /We need <mark class="hit">Tomahawks<\/mark> to protect Kyiv/);
    assert.doesNotMatch(body, /won’t be needed/, "Trump's Tomahawk quote is not Zelensky's");
    // The quote links to its sentence and to the speaker's page.
    assert.match(body, /href="\/articles\/[0-9a-f]+#s-1"/);
    assert.match(body, new RegExp(`<a class="speaker" href="/entities/${z}">`));
    // The speaker select offers people with quotes, and keeps the choice.
    assert.match(body, new RegExp(`<option value="${z}" selected>Volodymyr Zelensky \\(2\\)</option>`));
    assert.doesNotMatch(body, /<option[^>]*>Kyiv/, 'places that never spoke are not speakers');
  });

  test('partial quotes are hidden by default, counted, and shown with the toggle', async () => {
    const tr = await entityId(t, 'Donald Trump');
    const hidden = await page(t, `/quotes?speaker=${tr}`);
    assert.doesNotMatch(hidden.body, /blockquote class="q partial"/);
    assert.match(hidden.body, /2 partial quotes hidden, <a href="\/quotes\?speaker=[0-9a-f]+&amp;partial=1">show them/);
    const shown = await page(t, `/quotes?speaker=${tr}&partial=1`);
    assert.equal(count(shown.body, /<blockquote class="q partial"/), 2);
    assert.match(shown.body, /name="partial" value="1" checked/);
    assert.match(shown.body, /hide partial quotes/);
  });

  test('an unknown speaker id is a 404 page, no matches is a message', async () => {
    const res = await page(t, '/quotes?speaker=nobody');
    assert.equal(res.status, 404);
    assert.match(res.body, /No one with id <code>nobody<\/code>/);
    assert.match((await page(t, '/quotes?q=xylophone')).body, /No quote matches these words/);
  });

  test('entity page: chart by day with a title and a table, who they appear with, roles and aliases', async () => {
    const z = await entityId(t, 'Volodymyr Zelensky');
    const { status, body } = await page(t, `/entities/${z}`);
    assert.equal(status, 200);
    assert.match(body, /<svg [^>]*role="img"[^>]*aria-labelledby="mentions-t mentions-d"/);
    assert.match(body, /<title id="mentions-t">Articles mentioning Volodymyr Zelensky, by day<\/title>/);
    // 17 Oct to 20 Oct: four day bars, two of them empty.
    assert.equal(count(body, /<rect /), 4);
    assert.match(body, /<tr><td>17 Oct 2025<\/td><td>1<\/td><\/tr><tr><td>20 Oct 2025<\/td><td>1<\/td><\/tr>/);
    // Named with Zelensky in the first sentence of each article; Kyiv in his quote and in the second article.
    assert.match(body, /Donald Trump<\/a> <span class="tag">person<\/span> <span class="meta">2 shared sentences in 2 articles/);
    assert.match(body, /Kyiv<\/a> <span class="tag">place<\/span> <span class="meta">2 shared sentences in 2 articles/);
    assert.match(body, /Ukrainian President/);
    assert.match(body, /“Zelensky”/);
    assert.match(body, /Winter is coming/);
  });

  test('entity page of a place with articles months apart is charted by month; unknown id is a 404', async () => {
    const k = await entityId(t, 'Kyiv');
    const { body } = await page(t, `/entities/${k}`);
    assert.match(body, /by month<\/title>/);
    assert.equal(count(body, /<rect /), 3, 'Aug, Sep, Oct');
    assert.match(body, /No direct quotes attributed to Kyiv/);
    assert.equal((await page(t, '/entities/nope')).status, 404);
  });

  test('home: latest articles with outlet and date, the ask box, people in the news', async () => {
    const { body } = await page(t, '/');
    assert.match(body, /Test Wire · 20 Oct 2025/);
    assert.match(body, /<form class="ask" action="\/ask"/);
    const people = body.slice(body.indexOf('People in the news'));
    assert.match(people, /Donald Trump/);
    assert.match(people, /Volodymyr Zelensky/);
    assert.doesNotMatch(people.slice(0, people.indexOf('</ol>')), /Kyiv/, 'people only');
  });
});

describe('stories: home, list, story page and the article\'s link to its story', () => {
  let t: T;
  const ids: Record<string, string> = {};
  const people = {
    s: { name: 'Anna Smith', aliases: ['Anna Smith', 'Smith'], titles: ['Foreign Minister'] },
    l: { name: 'Li Wei', aliases: ['Li Wei', 'Li'] },
    g: { name: 'Geneva', type: 'GPE' as const, aliases: ['Geneva'] },
    o: { name: 'Port Talbot Steelworks', type: 'ORG' as const, aliases: ['Port Talbot Steelworks'] },
  };
  /** The numbers outlets give for the same thing ("jobs at risk"), annotated where they occur. */
  const withJobs = (a: { doc: Document; ann: Annotations }, text: string, value: number) => {
    const start = a.doc.text.indexOf(text);
    const sentence = a.ann.sentences.find((x) => x.start <= start && start < x.end)!.index;
    a.ann.numbers.push({ start, end: start + text.length, text, kind: 'count', value, unit: null, counted: 'jobs', sentence });
    return a;
  };
  const plan = [
    'Foreign Minister Anna Smith will meet Li Wei in Geneva next week to settle the steel tariff dispute.',
    '“We want a fair deal for our steelworkers,” Smith said.',
    'The Port Talbot Steelworks says 1,200 jobs are at risk from the steel tariff dispute.',
    'Officials expect the talks to last two days and to cover quotas, duties and the timetable for lifting them.',
    'Both sides have exchanged draft texts over the summer, according to diplomats familiar with the negotiations.',
    'Unions at the plant have planned a rally outside the works for the day the talks open.',
  ];
  before(async () => {
    t = await tempApp();
    ids.plan = await store(t, withJobs(article('Smith and Li to meet in Geneva', '2025-10-13', plan, people, [{ sentence: 1, text: 'We want a fair deal for our steelworkers', speaker: 's' }], 'Wire A'), '1,200 jobs', 1200));
    // the same wire story run by another outlet, one word changed: a copy, folded into the first
    ids.copy = await store(t, withJobs(article('Smith and Li to meet in Geneva', '2025-10-13', [plan[0].replace('settle', 'end'), ...plan.slice(1)], people, [{ sentence: 1, text: 'We want a fair deal for our steelworkers', speaker: 's' }], 'Copy Herald'), '1,200 jobs', 1200));
    ids.off = await store(t, withJobs(article('Smith and Li meeting in Geneva called off', '2025-10-15', [
      'Foreign Minister Anna Smith will not meet Li Wei in Geneva next week: the meeting to settle the steel tariff dispute has been called off.',
      '“We remain ready to talk,” Li said.',
      'The Port Talbot Steelworks says 2,000 jobs are at risk from the steel tariff dispute.',
      'Both sides had exchanged draft texts on quotas and duties over the summer, according to diplomats familiar with the negotiations.',
      'Unions at the plant still plan a rally outside the works.',
    ], people, [{ sentence: 1, text: 'We remain ready to talk', speaker: 'l' }], 'Wire B'), '2,000 jobs', 2000));
    ids.other = await store(t, article('Kyiv in the dark', '2025-08-02', ['Kyiv lost power overnight after a drone strike on a substation.'], { k: { name: 'Kyiv', type: 'GPE', aliases: ['Kyiv'] } }, [], 'Wire C'));
    await t.app.desk.placeStories();
    const stories = await t.app.desk.stories(10);
    ids.story = stories.find((x) => x.members.some((m) => m.article.id === ids.plan))!.id;
    ids.kyiv = stories.find((x) => x.members.some((m) => m.article.id === ids.other))!.id;
    assert.equal(stories.length, 2, 'the Geneva articles are one story, Kyiv another: ' + JSON.stringify(stories.map((x) => x.members.map((m) => [m.article.title, m.reason]))));
  });
  after(() => t?.dispose());

  test('home leads with the stories, above the latest articles: title link, article count, date span, entities', async () => {
    const { body } = await page(t, '/');
    const lead = body.slice(body.indexOf('Stories that moved most recently'), body.indexOf('Latest articles'));
    assert.ok(body.indexOf('Stories that moved most recently') < body.indexOf('Latest articles'));
    assert.match(lead, new RegExp(`<a class="title" href="/stories/${ids.story}">Smith and Li to meet in Geneva</a>`));
    assert.match(lead, /3 articles · 13 – 15 Oct 2025 · 3 outlets/);
    assert.match(lead, /<a href="\/entities\/[0-9a-f]+">Anna Smith<\/a>/);
    // latest news first: the Geneva story (15 Oct) before Kyiv (2 Aug)
    assert.ok(lead.indexOf(ids.story) < lead.indexOf(ids.kyiv));
    assert.match(lead, /1 article · 2 Aug 2025/);
  });

  test('/stories lists every story; a page past the end says so; a bad page number is page 1', async () => {
    const { status, body } = await page(t, '/stories');
    assert.equal(status, 200);
    assert.match(body, /2 stories, the latest news first/);
    assert.equal(count(body, /<a class="title" href="\/stories\//), 2);
    assert.match((await page(t, '/stories?page=5')).body, /No stories on this page/);
    assert.equal(count((await page(t, '/stories?page=-1')).body, /<a class="title" href="\/stories\//), 2);
  });

  test('story page: first and last seen, articles by date with copies folded and reasons, who and where, quotes, outlets, numbers', async () => {
    const { status, body } = await page(t, `/stories/${ids.story}`);
    assert.equal(status, 200);
    assert.match(body, /<h1>Smith and Li to meet in Geneva<\/h1>/);
    assert.match(body, /<dt>First seen<\/dt><dd>13 Oct 2025<\/dd>/);
    assert.match(body, /<dt>Last seen<\/dt><dd>15 Oct 2025<\/dd>/);
    const articles = body.slice(body.indexOf('Articles by date'), body.indexOf('Quotes by speaker'));
    // two entries: the copy is folded into the first, with its outlet
    assert.equal(count(articles, /<a class="title" href="\/articles\//), 2);
    assert.ok(articles.indexOf(ids.plan) < articles.indexOf(ids.off), 'by date');
    assert.match(articles, new RegExp(`also in: <a href="/articles/${ids.copy}">Copy Herald</a>`));
    assert.match(articles, /<div class="reason">joins “Smith and Li to meet in Geneva”/);
    const side = body.slice(body.indexOf('Who and where'));
    assert.match(side, /<h3>People<\/h3><ul class="ents-list"><li><a href="\/entities\/[0-9a-f]+">Anna Smith<\/a>/);
    assert.match(side, /<h3>Places<\/h3>[^]*Geneva/);
    assert.match(side, /<h3>Organisations<\/h3>[^]*Port Talbot Steelworks/);
    assert.match(side, /<td>Wire A <span class="tag">first<\/span><\/td><td>1<\/td><td>13 Oct 2025<\/td>/);
    const quotes = body.slice(body.indexOf('Quotes by speaker'), body.indexOf('Numbers reported differently'));
    assert.match(quotes, /<h3><a href="\/entities\/[0-9a-f]+">Anna Smith<\/a><\/h3>/);
    assert.equal(count(quotes, /We want a fair deal/), 1, 'the copy\'s repeat of the quote is shown once');
    assert.match(quotes, /We remain ready to talk/);
    const numbers = body.slice(body.indexOf('Numbers reported differently'), body.indexOf('Who and where'));
    assert.match(numbers, /<strong>jobs<\/strong>/);
    assert.match(numbers, /1,200 jobs <span class="meta">\(<a href="\/articles\/[0-9a-f]+">Wire A<\/a>, 13 Oct 2025\)/);
    assert.match(numbers, /2,000 jobs <span class="meta">\(<a href="\/articles\/[0-9a-f]+">Wire B<\/a>, 15 Oct 2025\)/);
  });

  test('an unknown story is a 404 page that names the id', async () => {
    const { status, body } = await page(t, '/stories/nope');
    assert.equal(status, 404);
    assert.match(body, /No story with id <code>nope<\/code>/);
  });

  test('an article page names its story and links to it', async () => {
    const { body } = await page(t, `/articles/${ids.off}`);
    assert.match(body, new RegExp(`Part of the story: <a href="/stories/${ids.story}">Smith and Li to meet in Geneva</a> <span class="meta">· 3 articles, 13 – 15 Oct 2025</span>`));
  });
});

test('an empty desk says exactly how to add articles', async () => {
  const t = await tempApp();
  try {
    const { status, body } = await page(t, '/');
    assert.equal(status, 200);
    assert.match(body, /<code>npx newsdesk add [^<]+<\/code>/);
    assert.match(body, /npx newsdesk add sample\//);
    assert.match((await page(t, '/quotes')).body, /No quotes in the desk yet/);
  } finally {
    await t.dispose();
  }
});

test('hostile article, entity and quote text is escaped on every page', async () => {
  const t = await tempApp();
  try {
    const evil = 'Evil<script>alert(1)</script>';
    const people = {
      e: { name: evil, aliases: [evil, 'Evil'], titles: ['<b onmouseover=alert(2)>boss</b>'] },
      n: { name: 'Nice "><img src=x onerror=alert(3)>', aliases: ['Nice "><img src=x onerror=alert(3)>'] },
    };
    const id = await store(t, article('<img src=x onerror=alert(4)>', '2025-10-18', [
      `${evil} met Nice "><img src=x onerror=alert(3)> today.`,
      `“</blockquote><script>alert(5)</script> we win,” Evil said.`,
      `“<svg onload=alert(6)>,” someone said.`,
    ], people, [
      { sentence: 1, text: '</blockquote><script>alert(5)</script> we win', speaker: 'e' },
      { sentence: 2, text: '<svg onload=alert(6)>', speakerText: '<i onclick=alert(7)>someone</i>' },
    ], '"><svg onload=alert(8)>'));
    await t.app.desk.placeStories();
    const [story] = await t.app.desk.stories(1);
    const e = (await t.app.desk.entities({ limit: 10 })).find((x) => x.name.startsWith('Evil'))!;
    const n = (await t.app.desk.entities({ limit: 10 })).find((x) => x.name.startsWith('Nice'))!;
    const paths = ['/', '/quotes', '/quotes?partial=1&q=' + encodeURIComponent('<script>'), `/quotes?speaker=${e.id}&q=win`, `/entities/${e.id}`, `/entities/${n.id}`, `/articles/${id}`, '/stories', `/stories/${story.id}`, '/stories/' + encodeURIComponent('<script>alert(11)</script>'), `/ask?q=who&story=${story.id}`, '/entities', '/quotes?speaker=' + encodeURIComponent('"><script>alert(9)</script>')];
    for (const p of paths) {
      const { body } = await page(t, p);
      assert.doesNotMatch(body, /<script>alert|<img src=x|<svg onload|<b onmouseover|<i onclick|<\/blockquote><script/, p);
    }
    const quotes = (await page(t, '/quotes')).body;
    assert.match(quotes, /&lt;\/blockquote&gt;&lt;script&gt;alert\(5\)&lt;\/script&gt; we win/);
    assert.match(quotes, /&lt;i onclick=alert\(7\)&gt;someone&lt;\/i&gt;/);
    assert.match(quotes, /Evil&lt;script&gt;alert\(1\)&lt;\/script&gt;/, 'the speaker select and links show the name as text');
    const ent = (await page(t, `/entities/${e.id}`)).body;
    assert.match(ent, /&lt;b onmouseover=alert\(2\)&gt;boss&lt;\/b&gt;/);
    assert.match(ent, /Articles mentioning Evil&lt;script&gt;/);
    // Words typed into the filter come back escaped, in the heading and the box.
    const typed = (await page(t, '/quotes?q=' + encodeURIComponent('"><script>alert(10)</script>'))).body;
    assert.match(typed, /value="&quot;&gt;&lt;script&gt;alert\(10\)&lt;\/script&gt;"/);
  } finally {
    await t.dispose();
  }
});

describe('the sample articles', () => {
  let s: Awaited<ReturnType<typeof sampleApp>>;
  before(async () => {
    s = await sampleApp({ NEWSDESK_RELATED_BUDGET: '600' });
  });
  after(() => s?.dispose());

  test("Trump's quotes page only shows Trump, each quote linking to its sentence", async () => {
    const trump = (await s.app.desk.entities({ type: 'PERSON', limit: 50 })).find((e) => /Trump/.test(e.name))!;
    const { body } = await page(s, `/quotes?speaker=${trump.id}`);
    const speakers = [...body.matchAll(/<a class="speaker" href="\/entities\/([0-9a-f]+)">/g)].map((m) => m[1]);
    assert.ok(speakers.length >= 1);
    assert.ok(speakers.every((x) => x === trump.id));
    assert.equal(count(body, /class="ctx" href="\/articles\/[0-9a-f]+#s-\d+"/), speakers.length);
  });

  test("the October seed's story page plots its timeline: the Budapest meeting planned within 18 Oct – 1 Nov 2025, cited", async () => {
    const [october] = await s.app.desk.stories(1);
    const { status, body } = await page(s, `/stories/${october.id}`);
    assert.equal(status, 200);
    assert.match(body, /<figure class="tl-plot">/);
    assert.match(body, /<svg width="100%" height="\d+" role="img" aria-labelledby="tl-t tl-d">/);
    const row = [...body.matchAll(/<tr id="tl-(\d+)" class="m-planned">([^]*?)<\/tr>/g)].find((m) => /Budapest/.test(m[2]));
    assert.ok(row, 'a planned entry in Budapest');
    assert.match(row[2], /<td data-label="When">18 Oct – 1 Nov 2025/);
    assert.match(row[2], /<a href="\/articles\/[0-9a-f]+#s-\d+">[^<]*Budapest/);
    assert.match(row[2], /<td data-label="As of">18 Oct 2025/);
    // its mark in the plot is a bar (a window, not a day) that links to the row
    assert.match(body, new RegExp(`<a href="#tl-${row[1]}"><g class="row"><title>${row[1]}\\. 18 Oct – 1 Nov 2025 · planned[^]*?</title>[^]*?<rect class="mark m-planned"`));
  });

  test('asking within a story: the box on its page, the answer says so and dates its evidence, follow-ups stay in the story', async () => {
    const [october] = await s.app.desk.stories(1);
    const story = await page(s, `/stories/${october.id}`);
    assert.match(story.body, new RegExp(`<label for="ask-q">Ask about this story</label>\\s*<input type="hidden" name="story" value="${october.id}">`));
    const { status, body } = await page(s, `/ask?story=${october.id}&q=` + encodeURIComponent('Where does Trump plan to meet Putin?'));
    assert.equal(status, 200);
    assert.match(body, /<p class="short">[^<]*Budapest/);
    assert.match(body, new RegExp(`Answered from the story <a href="/stories/${october.id}">`));
    assert.match(body, /<span class="as-of">as of 18 Oct 2025<\/span>/);
    const follow = body.slice(body.indexOf('class="ask followup"'));
    assert.match(follow, new RegExp(`<input type="hidden" name="story" value="${october.id}">`));
    // Related questions load after the answer, and stay in the story too.
    const part = body.match(/<div class="later" data-part="([^"]+)"/)?.[1].replaceAll('&amp;', '&');
    assert.equal(part, `/ask/related?q=Where%20does%20Trump%20plan%20to%20meet%20Putin%3F&story=${october.id}&fragment=1`);
    const related = await page(s, part);
    assert.equal(related.status, 200);
    const links = [...related.body.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(links.length > 0 && links.every((l) => l.endsWith(`&amp;story=${october.id}`)), links.join(' '));
    const missing = await page(s, '/ask?story=nope&q=Where');
    assert.equal(missing.status, 404);
    assert.match(missing.body, /No story with id <code>nope<\/code> to ask within/);
  });

  test('only sure answers: the bar is chosen on the ask form, kept on the follow-up, and a held-back answer says why with a link to it', async () => {
    const q = encodeURIComponent('Where does Trump plan to meet Putin?');
    const sure = await page(s, `/ask?min=0.85&q=${q}`);
    assert.equal(sure.status, 200);
    assert.match(sure.body, /<option value="0.85" selected>only when at least 85% sure<\/option>/);
    const held = await page(s, `/ask?min=1&q=${q}`);
    assert.equal(held.status, 200);
    assert.match(held.body, /<p class="abstain">No answer is as sure as you asked \(100%\): the best the articles give is \d+% sure\. <a href="\/ask\?q=Where%20does%20Trump%20plan%20to%20meet%20Putin%3F">Show it<\/a><\/p>/);
    assert.doesNotMatch(held.body, /The articles do not say/);
    assert.match(held.body, /<option value="1" selected>only when at least 100% sure<\/option>/, 'a bar from the address that the form does not offer is shown as chosen');
    const follow = held.body.slice(held.body.indexOf('class="ask followup"'));
    assert.match(follow, /<input type="hidden" name="min" value="1">/);
    const bad = await page(s, `/ask?min=0.1&q=${q}`);
    assert.equal(bad.status, 400);
    assert.match(bad.body, /minConfidence must be a number from 0.5 to 1/);
  });

  test('article page: legend, speaker on quotes, resolved dates in tooltips', async () => {
    const [a] = await s.app.desk.articles(1);
    const { body } = await page(s, `/articles/${a.id}`);
    assert.match(body, /class="legend"/);
    assert.match(body, /<q class="quote[^"]*" title="(Partial quote|Quote) · [^"]+"/);
    assert.match(body, /<time class="t" datetime="\d{4}[^"]*" title="\d{4}[^"]* · \w+/);
  });
});

describe('a story whose events have actors no name fills ("police", "the government"), through the real pipeline', () => {
  let t: T;
  before(async () => {
    t = await tempApp();
    const doc = (title: string, text: string, published: string, source: string) => ({ item: title, ok: true as const, doc: { title, text, published, byline: null, canonicalUrl: null, source, relatedHints: [], origin: `test:${title}` } });
    const r = await t.app.desk.add([
      doc('Leeds councillor arrested', 'Police arrested Thomas Renner in Leeds on Tuesday. The government condemned the attack on the council offices on Wednesday.', '2025-10-23', 'Wire A'),
    ]);
    assert.equal(r.added.length, 1, JSON.stringify(r));
  });
  after(() => t?.dispose());

  test('GET /v1/stories/:id: a phrase role has its words and CAMEO type beside the entity fields, which stay as they were', async () => {
    const [story] = await t.app.desk.stories(1);
    const res = await t.app.http.request(`/v1/stories/${story.id}`);
    assert.equal(res.status, 200);
    const { timeline } = await res.json();
    const arrest = timeline.find((e: any) => e.trigger === 'arrested');
    assert.ok(arrest, JSON.stringify(timeline));
    assert.equal(arrest.actor, null);
    assert.equal(arrest.actorPhrase, 'Police');
    assert.equal(arrest.actorCameoType, 'COP');
    assert.equal(arrest.target.name, 'Thomas Renner');
    assert.match(arrest.target.id, /^[0-9a-f]+$/);
    assert.equal(arrest.targetPhrase, null);
    assert.equal(arrest.targetCameoType, null);
    const condemned = timeline.find((e: any) => e.trigger === 'condemned');
    assert.ok(condemned, JSON.stringify(timeline));
    assert.equal(condemned.actorCameoType, 'GOV');
  });

  test('the story page shows the phrase and its type in the plot and the table, never a bare dash for who acted', async () => {
    const [story] = await t.app.desk.stories(1);
    const { status, body } = await page(t, `/stories/${story.id}`);
    assert.equal(status, 200);
    const row = [...body.matchAll(/<tr id="tl-(\d+)" class="m-happened">([^]*?)<\/tr>/g)].find((m) => /arrested Thomas Renner/.test(m[2]));
    assert.ok(row, 'the arrest is a table row');
    assert.match(row[2], /<td data-label="Who"><span class="phrase">Police<\/span> <abbr class="atype" title="CAMEO actor type: police">COP<\/abbr> → <a href="\/entities\/[0-9a-f]+">Thomas Renner<\/a><\/td>/);
    assert.match(body, new RegExp(`<a href="#tl-${row[1]}"><g class="row"><title>${row[1]}\\. 21 Oct 2025 · happened · [^<]*: Police \\(COP\\) → Thomas Renner`));
    assert.match(body, /<text class="label m"[^>]*>\d\. arrested: Police<\/text>/);
    assert.match(body, /<span class="phrase">government<\/span> <abbr class="atype" title="CAMEO actor type: government">GOV<\/abbr> → —/);
    assert.doesNotMatch(body, /<td data-label="Who">— →/, 'every row says who acted');
  });
});

describe('a quote in the headline, through the real pipeline: article page, quotes browser, API, story view', () => {
  let t: T;
  let articleId = '';
  before(async () => {
    t = await tempApp();
    const title = 'Brown: "I will not quit the Treasury"';
    const text = 'Gordon Brown has told Labour MPs he intends to stay as chancellor after the election. Mr Brown said the economy was strong. "We have the lowest unemployment in a generation," he said.';
    const r = await t.app.desk.add([{ item: 'brown', ok: true as const, doc: { title, text, published: '2005-02-01', byline: null, canonicalUrl: null, source: 'Wire A', relatedHints: [], origin: 'test:brown' } }]);
    assert.equal(r.added.length, 1, JSON.stringify(r));
    articleId = r.added[0].id;
  });
  after(() => t?.dispose());

  test('the store keeps it first, sentence -1, offsets into the title, spoken by the body\'s Gordon Brown', async () => {
    const v = (await t.app.desk.article(articleId))!;
    const q = v.quotes[0];
    assert.deepEqual([q.text, q.sentence, v.title.slice(q.start, q.end), q.speaker?.name, q.partial], ['I will not quit the Treasury', -1, 'I will not quit the Treasury', 'Gordon Brown', false]);
    assert.ok(v.quotes.slice(1).every((x) => x.sentence >= 0 && v.text.slice(x.start, x.end) === x.text));
  });

  test('article page: marked in the headline, not in the text; listed as "in the headline"', async () => {
    const { body } = await page(t, `/articles/${articleId}`);
    assert.match(body, /<h1 id="title">Brown: &quot;<q class="quote" title="Quote · Gordon Brown" data-speaker="Gordon Brown">I will not quit the Treasury<\/q>&quot;<\/h1>/);
    assert.match(body, /“I will not quit the Treasury” <span class="meta">— <a href="\/entities\/[^"]+">Gordon Brown<\/a> · <a href="#title">in the headline<\/a>/);
    assert.equal(count(body, /href="#s--1"/), 0);
  });

  test('quotes browser and API: the headline quote under its speaker, linked to the title', async () => {
    const id = await entityId(t, 'Gordon Brown');
    const { body } = await page(t, `/quotes?speaker=${id}`);
    assert.match(body, new RegExp(`href="/articles/${articleId}#title">Brown: &quot;I will not quit the Treasury&quot;</a> \\(headline\\)`));
    const api = (await (await t.app.http.request(`/v1/quotes?speaker=${id}`)).json()) as { quotes: { text: string; sentence: number }[] };
    assert.deepEqual(api.quotes.map((q) => [q.text, q.sentence]), [['I will not quit the Treasury', -1], ['We have the lowest unemployment in a generation', 2]]);
  });

  test('story view: the headline quote among its speaker\'s quotes', async () => {
    const s = await t.app.desk.storyOf(articleId);
    assert.ok(s);
    const view = (await t.app.desk.story(s.id))!;
    const brown = view.quotes.find((g) => g.speaker?.name === 'Gordon Brown');
    assert.ok(brown?.quotes.some((q) => q.text === 'I will not quit the Treasury'), JSON.stringify(view.quotes));
  });
});
