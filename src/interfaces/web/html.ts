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
<style>${CSS}</style>
</head>
<body>
<header class="top">
  <a class="brand" href="/">newsdesk</a>
  <nav><a href="/">Articles</a><a href="/entities">People &amp; places</a><a href="/quotes">Quotes</a></nav>
  <form class="search" action="/search" method="get" role="search">
    <input type="search" name="q" placeholder="Search the desk" value="${esc(opts.q ?? '')}" aria-label="Search">
  </form>
</header>
<main>
${body.value}
</main>
</body>
</html>`;
}

export function askBox(q = '', placeholder = 'Ask me anything about these articles'): Html {
  return html`<form class="ask" action="/ask" method="get">
  <label for="ask-q">Ask me anything</label>
  <div class="row"><input id="ask-q" name="q" value="${q}" placeholder="${placeholder}" autocomplete="off"><button type="submit">Ask</button></div>
</form>`;
}

export function dateLabel(iso: string | null): string {
  if (!iso) return 'undated';
  const d = new Date(iso.length === 10 ? iso + 'T00:00:00Z' : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

const CSS = `
:root{--ink:#1d1d1f;--muted:#666;--line:#e3e3e3;--accent:#0b57d0;--per:#fff1c2;--org:#e2f0ff;--gpe:#e3f6e3;--norp:#f2e8ff;--time:#ffe4e1;--quote:#f6f6f6}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 Georgia,'Times New Roman',serif;color:var(--ink);background:#fafafa}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
.top{display:flex;gap:1.5rem;align-items:center;padding:.7rem 1.5rem;background:#fff;border-bottom:1px solid var(--line);font-family:system-ui,sans-serif;font-size:15px}
.brand{font-weight:700;font-size:1.2rem;color:var(--ink)}
.top nav a{margin-right:1rem}
.search{margin-left:auto}.search input{padding:.35rem .6rem;border:1px solid #ccc;border-radius:6px;width:16rem}
main{max-width:860px;margin:1.5rem auto;padding:0 1.2rem}
h1{font-size:1.8rem;line-height:1.25;margin:.2rem 0 .5rem}
h2{font-family:system-ui,sans-serif;font-size:1rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:2rem 0 .6rem;border-top:1px solid var(--line);padding-top:1rem}
.meta{color:var(--muted);font-family:system-ui,sans-serif;font-size:.9rem}
.list{list-style:none;padding:0;margin:0}.list li{padding:.6rem 0;border-bottom:1px solid var(--line)}
.list .title{font-size:1.1rem}
.ask{background:#fff;border:1px solid var(--line);border-radius:10px;padding:.9rem 1rem;margin:1rem 0;font-family:system-ui,sans-serif}
.ask label{font-weight:600;display:block;margin-bottom:.4rem}
.ask .row{display:flex;gap:.5rem}.ask input{flex:1;padding:.5rem .7rem;font-size:1rem;border:1px solid #bbb;border-radius:6px}
.ask button{padding:.5rem 1rem;border:0;border-radius:6px;background:var(--accent);color:#fff;font-size:1rem;cursor:pointer}
.article p{margin:0 0 1rem}
.sent:target{background:#fffbdd;outline:2px solid #f0c000}
mark{padding:0 .1em;border-radius:3px;color:inherit}
mark.PERSON{background:var(--per)}mark.ORG{background:var(--org)}mark.GPE,mark.LOC{background:var(--gpe)}mark.NORP{background:var(--norp)}
time.t{background:var(--time);border-radius:3px;padding:0 .1em}
q.quote{background:var(--quote);font-style:italic;quotes:none}
q.quote::before{content:'“'}q.quote::after{content:'”'}
.legend{font-family:system-ui,sans-serif;font-size:.8rem;color:var(--muted);margin:.5rem 0 1rem}
.legend mark,.legend time,.legend q{margin-right:.5rem}
.answer{background:#fff;border:1px solid var(--line);border-radius:10px;padding:1rem 1.2rem}
.answer .short{font-size:1.4rem;font-weight:600;margin:.2rem 0 .6rem}
.answer .abstain{font-size:1.2rem;color:var(--muted)}
.cites{padding-left:1.4rem}.cites li{margin:.5rem 0}
.cites .src{display:block;font-family:system-ui,sans-serif;font-size:.85rem;color:var(--muted)}
.conf{font-family:system-ui,sans-serif;font-size:.85rem;color:var(--muted)}
.related-q a{display:inline-block;margin:.2rem .4rem .2rem 0;padding:.3rem .7rem;border:1px solid var(--line);border-radius:999px;background:#fff;font-family:system-ui,sans-serif;font-size:.9rem}
.reason{color:var(--muted);font-size:.9rem;font-family:system-ui,sans-serif}
.tag{font-family:system-ui,sans-serif;font-size:.75rem;padding:.1rem .4rem;border-radius:4px;background:#eee;color:#333;margin-left:.3rem}
blockquote{margin:.6rem 0;padding:.4rem .8rem;border-left:3px solid var(--line);background:#fff}
.empty{color:var(--muted);font-style:italic}
`;
