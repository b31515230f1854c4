// Metadata of an HTML page, each value with where it came from: JSON-LD (schema.org), head tags,
// the URL, or the visible page. Candidates are tried in a fixed order per field; the reason for
// each order is beside it.
import { decodeHTML } from 'entities';
import type { MetaOrigin, Provenance } from '../model/index.js';
import { languageTag } from './language.js';
import { collapseSpaces } from './normalize.js';

type Doc = globalThis.Document;

export interface PageMeta {
  title: string | null;
  byline: string | null;
  /** ISO 8601: a day, or a date-time with the page's own UTC offset kept (the local day is the day). */
  published: string | null;
  canonicalUrl: string | null;
  source: string | null;
  /** The page's declaration of its language (ISO 639-1), not yet checked against the text. */
  declaredLanguage: string | null;
  articleBody: string | null;
  provenance: Provenance;
}

// ---------------------------------------------------------------- strings

/**
 * Text from metadata, decoded once more: attributes and JSON-LD often carry a second layer of
 * entities (`&amp;#038;` → `&#038;` after parsing → `&`), and JSON-LD is never decoded by the parser.
 */
export function cleanText(s: string | null | undefined): string | null {
  if (!s) return null;
  let v = s;
  for (let i = 0; i < 2 && /&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);/i.test(v); i++) v = decodeHTML(v);
  v = collapseSpaces(v.replace(/<[^>]{0,200}>/g, ' '));
  return v || null;
}

// ---------------------------------------------------------------- JSON-LD

interface JsonLd {
  headline?: string;
  articleBody?: string;
  datePublished?: string;
  dateModified?: string;
  authors: string[];
  publisher?: string;
  /** The name of the WebSite or NewsMediaOrganization the page belongs to (isPartOf, or a node of its own). */
  site?: string;
  url?: string;
  inLanguage?: string;
}

const ARTICLE_TYPES = /^(?:\w+)?(?:Article|BlogPosting|NewsArticle|Report|Posting|LiveBlogPosting|WebPage)$/;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/** Names of people in a schema.org author value; organisations are not bylines; `{"@id"}` references are followed. */
function personNames(v: unknown, byId: Map<string, Record<string, unknown>>, depth = 0): string[] {
  if (!v || depth > 3) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap((x) => personNames(x, byId, depth + 1));
  if (typeof v === 'object') {
    let o = v as Record<string, unknown>;
    if (!o.name && typeof o['@id'] === 'string' && byId.has(o['@id'])) o = byId.get(o['@id'])!;
    const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
    if (types.some((t) => /Organization|Organisation|Corporation|NewsMediaOrganization/i.test(t))) return [];
    const name = str(o.name);
    return name ? [name] : [];
  }
  return [];
}

/** The name of a schema.org publisher value: a string, an object, an array, or an `{"@id"}` reference to a node of the graph. */
function orgName(v: unknown, byId: Map<string, Record<string, unknown>> = new Map(), depth = 0): string | undefined {
  if (depth > 3) return undefined;
  if (Array.isArray(v)) return v.map((x) => orgName(x, byId, depth + 1)).find(Boolean);
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const name = o.name;
    if (name && typeof name === 'object') return orgName(name, byId, depth + 1);
    if (str(name)) return str(name);
    if (typeof o['@id'] === 'string' && byId.has(o['@id'])) return orgName(byId.get(o['@id']), byId, depth + 1);
  }
  return undefined;
}

/** A URL reduced for comparison: no scheme, www, query, fragment or trailing slash. */
const urlKey = (u: string) => u.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/[?#].*$/, '').replace(/\/+$/, '');

/** The address an article object says it is at: `url`, or `mainEntityOfPage` (a string or an object's @id / url). */
function articleAddress(o: Record<string, unknown>): string | undefined {
  const main = o.mainEntityOfPage;
  const m = main && typeof main === 'object' && !Array.isArray(main) ? (main as Record<string, unknown>) : null;
  return str(o.url) ?? str(main) ?? (m ? str(m['@id']) ?? str(m.url) : undefined);
}

function readJsonLd(doc: Doc, pageUrls: (string | null | undefined)[] = []): JsonLd {
  const found: Record<string, unknown>[] = [];
  const byId = new Map<string, Record<string, unknown>>();
  const visit = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o['@id'] === 'string' && o.name) byId.set(o['@id'], o);
    if (o['@graph']) visit(o['@graph']);
    const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
    if (types.some((t) => ARTICLE_TYPES.test(t))) found.push(o);
    if (types.some((t) => /^(?:WebSite|NewsMediaOrganization)$/.test(t))) site ??= str(o.name);
  };
  let site: string | undefined;
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      // Control characters inside strings are common and make JSON.parse fail.
      visit(JSON.parse((s.textContent ?? '').trim().replace(/[\u0000-\u001f]+/g, ' ')));
    } catch {
      // Broken JSON-LD is common; the page still has other metadata.
    }
  }
  // Prefer a real article type over a generic WebPage.
  found.sort((a, b) => Number(String(a['@type']).includes('WebPage')) - Number(String(b['@type']).includes('WebPage')));
  // Several articles (the page's own and a list of related ones, each with its own dates and
  // authors): the one that says it is at this page's address comes first.
  const here = new Set(pageUrls.filter((u): u is string => !!u).map(urlKey));
  if (here.size && found.length > 1) {
    // Only among articles proper: a WebPage object is always at the page's address, and stays last.
    const at = found.findIndex((o) => {
      const a = articleAddress(o);
      return !String(o['@type']).includes('WebPage') && !!a && here.has(urlKey(a));
    });
    if (at > 0) found.unshift(...found.splice(at, 1));
  }
  const out: JsonLd = { authors: [] };
  for (const o of found) {
    out.headline ??= str(o.headline) ?? (String(o['@type']).includes('WebPage') ? undefined : str(o.name));
    out.articleBody ??= str(o.articleBody);
    out.datePublished ??= str(o.datePublished) ?? str(o.dateCreated);
    out.dateModified ??= str(o.dateModified);
    if (out.authors.length === 0) out.authors = personNames(o.author ?? o.creator, byId);
    out.publisher ??= orgName(o.publisher, byId) ?? orgName(o.sourceOrganization, byId);
    out.site ??= orgName(o.isPartOf, byId);
    out.url ??= str(o.url) ?? str(o.mainEntityOfPage);
    out.inLanguage ??= str(o.inLanguage);
  }
  out.site ??= site;
  return out;
}

// ---------------------------------------------------------------- head tags

// Every <meta> of a page by its property, name or itemprop, read once: a page is asked for some
// forty keys, and a selector query per key walks the whole document each time.
const metaIndex = new WeakMap<Doc, Map<string, string[]>>();

function metaMap(doc: Doc): Map<string, string[]> {
  let m = metaIndex.get(doc);
  if (m) return m;
  m = new Map();
  for (const el of doc.querySelectorAll('meta')) {
    // Some tools that save pages (and some CMSs) write the value as value= rather than content=.
    const v = metaValue(el);
    if (!v) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const k = el.getAttribute(attr)?.trim();
      if (k) m.set(k, [...(m.get(k) ?? []), v]);
    }
  }
  metaIndex.set(doc, m);
  return m;
}

/** A <meta>'s value: its content, else its value attribute (`<meta name="author" value="Ana Ruiz">`). */
function metaValue(el: Element): string | undefined {
  return el.getAttribute('content')?.trim() || el.getAttribute('value')?.trim() || undefined;
}

/** The first non-empty content of the first key present, keys in order of trust. */
function metaTag(doc: Doc, ...keys: string[]): string | null {
  const m = metaMap(doc);
  for (const key of keys) {
    const v = m.get(key)?.[0];
    if (v) return v;
  }
  return null;
}

// The same index with lower-cased keys: publication dates come under many spellings
// ("PublishDate", "DC.Date.Issued", "OriginalPublicationDate").
const metaLowerIndex = new WeakMap<Doc, Map<string, string[]>>();

/** Like metaTag, keys matched whatever their case. */
function metaTagAnyCase(doc: Doc, ...keys: string[]): string | null {
  for (const key of keys) {
    const v = metaTagsAnyCase(doc, key)[0];
    if (v) return v;
  }
  return null;
}

/** Every content under `key`, whatever the case of the key ("Author", "AUTHOR", "author"). */
function metaTagsAnyCase(doc: Doc, key: string): string[] {
  let m = metaLowerIndex.get(doc);
  if (!m) {
    m = new Map();
    for (const [k, v] of metaMap(doc)) {
      const low = k.toLowerCase();
      m.set(low, [...(m.get(low) ?? []), ...v]);
    }
    metaLowerIndex.set(doc, m);
  }
  return m.get(key.toLowerCase()) ?? [];
}

/**
 * Parse.ly's older page metadata, one JSON object in a meta tag (`<meta name="parsely-page"
 * content='{"title": ..., "pub_date": ..., "author": ...}'>`), before parsely-pub-date and JSON-LD.
 */
function parselyPage(doc: Doc): { date?: string; authors: string[] } {
  const raw = metaTagAnyCase(doc, 'parsely-page');
  if (!raw) return { authors: [] };
  try {
    const o = JSON.parse(raw) as Record<string, unknown>;
    const authors = ([] as unknown[]).concat(o.authors ?? o.author ?? []).filter((a): a is string => typeof a === 'string');
    return { date: str(o.pub_date), authors };
  } catch {
    return { authors: [] };
  }
}

function metaTags(doc: Doc, key: string): string[] {
  return metaMap(doc).get(key) ?? [];
}

// Elements whose class or id names a dateline or a byline, in document order, with each element's
// position: found in one walk instead of a substring selector per pattern.
interface Marked {
  order: Map<Element, number>;
  datelines: Element[];
  /** h1–h6, in document order. */
  headings: Element[];
  bylines: Element[];
}
const markedIndex = new WeakMap<Doc, Marked>();
const DATELINE_NAME = /date|time|byline|publish|posted|stamp/i;
// The byline's class in the languages pages come in: autor (es, pt, de, pl), auteur (fr), autore (it),
// firma (es, "signature"), signature, verfasser (de).
// Those words whole ("autor", "autores", "autorName"), not inside another ("autoresize", "autorefresh").
const BYLINE_EN = /byline|author/i;
const BYLINE_OTHER = /(?<![A-Za-z])(?:[Aa]utor|AUTOR|[Aa]uteur|[Ff]irma|[Ss]ignature|[Vv]erfasser)(?:es|a|e|i|s)?(?![a-z])/;

function marked(doc: Doc): Marked {
  let m = markedIndex.get(doc);
  if (m) return m;
  m = { order: new Map(), datelines: [], bylines: [], headings: [] };
  let i = 0;
  for (const el of doc.querySelectorAll('body *')) {
    m.order.set(el, i++);
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const tag = el.tagName.toUpperCase();
    const itemprop = el.getAttribute('itemprop') ?? '';
    if (tag === 'TIME' || itemprop === 'datePublished' || DATELINE_NAME.test(name)) m.datelines.push(el);
    if (el.getAttribute('rel') === 'author' || itemprop === 'author' || BYLINE_EN.test(name) || BYLINE_OTHER.test(name)) m.bylines.push(el);
    if (/^H[1-6]$/.test(tag)) m.headings.push(el);
  }
  markedIndex.set(doc, m);
  return m;
}

function resolveUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  // "www.elmundo.es/..." is an address without its scheme, not a path relative to the page.
  const bare = /^www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?#]|$)/i.test(href.trim());
  try {
    const u = new URL(bare ? `${base && /^https:/i.test(base) ? 'https' : 'http'}://${href.trim()}` : href.trim(), base ?? undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- title

const BLOCKISH = /^(?:DIV|P|SPAN|SMALL|STRONG|B|EM|I|A|BR|SUP|SUB|MARK)$/;
// Class names of a kicker: the small label set above or inside a headline ("Opinion", "Exclusive").
const KICKER = /kicker|eyebrow|overline|rubric|label|flag|category|section|tag|brand|strap/i;

/**
 * A heading's text with a space where child elements meet (`<span>Opinion</span>Headline` would
 * glue into "OpinionHeadline"), and without a kicker child, which labels the headline but is not
 * part of it.
 */
function headingText(h: Element): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
    if (n.nodeType !== 1) return;
    const el = n as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') return;
    const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (el !== h && KICKER.test(cls)) return;
    // Inline emphasis (<em>, <b>) inside a word stays glued; other elements are separate pieces.
    const sep = el !== h && (tag === 'BR' || tag === 'DIV' || tag === 'P' || (BLOCKISH.test(tag) && tag === 'SPAN' && /\S/.test(cls)));
    if (sep) parts.push(' ');
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (sep) parts.push(' ');
  };
  walk(h);
  return cleanText(parts.join('')) ?? '';
}

const wordsOf = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const normTitle = (s: string) => wordsOf(s).join(' ');

/** Share of `a`'s words in `b`. */
function overlap(a: string, b: string): number {
  const wa = wordsOf(a);
  if (wa.length === 0) return 0;
  const wb = new Set(wordsOf(b));
  return wa.filter((w) => wb.has(w)).length / wa.length;
}

// (Chinese and Japanese sites separate a title's pieces with "_" or a full-width bar, without spaces:
// "标题_频道_网站". Only next to those scripts, so an underscore in a Latin name stays.)
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
const CJK_SEPARATOR = `(?<=[${CJK}])\\s*[_｜]\\s*|\\s*[_｜]\\s*(?=[${CJK}])`;
const TITLE_SEPARATORS = new RegExp(`\\s+[|\\-–—:·•»«/]\\s+|\\s+::\\s+|${CJK_SEPARATOR}`, 'u');
/** Long enough to be a headline: three words, or six characters of a script written without spaces. */
const headlineLength = (t: string) => wordsOf(t).length >= 3 || new RegExp(`[${CJK}]{6}`, 'u').test(t);

/** `s` as a regular expression that matches it as written. */
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The longest of a title's pieces ("Headline | Section | Site" → "Headline"). */
const longestPiece = (pieces: string[]) => pieces.reduce((x, y) => (y.length > x.length ? y : x), '');

/** "Headline | Outlet", "Outlet - Headline": the longest piece that is not the outlet or a section. */
function stripOutlet(title: string, outlet: string | null, host: string | null): string {
  let t = title;
  for (const name of [outlet, host, host?.split('.')[0]].filter((x): x is string => !!x && x.length > 1)) {
    // The outlet's longer form as the last piece ("... - CNET News" for "CNET"): a word or two more.
    if (name === outlet) t = t.replace(new RegExp(`\\s+(?:[|\\-–—:·•»/]|::)\\s+${escapeRe(name)}(?:\\s+[\\p{L}\\p{N}.!'’&-]+){1,2}\\s*$`, 'iu'), '');
    t = t
      .replace(new RegExp(`\\s*(?:[|\\-–—:·•»/_｜]|::)\\s*${escapeRe(name)}(?:\\.\\w{2,4})?\\s*$`, 'i'), '')
      .replace(new RegExp(`^${escapeRe(name)}(?:\\.\\w{2,4})?\\s*(?:[|\\-–—:·•»/_｜]|::)\\s*`, 'i'), '');
  }
  return t.trim() || title;
}

// A section's or a genre's label set before a metadata title with a bar ("Opinion | Republicans Are
// Following Trump"): the page shows it as a kicker, apart from the headline.
const TITLE_LABEL = /^(?:opinion|analysis|commentary|editorial|perspective|op-?ed|column|letters?|review|exclusive|breaking(?: news)?|live|watch|video|photos?|podcast|explainer|fact check|sponsored|the big read)\s+\|\s+(?=\S)/i;

/** A metadata title without a label set before it with a bar ("Opinion | Headline" → "Headline"). */
function stripLabel(title: string): string {
  const t = title.replace(TITLE_LABEL, '');
  return headlineLength(t) ? t : title;
}

interface TitleChoice {
  title: string | null;
  origin: MetaOrigin | null;
  /** The headline element on the page, where the dateline and byline sit near. */
  element: Element | null;
}

/**
 * The headline. The visible `<h1>` is what a reader calls the title, so it wins when it agrees
 * with what the page's metadata says the headline is (most words shared); otherwise the JSON-LD
 * headline, then og:title, then `<title>`, each without the outlet's name. An `<h1>` that is the
 * site's logo or a section name does not agree with the metadata and is ignored.
 */
function chooseTitle(doc: Doc, ld: JsonLd, outlet: string | null, host: string | null): TitleChoice {
  const candidates: [string | null, MetaOrigin][] = [
    [cleanText(ld.headline), 'json-ld'],
    [cleanText(metaTag(doc, 'og:title')), 'meta'],
    [cleanText(metaTag(doc, 'twitter:title')), 'meta'],
    [cleanText(doc.querySelector('title')?.textContent), 'meta'],
  ];
  const metaTitles = candidates
    .filter((c): c is [string, MetaOrigin] => !!c[0])
    .map(([t, o]): [string, MetaOrigin] => [stripLabel(stripOutlet(t, outlet, host)), o]);
  // (An <h1> marked itemprop="alternativeHeadline" is the headline's variant, the dek's: not the headline.)
  const h1s = [...doc.querySelectorAll('h1')]
    .filter((el) => !/(?:^|\s)alternativeHeadline(?:\s|$)/.test(el.getAttribute('itemprop') ?? ''))
    .map((el) => ({ el, text: headingText(el) }))
    .filter((h) => h.text.length >= 3 && h.text.length <= 300);
  for (const h of h1s) {
    for (const [t] of metaTitles) {
      const a = overlap(h.text, t);
      const b = overlap(t, h.text);
      // (or is the headline piece of a "Headline - Section - Site" title, however many pieces follow:
      // the longest piece, as a logo <h1> may be the site's piece)
      const pieces = t.split(TITLE_SEPARATORS);
      const longest = longestPiece(pieces);
      const piece = pieces.length > 1 && headlineLength(h.text) && normTitle(longest) === normTitle(h.text);
      if (normTitle(h.text) === normTitle(t) || (a >= 0.8 && b >= 0.6) || piece) return { title: h.text, origin: 'visible', element: h.el };
    }
  }
  // Metadata titles are often an SEO variant; an <h1> the page marks as the headline is the one readers see.
  // (Not one that is a link to another site: an aggregator's teaser for the story it points to.)
  const elsewhere = (el: Element) => {
    const a = el.querySelector('a[href]');
    if (!a || normTitle(a.textContent ?? '') !== normTitle(el.textContent ?? '')) return false;
    try {
      const to = new URL(a.getAttribute('href') ?? '', 'http://x.invalid/').hostname.replace(/^www\./, '');
      // Another site, not another host of the same one ("www." beside "edition.").
      return to !== 'x.invalid' && !!host && hostName(to) !== hostName(host);
    } catch {
      return false;
    }
  };
  const flagged = h1s.find((h) => !elsewhere(h.el) && (h.el.getAttribute('itemprop') === 'headline' || /headline|(?:^|[\s_-])hed(?:$|[\s_-])|(?:^|[\s_-])(?:article|post|entry|story|page)?[_-]*title/i.test(h.el.getAttribute('class') ?? '')));
  const notOutlet = (t: string) => !outlet || normTitle(t) !== normTitle(outlet);
  if (flagged && notOutlet(flagged.text) && wordsOf(flagged.text).length >= 3) return { title: flagged.text, origin: 'visible', element: flagged.el };
  // An <h2> or <h3> marked itemprop="headline" is the headline too, when no <h1> is (schema.org's
  // markup says which heading it is, whatever its level).
  const schemaHead = [...doc.querySelectorAll('h2[itemprop~="headline"], h3[itemprop~="headline"]')].slice(0, 5).map((el) => ({ el, text: headingText(el) })).find((h) => headlineLength(h.text) && notOutlet(h.text) && !elsewhere(h.el));
  if (schemaHead) return { title: schemaHead.text, origin: 'visible', element: schemaHead.el };
  // An SEO or social title is often the headline reworded, shortened or lengthened ("Clinton: Putin's
  // Alleged Involvement in Hack Stems From Grudge" for the <h1> "Hillary Clinton: Putin's Alleged
  // Involvement in Democratic Hack Stems From Longtime Grudge"): an <h1> of a headline's length that
  // holds most of a metadata title's words, and shares a good part of its own with it, is the headline.
  for (const h of h1s) {
    if (!headlineLength(h.text) || !notOutlet(h.text) || elsewhere(h.el)) continue;
    if (metaTitles.some(([t]) => overlap(t, h.text) >= 0.6 && overlap(h.text, t) >= 0.4)) return { title: h.text, origin: 'visible', element: h.el };
  }
  // No <h1> is the headline (a logo, a section name): an <h2>, <h3> or <h4> that shows one of the metadata's
  // titles word for word is, over an SEO og:title (analytics and Dublin Core titles often keep the
  // headline the page shows: sailthru.title, dcterms.title).
  const others = [cleanText(metaTag(doc, 'sailthru.title', 'parsely-title', 'dcterms.title', 'dc.title', 'DC.title', 'DC.Title'))].filter((t): t is string => !!t);
  const known = new Set([...metaTitles.map(([t]) => normTitle(t)), ...others.map(normTitle)]);
  for (const h of [...doc.querySelectorAll('h2, h3, h4')].slice(0, 200)) {
    const text = headingText(h);
    if (headlineLength(text) && known.has(normTitle(text)) && notOutlet(text)) return { title: text, origin: 'visible', element: h };
  }
  const first = h1s[0] ?? null;
  // An <h1> the article's byline or dateline follows closely (a few elements on) heads the article,
  // however far its words are from an SEO title ("Jury Finds Dylann Roof Guilty In S.C. Church
  // Shooting" for "Dylann Roof Convicted Of Charleston Church Massacre").
  const m = marked(doc);
  const leads = (el: Element) => {
    const at = m.order.get(el) ?? -1;
    const near = (x: Element) => {
      const o = m.order.get(x) ?? -1;
      return o > at && o - at <= NEAR_HEADLINE / 2;
    };
    return at >= 0 && (m.bylines.some(near) || m.datelines.some(near));
  };
  const heads = h1s.find((h) => headlineLength(h.text) && notOutlet(h.text) && !elsewhere(h.el) && leads(h.el));
  if (heads) return { title: heads.text, origin: 'visible', element: heads.el };
  if (metaTitles.length) {
    // The headline element is the heading that shows this title (an <h2> where the <h1> is the logo or
    // empty): the dateline and byline sit near it. Else the first <h1>, as before.
    // (Or the heading that shows the longest piece of a "Headline_Section_Site" title: that heading is the title.)
    const t = normTitle(metaTitles[0][0]);
    const pieces = metaTitles[0][0].split(TITLE_SEPARATORS);
    const longest = normTitle(longestPiece(pieces));
    let piece = false;
    const shown = [...doc.querySelectorAll('h1, h2, h3, h4')].slice(0, 200).find((h) => {
      const v = normTitle(headingText(h));
      if (!v || !headlineLength(v)) return false;
      piece = pieces.length > 1 && v === longest;
      return piece || v === t || (overlap(v, t) >= 0.8 && overlap(t, v) >= 0.8);
    });
    if (shown && piece) return { title: headingText(shown), origin: 'visible', element: shown };
    return { title: metaTitles[0][0], origin: metaTitles[0][1], element: shown ?? first?.el ?? null };
  }
  if (first) return { title: first.text, origin: 'visible', element: first.el };
  return { title: null, origin: null, element: null };
}

// ---------------------------------------------------------------- date

const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A page's date-time as ISO 8601 with its own offset kept (`2019-11-19T17:53:14-08:00`): the
 * local day is the day the outlet published on, which UTC can move. A bare day stays a day.
 * Other formats (RFC 822, "November 19, 2019") go through Date.parse; null when unparseable.
 */
export function pageDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  // A named zone ("EDT", "CET") is its offset: the local day stays the one the page wrote.
  const named = /\s([A-Z]{3,4})$/.exec(raw.trim());
  const s = named && ZONES[named[1]] ? `${raw.trim().slice(0, named.index)} ${ZONES[named[1]]}` : raw.trim();
  // A day written without separators ("20161128", as some pubdate metas do).
  const compactDay = /^((?:19|20)\d{2})(\d{2})(\d{2})$/.exec(s);
  if (compactDay) return validDay(+compactDay[1], +compactDay[2], +compactDay[3]) ? `${compactDay[1]}-${compactDay[2]}-${compactDay[3]}` : null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, zone] = iso;
    if (!validDay(+y, +mo, +d)) return null;
    if (!h) return `${y}-${mo}-${d}`;
    if (+h > 23 || +mi > 59) return null;
    const z = !zone ? '' : /^(?:Z|[+-]00:?00)$/i.test(zone) ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${z}`;
  }
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const year = new Date(t).getUTCFullYear();
  if (year < 1990 || year > 2200) return null;
  // RFC 822 "... -0500" (or a named zone, written as its offset above): render in the page's own offset.
  const off = /\s([+-])(\d{2}):?(\d{2})\s*$/.exec(s);
  if (off) {
    const minutes = (off[1] === '-' ? -1 : 1) * (+off[2] * 60 + +off[3]);
    const local = new Date(t + minutes * 60_000).toISOString().slice(0, 19);
    return `${local}${off[1]}${off[2]}:${off[3]}`;
  }
  if (/\d{1,2}:\d{2}/.test(s) || OFFSET.test(s)) return new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
  // A date without a time ("November 19, 2019") is that day wherever the reader is.
  const d = new Date(t - new Date(t).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 10);
}

// Zone abbreviations older pages write in their meta dates, to their offsets (GMT and UTC are UTC:
// Date.parse reads them). Ambiguous ones (IST, CST of China) are left to Date.parse.
const ZONES: Record<string, string> = {
  EST: '-05:00', EDT: '-04:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
  AKST: '-09:00', AKDT: '-08:00', HST: '-10:00', BST: '+01:00', WET: '+00:00', WEST: '+01:00', CET: '+01:00',
  CEST: '+02:00', EET: '+02:00', EEST: '+03:00', MSK: '+03:00', KST: '+09:00', JST: '+09:00', HKT: '+08:00',
  SGT: '+08:00', AEST: '+10:00', AEDT: '+11:00',
};
// (US Central Standard Time: "CST" is also China's; a page that writes it beside a US date is the US's.)
ZONES.CST = '-06:00';

function validDay(y: number, m: number, d: number): boolean {
  const x = new Date(Date.UTC(y, m - 1, d));
  return y >= 1990 && y <= 2200 && x.getUTCMonth() === m - 1 && x.getUTCDate() === d;
}

/** `/2019/11/18/`, `/2019-11-18/`, `/20191118/` in an article's address. */
export function urlDate(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  let query: string;
  try {
    const u = new URL(url);
    path = u.pathname;
    query = u.search;
  } catch {
    return null;
  }
  const named = /\/((?:19|20)\d{2})\/([a-z]{3,9})\/(\d{1,2})(?:\/|$)/i.exec(path);
  if (named && MONTH_NAMES[named[2].toLowerCase()] && validDay(+named[1], MONTH_NAMES[named[2].toLowerCase()], +named[3])) {
    return `${named[1]}-${String(MONTH_NAMES[named[2].toLowerCase()]).padStart(2, '0')}-${named[3].padStart(2, '0')}`;
  }
  const m =
    /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:\/|-|\.|$)/.exec(path) ??
    /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(path);
  if (m && validDay(+m[1], +m[2], +m[3])) return `${m[1]}-${m[2]}-${m[3]}`;
  // A section between the year and the month ("/2010/POLITICS/08/13/", "/2013/middle_east/8/3/"), or a
  // date opening a query value ("?articleid=20111118_61_A16").
  const s =
    /\/((?:19|20)\d{2})\/[a-z][a-z_-]{1,30}\/(\d{1,2})\/(\d{1,2})(?:\/|$)/i.exec(path) ??
    /=((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[_&.-]|$)/.exec(query);
  return s && validDay(+s[1], +s[2], +s[3]) ? `${s[1]}-${s[2].padStart(2, '0')}-${s[3].padStart(2, '0')}` : null;
}

// Month names of the languages the pages come in (English, German, French, Spanish, Portuguese,
// Italian, Dutch, Indonesian), to their numbers; abbreviations by their first three letters.
const MONTH_NAMES: Record<string, number> = {};
for (const [i, names] of [
  'january januar janvier enero janeiro gennaio januari', 'february februar février fevrier febrero fevereiro febbraio februari',
  'march märz maerz mars marzo março maret maart', 'april avril abril aprile',
  'may mai mayo maio maggio mei', 'june juni juin junio junho giugno', 'july juli juillet julio julho luglio',
  'august août aout agosto agustus augustus', 'september septembre septiembre setiembre setembro settembre sept',
  'october oktober octobre octubre outubro ottobre', 'november novembre noviembre novembro nopember',
  'december dezember décembre decembre diciembre dezembro dicembre desember',
].entries()) {
  for (const n of names.split(' ')) {
    MONTH_NAMES[n] = i + 1;
    MONTH_NAMES[n.slice(0, 3)] ??= i + 1;
  }
}
const MONTH = `(${Object.keys(MONTH_NAMES).sort((x, y) => y.length - x.length).join('|')})\\.?`;
const YEAR = '((?:19|20)\\d{2})';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?';
const WRITTEN_DATES: [RegExp, (m: RegExpExecArray) => [string, string | number, string]][] = [
  [/\b((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})\b/, (m) => [m[1], m[2], m[3]]],
  [new RegExp(`(?<![\\p{L}])${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'iu'), (m) => [m[3], MONTH_NAMES[m[1].toLowerCase()], m[2]]],
  [new RegExp(`\\b${DAY}\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+)?${YEAR}\\b`, 'iu'), (m) => [m[3], MONTH_NAMES[m[2].toLowerCase()], m[1]]],
];

/**
 * The first written date in a text ("Nov. 19, 2019", "25. September 2018", "21 de junho de 2015",
 * "2018-08-25"); with `year` known, also a date without one ("Posted Nov 18, 8:19 PM").
 */
export function writtenDate(text: string, year: number | null = null): string | null {
  let best: { at: number; day: string } | null = null;
  const patterns = year ? [...WRITTEN_DATES, ...YEARLESS(year)] : WRITTEN_DATES;
  for (const [re, parts] of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    const [y, mo, d] = parts(m);
    if (!validDay(+y, +mo, +d)) continue;
    if (!best || m.index < best.at) best = { at: m.index, day: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
  }
  return best?.day ?? null;
}

const YEARLESS = (year: number): [RegExp, (m: RegExpExecArray) => [string, string | number, string]][] => [
  [new RegExp(`(?<![\\p{L}])${MONTH}\\s+${DAY}(?!\\d|,?\\s+(?:19|20)\\d{2})`, 'iu'), (m) => [String(year), MONTH_NAMES[m[1].toLowerCase()], m[2]]],
];

/**
 * A numeric date in a dateline ("8/17/13 11:04am", "10/ 5/11", "28/10/2012", "17.08.2013"). Slashes
 * and dashes are read month first where `monthFirst` (a US page) unless the first number cannot be
 * a month, day first elsewhere unless the second cannot be; points are always day first. A two-digit
 * year is 20yy below 70, else 19yy. Only for dateline elements: in running text such figures are
 * scores, fractions and versions as often as dates.
 */
export function numericDate(text: string, monthFirst: boolean): string | null {
  const m = /(?<![\d/.:-])(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?((?:19|20)\d{2}|\d{2})(?![\d/:-]|\.\d)/.exec(text);
  if (!m) return null;
  const a = +m[1];
  const b = +m[3];
  const y = m[4].length === 4 ? +m[4] : +m[4] < 70 ? 2000 + +m[4] : 1900 + +m[4];
  const dayFirst = m[2] === '.' || a > 12 || (b <= 12 && !monthFirst);
  const [mo, d] = dayFirst ? [b, a] : [a, b];
  return validDay(y, mo, d) ? `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` : null;
}

// Arabic month names, the Egyptian/Gulf ones and the Levantine ones, to their numbers.
const ARABIC_MONTHS: Record<string, number> = {};
for (const [i, names] of [
  'يناير|كانون الثاني', 'فبراير|شباط', 'مارس|آذار', 'أبريل|ابريل|إبريل|نيسان', 'مايو|أيار|ايار', 'يونيو|يونيه|حزيران',
  'يوليو|يوليه|تموز', 'أغسطس|اغسطس|آب', 'سبتمبر|أيلول|ايلول', 'أكتوبر|اكتوبر|تشرين الأول|تشرين الاول', 'نوفمبر|تشرين الثاني',
  'ديسمبر|كانون الأول|كانون الاول',
].entries()) for (const n of names.split('|')) ARABIC_MONTHS[n] = i + 1;
const AR_MONTH = `(${Object.keys(ARABIC_MONTHS).sort((x, y) => y.length - x.length).join('|')})`;
const AR_DATE = new RegExp(`(?<!\\d)(\\d{1,2})\\s+${AR_MONTH}(?:\\s*/\\s*${AR_MONTH})?\\s*[،,]?\\s*((?:19|20)\\d{2})(?!\\d)`);
const CJK_DATE = /((?:19|20)\d{2})\s*[년年]\s*(\d{1,2})\s*[월月]\s*(\d{1,2})\s*[일日]/;
// Russian months as a date writes them (the genitive, "11 октября 2018"), the nominative and the
// three-letter abbreviations ("11 окт. 2018"); "мая" is May's genitive and its abbreviation.
const RUSSIAN_MONTHS: Record<string, number> = {};
for (const [i, names] of [
  'января январь янв', 'февраля февраль фев', 'марта март мар', 'апреля апрель апр', 'мая май', 'июня июнь июн',
  'июля июль июл', 'августа август авг', 'сентября сентябрь сен сент', 'октября октябрь окт', 'ноября ноябрь ноя', 'декабря декабрь дек',
].entries()) for (const n of names.split(' ')) RUSSIAN_MONTHS[n] = i + 1;
const RU_MONTH = `(${Object.keys(RUSSIAN_MONTHS).sort((x, y) => y.length - x.length).join('|')})`;
const RU_DATE = new RegExp(`(?<![\\d\\p{L}])(\\d{1,2})\\s+${RU_MONTH}\\.?\\s+((?:19|20)\\d{2})(?!\\d)`, 'iu');

/**
 * A date written in Korean or Chinese/Japanese ("2013년 8월 3일", "2013年8月3日"), Arabic ("04 أغسطس
 * 2013", Arabic-Indic figures too) or Russian ("11 октября 2018"), for datelines: writtenDate, which the text extractor shares, reads
 * the Latin-script languages.
 */
export function otherScriptDate(text: string): string | null {
  const t = text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  const c = CJK_DATE.exec(t);
  const a = c ? null : AR_DATE.exec(t);
  const r = c || a ? null : RU_DATE.exec(t);
  const [y, mo, d] = c ? [+c[1], +c[2], +c[3]] : a ? [+a[4], ARABIC_MONTHS[a[2]], +a[1]] : r ? [+r[3], RUSSIAN_MONTHS[r[2].toLowerCase()], +r[1]] : [0, 0, 0];
  return y && validDay(y, mo, d) ? `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` : null;
}

/**
 * Whether the page writes numeric dates month first: a page declared US English, or one declaring
 * bare English or nothing on a host without a country ending (.com, .org, .net, .us); day first elsewhere.
 */
function writesMonthFirst(doc: Doc, url: string | null): boolean {
  const declared = [doc.documentElement?.getAttribute('lang'), metaTag(doc, 'og:locale')].find((t) => !!t && t.trim())?.trim() ?? '';
  if (/^en[-_]us$/i.test(declared)) return true;
  if (declared && !/^en$/i.test(declared)) return false;
  let tld = '';
  try {
    tld = new URL(url ?? '').hostname.split('.').pop() ?? '';
  } catch {
    return false;
  }
  return /^(?:com|org|net|us|gov|edu)$/i.test(tld);
}

/**
 * A Unix time (seconds or milliseconds) in a dateline element's data attribute (`data-publishtime`,
 * `data-timestamp`, `data-epoch`): scripts render it, so the page's HTML may show no date at all.
 * Given in UTC: the page's own zone is not known from it.
 */
function epochDate(doc: Doc): string | null {
  for (const el of marked(doc).datelines) {
    if (NOT_PUBLISHED.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) continue;
    for (const attr of el.getAttributeNames?.() ?? []) {
      if (!/^data-.*(?:time|date|epoch|stamp|publish)/i.test(attr) || /updat|modif/i.test(attr)) continue;
      const v = el.getAttribute(attr)?.trim() ?? '';
      if (!/^\d{10}(?:\d{3})?$/.test(v)) continue;
      const t = new Date(v.length === 13 ? +v : +v * 1000);
      const y = t.getUTCFullYear();
      if (y >= 1990 && y <= 2200) return t.toISOString().replace(/\.\d{3}Z$/, 'Z');
    }
  }
  return null;
}

// The word an update's stamp begins with, in the languages pages come in ("Updated", "Mis à jour le",
// "Actualizado", "Aktualisiert", "Aggiornato", "Bijgewerkt"); a dateline is read up to it.
const UPDATE_WORD = /(?<!\p{L})(?:updated|modified|last modified|aktualisiert|atualizado|atualizada|actualizado|actualizada|actualisé|mis à jour|mise à jour|aggiornato|bijgewerkt|diperbarui)(?!\p{L})/iu;

// Dateline elements come from marked(); "updated" and "modified" stamps are not the publication.
const NOT_PUBLISHED = /updated|modified|current-time|vjs|copyright|footer|comment/i;
const NOT_PUBLISHED_BUT_COMMENT = /updated|modified|current-time|vjs|copyright|footer/i;
// A "comment"-named element this close after the headline (elements in document order) is the article's
// own line (a dateline beside the comment count), not a comment's time: comments come after the text.
const NEAR_HEADLINE = 40;

/**
 * The publication day a reader sees: the first dateline element (a `<time>`, or a class that
 * names a date, time, byline or "published") whose own text holds a written date, else the
 * first written date in the 1,500 characters that follow the headline.
 */
function visibleDay(doc: Doc, headline: Element | null, year: number | null, monthFirst = false): { day: string; how: 'dateline' | 'text' | 'updated' } | null {
  const found: { el: Element; day: string }[] = [];
  const { order, datelines } = marked(doc);
  const h0 = headline ? order.get(headline) ?? -1 : -1;
  const nearHeadline = (el: Element) => h0 >= 0 && (order.get(el) ?? -1) > h0 && (order.get(el) ?? -1) - h0 <= NEAR_HEADLINE;
  for (const el of datelines) {
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if ((nearHeadline(el) ? NOT_PUBLISHED_BUT_COMMENT : NOT_PUBLISHED).test(name)) continue;
    const t = collapseSpaces(spacedText(el, 400));
    if (!t || t.length > 200) continue;
    // A magazine's issue ("December 5, 2016 Issue") is dated by its cover, often a week after the
    // article was published online: no publication date.
    if (/\bissue\b/i.test(t)) continue;
    // "PUBLISHED: November 19 | UPDATED: November 20": read what comes before "updated".
    const before = t.split(UPDATE_WORD)[0];
    // A date without a year is taken only where the text says it is the publication's.
    const d = writtenDate(before, /posted|published|publicado|veröffentlicht|publié/i.test(before) ? year : null) ?? numericDate(before, monthFirst) ?? otherScriptDate(before);
    if (d) found.push({ el, day: d });
  }
  // A dateline after the headline belongs to the article; one before it may be the site's "today".
  let after: (typeof found)[number] | undefined;
  if (headline && found.length > 1) {
    const h = order.get(headline) ?? -1;
    after = found.find((f) => (order.get(f.el) ?? -1) > h);
  }
  if (after ?? found[0]) return { day: (after ?? found[0]).day, how: 'dateline' };
  let updated: string | null = null;
  if (headline) {
    let text = '';
    for (let n: Node | null = nextNode(headline, true); n && text.length < 1500; n = nextNode(n, false)) {
      if (n.nodeType === 3) text += ` ${n.nodeValue ?? ''}`;
      else if (n.nodeType === 1 && /^(SCRIPT|STYLE|NOSCRIPT)$/i.test((n as Element).tagName)) n = lastDescendant(n);
    }
    const [lead, ...rest] = collapseSpaces(text).split(UPDATE_WORD);
    const near = writtenDate(lead) ?? otherScriptDate(lead);
    if (near) return { day: near, how: 'text' };
    // The only stamp under the headline an update's ("Updated: Dec 15, 2016 2:57 PM UTC"): still the
    // article's date, the last one to take.
    const update = rest.length ? /^\s*(?:on|at)?:?\s*(.{6,40})/i.exec(rest[0]) : null;
    updated = update ? writtenDate(update[1]) : null;
  }
  // "publiziert am 25. September 2018" anywhere on the page, when no dateline was marked up.
  // (Not in readers' comments or other stories' teasers: "Posted on 29 Oct 2012" under a comment dates the comment.)
  const body = collapseSpaces(ownText(doc.body));
  // (Word edges by letters, not \b, which takes the "é" of "publié" for an edge.)
  const said = /(?<!\p{L})(?:published|posted|publiziert|veröffentlicht|publicado|pubblicato|publié|diterbitkan)(?!\p{L})(?:\s+(?:on|am|em|el|il|le|pada))?:?\s+(.{6,40})/iu.exec(body);
  const day = said ? writtenDate(said[1]) ?? numericDate(said[1], monthFirst) : null;
  return day ? { day, how: 'text' } : updated ? { day: updated, how: 'updated' } : null;
}

/** The visible text under `root`, without readers' comments and other stories (the parts OTHER_STORIES names). */
function ownText(root: Element | null | undefined): string {
  const out: string[] = [];
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out.push(c.nodeValue ?? '');
      if (c.nodeType !== 1) continue;
      const el = c as Element;
      if (/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i.test(el.tagName)) continue;
      if (OTHER_STORIES.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) continue;
      walk(el);
    }
  };
  if (root) walk(root);
  // (Apart, as blocks are: "... de 2012" and "The delegations" of the next paragraph do not glue into "2012The".)
  return out.join(' ');
}

/** The next node in document order (into children unless `skipChildren`). */
function nextNode(n: Node, skipChildren: boolean): Node | null {
  if (!skipChildren && n.firstChild) return n.firstChild;
  for (let c: Node | null = n; c; c = c.parentNode) if (c.nextSibling) return c.nextSibling;
  return null;
}

function lastDescendant(n: Node): Node {
  let c = n;
  while (c.lastChild) c = c.lastChild;
  return c;
}

const dayNumber = (day: string) => Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / 86_400_000;

interface DateChoice {
  published: string | null;
  origin: MetaOrigin | null;
}

/** Whether the page declares US English (`<html lang="en-US">`, og:locale en_US). */
function declaresUS(doc: Doc): boolean {
  const tags = [doc.documentElement?.getAttribute('lang'), metaTag(doc, 'og:locale')];
  return tags.some((t) => !!t && /^en[-_]us$/i.test(t.trim()));
}

/** The first non-UTC offset among the page's machine-readable times ("-05:00"), or null. */
function pageOffset(doc: Doc, ld: JsonLd): string | null {
  const raws: (string | null | undefined)[] = [ld.datePublished, ld.dateModified];
  for (const key of ['article:published_time', 'article:modified_time', 'og:updated_time', 'datePublished', 'dateModified', 'sailthru.date', 'parsely-pub-date']) raws.push(...metaTags(doc, key));
  let i = 0;
  for (const t of doc.querySelectorAll('time[datetime], [itemprop="datePublished"], [itemprop="dateModified"]')) {
    if (i++ >= 10) break;
    raws.push(t.getAttribute('datetime') ?? t.getAttribute('content') ?? t.getAttribute('value'));
  }
  for (const raw of raws) {
    const v = pageDate(raw);
    const m = v && v.length > 10 ? /([+-]\d{2}:\d{2})$/.exec(v) : null;
    if (m && m[1] !== '+00:00' && m[1] !== '-00:00') return m[1];
  }
  return null;
}

/** A UTC date-time ("2019-11-19T02:24:00Z") as the same instant in `offset` ("2019-11-18T21:24:00-05:00"). */
function inOffset(utc: string, offset: string): string | null {
  const t = Date.parse(utc);
  if (Number.isNaN(t)) return null;
  const minutes = (offset[0] === '-' ? -1 : 1) * (+offset.slice(1, 3) * 60 + +offset.slice(4, 6));
  return `${new Date(t + minutes * 60_000).toISOString().slice(0, 19)}${offset}`;
}

// Meta keys that name the first publication, beyond the common ones chooseDate asks for first.
const MORE_PUBLISHED_KEYS = [
  'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish_date', 'publish-date', 'dc.date.issued',
  'article:published', 'article:post_date', 'article_date_original', 'article:publicationdate', 'article:published_date',
  'og:pubdate', 'og:publish_date', 'og:datepublished', 'og:article:published', 'originalpublicationdate',
  'original-publish-date', 'publication_date', 'published-date', 'date_published', 'dateposted', 'rnews:datepublished',
  'dcterms.issued', 'dc.date.publication', 'dc.date.created', 'dc.created', 'dc:created', 'dc:date', 'citation_publication_date',
  'citation_date', 'dcsext.articlefirstpublished', 'analyticsattributes.articledate', 'shareaholic:article_published_time',
  'twt-published-at', 'vr:published_time', 'mediator_published_time', 'bt:pubdate', 'rbpubdate', 'displaydate',
];

/**
 * A `<time datetime>` that is not an update's: the first after the headline, else the first on the
 * page. For pages whose only date is machine-readable markup outside the head.
 */
function timeElementDate(doc: Doc, headline: Element | null): string | null {
  const { order } = marked(doc);
  const h = headline ? order.get(headline) ?? -1 : -1;
  let first: string | null = null;
  let seen = 0;
  for (const t of doc.querySelectorAll('time[datetime]')) {
    if (++seen > 50) break;
    if (UPDATE_STAMP.test(timeContext(t))) continue;
    const v = pageDate(t.getAttribute('datetime'));
    if (!v) continue;
    first ??= v;
    // Elements the dateline walk did not mark have no position: they count as after the headline.
    if (h < 0 || (order.get(t) ?? Number.MAX_SAFE_INTEGER) > h) return v;
  }
  return first;
}

/**
 * The first `<time datetime>` within NEAR_HEADLINE elements after the headline that is not an update's;
 * else the first that is, when the page has no other time at all (hAtom templates class the only
 * stamp "updated").
 */
function nearTimeElement(doc: Doc, headline: Element | null): string | null {
  const { order, datelines } = marked(doc);
  const h = headline ? order.get(headline) ?? -1 : -1;
  if (h < 0) return null;
  let update: string | null = null;
  for (const t of datelines) {
    const at = order.get(t) ?? -1;
    if (at <= h) continue;
    if (at - h > NEAR_HEADLINE) break;
    const v = t.tagName.toUpperCase() === 'TIME' ? pageDate(t.getAttribute('datetime')) : null;
    if (!v) continue;
    if (!UPDATE_STAMP.test(timeContext(t))) return v;
    update ??= v;
  }
  return update && !timeElementDate(doc, headline) ? update : null;
}

/** Where a `<time>` stands: its class and itemprop, its parent's class and the start of its parent's text. */
const timeContext = (t: Element) =>
  `${t.getAttribute('class') ?? ''} ${t.getAttribute('itemprop') ?? ''} ${t.parentElement?.getAttribute('class') ?? ''} ${t.parentElement?.textContent?.slice(0, 80) ?? ''}`;
const UPDATE_STAMP = /updat|modif|aktualisiert|atualizad|actualiz/i;

// Keys under which page scripts (data layers, app state) carry the first publication.
const SCRIPT_DATE = /["'](?:datePublished|publishDate|publishedDate|publish_date|published_date|pubDate|publishedAt|published_at|firstPublished|firstPublishedDate|first_published_at|dateFirstPublished)["']\s*:\s*["']([^"']{8,40})["']/;

/**
 * The publication as older templates mark it up: HTML5's `<time pubdate datetime>`, or hAtom's
 * `<abbr class="published" title="2010-08-13T16:39:00-04:00">` (an element classed "published" whose
 * title is a machine date). Not an "updated" one.
 */
function microformatDate(doc: Doc, headline: Element | null): string | null {
  const { order } = marked(doc);
  const h = headline ? order.get(headline) ?? -1 : -1;
  // The first after the headline (others may date related stories listed above it), else the first.
  let first: string | null = null;
  const stamps: [Element, string | null][] = [
    ...[...doc.querySelectorAll('time[pubdate][datetime]')].map((t): [Element, string | null] => [t, t.getAttribute('datetime')]),
    ...[...doc.querySelectorAll('abbr.published[title], span.published[title], time.published[title]')].map((t): [Element, string | null] => [t, t.getAttribute('title')]),
  ];
  for (const [el, raw] of stamps.slice(0, 50)) {
    const v = raw && /^\d{4}-\d{2}-\d{2}/.test(raw.trim()) ? pageDate(raw) : null;
    if (!v) continue;
    first ??= v;
    if (h < 0 || (order.get(el) ?? Number.MAX_SAFE_INTEGER) > h) return v;
  }
  return first;
}

/** A publication date in a page script's data (`"publishDate":"2019-11-18T09:30:00Z"`), or null. */
function scriptDataDate(doc: Doc): string | null {
  for (const s of doc.querySelectorAll('script')) {
    if (/ld\+json/i.test(s.getAttribute('type') ?? '')) continue;
    const m = SCRIPT_DATE.exec(s.textContent ?? '');
    const v = m ? pageDate(m[1]) : null;
    if (v) return v;
  }
  return null;
}

/**
 * Publication, not modification. The machine-readable date (JSON-LD datePublished, the
 * article:published_time family, itemprop) comes first, as it is meant for exactly this; but a
 * date-time there is often UTC, whose day can be the day after the one the outlet printed. So when
 * the visible dateline (else the URL) says the day before or after, that day is the publication
 * day. Without a machine date: the URL's date, then the visible one. dateModified only when
 * nothing else is there, since an update is still a date the article carries.
 */
function chooseDate(doc: Doc, ld: JsonLd, url: string | null, headline: Element | null): DateChoice {
  const machine: [string | null, MetaOrigin][] = [
    [pageDate(ld.datePublished), 'json-ld'],
    [pageDate(metaTag(doc, 'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate',
      'publish-date', 'publish_date', 'date', 'dc.date', 'DC.date', 'dc.date.issued', 'DC.date.issued', 'dcterms.created',
      'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'article.published', 'og:article:published_time', 'cXenseParse:recs:publishtime')), 'meta'],
    [pageDate(doc.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime') ??
      doc.querySelector('[itemprop="datePublished"]')?.getAttribute('content') ??
      doc.querySelector('meta[itemprop="datePublished"]')?.getAttribute('value')), 'meta'],
    [pageDate(parselyPage(doc).date), 'meta'],
    [microformatDate(doc, headline), 'meta'],
  ];
  const m = machine.find(([v]) => v);
  const fromUrl = urlDate(url);
  const visible = visibleDay(doc, headline, m ? +m[0]!.slice(0, 4) : null, writesMonthFirst(doc, url));
  const seen = visible && visible.how !== 'updated' ? visible.day : null;
  if (m) {
    const [value, origin] = m as [string, MetaOrigin];
    const day = value.slice(0, 10);
    // The dateline and the address agree on another day, days away: two sources the outlet wrote
    // by hand outweigh a machine date that is an update's or a template's (a republished page).
    if (seen && seen === fromUrl && Math.abs(dayNumber(seen) - dayNumber(day)) > 1) return { published: seen, origin: 'visible' };
    if (value.length > 10) {
      // (An update's stamp that shows the machine date's own day, "Updated 0339 GMT November 19", says
      // the page writes its times in that zone: the address's day does not move it.)
      const shown = visible?.how === 'updated' && visible.day === day;
      const local = seen ?? (shown ? null : fromUrl);
      if (local && Math.abs(dayNumber(local) - dayNumber(day)) === 1) return { published: local, origin: seen ? 'visible' : 'url' };
      // A UTC value on a page whose other times carry its own offset: the same instant in that offset,
      // whose day is the one the outlet printed (unless the page's own dateline or address says otherwise).
      if (value.endsWith('Z')) {
        const zone = pageOffset(doc, ld);
        const shifted = zone ? inOffset(value, zone) : null;
        if (shifted && (!local || local === shifted.slice(0, 10))) return { published: shifted, origin };
        // A page for the United States (en-US) with no offset of its own: before 04:00 UTC it is
        // still the day before in every US time zone, summer or winter. Only the day is known.
        const hour = +value.slice(11, 13);
        if (!zone && !local && hour < 4 && declaresUS(doc)) return { published: new Date(Date.parse(value) - 86_400_000).toISOString().slice(0, 10), origin };
      }
    }
    return { published: value, origin };
  }
  // The address is written when the story is filed, often on the server's clock (UTC, or the home
  // office's zone); a dateline a day from it is the local day the reader is shown ("10/ 5/11 09:19 PM
  // ET" at /2011/10/06/): that day, as with a UTC machine date.
  if (fromUrl && visible?.how === 'dateline' && Math.abs(dayNumber(visible.day) - dayNumber(fromUrl)) === 1) return { published: visible.day, origin: 'visible' };
  if (fromUrl) return { published: fromUrl, origin: 'url' };
  if (visible?.how === 'dateline') return { published: visible.day, origin: 'visible' };
  // A <time datetime> just under the headline, even one classed "updated" (hAtom templates class the
  // only stamp so), before a date read from the text, which may be a date the story tells of.
  const stamp = nearTimeElement(doc, headline);
  if (stamp) return { published: stamp, origin: 'meta' };
  if (seen) return { published: seen, origin: 'visible' };
  // Other names pages give the first publication (the list htmldate reads), in any case: less
  // common, so less trusted than the address or the dateline, but before a modified date.
  const other = pageDate(metaTagAnyCase(doc, ...MORE_PUBLISHED_KEYS));
  if (other) return { published: other, origin: 'meta' };
  const stamped = timeElementDate(doc, headline) ?? epochDate(doc) ?? scriptDataDate(doc);
  if (stamped) return { published: stamped, origin: 'meta' };
  // An update's stamp is all there is: the one a reader sees, then the metadata's.
  if (visible) return { published: visible.day, origin: 'visible' };
  const modified = pageDate(ld.dateModified) ?? pageDate(metaTag(doc, 'article:modified_time', 'og:updated_time'));
  return modified ? { published: modified, origin: ld.dateModified ? 'json-ld' : 'meta' } : { published: null, origin: null };
}

// ---------------------------------------------------------------- byline

// Words that name a desk, a role or an outlet rather than a person.
const NOT_A_PERSON =
  /\b(?:staff|desk|team|editors?|editorial|newsroom|news|reports?|reporters?|correspondents?|wire|agency|agencies|press|associated|reuters|afp|bloomberg|admin|administrator|webmaster|contributors?|guest|media|online|digital|magazine|times|post|daily|journal|tribune|herald|group|inc|ltd|llc|com|network|channel|tv|radio|bureau|service|partner|sponsored|content|writers?|columnists?|analysis|international|photographer|sport|sports|opinion|updated|published|reporting|reported|posted|written|edited|twitter|facebook|email|e-mail|share|follow|following)\b/i;
const WEEKDAY_TAIL = /(?:\s+(?:on|am|le|el|em|il)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|updated|published|posted)\b.*$/i;

/** "By Ana Ruiz and Li Wei, Staff Writers" → ["Ana Ruiz", "Li Wei"]; outlets and desks dropped. */
export function bylineNames(raw: string | null | undefined, outlet: string | null = null, single = false): string[] {
  const s = cleanText(raw);
  if (!s || /^https?:\/\//i.test(s) || s.length > 200) return [];
  const out: string[] = [];
  // Metadata in the catalogue's order, "Surname, Given" (Dublin Core's dc.creator convention): one name.
  const inverted = single ? /^(\p{Lu}[\p{Ll}'’-]+(?:[-\s]\p{Lu}[\p{Ll}'’-]+)?),\s*(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}\.?)?)$/u.exec(s) : null;
  if (inverted) return bylineNames(`${inverted[2]} ${inverted[1]}`, outlet);
  const pieces = s
    // "By", "Written by", "Analysis by", "Von", "Por", ...
    .replace(/^\s*(?:\p{L}+\s+){0,2}?(?:by|von|par|por|di|door|av|oleh)\s*:?\s+/iu, '')
    // "Текст: Лида Буслаева", "Reporter: ..." — one label word before a colon.
    .replace(/^[\p{L}]+\s*:\s+/u, '')
    // "Finian Cunningham. Sputnik International": a full stop after a word (not an initial) ends the name.
    .split(/\s*(?:,|;|\||\/|&|(?<=\p{Ll}{2})\.\s+|\s(?:and|und|et|y|e|with|dan)\s)\s*/u);
  for (let p of pieces) {
    p = p.replace(/^\s*by\s+/i, '').replace(WEEKDAY_TAIL, '').replace(/\s+(?:for|in|at)\s+.*$/i, '').replace(/[•·@].*$/, '').trim();
    if (!p || p.length < 2 || p.length > 60) continue;
    if (/\d/.test(p) || /^https?:/i.test(p) || p.includes('.com')) continue;
    if (NOT_A_PERSON.test(p)) continue;
    if (outlet && normName(p) === normName(outlet)) continue;
    const words = p.split(/\s+/);
    if (/^the$/i.test(words[0])) continue;
    if (outlet && words.some((w) => normName(w) === normName(outlet))) continue;
    // The outlet's name of several words inside it: its company or desk ("Ediciones El País" beside "El País").
    if (outlet && /\s/.test(outlet.trim()) && ` ${spacedName(p)} `.includes(` ${spacedName(outlet)} `)) continue;
    if (outlet && words.length === 1 && normName(outlet).startsWith(normName(p))) continue;
    // A person's name: 2–5 words, each starting with a capital (after an optional particle), or a
    // name in a script without case (정덕현); a single name ("Regan") only where `single` allows.
    if (UNCASED_NAME.test(p)) {
      if (!out.includes(p)) out.push(p);
      continue;
    }
    if (words.length > 5 || (words.length < 2 && !(single && /^\p{Lu}\p{Ll}{2,}$/u.test(p)))) continue;
    if (!words.every((w) => NAME_WORD.test(w) || PARTICLE.test(w))) continue;
    const name = /^[\p{Lu}\s'’.-]+$/u.test(p) ? titleCase(p) : p;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

const UNCASED_NAME = /^[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Arabic}\p{Script=Thai}]{2,8}(?:\s[\p{Script=Hangul}\p{Script=Han}\p{Script=Arabic}\p{Script=Thai}]{1,8}){0,2}$/u;
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
const PARTICLE = /^(?:van|von|de|der|den|da|di|du|del|della|la|le|bin|al|el|ibn|dos|das|ter|y)$/;
const normName = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
const spacedName = (s: string) => s.normalize('NFKC').toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

interface BylineChoice {
  byline: string | null;
  origin: MetaOrigin | null;
}

/**
 * People who wrote the article: JSON-LD authors of type Person, then author meta tags, then the
 * visible byline (`rel=author`, `itemprop=author`, `.byline`, `.author…`). An outlet, a desk
 * ("Staff", "Reuters") or a URL is not a byline. Metadata often names only the first of several
 * authors, so a visible byline that holds all of its names and more wins.
 */
function chooseByline(doc: Doc, ld: JsonLd, outlet: string | null, headline: Element | null, host: string | null = null): BylineChoice {
  let names = unique(ld.authors.flatMap((a) => bylineNames(a, outlet, true)));
  let origin: MetaOrigin | null = names.length ? 'json-ld' : null;
  if (!names.length) {
    // Keys in any case: older pages write "Author", "DC.Creator".
    for (const key of ['author', 'article:author', 'parsely-author', 'parsely-page', 'sailthru.author', 'byl', 'dc.creator', 'dcterms.creator', 'twitter:creator:name']) {
      const values = key === 'parsely-page' ? parselyPage(doc).authors : metaTagsAnyCase(doc, key);
      names = unique(values.flatMap((v) => bylineNames(v, outlet, true)));
      if (names.length) {
        origin = 'meta';
        break;
      }
    }
  }
  if (!names.length) {
    names = creatorNames(doc, outlet);
    if (names.length) origin = 'meta';
  }
  // A one-word "author" that the site's address begins with is the brand's account ("Acme" on
  // acmeoutdoor.com), not a person.
  const labels = hostLabels(host);
  names = names.filter((n) => /\s/.test(n) || !labels.some((l) => compact(n).length >= 4 && l.startsWith(compact(n))));
  if (!names.length) origin = null;
  // A metadata author the page never shows is the account that posted it (a CMS user, "Josh"), not
  // a byline readers see; judged only on a page whose text is in the HTML, not rendered by script.
  if (names.length) {
    const shown = visibleText(doc);
    if (shown.length >= 1000 && !names.some((n) => shown.includes(compact(n)))) {
      names = [];
      origin = null;
    }
  }
  const visible = visibleByline(doc, outlet, headline);
  let seen = visible.names;
  // Unmarked "By ..." under the headline: the byline when nothing else names anyone, and co-authors
  // metadata left out when it names all of the metadata's and more.
  if (!seen.length) seen = byLineNearHeadline(headline, outlet);
  // A name only a sidebar or rail gives: the article's author box there, when nothing else names anyone.
  if (!seen.length && !names.length) seen = visible.aside;
  // Else a link to the writer's own page, whose address spells the name it shows.
  if (!seen.length && !names.length) seen = authorLink(doc, outlet, headline);
  const lower = (xs: string[]) => xs.map((x) => x.toLowerCase());
  if (seen.length > names.length && lower(names).every((n) => lower(seen).includes(n))) return { byline: seen.join(', '), origin: 'visible' };
  // Metadata that names the visible byline's people and more (photographers, stylists, models: the
  // credits of a shoot in one analytics field): the byline is the one readers see.
  if (visible.names.length && visible.names.length < names.length && lower(visible.names).every((n) => lower(names).includes(n))) return { byline: visible.names.join(', '), origin: 'visible' };
  if (names.length) return { byline: names.join(', '), origin };
  return { byline: null, origin: null };
}

/**
 * twitter:creator, the last metadata source of an author: a person's name as it stands ("Ana Ruiz"),
 * or a handle ("@aruiz") that spells or abbreviates a name of two or more words the page's head
 * writes ("... • Ana Ruiz"). Not the site's own handle (twitter:site), nor the outlet's name.
 */
function creatorNames(doc: Doc, outlet: string | null): string[] {
  const raw = metaTag(doc, 'twitter:creator')?.trim() ?? '';
  if (!raw || raw.toLowerCase() === metaTag(doc, 'twitter:site')?.trim().toLowerCase()) return [];
  if (!raw.startsWith('@')) return /\s/.test(raw) ? bylineNames(raw, outlet) : [];
  const handle = compact(raw.replace(/_+$/, ''));
  if (handle.length < 4) return [];
  const run = /(?<![\p{L}\p{N}@#_/])\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)+/gu;
  for (const t of headTexts(doc)) {
    for (const m of cleanText(t)?.matchAll(run) ?? []) {
      const words = m[0].split(/\s+/);
      // Every run of two to four of its words: "Dustin Curtis" inside "Posted By Dustin Curtis".
      for (let i = 0; i < words.length; i++) {
        for (let j = i + 2; j <= Math.min(words.length, i + 4); j++) {
          const v = words.slice(i, j).join(' ');
          const parts = v.normalize('NFKD').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
          if (compact(v) !== handle && !abbreviates(handle, parts)) continue;
          const names = bylineNames(v, outlet);
          if (names.length === 1 && /\s/.test(names[0])) return names;
        }
      }
    }
  }
  return [];
}

// A reporter's credit as Korean papers write it, in the article's first or last lines: a name of two to
// four syllables before the role ("홍길동 기자", "정덕현 칼럼니스트", "[서울=뉴시스] 홍길동 기자 =").
const KO_CREDIT = /(?:^|[\s[(=·])([가-힣]{2,4})\s?(?:선임|객원|수석)?(?:기자|특파원|칼럼니스트|논설위원|편집위원)(?=$|[\s\]),.=@a-z0-9])/u;
// ... and as Chinese papers do: the role before the name ("记者 张明", "（记者张明）", "記者 張明報導").
const ZH_CREDIT = /(?:记者|記者)[\s:：]*(\p{Script=Han}{2,3}?)(?=$|[\s)）\]】,，。;；]|报道|報導|摄|攝)/u;

/**
 * A byline from the article's own text where the page marks none: a Korean or Chinese reporter's
 * credit in the first line's opening or in one of the last three short lines. Other stories' credits
 * in the page's chrome are not in the text.
 */
export function creditInText(text: string): string | null {
  const lines = text.split('\n');
  const places = [...lines.slice(0, 1).map((l) => l.slice(0, 60)), ...lines.slice(-3).filter((l) => l.length <= 120)];
  for (const l of places) {
    const m = KO_CREDIT.exec(l) ?? ZH_CREDIT.exec(l);
    if (m) return m[1];
  }
  return null;
}

const visibleTextIndex = new WeakMap<Doc, string>();

/** The page's visible text as letters and digits only, lower-cased (scripts and styles left out): names compare
 * across curly and straight apostrophes, accents and spacing. */
function visibleText(doc: Doc): string {
  let t = visibleTextIndex.get(doc);
  if (t !== undefined) return t;
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
    else if (n.nodeType === 1 && !/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i.test((n as Element).tagName)) for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  if (doc.body) walk(doc.body);
  t = compact(parts.join(' '));
  visibleTextIndex.set(doc, t);
  return t;
}

const BY_LABEL = /^(?:(?:written|words|text|reported|story)\s+)?(?:by|por|von|par|door|oleh|di)\s*:?\s+\p{Lu}/iu;

/**
 * "By Ana Ruiz, Li Wei on Monday ..." in an unmarked block just under the headline: the first short
 * element after it whose text starts with "By" (or its counterpart in another language), within the
 * next 40 elements.
 */
function byLineNearHeadline(headline: Element | null, outlet: string | null): string[] {
  if (!headline) return [];
  let n: Node | null = nextNode(headline, true);
  for (let seen = 0; n && seen < 40; n = nextNode(n, false)) {
    // A bare text line ("by Ana Ruiz / January 19, 2017 /") between the elements of a header.
    if (n.nodeType === 3) {
      const t = collapseSpaces(n.nodeValue ?? '');
      const names = t.length <= 200 && BY_LABEL.test(t) ? unique(bylineNames(t, outlet)) : [];
      if (names.length) return names;
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i.test(el.tagName)) {
      n = lastDescendant(n);
      continue;
    }
    seen++;
    // A linked heading is another story's (a teaser): what follows it is that story's.
    if (/^H[1-6]$/i.test(el.tagName) && el.querySelector('a[href]')) break;
    const t = collapseSpaces(el.textContent ?? '');
    if (t.length > 200 || !BY_LABEL.test(t)) continue;
    const names = unique(bylineNames(t, outlet));
    if (names.length) return names;
  }
  return [];
}

// Class or id words of page parts that hold other stories' or readers' names: comments, related and
// recirculation lists; and the side parts that often do (sidebars, widgets, rails) but may hold the
// article's own author box.
const OTHER_STORIES = /(?:^|[\s_-])(?:comments?|commentlist|related|recirc)(?:$|[\s_-])/i;
const SIDE_PARTS = /(?:^|[\s_-])(?:sidebar|widgets?|rail)(?:$|[\s_-])/i;

/**
 * Whether a byline element belongs to another story than the one under `headline`: 'other' when it
 * sits in a part of the page named for comments or related stories (an ancestor that does not also
 * hold the headline: a wrapper named "has-comments" holds the article too), or the nearest heading
 * before it is a linked heading after the headline (a teaser in a list of stories); 'side' in a
 * sidebar, widget or rail, which may still be the article's author box; null otherwise.
 */
function otherStory(el: Element, headline: Element | null, m: Marked): 'other' | 'side' | null {
  let side = false;
  for (let a: Element | null = el.parentElement; a && a.tagName !== 'BODY'; a = a.parentElement) {
    if (headline && a.contains(headline)) break;
    const name = `${a.getAttribute('class') ?? ''} ${a.getAttribute('id') ?? ''}`;
    if (OTHER_STORIES.test(name)) return 'other';
    if (SIDE_PARTS.test(name)) side = true;
  }
  if (!headline) return side ? 'side' : null;
  const at = m.order.get(el) ?? -1;
  const h = m.order.get(headline) ?? -1;
  let own: Element | null = null;
  for (const x of m.headings) {
    if ((m.order.get(x) ?? -1) >= at) break;
    // (A heading that holds the byline, <h4 class="writer-name"><a href="/ana-ruiz/">, is not a teaser's.)
    if (!x.contains(el)) own = x;
  }
  if (own && own !== headline && (m.order.get(own) ?? -1) > h && own.querySelector('a[href]')) return 'other';
  return side ? 'side' : null;
}

/**
 * Names in a byline element: its whole text, else the texts of its parts apart ("<b class=fn>Ana
 * Ruiz</b> <span>Senior Correspondent</span>", a name beside a job title that reads as none).
 */
function elementNames(el: Element, outlet: string | null): string[] {
  const whole = unique(bylineNames(el.textContent ?? '', outlet));
  if (whole.length || !el.firstElementChild) return whole;
  // (Adjacent text nodes are one piece: a parser may leave each entity-written character, "&#x8C22;", a node of its own.)
  const parts: string[] = [];
  let run = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) return void (run += n.nodeValue ?? '');
    if (run.trim()) parts.push(run);
    run = '';
    if (n.nodeType === 1 && !/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i.test((n as Element).tagName)) for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    if (run.trim()) parts.push(run);
    run = '';
  };
  walk(el);
  return unique(parts.flatMap((p) => bylineNames(p, outlet)));
}

/** The visible byline, and apart the one found only in a side part of the page (a fallback). */
function visibleByline(doc: Doc, outlet: string | null, headline: Element | null = null): { names: string[]; aside: string[] } {
  let best: string[] = [];
  let aside: string[] = [];
  const m = marked(doc);
  // Co-authors as a list, one byline element per item (<ul class="authors"><li><div rel="author">...),
  // or side by side in one parent (<p><span class="byline">By A and</span><span class="byline">B</span>):
  // the names of one list's items together.
  const lists = new Map<Element, string[]>();
  let after = false;
  for (const el of m.bylines) {
    // Comment authors and author boxes of other stories are not the article's byline. (An author
    // element flagged "has-bio" is one that has a bio box, not the box.)
    if (/comment|related|recirc|widget/i.test(el.getAttribute('class') ?? '') || (el.getAttribute('class') ?? '').split(/\s+/).some((c) => /(?:^|[-_])bio$/i.test(c) && !/^(?:has|with)[-_]/i.test(c))) continue;
    const t = el.textContent ?? '';
    if (t.length > 150) continue;
    const other = otherStory(el, headline, m);
    if (other === 'other') continue;
    const names = elementNames(el, outlet);
    if (other === 'side') {
      if (!aside.length) aside = names;
      continue;
    }
    // Bylines after the headline belong to the article; one before it may be a menu's or a header's
    // (writers listed in the navigation), taken only when none follows the headline.
    const at = m.order.get(el) ?? -1, h = headline ? m.order.get(headline) ?? -1 : -1;
    if (names.length && h >= 0 && at > h && !after) {
      after = true;
      best = [];
    }
    // A later element may hold the same byline more cleanly ("By A and BAssociated Press" glued).
    if (names.length && (!best.length || (names.length > best.length && best.every((n) => names.includes(n))))) best = names;
    // (Only a list just under the headline: menus list many writers, each marked as an author.)
    const item = el.closest('li');
    const list = item?.parentElement && /^(?:UL|OL)$/.test(item.parentElement.tagName) ? item.parentElement : el.parentElement;
    if (names.length && list && list.children.length <= 8 && h >= 0 && at > h && at - h <= 60) lists.set(list, unique([...(lists.get(list) ?? []), ...names]));
  }
  for (const names of lists.values()) if (names.length > best.length && best.every((n) => names.includes(n))) best = names;
  return { names: best, aside };
}

const unique = (xs: string[]) => [...new Set(xs)];

// Directories of writers' pages ("/author/craiglloyd/", "/by/alexander-burns").
const WRITER_PATH = /^(?:authors?|autor(?:es)?|auteurs?|writers?|contributors?|columnists?|journalists?|reporters?|staff|profiles?|by)$/;

/**
 * A link to a writer's page whose address spells the person's name it shows (`<a
 * href="/author/craiglloyd/">Craig Lloyd</a>`, `/lauren-jarvis-gibson/`): the first after the headline,
 * outside other stories' parts (comments, related lists, teasers). For pages whose byline has no
 * marked-up class or "By".
 */
function authorLink(doc: Doc, outlet: string | null, headline: Element | null): string[] {
  const m = marked(doc);
  const h = headline ? m.order.get(headline) ?? -1 : -1;
  let seen = 0;
  for (const a of doc.querySelectorAll('a[href]')) {
    if (++seen > 3000) break;
    if (h >= 0 && (m.order.get(a) ?? -1) <= h) continue;
    const text = collapseSpaces(a.textContent ?? '');
    if (text.length < 4 || text.length > 60) continue;
    const names = bylineNames(text, outlet);
    if (names.length !== 1 || !/\s/.test(names[0])) continue;
    let path = '';
    try {
      path = new URL(a.getAttribute('href') ?? '', 'http://x.invalid/').pathname;
    } catch {
      continue;
    }
    // (The name's page as a writer's: under a writers' path, or a link the page calls a writer's or
    // profile link; a topic page about a person, "/topic/donald-trump/", is not one.)
    const key = compact(names[0]);
    const segs = path.split('/').map((seg) => compact(seg.replace(/%[0-9a-f]{2}/gi, '')));
    const at = segs.findIndex((seg) => seg === key);
    if (at < 0) continue;
    const role = `${a.getAttribute('rel') ?? ''} ${a.getAttribute('class') ?? ''} ${a.parentElement?.getAttribute('class') ?? ''}`;
    if (!WRITER_PATH.test(segs[at - 1] ?? '') && !/author|writer|byline|profile|contributor/i.test(role)) continue;
    if (otherStory(a, headline, m) === 'other') continue;
    return names;
  }
  return [];
}

// ---------------------------------------------------------------- outlet

/** "The New York Times" from "Headline - The New York Times", "The Space Review" from "The Space Review: Headline". */
function outletFromTitle(doc: Doc, labels: string[] = []): string | null {
  const raw = cleanText(doc.querySelector('title')?.textContent);
  if (!raw) return null;
  const pieces = raw.split(new RegExp(`\\s+[|\\-–—·•»«/]\\s+|\\s+::\\s+|:\\s+|${CJK_SEPARATOR}`, 'u')).map((x) => x.trim()).filter(Boolean);
  if (pieces.length < 2) return null;
  const longest = Math.max(...pieces.map((x) => x.length));
  // A piece the host names ("... - The New York Times" on nytimes.com), whatever its length: the end
  // pieces first, then the middle ones, as a title may end in sections ("Headline | Outlet | F1 | Rally").
  // Else a piece, not the headline, whose first word is the host label ("... - BBC中文网 - 两岸三地").
  const order = [pieces[pieces.length - 1], pieces[0], ...pieces.slice(1, -1)];
  const named =
    order.find((x) => wordsOf(x).length <= 6 && hostAgreement(x, labels) === 3) ??
    order.find((x) => x.length < longest && wordsOf(x).length <= 6 && hostAgreement(x, labels) === 2);
  if (named) return named;
  // The outlet is the suffix by convention; a prefix only when the suffix is the headline itself.
  const last = pieces[pieces.length - 1];
  const pick = last.length < longest ? last : pieces[0];
  if (pick.length >= longest || wordsOf(pick).length > 6) return null;
  // A piece of the headline itself ("Die elektronische Patientenakte (ePA) – der lange Marsch…").
  const headings = [...doc.querySelectorAll('h1')].map((h) => h.textContent ?? '').concat(metaTag(doc, 'og:title') ?? '');
  // (An <h1> that is the piece itself is the site's logo, not a headline.)
  return headings.some((h) => overlap(pick, h) >= 0.5 && normTitle(h) !== normTitle(pick)) ? null : pick;
}

const DOMAIN_LIKE = /\.(?:com|net|org|co|ca|uk|in|de|fr|it|br|ru|kr|au|info|news)$/i;

// The last word of a company's name: the publisher of an outlet rather than the outlet.
const CORPORATE = /\s(?:media|group|holdings?|company|companies|corporation|corp\.?|communications|enterprises|networks|publishing|publications|publishers|broadcasting|inc\.?|llc|ltd\.?|limited|gmbh|ag|s\.?a\.?|plc)$/i;

// Values that name a page, a site's chrome or a common section rather than a publication.
const GENERIC_NAME = /^(?:home|home ?page|index|main|welcome|untitled|default|news|latest(?: news)?|breaking news|top stories|blog|articles?|stor(?:y|ies)|posts?|opinion|sports?|business|politics|world|local|entertainment|lifestyle|tech|technology|videos?|photos?|weather)$/i;

/** A domain without its "www." and ending: "Sportsnet.ca" → "Sportsnet", "Express.co.uk" → "Express". */
const stripDomain = (v: string) => v.replace(/^www\./i, '').replace(/(?:\.(?:co|com))?\.[a-z]{2,4}$/i, '');

/** A name a reader would call the outlet: not a domain, an acronym, a two-letter tag or a tagline. */
function outletUsable(v: string): boolean {
  if (DOMAIN_LIKE.test(v)) return false;
  const letters = v.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3) return false;
  if (/^[\p{Lu}.&]{2,5}$/u.test(v)) return false;
  // "Expert how-to for English Riders": two or more lowercase words make a tagline, not a name.
  const lower = v.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !PARTICLE.test(w) && !/^(?:of|the|and|for|on|in|at|da|do|de)$/.test(w));
  return lower.length < 2;
}

// Host labels that are endings, not names: "co" in "express.co.uk", "com" in "autoracing.com.br".
const HOST_ENDINGS = new Set(['www', 'm', 'amp', 'edition', 'com', 'co', 'org', 'net', 'gov', 'edu', 'ac', 'or', 'ne', 'go', 'info', 'news', 'biz']);

/** The labels of a host that can name the outlet: "blog.comwrap.com" → ["blog", "comwrap"]. */
function hostLabels(host: string | null): string[] {
  if (!host) return [];
  const parts = host.toLowerCase().split('.');
  // The last label is a top-level domain; a two-letter one may carry a second-level ending before it.
  return parts.slice(0, -1).filter((l) => l.length >= 2 && !HOST_ENDINGS.has(l));
}

// Hosts that lend subdomains to many sites: there the subdomain is the site's name.
const PLATFORMS = new Set(['blogspot', 'wordpress', 'tumblr', 'substack', 'medium', 'typepad', 'wixsite', 'weebly', 'livejournal', 'github']);

/** The registrable name of a host, readable: "blog.comwrap.com" → "comwrap", "ana.blogspot.com" → "ana". */
function hostName(host: string | null): string | null {
  const labels = hostLabels(host);
  if (labels.length >= 2 && PLATFORMS.has(labels[labels.length - 1])) return labels[labels.length - 2];
  return labels.length ? labels[labels.length - 1] : host;
}

// Russian letters as hosts spell them ("Нормы ГТО" ~ normygto), so a Cyrillic name can agree with a Latin host.
const CYRILLIC: Record<string, string> = Object.fromEntries(
  'а:a б:b в:v г:g д:d е:e ё:e ж:zh з:z и:i й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:h ц:ts ч:ch ш:sh щ:sch ъ: ы:y ь: э:e ю:yu я:ya'
    .split(' ')
    .map((p) => p.split(':') as [string, string]),
);
const latin = (s: string) => (/[\u0400-\u04ff]/.test(s) ? s.replace(/[\u0400-\u04ff]/g, (ch) => {
  const l = CYRILLIC[ch.toLowerCase()];
  return l === undefined ? ch : ch === ch.toLowerCase() ? l : l.toUpperCase();
}) : s);

const compact = (s: string) => s.normalize('NFKD').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * How well a name agrees with the page's host: 3 when it is a host label ("Al Bawaba" on
 * albawaba.com; "The Sun" on thesun.co.uk) or its initials are ("Wall Street Journal" on wsj.com),
 * 2 when one begins the other ("Slate Magazine" on slate.com), 1 when one holds the other
 * ("Daily Express" on express.co.uk), else 0. Four letters at least, so short words do not match by chance.
 */
function hostAgreement(name: string, labels: string[]): number {
  // Transliterated, a name counts when it spells the host or begins it, not when it is merely inside it.
  const t = latin(name);
  if (t !== name) {
    const a = hostAgreement(t, labels);
    return a >= 2 ? a : 0;
  }
  const c = compact(name);
  const bare = c.replace(/^the(?=.{4})/, '');
  const initials = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0].toLowerCase()).join('');
  let best = 0;
  const parts = name.normalize('NFKD').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const first = (parts[0] === 'the' ? parts[1] : parts[0]) ?? '';
  // The name's words, a change of script splitting them too ("BBC中文网" → bbc, 中文网).
  const words = name.toLowerCase().match(/[\p{Script=Latin}\p{M}\p{N}]+|[\p{L}\p{M}]+/gu) ?? [];
  const ownWords = words[0] === 'the' ? words.slice(1) : words;
  for (const l of labels) {
    if (c === l || bare === l || (initials.length >= 2 && initials === l) || abbreviates(l, parts)) return 3;
    // The label is one of the name's words, however short: "Sky News" on news.sky.com, "BBC中文网" on
    // bbc.co.uk; a begin when it is the first word, else a containment. Not inside a word ("Skyline").
    const at = ownWords.length >= 2 ? ownWords.indexOf(l) : -1;
    if (at === 0) best = Math.max(best, 2);
    else if (at > 0) best = Math.max(best, 1);
    if (Math.min(bare.length, l.length) < 4) continue;
    if (l.startsWith(bare) || bare.startsWith(l)) best = Math.max(best, 2);
    else if (l.includes(bare) || bare.includes(l)) best = Math.max(best, 1);
    // The name's first word begins the label, seven letters at least so a common word does not match
    // by chance ("The Beachbody Blog" on beachbodyondemand.com, "Sputnik International" on
    // sputniknews.com; not "Sports Desk" on sportsnet.ca).
    else if (first.length >= 7 && l.startsWith(first)) best = Math.max(best, 1);
  }
  return best;
}

/** A name reduced for comparison: "The Slate" ≈ "slate", "@slate" ≈ "Slate", "Slate.com" ≈ "Slate". */
function nameKey(v: string): string {
  const c = compact(v.trim().replace(/^@/, '').replace(/^www\./i, '').replace(DOMAIN_LIKE, ''));
  return c.replace(/^the(?=.{4})/, '');
}

/** The title and the meta contents of a page's head: where it writes its own name. */
function headTexts(doc: Doc): string[] {
  return [doc.querySelector('title')?.textContent ?? '', ...[...metaMap(doc).values()].flat()].filter((t) => t.length <= 2000);
}

/**
 * Runs of up to six words in `texts`, the first capitalised, that spell the start of `target`
 * (compacted) and reach at least `min` letters of it, with how often each occurs.
 */
function spelledRuns(texts: string[], target: string, min: number): Map<string, number> {
  const seen = new Map<string, number>();
  for (const t of texts) {
    const words = cleanText(t)?.split(/\s+/) ?? [];
    for (let i = 0; i < words.length; i++) {
      if (!/^\p{Lu}/u.test(words[i])) continue;
      let acc = '';
      for (let j = i; j < words.length && j < i + 6; j++) {
        // Trailing punctuation off, but not the points of "A.M.".
        const w = words[j].replace(/[,;:!?)]+$/, '').replace(/^([^.]+)\.$/, '$1').replace(/['’]s$/, '');
        acc += compact(w);
        if (!acc || !target.startsWith(acc)) break;
        if (acc.length >= min) {
          const name = words.slice(i, j).concat(w).join(' ');
          seen.set(name, (seen.get(name) ?? 0) + 1);
        }
      }
    }
  }
  return seen;
}

/**
 * Two or more capitalised words in the page's head that spell most of a host label (three quarters
 * of it at least, from its start), found twice at least so a chance phrase does not count:
 * "Practical Horseman" for practicalhorsemanmag.com.
 */
function hostSpelledName(doc: Doc, labels: string[]): string | null {
  const texts = ownNameTexts(doc);
  let best: [string, number] | null = null;
  for (const label of labels.filter((l) => l.length >= 6)) {
    for (const [name, n] of spelledRuns(texts, label, Math.ceil(0.75 * label.length))) {
      if (n >= 2 && /\s/.test(name) && (!best || n > best[1])) best = [name, n];
    }
  }
  return best?.[0] ?? null;
}

/** Where a page writes its own name: its head, its logo's text and its copyright line. */
function ownNameTexts(doc: Doc): string[] {
  return [...headTexts(doc), ...logoNames(doc), ...copyrightNames(doc)];
}

/**
 * The name a twitter:site handle stands for, as the page writes it: a run of capitalised words in the
 * head, the logo or the copyright line that the handle spells ("@TheSpaceReview"), begins
 * ("@SputnikInt" → "Sputnik International") or abbreviates ("@nytimes"). Written twice at least.
 */
function handleName(doc: Doc): string | null {
  const raw = metaTag(doc, 'twitter:site')?.trim().replace(/^https?:\/\/(?:www\.)?twitter\.com\//i, '').replace(/^@/, '') ?? '';
  const handle = compact(raw.replace(/_+$/, ''));
  if (handle.length < 4 || !/^[a-z0-9]+$/.test(handle)) return null;
  const texts = ownNameTexts(doc);
  const words = /(?<![\p{L}\p{N}@#_/])\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s(?:\p{Lu}[\p{L}\p{N}'’&.-]*|of|the|and))*/gu;
  const runs = new Map<string, number>();
  for (const t of texts) {
    for (const m of t.matchAll(words)) {
      const v = m[0].replace(/[.\-]+$/, '').replace(/\s(?:of|the|and)$/, '');
      const c = compact(v);
      const parts = v.normalize('NFKD').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      if (parts.length > 6) continue;
      if (c === handle || c === handle.replace(/^the/, '') || (handle.length >= 6 && parts.length >= 2 && c.startsWith(handle)) || abbreviates(handle, parts)) runs.set(v, (runs.get(v) ?? 0) + 1);
    }
  }
  // A name the handle shortens, written out in words ("The New York Times Company" for "@nytimes"), over
  // the handle itself written back ("NYTimes", as app-name metas write it): the name a reader knows.
  const outOf = (v: string) => compact(v) !== handle && compact(v) !== handle.replace(/^the/, '') && /\s/.test(v);
  let best: [string, number] | null = null;
  for (const [v, n] of runs) if (outletUsable(v) && (!best || (outOf(v) && !outOf(best[0])) || (outOf(v) === outOf(best[0]) && n > best[1]))) best = [v, n];
  return best?.[0] ?? null;
}

/** A lowercase name (a handle, a host label: "usatoday") as the page's head writes it ("USA Today"), when it does. */
function asWritten(doc: Doc, name: string): string {
  if (name !== name.toLowerCase()) return name;
  const key = compact(name);
  const runs = [...spelledRuns(ownNameTexts(doc), key, key.length)].filter(([v]) => compact(v) === key && !DOMAIN_LIKE.test(v));
  runs.sort((a, b) => b[1] - a[1]);
  return runs[0]?.[0] ?? name;
}

/**
 * A name run together ("TheHill", "CBSSports") written as the page writes it more often, spaced
 * ("The Hill") or not ("TheStreet" stays when the page says so), counting the metadata names and
 * the head's title and meta contents.
 */
function asSpelled(doc: Doc, name: string, signalsOf: () => string[]): string {
  if (/\s/.test(name) || name.length < 5) return name;
  const signals = signalsOf();
  const key = compact(name);
  const glued = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRe(name)}(?![\\p{L}\\p{N}])`, 'gu');
  const texts = [...new Set([...headTexts(doc), ...signals])];
  const same = texts.reduce((n, t) => n + (t.match(glued)?.length ?? 0), 0);
  const spaced = [...spelledRuns(texts, key, key.length)].filter(([v]) => compact(v) === key && /\s/.test(v) && !DOMAIN_LIKE.test(v));
  spaced.sort((a, b) => b[1] - a[1]);
  return spaced.length && spaced[0][1] > same ? spaced[0][0] : name;
}

/** Of a name with separators ("LinkNaija | Nigeria's popular news platform", "Business | Valley Courier"), the piece the host bears out best, else the first. */
function namePiece(v: string, labels: string[]): string {
  const pieces = v.split(TITLE_SEPARATORS).map((x) => x.trim()).filter(Boolean);
  if (pieces.length < 2) return v.trim();
  let best = pieces[0];
  let score = hostAgreement(best, labels);
  for (const p of pieces.slice(1)) {
    const a = hostAgreement(p, labels);
    if (a > score) [best, score] = [p, a];
  }
  return best;
}

const LEGAL_FORM = /[,\s]+(?:GmbH|AG|Inc|LLC|Ltd|Limited|S\.?A|SRL|Pvt|Corp)\.?$/i;

/**
 * Whether `label` is the words' beginnings run together, in order, some words left out:
 * "nytimes" ← New York Times, "latimes" ← Los Angeles Times, "wsj" ← Wall Street Journal.
 * At least two words take part, so a single word's prefix is not an abbreviation.
 */
function abbreviates(label: string, words: string[]): boolean {
  if (label.length < 3 || words.length < 2 || words.length > 8) return false;
  const memo = new Map<string, boolean>();
  const go = (i: number, w: number, used: number): boolean => {
    if (i === label.length) return used >= 2;
    if (w === words.length) return false;
    const key = `${i},${w},${Math.min(used, 2)}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let ok = go(i, w + 1, used);
    for (let k = 1; !ok && k <= words[w].length && i + k <= label.length && label[i + k - 1] === words[w][k - 1]; k++) ok = go(i + k, w + 1, used + 1);
    memo.set(key, ok);
    return ok;
  };
  return go(0, 0, 0);
}

/** Whether one to three consecutive directories of the address spell `name` ("/daily/intelligencer/"). */
function pathSpells(url: string | null, name: string): boolean {
  let segs: string[];
  try {
    segs = new URL(url ?? '').pathname.split('/').slice(1, -1).map(compact).filter(Boolean);
  } catch {
    return false;
  }
  const key = compact(name);
  if (key.length < 4) return false;
  for (let i = 0; i < segs.length; i++) for (let j = i + 1; j <= Math.min(segs.length, i + 3); j++) if (segs.slice(i, j).join('') === key) return true;
  return false;
}

/**
 * A name with initials in it ("LA Times", "NY Daily News") written out as the page's copyright line
 * or head writes it ("Los Angeles Times"), when it does; else the name as it is.
 */
function expandInitials(doc: Doc, name: string): string {
  const words = name.split(/\s+/);
  if (words.length < 2) return name;
  const at = words.findIndex((w) => /^\p{Lu}{2,3}$/u.test(w));
  if (at < 0) return name;
  const long = [...words[at]].map((c) => `${c}\\p{Ll}+`).join('\\s+');
  const re = new RegExp(`(?<![\\p{L}])${[...words.slice(0, at).map(escapeRe), long, ...words.slice(at + 1).map(escapeRe)].join('\\s+')}(?![\\p{L}])`, 'u');
  for (const t of [...copyrightNames(doc), ...headTexts(doc)]) {
    const m = re.exec(t);
    if (m) return m[0].replace(/\s+/g, ' ');
  }
  return name;
}

/** The site's name in its header: a logo's alt text (`<img alt="MoreBikes">` in an element named "logo"),
 * or the text of a site-title element (`<p class="site-title"><a href="/">Name</a></p>`). */
const logoIndex = new WeakMap<Doc, string[]>();

function logoNames(doc: Doc): string[] {
  const known = logoIndex.get(doc);
  if (known) return known;
  const out: string[] = [];
  // "Forbes Homepage", "Go to the Al Bawaba home page": the link's purpose around the name goes.
  const clean = (v: string | null | undefined) =>
    cleanText(v)
      ?.replace(/(?:['’]s)?\s+logo$/i, '')
      .replace(/^logo\s+/i, '')
      .replace(/^(?:go|back|return)\s+to\s+(?:the\s+)?(?=\S+\s+home)/i, '')
      .replace(/(?:['’]s)?\s+(?:home\s?page|home)$/i, '')
      .trim();
  const fit = (v: string | undefined): v is string => !!v && v.length >= 2 && v.length <= 60 && !/^(?:logo|home|brand|homepage|home page|menu)$/i.test(v);
  for (const img of doc.querySelectorAll('img[alt]')) {
    const where = `${img.getAttribute('class') ?? ''} ${img.getAttribute('id') ?? ''} ${img.parentElement?.getAttribute('class') ?? ''} ${img.parentElement?.getAttribute('id') ?? ''}`;
    // A logo by name, or the image of the first link home (`<a href="/"><img alt="Ascom"></a>`).
    // (Home is the root or its index page: "/", "/index.html", "/default.aspx".)
    const home = out.length === 0 && img.parentElement?.tagName === 'A' && /^\/(?:(?:index|default|home)\.[a-z]{2,5})?$/i.test(img.parentElement.getAttribute('href')?.trim() ?? '');
    if (!home && !/logo|brand|masthead/i.test(where)) continue;
    const alt = clean(img.getAttribute('alt'));
    if (fit(alt)) out.push(alt);
    if (out.length >= 3) break;
  }
  // A logo link drawn in SVG or CSS names itself in aria-label or title.
  for (const a of doc.querySelectorAll('a[class*="logo" i], a[id*="logo" i]')) {
    const t = clean(a.getAttribute('aria-label') ?? a.getAttribute('title'));
    if (fit(t)) out.push(t);
    if (out.length >= 4) break;
  }
  for (const el of doc.querySelectorAll('.site-title, .site-name, #site-title, #site-name, .blog-title, .logo-text')) {
    const t = cleanText(el.textContent);
    if (t && t.length >= 2 && t.length <= 60) out.push(t);
    if (out.length >= 6) break;
  }
  logoIndex.set(doc, out);
  return out;
}

const copyrightIndex = new WeakMap<Doc, string[]>();

/**
 * The holders a page's copyright lines name ("© 2019 The Paradigm. All rights reserved" → "The Paradigm"),
 * from its footer or copyright elements, else its whole text; at most three, in page order. Often the
 * parent company ("Hearst Communications"), so a holder counts only where the host bears it out.
 */
function copyrightNames(doc: Doc): string[] {
  const known = copyrightIndex.get(doc);
  if (known) return known;
  const els = [...doc.querySelectorAll('footer, [class*="copyright" i], [id*="copyright" i], [class*="footer" i], [id*="footer" i]')].slice(0, 20);
  const texts = els.length ? els.map((e) => e.textContent ?? '') : [doc.body?.textContent ?? ''];
  const holder = /(?:©|\(c\)|ⓒ|\bcopyright\b(?=\s*(?:©|\(c\)|(?:19|20)\d\d)))\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d|present))?,?\s*)?(?:by\s+)?(\p{Lu}[\p{L}\p{N}'’&.\- ]{1,50}?)(?=\s*(?:[,|•·©]|\.(?:\s|$)|\ball rights\b|\s(?:19|20)\d\d\b|\s{2}|$))/giu;
  const out: string[] = [];
  for (const t of texts) {
    for (const m of t.slice(0, 200_000).matchAll(holder)) {
      const v = m[1].replace(/[\s\-.]+$/, '').replace(LEGAL_FORM, '').trim();
      if (v.length >= 2 && !/^(?:all rights|copyright)/i.test(v) && !out.includes(v)) out.push(v);
      if (out.length >= 3) break;
    }
    if (out.length >= 3) break;
  }
  copyrightIndex.set(doc, out);
  return out;
}

/** The first path segment of a white-label page whose links lead to that name's own site (3 links at least), or null. */
function whiteLabel(doc: Doc, url: string | null, host: string | null): string | null {
  let seg: string;
  try {
    seg = /^\/([a-z][a-z0-9-]{3,40})\//i.exec(new URL(url ?? '').pathname)?.[1]?.toLowerCase() ?? '';
  } catch {
    return null;
  }
  if (!seg || hostLabels(host).includes(seg)) return null;
  let links = 0;
  let seen = 0;
  for (const a of doc.querySelectorAll('a[href^="http"]')) {
    if (++seen > 400) break;
    const h = urlHost(a.getAttribute('href'));
    if (h && hostName(h) === seg && ++links >= 3) return compact(seg);
  }
  return null;
}

/** The text of an element with its text nodes apart (textContent glues "…rocket" and "The Space Review" of two blocks), without scripts and styles, up to `max` characters. */
function spacedText(root: Element | null | undefined, max: number): string {
  const out: string[] = [];
  let size = 0;
  const walk = (n: Node): void => {
    // (A text node right after another is the same text: a parser may split one at each entity.)
    let glue = false;
    for (let c = n.firstChild; c && size < max; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const t = c.nodeValue ?? '';
        if (glue) {
          out[out.length - 1] += t;
          size += t.length;
        } else if (t.trim()) {
          out.push(t);
          size += t.length + 1;
          glue = true;
        }
        continue;
      }
      glue = false;
      if (c.nodeType === 1 && !/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i.test((c as Element).tagName)) walk(c);
    }
  };
  if (root) walk(root);
  return out.join(' ').slice(0, max);
}

/**
 * The host's own name as the page writes it: in its head, logo or copyright line ("politifact" →
 * "PolitiFact"), the name it abbreviates ("latimes" → "Los Angeles Times": fullName), else a run of
 * capitalised words in its text that spells it exactly and stands alone (no capitalised word either
 * side), written twice at least ("thespacereview" → "The Space Review", "sfgate" → "SFGate"; not "CNN
 * Newsletters" for "cnn"). The host's label itself when the page writes it no way.
 */
function hostWritten(doc: Doc, own: string, labels: string[]): string {
  const named = fullName(doc, asWritten(doc, own), labels);
  if (named !== own) return named;
  const key = compact(own);
  if (key.length < 3) return own;
  const text = spacedText(doc.body, 300_000);
  let best: [string, number] | null = null;
  for (const [v] of spelledRuns([text], key, key.length)) {
    if (compact(v) !== key || DOMAIN_LIKE.test(v)) continue;
    const escaped = escapeRe(v).replace(/\s+/g, '\\s+');
    const alone = new RegExp(`(?<![\\p{L}\\p{N}@#/]|\\p{Lu}[\\p{L}'’&.-]*\\s)${escaped}(?![\\p{L}\\p{N}]|\\.\\p{L}|\\s+\\p{Lu})`, 'gu');
    const n = text.match(alone)?.length ?? 0;
    if (n >= 2 && (!best || n > best[1])) best = [v, n];
  }
  return best?.[0] ?? own;
}

/**
 * A one-word name cut from a domain ("Express" from "Express.co.uk") is often the end of the name
 * the publication goes by ("Daily Express"): one or two capitalised words before it, the whole
 * borne out by the host and written so at least three times in the page (its text, head and
 * scripts, where the publisher names itself in analytics and sign-up strings), and more often than
 * any other such run. Or, when the name is the host's own label and the host abbreviates a name
 * ("latimes"), that name as the page writes it. Only when the page gives no usable name itself.
 */
function fullName(doc: Doc, name: string, labels: string[], holderOnce = false): string {
  if (!/^[\p{L}\p{N}]{3,}$/u.test(name)) return name;
  const escaped = escapeRe(name);
  const run = new RegExp(`(?<![\\p{L}\\p{N}])((?:\\p{Lu}[\\p{L}'’&]*\\s){1,2})${escaped}(?![\\p{L}\\p{N}]|\\.\\p{L})`, 'gu');
  // The body's text holds its scripts' text; the head's scripts are added apart.
  const texts = [...headTexts(doc), ...[...(doc.head?.querySelectorAll('script') ?? [])].map((s) => s.textContent ?? ''), doc.body?.textContent ?? ''];
  const counts = new Map<string, number>();
  for (const t of texts) {
    for (const m of t.matchAll(run)) {
      const v = `${m[1].replace(/\s+/g, ' ')}${name}`;
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
  }
  let best: [string, number] | null = null;
  for (const [v, n] of counts) {
    if (/^\p{Lu}/u.test(name) && n >= 3 && outletUsable(v) && hostAgreement(v, labels) >= 1 && (!best || n > best[1])) best = [v, n];
  }
  // The longer run is the name only when the page writes it more often than the name alone, with no
  // capitalised word either side, in prose ("Daily Express", but not "Support Snopes" where "Snopes" stands alone more).
  if (best) {
    // In prose: between spaces or punctuation, not in a path or an address ("/Express/News").
    const alone = new RegExp(`(?<=^|[\\s"'“‘(])(?<!\\p{Lu}[\\p{L}'’&]*\\s)${escaped}(?=[\\s,;:!?"'”’)]|\\.(?!\\p{L})|$)(?!\\s\\p{Lu})`, 'gu');
    const bare = texts.reduce((n, t) => n + (t.match(alone)?.length ?? 0), 0);
    if (best[1] > bare) return best[0];
    best = null;
  }
  // A host that abbreviates the name ("latimes", "nypost"): the run of capitalised words it
  // abbreviates, written at least twice ("© 2019 Los Angeles Times", "New York Post").
  if (!labels.includes(compact(name))) return name;
  // The copyright line's holder, once, when the host abbreviates it ("Copyright 2016 Los Angeles Times")
  // and the page's metadata gives the host label as its name (`holderOnce`).
  const key = compact(name);
  const holder = holderOnce && copyrightNames(doc).find((v) => {
    const parts = v.normalize('NFKD').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    return parts.length >= 2 && !parts.includes(key) && abbreviates(key, parts);
  });
  if (holder) return holder;
  // Words may hold hyphens and points ("Journal-Constitution", "St. Louis Post-Dispatch").
  const words = /(?<![\p{L}\p{N}])(?:\p{Lu}\p{Ll}{0,2}\.(?=\s)|\p{Lu}[\p{L}'’&-]*)(?:\s(?:\p{Lu}\p{Ll}{0,2}\.(?=\s)|\p{Lu}[\p{L}'’&-]*|of|the|and|de|du|la|le))*/gu;
  const runs = new Map<string, number>();
  for (const t of texts) {
    for (const m of t.matchAll(words)) {
      const v = m[0].replace(/-+$/, '').replace(/\s(?:of|the|and|de|du|la|le)$/, '');
      const n = v.split(/\s/).length;
      if (n >= 2 && n <= 6) runs.set(v, (runs.get(v) ?? 0) + 1);
    }
    if (runs.size > 5000) break;
  }
  for (const [v, n] of runs) {
    const parts = v.normalize('NFKD').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    // An abbreviation, not the label with more words ("CNN Newsletters" on cnn.com), nor the name with a
    // word after it that the label leaves out ("Miami Herald Rewards", a club of "Miami Herald").
    const abbreviated = labels.some((l) => !parts.some((w) => compact(w) === l) && abbreviates(l, parts) && !abbreviates(l, parts.slice(0, -1)));
    if (n >= 2 && abbreviated && (!best || n > best[1])) best = [v, n];
  }
  return best?.[0] ?? name;
}

/**
 * The outlet. Candidates: og:site_name, the JSON-LD publisher, the outlet part of `<title>`,
 * application-name and the logo's alt text, each as its first part ("LinkNaija | Nigeria's popular
 * news platform" → "LinkNaija"). Of those that read as a name (outletUsable), the first that the
 * page's host bears out, else the first. Else the first that is a domain,
 * without its ending ("Sportsnet.ca" → "Sportsnet"), else the host's own name ("comwrap").
 */
function chooseOutlet(doc: Doc, ld: JsonLd, host: string | null, url: string | null): { source: string | null; origin: MetaOrigin | null } {
  const tries: [string | null, MetaOrigin][] = [
    [cleanText(metaTag(doc, 'og:site_name')), 'meta'],
    [cleanText(ld.publisher), 'json-ld'],
    [cleanText(ld.site), 'json-ld'],
    [outletFromTitle(doc, hostLabels(host)), 'meta'],
  ];
  // App names are often the app's, not the outlet's ("Connected"): only when nothing else reads as a name.
  // (Nor one that is the page's own title: some templates fill it with the headline.)
  const appName = cleanText(metaTag(doc, 'application-name', 'apple-mobile-web-app-title'));
  const pageTitles = [doc.querySelector('title')?.textContent, metaTag(doc, 'og:title')].map((t) => normTitle(cleanText(t) ?? '')).filter(Boolean);
  const app = appName && !pageTitles.includes(normTitle(appName)) ? appName : null;
  const labels = hostLabels(host);
  const piece = (v: string | null) => namePiece(v ?? '', labels).replace(/^@(?=\S+$)/, '');
  const firsts = tries.map(([v, o]): [string, MetaOrigin] => [piece(v), o]).filter(([v]) => v.length >= 2 && v.length <= 60);
  const publisher = tries[1][0] ? piece(tries[1][0]) : null;
  // A generic value ("Home", "News", a common section) is no name unless the host bears it out.
  const usable = firsts.filter(([v]) => outletUsable(v) && !(GENERIC_NAME.test(v) && hostAgreement(v, labels) === 0));
  // A white-label page (a wire's platform serving a paper's edition under /<paper>/) names the platform
  // in its metadata; the paper is the path's first segment when the page's own links lead to that
  // paper's site and no name the page gives matches the platform's own domain.
  const brand = whiteLabel(doc, url, host);
  if (brand && !usable.some(([v]) => hostAgreement(v, [hostName(host) ?? '']) >= 1)) {
    const named = [...logoNames(doc), ...usable.map(([v]) => v)].find((v) => compact(v).replace(/^the/, '') === brand);
    return { source: named ?? brand, origin: 'url' };
  }
  const extra: [string, MetaOrigin][] = [app, ...logoNames(doc)]
    .map((v) => v?.split(TITLE_SEPARATORS)[0].replace(LEGAL_FORM, '').trim())
    .filter((v): v is string => !!v && v.length <= 60 && !/_/.test(v) && outletUsable(v))
    .map((v) => [v, 'meta']);
  // Among the names the metadata gives, the first that the host bears out at all; a site name with no
  // likeness to the address is often a section, a platform or a tagline. A closer likeness does not
  // rank higher: "Slate Magazine" and "Business Insider Deutschland" are what those sites call
  // themselves, and a parent company often shares the stem ("Ledger Media" beside "Daily Ledger").
  // Among those the host bears out, the one most of the page's signals name (og:site_name, publisher,
  // `<title>`, app name, logo): "Slate" (publisher, app) over og:site_name "Slate Magazine"; on a tie,
  // the first. (A twitter handle does not vote: it is as often a desk's or an edition's.)
  // An acronym that is the host's own label ("MSN" on msn.com) is borne out too, after any full name
  // ("Wall Street Journal" beside "WSJ" on wsj.com), and before names the host does not bear out (the
  // wire or paper a syndicated story comes from).
  const acronyms = firsts.filter(([v]) => !outletUsable(v) && /^[\p{Lu}\p{N}.&]{2,5}$/u.test(v) && hostAgreement(v, labels) === 3);
  // A site name written as a domain whose name is the host's own label ("TIME.com" on newsfeed.time.com,
  // "Express.co.uk") is borne out as much as a name is, in its place in the order of trust; it counts
  // without its ending (and, being cut from a domain, may take the longer name the page writes: fullName).
  // A name holding a subdomain's label as a word names a section or edition of the site ("TIME NewsFeed"
  // on newsfeed.time.com): it comes after the names that do not, and after a domain name.
  const fromDomain = new Set<string>();
  const subLabels = labels.filter((l) => l !== hostName(host));
  const sectional = (v: string) => {
    const ws: string[] = v.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    return subLabels.some((l) => ws.includes(l) || ws.some((w, i) => i + 1 < ws.length && w + ws[i + 1] === l));
  };
  // A name that ends in a company's word ("Vox Media", "Harbor Lights Publishing Group") is the parent
  // company more often than the outlet: it comes last of those the host bears out.
  const rank = ([v]: [string, MetaOrigin]) => (CORPORATE.test(v) ? 3 : fromDomain.has(v) ? 1 : sectional(v) ? 2 : 0);
  const agreeing = firsts
    .flatMap(([v, o]): [string, MetaOrigin][] => {
      if (outletUsable(v)) return hostAgreement(v, labels) >= 1 ? [[v, o]] : [];
      if (!DOMAIN_LIKE.test(v)) return [];
      const stem = stripDomain(v);
      if (stem.length < 3 || /[.\s]/.test(stem) || hostAgreement(stem, labels) < 3) return [];
      fromDomain.add(stem);
      return [[stem, o]];
    })
    .sort((a, b) => rank(a) - rank(b));
  // Each signal that names a candidate is a vote for it: og:site_name, the JSON-LD publisher and site
  // name (Yoast and others write these from separate settings), the <title> piece, the app name, the
  // header's logos and site title, and the copyright line's holders.
  // Read only when two names compete or a name's spacing is in doubt: the copyright lines cost a walk of the footer.
  let signalList: string[] | null = null;
  const signals = () => (signalList ??= [...firsts.map(([v]) => v), app, ...logoNames(doc), ...copyrightNames(doc)].filter((v): v is string => !!v));
  const votes = (v: string) => signals().filter((k) => nameKey(k) === nameKey(v)).length;
  if (agreeing.length || acronyms.length) {
    // Two sources that agree on a name's first words agree on the outlet; the words one adds are an
    // edition, a section or a descriptor ("PolitiFact West Virginia", "Slate Magazine" beside "Slate").
    const wordsKey = (v: string) => (v.normalize('NFKD').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w, i) => i > 0 || w !== 'the');
    // (A name cut from a domain is no such source: "Spokesman" from Spokesman.com beside "The Spokesman-Review".)
    const shorter = [...agreeing.filter(([v]) => !fromDomain.has(v)).map(([v]) => v), ...(app && hostAgreement(app, labels) >= 1 ? [app] : [])].map(wordsKey);
    const core = agreeing.filter(([v]) => {
      const w = wordsKey(v);
      return !shorter.some((x) => x.length > 0 && x.length < w.length && x.every((y, i) => y === w[i]));
    });
    const pool = core.length ? core : agreeing;
    const best = pool.length ? pool.reduce((a, b) => (votes(b[0]) > votes(a[0]) ? b : a)) : acronyms[0];
    // (A name cut from a domain, or a host label given as the name in lower case, "latimes", may take the
    // longer name the page writes for itself.)
    const hostLabel = best[0] === best[0].toLowerCase() && labels.includes(compact(best[0]));
    let name = fromDomain.has(best[0]) || hostLabel ? fullName(doc, best[0], labels, true) : best[0];
    // An acronym the host names that begins the chosen name ("CNET" beside "CNET News"): the rest is a
    // descriptor or a section, as with "Slate" beside "Slate Magazine".
    const begins = acronyms.find(([a]) => {
      const w = wordsKey(a), x = wordsKey(name);
      return w.length > 0 && w.length < x.length && w.every((y, i) => y === x[i]);
    });
    if (begins) name = begins[0];
    else if (sectional(name)) {
      // A subdomain's word beside the site's own name ("MSN Lifestyle" on lifestyle.msn.com): the section
      // of the site, whose name is the rest. (A name that is the subdomain alone, "ProFootballTalk", stays.)
      const rest = name.split(/\s+/).filter((w) => !subLabels.includes(compact(w))).join(' ');
      if (rest && compact(rest).replace(/^the(?=.{4})/, '') === hostName(host)) name = rest;
    }
    return { source: expandInitials(doc, asSpelled(doc, asWritten(doc, name), signals)), origin: best[1] };
  }
  // No name the metadata gives is borne out by the host: a name the host spells, written out in the
  // page's own head ("Practical Horseman" on practicalhorsemanmag.com, beside og:site_name "Expert
  // how-to for English Riders"), is the outlet rather than a tagline, section or platform.
  // So is the app name or the header's logo when it spells or begins the host ("Нормы ГТО" on normygto.ru).
  const closeExtra = extra.find(([v]) => hostAgreement(v, labels) >= 2);
  if (closeExtra) return { source: closeExtra[0], origin: closeExtra[1] };
  const spelled = hostSpelledName(doc, labels);
  if (spelled) return { source: spelled, origin: 'meta' };
  // The name the site's twitter handle stands for, when the page writes it out and the host bears it out.
  const byHandle = handleName(doc);
  if (byHandle && hostAgreement(byHandle, labels) >= 1) return { source: byHandle, origin: 'meta' };

  // None borne out by the host: the name most sources give, on a tie the first in order of trust.
  // But a JSON-LD publisher that no other source names is often the parent company ("Gannett") or the
  // wire a story came from: the host's own name gives way to it only when the page never writes that out.
  const own = hostName(host);
  let hostNamed: string | null | undefined;
  const ownWritten = () => (hostNamed === undefined ? (hostNamed = own && hostWritten(doc, own, labels)) : hostNamed);
  const best = usable.length ? usable.reduce((a, b) => (votes(b[0]) > votes(a[0]) ? b : a)) : undefined;
  if (best && best[0] === publisher && votes(best[0]) <= 1 && own && ownWritten() !== own) return { source: ownWritten(), origin: 'url' };
  // A name the page's address spells as a directory ("Daily Intelligencer" at nymag.com/daily/intelligencer/)
  // is a section or blog of the site: the site's own name, as the page writes it out, is the outlet.
  if (best && own && pathSpells(url, best[0]) && ownWritten() !== own) return { source: ownWritten(), origin: 'url' };
  if (best) return { source: best[0], origin: best[1] };
  const domain = firsts.find(([v]) => DOMAIN_LIKE.test(v));
  if (domain) return { source: fullName(doc, stripDomain(domain[0]), labels), origin: domain[1] };
  // The app name and the header's logo or site title are noisier ("express_logo", a sister brand, the
  // app's own name): the first the host bears out ("Prefeitura de Jaraguá do Sul" on jaraguadosul.com.br),
  // then the app name as before.
  const borne = extra.find(([v]) => hostAgreement(v, labels) >= 1);
  if (borne) return { source: borne[0], origin: borne[1] };
  if (app && outletUsable(app)) return { source: app, origin: 'meta' };
  // A name the metadata gives that reads as no name ("U.S.", a section) gives way to the host's own
  // name when the page writes that out ("Reuters" on reuters.com).
  if (own && ownWritten() !== own) return { source: ownWritten(), origin: 'url' };
  const first = firsts.find(([v]) => !GENERIC_NAME.test(v));
  if (first) return { source: first[0], origin: first[1] };
  return { source: own, origin: host ? 'url' : null };
}

/**
 * A company's name whose rest is the name the host spells ("Vox Media" on vox.com, "The New York Times
 * Company" on nytimes.com, "FOX News Network" on foxnews.com), as a publisher's metadata or a copyright
 * line gives it: the publication's name, without the company's word. A name the host does not spell
 * without that word stays ("Hearst Communications"), and so does one the site brands itself with (its
 * og:site_name, app name or logo: a company's own site, "Harbor Lights Media").
 */
function companyStem(doc: Doc, name: string, labels: string[]): string {
  if (!CORPORATE_WORD.test(name.replace(LEGAL_FORM, '').trim())) return name;
  const brands = [metaTag(doc, 'og:site_name'), metaTag(doc, 'application-name'), ...logoNames(doc)].filter((v): v is string => !!v);
  if (brands.some((b) => nameKey(b) === nameKey(name))) return name;
  let v = name.replace(LEGAL_FORM, '').trim();
  for (let i = 0; i < 2 && CORPORATE_WORD.test(v); i++) {
    const stem = v.replace(CORPORATE_WORD, '').replace(/[,\s]+$/, '');
    if (wordsOf(stem).length === 0 || hostAgreement(stem, labels) < 3) break;
    v = stem;
  }
  return v === name.replace(LEGAL_FORM, '').trim() ? name : v;
}
// (CORPORATE's words, and a network or newspapers in the singular too: "Al Jazeera Media Network".)
const CORPORATE_WORD = /\s(?:media|group|holdings?|company|companies|corporation|corp\.?|communications|enterprises|networks?|newspapers?|publishing|publications|publishers|broadcasting|inc\.?|llc|ltd\.?|limited|gmbh|ag|s\.?a\.?|plc)$/i;

/** The host of an absolute address without "www." ("https://www.bbc.co.uk/news" → "bbc.co.uk"); null when it does not parse. */
function urlHost(href: string | null | undefined): string | null {
  try {
    return new URL(href ?? '').hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * The host that serves a page whose canonical address is on another site (a portal syndicating a
 * publisher's story: canonical medicaldaily.com, served on msn.com): every language version the page
 * links (`<link rel="alternate" hreflang>`) is on that one other host, and the page's links go there
 * (its navigation) more than to the canonical's host, ten times at least. Null when the page is the canonical's.
 */
function servingHost(doc: Doc, host: string | null): string | null {
  if (!host) return null;
  const alts = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => urlHost(l.getAttribute('href')));
  if (alts.length === 0 || alts.some((h) => !h)) return null;
  const other = alts[0]!;
  if (other === host || hostName(other) === hostName(host) || alts.some((h) => h !== other)) return null;
  let there = 0;
  let here = 0;
  let seen = 0;
  for (const a of doc.querySelectorAll('a[href^="http"]')) {
    if (++seen > 500) break;
    const h = urlHost(a.getAttribute('href'));
    if (h && hostName(h) === hostName(other)) there++;
    else if (h && hostName(h) === hostName(host)) here++;
  }
  return there >= 10 && there > here ? other : null;
}

// ---------------------------------------------------------------- all of it

/** Metadata of a page and where each value came from. `url` is the page's address when known. */
export function pageMeta(doc: Doc, url: string | null): PageMeta {
  const ld = readJsonLd(doc, [url, resolveUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), url), resolveUrl(metaTag(doc, 'og:url'), url)]);
  const provenance: Provenance = {};

  const canon: [string | null, MetaOrigin][] = [
    [resolveUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), url), 'meta'],
    [resolveUrl(metaTag(doc, 'og:url'), url), 'meta'],
    [resolveUrl(ld.url, url), 'json-ld'],
    [url, 'url'],
  ];
  const c = canon.find(([v]) => v);
  const canonicalUrl = c?.[0] ?? null;
  if (c) provenance.canonicalUrl = c[1];
  const host = urlHost(canonicalUrl ?? url);

  // A syndicated story names its origin as canonical; the site that serves it (where its language
  // versions and its own navigation are) is the outlet the reader is on.
  const siteHost = servingHost(doc, host) ?? host;
  const chosen = chooseOutlet(doc, ld, siteHost, siteHost === host ? url ?? canonicalUrl : null);
  const outlet = { ...chosen, source: chosen.source && companyStem(doc, chosen.source, hostLabels(siteHost)) };
  if (outlet.origin) provenance.source = outlet.origin;
  const title = chooseTitle(doc, ld, outlet.source, host);
  if (title.origin) provenance.title = title.origin;
  // The address the reader asked for dates the article as well as the canonical one.
  const date = chooseDate(doc, ld, url ?? canonicalUrl, title.element);
  if (date.origin) provenance.published = date.origin;
  const by = chooseByline(doc, ld, outlet.source, title.element, host);
  if (by.origin) provenance.byline = by.origin;

  const contentLanguage = doc.querySelector('meta[http-equiv="content-language" i]');
  const declared =
    languageTag(doc.documentElement?.getAttribute('lang')) ??
    languageTag(doc.documentElement?.getAttribute('xml:lang')) ??
    languageTag(contentLanguage ? metaValue(contentLanguage) : null) ??
    languageTag(metaTag(doc, 'og:locale', 'language', 'dc.language')) ??
    languageTag(ld.inLanguage);

  return {
    title: title.title,
    byline: by.byline,
    published: date.published,
    canonicalUrl,
    source: outlet.source,
    declaredLanguage: declared,
    articleBody: ld.articleBody ?? null,
    provenance,
  };
}
