// The web desk: server-rendered pages over the same desk the JSON API uses.

import { Hono } from 'hono';
import type { Answer, ArticleSummary } from '../../model/index.js';
import type { HttpDeps } from '../http/server.js';
import { turnOf, type Turn } from '../../query/index.js';
import { askBox, dateLabel, html, page, raw, type Html } from './html.js';
import { renderArticleText } from './article-text.js';

export function webRoutes(deps: HttpDeps): Hono {
  const { desk } = deps;
  const web = new Hono();

  web.get('/', async (c) => {
    const articles = await desk.articles(50);
    const body = html`
<h1>The desk</h1>
${askBox()}
<h2>Latest articles</h2>
${articles.length ? html`<ul class="list">${articles.map(articleItem)}</ul>` : html`<p class="empty">No articles yet. Add some with <code>newsdesk add &lt;file|dir|url&gt;</code>.</p>`}`;
    return c.html(page('Latest', body));
  });

  web.get('/articles/:id', async (c) => {
    const a = await desk.article(c.req.param('id'));
    if (!a) return c.html(page('Not found', html`<p>No article with id <code>${c.req.param('id')}</code>.</p>`), 404);
    const [related, suggestions] = await Promise.all([desk.related(a.id, 5), desk.questionsAbout(a.id)]);
    const body = html`
<article>
  <p class="meta">${a.source ?? 'Unknown outlet'} · ${dateLabel(a.published)}${a.byline ? html` · ${a.byline}` : ''}${a.canonicalUrl ? html` · <a href="${a.canonicalUrl}" rel="noopener noreferrer">original</a>` : ''}</p>
  <h1>${a.title}</h1>
  <p class="legend"><mark class="PERSON">person</mark><mark class="ORG">organisation</mark><mark class="GPE">place</mark><mark class="NORP">group</mark><time class="t">date</time><q class="quote">quote</q></p>
  <div class="article">${raw(renderArticleText(a))}</div>
</article>
<h2>Read also</h2>
${related && related.length ? html`<ul class="list">${related.map((r) => html`<li><a class="title" href="/articles/${r.article.id}">${r.article.title}</a><div class="reason">${r.reason}</div><div class="meta">${r.article.source ?? ''} · ${dateLabel(r.article.published)}</div></li>`)}</ul>` : html`<p class="empty">Nothing related in the desk yet.</p>`}
${a.relatedHints.length ? html`<p class="meta">The page itself suggested: ${a.relatedHints.map((h, i) => html`${i ? '; ' : ''}“${h}”`)}</p>` : ''}
<h2>Ask me anything</h2>
${askBox('', `Ask about “${a.title.slice(0, 60)}”`)}
<h2>Explore related questions</h2>
${suggestions.length ? html`<div class="related-q">${suggestions.map((q) => html`<a href="/ask?q=${encodeURIComponent(q)}">${q}</a>`)}</div>` : html`<p class="empty">No questions the articles can answer with confidence yet.</p>`}
<h2>Quotes in this article</h2>
${a.quotes.filter((q) => !q.partial).length ? a.quotes.filter((q) => !q.partial).map((q) => html`<blockquote>“${q.text}” <span class="meta">— ${q.speaker ? html`<a href="/entities/${q.speaker.id}">${q.speaker.name}</a>` : q.speakerText ?? 'unattributed'}${q.cue ? ` (${q.cue})` : ''} · <a href="#s-${q.sentence}">in context</a></span></blockquote>`) : html`<p class="empty">No direct quotes found.</p>`}`;
    return c.html(page(a.title, body));
  });

  web.get('/ask', async (c) => {
    const q = (c.req.query('q') ?? '').trim();
    if (!q) return c.redirect('/');
    const ans = await desk.ask(q, { previous: parseTurn(c.req.query('prev')) });
    return c.html(page(q, answerView(ans)));
  });

  web.get('/search', async (c) => {
    const q = c.req.query('q') ?? '';
    const results = await desk.search(q, 20);
    const body = html`
<h1>Search: ${q}</h1>
${results.length ? html`<ul class="list">${results.map((r) => html`<li><a class="title" href="/articles/${r.article.id}">${r.article.title}</a><div class="meta">${r.article.source ?? ''} · ${dateLabel(r.article.published)}</div>${r.snippets.map((s) => html`<div><a href="/articles/${r.article.id}#s-${s.index}">${highlight(s.sentence, s.highlights)}</a></div>`)}</li>`)}</ul>` : html`<p class="empty">No article matches.</p>`}`;
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
    if (!e) return c.html(page('Not found', html`<p>No entity with id <code>${c.req.param('id')}</code>.</p>`), 404);
    const [articles, quotes] = await Promise.all([desk.entityArticles(e.id, 50), desk.quotes({ speakerId: e.id, limit: 50 })]);
    const body = html`
<h1>${e.name} <span class="tag">${e.type}</span></h1>
<p class="meta">${e.titles.length ? html`${e.titles.join(', ')} · ` : ''}also written ${e.aliases.join(', ')} · ${e.mentionCount} mentions in ${e.articleCount} articles</p>
<h2>Quotes</h2>
${quotes.length ? quotes.map(quoteItem) : html`<p class="empty">No quotes attributed.</p>`}
<h2>Articles</h2>
<ul class="list">${articles.map(articleItem)}</ul>`;
    return c.html(page(e.name, body));
  });

  web.get('/quotes', async (c) => {
    const quotes = await desk.quotes({ limit: 100 });
    const body = html`<h1>Who said what</h1>${quotes.filter((q) => !q.partial).map(quoteItem)}`;
    return c.html(page('Quotes', body));
  });

  return web;
}

function articleItem(a: ArticleSummary): Html {
  return html`<li><a class="title" href="/articles/${a.id}">${a.title}</a><div class="meta">${a.source ?? 'Unknown outlet'} · ${dateLabel(a.published)}</div></li>`;
}

function quoteItem(q: { text: string; speaker: { id: string; name: string } | null; speakerText: string | null; cue: string | null; sentence: number; article: ArticleSummary }): Html {
  return html`<blockquote>“${q.text}”<div class="meta">— ${q.speaker ? html`<a href="/entities/${q.speaker.id}">${q.speaker.name}</a>` : q.speakerText ?? 'unattributed'}${q.cue ? ` (${q.cue})` : ''} · <a href="/articles/${q.article.id}#s-${q.sentence}">${q.article.title}</a>, ${dateLabel(q.article.published)}</div></blockquote>`;
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

export function answerView(ans: Answer): Html {
  const prev = Buffer.from(JSON.stringify(turnOf(ans))).toString('base64url');
  return html`
${askBox(ans.question)}
<section class="answer" data-abstained="${String(ans.abstained)}">
  <p class="meta">${ans.question}</p>
  ${ans.abstained ? html`<p class="abstain">The articles do not say.</p>` : html`<p class="short">${ans.answer}</p>`}
  ${ans.generated ? html`<p class="generated">${ans.generated.text}</p><p class="conf">Written by ${ans.generated.model} from the cited sentences.${ans.generated.uncited.length ? html` <strong>Not supported by a citation:</strong> ${ans.generated.uncited.join(' ')}` : ''}</p>` : ''}
  ${ans.abstained ? '' : html`<p class="conf">Confidence ${Math.round(ans.confidence * 100)}% · ${ans.answerType}</p>`}
  ${ans.citations.length ? html`<ol class="cites">${ans.citations.map((c) => html`<li id="cite-${c.n}">[${c.n}] <a href="/articles/${c.articleId}#s-${c.sentenceIndex}">${c.sentence}</a><span class="src">${c.title} · ${c.source ?? 'Unknown outlet'} · ${dateLabel(c.published)} · sentence ${c.sentenceIndex + 1}</span></li>`)}</ol>` : ''}
</section>
<form class="ask followup" action="/ask" method="get">
  <label for="follow-q">Follow up</label>
  <input type="hidden" name="prev" value="${prev}">
  <div class="row"><input id="follow-q" name="q" placeholder="e.g. When will they meet?" autocomplete="off"><button type="submit">Ask</button></div>
</form>
${ans.resolvedQuestion ? html`<p class="meta">Read as: ${ans.resolvedQuestion}</p>` : ''}
<h2>Explore related questions</h2>
${ans.related.length ? html`<div class="related-q">${ans.related.map((q) => html`<a href="/ask?q=${encodeURIComponent(q)}">${q}</a>`)}</div>` : html`<p class="empty">No related questions the articles can answer.</p>`}`;
}

function highlight(text: string, ranges: [number, number][]): Html {
  let out = '';
  let pos = 0;
  for (const [s, e] of ranges) {
    out += html`${text.slice(pos, s)}<b>${text.slice(s, e)}</b>`.value;
    pos = e;
  }
  return raw(out + html`${text.slice(pos)}`.value);
}

