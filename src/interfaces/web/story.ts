// Story pages: a story in a list (home, /stories) and the story page itself, built from the desk's
// StoryView. Everything that comes from an article goes through `html`, which escapes it.

import type { StoryBrief, StoryView } from '../../query/index.js';
import { askBox, dateLabel, dateRange, html, type Html } from './html.js';
import { timelinePlot, timelineTable, type TimelineMark } from './timeline.js';

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

export function storyItem(s: StoryBrief): Html {
  const outlets = [...new Set(s.articles.map((a) => a.source).filter((x): x is string => !!x))];
  return html`<li><a class="title" href="/stories/${s.id}">${s.title}</a>
<div class="meta">${plural(s.articleCount, 'article')} · ${dateRange(s.first, s.last)}${outlets.length > 1 ? ` · ${plural(outlets.length, 'outlet')}` : ''}</div>
${s.entities.length ? html`<div class="meta ents">${s.entities.slice(0, 5).map((e, i) => html`${i ? ', ' : ''}<a href="/entities/${e.id}">${e.name}</a>`)}</div>` : ''}</li>`;
}

const GROUPS: [string, string[]][] = [
  ['People', ['PERSON']],
  ['Organisations', ['ORG']],
  ['Places', ['GPE', 'LOC']],
  ['Groups', ['NORP']],
];
/** Quotes shown per speaker before "and N more". */
const QUOTES_EACH = 4;

export function storyPage(s: StoryView): Html {
  const outlets = s.outlets.length;
  return html`
<p class="meta">Story · ${plural(s.articleCount, 'article')}${outlets ? ` from ${plural(outlets, 'outlet')}` : ''}</p>
<h1>${s.title}</h1>
<dl class="facts story-facts">
  <dt>First seen</dt><dd>${dateLabel(s.first)}</dd>
  <dt>Last seen</dt><dd>${dateLabel(s.last)}</dd>
</dl>
${askBox('', `Ask about “${s.title.slice(0, 50)}”`, s)}
${timelineSection(s.timeline)}
<div class="cols">
<section class="main-col">
<h2 id="articles">Articles by date</h2>
<ol class="list story-articles">${s.articles.map(
    (a) => html`<li><a class="title" href="/articles/${a.id}">${a.title}</a>
<div class="meta">${a.source ?? 'Unknown outlet'} · ${dateLabel(a.published)}</div>
${a.alsoIn.length ? html`<div class="also">also in: ${a.alsoIn.map((c, i) => html`${i ? ', ' : ''}<a href="/articles/${c.id}">${c.source ?? 'unknown outlet'}</a>${c.published && c.published !== a.published ? ` (${dateLabel(c.published)})` : ''}`)}</div>` : ''}
<div class="reason">${a.reason}</div></li>`,
  )}</ol>
<h2 id="quotes">Quotes by speaker</h2>
${s.quotes.length ? s.quotes.map((g) => html`<h3>${g.speaker ? html`<a href="/entities/${g.speaker.id}">${g.speaker.name}</a>` : g.speakerText}</h3>
${g.quotes.slice(0, QUOTES_EACH).map((q) => html`<blockquote class="q"><p>“${q.text}”</p><footer class="meta"><a href="/articles/${q.articleId}">${q.source ?? 'Unknown outlet'}, ${dateLabel(q.published)}</a></footer></blockquote>`)}
${g.quotes.length > QUOTES_EACH ? html`<p class="meta">And ${plural(g.quotes.length - QUOTES_EACH, 'more quote')}${g.speaker ? html`: <a href="/quotes?speaker=${g.speaker.id}">all of them</a>` : ''}.</p>` : ''}`) : html`<p class="empty">No direct quotes in this story.</p>`}
<h2 id="differences">Numbers reported differently</h2>
${s.differences.length ? html`<ul class="list">${s.differences.map((d) => html`<li><strong>${d.what}</strong><ul class="diff">${d.values.map((v) => html`<li>${v.text} <span class="meta">(<a href="/articles/${v.articleId}">${v.source ?? 'Unknown outlet'}</a>, ${dateLabel(v.published)})</span></li>`)}</ul></li>`)}</ul>` : html`<p class="empty">The outlets agree on every number they share.</p>`}
</section>
<aside class="side-col">
<h2 id="entities">Who and where</h2>
${s.entities.length ? GROUPS.map(([label, types]) => {
    const list = s.entities.filter((e) => types.includes(e.type));
    return list.length ? html`<h3>${label}</h3><ul class="ents-list">${list.map((e) => html`<li><a href="/entities/${e.id}">${e.name}</a> <span class="meta">${plural(e.articles, 'article')}</span></li>`)}</ul>` : '';
  }) : html`<p class="empty">No people, organisations or places found.</p>`}
<h2 id="outlets">Coverage by outlet</h2>
${outlets ? html`<table class="data outlets"><thead><tr><th scope="col">Outlet</th><th scope="col">Articles</th><th scope="col">First</th></tr></thead><tbody>${s.outlets.map((o, i) => html`<tr><td>${o.source}${i === 0 && outlets > 1 ? html` <span class="tag">first</span>` : ''}</td><td>${o.articles}</td><td>${dateLabel(o.first)}</td></tr>`)}</tbody></table>` : html`<p class="empty">No outlet named.</p>`}
</aside>
</div>`;
}

function timelineSection(entries: TimelineMark[]): Html {
  return html`<h2 id="timeline">Timeline</h2>
${entries.length ? html`${timelinePlot(entries, { id: 'tl', title: 'Timeline: dated events of this story, in the order of the dates they refer to' })}
<details class="tl-details" open><summary>Every entry with its sentence (${entries.length})</summary>${timelineTable(entries, { id: 'tl' })}</details>` : html`<p class="empty">No dated events found in this story's articles.</p>`}`;
}
