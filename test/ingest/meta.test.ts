// Page metadata with provenance (src/ingest/meta.ts). Each case states the rule it pins down.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { bylineNames, pageDate, pageMeta, urlDate, writtenDate } from '../../src/ingest/meta.js';
import { htmlToDocument } from '../../src/ingest/html.js';

const meta = (head: string, body = '', url: string | null = null) =>
  pageMeta(parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document, url);
const para = `<p>${'The delegations met again in the afternoon and worked through the remaining points of the draft. '.repeat(4)}</p>`;

test('entities left in metadata are decoded: no &#038; in a title or byline', () => {
  // WordPress writes &amp;#038; into og:title; the parser decodes one layer, the second is ours.
  const m = meta('<meta property="og:title" content="Tom &amp;#038; Jerry &amp;#8211; the return"><meta name="author" content="Ana &amp;#038; Li Wei">');
  assert.equal(m.title, 'Tom & Jerry – the return');
  const d = htmlToDocument({ html: `<html><head><title>A &amp;amp; B</title></head><body><article>${para}<p>Fish &amp;#038; chips were served to every delegation at the end.</p></article></body></html>`, origin: 'x' });
  assert.ok(d.ok && !/&#\d+;|&amp;/.test(d.value.text) && d.value.text.includes('Fish & chips'));
});

test('a kicker inside the headline is dropped, not glued to it', () => {
  // <h1><span class="kicker">Opinion</span>Headline</h1> reads "OpinionHeadline" as plain text.
  const m = meta('<meta property="og:title" content="Is football violence a crime?">', '<h1><span class="kicker">Opinion</span>Is Football Violence a Crime?</h1>');
  assert.equal(m.title, 'Is Football Violence a Crime?');
  assert.equal(m.provenance.title, 'visible');
  // Pieces in separate elements get a space between them.
  const g = meta('<meta property="og:title" content="Storm hits the coast">', '<h1><span class="x">Storm hits</span><span class="y">the coast</span></h1>');
  assert.equal(g.title, 'Storm hits the coast');
});

test('an <h1> marked as the headline beats an SEO og:title; a logo <h1> does not', () => {
  const m = meta('<meta property="og:title" content="Epstein guards charged | USA TODAY">', '<h1 class="site-logo">USA TODAY</h1><h1 class="title">Two prison officers charged over Epstein records</h1>');
  assert.equal(m.title, 'Two prison officers charged over Epstein records');
  // "header" is not "headline": a site header's <h1> is not the article's.
  const h = meta('<meta property="og:title" content="Storm closes the coast road">', '<h1 class="site-header">All the news from the valley</h1>');
  assert.equal(h.title, 'Storm closes the coast road');
});

test('the outlet suffix of <title> is the outlet, and is not part of the title', () => {
  const m = meta('<title>Republicans are following Trump - The New York Times</title>');
  assert.equal(m.title, 'Republicans are following Trump');
  assert.equal(m.source, 'The New York Times');
});

test('outlet: a domain or an acronym gives way to a name', () => {
  assert.equal(meta('<meta property="og:site_name" content="WSJ"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"The Wall Street Journal"}}</script>').source, 'The Wall Street Journal');
  assert.equal(meta('<meta property="og:site_name" content="Sportsnet.ca">').source, 'Sportsnet');
});

test('outlet: of the names the page gives, the first its address bears out; else the host name, not the host', () => {
  // A site name unrelated to the host (a section, a platform) gives way to one the host bears out.
  const m = meta('<meta property="og:site_name" content="Weekend Living"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Valley Courier"}}</script>', '', 'https://www.valleycourier.com/2019/11/x.html');
  assert.equal(m.source, 'Valley Courier');
  // Two names the host bears out, one the other's first words: the sources agree on those words, the
  // rest is a descriptor or an edition ("Slate Magazine" beside the publisher "Slate").
  const s = meta('<meta property="og:site_name" content="Slate Magazine"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Slate"}}</script>', '', 'https://slate.com/culture/2019/11/x.html');
  assert.equal(s.source, 'Slate');
  const v = meta('<meta property="og:site_name" content="Slate Magazine"><meta name="application-name" content="Slate"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Slate"}}</script>', '', 'https://slate.com/culture/2019/11/x.html');
  assert.equal(v.source, 'Slate');
  // Alone, the longer name stands; a name cut from a domain does not shorten a longer one.
  assert.equal(meta('<meta property="og:site_name" content="Slate Magazine">', '', 'https://slate.com/culture/2019/11/x.html').source, 'Slate Magazine');
  assert.equal(meta('<meta property="og:site_name" content="Spokesman.com"><title>Spokane ad agencies divided on the viral campaign | The Spokesman-Review</title>', '', 'https://www.spokesman.com/stories/x').source, 'The Spokesman-Review');
  assert.equal(meta('<meta property="og:site_name" content="@politifact"><title>What is the value of drugs? | PolitiFact West Virginia</title>', '', 'https://www.politifact.com/x').source, 'PolitiFact');
  assert.equal(meta('<title>Notes from the garden</title>', '', 'https://ana.blogspot.com/2019/11/x.html').source, 'ana');
  // An abbreviated host bears out the full name: a section as og:site_name gives way to it.
  assert.equal(meta('<meta property="og:site_name" content="Opinion Pages"><title>Why it matters - The New York Times</title>', '', 'https://www.nytimes.com/2019/11/19/opinion/x.html').source, 'The New York Times');
  // Nothing in the head names the outlet: the registrable name of the host, not "blog.comwrap.com".
  assert.equal(meta('<title>Die elektronische Patientenakte</title>', '', 'https://blog.comwrap.com/die-epa').source, 'comwrap');
  // A logo's alt text only when the host bears it out (here "GmbH" dropped as a legal form).
  assert.equal(meta('', '<a class="logo" href="/"><img alt="comwrap GmbH Logo" src="l.png"></a>', 'https://blog.comwrap.com/x').source, 'comwrap');
  assert.equal(meta('', '<div class="logo"><img alt="Диеты" src="l.png"></div>', 'http://vse-diety.com/x.html').source, 'vse-diety');
  // A site title in the header that the host bears out, with its spaces and accents.
  assert.equal(meta('', '<p class="site-title"><a href="/">Prefeitura de Jaraguá do Sul</a></p>', 'http://jaraguadosul.com.br/news/x').source, 'Prefeitura de Jaraguá do Sul');
});

test('outlet: a tagline as og:site_name gives way to the name the host spells in the head', () => {
  const head = '<meta property="og:site_name" content="Expert how-to for English Riders"><meta name="author" content="Practical Horseman Editorial Staff"><meta name="description" content="Practical Horseman\'s picks for October">';
  assert.equal(meta(head, '', 'https://practicalhorsemanmag.com/news/x').source, 'Practical Horseman');
  // Said once only, a phrase is not enough; on a host it does not spell, nothing changes.
  assert.equal(meta('<meta property="og:site_name" content="Expert how-to for English Riders"><meta name="author" content="Practical Horseman Staff">', '', 'https://practicalhorsemanmag.com/news/x').source, 'Expert how-to for English Riders');
  assert.equal(meta(head, '', 'https://example.org/news/x').source, 'Expert how-to for English Riders');
});

test('outlet: an acronym that is the host label beats a name the host does not bear out, not a full name', () => {
  // A syndicated story: the provider is the publisher, the host's own acronym is the outlet.
  const ld = (name: string) => `<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"${name}"}}</script>`;
  assert.equal(meta(`<meta property="og:site_name" content="MSN">${ld('Valley Courier')}`, '', 'https://www.msn.com/en-us/news/x').source, 'MSN');
  assert.equal(meta(`<meta property="og:site_name" content="WSJ">${ld('Wall Street Journal')}`, '', 'https://www.wsj.com/articles/x').source, 'Wall Street Journal');
});

test('outlet: a name run together is written as the page writes it more often', () => {
  const page = (site: string, desc: string) => meta(`<meta property="og:site_name" content="${site}"><meta name="description" content="${desc}">`, '', 'https://thehill.com/x');
  assert.equal(page('TheHill', 'The Hill is the premier source for policy and political news. Follow The Hill.').source, 'The Hill');
  assert.equal(page('TheHill', 'TheHill is the premier source for policy and political news.').source, 'TheHill');
});

test('outlet: a Cyrillic name agrees with a host that spells it in Latin letters', () => {
  const m = meta('<meta property="og:site_name" content="Кулинарный блог"><meta name="application-name" content="Нормы ГТО">', '', 'https://normygto.ru/x');
  assert.equal(m.source, 'Нормы ГТО');
});

test('outlet: a site name whose first word begins the host is borne out, before the logo that spells the host', () => {
  const m = meta('<meta property="og:site_name" content="The Beachbody Blog">', '<div class="logo"><img alt="Beachbody on Demand"></div>', 'https://www.beachbodyondemand.com/blog/x');
  assert.equal(m.source, 'The Beachbody Blog');
  // A common short first word does not count: "Sports Desk" is not borne out by sportsnet.ca.
  const s = meta('<meta property="og:site_name" content="Sports Desk">', '<div class="logo"><img alt="Sportsnet"></div>', 'https://www.sportsnet.ca/x');
  assert.equal(s.source, 'Sportsnet');
});

test('outlet: the JSON-LD WebSite (or isPartOf) names the site; of a separated site name, the piece the host bears out', () => {
  const graph = '<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Valley Courier"},{"@type":"NewsArticle","headline":"x"}]}</script>';
  assert.equal(meta(`<meta property="og:site_name" content="Weekend Living">${graph}`, '', 'https://valleycourier.com/x').source, 'Valley Courier');
  assert.equal(meta('<meta property="og:site_name" content="Business News | Valley Courier">', '', 'https://valleycourier.com/x').source, 'Valley Courier');
  assert.equal(meta('<meta property="og:site_name" content="LinkNaija | Nigeria\'s popular news platform">', '', 'https://www.linknaija.com/x').source, 'LinkNaija');
});

test('outlet: a company page with no site name: the image of the link home, or a logo link\'s aria-label, that the host bears out', () => {
  assert.equal(meta('<title>Northwind announces a partnership</title>', '<header><a href="/"><img src="l.svg" alt="NorthWind"></a></header>', 'https://www.northwind.com/news/x.html').source, 'NorthWind');
  assert.equal(meta('<title>A partnership</title>', '<header><a class="site-logo" href="/" aria-label="Harbor Lights Media"><svg></svg></a></header>', 'https://harborlights.com/x').source, 'Harbor Lights Media');
  // Home is also the root's index page (older sites link "/index.html"); a partner's logo after it is not the site's.
  assert.equal(meta('<title>Seeking a bigger role for a big rocket</title>', '<a href="/index.html"><img src="/images/logo-tsr-1.gif" alt="The Space Review"></a><a href="http://www.spacenews.example/"><img src="sn.gif" alt="SpaceNews"></a>', 'https://www.thespacereview.com/article/3834/1').source, 'The Space Review');
});

test('outlet: a handle as site name loses its @ and takes the case the title writes it in', () => {
  assert.equal(meta('<meta property="og:site_name" content="@politifact"><title>What is the value of drugs? | PolitiFact</title>', '', 'https://www.politifact.com/x').source, 'PolitiFact');
  assert.equal(meta('<title>Ein Artikel - www.wday.ru</title>', '', 'https://www.wday.ru/x').source, 'wday');
});

test('date: a UTC publication time is read in the offset that the other times of the page carry', () => {
  // 02:24 UTC on the 19th is 21:24 on the 18th in New York; the page's modified time says -05:00.
  const m = meta('<meta property="article:published_time" content="2019-11-19T02:24:00Z"><meta property="article:modified_time" content="2019-11-19T09:00:00-05:00">', '<h1>Headline here</h1>');
  assert.equal(m.published, '2019-11-18T21:24:00-05:00');
  // No offset anywhere: the UTC value stands.
  assert.equal(meta('<meta property="article:published_time" content="2019-11-19T02:24:00Z">', '<h1>Headline here</h1>').published, '2019-11-19T02:24:00Z');
  // ... unless the page is for the US: 02:24 UTC is the evening before in every US zone; only the day is known.
  const us = pageMeta(parseHTML('<html lang="en-US"><head><meta property="article:published_time" content="2019-11-19T02:24:00Z"></head><body><h1>Headline here</h1></body></html>').document, null);
  assert.equal(us.published, '2019-11-18');
  // The page's own dateline says the UTC day: it wins over the shifted one.
  const d = meta('<meta property="article:published_time" content="2019-11-19T02:24:00Z"><meta property="article:modified_time" content="2019-11-19T09:00:00-05:00">', '<h1>Headline here</h1><div class="date">Nov 19, 2019</div>');
  assert.equal(d.published, '2019-11-19T02:24:00Z');
});

test('outlet: a white-label page names the paper in its path and links, not the platform', () => {
  const nav = ['news', 'sports', 'obituaries'].map((x) => `<a href="https://www.berkshireeagle.com/${x}">${x}</a>`).join(' ');
  const m = meta('<meta property="og:site_name" content="Hosted">', `<header><a class="logo" href="/"><img alt="The Berkshire Eagle"></a>${nav}</header>`, 'https://hosted.wire.org/berkshireeagle/article/abc/x');
  assert.equal(m.source, 'The Berkshire Eagle');
  // A path segment that merely matches a linked site, on a page whose name matches its own host, changes nothing.
  const links = ['a', 'b', 'c'].map((x) => `<a href="https://www.facebook.com/${x}">f</a>`).join(' ');
  assert.equal(meta('<meta property="og:site_name" content="Valley Courier">', links, 'https://valleycourier.com/facebook/x').source, 'Valley Courier');
});

test('dates keep the page offset; a UTC time a day after the printed dateline takes the dateline day', () => {
  assert.equal(pageDate('2019-11-18T21:24:00-0500'), '2019-11-18T21:24:00-05:00');
  assert.equal(pageDate('2019-11-19T02:24:00+00:00'), '2019-11-19T02:24:00Z');
  assert.equal(pageDate('Tue, 19 Nov 2019 02:24:00 +0100'), '2019-11-19T02:24:00+01:00');
  // 02:24 UTC is 21:24 the evening before in New York, which is what the page prints.
  const m = meta('<meta property="article:published_time" content="2019-11-19T02:24:00Z">', '<h1>Headline here</h1><div class="date-published">Nov 18, 2019 at 9:24 pm ET</div>');
  assert.equal(m.published, '2019-11-18');
  assert.equal(m.provenance.published, 'visible');
  // Same day on the page: the machine-readable value stands.
  const same = meta('<meta property="article:published_time" content="2019-11-19T14:00:00Z">', '<h1>Headline here</h1><div class="date-published">Nov 19, 2019</div>');
  assert.equal(same.published, '2019-11-19T14:00:00Z');
  assert.equal(same.provenance.published, 'meta');
});

test('datePublished, not dateModified; the URL, then the page, when there is no machine date', () => {
  const m = meta('<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2019-12-01","datePublished":"2019-11-18"}</script>');
  assert.equal(m.published, '2019-11-18');
  assert.equal(urlDate('https://x.example/2019/11/18/story/'), '2019-11-18');
  assert.equal(urlDate('https://www.politifact.com/statements/2019/nov/18/x/'), '2019-11-18');
  assert.equal(urlDate('https://x.example/story-12345'), null);
  // A section between the year and the month ("/2010/POLITICS/08/13/"), months and days without a zero.
  assert.equal(urlDate('http://news.example.com/2010/POLITICS/08/13/vote.story/index.html'), '2010-08-13');
  assert.equal(urlDate('http://news.example.com/2013/middle_east/8/3/clashes/index.html'), '2013-08-03');
  assert.equal(urlDate('http://news.example.com/2013/world/13/3/x.html'), null);
  // A date opening an article id in the query string.
  assert.equal(urlDate('http://news.example.com/site/article.aspx?articleid=20111118_61_A16_x344152'), '2011-11-18');
  assert.equal(urlDate('http://news.example.com/story?id=5461430'), null);
  const u = meta('', '<h1>H</h1>', 'https://x.example/2019/11/18/story/');
  assert.deepEqual([u.published, u.provenance.published], ['2019-11-18', 'url']);
  const v = meta('', '<h1>Headline</h1><p class="about">publiziert am 25. September 2018</p>');
  assert.deepEqual([v.published, v.provenance.published], ['2018-09-25', 'visible']);
  // "Updated" stamps are skipped for the publication date.
  const w = meta('', '<h1>Headline</h1><span class="time">Updated November 20, 2019</span><time>Posted November 18, 2019</time>');
  assert.equal(w.published, '2019-11-18');
});

test('written dates in several languages', () => {
  assert.equal(writtenDate('Nov. 19, 2019 5:50 PM'), '2019-11-19');
  assert.equal(writtenDate('21 de junho de 2015'), '2015-06-21');
  assert.equal(writtenDate('25. September 2018'), '2018-09-25');
  assert.equal(writtenDate('Posted Nov 18, 8:19 PM', 2019), '2019-11-18');
  assert.equal(writtenDate('no date here'), null);
});

test('byline: an unmarked "By ..." block under the headline; a metadata author the page never shows is not one', () => {
  const body = `<h1>What is the value of drugs at the border?</h1><p class="article__meta">By <a href="/staff/md/">Matthew Digby</a> , <a href="/staff/mdo/">Minh Do</a> <span>on Monday, November 18th, 2019 at 11:08 a.m.</span></p>${para.repeat(5)}`;
  assert.equal(meta('<title>What is the value of drugs at the border?</title>', body).byline, 'Matthew Digby, Minh Do');
  assert.equal(meta('', body).provenance.byline, 'visible');
  // A CMS account in JSON-LD ("Josh") on a page whose text never names it.
  const ld = '<script type="application/ld+json">{"@type":"BlogPosting","headline":"A new chief executive","author":{"@type":"Person","name":"Josh"}}</script>';
  assert.equal(meta(ld, `<h1>A new chief executive</h1>${para.repeat(5)}`).byline, null);
  // A one-word author that the address begins with is the brand's account.
  const brand = '<script type="application/ld+json">{"@type":"BlogPosting","headline":"A new chief executive","author":{"@type":"Person","name":"Acme"}}</script>';
  assert.equal(meta(brand, `<h1>A new chief executive</h1><span>Acme</span>${para.repeat(5)}`, 'https://acmeoutdoor.com/x').byline, null);
  // Shown on the page (apostrophes and accents compared loosely): kept.
  const ld2 = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A new chief executive","author":{"@type":"Person","name":"Seán O\'Brien"}}</script>';
  assert.equal(meta(ld2, `<h1>A new chief executive</h1><span class="x">Sean O’Brien</span>${para.repeat(5)}`).byline, "Seán O'Brien");
});

test('bylines are people: desks, wires and outlets are dropped; roles and affiliations cut', () => {
  assert.deepEqual(bylineNames('By TOM KRISHER, AP Auto Writer'), ['Tom Krisher']);
  assert.deepEqual(bylineNames('MEG KINNARD and ERRIN HAINES, Associated Press'), ['Meg Kinnard', 'Errin Haines']);
  assert.deepEqual(bylineNames('Staff Reports'), []);
  assert.deepEqual(bylineNames('Reuters'), []);
  assert.deepEqual(bylineNames('Analysis by Chris Cillizza, CNN Editor-at-large'), ['Chris Cillizza']);
  assert.deepEqual(bylineNames('Bruce Y. Lee'), ['Bruce Y. Lee']);
  assert.deepEqual(bylineNames('Текст: Лида Буслаева'), ['Лида Буслаева']);
  assert.deepEqual(bylineNames('Finian Cunningham. Sputnik International'), ['Finian Cunningham']);
  assert.deepEqual(bylineNames('Daily Ledger', 'Daily Ledger'), []);
  // the outlet's name inside a credit is its company or desk, whatever the case it is written in
  assert.deepEqual(bylineNames('Ediciones El País', 'EL PAÍS'), []);
  assert.deepEqual(bylineNames('Ana Ruiz', 'EL PAÍS'), ['Ana Ruiz']);
  // a single name only where the caller allows it (metadata), and never the outlet
  assert.deepEqual(bylineNames('Regan', null, true), ['Regan']);
  assert.deepEqual(bylineNames('Regan'), []);
  assert.deepEqual(bylineNames('Beachbody', 'Beachbody On Demand', true), []);
});

test('JSON-LD: organisation authors are not bylines; @id references are followed; a fuller visible byline wins', () => {
  const org = meta('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"BBC News"}}</script>');
  assert.equal(org.byline, null);
  const ref = meta('<script type="application/ld+json">{"@graph":[{"@type":"Person","@id":"#p1","name":"Lewis White"},{"@type":"NewsArticle","author":{"@id":"#p1"}}]}</script>');
  assert.deepEqual([ref.byline, ref.provenance.byline], ['Lewis White', 'json-ld']);
  const co = meta('<meta name="author" content="Danica Kirka">', '<div class="byline">By DANICA KIRKA and JILL LAWLESS</div>');
  assert.deepEqual([co.byline, co.provenance.byline], ['Danica Kirka, Jill Lawless', 'visible']);
});

test('the declared language is read from <html lang>, content-language, og:locale or inLanguage', () => {
  assert.equal(pageMeta(parseHTML('<html lang="pt-BR"><head></head><body></body></html>').document, null).declaredLanguage, 'pt');
  assert.equal(meta('<meta property="og:locale" content="de_DE">').declaredLanguage, 'de');
});

test('outlet: a one-word name cut from a domain takes the longer name the page writes for itself', () => {
  // og:site_name is only a domain; the page's scripts and footer call it "Evening Gazette".
  const head = '<meta property="og:site_name" content="Gazette.co.uk"><script>var page={"brand":"Evening Gazette","cms":"Evening Gazette CMS"}</script>';
  const body = '<p>Sign up for the Evening Gazette newsletter.</p><footer>Gazette Media Ltd</footer>';
  assert.equal(meta(head, body, 'https://www.gazette.co.uk/news/x').source, 'Evening Gazette');
  // Written fewer than three times, or by a name the host does not bear out, it stays as cut.
  assert.equal(meta('<meta property="og:site_name" content="Gazette.co.uk">', '<p>Read the Evening Gazette.</p>', 'https://www.gazette.co.uk/news/x').source, 'Gazette');
  const other = '<script>var a="Morning Star","b":"Morning Star","c":"Morning Star"</script>';
  assert.equal(meta(`<meta property="og:site_name" content="Star.co.uk">${other}`, '', 'https://www.gazette.co.uk/x').source, 'Star');
});

test('date: a dateline and an address that agree on another day outweigh a machine date days away', () => {
  // A republished page: the template's published_time is the day it was re-saved.
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-12-05T10:00:00Z"}</script>';
  const body = '<h1>Council approves the bridge budget</h1><div class="date-published">November 18, 2019</div>';
  const m = meta(ld, body, 'https://www.example-news.com/2019/11/18/council-bridge-budget/');
  assert.equal(m.published, '2019-11-18');
  assert.equal(m.provenance.published, 'visible');
  // Only one of them disagreeing is not enough: the machine date stands.
  assert.equal(meta(ld, body, 'https://www.example-news.com/council-bridge-budget/').published, '2019-12-05T10:00:00Z');
});

test('date: publication dates under other meta names and in any case', () => {
  assert.equal(meta('<meta name="OriginalPublicationDate" content="2019-11-18T09:30:00-05:00">').published, '2019-11-18T09:30:00-05:00');
  assert.equal(meta('<meta name="citation_publication_date" content="2019-11-18">').published, '2019-11-18');
  assert.equal(meta('<meta name="PublishDate" content="2019-11-18">').provenance.published, 'meta');
});

test('JSON-LD: of several articles, the one at this page\'s address gives the dates and authors', () => {
  const related = '{"@type":"NewsArticle","url":"https://news.example.org/2019/11/01/older-story","datePublished":"2019-11-01T08:00:00Z","author":{"@type":"Person","name":"Li Wei"}}';
  const own = '{"@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","@id":"https://news.example.org/2019/11/18/bridge-vote/"},"datePublished":"2019-11-18T08:00:00Z","author":{"@type":"Person","name":"Ana Ruiz"}}';
  const m = meta(`<script type="application/ld+json">[${related},${own}]</script>`, '', 'https://news.example.org/2019/11/18/bridge-vote');
  assert.equal(m.published, '2019-11-18T08:00:00Z');
  assert.equal(m.byline, 'Ana Ruiz');
});

test('outlet: with no name in the head, the name the host abbreviates, as the page writes it', () => {
  const body = '<p>Subscribe to the Los Angeles Times.</p><footer>Copyright © 2019, Los Angeles Times | Terms of Service</footer>';
  assert.equal(meta('<title>Fire crews hold the line</title>', body, 'https://www.latimes.com/california/story/2019-11-19/fire').source, 'Los Angeles Times');
  // Written once, it is not taken; a run the host does not abbreviate is not taken either.
  assert.equal(meta('<title>Fire crews hold the line</title>', '<footer>© 2019 Los Angeles Times</footer>', 'https://www.latimes.com/x').source, 'latimes');
  assert.equal(meta('<title>Fire crews hold the line</title>', '<p>Los Angeles Fire Department</p><p>Los Angeles Fire Department</p>', 'https://www.latimes.com/x').source, 'latimes');
});

test('JSON-LD: a WebPage at the page\'s address does not outrank the article', () => {
  const page = '{"@type":"WebPage","url":"https://news.example.org/2019/11/18/bridge-vote/","datePublished":"2019-11-20T08:00:00Z"}';
  const article = '{"@type":"NewsArticle","headline":"Council approves the bridge","datePublished":"2019-11-18T08:00:00Z"}';
  const m = meta(`<script type="application/ld+json">[${page},${article}]</script>`, '', 'https://news.example.org/2019/11/18/bridge-vote/');
  assert.equal(m.published, '2019-11-18T08:00:00Z');
});

test('date: with nothing in the head, address or dateline, a <time datetime> (not an update), then a page script\'s data', () => {
  const t = meta('<title>Bridge vote</title>', '<h1>Council approves the bridge</h1><p>Text.</p><span>Updated <time datetime="2019-11-21T10:00:00Z">Thursday</time></span><footer><time datetime="2019-11-18T09:30:00-05:00">Monday</time></footer>');
  assert.equal(t.published, '2019-11-18T09:30:00-05:00');
  const s = meta('<title>Bridge vote</title><script>window.dataLayer=[{"section":"local","publishDate":"2019-11-18T14:30:00Z"}]</script>', '<h1>Council approves the bridge</h1>');
  assert.equal(s.published, '2019-11-18T14:30:00Z');
  // A JSON-LD script is read as JSON-LD, not here; nothing at all is still no date.
  assert.equal(meta('<title>Bridge vote</title>', '<h1>Council approves the bridge</h1>').published, null);
});

test('outlet: an abbreviated host spells a name with hyphenated words', () => {
  const body = '<p>Read more from The Atlanta Journal-Constitution.</p><footer>© 2019 The Atlanta Journal-Constitution. All rights reserved.</footer>';
  assert.equal(meta('<title>Storm closes schools</title>', body, 'https://www.ajc.com/news/local/storm').source, 'The Atlanta Journal-Constitution');
});

test('outlet: the host label followed by more words is not an abbreviation of them', () => {
  const body = '<p>Sign up for CNN Newsletters.</p><footer>CNN Newsletters | Terms</footer>';
  assert.equal(meta('<title>Markets fall</title>', body, 'https://www.cnn.com/2019/11/18/investing/x').source, 'cnn');
});

test('outlet: a JSON-LD publisher given as an @id reference is read from the node it points to', () => {
  const graph = '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Storm closes the coast road","publisher":{"@id":"https://valleycourier.com/#org"}},{"@type":"NewsMediaOrganization","@id":"https://valleycourier.com/#org","name":"Valley Courier"}]}</script>';
  const m = meta(graph, '', 'https://valleycourier.com/news/x');
  assert.equal(m.source, 'Valley Courier');
  assert.equal(m.provenance.source, 'json-ld');
  // A reference to no node gives no name: the host's own name stands.
  assert.equal(meta(graph.replace('"@id":"https://valleycourier.com/#org","name":"Valley Courier"', '"@id":"other"'), '', 'https://valleycourier.com/news/x').source, 'valleycourier');
});

test('outlet: with no name in the head, the host as the copyright line or the site handle writes it', () => {
  // "The Paradigm" in the description and the footer's "© 2019 The Paradigm" spell most of theparadigmng.com.
  const foot = '<footer><p>© 2019 The Paradigm. All rights reserved.</p></footer>';
  const desc = '<title>Bruce drags IGP to court</title><meta name="description" content="Read more on The Paradigm">';
  assert.equal(meta(desc, `<h1>Bruce drags IGP to court</h1>${foot}`, 'https://www.theparadigmng.com/2019/11/x').source, 'The Paradigm');
  // Without the copyright line the description alone says it once: not enough.
  assert.equal(meta(desc, '<h1>Bruce drags IGP to court</h1>', 'https://www.theparadigmng.com/2019/11/x').source, 'theparadigmng');
  // The copyright holder is a parent company more often than not: not taken for a host it merely shares a word with.
  assert.equal(meta('<title>Storm</title>', '<footer>© 2019 Express Newspapers</footer>', 'https://www.express.co.uk/news/x').source, 'Express');
  // "@SputnikInt" begins "Sputnik International", written in the head, which the host bears out.
  const head = '<meta name="twitter:site" content="@SputnikInt"><meta name="description" content="Sputnik International news">';
  assert.equal(meta(head, '', 'https://sputniknews.com/world/x').source, 'Sputnik International');
  // A host that does not bear the name out: the three do not agree, the host's own name stands.
  assert.equal(meta(head, '', 'https://worldwire.net/world/x').source, 'worldwire');
});

test('outlet: a logo link names the site, not its purpose ("Forbes Homepage")', () => {
  assert.equal(meta('', '<a class="logo" href="/" aria-label="Forbes Homepage"><svg></svg></a>', 'https://www.forbes.com/sites/x').source, 'Forbes');
});

test('outlet: a site name that reads as no name gives way to the host written out in the page', () => {
  const m = meta('<meta property="og:site_name" content="U.S."><meta name="description" content="Reuters reports on markets. Reuters.">', '', 'https://www.reuters.com/article/x');
  assert.equal(m.source, 'Reuters');
  assert.equal(m.provenance.source, 'url');
});

test('outlet: of a <title> with several pieces, the piece the host bears out, wherever it stands', () => {
  // "Headline | Outlet | Section | Section": the end piece is a section, the host names the second.
  const m = meta('<title>Race report from Monza | Pitlane | F1 | Rally | Touring Cars</title>', '', 'https://www.pitlane.com.br/f1/x');
  assert.equal(m.source, 'Pitlane');
  // "Headline - Outlet - Section", the outlet's name a short host label and a word in another script.
  const b = meta('<title>港特首就住宅违建事件道歉 - BBC中文网 - 两岸三地</title><meta name="application-name" content="BBC">', '', 'http://www.bbc.co.uk/zhongwen/simp/china/x.shtml');
  assert.equal(b.source, 'BBC中文网');
});

test('outlet: a host label of three letters bears out a name that has it as a whole word', () => {
  // "Sky News" on news.sky.com: "sky" is too short to match inside a word, but here it is the word.
  const m = meta('<meta property="og:site_name" content="Weekend"><title>Storm closes the coast road | Sky News</title>', '', 'https://news.sky.com/story/x');
  assert.equal(m.source, 'Sky News');
  // Inside a longer word it still does not count: "Skyline Weekly" is not borne out by sky.com.
  const s = meta('<meta property="og:site_name" content="Weekend"><title>Storm closes the coast road | Skyline Weekly</title>', '', 'https://news.sky.com/story/x');
  assert.equal(s.source, 'Weekend');
});

test('outlet: a site name that is the host written as a domain outranks an app name that is only a subdomain (a section)', () => {
  const m = meta('<meta property="og:site_name" content="Harbor.com"><meta name="application-name" content="Weekender"><title>Ten beaches to see - Harbor Weekender</title>', '', 'http://weekender.harbor.com/2019/11/x');
  assert.equal(m.source, 'Harbor');
});

test('outlet: a name cut from a domain takes a longer run only when the page writes that more often than the name alone', () => {
  // "Support Harbor" on a button and in the menu is no name: "Harbor" stands alone in the prose more often.
  const body = '<nav><a href="/support">Support Harbor</a></nav><p>Support Harbor today.</p><button>Support Harbor</button><p>Harbor needs your help. You rely on Harbor, and Harbor relies on you.</p>';
  assert.equal(meta('<meta property="og:site_name" content="Harbor.com">', body, 'https://www.harbor.com/x').source, 'Harbor');
  // Where the longer run is the commoner ("the Evening Gazette"), it is taken (and an ad path "/Gazette/News" is not prose).
  const gazette = '<p>Sign up for the Evening Gazette newsletter. Read the Evening Gazette. Follow the Evening Gazette today.</p><p>Gazette readers said so.</p><script>slot("/1234/Gazette/News")</script>';
  assert.equal(meta('<meta property="og:site_name" content="Gazette.co.uk">', gazette, 'https://www.gazette.co.uk/news/x').source, 'Evening Gazette');
});

test('outlet: a JSON-LD publisher alone that the host does not bear out (a parent company) gives way to the host the page writes out', () => {
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","publisher":{"@type":"Organization","name":"Northern Media Group"}}</script>';
  const body = '<p>Subscribe to the Valley Tribune for local news.</p><footer>© 2019 Valley Tribune. All rights reserved.</footer>';
  assert.equal(meta(`<title>Storm closes schools</title>${ld}`, body, 'https://www.valleytrib.com/news/x').source, 'Valley Tribune');
  // Named by a second source too (og:site_name), the publisher stands: two sources agree.
  assert.equal(meta(`<title>Storm closes schools</title><meta property="og:site_name" content="Northern Media Group">${ld}`, body, 'https://www.valleytrib.com/news/x').source, 'Northern Media Group');
  // With nothing in the page that writes the host out, the publisher stands as before.
  assert.equal(meta(`<title>Storm closes schools</title>${ld}`, '', 'https://www.valleytrib.com/news/x').source, 'Northern Media Group');
});

test('outlet: a generic value ("Home", "News") is no name: the host as the page writes it', () => {
  const foot = '<footer>© 2019 Harbor Lights. All rights reserved.</footer>';
  assert.equal(meta('<meta property="og:site_name" content="Home"><title>Storm closes the coast road</title>', foot, 'https://www.harborlights.com/x').source, 'Harbor Lights');
  assert.equal(meta('<title>Storm closes the coast road | News</title>', foot, 'https://www.harborlights.com/x').source, 'Harbor Lights');
});

test('outlet: with no name in the metadata, the host as the page\'s text writes it, standing alone, twice', () => {
  const body = '<h1>Seeking a bigger role for a big rocket</h1><p>The Space Review is published every Monday.</p><p>Write to The Space Review with your essays.</p>';
  assert.equal(meta('<title>Seeking a bigger role for a big rocket</title>', body, 'https://www.thespacereview.com/article/3834/1').source, 'The Space Review');
  // Once is not enough; a run with more capitalised words ("The Space Review Store") is not the name alone.
  assert.equal(meta('<title>Seeking a bigger role</title>', '<p>The Space Review is published every Monday.</p>', 'https://www.thespacereview.com/a/1').source, 'thespacereview');
  assert.equal(meta('<title>Seeking a bigger role</title>', '<p>Visit The Space Review Store.</p><p>The Space Review Store opens.</p>', 'https://www.thespacereview.com/a/1').source, 'thespacereview');
  // A wire named as the only publisher gives way to the host the text writes out.
  const ap = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","publisher":{"@type":"Organization","name":"Associated Press"}}</script>';
  assert.equal(meta(`<title>Seven questions before the debate</title>${ap}`, '<p>Get the latest from ValleyGate every morning.</p><p>More from ValleyGate: local news.</p>', 'https://www.valleygate.com/news/x').source, 'ValleyGate');
});

test('outlet: a parent company that shares the host\'s name ("Vox Media" on vox.com) ranks after the outlet the host names', () => {
  const ld = (name: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","publisher":{"@type":"Organization","name":"${name}"}}</script>`;
  assert.equal(meta(`${ld('Vox Media')}<title>Why the vote matters - Vox</title>`, '', 'https://www.vox.com/policy/x').source, 'Vox');
  assert.equal(meta(`${ld('Harbor Lights Publishing Group')}<title>Storm closes the coast road | Harbor Lights</title>`, '', 'https://www.harborlights.com/x').source, 'Harbor Lights');
  // Alone, the company is the name the page gives, but without the company's word where the host
  // spells the rest: the publication ("Vox" on vox.com, "Harbor Lights" for "Harbor Lights Media Network").
  assert.equal(meta(ld('Vox Media'), '', 'https://www.vox.com/policy/x').source, 'Vox');
  assert.equal(meta(ld('Harbor Lights Media Network'), '', 'https://www.harborlights.com/x').source, 'Harbor Lights');
  // A company whose name the host does not spell stays as it is.
  assert.equal(meta(ld('Hearst Communications'), '', 'https://www.sfgate.com/x').source, 'Hearst Communications');
});

test('date: a numeric dateline ("8/17/13 11:04am") is read, month first on a US English page, day first when the day says so', () => {
  const h = '<h1>Harbor reopens after the storm</h1>';
  // No machine date, no date in the address: the dateline element is all there is.
  assert.equal(meta('', `${h}<span class="publish-time">8/17/13 11:04am</span>${para}`, 'https://harborlights.com/harbor-reopens-123').published, '2013-08-17');
  assert.equal(meta('', `${h}<div class="post-date">Posted 04/05/2013</div>${para}`, 'https://harborlights.com/harbor-reopens-123').published, '2013-04-05');
  // A page in Spanish writes the day first; a first number over 12 is a day whatever the language.
  assert.equal(meta('', `${h}<div class="post-date">Publicado 04/05/2013</div>${para}`, 'https://harborlights.es/x-123').published, '2013-05-04');
  assert.equal(meta('', `${h}<div class="post-date">28/10/2012 03:21</div>${para}`, 'https://harborlights.com/x-123').published, '2012-10-28');
  // The numeric dateline a day before a UTC machine time is the outlet's own day ("10/ 5/11 09:19 PM ET").
  const late = '<meta name="publish_date" content="Thu, 06 Oct 2011 08:10:27 EST">';
  assert.equal(meta(late, `${h}<div class="comments_datetime"><p><span>By ANA RUIZ</span> 10/ 5/11 09:19 PM ET</p></div>${para}`, 'https://harborlights.com/x-123').published, '2011-10-05');
  // So is one a day before the address's date, with no machine date at all (the address is filed on UTC's day).
  assert.equal(meta('', `${h}<div class="comments_datetime"><p><span>By ANA RUIZ</span> 10/ 5/11 09:19 PM ET</p></div>${para}`, 'https://harborlights.com/2011/10/06/x-123').published, '2011-10-05');
  // Days apart, the address still wins over a dateline (which may be another story's).
  assert.equal(meta('', `${h}<div class="comments_datetime"><p>10/ 2/11 09:19 PM ET</p></div>${para}`, 'https://harborlights.com/2011/10/06/x-123').published, '2011-10-06');
});

test('date: an epoch in a dateline element\'s data attribute (data-publishtime) when the page has no other date', () => {
  const m = meta('', `<h1>Harbor reopens after the storm</h1><span class="publish-time" data-publishtime="1376751840652"><a href="/x">permalink</a></span>${para}`, 'https://harborlights.com/harbor-reopens-123');
  assert.equal(m.published?.slice(0, 10), '2013-08-17');
  assert.equal(m.provenance.published, 'meta');
});

test('byline: a byline element named in another language (autor, firma, auteur) is one; co-author links in it are all read', () => {
  const h = '<h1>El puerto reabre tras la tormenta</h1>';
  assert.equal(meta('', `${h}<p class="firma">Lucía Ferrán | Valencia</p>${para}`).byline, 'Lucía Ferrán');
  // Each author a link of its own (rel=author): the element holding both gives both.
  assert.equal(meta('', `${h}<span class="autor"><a rel="author" href="/a/1">Lucía Ferrán</a> / <a rel="author" href="/a/2">Tomás de Irala</a></span>${para}`).byline, 'Lucía Ferrán, Tomás de Irala');
});

test('byline: a name in its own element beside a job title (hCard "fn" and the like) is read without the title', () => {
  const h = '<h1>The harbour reopens after the storm</h1>';
  assert.equal(meta('', `${h}<p class="author vcard"><a href="/team/x"><b class="fn">Rosa Delmont</b></a> <span class="role">Senior Coastal Correspondent</span></p>${para}`).byline, 'Rosa Delmont');
});

test('byline: twitter:creator, a name or a handle the page writes out as a name', () => {
  const h = '<h1>The harbour reopens after the storm</h1>';
  assert.equal(meta('<meta name="twitter:creator" content="Rosa Delmont">', `${h}<p>Rosa Delmont</p>${para}`).byline, 'Rosa Delmont');
  // "@rdelmont" stands for the "Rosa Delmont" of the page's title.
  assert.equal(meta('<title>The harbour reopens • Rosa Delmont</title><meta property="og:site_name" content="Harbor Notes"><meta property="twitter:creator" content="@rdelmont">', `${h}${para}`).byline, 'Rosa Delmont');
  // The site's own handle, or a handle the page does not write out, is no byline.
  assert.equal(meta('<title>The harbour reopens | Harbor Lights</title><meta name="twitter:creator" content="@harborlights">', `${h}${para}`, 'https://harborlights.com/x').byline, null);
  assert.equal(meta('<title>The harbour reopens</title><meta name="twitter:creator" content="@rdelmont">', `${h}${para}`).byline, null);
});

test('byline: a byline of another story (a teaser under a linked heading, a sidebar, comments) is not the article\'s', () => {
  const h = '<h1>The harbour reopens after the storm</h1>';
  const teaser = '<h3><a href="/other">Fishing fleet returns</a></h3><div class="byline">by Marco Velli | Apr 19, 2013</div>';
  assert.equal(meta('', `${h}${para}${teaser}`).byline, null);
  const side = '<div id="sidebar_right"><div class="dont-miss"><div class="dont_miss_author_name">Nadia Loren</div></div></div>';
  assert.equal(meta('', `${h}<p><span>By ROSA DELMONT</span> 10/ 5/11 09:19 PM ET</p>${para}${side}`).byline, 'Rosa Delmont');
  // A byline under the headline itself still counts.
  assert.equal(meta('', `${h}<div class="byline">by Rosa Delmont</div>${para}${teaser}`).byline, 'Rosa Delmont');
});

test('outlet: a section\'s word from the subdomain is not part of the outlet ("MSN Lifestyle" on lifestyle.msn.com)', () => {
  assert.equal(meta('<title>How to save on groceries - Your Money - Harborview Lifestyle</title>', '', 'http://lifestyle.harborview.com/your-money/x').source, 'Harborview');
  // The subdomain as the whole name is the site's own ("ProFootballTalk" on profootballtalk.nbcsports.com).
  assert.equal(meta('<meta property="og:site_name" content="HarborTalk"><title>Storm closes road | HarborTalk</title>', '', 'http://harbortalk.valleysports.com/x').source, 'HarborTalk');
});

test('outlet: an acronym the host names (og:site_name "VTN" on news.vtn.com) over the same acronym with a descriptor from <title> ("VTN News")', () => {
  assert.equal(meta('<meta property="og:site_name" content="VTN"><title>Storm closes the coast road | Weather - VTN News</title>', '', 'http://news.vtn.com/8301-30686_3-20014053-266.html').source, 'VTN');
  // Without the acronym given apart, the longer name stands.
  assert.equal(meta('<title>Storm closes the coast road | Weather - VTN News</title>', '', 'http://news.vtn.com/8301-30686_3-20014053-266.html').source, 'VTN News');
});

test('title: an <h1> that is one piece of a "Headline - Section - Site" <title> is the headline', () => {
  const m = meta('<title>How to save on groceries - Your Money Today - Your Life - Harborview Living</title>', '<h1>How to save on groceries</h1>', 'http://www.harborview.com/x');
  assert.equal(m.title, 'How to save on groceries');
  assert.equal(m.provenance.title, 'visible');
});

test('date: datelines in Korean, Chinese/Japanese, Arabic and Russian ("2013년 8월 3일", "2013年8月3日", "04 أغسطس 2013", "11 октября 2018")', () => {
  const h = '<h1>Harbor reopens after the storm</h1>';
  const at = (line: string) => meta('', `${h}<div class="date">${line}</div>${para}`, 'https://harbor.example/x-123').published;
  assert.equal(at('입력 2013년 8월 3일 03:00'), '2013-08-03');
  assert.equal(at('发布时间：2013年8月3日 10:15'), '2013-08-03');
  assert.equal(at('الأحد، 04 أغسطس/آب 2013، آخر تحديث 02:21'), '2013-08-04');
  assert.equal(at('٤ تشرين الأول ٢٠١٣'), '2013-10-04');
  // Russian: the genitive month ("11 октября 2018"), May's "мая", an abbreviation with its point.
  assert.equal(at('Опубликовано 11 октября 2018, 08:53'), '2018-10-11');
  assert.equal(at('5 мая 2019'), '2019-05-05');
  assert.equal(meta('', `${h}<p>Текст: Лида Буслаева · 11 окт. 2018</p>${para}`, 'https://harbor.example/x-123').published, '2018-10-11');
  // Written under the headline without a dateline element, too.
  assert.equal(meta('', `${h}<p>2012年10月28日 星期日</p>${para}`, 'https://harbor.example/x-123').published, '2012-10-28');
});

test('older CMS metadata: author meta in any case ("Author"), Parse.ly\'s parsely-page JSON (date, author, title)', () => {
  const h = '<h1>Harbor reopens after the storm</h1>';
  assert.equal(meta('<meta name="Author" content="Rosa Delmont">', `${h}<p>Rosa Delmont</p>`).byline, 'Rosa Delmont');
  const pp = `<meta name="parsely-page" content='{"title": "Harbor reopens after the storm", "link": "http://harbor.example/x", "type": "post", "author": "Rosa Delmont", "post_id": "123", "pub_date": "2012-03-14T21:05:00Z", "section": "Local"}'>`;
  const m = meta(pp, `${h}<p>Rosa Delmont</p>`);
  assert.equal(m.published, '2012-03-14T21:05:00Z');
  assert.equal(m.byline, 'Rosa Delmont');
  assert.equal(m.provenance.published, 'meta');
});

test('date: the markup of older templates that names the publication: <time pubdate>, hAtom\'s abbr.published title', () => {
  const h = '<h1>Harbor reopens after the storm</h1>';
  // The site's "today" comes first; the <time> marked pubdate is the article's.
  const m = meta('', `<div class="date">May 2, 2013</div>${h}<time pubdate datetime="2012-03-14T21:05:00-04:00">March 14</time>${para}`, 'https://harbor.example/x-1');
  assert.equal(m.published, '2012-03-14T21:05:00-04:00');
  assert.equal(m.provenance.published, 'meta');
  const a = meta('', `${h}<p class="byline">Aug 13 – 4:39 PM <abbr class="published" title="2010-08-13T16:39:00-04:00">Friday</abbr></p>${para}`, 'https://harbor.example/x-1');
  assert.equal(a.published, '2010-08-13T16:39:00-04:00');
});

test('pageDate: a named zone (EDT, PST, CET, KST) keeps the page\'s own offset, so the local day stays the outlet\'s', () => {
  assert.equal(pageDate('Sun, 04 Aug 2013 23:30:00 EDT'), '2013-08-04T23:30:00-04:00');
  assert.equal(pageDate('2012-10-27 23:14:00 CEST'), '2012-10-27T23:14:00+02:00');
  assert.equal(pageDate('Fri, 13 Aug 2010 21:08:00 PST'), '2010-08-13T21:08:00-08:00');
  // GMT and UTC stay UTC.
  assert.equal(pageDate('Wed, 15 Oct 2025 10:00:00 GMT'), '2025-10-15T10:00:00Z');
});

test('canonical URL: an address written without its scheme ("www.harbor.example/a/1.html") is not taken for a relative path', () => {
  const m = meta('<link rel="canonical" href="www.harbor.example/2012/10/28/a-1.html">', '', 'http://www.harbor.example/2012/10/28/a-1.html');
  assert.equal(m.canonicalUrl, 'http://www.harbor.example/2012/10/28/a-1.html');
  // A relative path still resolves against the page.
  assert.equal(meta('<link rel="canonical" href="/2012/10/28/a-1.html">', '', 'http://www.harbor.example/x').canonicalUrl, 'http://www.harbor.example/2012/10/28/a-1.html');
});

test('title: an <h1> marked as the headline that links to another site is another story\'s (an aggregator\'s teaser)', () => {
  const m = meta('<meta property="og:title" content="Early reviews of the new console are not great - Linkpile">', '<h1 itemprop="headline" class="headline"><a href="https://other.example/2019/11/17/reindeer/">Why Not Go Fight For The Reindeer?</a></h1>', 'https://linkpile.example/2019/console-reviews');
  assert.equal(m.title, 'Early reviews of the new console are not great');
  // Linked to the page itself, it stays the headline.
  const own = meta('<meta property="og:title" content="Early reviews of the new console - Linkpile">', '<h1 class="headline"><a href="/2019/console-reviews">Console reviews are in, and they are not kind</a></h1>', 'https://linkpile.example/2019/console-reviews');
  assert.equal(own.title, 'Console reviews are in, and they are not kind');
});

test('byline: an author box in the article\'s side rail counts when nothing else names anyone', () => {
  const h = '<h1>The harbour reopens after the storm</h1>';
  assert.equal(meta('', `<div class="story">${h}${para}</div><div class="story-rail"><div class="author-box"><span class="author-name">Rosa Delmont</span></div></div>`).byline, 'Rosa Delmont');
});

test('byline: the other languages\' class words count whole, not inside another word ("autoresize")', () => {
  const h = '<h1>El puerto reabre tras la tormenta</h1>';
  assert.equal(meta('', `${h}<div class="autoresize">Foto Cedida</div>${para}`).byline, null);
  assert.equal(meta('', `${h}<div class="autorName">Lucía Ferrán</div>${para}`).byline, 'Lucía Ferrán');
});

test('title: a logo <h1> that is the site\'s piece of <title> is not the headline; the headline piece is the longest', () => {
  const m = meta('<meta property="og:site_name" content="Harbor Gazette"><title>Storm closes the coast road for a week | The Harbor Daily Gazette</title>', '<h1>The Harbor Daily Gazette</h1>', 'https://www.harborgazette.com/x');
  // (the metadata's title, not the logo; the site piece the outlet does not name stays on it, as before)
  assert.equal(m.title, 'Storm closes the coast road for a week | The Harbor Daily Gazette');
  assert.equal(m.provenance.title, 'meta');
});

test('title: the outlet\'s longer form ending <title> goes with it ("... - VTN News" when the outlet is "VTN")', () => {
  const m = meta('<meta property="og:site_name" content="VTN"><title>Storm closes the coast road | Weather - VTN News</title>', '', 'http://news.vtn.com/8301-30686_3-20014053-266.html');
  assert.equal(m.source, 'VTN');
  assert.equal(m.title, 'Storm closes the coast road | Weather');
});

test('title: a marked <h1> linking to another subdomain of the same site is still the headline', () => {
  const m = meta('<meta property="og:title" content="Early reviews of the new console">', '<h1 class="headline"><a href="https://www.linkpile.example/2019/console-reviews">Console reviews are in, and they are not kind</a></h1>', 'https://edition.linkpile.example/2019/console-reviews');
  assert.equal(m.title, 'Console reviews are in, and they are not kind');
});

test('<meta value=> (pages saved by some tools, some CMSs) is read as content=', () => {
  const m = meta(
    '<meta property="og:site_name" value="Harbor Gazette"><meta property="og:title" value="Storm closes the coast road"><meta name="author" value="Ana Ruiz"><meta property="article:published_time" value="2016-12-15T17:45:00-05:00"><meta http-equiv="content-language" value="fr">',
    `<p>Ana Ruiz</p>${para}`,
    'https://www.harborgazette.com/x',
  );
  assert.equal(m.source, 'Harbor Gazette');
  assert.equal(m.title, 'Storm closes the coast road');
  assert.equal(m.byline, 'Ana Ruiz');
  assert.equal(m.published, '2016-12-15T17:45:00-05:00');
  assert.equal(m.declaredLanguage, 'fr');
});

test('headline element: the <h2> that shows the metadata title when the <h1> is the logo; a bare "by ..." text line under it; "Published 12/10/16"', () => {
  const m = meta(
    '<title>The coast road reopens after the storm | Harbor Gazette</title>',
    `<h1 class="site-title"><a href="/"><img alt="logo" src="l.png"></a></h1><h2 class="page-title">The coast road reopens after the storm</h2><div class="post-info"><h3>A week of repairs ends early</h3> by Ana Ruiz / January 19, 2017 / <a href="#respond">Leave a comment</a></div>${para}`,
    'https://www.harborgazette.co.uk/road',
  );
  assert.equal(m.title, 'The coast road reopens after the storm');
  assert.equal(m.byline, 'Ana Ruiz');
  assert.equal(m.published, '2017-01-19');
  // A numeric date after "Published" anywhere on the page, read as the page writes dates (month first on a .com).
  const n = meta('<title>Which speaker should you buy? | Gadget Geek</title>', `<h1>Gadget Geek</h1><h2>Which speaker should you buy?</h2>${para}<ul><li>Published 12/10/16</li></ul>`, 'https://www.gadgetgeek.com/1/which-speaker/');
  assert.equal(n.published, '2016-12-10');
});

test('byline: co-authors one per list item under the headline (a "has-bio" flag is no bio box); label words are not names; "Surname, Given" metadata', () => {
  const h = '<h1>Talks resume on the harbour treaty</h1>';
  const item = (n: string, cls: string) => `<li><div rel="author" class="${cls}">${n}</div><div class="author-overlay"><a href="#">Close</a> <a href="/author/x">More from ${n.split(' ')[0]}</a></div></li>`;
  const m = meta('<meta name="author" content="Harbor News">', `${h}<ul class="authors">${item('By Ana Ruiz', 'author has-bio')}${item('Li Wei', 'author has-bio')}${item('TOM HALE', 'author')}</ul>${para}`);
  assert.equal(m.byline, 'Ana Ruiz, Li Wei, Tom Hale');
  // A menu listing many writers before the headline is not a list of co-authors.
  const menu = `<ul class="nav">${['Sara Long', 'Dan Ford', 'Eve Park'].map((n) => `<li><a rel="author" href="/c/${n}">${n}</a></li>`).join('')}</ul>`;
  assert.equal(meta('', `${menu}${h}<p class="byline">By Ana Ruiz</p>${para}`).byline, 'Ana Ruiz');
  assert.deepEqual(bylineNames('Reporting From'), []);
  assert.deepEqual(bylineNames('Twitter Facebook Email'), []);
  assert.equal(meta('<meta name="dcterms.creator" content="Gillman, Steve">', `${h}<p>Steve Gillman</p>${para}`).byline, 'Steve Gillman');
  // Outside metadata, "Ana Ruiz, Li Wei" stays two people.
  assert.deepEqual(bylineNames('By Ana Ruiz, Li Wei'), ['Ana Ruiz', 'Li Wei']);
});

test('CJK pages: "标题_频道_网站" titles split at "_" (the heading that shows the longest piece is the title, the last piece the outlet); a name written as entities is one name', () => {
  const enc = (s: string) => [...s].map((c) => `&#x${c.codePointAt(0)!.toString(16).toUpperCase()};`).join('');
  const m = meta(
    `<title>${enc('这个约会软件想帮你找对象')}_${enc('智能')}_${enc('好奇心日报')}</title>`,
    `<h1 class="logo" style="display:none">${enc('好奇心日报')}</h1><h2 class="title">${enc('这个约会软件想帮你找对象')}</h2><div class="author"><a href="#"><img src="a.jpg"></a><span class="name">${enc('谢若含')}</span><span class="date">2017-03-01 14:27:02</span></div><p>${'这个约会软件想用你和对方的相似好恶来帮你找对象。'.repeat(20)}</p>`,
    'http://www.qdaily.com/articles/38282.html',
  );
  assert.equal(m.title, '这个约会软件想帮你找对象');
  assert.equal(m.source, '好奇心日报');
  assert.equal(m.byline, '谢若含');
  // An underscore in a Latin title is no separator.
  assert.equal(meta('<title>The my_file_name bug is fixed</title>').title, 'The my_file_name bug is fixed');
});

test('byline: a link to the writer\'s page whose address spells the name (in a heading of its own), when nothing else names anyone; not a topic page', () => {
  const h = '<h1 class="title">One day you will meet someone who changes your life</h1>';
  const m = meta('', `${h}<div class="writer-container"><h4 class="writer-name"><a href="http://catalog.example/lauren-jarvis-gibson/" class="writer-profile-permalink">Lauren Jarvis-Gibson</a></h4></div>${para}`);
  assert.equal(m.byline, 'Lauren Jarvis-Gibson');
  assert.equal(meta('', `${h}${para}<p>More from <a href="/authors/craiglloyd/">Craig Lloyd</a></p>`).byline, 'Craig Lloyd');
  assert.equal(meta('', `${h}${para}<p>See <a href="/topic/donald-trump/">Donald Trump</a></p>`).byline, null);
});

test('byline: metadata that names the visible byline and more (a shoot\'s credits) gives way to it; co-authors in sibling byline elements are read together', () => {
  const h = '<h1>Let\'s get behind the conversation-starter tee</h1>';
  const m = meta('<meta name="sailthru.author" content="Connie Wang,Sharokh Mirzai,Ariel Pierre-Louis at MSA Models,Bethie Girmai">', `${h}<div class="byline main-contributors"><span class="contributor"><a href="/author/connie-wang">Connie Wang</a></span></div>${para}<p>Photographed by Sharokh Mirzai; modeled by Ariel Pierre-Louis; styled by Bethie Girmai.</p>`);
  assert.equal(m.byline, 'Connie Wang');
  const n = meta('<meta name="author" content="Patrick Healy and Alexander Burns">', `<h1 class="headline">A new tactic: sticking to the script</h1><p class="byline-dateline"><span class="byline">By <a href="/by/patrick-healy"><span>PATRICK HEALY</span></a> and </span><span class="byline"><a href="/by/alexander-burns"><span>ALEXANDER BURNS</span></a></span><time datetime="2016-08-25">AUG. 24, 2016</time></p>${para}`);
  assert.equal(n.byline, 'Patrick Healy, Alexander Burns');
});

test('date: a <time datetime> under the headline (even classed "updated") before a date the story\'s text tells of; an "Updated:" stamp when it is the only one', () => {
  const h = '<h1>Remember when the crowd booed the anthem singer?</h1>';
  const m = meta('', `${h}<div class="meta"><time class="meta__time updated" datetime="2016-10-26T10:13:00-04:00">Today 10:13am</time></div><p>The day: July 9, 2000. The place: Wrigley Field.</p>${para}`, 'http://sports.example/remember-when-1788216229');
  assert.equal(m.published, '2016-10-26T10:13:00-04:00');
  const u = meta('', `${h}<div><span class="x1">Updated: Dec 15, 2016 2:57 PM UTC</span></div>${para}`, 'http://gadgets.example/alexa-gadgets/');
  assert.equal(u.published, '2016-12-15');
  // A publication date in the text still comes before an update.
  const p = meta('', `${h}<div>Posted December 14, 2016 · Updated: Dec 15, 2016</div>${para}`, 'http://gadgets.example/alexa-gadgets/');
  assert.equal(p.published, '2016-12-14');
});

test('date: a magazine issue\'s cover date ("December 5, 2016 Issue"), even with the address agreeing, is not the publication date', () => {
  const m = meta('<meta name="pubdate" content="20161128">', '<a href="/magazine/2016/12/05"><time class="issue">December 5, 2016 Issue</time></a><h1 class="title">Lessons from my mother</h1>' + para, 'http://www.weeklymag.example/magazine/2016/12/05/lessons-from-my-mother');
  assert.equal(m.published, '2016-11-28');
});

test('pageDate: a day written without separators ("20161128")', () => {
  assert.equal(pageDate('20161128'), '2016-11-28');
  assert.equal(pageDate('20161328'), null);
});

test('outlet: a host label as the name ("latimes") or a name with initials ("LA Times") written out as the copyright line does; the name the host abbreviates over a section\'s site name; an app name that is the headline is none', () => {
  const foot = '<div class="copyright">Copyright 2016 Los Angeles Times</div>';
  assert.equal(meta('<meta property="og:site_name" content="latimes"><title>Big TVs face a ban - latimes</title>', `<h1>Big TVs face a ban</h1>${para}${foot}`, 'http://articles.latimes.com/2009/oct/14/business/fi-bigtvs14').source, 'Los Angeles Times');
  assert.equal(meta('<meta property="og:site_name" content="latimes.com"><title>School shutdown report - LA Times</title>', `<h1>School shutdown report</h1>${para}${foot}`, 'http://www.latimes.com/local/la-me-report-20161216-story.html').source, 'Los Angeles Times');
  const nav = '<nav><a href="/subscribe">Subscribe to New York Magazine.</a> <a href="/gift">Gifts from New York Magazine.</a></nav>\n';
  assert.equal(meta('<meta property="og:site_name" content="Daily Intelligencer"><meta name="application-name" content="Daily Intelligencer">', `${nav}<h1>How the women took down the chairman</h1>${para}`, 'http://nymag.com/daily/intelligencer/2016/09/how-women-took-down.html').source, 'New York Magazine');
  const app = meta('<meta name="application-name" content="Why we love sad movies"><title>Why we love sad movies</title>', `<h1>Why we love sad movies</h1>${para}`, 'http://www.healthdaily.example/why-we-love-sad-movies-398615');
  assert.notEqual(app.source, 'Why we love sad movies');
});

test('title: with no <h1> headline, an <h2> that shows a metadata title (sailthru.title, dcterms.title) wins over an SEO og:title', () => {
  const m = meta('<meta property="og:title" content="As the college votes, she is embarrassed in a HUGE way!"><meta name="sailthru.title" content="She gets more faithless electors than him">', '<h1 class="logo"><a href="/"><img alt="Insider"></a></h1><header class="article-header"><h2>She Gets More Faithless Electors Than Him</h2></header>' + para);
  assert.equal(m.title, 'She Gets More Faithless Electors Than Him');
  assert.equal(m.provenance.title, 'visible');
});

test('title: an <h1> that holds most of an SEO title\'s words (the headline shortened or reworded) is the headline; a logo or another story\'s is not', () => {
  const head = '<meta property="og:title" content="Clinton: Putin\'s Alleged Involvement in Hack Stems From Grudge"><title>Clinton: Putin\'s Alleged Involvement in Hack Stems From Grudge - Harbor News</title>';
  const m = meta(head, `<h1><a href="/">Harbor News</a></h1><h1>Hillary Clinton: Putin's Alleged Involvement in Democratic Hack Stems From Longtime Grudge</h1>${para}`, 'https://harbornews.example/story/1');
  assert.equal(m.title, 'Hillary Clinton: Putin\'s Alleged Involvement in Democratic Hack Stems From Longtime Grudge');
  assert.equal(m.provenance.title, 'visible');
  const u = meta('<meta property="og:title" content="Prison guards charged in connection with Jeffrey Epstein\'s death">', `<h1>Two federal prison officers charged with falsifying records in connection with Jeffrey Epstein's suicide</h1>${para}`, 'https://harbornews.example/story/2');
  assert.equal(u.title, 'Two federal prison officers charged with falsifying records in connection with Jeffrey Epstein\'s suicide');
  // An <h1> with a few words in common is another heading, not the headline.
  const o = meta('<meta property="og:title" content="Storm closes the coast road for a week">', `<h1>Most read stories this week on the coast</h1>${para}`, 'https://harbornews.example/story/3');
  assert.equal(o.title, 'Storm closes the coast road for a week');
});

test('title: an <h1> the byline or dateline follows closely heads the article, however far an SEO title\'s words are from it', () => {
  const head = '<meta property="og:title" content="Dylann Roof Convicted Of Charleston Church Massacre">';
  const m = meta(head, `<h1>Jury Finds Dylann Roof Guilty In S.C. Church Shooting</h1><div class="byline">By Ana Ruiz</div><time datetime="2016-12-15">December 15, 2016</time>${para}`, 'https://harbornews.example/story/1');
  assert.equal(m.title, 'Jury Finds Dylann Roof Guilty In S.C. Church Shooting');
  assert.equal(m.provenance.title, 'visible');
  // Without a byline or dateline under it, such an <h1> may be any heading: the metadata's title stands.
  const o = meta(head, `<h1>Jury Finds Dylann Roof Guilty In S.C. Church Shooting</h1>${para}`, 'https://harbornews.example/story/1');
  assert.equal(o.title, 'Dylann Roof Convicted Of Charleston Church Massacre');
});

test('outlet: the name a twitter handle shortens, written out ("The New York Times" for "@nytimes"), over the handle written back ("NYTimes" in app-name metas); not a name with a word after it that the host leaves out', () => {
  const head = '<meta name="twitter:site" content="@nytimes"><meta property="al:iphone:app_name" content="NYTimes"><meta property="al:ipad:app_name" content="NYTimes">';
  assert.equal(meta(head, `<h1>A new tactic</h1>${para}<footer>© 2016 The New York Times Company</footer>`, 'https://www.nytimes.com/2016/08/25/us/x.html').source, 'The New York Times');
  // "Miami Herald Rewards" (a club of the paper's) spells the host "miamiherald" with a word to spare.
  const club = '<p>Sign up for Miami Herald Rewards. </p><p>Offers: Miami Herald Rewards. </p>';
  assert.notEqual(meta('<meta property="og:site_name" content="miamiherald">', `<h1>A new tactic</h1>${para}${club}`, 'https://www.miamiherald.com/news/x.html').source, 'Miami Herald Rewards');
  assert.equal(meta('<meta property="og:site_name" content="miamiherald">', `<h1>A new tactic</h1>${para}${club}<p>Miami Herald. </p><p>News: Miami Herald. </p>`, 'https://www.miamiherald.com/news/x.html').source, 'Miami Herald');
});

test('date: a "Posted on" line in readers\' comments or another story\'s teaser dates that, not the article; one in the article still counts', () => {
  const h = '<h1>Les listes d\'attente s\'allongent</h1>';
  const comments = `<div id="comments"><div class="comment"><p>Jean a écrit :</p><p>Bien vu. Publié le 29 octobre 2012 à 10:15</p></div></div>`;
  assert.equal(meta('', `${h}${para}${para}${para}${para}${para}${comments}`, 'http://www.harbor.example/article/listes').published, null);
  const related = `<ul class="related-stories"><li><a href="/b">Another story</a> Posted on November 2, 2012</li></ul>`;
  assert.equal(meta('', `${h}${para}${para}${para}${para}${para}${related}`, 'http://www.harbor.example/article/listes').published, null);
  assert.equal(meta('', `${h}${para}${para}${para}${para}${para}<p>This entry was posted on November 1, 2012 by Ana.</p>${comments}`, 'http://www.harbor.example/article/listes').published, '2012-11-01');
  // "Publié le ..." is such a line too (the word ends in a letter \b does not count as one).
  assert.equal(meta('', `${h}${para}${para}${para}${para}${para}<p>Publié le 28 octobre 2012 par Ana Ruiz.</p>${comments}`, 'http://www.harbor.example/article/listes').published, '2012-10-28');
});

test('title: schema.org\'s markup names the headline whatever the heading\'s level: an <h2 itemprop="headline">, not the <h1 itemprop="alternativeHeadline">', () => {
  const m = meta('<meta property="og:title" content="This loft breaks every rule">', `<h1 itemprop="alternativeHeadline">This loft breaks every rule</h1><h2 itemprop="headline">A Light-Filled Loft in Los Angeles Where Everything Is White</h2>${para}`, 'https://harborhome.example/loft');
  assert.equal(m.title, 'A Light-Filled Loft in Los Angeles Where Everything Is White');
  // Without the mark-up, the <h1> that shows the metadata's title stays the headline.
  const n = meta('<meta property="og:title" content="This loft breaks every rule">', `<h1>This loft breaks every rule</h1><h2>A Light-Filled Loft in Los Angeles Where Everything Is White</h2>${para}`, 'https://harborhome.example/loft');
  assert.equal(n.title, 'This loft breaks every rule');
});

test('title: a label set before a metadata title with a bar ("Opinion | ...") is the kicker, not part of the headline', () => {
  assert.equal(meta('<meta property="og:title" content="Opinion | Is Football Violence a Crime?">', para, 'https://www.harbor.example/articles/x').title, 'Is Football Violence a Crime?');
  assert.equal(meta('<title>Opinion | Republicans Are Following Trump to Nowhere - The New York Times</title>', para, 'https://www.nytimes.com/2019/11/19/opinion/x.html').title, 'Republicans Are Following Trump to Nowhere');
  // Not a word that begins the headline itself, nor a label that would leave too little.
  assert.equal(meta('<meta property="og:title" content="Review: a quiet film about a loud family">', para, 'https://www.harbor.example/articles/x').title, 'Review: a quiet film about a loud family');
  assert.equal(meta('<meta property="og:title" content="Live | Election night">', para, 'https://www.harbor.example/articles/x').title, 'Live | Election night');
});

test('outlet: a story a portal syndicates (canonical on the publisher\'s site; its language versions and navigation on the portal\'s) is the portal\'s', () => {
  const nav = ['news', 'weather', 'sports', 'money', 'lifestyle', 'health', 'travel', 'autos', 'video', 'food'].map((s) => `<li><a href="http://www.portalnews.example/en-us/${s}">${s}</a></li>`).join('');
  const head = '<link rel="canonical" href="http://www.medicaldaily.example/why-we-love-sad-movies-398615"><link rel="alternate" hreflang="en-us" href="http://www.portalnews.example/en-us/health/sad-movies/ar-BBwsPWG"><title>This Is Your Brain On Sad Movies</title>';
  const body = `<div id="topnav"><a href="/"><img src="logo.png" alt="PortalNews"></a><ul>${nav}</ul></div><h1>This Is Your Brain On Sad Movies</h1><p>Medical Daily reports.</p>${para}`;
  assert.equal(meta(head, body, 'http://www.medicaldaily.example/why-we-love-sad-movies-398615').source, 'PortalNews');
  // The publisher's own page, its language versions on its own host, is the publisher's.
  const own = head.replace('www.portalnews.example/en-us/health/sad-movies/ar-BBwsPWG', 'www.medicaldaily.example/es/why-we-love-sad-movies');
  assert.notEqual(meta(own, body.replace('alt="PortalNews"', 'alt="Medical Daily"'), 'http://www.medicaldaily.example/why-we-love-sad-movies-398615').source, 'PortalNews');
});

test('date: a dateline is read up to the update\'s word in the page\'s language ("Mis à jour le", "Actualizado", "Aggiornato")', () => {
  const h = '<h1>Les listes d\'attente s\'allongent encore</h1>';
  const at = (line: string, url = 'https://harbor.example/x-123') => meta('', `${h}<div class="date">${line}</div>${para}`, url).published;
  assert.equal(at('Mis à jour le 29 octobre 2012 à 10:15 | Publié le 28 octobre 2012 à 08:00'), '2012-10-28');
  assert.equal(at('Actualizado 29 de octubre de 2012 · Publicado 28 de octubre de 2012'), '2012-10-28');
  assert.equal(at('Pubblicato il 28 ottobre 2012 - Aggiornato il 29 ottobre 2012'), '2012-10-28');
});

test('date: a dateline\'s pieces in elements of their own are read apart ("December 12, 2016" beside "8:00 PM"); an update stamp on the machine date\'s day keeps that day against the address', () => {
  const h = '<h1>Statement shirts are back this winter</h1>';
  assert.equal(meta('', `<div class="dateline"><span>December 12, 2016</span><span>8:00 PM</span></div>${h}${para}`, 'https://harbor.example/x-123').published, '2016-12-12');
  // The page shows its times in GMT; the address is filed on the US day before.
  const head = '<meta name="pubdate" content="2019-11-19T02:34:30Z">';
  const body = `<h1>Investors do not know what to make of the trade war</h1><div class="metadata__info"><p class="metadata__byline"><span>By Ana Ruiz, <a href="/business">Harbor Business</a></span></p><p class="update-time">Updated 0339 GMT (1139 HKT) November 19, 2019</p></div>${para}`;
  assert.equal(meta(head, body, 'https://www.harbor.example/2019/11/18/investing/asian-market-latest/index.html').published?.slice(0, 10), '2019-11-19');
});

test('title: with logo <h1>s only, an <h4> that shows the metadata title word for word is the headline the page shows', () => {
  const m = meta('<meta property="og:title" content="Verizon shows off iPad TV app and more">', `<h1>Harbor Gadgets</h1><h4 class="post_title">Verizon Shows Off iPad TV App and More</h4><div class="post_byline">By Ana Ruiz</div>${para}`, 'https://harborgadgets.example/2011/06/02/verizon-ipad-tv/');
  assert.equal(m.title, 'Verizon Shows Off iPad TV App and More');
  assert.equal(m.provenance.title, 'visible');
});
