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
  url?: string;
  inLanguage?: string;
}

const ARTICLE_TYPES = /^(?:\w+)?(?:Article|BlogPosting|NewsArticle|Report|Posting|LiveBlogPosting|WebPage)$/;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/** Names of people in a schema.org author value; organisations are not bylines. */
function personNames(v: unknown): string[] {
  if (!v) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(personNames);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
    if (types.some((t) => /Organization|Organisation|Corporation|NewsMediaOrganization/i.test(t))) return [];
    const name = str(o.name);
    return name ? [name] : [];
  }
  return [];
}

function orgName(v: unknown): string | undefined {
  if (Array.isArray(v)) return v.map(orgName).find(Boolean);
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object') return str((v as Record<string, unknown>).name);
  return undefined;
}

function readJsonLd(doc: Doc): JsonLd {
  const found: Record<string, unknown>[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (o['@graph']) visit(o['@graph']);
    const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
    if (types.some((t) => ARTICLE_TYPES.test(t))) found.push(o);
  };
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
  const out: JsonLd = { authors: [] };
  for (const o of found) {
    out.headline ??= str(o.headline) ?? (String(o['@type']).includes('WebPage') ? undefined : str(o.name));
    out.articleBody ??= str(o.articleBody);
    out.datePublished ??= str(o.datePublished) ?? str(o.dateCreated);
    out.dateModified ??= str(o.dateModified);
    if (out.authors.length === 0) out.authors = personNames(o.author ?? o.creator);
    out.publisher ??= orgName(o.publisher) ?? orgName(o.sourceOrganization);
    out.url ??= str(o.url) ?? str(o.mainEntityOfPage);
    out.inLanguage ??= str(o.inLanguage);
  }
  return out;
}

// ---------------------------------------------------------------- head tags

function metaTag(doc: Doc, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      // Several tags of one name (two article:author lines) are read in order; the first with content wins.
      for (const el of doc.querySelectorAll(`meta[${attr}="${key}"]`)) {
        const v = el.getAttribute('content')?.trim();
        if (v) return v;
      }
    }
  }
  return null;
}

function metaTags(doc: Doc, key: string): string[] {
  return [...doc.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)]
    .map((el) => el.getAttribute('content')?.trim() ?? '')
    .filter(Boolean);
}

function resolveUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base ?? undefined);
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
  return collapseSpaces(parts.join(''));
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

const TITLE_SEPARATORS = /\s+[|\-–—:·•»«/]\s+|\s+::\s+/;

/** "Headline | Outlet", "Outlet - Headline": the longest piece that is not the outlet or a section. */
function stripOutlet(title: string, outlet: string | null, host: string | null): string {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let t = title;
  for (const name of [outlet, host, host?.split('.')[0]].filter((x): x is string => !!x && x.length > 1)) {
    t = t
      .replace(new RegExp(`\\s*(?:[|\\-–—:·•»/]|::)\\s*${esc(name)}(?:\\.\\w{2,4})?\\s*$`, 'i'), '')
      .replace(new RegExp(`^${esc(name)}(?:\\.\\w{2,4})?\\s*(?:[|\\-–—:·•»/]|::)\\s*`, 'i'), '');
  }
  return t.trim() || title;
}

interface TitleChoice {
  title: string | null;
  origin: MetaOrigin | null;
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
    .map(([t, o]): [string, MetaOrigin] => [stripOutlet(t, outlet, host), o]);
  const h1s = [...doc.querySelectorAll('h1')].map(headingText).filter((t) => t.length >= 3 && t.length <= 300);
  for (const h of h1s) {
    for (const [t] of metaTitles) {
      const a = overlap(h, t);
      const b = overlap(t, h);
      if (normTitle(h) === normTitle(t) || (a >= 0.8 && b >= 0.6)) return { title: h, origin: 'visible' };
    }
  }
  if (metaTitles.length) return { title: metaTitles[0][0], origin: metaTitles[0][1] };
  if (h1s.length) return { title: h1s[0], origin: 'visible' };
  return { title: null, origin: null };
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
  const s = raw.trim();
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
  // RFC 822 "... -0500": render in the page's own offset.
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

function validDay(y: number, m: number, d: number): boolean {
  const x = new Date(Date.UTC(y, m - 1, d));
  return y >= 1990 && y <= 2200 && x.getUTCMonth() === m - 1 && x.getUTCDate() === d;
}

/** `/2019/11/18/`, `/2019-11-18/`, `/20191118/` in an article's address. */
export function urlDate(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m =
    /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:\/|-|\.|$)/.exec(path) ??
    /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(path);
  return m && validDay(+m[1], +m[2], +m[3]) ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const VISIBLE_DATE = new RegExp(
  `\\b(?:(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\.?,?\\s+(?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})\\b`,
  'i',
);

/**
 * A date the reader sees: a `<time>` element, else the first written date in the page's header
 * area (the elements before the article's first long paragraph), which is where bylines sit.
 */
function visibleDate(doc: Doc): string | null {
  for (const el of doc.querySelectorAll('time')) {
    const v = pageDate(el.getAttribute('datetime')) ?? pageDate(visibleDateIn(el.textContent ?? ''));
    if (v) return v;
  }
  for (const el of doc.querySelectorAll('[class*="date"], [class*="time"], [class*="byline"], [class*="meta"], [id*="date"]')) {
    const t = el.textContent ?? '';
    if (t.length > 200) continue;
    const v = pageDate(visibleDateIn(t));
    if (v) return v;
  }
  return null;
}

function visibleDateIn(text: string): string | null {
  const m = VISIBLE_DATE.exec(text);
  return m ? m[0].replace(/(\d)(st|nd|rd|th)/i, '$1') : null;
}

interface DateChoice {
  published: string | null;
  origin: MetaOrigin | null;
}

/**
 * Publication, not modification: JSON-LD datePublished and the article:published_time family
 * first (they are meant for exactly this), then the date in the URL, then a date on the page.
 * dateModified is used only when nothing else is there, since an update is still a date the
 * article carries.
 */
function chooseDate(doc: Doc, ld: JsonLd, url: string | null): DateChoice {
  const tries: [string | null, MetaOrigin][] = [
    [pageDate(ld.datePublished), 'json-ld'],
    [pageDate(metaTag(doc, 'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate',
      'publish-date', 'publish_date', 'date', 'dc.date', 'DC.date', 'dc.date.issued', 'DC.date.issued', 'dcterms.created',
      'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'article.published', 'og:article:published_time', 'cXenseParse:recs:publishtime')), 'meta'],
    [pageDate(doc.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime') ??
      doc.querySelector('[itemprop="datePublished"]')?.getAttribute('content')), 'meta'],
    [urlDate(url), 'url'],
    [visibleDate(doc), 'visible'],
    [pageDate(ld.dateModified), 'json-ld'],
    [pageDate(metaTag(doc, 'article:modified_time', 'og:updated_time')), 'meta'],
  ];
  const hit = tries.find(([v]) => v);
  return hit ? { published: hit[0], origin: hit[1] } : { published: null, origin: null };
}

// ---------------------------------------------------------------- byline

// Words that name a desk, a role or an outlet rather than a person.
const NOT_A_PERSON =
  /\b(?:staff|desk|team|editors?|editorial|newsroom|news|reports?|reporters?|correspondents?|wire|agency|agencies|press|associated|reuters|afp|bloomberg|admin|administrator|webmaster|contributors?|guest|media|online|digital|magazine|times|post|daily|journal|tribune|herald|group|inc|ltd|llc|com|network|channel|tv|radio|bureau|service|partner|sponsored|content|writers?|columnists?|analysis|photographer|sport|sports|opinion|updated|published)\b/i;
const WEEKDAY_TAIL = /(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|updated|published|posted)\b.*$/i;

/** "By Ana Ruiz and Li Wei, Staff Writers" → ["Ana Ruiz", "Li Wei"]; outlets and desks dropped. */
export function bylineNames(raw: string | null | undefined, outlet: string | null = null): string[] {
  const s = cleanText(raw);
  if (!s || /^https?:\/\//i.test(s) || s.length > 200) return [];
  const out: string[] = [];
  const pieces = s
    .replace(/^\s*(?:by|written by|words by|von|par|por|di|door|av)\s*:?\s+/i, '')
    .split(/\s*(?:,|;|\||\/|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bwith\b)\s*/i);
  for (let p of pieces) {
    p = p.replace(/^\s*by\s+/i, '').replace(WEEKDAY_TAIL, '').replace(/\s+(?:for|in|at)\s+.*$/i, '').replace(/[•·@].*$/, '').trim();
    if (!p || p.length < 4 || p.length > 60) continue;
    if (/\d/.test(p) || /^https?:/i.test(p) || p.includes('.com')) continue;
    if (NOT_A_PERSON.test(p)) continue;
    if (outlet && normName(p) === normName(outlet)) continue;
    const words = p.split(/\s+/);
    // A person's name: 2–5 words, each starting with a capital (after an optional particle).
    if (words.length < 2 || words.length > 5) continue;
    if (!words.every((w) => NAME_WORD.test(w) || PARTICLE.test(w))) continue;
    const name = /^[\p{Lu}\s'’.-]+$/u.test(p) ? titleCase(p) : p;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
const PARTICLE = /^(?:van|von|de|der|den|da|di|du|del|della|la|le|bin|al|el|ibn|dos|das|ter|y)$/;
const normName = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

interface BylineChoice {
  byline: string | null;
  origin: MetaOrigin | null;
}

/**
 * People who wrote the article: JSON-LD authors of type Person, then author meta tags, then the
 * visible byline (`rel=author`, `itemprop=author`, `.byline`, `.author`). An outlet, a desk
 * ("Staff", "Reuters") or a URL is not a byline.
 */
function chooseByline(doc: Doc, ld: JsonLd, outlet: string | null): BylineChoice {
  const fromLd = ld.authors.flatMap((a) => bylineNames(a, outlet));
  if (fromLd.length) return { byline: unique(fromLd).join(', '), origin: 'json-ld' };
  for (const key of ['author', 'article:author', 'parsely-author', 'sailthru.author', 'byl', 'dc.creator', 'DC.creator', 'twitter:creator:name']) {
    const names = metaTags(doc, key).flatMap((v) => bylineNames(v, outlet));
    if (names.length) return { byline: unique(names).join(', '), origin: 'meta' };
  }
  const visible = doc.querySelectorAll(
    '[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], [class*="byline"] a, [class*="byline"], [class*="author-name"], [class*="authorName"], [class*="author"] a, .author',
  );
  for (const el of visible) {
    const t = el.textContent ?? '';
    if (t.length > 150) continue;
    const names = bylineNames(t, outlet);
    if (names.length) return { byline: unique(names).join(', '), origin: 'visible' };
  }
  return { byline: null, origin: null };
}

const unique = (xs: string[]) => [...new Set(xs)];

// ---------------------------------------------------------------- outlet

/**
 * The outlet: og:site_name, then the JSON-LD publisher, then application-name, then the host.
 * A site name that is a tagline ("LinkNaija | Nigeria's popular news platform") keeps its first part.
 */
function chooseOutlet(doc: Doc, ld: JsonLd, host: string | null): { source: string | null; origin: MetaOrigin | null } {
  const tries: [string | null, MetaOrigin][] = [
    [cleanText(metaTag(doc, 'og:site_name')), 'meta'],
    [cleanText(ld.publisher), 'json-ld'],
    [cleanText(metaTag(doc, 'application-name', 'apple-mobile-web-app-title', 'twitter:app:name:iphone')), 'meta'],
  ];
  for (const [v, o] of tries) {
    if (!v) continue;
    const first = v.split(TITLE_SEPARATORS)[0].trim();
    if (first.length >= 2 && first.length <= 60) return { source: first, origin: o };
  }
  return { source: host, origin: host ? 'url' : null };
}

// ---------------------------------------------------------------- all of it

/** Metadata of a page and where each value came from. `url` is the page's address when known. */
export function pageMeta(doc: Doc, url: string | null): PageMeta {
  const ld = readJsonLd(doc);
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
  let host: string | null = null;
  try {
    host = canonicalUrl ? new URL(canonicalUrl).hostname.replace(/^www\./, '') : url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    host = null;
  }

  const outlet = chooseOutlet(doc, ld, host);
  if (outlet.origin) provenance.source = outlet.origin;
  const title = chooseTitle(doc, ld, outlet.source, host);
  if (title.origin) provenance.title = title.origin;
  // The address the reader asked for dates the article as well as the canonical one.
  const date = chooseDate(doc, ld, url ?? canonicalUrl);
  if (date.origin) provenance.published = date.origin;
  const by = chooseByline(doc, ld, outlet.source);
  if (by.origin) provenance.byline = by.origin;

  const declared =
    languageTag(doc.documentElement?.getAttribute('lang')) ??
    languageTag(doc.documentElement?.getAttribute('xml:lang')) ??
    languageTag(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')) ??
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
