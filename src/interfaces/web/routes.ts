// The web desk: server-rendered pages over the same desk the JSON API uses.

import { Hono, type Context } from 'hono';
import { isTitleQuote, RetryLater, type Answer, type ArticleSummary, type EntitySummary, type QuoteHit, type StorySummary } from '../../model/index.js';
import type { RouteDeps } from '../http/server.js';
import { fullPipeline, storyBrief, turnOf, readMinConfidence, type RelatedArticle, type Turn } from '../../query/index.js';
import { askBox, dateLabel, dateRange, html, page, raw, type Html } from './html.js';
import { storyItem, storyPage } from './story.js';
import { renderArticleText, renderTitle } from './article-text.js';
import { barChart, bucketDates } from './chart.js';
import { coOccurrences } from './cooccur.js';
import { filterTerms, highlightRanges, matchTerms } from './terms.js';

/** How many quotes the browser scans for speakers and word matches (the store has no text filter on quotes). */
const QUOTE_SCAN = 2000;
/** Articles read in full to find who an entity appears with; the newest ones. */
const COOCCUR_ARTICLES = 30;
/** Stories the home page leads with. */
const HOME_STORIES = 8;
const STORIES_PAGE = 30;

export function webRoutes(deps: RouteDeps): Hono {
  const { desk, asker, furniture } = deps;
  const web = new Hono();

  web.get('/', async (c) => {
    const [articles, people, stories, storyCount] = await Promise.all([desk.articles(50), desk.entities({ type: 'PERSON', limit: 10 }), desk.stories(HOME_STORIES), desk.countStories()]);
    if (!articles.length) return c.html(page('The desk', emptyDesk()));
    const body = html`
<h1>The desk</h1>
${stories.length ? html`<section class="lead" aria-labelledby="stories">
<h2 id="stories">Stories that moved most recently</h2>
<ul class="list stories">${stories.map((s) => storyItem(storyBrief(s)))}</ul>
${storyCount > stories.length ? html`<p class="meta"><a href="/stories">All ${storyCount} stories</a></p>` : ''}
</section>` : ''}
${askBox()}
<div class="cols">
<section class="main-col" aria-labelledby="latest">
<h2 id="latest">Latest articles</h2>
<ul class="list">${articles.map(articleItem)}</ul>
</section>
<aside class="side-col" aria-labelledby="people">
<h2 id="people">People in the news</h2>
${people.length ? html`<ol class="people">${people.map((p) => html`<li><a href="/entities/${p.id}">${p.name}</a> <span class="meta">${p.articleCount} article${p.articleCount === 1 ? '' : 's'}</span>${p.titles.length ? html`<div class="meta role">${p.titles[0]}</div>` : ''}</li>`)}</ol><p class="meta"><a href="/entities?type=PERSON">Everyone</a> · <a href="/quotes">Who said what</a></p>` : html`<p class="empty">No people found yet.</p>`}
</aside>
</div>`;
    return c.html(page('Latest', body));
  });

  web.get('/stories', async (c) => {
    const n = Number(c.req.query('page') ?? '1');
    const at = Number.isInteger(n) && n >= 1 && n <= 1e6 ? n : 1;
    const [stories, total] = await Promise.all([desk.stories(STORIES_PAGE, (at - 1) * STORIES_PAGE), desk.countStories()]);
    const pages = Math.max(1, Math.ceil(total / STORIES_PAGE));
    const body = html`
<h1>Stories</h1>
<p class="meta">${total} stor${total === 1 ? 'y' : 'ies'}, the latest news first${pages > 1 ? ` · page ${at} of ${pages}` : ''}</p>
${stories.length ? html`<ul class="list stories">${stories.map((s) => storyItem(storyBrief(s)))}</ul>` : html`<p class="empty">${total ? 'No stories on this page.' : 'No stories yet: add articles first.'}</p>`}
${pages > 1 ? html`<nav class="pager">${at > 1 ? html`<a href="/stories?page=${at - 1}">← Newer</a>` : html`<span></span>`}${at < pages ? html`<a href="/stories?page=${at + 1}">Older →</a>` : ''}</nav>` : ''}`;
    return c.html(page('Stories', body));
  });

  web.get('/stories/:id', async (c) => {
    const s = await desk.story(c.req.param('id'));
    if (!s) return c.html(page('Not found', html`<h1>Not found</h1><p>No story with id <code>${c.req.param('id')}</code>. <a href="/stories">See every story</a>.</p>`), 404);
    return c.html(page(s.title, storyPage(s)));
  });

  web.get('/articles/:id', async (c) => {
    const a = await desk.article(c.req.param('id'));
    if (!a) return c.html(page('Not found', html`<p>No article with id <code>${c.req.param('id')}</code>.</p>`), 404);
    // Read also and related questions cost an ask's worth of work: shown here when known, else loaded after.
    const [related, suggestions, story] = await Promise.all([furniture.known.readAlso(a.id), furniture.known.articleQuestions(a.id), desk.storyOf(a.id)]);
    const body = html`
<article>
  <p class="meta">${a.source ?? 'Unknown outlet'} · ${dateLabel(a.published)}${a.byline ? html` · ${a.byline}` : ''}${a.canonicalUrl ? html` · <a href="${a.canonicalUrl}" rel="noopener noreferrer">original</a>` : ''}</p>
  <h1 id="title">${raw(renderTitle(a))}</h1>
  ${story ? html`<p class="story-link">Part of the story: <a href="/stories/${story.id}">${story.title}</a> <span class="meta">· ${story.articleCount} article${story.articleCount === 1 ? '' : 's'}, ${dateRange(story.first, story.last)}</span></p>` : ''}
  ${languageNote(a.language, a.languageConfidence)}
  ${fullPipeline(a.language) ? html`<p class="legend" aria-label="Highlight legend"><span>Key:</span><mark class="PERSON">person</mark><mark class="ORG">organisation</mark><mark class="GPE">place</mark><mark class="NORP">group</mark><time class="t">date</time><q class="quote">quote</q><q class="quote partial">partial quote</q><span>· hover for the speaker or the resolved date</span></p>` : ''}
  <div class="article"${a.language ? html` lang="${a.language}"` : ''}>${raw(renderArticleText(a))}</div>
</article>
<h2>Read also</h2>
${related !== undefined ? readAlsoList(related) : later(`/articles/${a.id}/read-also`, 'Finding related articles…', 'Show the articles to read also')}
${a.relatedHints.length ? html`<p class="meta">The page itself suggested: ${a.relatedHints.map((h, i) => html`${i ? '; ' : ''}“${h}”`)}</p>` : ''}
<h2>Ask me anything</h2>
${askBox('', `Ask about “${a.title.slice(0, 60)}”`)}
<h2>Explore related questions</h2>
${suggestions !== undefined ? articleQuestionLinks(suggestions?.questions ?? []) : later(`/articles/${a.id}/questions`, 'Checking which questions the articles answer…', 'Show the related questions')}
<h2>Quotes in this article</h2>
${!fullPipeline(a.language) ? html`<p class="empty">Quotes are looked for in English articles only.</p>` : a.quotes.filter((q) => !q.partial).length ? a.quotes.filter((q) => !q.partial).map((q) => html`<blockquote>“${q.text}” <span class="meta">— ${q.speaker ? html`<a href="/entities/${q.speaker.id}">${q.speaker.name}</a>` : q.speakerText ?? 'unattributed'}${q.cue ? ` (${q.cue})` : ''} · <a href="#${isTitleQuote(q) ? 'title' : `s-${q.sentence}`}">${isTitleQuote(q) ? 'in the headline' : 'in context'}</a></span></blockquote>`) : html`<p class="empty">No direct quotes found.</p>`}`;
    return c.html(page(a.title, body));
  });

  // The furniture of article and answer pages, loaded after the page (or opened on its own without scripts).
  const ofArticle = (c: Context) => async () => {
    const a = await desk.article(c.req.param('id')!);
    return a && { href: `/articles/${a.id}`, title: a.title };
  };
  web.get('/articles/:id/read-also', (c) =>
    servePart(c, 'Read also', ofArticle(c), async () => {
      const r = await furniture.readAlso(c.req.param('id'));
      return r && readAlsoList(r);
    }),
  );
  web.get('/articles/:id/questions', (c) =>
    servePart(c, 'Explore related questions', ofArticle(c), async () => {
      const r = await furniture.articleQuestions(c.req.param('id'));
      return r && articleQuestionLinks(r.questions);
    }),
  );
  web.get('/ask/related', async (c) => {
    const q = (c.req.query('q') ?? '').trim();
    if (!q) return c.redirect('/');
    const story = c.req.query('story') || null;
    return servePart(
      c,
      'Explore related questions',
      async () => ({ href: askUrl(q, story), title: q }),
      async () => questionLinks((await furniture.relatedQuestions(q, story)).questions, story),
    );
  });

  /**
   * One piece of furniture: the fragment a page's script puts in its place (`?fragment=1`), or, for a
   * reader without scripts, a page of its own that links back to what it belongs to. Busy or late, it
   * says so with a link to try again. `load` answers null when there is no such article.
   */
  async function servePart(c: Context, heading: string, owner: () => Promise<{ href: string; title: string } | null>, load: () => Promise<Html | null>): Promise<Response> {
    let part: Html | null;
    let status = 200;
    try {
      part = await load();
    } catch (e) {
      if (!(e instanceof RetryLater)) throw e;
      c.header('Retry-After', String(e.retryAfter));
      status = e.status;
      const self = new URL(c.req.url);
      self.searchParams.delete('fragment');
      part = html`<p class="empty" role="alert" data-code="${e.code}">${e.code === 'BUSY' ? 'The desk is busy answering questions.' : 'This took too long to check.'} <a href="${self.pathname + self.search}">Try again</a> in ${e.retryAfter} s.</p>`;
    }
    if (part === null) return c.html(page('Not found', html`<h1>Not found</h1><p>No article with id <code>${c.req.param('id')}</code>.</p>`), 404);
    if (c.req.query('fragment') === '1') return c.html(part.value, status as 200);
    const of = await owner();
    return c.html(page(`${heading}: ${of?.title ?? ''}`, html`<h1>${heading}</h1>${of ? html`<p class="meta">For <a href="${of.href}">${of.title}</a></p>` : ''}${part}`), status as 200);
  }

  web.get('/ask', async (c) => {
    const q = (c.req.query('q') ?? '').trim();
    if (!q) return c.redirect('/');
    const storyId = c.req.query('story') || null;
    const min = readMinConfidence(c.req.query('min'));
    const story = storyId ? await desk.storySummary(storyId) : null;
    if (storyId && !story) return c.html(page('Not found', html`<h1>Not found</h1><p>No story with id <code>${storyId}</code> to ask within. <a href="/ask?q=${encodeURIComponent(q)}">Ask every article</a>.</p>`), 404);
    try {
      const ans = await asker.run({ kind: 'ask', question: q, previous: parseTurn(c.req.query('prev')), story: storyId, minConfidence: min });
      // Related questions are checked apart: shown here when known, else loaded after the answer.
      const known = ans.abstained ? { questions: [] } : await furniture.known.relatedQuestions(ans.resolvedQuestion ?? ans.question, storyId);
      return c.html(page(q, answerView(ans, story, known?.questions ?? null, min)));
    } catch (e) {
      if (!(e instanceof RetryLater)) throw e;
      c.header('Retry-After', String(e.retryAfter));
      return c.html(page(q, busyView(q, e, story, min)), e.status as 429);
    }
  });

  web.get('/search', async (c) => {
    const q = c.req.query('q') ?? '';
    const results = await desk.search(q, 20);
    const body = html`
<h1>Search: ${q}</h1>
${results.length ? html`<ul class="list">${results.map((r) => html`<li><a class="title" href="/articles/${r.article.id}">${r.article.title}</a><div class="meta">${r.article.source ?? 'Unknown outlet'} · ${dateLabel(r.article.published)}</div>${r.snippets.map((s) => html`<div><a href="/articles/${r.article.id}#s-${s.index}">${highlightRanges(s.sentence, s.highlights, 'b')}</a></div>`)}</li>`)}</ul>` : html`<p class="empty">No article matches.</p>`}`;
    return c.html(page(`Search: ${q}`, body, { q }));
  });

  web.get('/entities', async (c) => {
    const type = c.req.query('type')?.toUpperCase();
    const list = await desk.entities({ type, limit: 200 });
    const body = html`
<h1>People, organisations and places</h1>
<p class="meta">${['PERSON', 'ORG', 'GPE', 'LOC', 'NORP'].map((t) => html`<a href="/entities?type=${t}">${t}</a> · `)}<a href="/entities">all</a></p>
<ul class="list">${list.map((e) => html`<li><a class="title" href="/entities/${e.id}">${e.name}</a><span class="tag">${e.type}</span> <span class="meta">${e.articleCount} article${e.articleCount === 1 ? '' : 's'}, ${e.mentionCount} mention${e.mentionCount === 1 ? '' : 's'}${e.titles.length ? ` · ${e.titles.slice(0, 3).join(', ')}` : ''}</span></li>`)}</ul>`;
    return c.html(page('Entities', body));
  });

  web.get('/entities/:id', async (c) => {
    const e = await desk.entity(c.req.param('id'));
    if (!e) return c.html(page('Not found', html`<h1>Not found</h1><p>No person, organisation or place with id <code>${c.req.param('id')}</code>. <a href="/entities">See everyone</a>.</p>`), 404);
    const [articles, quotes] = await Promise.all([desk.entityArticles(e.id, 500), desk.quotes({ speakerId: e.id, limit: 200 })]);
    const views = (await Promise.all(articles.slice(0, COOCCUR_ARTICLES).map((a) => desk.article(a.id)))).filter((v) => v !== null);
    const company = coOccurrences(e.id, views, 10);
    const full = quotes.filter((q) => !q.partial);
    const partial = quotes.length - full.length;
    const series = bucketDates(articles.map((a) => a.published));
    const body = html`
<h1>${e.name} <span class="tag">${TYPE_LABEL[e.type] ?? e.type}</span></h1>
<dl class="facts">
  ${e.titles.length ? html`<dt>Titles and roles</dt><dd>${e.titles.map((t, i) => html`${i ? ', ' : ''}${t}`)}</dd>` : ''}
  ${e.aliases.length ? html`<dt>Also written</dt><dd>${e.aliases.map((t, i) => html`${i ? ', ' : ''}“${t}”`)}</dd>` : ''}
  <dt>In the desk</dt><dd>${e.mentionCount} mention${e.mentionCount === 1 ? '' : 's'} in ${e.articleCount} article${e.articleCount === 1 ? '' : 's'}${full.length ? html` · <a href="#quotes">${full.length} quote${full.length === 1 ? '' : 's'}</a>` : ''}</dd>
</dl>
<h2 id="timeline">In the news over time</h2>
${barChart(series, { id: 'mentions', title: `Articles mentioning ${e.name}, by ${series.unit}`, noun: ['article', 'articles'] })}
<h2 id="company">Who they appear with</h2>
${company.length ? html`<ol class="company">${company.map((o) => html`<li><a href="/entities/${o.entity.id}">${o.entity.name}</a> <span class="tag">${TYPE_LABEL[o.entity.type] ?? o.entity.type}</span> <span class="meta">${o.sentences} shared sentence${o.sentences === 1 ? '' : 's'} in ${o.articles} article${o.articles === 1 ? '' : 's'}</span></li>`)}</ol>${articles.length > COOCCUR_ARTICLES ? html`<p class="meta">From the ${COOCCUR_ARTICLES} newest of ${articles.length} articles.</p>` : ''}` : html`<p class="empty">No one else is named in the same sentences.</p>`}
<h2 id="quotes">Quotes</h2>
${full.length ? html`${full.slice(0, 30).map((q) => quoteItem(q))}${full.length > 30 ? html`<p><a href="/quotes?speaker=${e.id}">All ${full.length} quotes</a></p>` : ''}` : html`<p class="empty">No direct quotes attributed to ${e.name}.</p>`}
${partial ? html`<p class="meta"><a href="/quotes?speaker=${e.id}&amp;partial=1">Include ${partial} partial quote${partial === 1 ? '' : 's'}</a></p>` : ''}
<h2 id="articles">Articles</h2>
<ul class="list">${articles.slice(0, 30).map(articleItem)}</ul>
${articles.length > 30 ? html`<p class="meta">And ${articles.length - 30} older.</p>` : ''}`;
    return c.html(page(e.name, body));
  });

  web.get('/quotes', async (c) => {
    const speakerId = (c.req.query('speaker') ?? '').trim();
    const words = (c.req.query('q') ?? '').trim();
    const withPartial = c.req.query('partial') === '1';
    const [scan, speaker] = await Promise.all([desk.quotes({ limit: QUOTE_SCAN }), speakerId ? desk.entity(speakerId) : null]);
    const pool = speakerId ? await desk.quotes({ speakerId, limit: QUOTE_SCAN }) : scan;
    const terms = filterTerms(words);
    const matched: { q: QuoteHit; hits: [number, number][] }[] = [];
    let hiddenPartial = 0;
    for (const q of pool) {
      const hits = matchTerms(q.text, terms);
      if (!hits) continue;
      if (q.partial && !withPartial) hiddenPartial++;
      else matched.push({ q, hits });
    }
    const shown = matched.slice(0, 200);
    const toggle = (partial: boolean) => `/quotes?${new URLSearchParams({ ...(speakerId ? { speaker: speakerId } : {}), ...(words ? { q: words } : {}), ...(partial ? { partial: '1' } : {}) })}`;
    const heading = speaker ? `What ${speaker.name} said` : 'Who said what';
    const body = html`
<h1>${heading}${words ? html` about “${words}”` : ''}</h1>
${speakerId && !speaker ? html`<p class="empty">No one with id <code>${speakerId}</code>; showing nothing.</p>` : ''}
${quoteFilter(speakers(scan, speaker), speakerId, words, withPartial)}
<p class="meta" aria-live="polite"><span class="count">${matched.length} quote${matched.length === 1 ? '' : 's'}</span>${matched.length > shown.length ? ` (first ${shown.length} shown)` : ''}${hiddenPartial ? html` · ${hiddenPartial} partial quote${hiddenPartial === 1 ? '' : 's'} hidden, <a href="${toggle(true)}">show them</a>` : ''}${withPartial ? html` · <a href="${toggle(false)}">hide partial quotes</a>` : ''}</p>
${shown.length ? html`<div class="quotes">${shown.map(({ q, hits }) => quoteItem(q, hits))}</div>` : html`<p class="empty">${pool.length ? 'No quote matches these words.' : speakerId ? 'No quotes attributed to this speaker.' : 'No quotes in the desk yet.'}</p>`}`;
    return c.html(page(heading, body), speakerId && !speaker ? 404 : 200);
  });

  return web;
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });
const languageName = (code: string) => {
  try {
    return LANGUAGE_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
};

/**
 * Says when the article's language switched annotators off, and when English is only a default
 * because the text was too short to tell (confidence below one half, see ingest/language.ts).
 */
export function languageNote(language: string | null, confidence: number | null): Html | string {
  if (!language) return '';
  if (!fullPipeline(language)) {
    return html`<p class="note" role="note">This article is in ${languageName(language)}. People, places, quotes, dates and events are found in English articles only, so nothing is highlighted here; the article is stored, searchable and readable as it is.</p>`;
  }
  if (confidence !== null && confidence < 0.5) {
    return html`<p class="note meta" role="note">Language: English assumed, the text is too short to tell for sure.</p>`;
  }
  return '';
}

function articleItem(a: ArticleSummary): Html {
  return html`<li><a class="title" href="/articles/${a.id}">${a.title}</a><div class="meta">${a.source ?? 'Unknown outlet'} · ${dateLabel(a.published)}</div></li>`;
}

const TYPE_LABEL: Record<string, string> = { PERSON: 'person', ORG: 'organisation', GPE: 'place', LOC: 'place', NORP: 'group' };

function quoteItem(q: QuoteHit, hits: [number, number][] = []): Html {
  const who = q.speaker ? html`<a class="speaker" href="/entities/${q.speaker.id}">${q.speaker.name}</a>` : html`<span class="speaker">${q.speakerText ?? 'unattributed'}</span>`;
  return html`<blockquote class="q${q.partial ? ' partial' : ''}"><p>“${highlightRanges(q.text, hits)}”</p><footer class="meta">— ${who}${q.cue ? ` (${q.cue})` : ''}${q.partial ? html` <span class="tag">partial</span>` : ''} · <a class="ctx" href="/articles/${q.article.id}#${isTitleQuote(q) ? 'title' : `s-${q.sentence}`}">${q.article.title}</a>${isTitleQuote(q) ? ' (headline)' : ''}, ${q.article.source ? `${q.article.source}, ` : ''}${dateLabel(q.article.published)}</footer></blockquote>`;
}

/** Resolved speakers among the scanned quotes, people first, each with their number of full quotes. */
function speakers(quotes: QuoteHit[], selected: EntitySummary | null): { id: string; name: string; type: string; count: number }[] {
  const by = new Map<string, { id: string; name: string; type: string; count: number }>();
  for (const q of quotes) {
    if (!q.speaker) continue;
    const s = by.get(q.speaker.id) ?? { ...q.speaker, count: 0 };
    if (!q.partial) s.count++;
    by.set(q.speaker.id, s);
  }
  if (selected && !by.has(selected.id)) by.set(selected.id, { id: selected.id, name: selected.name, type: selected.type, count: 0 });
  return [...by.values()].sort((a, b) => Number(b.type === 'PERSON') - Number(a.type === 'PERSON') || b.count - a.count || a.name.localeCompare(b.name));
}

function quoteFilter(list: { id: string; name: string; type: string; count: number }[], speakerId: string, words: string, withPartial: boolean): Html {
  const people = list.filter((s) => s.type === 'PERSON');
  const others = list.filter((s) => s.type !== 'PERSON');
  const opt = (s: { id: string; name: string; count: number }) => html`<option value="${s.id}"${s.id === speakerId ? raw(' selected') : ''}>${s.name} (${s.count})</option>`;
  return html`<form class="filter" action="/quotes" method="get" role="search">
  <div class="field"><label for="f-speaker">Speaker</label>
  <select id="f-speaker" name="speaker"><option value="">Anyone</option>${people.length ? html`<optgroup label="People">${people.map(opt)}</optgroup>` : ''}${others.length ? html`<optgroup label="Organisations and others">${others.map(opt)}</optgroup>` : ''}</select></div>
  <div class="field"><label for="f-q">Words in the quote</label><input id="f-q" type="search" name="q" value="${words}" placeholder="e.g. Tomahawk"></div>
  <label class="check"><input type="checkbox" name="partial" value="1"${withPartial ? raw(' checked') : ''}> Include partial quotes</label>
  <button type="submit">Filter</button>
</form>`;
}

function emptyDesk(): Html {
  return html`<h1>The desk is empty</h1>
<section class="empty-state">
<p>No articles yet. Add some from a terminal in the newsdesk folder, then reload this page:</p>
<pre><code>npx newsdesk add path/to/article.txt path/to/folder/ https://example.org/feed.xml</code></pre>
<p class="meta">Files, folders, web pages and RSS/Atom/JSON feeds all work. To try it with the two sample articles: <code>npx newsdesk add sample/</code>. If you started the desk with <code>--data DIR</code>, pass the same <code>--data DIR</code> to <code>add</code>.</p>
</section>
${askBox()}`;
}

/** The previous turn travels in the follow-up form, so the web conversation needs no server state. */
function parseTurn(raw: string | undefined): Turn | null {
  if (!raw || raw.length > 4000) return null;
  try {
    const t = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (typeof t?.question !== 'string' || (t.answer !== null && typeof t.answer !== 'string') || typeof t.answerType !== 'string') return null;
    return { question: t.question.slice(0, 1000), answer: t.answer?.slice(0, 500) ?? null, answerType: t.answerType, answerEntityType: typeof t.answerEntityType === 'string' ? t.answerEntityType : undefined };
  } catch {
    return null;
  }
}

function citeList(cites: Answer['citations']): Html {
  return html`<ol class="cites">${cites.map((c) => html`<li id="cite-${c.n}">[${c.n}] <a href="/articles/${c.articleId}#s-${c.sentenceIndex}">${c.sentence}</a><span class="src">${c.title} · ${c.source ?? 'Unknown outlet'} · ${dateLabel(c.published)} · sentence ${c.sentenceIndex + 1}</span></li>`)}</ol>`;
}

/** Citations of a rival answer: not numbered, as the answer's own [n] are. */
function sourceList(cites: Answer['citations']): Html {
  return html`<ul class="cites">${cites.map((c) => html`<li><a href="/articles/${c.articleId}#s-${c.sentenceIndex}">${c.sentence}</a><span class="src">${c.title} · ${c.source ?? 'Unknown outlet'} · ${dateLabel(c.published)}</span></li>`)}</ul>`;
}

/** The ask page when the desk is too busy to answer now (BUSY) or did not answer in time (ASK_TIMEOUT). */
function busyView(q: string, e: RetryLater, story: StorySummary | null, min?: number): Html {
  const what = e.code === 'BUSY' ? 'The desk is busy answering other questions.' : 'The desk did not answer this question in time.';
  return html`
${askBox(q, undefined, story ?? undefined, min)}
<section class="answer busy" role="alert" data-code="${e.code}">
  <p class="abstain">${what} Retry in ${e.retryAfter} s.</p>
  <p class="meta"><a href="/ask?q=${encodeURIComponent(q)}${story ? `&story=${encodeURIComponent(story.id)}` : ''}">Ask again</a> · articles, search and people pages still work meanwhile.</p>
</section>`;
}

/**
 * The answer page. `related`: its checked related questions, or null to load them after the answer
 * (the answer's own list when absent, as the desk gives it to the CLI).
 */
export function answerView(ans: Answer, story: StorySummary | null = null, related: string[] | null = ans.related, min?: number): Html {
  const prev = Buffer.from(JSON.stringify(turnOf(ans))).toString('base64url');
  const relatedPage = askUrl(ans.resolvedQuestion ?? ans.question, story?.id ?? null).replace('/ask?', '/ask/related?');
  return html`
${askBox(ans.question, undefined, story ?? undefined, min)}
${story ? html`<p class="meta within">Answered from the story <a href="/stories/${story.id}">${story.title}</a> only · <a href="/ask?q=${encodeURIComponent(ans.question)}">ask every article</a></p>` : ''}
<section class="answer" data-abstained="${String(ans.abstained)}">
  <p class="meta">${ans.question}</p>
  ${ans.belowBar !== undefined ? html`<p class="abstain">No answer is as sure as you asked (${String(Math.round(ans.belowBar * 100))}%): the best the articles give is ${String(Math.round(ans.confidence * 100))}% sure. <a href="${askUrl(ans.resolvedQuestion ?? ans.question, story?.id ?? null)}">Show it</a></p>` : ans.abstained ? html`<p class="abstain">The articles do not say.${ans.missing?.length ? html` The closest answer in them does not hold for: ${ans.missing.join(', ')}.` : ''}</p>` : html`<p class="short">${ans.answer}</p>`}
  ${ans.generated ? html`<p class="generated">${ans.generated.text}</p><p class="conf">Written by ${ans.generated.model} from the cited sentences.${ans.generated.uncited.length ? html` <strong>Not supported by a citation:</strong> ${ans.generated.uncited.join(' ')}` : ''}</p>` : ''}
  ${ans.abstained ? '' : html`<p class="conf">Confidence ${Math.round(ans.confidence * 100)}% · ${ans.answerType}${ans.asOf ? html` · <span class="as-of">as of ${dateLabel(ans.asOf)}</span>` : ''}</p>`}
  ${ans.citations.length ? citeList(ans.citations) : ''}
  ${ans.disagreement ? html`<div class="disagree" role="note"><p><strong>Sources differ:</strong> another article says <b>${ans.disagreement.answer}</b>.</p>${sourceList(ans.disagreement.citations.slice(0, 3))}</div>` : ''}
  ${ans.abstained && ans.nearby?.length ? html`<p class="meta">What the articles say nearby:</p>${citeList(ans.nearby)}` : ''}
</section>
<form class="ask followup" action="/ask" method="get">
  <label for="follow-q">Follow up</label>
  <input type="hidden" name="prev" value="${prev}">
  ${story ? html`<input type="hidden" name="story" value="${story.id}">` : ''}
  ${min !== undefined ? html`<input type="hidden" name="min" value="${String(min)}">` : ''}
  <div class="row"><input id="follow-q" name="q" placeholder="e.g. When will they meet?" autocomplete="off"><button type="submit">Ask</button></div>
</form>
${ans.resolvedQuestion ? html`<p class="meta">Read as: ${ans.resolvedQuestion}</p>` : ''}
<h2>Explore related questions</h2>
${related ? questionLinks(related, story?.id ?? null) : later(relatedPage, 'Checking which related questions the articles answer…', 'Show the related questions')}`;
}

function askUrl(q: string, story: string | null): string {
  return `/ask?q=${encodeURIComponent(q)}${story ? `&story=${encodeURIComponent(story)}` : ''}`;
}

/** Checked related questions, each a link that asks it (within the story when there is one). */
function questionLinks(questions: string[], story: string | null): Html {
  return questions.length
    ? html`<div class="related-q">${questions.map((q) => html`<a href="${askUrl(q, story)}">${q}</a>`)}</div>`
    : html`<p class="empty">No related questions the articles can answer.</p>`;
}

function articleQuestionLinks(questions: string[]): Html {
  return questions.length ? questionLinks(questions, null) : html`<p class="empty">No questions the articles can answer with confidence yet.</p>`;
}

function readAlsoList(related: RelatedArticle[] | null): Html {
  return related && related.length
    ? html`<ul class="list">${related.map((r) => html`<li><a class="title" href="/articles/${r.article.id}">${r.article.title}</a><div class="reason">${r.reason}</div><div class="meta">${r.article.source ?? 'Unknown outlet'} · ${dateLabel(r.article.published)}</div></li>`)}</ul>`
    : html`<p class="empty">Nothing related in the desk yet.</p>`;
}

/**
 * A part of the page that costs an ask's worth of work, loaded after the page: the page's script fetches
 * `href` as a fragment into this place and says it is working meanwhile; without scripts, the link opens
 * it as a page of its own.
 */
function later(href: string, waiting: string, label: string): Html {
  const sep = href.includes('?') ? '&' : '?';
  return html`<div class="later" data-part="${href}${sep}fragment=1" aria-live="polite"><p class="meta"><span class="wait">${waiting}</span> <a href="${href}">${label}</a></p></div>`;
}

