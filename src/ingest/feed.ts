// RSS 2.0 (and RSS 1.0), Atom (RFC 4287) and JSON Feed 1.1 → one Document per item.
// XML is parsed without DTDs: a DOCTYPE that declares entities is refused (XXE, billion laughs),
// any other DOCTYPE is dropped, and only the XML, HTML named and numeric entities are decoded.
import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { DeskError, fail, ok, type Document, type Result } from '../model/index.js';
import { elementText } from './html.js';
import { cleanText, pageDate } from './meta.js';
import { collapseSpaces, stripTracking, titleFromText } from './normalize.js';
import { removeFurniture } from './text.js';

/** Feeds larger than this are refused before parsing. */
export const MAX_FEED_CHARS = 10 * 1024 * 1024;
/** Item content with at least this much text is taken as the full article. */
export const FULL_CONTENT_CHARS = 500;

/** One item of a feed, before deciding whether its content is the full article. */
export interface FeedItem {
  /** `feed#guid` (or the link, or the position when there is neither). */
  item: string;
  title: string | null;
  link: string | null;
  published: string | null;
  author: string | null;
  /** Item content as text (HTML already converted). */
  content: string;
  /** Summary as text. */
  summary: string;
}

export interface ParsedFeed {
  title: string | null;
  items: FeedItem[];
}

const decodeXmlEntities = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => safeCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => safeCodePoint(parseInt(d, 10)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function safeCodePoint(n: number): string {
  return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
}

/** Raw inner XML of a stop node → its character data (CDATA kept literal, entities decoded). */
function rawToText(raw: string): string {
  let out = '';
  const re = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    out += decodeXmlEntities(raw.slice(last, m.index)) + m[1];
    last = m.index + m[0].length;
  }
  return out + decodeXmlEntities(raw.slice(last));
}

// Publishers that strip the tags from a description leave its <style> rules behind as text.
const CSS_RULE = /(^|\n)[ \t]*[.#@]?[-\w.:#>*[\]=" ,]+\{(?:\s*[-\w]+\s*:[^;{}]*;?)+\s*\}/g;

/** HTML fragment → paragraph text. Plain text passes through with its line breaks, less CSS rules. */
export function htmlFragmentToText(s: string): string {
  if (!/<[a-z!/][^>]*>/i.test(s)) {
    s = s.replace(CSS_RULE, '$1');
    // Not markup, but may carry HTML entities (&nbsp;, &eacute;): let the HTML parser decode them.
    const { document } = parseHTML(`<!doctype html><html><body><pre>${s.replace(/</g, '&lt;')}</pre></body></html>`);
    return (document.body.textContent ?? '').split('\n').map(collapseSpaces).filter(Boolean).join('\n');
  }
  const { document } = parseHTML(`<!doctype html><html><body>${s}</body></html>`);
  // Captions and embedded media are not article text.
  for (const el of document.querySelectorAll('figure, figcaption, picture, script, style, iframe')) el.remove();
  return elementText(document.body);
}

// Values from fast-xml-parser: a string, or an object with #text and @_ attributes.
type X = unknown;
const asArray = (v: X): X[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
function str(v: X): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (typeof v === 'object') return str((v as Record<string, X>)['#text']);
  return null;
}
const attr = (v: X, name: string): string | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? str((v as Record<string, X>)[`@_${name}`]) : null;

/** `ref` resolved against `base` (RFC 3986 §5); null when that gives no absolute http(s) URL. */
export function resolveUrl(ref: string | null, base: string | null): string | null {
  if (!ref) return null;
  try {
    const u = new URL(ref, base ?? undefined);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

/** A base for what follows: `xml:base` (resolved against the outer base) or the outer base. */
const withXmlBase = (node: X, outer: string | null): string | null => {
  const b = attr(node, 'base');
  if (b === null) return outer;
  try {
    return new URL(b, outer ?? undefined).href;
  } catch {
    return outer;
  }
};

/** The feed's own address from a rel="self" link, when it is absolute. */
const selfLink = (links: X): string | null =>
  resolveUrl(attr(asArray(links).find((l) => attr(l, 'rel') === 'self'), 'href'), null);

/** Later items with an id already seen are the same article (RSS 2.0 guid, Atom id): keep the first. */
function uniqueItems(items: FeedItem[]): FeedItem[] {
  const seen = new Set<string>();
  return items.filter((it) => !seen.has(it.item) && !!seen.add(it.item));
}

/** Atom text constructs (RFC 4287 §3.1): type text, html or xhtml, kept raw by the parser. */
function atomText(v: X): string {
  const node = asArray(v)[0];
  if (node === undefined || node === null) return '';
  const raw = typeof node === 'object' ? String((node as Record<string, X>)['#text'] ?? '') : String(node);
  const type = (attr(node, 'type') ?? 'text').toLowerCase();
  if (type === 'xhtml') return htmlFragmentToText(raw);
  const text = rawToText(raw);
  return type === 'html' || type === 'text/html' ? htmlFragmentToText(text) : text.split('\n').map(collapseSpaces).filter(Boolean).join('\n');
}

function rssText(v: X): string {
  const s = str(v);
  return s ? htmlFragmentToText(s) : '';
}

// RSS 2.0 <author> is an e-mail address, conventionally followed by the name in parentheses.
function rssAuthor(v: string | null): string | null {
  if (!v) return null;
  const named = /^\S+@\S+\s*\(([^)]+)\)$/.exec(v);
  if (named) return named[1].trim();
  return /^\S+@\S+$/.test(v) ? null : v;
}

const ENTITY_DECL = /<!ENTITY/i;
const DOCTYPE = /<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>/gi;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  // Fixed tables only (XML five, HTML named, numeric): no DTD-declared entities ever reach here.
  htmlEntities: true,
  stopNodes: ['feed.entry.content', 'feed.entry.summary', 'feed.entry.title', 'feed.title'],
  isArray: (name) => ['item', 'entry', 'link', 'author', 'category'].includes(name),
});

/**
 * Parse an RSS/Atom document. `feedId` names the feed in errors and item ids; `feedUrl`, the
 * address it was fetched from, is the base for relative links (else the feed's rel="self" link,
 * else an absolute channel <link>; a link that still resolves to no absolute URL is null).
 */
export function parseXmlFeed(xml: string, feedId: string, feedUrl: string | null = null): Result<ParsedFeed> {
  if (xml.length > MAX_FEED_CHARS) return fail('FEED_UNPARSEABLE', `${feedId}: feed larger than ${MAX_FEED_CHARS} characters`, feedId);
  if (ENTITY_DECL.test(xml)) {
    return fail('FEED_UNPARSEABLE', `${feedId}: the feed declares DTD entities, which are refused (XXE / entity expansion)`, feedId);
  }
  let tree: Record<string, X>;
  try {
    tree = parser.parse(xml.replace(DOCTYPE, ''), true) as Record<string, X>;
  } catch (e) {
    return fail('FEED_UNPARSEABLE', `${feedId}: not well-formed XML (${(e as Error).message.split('\n')[0]})`, feedId);
  }
  if (tree.rss || tree.RDF) {
    const root = (tree.rss ? (tree.rss as Record<string, X>).channel : tree.RDF) as Record<string, X> | undefined;
    const channel = (tree.rss ? root : (root?.channel as Record<string, X>)) ?? {};
    const rawItems = asArray(tree.rss ? (root ?? {}).item : (root ?? {}).item) as Record<string, X>[];
    const feedTitle = str(asArray(channel.title)[0]);
    const channelLink = asArray(channel.link).map((l) => (typeof l === 'string' ? l : null)).find(Boolean) ?? null;
    const base = withXmlBase(channel, feedUrl ?? selfLink(channel.link) ?? resolveUrl(channelLink, null));
    const items = rawItems.map((it, i): FeedItem => {
      const itemBase = withXmlBase(it, base);
      // RSS 2.0: <link> is a string; an atom:link may sit beside it as an object.
      const rawLink = asArray(it.link).map((l) => (typeof l === 'object' ? null : str(l))).find(Boolean) ?? null;
      const guid = str(it.guid) ?? attr(it, 'about');
      // RSS 2.0: a guid is a permalink unless isPermaLink="false"; it stands in for a missing <link>.
      const permalink = guid && attr(asArray(it.guid)[0], 'isPermaLink') !== 'false' ? resolveUrl(guid, null) : null;
      const link = resolveUrl(rawLink, itemBase) ?? permalink;
      return {
        item: `${feedId}#${guid ?? link ?? i + 1}`,
        title: str(it.title) ? collapseSpaces(htmlFragmentToText(str(it.title)!).replace(/\n/g, ' ')) : null,
        link,
        published: pageDate(str(it.pubDate) ?? str(it.date) ?? str(it.published) ?? str(it.updated)),
        author: str(asArray(it.creator)[0]) ?? rssAuthor(str(asArray(it.author)[0])),
        content: rssText(it.encoded),
        summary: rssText(it.description),
      };
    });
    return ok({ title: feedTitle, items: uniqueItems(items) });
  }
  if (tree.feed) {
    const feed = tree.feed as Record<string, X>;
    // RFC 4287 §2 and XML Base: relative references resolve against xml:base, feed → entry → link.
    const feedBase = withXmlBase(feed, feedUrl ?? selfLink(feed.link));
    const items = (asArray(feed.entry) as Record<string, X>[]).map((e, i): FeedItem => {
      const links = asArray(e.link);
      // RFC 4287 §4.2.7.2: rel="alternate" (the default when rel is absent) is the article.
      const alt = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
      const link = resolveUrl(attr(alt, 'href'), withXmlBase(alt, withXmlBase(e, feedBase)));
      const id = str(e.id);
      const authors = asArray(e.author).map((a) => str((a as Record<string, X>)?.name)).filter(Boolean);
      return {
        item: `${feedId}#${id ?? link ?? i + 1}`,
        title: atomText(e.title).replace(/\n/g, ' ') || null,
        link,
        published: pageDate(str(e.published) ?? str(e.updated)),
        author: authors.length ? authors.join(', ') : null,
        content: atomText(e.content),
        summary: atomText(e.summary),
      };
    });
    return ok({ title: atomText(feed.title) || null, items: uniqueItems(items) });
  }
  return fail('FEED_UNPARSEABLE', `${feedId}: neither RSS nor Atom (root element not <rss>, <rdf:RDF> or <feed>)`, feedId);
}

/** Parse a JSON Feed (1.0 or 1.1); relative item URLs resolve against `feedUrl` or `feed_url`. */
export function parseJsonFeed(json: string, feedId: string, feedUrl: string | null = null): Result<ParsedFeed> {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(json) as Record<string, unknown>;
  } catch (e) {
    return fail('FEED_UNPARSEABLE', `${feedId}: not valid JSON (${(e as Error).message})`, feedId);
  }
  if (!data || typeof data !== 'object' || !/jsonfeed\.org\/version\//.test(String(data.version ?? '')) || !Array.isArray(data.items)) {
    return fail('FEED_UNPARSEABLE', `${feedId}: not a JSON Feed (no jsonfeed.org version or no items)`, feedId);
  }
  const base = feedUrl ?? resolveUrl(typeof data.feed_url === 'string' ? data.feed_url : null, null);
  const items = (data.items as Record<string, unknown>[]).map((it, i): FeedItem => {
    const s = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
    // JSON Feed 1.1 has authors[]; 1.0 had author.
    const authors = ([] as unknown[]).concat(it.authors ?? [], it.author ?? []).map((a) => s((a as { name?: unknown })?.name)).filter(Boolean);
    const link = resolveUrl(s(it.url) ?? s(it.external_url), base);
    return {
      item: `${feedId}#${s(it.id) ?? link ?? i + 1}`,
      title: s(it.title),
      link,
      published: pageDate(s(it.date_published) ?? s(it.date_modified)),
      author: authors.length ? [...new Set(authors)].join(', ') : null,
      content: s(it.content_html) ? htmlFragmentToText(s(it.content_html)!) : (s(it.content_text) ?? ''),
      summary: s(it.summary) ?? '',
    };
  });
  return ok({ title: typeof data.title === 'string' ? data.title : null, items: uniqueItems(items) });
}

/** A feed item → Document from its own content (full content, else the summary). */
export function feedItemToDocument(it: FeedItem, feedTitle: string | null, body: string): Result<Document> {
  const cleaned = removeFurniture(body.split('\n').map(collapseSpaces).filter(Boolean));
  const text = cleaned.lines.join('\n');
  if (!text && !it.title) return { ok: false, error: new DeskError('EMPTY_TEXT', `${it.item}: the item has no title, content or summary`, it.item) };
  // Feeds double-encode too (`&amp;#038;` in a title): decode what the XML layer left.
  const title = cleanText(it.title);
  const byline = cleanText(it.author);
  return ok({
    title: title ?? titleFromText(text),
    // An item with only a title still says something; its text is the title.
    text: text || title!,
    byline,
    published: it.published,
    canonicalUrl: it.link ? stripTracking(it.link) : null,
    source: feedTitle,
    relatedHints: cleaned.relatedHints,
    origin: it.item,
    provenance: {
      ...(title ? { title: 'feed' as const } : {}),
      ...(byline ? { byline: 'feed' as const } : {}),
      ...(it.published ? { published: 'feed' as const } : {}),
      ...(feedTitle ? { source: 'feed' as const } : {}),
      ...(it.link ? { canonicalUrl: 'feed' as const } : {}),
    },
  });
}

/** The item's own text: its content, or its summary when it has no content. */
export const itemBody = (it: FeedItem) => it.content || it.summary;

/** Long enough to be the article itself rather than a teaser. */
export const isFullContent = (it: FeedItem) => itemBody(it).length >= FULL_CONTENT_CHARS;
