// HTML building blocks. Everything that comes from an article or a user goes through `esc`.

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ESC[c]);
}

/** A trusted HTML fragment (built only from escaped parts). */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Tagged template that escapes every interpolation unless it is Html (or an array of Html). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0];
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1];
  });
  return new Html(out);
}

function render(v: unknown): string {
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  if (v === null || v === undefined || v === false) return '';
  return esc(v);
}

export function raw(s: string): Html {
  return new Html(s);
}

export function page(title: string, body: Html, opts: { q?: string } = {}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · newsdesk</title>
<script>document.documentElement.className = 'js'</script>
<style>${CSS}</style>
</head>
<body>
<header class="top">
  <a class="brand" href="/">newsdesk</a>
  <nav><a href="/stories">Stories</a><a href="/">Articles</a><a href="/entities">People &amp; places</a><a href="/quotes">Quotes</a></nav>
  <form class="search" action="/search" method="get" role="search">
    <input type="search" name="q" placeholder="Search the desk" value="${esc(opts.q ?? '')}" aria-label="Search">
  </form>
</header>
<main>
${body.value}
</main>
<script>${LOAD_LATER}</script>
</body>
</html>`;
}

/** The confidence bars a reader can ask for on the ask page (absent: the desk's own). */
export const SURE_BARS = [0.7, 0.85] as const;

/**
 * The ask form; with `story`, the question is answered from that story's articles only; `min` is the
 * reader's bar (only answers at least that sure), kept from one question to the next.
 */
export function askBox(q = '', placeholder = 'Ask me anything about these articles', story?: { id: string; title: string }, min?: number): Html {
  return html`<form class="ask" action="/ask" method="get">
  <label for="ask-q">${story ? 'Ask about this story' : 'Ask me anything'}</label>
  ${story ? html`<input type="hidden" name="story" value="${story.id}">` : ''}
  <div class="row"><input id="ask-q" name="q" value="${q}" placeholder="${placeholder}" autocomplete="off"><button type="submit">Ask</button></div>
  <p class="bar"><label for="ask-min">Answer</label> <select id="ask-min" name="min"><option value="">whenever the articles support it</option>${[...new Set([...SURE_BARS, ...(min === undefined ? [] : [min])])].sort((a, b) => a - b).map((b) => html`<option value="${String(b)}"${b === min ? ' selected' : ''}>only when at least ${String(Math.round(b * 100))}% sure</option>`)}</select></p>
</form>`;
}

export function dateLabel(iso: string | null): string {
  if (!iso) return 'undated';
  const d = new Date(iso.length === 10 ? iso + 'T00:00:00Z' : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "18 Oct 2025", "13 – 15 Oct 2025", "12 Mar – 18 Oct 2025", "30 Dec 2024 – 2 Jan 2025": what both ends share is written once. */
export function dateRange(from: string | null, to: string | null): string {
  if (!from || !to || from.slice(0, 10) === to.slice(0, 10)) return dateLabel(from ?? to);
  const a = dateLabel(from).split(' ');
  const b = dateLabel(to);
  const [, bm, by] = b.split(' ');
  if (a.length !== 3 || a[2] !== by) return `${a.join(' ')} – ${b}`;
  return a[1] === bm ? `${a[0]} – ${b}` : `${a[0]} ${a[1]} – ${b}`;
}

/**
 * Puts each part a page loads after it (`data-part`, see `later` in routes.ts) in its place: the server
 * renders the fragment, escaped like any page, whatever its status (a busy desk says so with a link to
 * try again); a network failure shows the part's own link instead.
 */
const LOAD_LATER = `for (const el of document.querySelectorAll('[data-part]')) {
  fetch(el.dataset.part).then((r) => r.text()).then((h) => { el.outerHTML = h; }, () => {
    el.classList.add('failed');
    el.querySelector('.wait').textContent = 'Could not load this part here:';
  });
}`;

const CSS = `
:root{--ink:#1d1d1f;--muted:#5f6368;--line:#e3e3e3;--accent:#0b57d0;--per:#ffe9a8;--org:#d3e7ff;--gpe:#cdeecd;--norp:#eadcff;--time:#ffd6d1;--quote:#eef1f5;--hit:#ffe066}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:17px/1.6 Georgia,'Times New Roman',serif;color:var(--ink);background:#fafafa;overflow-wrap:break-word}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
code,pre{font:.9em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
pre{background:#fff;border:1px solid var(--line);border-radius:8px;padding:.7rem .9rem;white-space:pre-wrap;overflow-wrap:anywhere}
.top{display:flex;flex-wrap:wrap;gap:.4rem 1.5rem;align-items:center;padding:.7rem 1.5rem;background:#fff;border-bottom:1px solid var(--line);font-family:system-ui,sans-serif;font-size:15px}
.brand{font-weight:700;font-size:1.2rem;color:var(--ink)}
.top nav{display:flex;flex-wrap:wrap;gap:.2rem 1rem}
.search{margin-left:auto}.search input{padding:.35rem .6rem;border:1px solid #ccc;border-radius:6px;width:16rem;max-width:100%;font-size:1rem}
main{max-width:980px;margin:1.5rem auto;padding:0 1.2rem}
h1{font-size:1.8rem;line-height:1.25;margin:.2rem 0 .5rem;overflow-wrap:anywhere}
h2{font-family:system-ui,sans-serif;font-size:.95rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:2rem 0 .6rem;border-top:1px solid var(--line);padding-top:1rem}
.meta{color:var(--muted);font-family:system-ui,sans-serif;font-size:.9rem}
.list{list-style:none;padding:0;margin:0}.list li{padding:.6rem 0;border-bottom:1px solid var(--line)}
.list .title{font-size:1.1rem}
.cols{display:grid;grid-template-columns:minmax(0,1fr) 17rem;gap:0 2.5rem}
.people{padding-left:1.4rem;margin:0;font-family:system-ui,sans-serif}.people li{margin:.35rem 0}.people .role{font-size:.8rem}
.ask{background:#fff;border:1px solid var(--line);border-radius:10px;padding:.9rem 1rem;margin:1rem 0;font-family:system-ui,sans-serif}
.ask label{font-weight:600;display:block;margin-bottom:.4rem}
.ask .bar{margin:.4rem 0 0;font-size:.9rem;color:#555}.ask .bar label{display:inline;font-weight:400;margin:0}.ask select{font-size:.9rem;max-width:100%}
.ask .row{display:flex;gap:.5rem}.ask input{flex:1;min-width:0;padding:.5rem .7rem;font-size:1rem;border:1px solid #bbb;border-radius:6px}
.ask button,.filter button{padding:.5rem 1rem;border:0;border-radius:6px;background:var(--accent);color:#fff;font-size:1rem;cursor:pointer}
.article{max-width:44rem}
.article p{margin:0 0 1rem}
.sent{scroll-margin-top:4rem}
.sent:target{background:#fff3b0;outline:2px solid #e0a800;outline-offset:1px;border-radius:2px}
mark{padding:0 .1em;border-radius:3px;color:inherit}
mark.PERSON{background:var(--per)}mark.ORG{background:var(--org)}mark.GPE,mark.LOC{background:var(--gpe)}mark.NORP{background:var(--norp)}
.article mark a{color:inherit;text-decoration:none;border-bottom:1px dotted rgba(0,0,0,.4)}
time.t{background:var(--time);border-radius:3px;padding:0 .1em;cursor:help}
q.quote{background:var(--quote);font-style:italic;quotes:none;cursor:help;border-bottom:2px solid #9aa7b8}
q.quote.partial{border-bottom-style:dotted}
q.quote::before{content:'“'}q.quote::after{content:'”'}
.article q.quote::before,.article q.quote::after{content:none}
.legend{font-family:system-ui,sans-serif;font-size:.8rem;color:var(--muted);margin:.5rem 0 1rem;display:flex;flex-wrap:wrap;gap:.3rem .6rem;align-items:center}
.answer{background:#fff;border:1px solid var(--line);border-radius:10px;padding:1rem 1.2rem}
.answer .short{font-size:1.4rem;font-weight:600;margin:.2rem 0 .6rem}
.answer .abstain{font-size:1.2rem;color:var(--muted)}
.cites{padding-left:1.4rem}.cites li{margin:.5rem 0}
.cites .src{display:block;font-family:system-ui,sans-serif;font-size:.85rem;color:var(--muted)}
.conf{font-family:system-ui,sans-serif;font-size:.85rem;color:var(--muted)}
.disagree{border-left:3px solid #e0a800;background:#fffbea;padding:.4rem .8rem;margin:.6rem 0;font-family:system-ui,sans-serif;font-size:.95rem}.disagree p{margin:.2rem 0}
.related-q a{display:inline-block;max-width:100%;margin:.2rem .4rem .2rem 0;padding:.3rem .7rem;border:1px solid var(--line);border-radius:999px;background:#fff;font-family:system-ui,sans-serif;font-size:.9rem}
.reason{color:var(--muted);font-size:.9rem;font-family:system-ui,sans-serif}
.later .wait,.js .later a{display:none}.js .later .wait,.js .later.failed a{display:inline}
.tag{font-family:system-ui,sans-serif;font-size:.75rem;font-weight:400;padding:.1rem .4rem;border-radius:4px;background:#eee;color:#333;margin-left:.3rem;vertical-align:middle}
blockquote{margin:.6rem 0;padding:.4rem .8rem;border-left:3px solid var(--line);background:#fff}
blockquote.q{border-left-color:#9aa7b8}blockquote.q p{margin:.2rem 0 .3rem}blockquote.partial{border-left-style:dotted}
mark.hit{background:var(--hit)}
.empty{color:var(--muted);font-style:italic}
.note{font-family:system-ui,sans-serif;font-size:.85rem;border-left:3px solid var(--line);padding:.2rem .7rem;margin:.5rem 0 1rem}
.empty-state{background:#fff;border:1px solid var(--line);border-radius:10px;padding:.6rem 1.1rem}
.filter{display:flex;flex-wrap:wrap;gap:.6rem 1rem;align-items:flex-end;background:#fff;border:1px solid var(--line);border-radius:10px;padding:.8rem 1rem;margin:1rem 0;font-family:system-ui,sans-serif}
.filter .field{display:flex;flex-direction:column;gap:.2rem;flex:1 1 12rem;min-width:0}
.filter label{font-size:.85rem;font-weight:600}
.filter select,.filter input[type=search]{padding:.45rem .5rem;font-size:1rem;border:1px solid #bbb;border-radius:6px;max-width:100%;width:100%;background:#fff}
.filter .check{font-weight:400;font-size:.9rem;display:flex;gap:.35rem;align-items:center;padding-bottom:.5rem}
.facts{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.2rem 1rem;margin:.6rem 0;font-family:system-ui,sans-serif;font-size:.95rem}
.facts dt{color:var(--muted)}.facts dd{margin:0}
.chart{margin:.5rem 0 0;font-family:system-ui,sans-serif}
.chart svg{display:block;width:100%;height:120px;border-bottom:1px solid #999}
.chart rect{fill:var(--accent)}.chart rect:hover{fill:#073a8c}
.chart-max{font-size:.75rem;color:var(--muted)}
.chart-axis{display:flex;justify-content:space-between;gap:1rem;font-size:.8rem;color:var(--muted);margin-top:.2rem}
.chart-axis.ticks{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(0,1fr);gap:0;text-align:center;font-size:.72rem;line-height:1.2}
.chart figcaption{font-size:.85rem;color:var(--muted);margin-top:.4rem}
.chart summary{cursor:pointer;font-size:.85rem;color:var(--accent);margin-top:.3rem}
table.data{border-collapse:collapse;margin:.4rem 0;font-size:.9rem}
table.data th,table.data td{border-bottom:1px solid var(--line);padding:.2rem .8rem .2rem 0;text-align:left}
table.data td:last-child{text-align:right}
.company{padding-left:1.4rem;font-family:system-ui,sans-serif}.company li{margin:.3rem 0}
.lead .stories{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,24rem),1fr));gap:0 2.5rem}
.stories .ents a{color:var(--muted)}.stories .ents a:hover{color:var(--accent)}
.story-link{font-family:system-ui,sans-serif;font-size:.95rem;background:#fff;border:1px solid var(--line);border-radius:8px;padding:.4rem .7rem;margin:.2rem 0 1rem}
.also{font-family:system-ui,sans-serif;font-size:.85rem}
.ents-list{list-style:none;padding:0;margin:0 0 .8rem;font-family:system-ui,sans-serif}.ents-list li{margin:.25rem 0}
h3{font-family:system-ui,sans-serif;font-size:1rem;margin:1rem 0 .3rem}
.pager{display:flex;justify-content:space-between;font-family:system-ui,sans-serif;margin:1rem 0}
.tl-plot{margin:.5rem 0 0;font-family:system-ui,sans-serif}
.tl-plot svg{display:block;overflow:visible;background:#fff;border:1px solid var(--line);border-radius:8px}
.tl-plot .grid{stroke:#e6e6e6;stroke-width:1}
.tl-plot .tick{font-size:12px;fill:var(--muted)}
.tl-plot .label{font-size:12px;fill:var(--ink)}
.tl-plot a:hover .label,.tl-plot a:focus .label{fill:var(--accent);text-decoration:underline}
.mark{stroke-width:2}
.m-happened.mark{fill:var(--accent);stroke:var(--accent)}
.m-planned.mark{fill:#fff;stroke:#b45f06;stroke-dasharray:4 2}
.m-negated.mark{fill:#fde8e7;stroke:#c5221f}
.m-reported.mark,.m-hypothetical.mark{fill:#fff;stroke:#80868b;stroke-dasharray:1.5 2}
.strike{stroke:#c5221f;stroke-width:2.5}
.asof{stroke:#5f6368;stroke-width:2}
.asof-link{stroke:#9aa0a6;stroke-width:1;stroke-dasharray:2 3}
.rev{stroke:#c5221f;stroke-width:1.5;stroke-dasharray:5 3;fill:none}
.tl-legend .key{display:inline-flex;align-items:center;gap:.3rem;white-space:nowrap}.tl-legend svg{overflow:visible}
.tl-plot .label.m,.tl-plot .label.s{display:none}
.tl-plot .band{fill:#f6f7f9}
.tl-plot .hit{fill:transparent}.tl-plot a:hover .hit{fill:rgba(11,87,208,.06)}
@media (max-width:1000px){.tl-plot .label.l{display:none}.tl-plot .label.m{display:inline}}
table.outlets{font-family:system-ui,sans-serif}
.diff{margin:.2rem 0 0;padding:0;list-style:none;font-family:system-ui,sans-serif;font-size:.95rem}.diff li,.list .diff li{display:inline;padding:0;border:0}.diff li+li::before{content:' · ';color:var(--muted)}
.tl-plot figcaption{font-size:.85rem;color:var(--muted);margin-top:.4rem}
.tl-table{overflow-x:auto}
table.tl{width:100%;font-family:system-ui,sans-serif;font-size:.85rem}
table.tl td,table.tl th{vertical-align:top;padding:.35rem .6rem .35rem 0}
table.data.tl td:last-child{text-align:left;white-space:nowrap}
table.tl tr:target{background:#fff3b0}
.atype{font-size:.7rem;letter-spacing:.03em;padding:0 .3rem;border-radius:3px;background:#e8edf3;color:#333;text-decoration:none;cursor:help}
.status{font-weight:600}.status.m-happened{color:var(--accent)}.status.m-planned{color:#b45f06}.status.m-negated{color:#c5221f}
@media (max-width:700px){
  .facts.story-facts{grid-template-columns:max-content minmax(0,1fr)}.facts.story-facts dd{margin:0}
  table.tl,table.tl tbody,table.tl tr,table.tl td{display:block;width:100%}
  table.tl thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
  table.tl tr{border-bottom:1px solid var(--line);padding:.4rem 0}
  table.tl td{border:0;padding:.1rem 0}
  table.data.tl td:last-child{white-space:normal}
  table.tl td[data-label]::before{content:attr(data-label) ": ";color:var(--muted);font-size:.8rem}
  table.tl td[data-label="#"]{font-weight:700}
  .tl-plot .label.m{display:none}.tl-plot .label.s{display:inline}

  body{font-size:16px}
  .top{padding:.6rem .9rem;gap:.4rem 1rem}
  .search{margin-left:0;flex:1 1 100%}.search input{width:100%}
  main{margin:1rem auto;padding:0 .9rem}
  h1{font-size:1.45rem}
  .cols{grid-template-columns:minmax(0,1fr)}
  .facts{grid-template-columns:minmax(0,1fr)}.facts dd{margin-bottom:.3rem}
  .answer{padding:.8rem}
}
`;
