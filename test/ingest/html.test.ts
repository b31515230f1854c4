import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlToDocument } from '../../src/ingest/html.js';

const p = (s: string) => `<p>${s} ${'The delegations met again in the afternoon and worked through the remaining points of the draft. '.repeat(3)}</p>`;

test('metadata from JSON-LD and meta tags; outlet suffix dropped from the title', () => {
  const html = `<html><head><title>Summit ends | Daily Ledger</title>
    <meta property="og:site_name" content="Daily Ledger"><meta property="og:url" content="https://ledger.example/summit?utm_campaign=a">
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":"Summit ends without a deal","datePublished":"2025-10-18T09:30:00+02:00","author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Li Wei"}],"publisher":{"@type":"Organization","name":"Ledger Media"}}]}</script>
    </head><body><article>${p('One.')}${p('Two.')}</article></body></html>`;
  const r = htmlToDocument({ html, origin: 'page.html' });
  assert.ok(r.ok);
  if (!r.ok) return;
  assert.equal(r.value.title, 'Summit ends without a deal');
  assert.equal(r.value.byline, 'Ana Ruiz, Li Wei');
  // the page's own offset is kept: its local day is the day the outlet published on
  assert.equal(r.value.published, '2025-10-18T09:30:00+02:00');
  assert.deepEqual(r.value.provenance, { canonicalUrl: 'meta', source: 'meta', title: 'json-ld', published: 'json-ld', byline: 'json-ld', language: 'detected' });
  assert.equal(r.value.source, 'Daily Ledger');
  assert.equal(r.value.canonicalUrl, 'https://ledger.example/summit');
});

test('page furniture around and inside the article is dropped; headings and list items stay', () => {
  const html = `<html><head><title>T</title><link rel="canonical" href="/a/1"></head><body>
    <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
    <article>
      <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
      <p class="byline">By Ana Ruiz</p>
      ${p('First paragraph.')}
      <figure><img src="x.jpg"><figcaption>Delegates arrive in Vienna. (Photo: Agency)</figcaption></figure>
      <h2>What comes next</h2>
      ${p('Second paragraph.')}
      <ul><li>Talks resume on Monday in Geneva with the same delegations.</li><li>A draft text is expected within two weeks.</li></ul>
      <div class="related-stories"><h3>Related</h3><ul><li><a href="/b">Earlier talks collapsed</a></li><li><a href="/c">Who is on the delegation</a></li></ul></div>
      <p style="display:none">Hidden tracking text</p>
    </article>
    <aside>Most read: <a href="/d">Celebrity news</a></aside>
    <footer>© 2025 Example</footer></body></html>`;
  const r = htmlToDocument({ html, origin: 'p.html', url: 'https://news.example/x' });
  assert.ok(r.ok);
  if (!r.ok) return;
  const lines = r.value.text.split('\n');
  assert.ok(lines[0].startsWith('First paragraph.'), lines[0]);
  assert.ok(lines.includes('What comes next'));
  assert.ok(lines.includes('A draft text is expected within two weeks.'));
  for (const junk of ['Home', 'Facebook', 'By Ana Ruiz', 'Delegates arrive', 'Earlier talks', 'Hidden tracking', 'Celebrity', '©']) {
    assert.ok(!r.value.text.includes(junk), junk);
  }
  assert.equal(r.value.canonicalUrl, 'https://news.example/a/1');
  assert.equal(r.value.source, 'news.example');
});

test('a page with no article text → EMPTY_TEXT naming the page', () => {
  const r = htmlToDocument({ html: '<html><body><nav><a href="/">Home</a></nav></body></html>', origin: 'https://x.example/empty' });
  assert.ok(!r.ok && r.error.code === 'EMPTY_TEXT' && r.error.message.startsWith('https://x.example/empty'));
});

test('elementText: a source line break inside a paragraph is a space; <pre> keeps its lines', async () => {
  const { elementText } = await import('../../src/ingest/html.js');
  const { parseHTML } = await import('linkedom');
  const { document } = parseHTML('<html><body><p>The Java One\nCall for Papers closes\nthis Friday.</p><pre>a = 1\nb = 2</pre><p>Next<br>line</p></body></html>');
  assert.equal(elementText(document.body), 'The Java One Call for Papers closes this Friday.\na = 1\nb = 2\nNext\nline');
});

test('what Readability keeps ahead of the body goes: a standfirst in the header, a dateline, a byline, a label', () => {
  // The standfirst sits outside the container that holds the article's paragraphs.
  const body = Array.from({ length: 10 }, (_, i) => p(`Paragraph ${i + 1}.`)).join('');
  const html = `<html><head><title>Summit ends without a deal</title></head><body><article>
    <header><h1>Summit ends without a deal</h1><p>The talks collapsed over money, and nobody expects them to resume soon.</p></header>
    <div class="story-body">${body}</div></article></body></html>`;
  const r = htmlToDocument({ html, origin: 'x' });
  assert.ok(r.ok);
  if (!r.ok) return;
  assert.ok(r.value.text.startsWith('Paragraph 1.'), r.value.text.slice(0, 80));
});

test('an unmarked figure (an image and a line beside it) is a caption, not text; an image inside a sentence is not', () => {
  const body = Array.from({ length: 4 }, (_, i) => p(`Paragraph ${i + 1}.`)).join('');
  const html = `<html><head><title>Snooze cruise</title></head><body><article><h1>Snooze cruise</h1>
    <div><div class="image top"><img src="a.jpg" alt="Space"><p>In this file photo, made available by NASA, two astronauts take part in a space walk. (NASA via AP)</p></div>
    ${body}<p>Scientists said the crew <img src="e.png" alt=":)"> would sleep through the cruise.</p></div></article></body></html>`;
  const r = htmlToDocument({ html, origin: 'x' });
  assert.ok(r.ok);
  if (!r.ok) return;
  assert.ok(r.value.text.startsWith('Paragraph 1.'), r.value.text.slice(0, 80));
  assert.ok(r.value.text.includes('would sleep through the cruise'));
});

test('leading lines that are furniture by their form are dropped, up to the first paragraph', async () => {
  const { trimLeadLines } = await import('../../src/ingest/html.js');
  const lead = 'The delegations met again in the afternoon and worked through the remaining points of the draft.';
  assert.deepEqual(
    trimLeadLines(['Summit ends without a deal', 'Text size', 'By Ana Ruiz and Li Wei', 'PUBLISHED: 10:48, Tue, Nov 19, 2019', lead, 'Short line'], 'Summit ends without a deal'),
    [lead, 'Short line'],
  );
  // A line that is none of these stops the trim; nothing goes when no paragraph follows.
  assert.deepEqual(trimLeadLines(['Text size', 'What the summit was meant to settle and why', lead], null), ['Text size', 'What the summit was meant to settle and why', lead]);
  assert.deepEqual(trimLeadLines(['Review', 'Short'], null), ['Review', 'Short']);
  assert.deepEqual(trimLeadLines(['Posted by Ana Ruiz', 'Email | Print | Share this', lead], null), [lead]);
  assert.deepEqual(trimLeadLines(['Reading time: 1 minute', lead], null), [lead]);
  // A short lead in a script without spaces, or one with a date in it, is prose, not a label.
  const zh = '2013年5月20日，北京市政府宣布了新的空气质量措施。';
  assert.deepEqual(trimLeadLines(['新闻', zh, lead], null), [zh, lead]);
  assert.deepEqual(trimLeadLines(['Nov. 19, 2019 at 11:08 a.m.', lead], null), [lead]);
});

test('a name inside a sentence survives a furniture-like class on its pop-up wrapper', () => {
  const html = `<html><head><title>T</title></head><body><article>
    <p>South Dakota Gov. <span class="rollover-people"><a class="rollover-people-link" href="/people/kn">Kristi Noem</a><span class="rollover-people-block">Kristi Lynn Noem: more stories about the governor and her campaigns MORE</span></span> (R) is defending the state's launch of an anti-drug campaign.</p>
    ${p('Two.')}${p('Three.')}</article></body></html>`;
  const r = htmlToDocument({ html, origin: 'x' });
  assert.ok(r.ok);
  if (!r.ok) return;
  assert.match(r.value.text, /Gov\. Kristi Noem \(R\) is defending/);
  assert.doesNotMatch(r.value.text, /more stories about the governor/);
});

test('byline: a reporter\'s credit in the article\'s own lines, as Korean and Chinese papers write it ("홍길동 기자", "记者 张明")', () => {
  const ko = (s: string) => `<p>${s} 항구는 폭풍이 지나간 뒤 다시 문을 열었고 어민들은 오전부터 배를 손질하며 다음 출항을 준비했다. 시청은 피해 규모를 조사하고 있다.</p>`;
  const html = `<html><head><title>폭풍 뒤 항구 다시 열려</title></head><body><div class="side"><a href="/r/1">김민수 기자</a></div><article><h1>폭풍 뒤 항구 다시 열려</h1>${ko('첫째.')}${ko('둘째.')}${ko('셋째.')}<p>이서연 기자 seoyeon@harbor.example</p></article></body></html>`;
  const r = htmlToDocument({ html, origin: 'ko.html' });
  assert.ok(r.ok);
  assert.equal(r.value.byline, '이서연');
  assert.equal(r.value.provenance?.byline, 'visible');
  const zh = (s: string) => `<p>${s}风暴过后，港口重新开放，渔民们从早上开始修理渔船，准备下一次出海。市政府正在调查损失情况，预计下周公布结果。</p>`;
  const z = htmlToDocument({ html: `<html><head><title>风暴过后港口重新开放</title></head><body><article><h1>风暴过后港口重新开放</h1>${zh('一。')}${zh('二。')}${zh('三。')}<p>（记者 张明）</p></article></body></html>`, origin: 'zh.html' });
  assert.ok(z.ok);
  assert.equal(z.value.byline, '张明');
});

test('a page saved as HTML that holds no markup is read as plain text, its lines as paragraphs', () => {
  const text = 'Mara Velle spent four years writing the comedy with her friend Tom Aske, and the studio backed it.\nThe film opened to strong reviews & long queues in every city it played.';
  const r = htmlToDocument({ html: text, origin: 'wiig.html', url: 'https://www.example-paper.co.uk/film/2011/nov/18/mara-velle-comedy' });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  assert.match(r.value.text, /^Mara Velle spent four years/);
  assert.match(r.value.text, /strong reviews & long queues in every city/);
  assert.equal(r.value.language, 'en');
  assert.equal(r.value.published?.slice(0, 10), '2011-11-18', 'the URL still dates it');
  const empty = htmlToDocument({ html: '   \n ', origin: 'blank.html' });
  assert.ok(!empty.ok);
});
